/* listnav.h: pure cursor and scroll arithmetic for a list or a scrolled text (no curses). */
#ifndef QUOTH_LISTNAV_H
#define QUOTH_LISTNAV_H

struct listnav {
	long count;  /* rows in the list */
	long cursor; /* selected row, 0..count-1 (0 when empty) */
	long top;    /* first visible row */
	int height;  /* visible rows, >= 0 */
};

/* All functions keep 0 <= cursor < count (or 0 when count is 0) and the cursor visible. */
void listnav_set_count(struct listnav *n, long count);
void listnav_set_height(struct listnav *n, int height);
void listnav_move(struct listnav *n, long delta);       /* j/k: +-1 */
void listnav_page(struct listnav *n, int pages);        /* PgDn/PgUp: +-height */
void listnav_half(struct listnav *n, int dir);          /* Ctrl-D/Ctrl-U */
void listnav_goto(struct listnav *n, long row);         /* g/G: 0 or count-1 */
/* listnav_scroll: moves the view (not the cursor) by delta rows, for a text pane where
 * the cursor is the top line: keeps 0 <= top <= max(0, count-height). */
void listnav_scroll(struct listnav *n, long delta);
/* listnav_show_range: scrolls so rows [first, last] are visible (first wins if too tall). */
void listnav_show_range(struct listnav *n, long first, long last);

#endif
