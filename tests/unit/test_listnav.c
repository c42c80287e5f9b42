/* test_listnav.c: unit tests of cursor and scroll arithmetic, serialised to strings. */
#include "config.h"

#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "listnav.h"

static void
check_invariants(const struct listnav *n)
{
	assert_true(n->count >= 0);
	assert_true(n->height >= 0);
	assert_true(n->top >= 0);
	if (n->count == 0) {
		assert_int_equal(n->cursor, 0);
		assert_int_equal(n->top, 0);
		return;
	}
	assert_true(n->cursor >= 0 && n->cursor < n->count);
	if (n->height > 0) {
		assert_true(n->top <= n->cursor && n->cursor < n->top + n->height);
		/* no empty rows below the end when the list could fill them */
		assert_true(n->top <= (n->count > n->height ? n->count - n->height : 0));
	}
}

/* "cursor/top" after checking the invariants. */
static const char *
st(const struct listnav *n)
{
	static char s[64];

	check_invariants(n);
	snprintf(s, sizeof s, "%ld/%ld", n->cursor, n->top);
	return s;
}

static struct listnav
make(long count, int height)
{
	struct listnav n;

	memset(&n, 0, sizeof n);
	listnav_set_height(&n, height);
	listnav_set_count(&n, count);
	return n;
}

static void
test_empty_list(void **state)
{
	struct listnav n = make(0, 10);

	listnav_move(&n, 1);
	assert_string_equal(st(&n), "0/0");
	listnav_move(&n, -1);
	listnav_page(&n, 1);
	listnav_half(&n, -1);
	listnav_goto(&n, 5);
	listnav_scroll(&n, 3);
	listnav_show_range(&n, 2, 4);
	assert_string_equal(st(&n), "0/0");
}

static void
test_move(void **state)
{
	struct listnav n = make(100, 10);

	assert_string_equal(st(&n), "0/0");
	listnav_move(&n, -1);
	assert_string_equal(st(&n), "0/0");
	listnav_move(&n, 9);
	assert_string_equal(st(&n), "9/0");
	listnav_move(&n, 1);
	assert_string_equal(st(&n), "10/1");  /* the view follows one row */
	listnav_move(&n, -5);
	assert_string_equal(st(&n), "5/1");
	listnav_move(&n, -5);
	assert_string_equal(st(&n), "0/0");
	listnav_move(&n, 1000);
	assert_string_equal(st(&n), "99/90");
	listnav_move(&n, LONG_MAX);
	assert_string_equal(st(&n), "99/90");
	listnav_move(&n, LONG_MIN);
	assert_string_equal(st(&n), "0/0");
}

static void
test_page_and_half(void **state)
{
	struct listnav n = make(100, 10);

	listnav_move(&n, 3);
	listnav_page(&n, 1);
	assert_string_equal(st(&n), "13/10"); /* the cursor keeps its screen row */
	listnav_page(&n, 8);
	assert_string_equal(st(&n), "93/90");
	listnav_page(&n, 1);
	assert_string_equal(st(&n), "99/90");
	listnav_page(&n, -1);
	assert_string_equal(st(&n), "89/80");
	listnav_page(&n, -100);
	assert_string_equal(st(&n), "0/0");
	listnav_half(&n, 1);
	assert_string_equal(st(&n), "5/5");
	listnav_half(&n, 1);
	assert_string_equal(st(&n), "10/10");
	listnav_half(&n, -1);
	assert_string_equal(st(&n), "5/5");
	listnav_half(&n, 0);
	assert_string_equal(st(&n), "5/5");
	listnav_page(&n, INT_MAX);
	assert_string_equal(st(&n), "99/90");
	listnav_page(&n, INT_MIN);
	assert_string_equal(st(&n), "0/0");

	/* a list shorter than the screen does not scroll */
	n = make(4, 10);
	listnav_page(&n, 1);
	assert_string_equal(st(&n), "3/0");
	listnav_half(&n, -1);
	assert_string_equal(st(&n), "0/0");

	/* height 1: a half page is still one row */
	n = make(5, 1);
	listnav_half(&n, 1);
	assert_string_equal(st(&n), "1/1");
}

static void
test_goto(void **state)
{
	struct listnav n = make(50, 10);

	listnav_goto(&n, 49);
	assert_string_equal(st(&n), "49/40");
	listnav_goto(&n, 0);
	assert_string_equal(st(&n), "0/0");
	listnav_goto(&n, LONG_MAX);
	assert_string_equal(st(&n), "49/40");
	listnav_goto(&n, -3);
	assert_string_equal(st(&n), "0/0");
	listnav_goto(&n, 25);
	assert_string_equal(st(&n), "25/16");
}

static void
test_resize_and_recount(void **state)
{
	struct listnav n = make(100, 10);

	listnav_goto(&n, 50);
	assert_string_equal(st(&n), "50/41");
	listnav_set_height(&n, 20);
	assert_string_equal(st(&n), "50/41"); /* still visible: the view stays */
	listnav_set_height(&n, 3);
	assert_string_equal(st(&n), "50/48");
	listnav_set_height(&n, 1);
	assert_string_equal(st(&n), "50/50");
	listnav_set_height(&n, 40);
	assert_string_equal(st(&n), "50/50");
	listnav_set_count(&n, 60);
	assert_string_equal(st(&n), "50/20"); /* no empty rows below the end */
	listnav_set_count(&n, 10);
	assert_string_equal(st(&n), "9/0");
	listnav_set_count(&n, 0);
	assert_string_equal(st(&n), "0/0");
	listnav_set_count(&n, -4);
	assert_string_equal(st(&n), "0/0");
	listnav_set_count(&n, 10);
	listnav_set_height(&n, -2);
	assert_int_equal(n.height, 0);
	listnav_move(&n, 4);
	assert_string_equal(st(&n), "4/4");
	listnav_set_height(&n, 0);
	listnav_page(&n, 1);
	assert_string_equal(st(&n), "5/5"); /* a page of a hidden pane is one row */
}

static void
test_scroll(void **state)
{
	struct listnav n = make(30, 10);

	/* a text pane: the cursor is the top line and follows the view */
	listnav_scroll(&n, 5);
	assert_string_equal(st(&n), "5/5");
	listnav_scroll(&n, 100);
	assert_string_equal(st(&n), "20/20");
	listnav_scroll(&n, -3);
	assert_string_equal(st(&n), "17/17");
	listnav_scroll(&n, LONG_MIN);
	assert_string_equal(st(&n), "0/0");
	listnav_scroll(&n, LONG_MAX);
	assert_string_equal(st(&n), "20/20");

	n = make(5, 10);
	listnav_scroll(&n, 3);
	assert_string_equal(st(&n), "0/0");
}

static void
test_show_range(void **state)
{
	struct listnav n = make(100, 10);

	listnav_show_range(&n, 30, 34);
	assert_string_equal(st(&n), "25/25"); /* the view moves; the cursor comes along */
	listnav_show_range(&n, 28, 29);
	assert_string_equal(st(&n), "25/25"); /* already visible: nothing moves */
	listnav_show_range(&n, 20, 22);
	assert_string_equal(st(&n), "25/20"); /* the cursor is still visible: it stays */
	listnav_show_range(&n, 50, 80);
	assert_string_equal(st(&n), "50/50"); /* too tall: the first row wins */
	listnav_show_range(&n, 95, 120);
	assert_string_equal(st(&n), "90/90");
	listnav_show_range(&n, -10, -5);
	assert_string_equal(st(&n), "9/0");
	listnav_show_range(&n, 7, 3);         /* reversed: shows the first */
	assert_string_equal(st(&n), "9/0");
	listnav_goto(&n, 5);
	listnav_show_range(&n, 60, 60);
	assert_string_equal(st(&n), "51/51");
}

static uint32_t
lcg(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static void
test_random_operations(void **state)
{
	struct listnav n = make(0, 0);
	uint32_t seed = 3;
	long before;
	int i;

	for (i = 0; i < 200000; i++) {
		long arg = (long)(lcg(&seed) % 61) - 30;

		before = n.cursor;
		switch (lcg(&seed) % 9) {
		case 0:
			listnav_set_count(&n, (long)(lcg(&seed) % 50) - 2);
			break;
		case 1:
			listnav_set_height(&n, (int)(lcg(&seed) % 25) - 2);
			break;
		case 2:
			listnav_move(&n, arg);
			if (n.count > 0 && before + arg >= 0 && before + arg < n.count)
				assert_int_equal(n.cursor, before + arg);
			break;
		case 3:
			listnav_page(&n, (int)(arg % 3));
			break;
		case 4:
			listnav_half(&n, (int)(arg % 2));
			break;
		case 5:
			listnav_goto(&n, arg);
			if (arg >= 0 && arg < n.count)
				assert_int_equal(n.cursor, arg);
			break;
		case 6:
			listnav_scroll(&n, arg);
			assert_int_equal(n.cursor, n.top);
			break;
		case 7:
			listnav_show_range(&n, arg, arg + (long)(lcg(&seed) % 8));
			if (n.count > 0 && n.height > 0 && arg >= 0 && arg < n.count)
				assert_true(n.top <= arg && arg < n.top + n.height);
			break;
		default:
			listnav_move(&n, 0);
			assert_int_equal(n.cursor, before);
			break;
		}
		check_invariants(&n);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_list),
		cmocka_unit_test(test_move),
		cmocka_unit_test(test_page_and_half),
		cmocka_unit_test(test_goto),
		cmocka_unit_test(test_resize_and_recount),
		cmocka_unit_test(test_scroll),
		cmocka_unit_test(test_show_range),
		cmocka_unit_test(test_random_operations),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
