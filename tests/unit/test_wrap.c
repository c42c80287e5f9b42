/* test_wrap.c: unit tests of word wrapping, serialised to strings and compared. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "text.h"
#include "util.h"
#include "wrap.h"

#define CJK4 "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\x87\xE6\x9C\xAC" /* 中文文本 */
#define ZHONG "\xE4\xB8\xAD"
#define WEN "\xE6\x96\x87"
#define BEN "\xE6\x9C\xAC"
#define FAMILY "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7" \
	"\xE2\x80\x8D\xF0\x9F\x91\xA6"
#define FLAG_FR "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"
#define E_ACUTE_NFD "e\xCC\x81"
#define SHALOM "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"
#define OLAM "\xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D"
#define SALAM "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"

/*
 * Checks the invariants every wrap must keep and returns the lines joined by '|'.
 * Invariants: offsets increase; a line's width is the width of its bytes and at most
 * cols unless the line is one cluster; no line ends in a space; a continuation line
 * does not start with one; separators are empty; nothing but spaces and newlines is
 * lost or duplicated.
 */
static char *
wrap_str(const char *text, int cols)
{
	struct wrap_line *l = NULL;
	size_t len = strlen(text), n, i, j;
	struct buf out, kept, want;
	int w;

	n = wrap_text(text, len, cols, &l);
	if (n == 0)
		assert_null(l);
	buf_init(&out);
	buf_init(&kept);
	buf_init(&want);
	buf_add(&out, "", 0);
	for (i = 0; i < n; i++) {
		assert_true(l[i].off + l[i].len <= len);
		if (i > 0) {
			assert_true(l[i].off >= l[i - 1].off + l[i - 1].len);
			buf_addc(&out, '|');
		}
		assert_int_equal(l[i].width, text_width(text + l[i].off, l[i].len));
		if (l[i].width > cols)
			assert_int_equal(text_grapheme(text, l[i].off + l[i].len, l[i].off, &w, NULL),
			    l[i].len);
		if (l[i].len == 0) {
			assert_int_equal(l[i].width, 0);
			assert_true(i > 0 && i + 1 < n); /* separators only between paragraphs */
			assert_true(l[i - 1].len > 0 && l[i + 1].len > 0);
		} else {
			assert_int_not_equal(text[l[i].off + l[i].len - 1], ' ');
			assert_null(memchr(text + l[i].off, '\n', l[i].len));
			/* only the first line of a hard line may start with (indenting) spaces */
			if (text[l[i].off] == ' ' &&
			    text_grapheme(text, len, l[i].off, &w, NULL) == 1) {
				for (j = l[i].off; j > 0 && text[j - 1] != '\n'; j--)
					assert_int_equal(text[j - 1], ' ');
			}
		}
		buf_add(&out, text + l[i].off, l[i].len);
		for (j = 0; j < l[i].len; j++) {
			if (text[l[i].off + j] != ' ')
				buf_addc(&kept, text[l[i].off + j]);
		}
	}
	for (j = 0; j < len; j++) {
		if (text[j] != ' ' && text[j] != '\n')
			buf_addc(&want, text[j]);
	}
	assert_int_equal(kept.len, want.len);
	if (want.len > 0)
		assert_memory_equal(kept.s, want.s, want.len);
	buf_free(&kept);
	buf_free(&want);
	free(l);
	return buf_detach(&out);
}

static void
assert_wrap(const char *text, int cols, const char *want)
{
	char *got = wrap_str(text, cols);

	assert_string_equal(got, want);
	free(got);
}

static void
test_empty(void **state)
{
	struct wrap_line dummy, *l = &dummy; /* must be overwritten with NULL */

	assert_int_equal(wrap_text("", 0, 10, &l), 0);
	assert_null(l);
	assert_wrap("\n\n\n", 10, "");
	assert_wrap("   \n  \n", 10, "");
}

static void
test_simple(void **state)
{
	assert_wrap("The quick brown fox jumps over the lazy dog.", 10,
	    "The quick|brown fox|jumps over|the lazy|dog.");
	assert_wrap("The quick brown fox jumps over the lazy dog.", 80,
	    "The quick brown fox jumps over the lazy dog.");
	assert_wrap("abc def", 7, "abc def");
	assert_wrap("abc def", 6, "abc|def");
	assert_wrap("abc def", 3, "abc|def");
	assert_wrap("a b c d", 1, "a|b|c|d");
	assert_wrap("a  b   c", 4, "a  b|c");
	assert_wrap("trailing   ", 20, "trailing");
	assert_wrap("one two   \nthree", 20, "one two|three");
	assert_wrap("word", 0, "w|o|r|d"); /* cols below 1 act as 1 */
}

static void
test_hard_breaks_and_paragraphs(void **state)
{
	assert_wrap("a\nb", 10, "a|b");
	assert_wrap("a\n\nb", 10, "a||b");
	assert_wrap("a\n\n\n\n\nb", 10, "a||b");
	assert_wrap("a\n   \n\t\nb", 10, "a||\t|b"); /* '\t' is not a space (text_clean
	                                                * turns it into one first) */
	assert_wrap("a\n   \nb", 10, "a||b");
	assert_wrap("\n\n\na\n\n\n", 10, "a");
	assert_wrap("one two three\n\nfour five", 8, "one two|three||four|five");
	assert_wrap("x\ny\n\nz", 5, "x|y||z");
}

static void
test_long_words(void **state)
{
	assert_wrap("abcdefghij", 4, "abcd|efgh|ij");
	assert_wrap("ab abcdefghij cd", 4, "ab|abcd|efgh|ij|cd");
	assert_wrap("see https://example.com/a/very/long/path now", 12,
	    "see|https://exam|ple.com/a/ve|ry/long/path|now");
}

static void
test_indentation(void **state)
{
	assert_wrap("  indented text", 10, "  indented|text");
	assert_wrap("      x", 3, "  x");          /* at most cols - 1 columns of indent */
	assert_wrap("    abcdef", 4, "   a|bcde|f");
	assert_wrap("  " ZHONG, 3, ZHONG);          /* the indent alone would be a blank line */
}

static void
test_cjk(void **state)
{
	assert_wrap(CJK4, 5, ZHONG WEN "|" WEN BEN);
	assert_wrap(CJK4, 4, ZHONG WEN "|" WEN BEN);
	assert_wrap(CJK4, 3, ZHONG "|" WEN "|" WEN "|" BEN);
	assert_wrap(CJK4, 1, ZHONG "|" WEN "|" WEN "|" BEN); /* each alone, wider than cols */
	assert_wrap("Hello " CJK4, 8, "Hello " ZHONG "|" WEN WEN BEN);
	assert_wrap("Hello " CJK4, 7, "Hello|" ZHONG WEN WEN "|" BEN);
	assert_wrap("ab" CJK4, 5, "ab" ZHONG "|" WEN WEN "|" BEN);
	assert_wrap(ZHONG "a" WEN, 2, ZHONG "|a|" WEN);
}

static void
test_clusters_are_not_split(void **state)
{
	assert_wrap("ab" FAMILY "cd", 3, "ab|" FAMILY "c|d");
	assert_wrap(FAMILY FAMILY FAMILY, 4, FAMILY FAMILY "|" FAMILY);
	assert_wrap(FLAG_FR FLAG_FR FLAG_FR, 5, FLAG_FR FLAG_FR "|" FLAG_FR);
	assert_wrap(E_ACUTE_NFD E_ACUTE_NFD E_ACUTE_NFD, 2,
	    E_ACUTE_NFD E_ACUTE_NFD "|" E_ACUTE_NFD);
	assert_wrap("caf" E_ACUTE_NFD " ok", 4, "caf" E_ACUTE_NFD "|ok");
	/* a space carrying a combining mark is a visible cluster, not a break */
	assert_wrap("a \xCC\x81" "b", 2, "a \xCC\x81|b");
}

static void
test_rtl(void **state)
{
	/* logical order is kept; the terminal lays out the direction */
	assert_wrap(SHALOM " " OLAM, 5, SHALOM "|" OLAM);
	assert_wrap(SHALOM " " OLAM, 9, SHALOM " " OLAM);
	assert_wrap(SALAM " " SALAM " " SALAM, 9, SALAM " " SALAM "|" SALAM);
}

static void
test_offsets(void **state)
{
	const char *t = "one two three\n\nfour";
	struct wrap_line *l;
	size_t n;

	n = wrap_text(t, strlen(t), 7, &l);
	assert_int_equal(n, 4);
	assert_int_equal(l[0].off, 0);
	assert_int_equal(l[0].len, 7);
	assert_int_equal(l[0].width, 7);
	assert_int_equal(l[1].off, 8);  /* the space before "three" is skipped */
	assert_int_equal(l[1].len, 5);
	assert_int_equal(l[2].off, 13); /* the separator sits at the paragraph break */
	assert_int_equal(l[2].len, 0);
	assert_int_equal(l[2].width, 0);
	assert_int_equal(l[3].off, 15);
	assert_int_equal(l[3].len, 4);
	free(l);
}

static void
test_find_line(void **state)
{
	const char *t = "one two three\n\nfour five six\nseven";
	struct wrap_line *l;
	size_t n, off, i;

	n = wrap_text(t, strlen(t), 7, &l);
	assert_int_equal(n, 7);
	for (off = 0; off <= strlen(t); off++) {
		i = wrap_find_line(l, n, off);
		assert_true(i < n);
		assert_true(l[i].off <= off);
		if (i + 1 < n)
			assert_true(l[i + 1].off > off);
	}
	assert_int_equal(wrap_find_line(l, n, 0), 0);
	assert_int_equal(wrap_find_line(l, n, 9), 1);   /* inside "three" */
	assert_int_equal(wrap_find_line(l, n, 14), 2);  /* the blank line */
	assert_int_equal(wrap_find_line(l, n, 15), 3);  /* "four" */
	assert_int_equal(wrap_find_line(l, n, 1000), n - 1);
	assert_int_equal(wrap_find_line(NULL, 0, 5), 0);
	free(l);
}

static uint32_t
lcg(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static void
test_random_texts_keep_invariants(void **state)
{
	static const char *words[] = {
		"a", "word", "longerword", "supercalifragilistic", " ", "  ", "\n", "\n\n",
		CJK4, ZHONG, FAMILY, FLAG_FR, E_ACUTE_NFD, SHALOM, SALAM, "\xCC\x81", "x" FAMILY,
	};
	uint32_t seed = 1;
	struct buf t;
	char *r;
	int round, i, k, cols;

	for (round = 0; round < 300; round++) {
		buf_init(&t);
		buf_add(&t, "", 0);
		k = (int)(lcg(&seed) % 60);
		for (i = 0; i < k; i++)
			buf_adds(&t, words[lcg(&seed) % (sizeof words / sizeof words[0])]);
		for (cols = 1; cols <= 30; cols++) {
			r = wrap_str(t.s, cols);
			free(r);
		}
		buf_free(&t);
	}
}

static void
test_large_input(void **state)
{
	struct buf t;
	struct wrap_line *l;
	size_t n, i;

	buf_init(&t);
	while (t.len < (4u << 20))
		buf_adds(&t, "Lorem ipsum dolor sit amet, " CJK4 " consectetur.\n\n");
	n = wrap_text(t.s, t.len, 72, &l);
	assert_true(n > t.len / 100);
	for (i = 1; i < n; i++)
		assert_true(l[i].off > l[i - 1].off);
	free(l);
	buf_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_simple),
		cmocka_unit_test(test_hard_breaks_and_paragraphs),
		cmocka_unit_test(test_long_words),
		cmocka_unit_test(test_indentation),
		cmocka_unit_test(test_cjk),
		cmocka_unit_test(test_clusters_are_not_split),
		cmocka_unit_test(test_rtl),
		cmocka_unit_test(test_offsets),
		cmocka_unit_test(test_find_line),
		cmocka_unit_test(test_random_texts_keep_invariants),
		cmocka_unit_test(test_large_input),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
