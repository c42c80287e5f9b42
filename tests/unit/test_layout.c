/* test_layout.c: unit tests of pane geometry: invariants over every size, and examples. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "layout.h"

#define NRECTS (2 * LAYOUT_PANE_COUNT + 1)

static void
collect(const struct layout *l, struct rect r[NRECTS])
{
	int p;

	for (p = 0; p < LAYOUT_PANE_COUNT; p++) {
		r[2 * p] = l->title[p];
		r[2 * p + 1] = l->pane[p];
	}
	r[NRECTS - 1] = l->status;
}

static bool
empty(struct rect r)
{
	return r.h == 0 || r.w == 0;
}

static bool
overlap(struct rect a, struct rect b)
{
	if (empty(a) || empty(b))
		return false;
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* The invariants, and the number of screen cells the rects cover. */
static long
check_layout(int rows, int cols)
{
	struct layout l;
	struct rect r[NRECTS];
	long cells = 0;
	int i, j, p;

	memset(&l, 0x5A, sizeof l); /* garbage in must not leak out */
	layout_compute(rows, cols, &l);
	collect(&l, r);
	assert_int_equal(l.too_small, rows < LAYOUT_MIN_ROWS || cols < LAYOUT_MIN_COLS);
	for (i = 0; i < NRECTS; i++) {
		assert_true(r[i].y >= 0 && r[i].x >= 0 && r[i].h >= 0 && r[i].w >= 0);
		if (!empty(r[i])) {
			assert_true(r[i].y + r[i].h <= rows);
			assert_true(r[i].x + r[i].w <= cols);
		}
		for (j = i + 1; j < NRECTS; j++)
			assert_false(overlap(r[i], r[j]));
		cells += empty(r[i]) ? 0 : (long)r[i].h * r[i].w;
	}
	/* the status row is the last row, full width */
	assert_int_equal(l.status.y, rows - 1);
	assert_int_equal(l.status.h, 1);
	assert_int_equal(l.status.w, cols);
	assert_int_equal(l.status.x, 0);
	if (l.too_small) {
		assert_false(l.stacked);
		for (p = 0; p < LAYOUT_PANE_COUNT; p++) {
			assert_true(empty(l.pane[p]));
			assert_true(empty(l.title[p]));
		}
		return cells;
	}
	assert_int_equal(l.stacked, cols < LAYOUT_STACK_BELOW);
	for (p = 0; p < LAYOUT_PANE_COUNT; p++) {
		/* a one-row title directly above the content, same columns */
		assert_int_equal(l.title[p].h, 1);
		assert_true(l.title[p].w > 0);
		assert_int_equal(l.pane[p].y, l.title[p].y + 1);
		assert_int_equal(l.pane[p].x, l.title[p].x);
		assert_int_equal(l.pane[p].w, l.title[p].w);
	}
	/* the list and the body always show at least one row */
	assert_true(l.pane[LAYOUT_LIST].h >= 1);
	assert_true(l.pane[LAYOUT_BODY].h >= 1);
	if (l.stacked) {
		assert_true(l.title[LAYOUT_LIST].y == 0);
		assert_true(l.title[LAYOUT_BODY].y > l.title[LAYOUT_LIST].y);
		assert_true(l.title[LAYOUT_QUOTES].y > l.title[LAYOUT_BODY].y);
		for (p = 0; p < LAYOUT_PANE_COUNT; p++)
			assert_int_equal(l.title[p].w, cols);
		/* the body is never smaller than the other panes */
		assert_true(l.pane[LAYOUT_BODY].h >= l.pane[LAYOUT_LIST].h);
		assert_true(l.pane[LAYOUT_BODY].h >= l.pane[LAYOUT_QUOTES].h);
		if (rows >= 8)
			assert_true(l.pane[LAYOUT_QUOTES].h >= 1);
		assert_int_equal(cells, (long)rows * cols); /* every cell is used */
	} else {
		assert_int_equal(l.title[LAYOUT_LIST].x, 0);
		assert_int_equal(l.title[LAYOUT_LIST].y, 0);
		assert_true(l.title[LAYOUT_LIST].w >= 20 && l.title[LAYOUT_LIST].w <= 50);
		assert_int_equal(l.pane[LAYOUT_LIST].h, rows - 2);
		assert_true(l.title[LAYOUT_BODY].x > l.title[LAYOUT_LIST].w - 1);
		assert_int_equal(l.title[LAYOUT_BODY].x, l.title[LAYOUT_QUOTES].x);
		assert_int_equal(l.title[LAYOUT_BODY].y, 0);
		assert_true(l.title[LAYOUT_QUOTES].y > l.title[LAYOUT_BODY].y);
		assert_true(l.pane[LAYOUT_QUOTES].h >= 1);
		assert_true(l.pane[LAYOUT_BODY].h >= l.pane[LAYOUT_QUOTES].h);
		assert_int_equal(l.title[LAYOUT_BODY].x + l.title[LAYOUT_BODY].w, cols);
		/* everything but one separator column is used */
		assert_int_equal(cells, (long)rows * cols - (rows - 1));
	}
	return cells;
}

static void
test_every_size(void **state)
{
	int rows, cols;

	for (cols = 1; cols <= 300; cols++) {
		for (rows = 1; rows <= 120; rows++)
			check_layout(rows, cols);
	}
}

static void
test_degenerate_sizes(void **state)
{
	struct layout l;
	int p;

	layout_compute(0, 0, &l);
	assert_true(l.too_small);
	assert_int_equal(l.status.h, 0);
	assert_int_equal(l.status.w, 0);
	layout_compute(-5, -7, &l);
	assert_true(l.too_small);
	assert_true(l.status.y >= 0 && l.status.h == 0 && l.status.w == 0);
	for (p = 0; p < LAYOUT_PANE_COUNT; p++)
		assert_true(l.pane[p].h == 0 && l.pane[p].w == 0);
	layout_compute(100000, 100000, &l);
	assert_false(l.too_small);
	assert_int_equal(l.title[LAYOUT_LIST].w, 50);
	assert_int_equal(l.status.y, 99999);
}

static void
test_thresholds(void **state)
{
	struct layout l;

	layout_compute(LAYOUT_MIN_ROWS - 1, 200, &l);
	assert_true(l.too_small);
	layout_compute(LAYOUT_MIN_ROWS, LAYOUT_MIN_COLS - 1, &l);
	assert_true(l.too_small);
	layout_compute(LAYOUT_MIN_ROWS, LAYOUT_MIN_COLS, &l);
	assert_false(l.too_small);
	assert_true(l.stacked);
	layout_compute(24, LAYOUT_STACK_BELOW - 1, &l);
	assert_true(l.stacked);
	layout_compute(24, LAYOUT_STACK_BELOW, &l);
	assert_false(l.stacked);
}

static char *
describe(int rows, int cols)
{
	static const char *names[] = { "list", "body", "quotes" };
	struct layout l;
	char *s = malloc(512);
	size_t n = 0;
	int p;

	assert_non_null(s);
	layout_compute(rows, cols, &l);
	n += (size_t)snprintf(s + n, 512 - n, "%s%s", l.too_small ? "small " : "",
	    l.stacked ? "stacked " : "");
	for (p = 0; p < LAYOUT_PANE_COUNT; p++)
		n += (size_t)snprintf(s + n, 512 - n, "%s@%d,%d %dx%d ", names[p], l.pane[p].y,
		    l.pane[p].x, l.pane[p].h, l.pane[p].w);
	snprintf(s + n, 512 - n, "status@%d", l.status.y);
	return s;
}

static void
test_examples(void **state)
{
	char *s;

	s = describe(24, 80);
	assert_string_equal(s, "list@1,0 22x26 body@1,27 14x53 quotes@16,27 7x53 status@23");
	free(s);
	s = describe(50, 200);
	assert_string_equal(s, "list@1,0 48x50 body@1,51 31x149 quotes@33,51 16x149 status@49");
	free(s);
	s = describe(24, 60);
	assert_string_equal(s,
	    "stacked list@1,0 5x60 body@7,0 11x60 quotes@19,0 4x60 status@23");
	free(s);
	s = describe(6, 20);
	assert_string_equal(s, "stacked list@1,0 1x20 body@3,0 1x20 quotes@5,0 0x20 status@5");
	free(s);
	s = describe(5, 100);
	assert_string_equal(s, "small list@0,0 0x0 body@0,0 0x0 quotes@0,0 0x0 status@4");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_size),
		cmocka_unit_test(test_degenerate_sizes),
		cmocka_unit_test(test_thresholds),
		cmocka_unit_test(test_examples),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
