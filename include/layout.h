/* layout.h: pure geometry of the reader's panes for a terminal size (no curses). */
#ifndef QUOTH_LAYOUT_H
#define QUOTH_LAYOUT_H

#include <stdbool.h>

enum layout_pane {
	LAYOUT_LIST,
	LAYOUT_BODY,
	LAYOUT_QUOTES,
	LAYOUT_PANE_COUNT
};

struct rect {
	int y, x, h, w;
};

struct layout {
	bool too_small;     /* below LAYOUT_MIN_*: draw only a "terminal too small" line */
	bool stacked;       /* narrow terminal: panes one above the other */
	struct rect pane[LAYOUT_PANE_COUNT];  /* content area, title row excluded */
	struct rect title[LAYOUT_PANE_COUNT]; /* one-row header of each pane */
	struct rect status; /* bottom row */
};

#define LAYOUT_MIN_COLS 20
#define LAYOUT_MIN_ROWS 6
#define LAYOUT_STACK_BELOW 80 /* columns under which panes stack */

/* layout_compute: fills *out for rows x cols; never produces a negative size. */
void layout_compute(int rows, int cols, struct layout *out);

#endif
