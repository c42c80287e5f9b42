/* color.h: the reader's colours as semantic roles, with a monochrome fallback. Curses. */
#ifndef QUOTH_COLOR_H
#define QUOTH_COLOR_H

#include <curses.h>

/* X(ID, foreground, background, colour attributes, monochrome attributes);
 * -1 is the terminal's default colour. */
#define COLOR_ROLE_LIST(X) \
	X(NORMAL,     -1,            -1,          A_NORMAL, A_NORMAL) \
	X(TITLE,      COLOR_WHITE,   COLOR_BLUE,  A_NORMAL, A_UNDERLINE) \
	X(TITLE_FOCUS, COLOR_BLACK,  COLOR_YELLOW, A_BOLD,  A_REVERSE | A_BOLD) \
	X(SELECTION,  COLOR_BLACK,   COLOR_CYAN,  A_NORMAL, A_REVERSE) \
	X(SELECTION_DIM, -1,         -1,          A_UNDERLINE, A_UNDERLINE) \
	X(STATUS,     COLOR_BLACK,   COLOR_WHITE, A_NORMAL, A_REVERSE) \
	X(MESSAGE,    COLOR_RED,     COLOR_WHITE, A_BOLD,   A_REVERSE | A_BOLD) \
	X(HEADLINE,   -1,            -1,          A_BOLD,   A_BOLD) \
	X(QUOTE,      COLOR_GREEN,   -1,          A_NORMAL, A_NORMAL) \
	X(UNREAD,     COLOR_YELLOW,  -1,          A_BOLD,   A_BOLD) \
	X(EMPTY,      -1,            -1,          A_DIM,    A_DIM) \
	X(SEPARATOR,  COLOR_BLUE,    -1,          A_NORMAL, A_NORMAL) \
	X(SPEAKER1,   COLOR_CYAN,    -1,          A_BOLD,   A_BOLD) \
	X(SPEAKER2,   COLOR_MAGENTA, -1,          A_BOLD,   A_BOLD) \
	X(SPEAKER3,   COLOR_GREEN,   -1,          A_BOLD,   A_BOLD) \
	X(SPEAKER4,   COLOR_YELLOW,  -1,          A_BOLD,   A_BOLD) \
	X(SPEAKER5,   COLOR_RED,     -1,          A_BOLD,   A_BOLD) \
	X(SPEAKER6,   COLOR_BLUE,    -1,          A_BOLD,   A_BOLD)

enum color_role {
#define COLOR_ROLE_ENUM(id, fg, bg, attr, mono) COLOR_ROLE_##id,
	COLOR_ROLE_LIST(COLOR_ROLE_ENUM)
#undef COLOR_ROLE_ENUM
	COLOR_ROLE_COUNT
};

#define COLOR_SPEAKERS (COLOR_ROLE_SPEAKER6 - COLOR_ROLE_SPEAKER1 + 1)

/* color_init: after initscr. Uses colours when the terminal has them and NO_COLOR is
 * unset or empty; otherwise every role gets its monochrome attributes. */
void color_init(void);

/* color_attr: the attributes (colour pair included) to draw role with. */
attr_t color_attr(enum color_role role);

/* color_speaker: the role for the n-th speaker (any n >= 0; the palette repeats). */
enum color_role color_speaker(long n);

/* color_enabled: true when color_init chose colours. */
bool color_enabled(void);

#endif
