/* tui_draw.h: the reader's only painting code: panes of rows, text placed by grapheme
 * cluster with widths from text.h, the frame between panes, the status line. Curses. */
#ifndef QUOTH_TUI_DRAW_H
#define QUOTH_TUI_DRAW_H

#include <stdbool.h>
#include <stddef.h>
#include <curses.h>

#include "layout.h"
#include "listnav.h"
#include "util.h"

/* A run of a row's text drawn in its own attributes: bytes [off, off+len) of the text. */
struct tui_seg {
	size_t off, len;
	attr_t attr;
};

/* One row of a pane, as the pane's row callback describes it. Strings are raw (they go
 * through text_display() here) and need only live until the row is drawn. */
struct tui_row {
	const char *lead;   /* drawn first in lead_attr (a speaker name); may be NULL */
	attr_t lead_attr;
	const char *text;   /* text_len bytes; may be NULL */
	size_t text_len;
	const char *right;  /* right-aligned (a count); may be NULL */
	attr_t attr;        /* the whole row */
	/* When nsegs > 0, text is drawn run by run in these attributes instead of attr
	 * (the runs are in order; bytes they do not cover are drawn in attr). */
	const struct tui_seg *segs;
	size_t nsegs;
};

/* A pane: geometry, navigation, a dirty flag and callbacks that describe its rows, so
 * every pane is drawn by the same code. Windows are NULL when the layout leaves no room. */
struct tui_pane {
	WINDOW *title_win, *win;
	struct rect title_rect, rect;
	struct listnav nav;  /* nav.count rows; cursor highlighted when has_cursor */
	bool has_cursor;
	bool dirty;
	const char *empty;   /* shown in place of rows when nav.count is 0; may be NULL */
	/* row: describe row i (0 <= i < nav.count); scratch is reset after the row. */
	void (*row)(void *ctx, long i, struct tui_row *row, struct buf *scratch);
	/* title: append the pane's title to out. */
	void (*title)(void *ctx, struct buf *out);
	void *ctx;
};

/* tui_draw_text: draws s[0..len) after text_display(), cut with "…" to cols columns, at
 * (y, x) of w in attr; a cluster that would cross the edge is never drawn. Returns the
 * columns used. */
int tui_draw_text(WINDOW *w, int y, int x, int cols, const char *s, size_t len, attr_t attr);

/* tui_draw_row: one full-width row: lead, text, blank padding, right. */
void tui_draw_row(WINDOW *w, int y, int cols, const struct tui_row *r);

/* tui_pane_place: (re)creates the pane's windows for its rects; 0-sized rects get none. */
void tui_pane_place(struct tui_pane *p, const struct rect *title, const struct rect *body);
void tui_pane_free(struct tui_pane *p);

/* tui_draw_pane: paints title and rows into the windows and wnoutrefreshes them;
 * clears p->dirty. focused highlights the title and the cursor row. */
void tui_draw_pane(struct tui_pane *p, bool focused);

/* tui_draw_frame: blanks stdscr and draws separators in the cells no pane covers. */
void tui_draw_frame(const struct layout *l, int rows, int cols);

/* tui_draw_too_small: the whole screen becomes one "terminal too small" line. */
void tui_draw_too_small(int rows, int cols);

#endif
