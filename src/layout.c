/* layout.c: pure pane geometry of the reader for a terminal size (side by side or stacked). */
#include "config.h"

#include <string.h>

#include "layout.h"

#define LAYOUT_LIST_MIN_W 20
#define LAYOUT_LIST_MAX_W 50

static struct rect
layout_rect(int y, int x, int h, int w)
{
	struct rect r;

	r.y = y;
	r.x = x;
	r.h = h > 0 ? h : 0;
	r.w = w > 0 ? w : 0;
	return r;
}

/* Places pane p as a block of h rows starting at row y: one title row, then content.
 * A block of one row is a title over an empty (zero-height) content area. */
static void
layout_block(struct layout *out, enum layout_pane p, int y, int x, int h, int w)
{
	out->title[p] = layout_rect(y, x, h > 0 ? 1 : 0, w);
	out->pane[p] = layout_rect(y + 1, x, h - 1, w);
}

/* Side by side: the list on the left over the whole height above the status row, a
 * separator column, then the body (about 2/3 of the height) above the quotes. */
static void
layout_wide(struct layout *out, int rows, int cols)
{
	int avail = rows - 1, lw, rx, rw, bh;

	lw = cols / 3;
	if (lw < LAYOUT_LIST_MIN_W)
		lw = LAYOUT_LIST_MIN_W;
	if (lw > LAYOUT_LIST_MAX_W)
		lw = LAYOUT_LIST_MAX_W;
	rx = lw + 1;
	rw = cols - rx;
	bh = avail * 2 / 3;
	if (bh > avail - 2)
		bh = avail - 2; /* the quotes keep a title and one row */
	if (bh < 2)
		bh = 2;
	layout_block(out, LAYOUT_LIST, 0, 0, avail, lw);
	layout_block(out, LAYOUT_BODY, 0, rx, bh, rw);
	layout_block(out, LAYOUT_QUOTES, bh, rx, avail - bh, rw);
}

/* Stacked: list, body, quotes one above the other at full width. The body is the
 * widest block; on the smallest screens the quotes give up their content row first,
 * then the list. */
static void
layout_stacked(struct layout *out, int rows, int cols)
{
	int avail = rows - 1, lb, qb, bb;

	lb = avail * 3 / 10;
	if (lb < 2)
		lb = 2;
	qb = avail / 4;
	if (qb < 2)
		qb = 2;
	while (avail - lb - qb < 2 && qb > 1)
		qb--;
	while (avail - lb - qb < 2 && lb > 1)
		lb--;
	bb = avail - lb - qb;
	layout_block(out, LAYOUT_LIST, 0, 0, lb, cols);
	layout_block(out, LAYOUT_BODY, lb, 0, bb, cols);
	layout_block(out, LAYOUT_QUOTES, lb + bb, 0, qb, cols);
}

void
layout_compute(int rows, int cols, struct layout *out)
{
	memset(out, 0, sizeof *out);
	if (rows < 0)
		rows = 0;
	if (cols < 0)
		cols = 0;
	out->status = layout_rect(rows > 0 ? rows - 1 : 0, 0, rows > 0 ? 1 : 0, cols);
	if (rows < LAYOUT_MIN_ROWS || cols < LAYOUT_MIN_COLS) {
		out->too_small = true;
		return;
	}
	if (cols < LAYOUT_STACK_BELOW) {
		out->stacked = true;
		layout_stacked(out, rows, cols);
	} else {
		layout_wide(out, rows, cols);
	}
}
