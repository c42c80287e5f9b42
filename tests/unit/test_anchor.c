/* test_anchor.c: unit tests of re-finding bookmarked passages in edited article text. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "anchor.h"
#include "text.h"
#include "util.h"

/* A bookmark on body[off, off + n), made the way the store would make it. */
struct mark {
	struct anchor a;
	char *text, *before, *after;
};

static void
mark_make(struct mark *m, const char *body, size_t off, size_t n)
{
	m->text = xstrndup(body + off, n);
	anchor_context(body, strlen(body), off, n, &m->before, &m->after);
	m->a.off = off;
	m->a.len = n;
	m->a.text = m->text;
	m->a.before = m->before;
	m->a.after = m->after;
}

static void
mark_free(struct mark *m)
{
	free(m->text);
	free(m->before);
	free(m->after);
}

/* Finds m in body; returns the offset, or -1; *n gets the length found. */
static long
find(const char *body, const struct mark *m, size_t *n)
{
	size_t off = 12345;

	*n = 12345;
	if (anchor_find(body, strlen(body), &m->a, &off, n) != 0) {
		assert_int_equal(off, 12345); /* untouched on failure */
		return -1;
	}
	return (long)off;
}

static const char *body1 =
	"The council met on Tuesday. \"We will not raise taxes,\" the mayor said, "
	"adding that the budget was balanced. Critics disagreed.";

static void
test_unchanged(void **state)
{
	struct mark m;
	const char *p = strstr(body1, "We will not raise taxes");
	size_t n;

	mark_make(&m, body1, (size_t)(p - body1), 23);
	assert_int_equal(find(body1, &m, &n), p - body1);
	assert_int_equal(n, 23);
	mark_free(&m);
}

static void
test_inserted_before(void **state)
{
	struct mark m;
	char *edited;
	size_t n, off = (size_t)(strstr(body1, "the budget") - body1);

	mark_make(&m, body1, off, 10);
	edited = xasprintf("UPDATE: corrected the date. %s", body1);
	assert_int_equal(find(edited, &m, &n), (long)off + 28);
	assert_int_equal(n, 10);
	free(edited);
	/* text removed before: the offset shifts the other way */
	assert_int_equal(find(body1 + 4, &m, &n), (long)off - 4);
	mark_free(&m);
}

static void
test_context_picks_occurrence(void **state)
{
	const char *body = "Smith said yes to the plan. Jones, asked later, said yes to nothing.";
	const char *second = strstr(strstr(body, "yes") + 1, "yes");
	struct mark m;
	char *edited;
	size_t n;

	mark_make(&m, body, (size_t)(second - body), 3);
	/* a line inserted at the top moves both; the old offset now holds neither */
	edited = xasprintf("Corrected. %s", body);
	assert_int_equal(find(edited, &m, &n), (second - body) + 11);
	free(edited);
	/* the first one is nearer the old offset, but the context wins */
	edited = xasprintf("%s", "Jones, asked later, said yes to nothing. Smith said yes.");
	assert_int_equal(find(edited, &m, &n), strstr(edited, "yes") - edited);
	free(edited);
	mark_free(&m);
}

static void
test_tie_goes_to_nearest(void **state)
{
	/* no context at all: every occurrence scores 0, the nearest one wins */
	const char *body = "ab ab ab ab ab ab";
	struct anchor a = { .off = 8, .len = 2, .text = "ab", .before = "", .after = "" };
	size_t off, n;

	assert_int_equal(anchor_find(body, strlen(body), &a, &off, &n), 0);
	assert_int_equal(off, 9);
	assert_int_equal(n, 2);
	a.off = 2; /* equally near 0 and 4: the earlier */
	assert_int_equal(anchor_find("ab  ab", 6, &a, &off, &n), 0);
	assert_int_equal(off, 0);
	a.off = 1000; /* beyond the body: the last one is nearest */
	assert_int_equal(anchor_find(body, strlen(body), &a, &off, &n), 0);
	assert_int_equal(off, 15);
	a.before = NULL; /* no stored context is no context */
	a.after = NULL;
	assert_int_equal(anchor_find(body, strlen(body), &a, &off, &n), 0);
	assert_int_equal(off, 15);
}

static void
test_deleted(void **state)
{
	struct mark m;
	size_t n;
	const char *p = strstr(body1, "We will not raise taxes");

	mark_make(&m, body1, (size_t)(p - body1), 23);
	assert_int_equal(find("The council met on Tuesday. Critics disagreed.", &m, &n), -1);
	assert_int_equal(find("We will not raise", &m, &n), -1);
	assert_int_equal(find("", &m, &n), -1);
	mark_free(&m);
}

static void
test_rewrapped(void **state)
{
	const char *body = "the mayor said, adding\nthat the budget was\nbalanced. Critics";
	const char *re = "the mayor said,  adding that\tthe budget\xC2\xA0was balanced.\n\nCritics";
	struct mark m;
	size_t n, off = (size_t)(strstr(body, "adding") - body);
	long r;

	mark_make(&m, body, off, (size_t)(strstr(body, "balanced") - body) + 8 - off);
	r = find(re, &m, &n);
	assert_int_equal(r, strstr(re, "adding") - re);
	assert_int_equal(n, strlen("adding that\tthe budget\xC2\xA0was balanced"));
	mark_free(&m);
	/* white space at the edges of the passage meets whole runs */
	mark_make(&m, body, off - 1, 12);  /* " adding\nthat" */
	r = find(re, &m, &n);
	assert_int_equal(r, strstr(re, "  adding") - re);
	assert_int_equal(n, strlen("  adding that"));
	assert_int_equal(find("(adding that", &m, &n), -1);
	assert_int_equal(find("(adding that adding\tthat", &m, &n), 12);
	assert_int_equal(n, 12);
	mark_free(&m);
	mark_make(&m, body, off, 12);  /* "adding\nthat " */
	r = find(re, &m, &n);
	assert_int_equal(r, strstr(re, "adding") - re);
	assert_int_equal(n, strlen("adding that\t"));
	mark_free(&m);
	/* white space must still be there, and words must not merge */
	mark_make(&m, body, off, 11);
	assert_int_equal(find("adding\nthat", &m, &n), 0);
	assert_int_equal(find("addingthat", &m, &n), -1);
	assert_int_equal(find("adding the", &m, &n), -1);
	mark_free(&m);
}

static void
test_edge_cases(void **state)
{
	struct anchor a = { .off = 0, .len = 0, .text = "", .before = "", .after = "" };
	char *before, *after;
	size_t off, n;

	/* an empty passage, or only white space that moved, has nothing to find */
	assert_int_equal(anchor_find("abc", 3, &a, &off, &n), -1);
	a.text = NULL;
	assert_int_equal(anchor_find("abc", 3, &a, &off, &n), -1);
	a.text = " \n";
	a.len = 2;
	assert_int_equal(anchor_find("a \n b", 5, &a, &off, &n), 0); /* exact, at 1 */
	assert_int_equal(off, 1);
	assert_int_equal(anchor_find("a  b", 4, &a, &off, &n), -1);
	/* empty body */
	a.text = "x";
	a.len = 1;
	assert_int_equal(anchor_find("", 0, &a, &off, &n), -1);
	/* offsets beyond the body */
	a.off = (size_t)-1;
	assert_int_equal(anchor_find("axb", 3, &a, &off, &n), 0);
	assert_int_equal(off, 1);
	a.off = 2;
	a.text = "xb";
	a.len = 2;
	assert_int_equal(anchor_find("axb", 3, &a, &off, &n), 0);
	assert_int_equal(off, 1);
	/* a passage longer than the body */
	a.text = "axbaxb";
	a.len = 6;
	assert_int_equal(anchor_find("axb", 3, &a, &off, &n), -1);
	/* context past either end of the body is clamped */
	anchor_context("hello", 5, 99, 4, &before, &after);
	assert_string_equal(before, "hello");
	assert_string_equal(after, "");
	free(before);
	free(after);
	anchor_context("hello", 5, 1, (size_t)-1, &before, &after);
	assert_string_equal(before, "h");
	assert_string_equal(after, "");
	free(before);
	free(after);
	anchor_context("", 0, 0, 0, &before, &after);
	assert_string_equal(before, "");
	assert_string_equal(after, "");
	free(before);
	free(after);
}

static void
test_context_utf8(void **state)
{
	struct buf b;
	char *before, *after;
	size_t off, i;

	/* "é" (2 bytes) and "中" (3 bytes) across both cut points, at every alignment */
	for (i = 0; i < 6; i++) {
		buf_init(&b);
		buf_add(&b, "xxxxx", i);
		while (b.len < 200)
			buf_adds(&b, "\xC3\xA9\xE4\xB8\xAD");
		off = 100;
		while ((b.s[off] & 0xC0) == 0x80)
			off--;
		anchor_context(b.s, b.len, off, 5, &before, &after);
		assert_true(text_valid_utf8(before, strlen(before)));
		assert_true(text_valid_utf8(after, strlen(after)));
		assert_true(strlen(before) <= ANCHOR_CONTEXT && strlen(before) >= ANCHOR_CONTEXT - 3);
		assert_true(strlen(after) <= ANCHOR_CONTEXT && strlen(after) >= ANCHOR_CONTEXT - 3);
		assert_memory_equal(before, b.s + off - strlen(before), strlen(before));
		free(before);
		free(after);
		buf_free(&b);
	}
	/* invalid bytes at the cut points are nobody's sequence: kept, as they are */
	buf_init(&b);
	buf_add(&b, "ab\x80\x80\x80\x80\xFF\xC3", 8);
	while (b.len < 300)
		buf_adds(&b, "\x80");
	anchor_context(b.s, b.len, 100, 10, &before, &after);
	assert_int_equal(strlen(before), ANCHOR_CONTEXT);
	assert_int_equal(strlen(after), ANCHOR_CONTEXT);
	free(before);
	free(after);
	/* a sequence split by the passage's own edge is the caller's: the cut is only
	 * at the far edges, and a lead byte right at the far edge is dropped whole */
	anchor_context("\xE4\xB8\xAD" "abc", 6, 2, 1, &before, &after);
	assert_string_equal(before, "\xE4\xB8");
	assert_string_equal(after, "abc");
	free(before);
	free(after);
	buf_free(&b);
	buf_init(&b);
	buf_adds(&b, "p");
	while (b.len < 80)
		buf_addc(&b, 'y');
	buf_adds(&b, "\xE4\xB8\xAD" "z");
	anchor_context(b.s, b.len, 0, 1, &before, &after); /* the far edge is at 81 */
	assert_string_equal(before, "");
	assert_int_equal(strlen(after), 79);
	assert_int_equal(after[78], 'y');
	free(before);
	free(after);
	buf_free(&b);
	buf_init(&b);
	buf_adds(&b, "\xE4\xB8\xAD");
	while (b.len < 82)
		buf_addc(&b, 'y');
	buf_adds(&b, "p");
	anchor_context(b.s, b.len, 82, 1, &before, &after); /* the far edge is at 2 */
	assert_int_equal(strlen(before), 79);
	assert_int_equal(before[0], 'y');
	assert_string_equal(after, "");
	free(before);
	free(after);
	buf_free(&b);
	/* a bookmark made on invalid text is found again */
	{
		const char *body = "\xFF\xFE zz \xC3 quoted \xE4\xB8 text \x80";
		struct mark m;
		size_t n;
		char *edited;

		mark_make(&m, body, 8, 6);
		assert_string_equal(m.text, "quoted");
		edited = xasprintf("\xC3\xC3%s", body);
		assert_int_equal(find(edited, &m, &n), 10);
		free(edited);
		mark_free(&m);
	}
}

/* Many occurrences of the first word: the fallback stays linear in practice. */
static void
test_large(void **state)
{
	struct buf b;
	struct anchor a = { .off = 0, .len = 12, .text = "the\nfinal\nend", .before = "",
	    .after = "" };
	size_t off, n;

	a.len = strlen(a.text);
	buf_init(&b);
	while (b.len < (1u << 20))
		buf_adds(&b, "the the ");
	buf_adds(&b, "the  final end.");
	assert_int_equal(anchor_find(b.s, b.len, &a, &off, &n), 0);
	assert_int_equal(off, b.len - 15);
	assert_int_equal(n, 14);
	/* and an exact match among a million occurrences */
	a.text = "the";
	a.len = 3;
	a.off = 5;
	a.before = "the ";
	a.after = "  final end";
	assert_int_equal(anchor_find(b.s, b.len, &a, &off, &n), 0);
	assert_int_equal(off, b.len - 15);
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unchanged),
		cmocka_unit_test(test_inserted_before),
		cmocka_unit_test(test_context_picks_occurrence),
		cmocka_unit_test(test_tie_goes_to_nearest),
		cmocka_unit_test(test_deleted),
		cmocka_unit_test(test_rewrapped),
		cmocka_unit_test(test_edge_cases),
		cmocka_unit_test(test_context_utf8),
		cmocka_unit_test(test_large),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
