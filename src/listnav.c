/* listnav.c: pure cursor and scroll arithmetic shared by the list panes and the body. */
#include "config.h"

#include <limits.h>

#include "listnav.h"

/* a + b clamped to the range of long, so hostile counts or key repeats cannot overflow */
static long
listnav_add(long a, long b)
{
	if (b > 0 && a > LONG_MAX - b)
		return LONG_MAX;
	if (b < 0 && a < LONG_MIN - b)
		return LONG_MIN;
	return a + b;
}

static long
listnav_max_top(const struct listnav *n)
{
	return n->count > n->height ? n->count - n->height : 0;
}

/* Restores every invariant, moving the view (not the cursor) to show the cursor, and
 * never leaving empty rows below the end of the list when the list could fill them. */
static void
listnav_fix(struct listnav *n)
{
	if (n->count < 0)
		n->count = 0;
	if (n->height < 0)
		n->height = 0;
	if (n->count == 0) {
		n->cursor = 0;
		n->top = 0;
		return;
	}
	if (n->cursor < 0)
		n->cursor = 0;
	if (n->cursor >= n->count)
		n->cursor = n->count - 1;
	if (n->height == 0) {
		n->top = n->cursor;
		return;
	}
	if (n->top > n->cursor)
		n->top = n->cursor;
	if (n->cursor - n->top >= n->height)
		n->top = n->cursor - n->height + 1;
	if (n->top > listnav_max_top(n))
		n->top = listnav_max_top(n);
	if (n->top < 0)
		n->top = 0;
}

/* Keeps the view where it is and moves the cursor the least to bring it into view. */
static void
listnav_cursor_into_view(struct listnav *n)
{
	if (n->top < 0)
		n->top = 0;
	if (n->top > listnav_max_top(n))
		n->top = listnav_max_top(n);
	if (n->cursor < n->top)
		n->cursor = n->top;
	if (n->height > 0 && n->cursor - n->top >= n->height)
		n->cursor = n->top + n->height - 1;
	listnav_fix(n);
}

void
listnav_set_count(struct listnav *n, long count)
{
	n->count = count;
	listnav_fix(n);
}

void
listnav_set_height(struct listnav *n, int height)
{
	n->height = height;
	listnav_fix(n);
}

void
listnav_move(struct listnav *n, long delta)
{
	n->cursor = listnav_add(n->cursor, delta);
	listnav_fix(n);
}

/* Moves the view and the cursor together by step, so the cursor keeps its screen row
 * except where the list ends. */
static void
listnav_jump(struct listnav *n, long step)
{
	n->top = listnav_add(n->top, step);
	n->cursor = listnav_add(n->cursor, step);
	if (n->top < 0)
		n->top = 0;
	if (n->top > listnav_max_top(n))
		n->top = listnav_max_top(n);
	listnav_fix(n);
}

void
listnav_page(struct listnav *n, int pages)
{
	long h = n->height > 1 ? n->height : 1;

	listnav_jump(n, (long)pages * h);
}

void
listnav_half(struct listnav *n, int dir)
{
	long h = n->height > 1 ? n->height / 2 : 1;

	listnav_jump(n, dir < 0 ? -h : dir > 0 ? h : 0);
}

void
listnav_goto(struct listnav *n, long row)
{
	n->cursor = row;
	listnav_fix(n);
}

/* In a text pane the cursor is the top line, so it follows the view. */
void
listnav_scroll(struct listnav *n, long delta)
{
	n->top = listnav_add(n->top, delta);
	if (n->top < 0)
		n->top = 0;
	if (n->top > listnav_max_top(n))
		n->top = listnav_max_top(n);
	n->cursor = n->top;
	listnav_fix(n);
}

void
listnav_show_range(struct listnav *n, long first, long last)
{
	if (n->count <= 0) {
		listnav_fix(n);
		return;
	}
	if (first < 0)
		first = 0;
	if (first > n->count - 1)
		first = n->count - 1;
	if (last > n->count - 1)
		last = n->count - 1;
	if (last < first)
		last = first;
	if (last - first + 1 > n->height) {
		n->top = first;
	} else {
		if (first < n->top)
			n->top = first;
		if (last - n->top >= n->height)
			n->top = last - n->height + 1;
	}
	listnav_cursor_into_view(n);
}
