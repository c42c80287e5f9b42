/* color.h: the reader's colours as semantic roles, with a monochrome fallback. Curses. */
#ifndef QUOTH_COLOR_H
#define QUOTH_COLOR_H

#include <curses.h>

#include "spans.h"

/* X(ID, fg, bg, fg on 256 colours, bg on 256 colours, colour attributes, monochrome
 * attributes); -1 is the terminal's default colour. A role whose colours are both -1
 * gets no colour pair: its attributes layer over any colour. */
#define COLOR_ROLE_LIST(X) \
	X(NORMAL,     -1,            -1,           -1,  -1,  A_NORMAL, A_NORMAL) \
	X(TITLE,      COLOR_WHITE,   COLOR_BLUE,   COLOR_WHITE, COLOR_BLUE, A_NORMAL, A_UNDERLINE) \
	X(TITLE_FOCUS, COLOR_BLACK,  COLOR_YELLOW, COLOR_BLACK, COLOR_YELLOW, A_BOLD, \
	  A_REVERSE | A_BOLD) \
	X(SELECTION,  COLOR_BLACK,   COLOR_CYAN,   COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE) \
	X(SELECTION_DIM, -1,         -1,           -1,  -1,  A_UNDERLINE, A_UNDERLINE) \
	X(STATUS,     COLOR_BLACK,   COLOR_WHITE,  COLOR_BLACK, COLOR_WHITE, A_NORMAL, A_REVERSE) \
	X(MESSAGE,    COLOR_RED,     COLOR_WHITE,  COLOR_RED, COLOR_WHITE, A_BOLD, \
	  A_REVERSE | A_BOLD) \
	X(HEADLINE,   -1,            -1,           -1,  -1,  A_BOLD,   A_BOLD) \
	X(QUOTE,      -1,            -1,           246, -1,  A_BOLD,   A_UNDERLINE) \
	X(UNREAD,     COLOR_YELLOW,  -1,           COLOR_YELLOW, -1, A_BOLD, A_BOLD) \
	X(EMPTY,      -1,            -1,           -1,  -1,  A_DIM,    A_DIM) \
	X(SEPARATOR,  COLOR_BLUE,    -1,           COLOR_BLUE, -1, A_NORMAL, A_NORMAL) \
	X(BOOKMARK,   -1,            -1,           252, 236, A_UNDERLINE, A_ITALIC) \
	X(SEARCH,     COLOR_BLACK,   COLOR_YELLOW, 16,  220, A_NORMAL, A_REVERSE)

/* QUOTE is a quotation whose speaker is unknown (the speakers have their own palette,
 * see color_speaker_attr); BOOKMARK and SEARCH highlight body text (color_span_attr). */
enum color_role {
#define COLOR_ROLE_ENUM(id, fg, bg, fg256, bg256, attr, mono) COLOR_ROLE_##id,
	COLOR_ROLE_LIST(COLOR_ROLE_ENUM)
#undef COLOR_ROLE_ENUM
	COLOR_ROLE_COUNT
};

/* color_init: after initscr (or newterm). Uses colours when the terminal has them and
 * NO_COLOR is unset or empty; otherwise every role gets its monochrome attributes. May be
 * called again after switching terminals. */
void color_init(void);

/* color_attr: the attributes (colour pair included) to draw role with. */
attr_t color_attr(enum color_role role);

/* color_speaker_slots: how many distinct speaker colours the terminal gives (after
 * color_init): more on 256-colour terminals than on 8-colour ones; 1 on monochrome. */
int color_speaker_slots(void);

/* color_speaker_attr: the attributes of palette slot (spans_palette_slot(id,
 * color_speaker_slots())); -1 (unknown speaker) gets a neutral quote attribute. On
 * monochrome every slot is the same distinct attribute, so quotes still stand out. */
attr_t color_speaker_attr(int slot);

/* color_span_attr: the attributes for one body segment, layering every kind that covers
 * it: the quote's speaker colour, the mention emphasised, the current quote marked,
 * bookmarks and search hits with their own highlight, the selection and the point
 * reversed. Uncovered text is COLOR_ROLE_NORMAL. */
attr_t color_span_attr(const struct span_seg *seg);

/* color_enabled: true when color_init chose colours. */
bool color_enabled(void);

#endif
