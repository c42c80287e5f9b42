/* test_spans.c: unit tests of span layering, serialised to strings and checked against a
 * per-byte reference; and of the speaker palette slots. */
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

#include "spans.h"
#include "util.h"

#define NSPANS(a) (sizeof(a) / sizeof((a)[0]))

static const char spans_letter[SPAN_KIND_COUNT] = { 'Q', 'M', 'C', 'B', 'S', 'V', 'P' };

/*
 * Checks the invariants every layering must keep and returns the segments as
 * "off+len:K3,K|..." (K a kind's letter, then its style unless -1).
 * Invariants: consecutive, non-empty, exactly [from, to); neighbours differ; a kind
 * that does not cover a segment has style -1.
 */
static char *
layer_str(const struct span *s, size_t n, size_t from, size_t to)
{
	struct span_seg *seg = (struct span_seg *)&seg; /* must be overwritten */
	struct buf out;
	size_t nseg, i, at = from;
	int k;

	nseg = spans_layer(s, n, from, to, &seg);
	buf_init(&out);
	buf_add(&out, "", 0);
	if (from >= to) {
		assert_int_equal(nseg, 0);
		assert_null(seg);
		return buf_detach(&out);
	}
	assert_true(nseg > 0);
	assert_non_null(seg);
	for (i = 0; i < nseg; i++) {
		assert_int_equal(seg[i].off, at);
		assert_true(seg[i].len > 0);
		assert_true(seg[i].len <= to - at);
		at += seg[i].len;
		if (i > 0)
			assert_true(seg[i].kinds != seg[i - 1].kinds ||
			    memcmp(seg[i].style, seg[i - 1].style, sizeof seg[i].style) != 0);
		assert_int_equal(seg[i].kinds >> SPAN_KIND_COUNT, 0);
		if (i > 0)
			buf_addc(&out, '|');
		buf_printf(&out, "%zu+%zu:", seg[i].off - from, seg[i].len);
		for (k = 0; k < SPAN_KIND_COUNT; k++) {
			if (!(seg[i].kinds & (1u << k))) {
				assert_int_equal(seg[i].style[k], -1);
				continue;
			}
			if (out.s[out.len - 1] != ':')
				buf_addc(&out, ',');
			buf_addc(&out, spans_letter[k]);
			if (seg[i].style[k] != -1)
				buf_printf(&out, "%d", seg[i].style[k]);
		}
	}
	assert_int_equal(at, to);
	free(seg);
	return buf_detach(&out);
}

#define assert_layer(spans, n, from, to, want) do { \
		char *got_ = layer_str(spans, n, from, to); \
		assert_string_equal(got_, want); \
		free(got_); \
	} while (0)

#define SP(o, l, k, st) { (o), (l), SPAN_##k, (st) }

static void
test_empty_input(void **state)
{
	struct span one[] = { SP(0, 5, QUOTE, 1) };

	assert_layer(NULL, 0, 0, 10, "0+10:");
	assert_layer(one, 0, 3, 4, "0+1:");
	assert_layer(one, 1, 5, 5, "");
	assert_layer(one, 1, 9, 2, "");
	assert_layer(NULL, 0, SIZE_MAX, SIZE_MAX, "");
	assert_layer(NULL, 0, SIZE_MAX - 1, SIZE_MAX, "0+1:");
}

static void
test_single_and_disjoint(void **state)
{
	struct span s[] = { SP(2, 3, QUOTE, 4), SP(7, 1, SEARCH, -1) };

	assert_layer(s, 1, 0, 10, "0+2:|2+3:Q4|5+5:");
	assert_layer(s, 2, 0, 10, "0+2:|2+3:Q4|5+2:|7+1:S|8+2:");
	/* exactly the span */
	assert_layer(s, 1, 2, 5, "0+3:Q4");
}

static void
test_nesting(void **state)
{
	struct span s[] = {
		SP(0, 10, QUOTE, 1), SP(2, 3, QUOTE, 2), SP(3, 1, QUOTE, 3),
	};
	struct span point[] = { SP(0, 10, SELECTION, -1), SP(4, 1, POINT, -1) };

	assert_layer(s, 1, 0, 12, "0+10:Q1|10+2:");
	assert_layer(s, 2, 0, 12, "0+2:Q1|2+3:Q2|5+5:Q1|10+2:");
	assert_layer(s, 3, 0, 12, "0+2:Q1|2+1:Q2|3+1:Q3|4+1:Q2|5+5:Q1|10+2:");
	assert_layer(point, 2, 0, 10, "0+4:V|4+1:V,P|5+5:V");
}

static void
test_overlap_different_kinds(void **state)
{
	struct span s[] = {
		SP(0, 6, QUOTE, 1), SP(4, 6, BOOKMARK, -1), SP(5, 3, SEARCH, -1),
		SP(5, 1, MENTION, 7), SP(0, 6, CURRENT, -1),
	};

	assert_layer(s, 2, 0, 10, "0+4:Q1|4+2:Q1,B|6+4:B");
	assert_layer(s, 3, 0, 10, "0+4:Q1|4+1:Q1,B|5+1:Q1,B,S|6+2:B,S|8+2:B");
	assert_layer(s, 5, 0, 10,
	    "0+4:Q1,C|4+1:Q1,C,B|5+1:Q1,M7,C,B,S|6+2:B,S|8+2:B");
}

static void
test_overlap_same_kind(void **state)
{
	struct span s[] = { SP(0, 6, QUOTE, 1), SP(4, 6, QUOTE, 2) };
	struct span r[] = { SP(4, 6, QUOTE, 2), SP(0, 6, QUOTE, 1) };
	/* equal starts: the later in the input wins, whatever the lengths */
	struct span tie[] = { SP(2, 4, QUOTE, 1), SP(2, 4, QUOTE, 2) };
	struct span tie_r[] = { SP(2, 4, QUOTE, 2), SP(2, 4, QUOTE, 1) };
	struct span tie_len[] = { SP(2, 6, QUOTE, 1), SP(2, 2, QUOTE, 2) };
	struct span tie_len_r[] = { SP(2, 2, QUOTE, 2), SP(2, 6, QUOTE, 1) };

	assert_layer(s, 2, 0, 12, "0+4:Q1|4+6:Q2|10+2:");
	assert_layer(r, 2, 0, 12, "0+4:Q1|4+6:Q2|10+2:");
	assert_layer(tie, 2, 0, 8, "0+2:|2+4:Q2|6+2:");
	assert_layer(tie_r, 2, 0, 8, "0+2:|2+4:Q1|6+2:");
	assert_layer(tie_len, 2, 0, 8, "0+2:|2+2:Q2|4+4:Q1");
	assert_layer(tie_len_r, 2, 0, 8, "0+2:|2+6:Q1");
}

static void
test_empty_spans_do_not_split(void **state)
{
	struct span s[] = {
		SP(0, 4, QUOTE, 1), SP(2, 0, BOOKMARK, -1), SP(2, 0, QUOTE, 9), SP(9, 0, POINT, -1),
	};

	assert_layer(s, 4, 0, 10, "0+4:Q1|4+6:");
	assert_layer(s + 1, 3, 0, 10, "0+10:");
}

static void
test_outside_and_crossing_range(void **state)
{
	struct span s[] = {
		SP(0, 3, QUOTE, 1), SP(20, 5, QUOTE, 2), SP(8, 4, BOOKMARK, -1),
		SP(2, 20, SEARCH, -1),
	};
	/* both clipped to start at from, but the one that really starts later wins */
	struct span inner[] = { SP(3, 10, QUOTE, 2), SP(0, 10, QUOTE, 1) };

	assert_layer(s, 2, 5, 15, "0+10:");
	assert_layer(s, 3, 5, 15, "0+3:|3+4:B|7+3:");
	assert_layer(s, 4, 5, 15, "0+3:S|3+4:B,S|7+3:S");
	/* a span ending exactly at from, one starting exactly at to */
	assert_layer(s, 2, 3, 20, "0+17:");
	assert_layer(inner, 2, 5, 12, "0+7:Q2");
	assert_layer(inner, 2, 5, 15, "0+8:Q2|8+2:");
	inner[0].len = 4;
	assert_layer(inner, 2, 5, 12, "0+2:Q2|2+3:Q1|5+2:");
}

static void
test_unsorted_input(void **state)
{
	struct span s[] = {
		SP(30, 5, QUOTE, 3), SP(0, 5, QUOTE, 1), SP(12, 3, SEARCH, -1), SP(10, 10, QUOTE, 2),
		SP(4, 28, BOOKMARK, -1),
	};

	assert_layer(s, 5, 0, 40,
	    "0+4:Q1|4+1:Q1,B|5+5:B|10+2:Q2,B|12+3:Q2,B,S|15+5:Q2,B|20+10:B|30+2:Q3,B|32+3:Q3|"
	    "35+5:");
}

static void
test_equal_neighbours_merge(void **state)
{
	struct span same[] = { SP(0, 3, QUOTE, 1), SP(3, 3, QUOTE, 1) };
	struct span other[] = { SP(0, 3, QUOTE, 1), SP(3, 3, QUOTE, 2) };
	/* the inner span has the same style as the outer: nothing visible changes */
	struct span inner_same[] = { SP(0, 9, QUOTE, 1), SP(3, 3, QUOTE, 1) };

	assert_layer(same, 2, 0, 6, "0+6:Q1");
	assert_layer(other, 2, 0, 6, "0+3:Q1|3+3:Q2");
	assert_layer(inner_same, 2, 0, 9, "0+9:Q1");
}

static void
test_huge_offsets(void **state)
{
	struct span s[] = {
		SP(SIZE_MAX - 2, 10, QUOTE, 1),  /* off + len wraps: clamped to SIZE_MAX */
		SP(5, SIZE_MAX, BOOKMARK, -1),   /* to the end of everything */
		SP(SIZE_MAX, SIZE_MAX, SEARCH, -1), /* starts at the very end: empty */
		SP(SIZE_MAX - 1, 1, POINT, -1),
	};
	char *want;

	assert_layer(s, 1, SIZE_MAX - 5, SIZE_MAX, "0+3:|3+2:Q1");
	assert_layer(s, 2, 0, 8, "0+5:|5+3:B");
	assert_layer(s, 3, SIZE_MAX - 5, SIZE_MAX, "0+3:B|3+2:Q1,B");
	assert_layer(s, 4, SIZE_MAX - 5, SIZE_MAX, "0+3:B|3+1:Q1,B|4+1:Q1,B,P");
	want = xasprintf("0+5:|5+%zu:B|%zu+1:Q1,B|%zu+1:Q1,B,P", SIZE_MAX - 7, SIZE_MAX - 2,
	    SIZE_MAX - 1);
	assert_layer(s, 4, 0, SIZE_MAX, want);
	free(want);
}

static void
test_invalid_kind_ignored(void **state)
{
	struct span s[] = {
		{ 0, 5, (enum span_kind)SPAN_KIND_COUNT, 1 }, { 2, 2, (enum span_kind)-1, 1 },
		SP(3, 1, QUOTE, 2),
	};

	assert_layer(s, 3, 0, 5, "0+3:|3+1:Q2|4+1:");
}

/* A fixed-seed generator, so a failure reproduces on any libc. */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;

static uint64_t
rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return rng_state;
}

/* The same layering computed byte by byte, by definition, serialised like layer_str. */
static char *
reference_str(const struct span *s, size_t n, size_t from, size_t to)
{
	struct buf out;
	size_t b, i, run = from;
	unsigned kinds = 0, prev_kinds = 0;
	int k, style[SPAN_KIND_COUNT], prev[SPAN_KIND_COUNT];
	long best[SPAN_KIND_COUNT];

	buf_init(&out);
	buf_add(&out, "", 0);
	for (b = from; b <= to; b++) {
		if (b < to) {
			kinds = 0;
			for (k = 0; k < SPAN_KIND_COUNT; k++) {
				style[k] = -1;
				best[k] = -1;
			}
			for (i = 0; i < n; i++) {
				size_t end = s[i].len > SIZE_MAX - s[i].off ? SIZE_MAX : s[i].off + s[i].len;

				k = (int)s[i].kind;
				if (k < 0 || k >= SPAN_KIND_COUNT || b < s[i].off || b >= end)
					continue;
				if (best[k] < 0 || s[i].off >= s[best[k]].off) {
					best[k] = (long)i;
					style[k] = s[i].style;
					kinds |= 1u << k;
				}
			}
			if (b == from || (kinds == prev_kinds && memcmp(style, prev, sizeof style) == 0)) {
				prev_kinds = kinds;
				memcpy(prev, style, sizeof style);
				continue;
			}
		}
		if (run > from)
			buf_addc(&out, '|');
		buf_printf(&out, "%zu+%zu:", run - from, b - run);
		for (k = 0; k < SPAN_KIND_COUNT; k++) {
			if (!(prev_kinds & (1u << k)))
				continue;
			if (out.s[out.len - 1] != ':')
				buf_addc(&out, ',');
			buf_addc(&out, spans_letter[k]);
			if (prev[k] != -1)
				buf_printf(&out, "%d", prev[k]);
		}
		run = b;
		prev_kinds = kinds;
		memcpy(prev, style, sizeof style);
	}
	return buf_detach(&out);
}

static void
test_random_against_reference(void **state)
{
	struct span s[40];
	int iter;
	size_t n, i, from, to;

	for (iter = 0; iter < 3000; iter++) {
		n = rng() % NSPANS(s);
		for (i = 0; i < n; i++) {
			s[i].off = rng() % 70;
			s[i].len = rng() % 4 == 0 ? 0 : rng() % 25;
			/* now and then a length that would overflow off + len */
			if (rng() % 16 == 0)
				s[i].len = SIZE_MAX - rng() % 3;
			s[i].kind = (enum span_kind)(rng() % SPAN_KIND_COUNT);
			s[i].style = (int)(rng() % 5) - 1;
		}
		from = rng() % 60;
		to = from + 1 + rng() % 40;
		{
			char *got = layer_str(s, n, from, to);
			char *want = reference_str(s, n, from, to);

			assert_string_equal(got, want);
			free(got);
			free(want);
		}
	}
}

/* Many overlapping spans: the sweep stays fast and correct at the ends. */
static void
test_many_spans(void **state)
{
	size_t n = 200000, i, nseg, total = 0;
	struct span *s = xreallocarray(NULL, n, sizeof *s);
	struct span_seg *seg;

	for (i = 0; i < n; i++) {
		s[i].off = (size_t)(rng() % 1000000);
		s[i].len = (size_t)(rng() % 5000);
		s[i].kind = (enum span_kind)(rng() % SPAN_KIND_COUNT);
		s[i].style = (int)(rng() % 12);
	}
	/* one quote over everything, first in the input: every other quote is inside it */
	s[0] = (struct span){ 0, 2000000, SPAN_QUOTE, 99 };
	nseg = spans_layer(s, n, 0, 2000000, &seg);
	assert_true(nseg > 1000);
	for (i = 0; i < nseg; i++) {
		assert_int_equal(seg[i].off, total);
		assert_true(seg[i].kinds & (1u << SPAN_QUOTE));
		total += seg[i].len;
	}
	assert_int_equal(total, 2000000);
	assert_int_equal(seg[nseg - 1].style[SPAN_QUOTE], 99);
	free(seg);
	free(s);
}

static void
test_palette_slot(void **state)
{
	long long id;
	int slots, a, b;

	assert_int_equal(spans_palette_slot(0, 12), -1);
	assert_int_equal(spans_palette_slot(-1, 12), -1);
	assert_int_equal(spans_palette_slot(LLONG_MIN, 12), -1);
	/* fewer than one slot is one slot */
	assert_int_equal(spans_palette_slot(1, 0), 0);
	assert_int_equal(spans_palette_slot(7, -5), 0);
	assert_int_equal(spans_palette_slot(LLONG_MAX, INT_MIN), 0);
	assert_int_equal(spans_palette_slot(LLONG_MIN, 0), -1);
	for (slots = 1; slots <= 20; slots++) {
		for (id = 1; id < 500; id++) {
			a = spans_palette_slot(id, slots);
			b = spans_palette_slot(id + 1, slots);
			assert_true(a >= 0 && a < slots);
			assert_int_equal(a, spans_palette_slot(id, slots)); /* stable */
			if (slots > 1)
				assert_int_not_equal(a, b);
		}
		a = spans_palette_slot(LLONG_MAX, slots);
		b = spans_palette_slot(LLONG_MAX - 1, slots);
		assert_true(a >= 0 && a < slots && b >= 0 && b < slots);
		if (slots > 1)
			assert_int_not_equal(a, b);
	}
	a = spans_palette_slot(LLONG_MAX, INT_MAX);
	assert_true(a >= 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_input),
		cmocka_unit_test(test_single_and_disjoint),
		cmocka_unit_test(test_nesting),
		cmocka_unit_test(test_overlap_different_kinds),
		cmocka_unit_test(test_overlap_same_kind),
		cmocka_unit_test(test_empty_spans_do_not_split),
		cmocka_unit_test(test_outside_and_crossing_range),
		cmocka_unit_test(test_unsorted_input),
		cmocka_unit_test(test_equal_neighbours_merge),
		cmocka_unit_test(test_huge_offsets),
		cmocka_unit_test(test_invalid_kind_ignored),
		cmocka_unit_test(test_random_against_reference),
		cmocka_unit_test(test_many_spans),
		cmocka_unit_test(test_palette_slot),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
