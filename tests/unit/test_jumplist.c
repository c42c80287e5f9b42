/* test_jumplist.c: unit tests of the jump list's back/forward walks and its cap. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "jumplist.h"

static struct jump_pos
P(int64_t article, size_t off)
{
	struct jump_pos p = { article, off };

	return p;
}

static void
check_invariants(const struct jumplist *j)
{
	assert_true(j->n <= JUMPLIST_MAX);
	assert_true(j->at <= j->n);
}

/* Walks back from here and expects to land on (article, off). */
static void
expect_back(struct jumplist *j, struct jump_pos here, int64_t article, size_t off)
{
	struct jump_pos to = P(-7, 7);

	assert_int_equal(jumplist_back(j, here, &to), 0);
	assert_int_equal(to.article_id, article);
	assert_int_equal(to.off, off);
	check_invariants(j);
}

static void
expect_forward(struct jumplist *j, struct jump_pos here, int64_t article, size_t off)
{
	struct jump_pos to = P(-7, 7);

	assert_int_equal(jumplist_forward(j, here, &to), 0);
	assert_int_equal(to.article_id, article);
	assert_int_equal(to.off, off);
	check_invariants(j);
}

/* No move: -1 and *to untouched. */
static void
expect_no_back(struct jumplist *j, struct jump_pos here)
{
	struct jump_pos to = P(-7, 7);

	assert_int_equal(jumplist_back(j, here, &to), -1);
	assert_int_equal(to.article_id, -7);
	assert_int_equal(to.off, 7);
	check_invariants(j);
}

static void
expect_no_forward(struct jumplist *j, struct jump_pos here)
{
	struct jump_pos to = P(-7, 7);

	assert_int_equal(jumplist_forward(j, here, &to), -1);
	assert_int_equal(to.article_id, -7);
	assert_int_equal(to.off, 7);
	check_invariants(j);
}

static void
test_empty(void **state)
{
	struct jumplist j;

	jumplist_init(&j);
	assert_int_equal(j.n, 0);
	assert_int_equal(j.at, 0);
	expect_no_back(&j, P(1, 0));
	expect_no_forward(&j, P(1, 0));
	assert_int_equal(j.n, 0);
	jumplist_free(&j);
	jumplist_free(&j); /* freeing twice is harmless: free re-initialises */
	assert_null(j.pos);
}

/* A -> B -> C by jumps, then all the way back and forward again. */
static void
test_back_and_forward(void **state)
{
	struct jumplist j;

	jumplist_init(&j);
	jumplist_push(&j, P(1, 10)); /* at A, jump to B */
	jumplist_push(&j, P(1, 500)); /* at B, jump to C */
	assert_int_equal(j.n, 2);
	assert_int_equal(j.at, 2);
	expect_no_forward(&j, P(2, 0));
	expect_back(&j, P(2, 0), 1, 500);
	expect_back(&j, P(1, 500), 1, 10);
	expect_no_back(&j, P(1, 10));
	expect_forward(&j, P(1, 10), 1, 500);
	expect_forward(&j, P(1, 500), 2, 0);
	expect_no_forward(&j, P(2, 0));
	/* and back once more: nothing was lost on the way */
	expect_back(&j, P(2, 0), 1, 500);
	expect_back(&j, P(1, 500), 1, 10);
	assert_int_equal(j.n, 3);
	jumplist_free(&j);
}

/* A position the reader scrolled to after going back is where forward-then-back returns. */
static void
test_back_remembers_here(void **state)
{
	struct jumplist j;

	jumplist_init(&j);
	jumplist_push(&j, P(1, 10));
	jumplist_push(&j, P(1, 500));
	expect_back(&j, P(2, 0), 1, 500);
	/* scrolled from (1,500) to (1,520), then forward */
	expect_forward(&j, P(1, 520), 2, 0);
	expect_back(&j, P(2, 0), 1, 520);
	expect_back(&j, P(1, 520), 1, 10);
	jumplist_free(&j);
}

static void
test_push_after_back_drops_forward(void **state)
{
	struct jumplist j;

	jumplist_init(&j);
	jumplist_push(&j, P(1, 1)); /* A */
	jumplist_push(&j, P(2, 2)); /* B */
	jumplist_push(&j, P(3, 3)); /* C */
	expect_back(&j, P(4, 4), 3, 3);
	expect_back(&j, P(3, 3), 2, 2);
	/* at B, jump to D: C and where we were are forgotten */
	jumplist_push(&j, P(2, 2));
	assert_int_equal(j.n, 2);
	assert_int_equal(j.at, 2);
	expect_no_forward(&j, P(5, 5));
	expect_back(&j, P(5, 5), 2, 2);
	expect_back(&j, P(2, 2), 1, 1);
	expect_no_back(&j, P(1, 1));
	expect_forward(&j, P(1, 1), 2, 2);
	expect_forward(&j, P(2, 2), 5, 5);
	expect_no_forward(&j, P(5, 5));

	/* jumping from somewhere new after going back keeps where back brought us too */
	expect_back(&j, P(5, 5), 2, 2);
	jumplist_push(&j, P(2, 90));
	assert_int_equal(j.n, 3);
	expect_back(&j, P(6, 6), 2, 90);
	expect_back(&j, P(2, 90), 2, 2);
	expect_back(&j, P(2, 2), 1, 1);
	jumplist_free(&j);
}

static void
test_duplicates(void **state)
{
	struct jumplist j;

	jumplist_init(&j);
	jumplist_push(&j, P(1, 1));
	jumplist_push(&j, P(1, 1));
	jumplist_push(&j, P(1, 1));
	assert_int_equal(j.n, 1);
	/* same article, other offset, and same offset, other article, are not duplicates */
	jumplist_push(&j, P(1, 2));
	jumplist_push(&j, P(2, 2));
	assert_int_equal(j.n, 3);
	/* only the newest entry counts: an older equal one is a real return */
	jumplist_push(&j, P(1, 1));
	assert_int_equal(j.n, 4);
	/* going back from where the newest entry is does not "move" to the same place */
	expect_back(&j, P(1, 1), 2, 2);
	assert_int_equal(j.n, 4);
	jumplist_free(&j);

	jumplist_init(&j);
	jumplist_push(&j, P(1, 1));
	expect_no_back(&j, P(1, 1)); /* the only position is here */
	assert_int_equal(j.at, j.n);
	jumplist_push(&j, P(1, 1));
	assert_int_equal(j.n, 1);
	jumplist_free(&j);
}

static void
test_cap_drops_oldest(void **state)
{
	struct jumplist j;
	size_t i;

	jumplist_init(&j);
	for (i = 0; i < JUMPLIST_MAX + 50; i++) {
		jumplist_push(&j, P(1, i));
		check_invariants(&j);
	}
	assert_int_equal(j.n, JUMPLIST_MAX);
	assert_int_equal(j.pos[0].off, 50);
	assert_int_equal(j.pos[JUMPLIST_MAX - 1].off, JUMPLIST_MAX + 49);
	/* the first step back stores here, which pushes out one more of the oldest */
	for (i = JUMPLIST_MAX + 49; i >= 51; i--)
		expect_back(&j, i == JUMPLIST_MAX + 49 ? P(9, 9) : P(1, i + 1), 1, i);
	expect_no_back(&j, P(1, 51));
	assert_int_equal(j.n, JUMPLIST_MAX);
	expect_forward(&j, P(1, 51), 1, 52);
	jumplist_free(&j);
}

/* Long random walks keep the invariants, and back then forward is always a round trip. */
static void
test_random_walks(void **state)
{
	struct jumplist j;
	uint32_t r = 12345;
	struct jump_pos here = P(0, 0), to, before;
	int i;

	jumplist_init(&j);
	for (i = 0; i < 20000; i++) {
		r = r * 1103515245u + 12345u;
		switch ((r >> 16) % 4) {
		case 0:
			jumplist_push(&j, here);
			here = P((int64_t)((r >> 8) % 5), (r >> 4) % 7);
			break;
		case 1:
			before = here;
			if (jumplist_back(&j, here, &to) == 0) {
				assert_false(to.article_id == here.article_id && to.off == here.off);
				here = to;
				assert_int_equal(jumplist_forward(&j, here, &to), 0);
				assert_int_equal(to.article_id, before.article_id);
				assert_int_equal(to.off, before.off);
				assert_int_equal(jumplist_back(&j, before, &to), 0);
			}
			break;
		case 2:
			if (jumplist_forward(&j, here, &to) == 0)
				here = to;
			break;
		default:
			here.off = (r >> 4) % 7; /* scrolling */
			break;
		}
		check_invariants(&j);
	}
	jumplist_free(&j);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_back_and_forward),
		cmocka_unit_test(test_back_remembers_here),
		cmocka_unit_test(test_push_after_back_drops_forward),
		cmocka_unit_test(test_duplicates),
		cmocka_unit_test(test_cap_drops_oldest),
		cmocka_unit_test(test_random_walks),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
