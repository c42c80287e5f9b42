/* test_textobj.c: unit tests of the selection units, serialised to strings and compared. */
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

#include "text.h"
#include "textobj.h"
#include "util.h"

#define E_ACUTE "\xC3\xA9"
#define E_ACUTE_NFD "e\xCC\x81"
#define FAMILY "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7"
#define RI_F "\xF0\x9F\x87\xAB"
#define RI_R "\xF0\x9F\x87\xB7"
#define FLAG_FR RI_F RI_R
#define THUMB_DARK "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"
#define ZHONG "\xE4\xB8\xAD"
#define WEN "\xE6\x96\x87"
#define CJK_STOP "\xE3\x80\x82"
#define CJK_BANG "\xEF\xBC\x81"
#define CJK_QUERY "\xEF\xBC\x9F"
#define CJK_CLOSE "\xE3\x80\x8D"
#define KSSA "\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB7" /* क्ष */
#define NBSP "\xC2\xA0"
#define LQ "\xE2\x80\x9C"
#define RQ "\xE2\x80\x9D"
#define APOS "\xE2\x80\x99"
#define ELLIPSIS "\xE2\x80\xA6"

static const enum textobj_unit units[] = {
	TEXTOBJ_CHAR, TEXTOBJ_WORD, TEXTOBJ_SENTENCE, TEXTOBJ_PARAGRAPH,
};

/*
 * The units of text in order, joined by '|', found by walking textobj_next from the
 * unit around 0; checks on the way that around(start) is that very unit and that the
 * same starts come back when walking textobj_prev from the end.
 */
static char *
units_str(const char *text, size_t len, enum textobj_unit u)
{
	struct buf out;
	size_t a, b, p, *starts = NULL, n = 0, cap = 0, i;

	buf_init(&out);
	buf_add(&out, "", 0);
	textobj_around(text, len, 0, u, &a, &b);
	p = a;
	while (p < len && a < b) {
		textobj_around(text, len, p, u, &a, &b);
		assert_int_equal(a, p);
		assert_true(b > a && b <= len);
		if (n > 0)
			buf_addc(&out, '|');
		buf_add(&out, text + a, b - a);
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			starts = xreallocarray(starts, cap, sizeof *starts);
		}
		starts[n++] = a;
		p = textobj_next(text, len, p, u);
		assert_true(p >= b);
		assert_true(p > a);
	}
	/* backwards: the same starts, in reverse */
	p = len;
	i = n;
	while (p > 0) {
		p = textobj_prev(text, len, p, u);
		if (i > 0 && p == starts[i - 1])
			i--;
		else
			assert_true(p == 0);
	}
	assert_int_equal(i, 0);
	free(starts);
	return buf_detach(&out);
}

static void
check_units(const char *text, enum textobj_unit u, const char *want)
{
	char *got = units_str(text, strlen(text), u);

	if (strcmp(got, want) != 0)
		fail_msg("unit %d of \"%s\":\n got \"%s\"\nwant \"%s\"", (int)u, text, got, want);
	free(got);
}

static void
check_around(const char *text, size_t pos, enum textobj_unit u, const char *want)
{
	size_t a, b, len = strlen(text);

	textobj_around(text, len, pos, u, &a, &b);
	assert_true(a <= b && b <= len);
	if (strlen(want) != b - a || memcmp(text + a, want, b - a) != 0)
		fail_msg("around %zu (unit %d) of \"%s\": got \"%.*s\" want \"%s\"", pos, (int)u,
		    text, (int)(b - a), text + a, want);
}

/* The cluster starts by text_grapheme from 0, as a string of offsets. */
static char *
reference_clusters(const char *s, size_t len)
{
	struct buf out;
	size_t p = 0, n;
	int w;

	buf_init(&out);
	buf_add(&out, "", 0);
	while ((n = text_grapheme(s, len, p, &w, NULL)) > 0) {
		buf_printf(&out, "%zu,", p);
		p += n;
	}
	return buf_detach(&out);
}

static void
check_clusters(const char *s, size_t len)
{
	struct buf fwd, back;
	char *ref = reference_clusters(s, len), *tmp;
	size_t p = 0, q, *st = NULL, n = 0, i;

	buf_init(&fwd);
	buf_add(&fwd, "", 0);
	while (p < len) {
		buf_printf(&fwd, "%zu,", p);
		q = textobj_next(s, len, p, TEXTOBJ_CHAR);
		assert_true(q > p);
		p = q;
	}
	assert_string_equal(fwd.s, ref);
	st = xreallocarray(NULL, len + 1, sizeof *st);
	for (p = len; p > 0; p = textobj_prev(s, len, p, TEXTOBJ_CHAR))
		st[n++] = textobj_prev(s, len, p, TEXTOBJ_CHAR);
	buf_init(&back);
	buf_add(&back, "", 0);
	for (i = n; i > 0; i--)
		buf_printf(&back, "%zu,", st[i - 1]);
	tmp = buf_detach(&back);
	assert_string_equal(tmp, ref);
	free(tmp);
	free(st);
	free(ref);
	buf_free(&fwd);
}

static void
test_empty(void **state)
{
	size_t a = 9, b = 9;
	unsigned i;

	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		textobj_around("", 0, 0, units[i], &a, &b);
		assert_int_equal(a, 0);
		assert_int_equal(b, 0);
		textobj_around("", 0, 5, units[i], &a, &b);
		assert_int_equal(a, 0);
		assert_int_equal(b, 0);
		assert_int_equal(textobj_next("", 0, 0, units[i]), 0);
		assert_int_equal(textobj_next("", 0, 7, units[i]), 0);
		assert_int_equal(textobj_prev("", 0, 0, units[i]), 0);
		assert_int_equal(textobj_prev("", 0, 7, units[i]), 0);
		textobj_span("", 0, 3, 1, units[i], &a, &b);
		assert_int_equal(a, 0);
		assert_int_equal(b, 0);
		textobj_around(NULL, 0, 0, units[i], &a, &b);
		assert_int_equal(b, 0);
	}
}

static void
test_only_space(void **state)
{
	const char *t = "  \n\n " NBSP " ";
	size_t len = strlen(t), a, b, p;
	unsigned i;

	for (i = 1; i < sizeof units / sizeof units[0]; i++) {
		for (p = 0; p <= len + 2; p++) {
			textobj_around(t, len, p, units[i], &a, &b);
			assert_int_equal(a, b);
			assert_true(a <= len);
			assert_int_equal(textobj_next(t, len, p, units[i]), len);
			assert_int_equal(textobj_prev(t, len, p, units[i]), 0);
		}
	}
	/* a character is any cluster, white space included */
	check_around(t, 5, TEXTOBJ_CHAR, NBSP);
	check_around(t, 6, TEXTOBJ_CHAR, NBSP);
	check_around(t, len, TEXTOBJ_CHAR, " ");
	/* punctuation alone holds no word */
	check_around("-- ... !", 3, TEXTOBJ_WORD, "");
	check_units("-- ... !", TEXTOBJ_WORD, "");
}

static void
test_chars(void **state)
{
	const char *t = "a" E_ACUTE_NFD FAMILY FLAG_FR FLAG_FR RI_F "\r\n" THUMB_DARK "x";
	static const char *const bits[] = {
		"a", " ", "\n", "\r\n", "\r", E_ACUTE, E_ACUTE_NFD, FAMILY, RI_F, RI_R, FLAG_FR,
		THUMB_DARK, "\xE2\x80\x8D", ZHONG, CJK_STOP, KSSA, "\xE0\xA4\xBF", "\xCC\x81",
		"\xFF", "\xC3", "\x80", "\xE4\xB8", NBSP, "\xE1\x84\x80", "\xE1\x85\xA1",
		"\xE1\x86\xA8", "\xD8\x80", "\xEF\xB8\x8F", "\xE2\x9D\xA4", "\x01", "'",
	};
	uint32_t seed = 7;
	struct buf b;
	int round, k, i;

	check_units(t, TEXTOBJ_CHAR, "a|" E_ACUTE_NFD "|" FAMILY "|" FLAG_FR "|" FLAG_FR "|" RI_F
	    "|\r\n|" THUMB_DARK "|x");
	check_clusters(t, strlen(t));
	/* inside a sequence or a cluster: that cluster */
	check_around(t, 2, TEXTOBJ_CHAR, E_ACUTE_NFD);
	check_around(t, 3, TEXTOBJ_CHAR, E_ACUTE_NFD);
	check_around(t, 9, TEXTOBJ_CHAR, FAMILY);
	check_around(t, strlen(t) + 5, TEXTOBJ_CHAR, "x");
	assert_int_equal(textobj_next(t, strlen(t), 2, TEXTOBJ_CHAR), 4);
	assert_int_equal(textobj_prev(t, strlen(t), 3, TEXTOBJ_CHAR), 1);
	assert_int_equal(textobj_prev(t, strlen(t), 1, TEXTOBJ_CHAR), 0);
	/* random mixtures: the local walk agrees with text_grapheme from the start */
	for (round = 0; round < 400; round++) {
		buf_init(&b);
		buf_add(&b, "", 0);
		k = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 40;
		for (i = 0; i < k; i++) {
			seed = seed * 1103515245u + 12345u;
			buf_adds(&b, bits[(seed >> 16) % (sizeof bits / sizeof bits[0])]);
		}
		check_clusters(b.s, b.len);
		buf_free(&b);
	}
}

static void
test_words(void **state)
{
	check_units("Don't stop" "\xE2\x80\x94" "the well-known 3.5% rate, O" APOS "Brien's 1,000.",
	    TEXTOBJ_WORD, "Don't|stop|the|well-known|3.5|rate|O" APOS "Brien's|1,000");
	check_units("'quoted' rock--roll -x y- dogs' end.", TEXTOBJ_WORD,
	    "quoted|rock|roll|x|y|dogs|end");
	check_units("U.S. e.g. 3. 5", TEXTOBJ_WORD, "U|S|e|g|3|5");
	check_units(LQ "Caf" E_ACUTE_NFD "," RQ " " ZHONG WEN " na" NBSP "ive " FAMILY "x",
	    TEXTOBJ_WORD, "Caf" E_ACUTE_NFD "|" ZHONG WEN "|na|ive|x");
	check_units("\xFF" "ab\xC3" "cd\x80", TEXTOBJ_WORD, "ab|cd");
	/* on white space or punctuation: the next word; at the end: the previous one */
	check_around("one,  two.  ", 3, TEXTOBJ_WORD, "two");
	check_around("one,  two.  ", 5, TEXTOBJ_WORD, "two");
	check_around("one,  two.  ", 9, TEXTOBJ_WORD, "two");
	check_around("one,  two.  ", 11, TEXTOBJ_WORD, "two");
	check_around("one,  two.  ", 12, TEXTOBJ_WORD, "two");
	check_around("one,  two.  ", 99, TEXTOBJ_WORD, "two");
	check_around("  one", 0, TEXTOBJ_WORD, "one");
	check_around("don't", 3, TEXTOBJ_WORD, "don't");
	assert_int_equal(textobj_next("one two", 7, 1, TEXTOBJ_WORD), 4);
	assert_int_equal(textobj_next("one two", 7, 3, TEXTOBJ_WORD), 4);
	assert_int_equal(textobj_next("one two", 7, 4, TEXTOBJ_WORD), 7);
	assert_int_equal(textobj_prev("one two", 7, 6, TEXTOBJ_WORD), 4);
	assert_int_equal(textobj_prev("one two", 7, 4, TEXTOBJ_WORD), 0);
	assert_int_equal(textobj_prev("one two", 7, 3, TEXTOBJ_WORD), 0);
	assert_int_equal(textobj_prev("  one", 5, 2, TEXTOBJ_WORD), 0);
	/* pos inside a multibyte sequence rounds down */
	check_around("ab " E_ACUTE "t" E_ACUTE, 4, TEXTOBJ_WORD, E_ACUTE "t" E_ACUTE);
	assert_int_equal(textobj_next("ab " E_ACUTE "t x", 8, 4, TEXTOBJ_WORD), 7);
}

static void
test_sentences(void **state)
{
	check_units("Mr. Smith went to Washington. He met Dr. Jones there! Was it fun? Yes.",
	    TEXTOBJ_SENTENCE, "Mr. Smith went to Washington.|He met Dr. Jones there!|"
	    "Was it fun?|Yes.");
	check_units("J. K. Rowling wrote it. The U.S. economy grew 3.5 percent. It was e.g. "
	    "fine, i.e. good. Mrs. Ms. Prof. Gen. Sen. Gov. St. Jr. Done.", TEXTOBJ_SENTENCE,
	    "J. K. Rowling wrote it.|The U.S. economy grew 3.5 percent.|"
	    "It was e.g. fine, i.e. good.|Mrs. Ms. Prof. Gen. Sen. Gov. St. Jr. Done.");
	check_units(LQ "Stop!" RQ " he said. " LQ "Why?" RQ " She left.", TEXTOBJ_SENTENCE,
	    LQ "Stop!" RQ " he said.|" LQ "Why?" RQ "|She left.");
	check_units(LQ "I was" ELLIPSIS RQ " she paused" ELLIPSIS " Then it ended...  Or not?!"
	    " \"Yes.\" (Really.) So did I. The end", TEXTOBJ_SENTENCE,
	    LQ "I was" ELLIPSIS RQ " she paused" ELLIPSIS "|Then it ended...|Or not?!|"
	    "\"Yes.\"|(Really.)|So did I.|The end");
	check_units(ZHONG WEN CJK_STOP WEN ZHONG CJK_BANG CJK_CLOSE ZHONG CJK_QUERY " a b",
	    TEXTOBJ_SENTENCE, ZHONG WEN CJK_STOP "|" WEN ZHONG CJK_BANG CJK_CLOSE "|"
	    ZHONG CJK_QUERY "|a b");
	/* paragraphs end sentences; hard line breaks do not; a lone full stop is kept */
	check_units("  No stop here\n\nNew para. next word.\nline two Mr.\n\nDr. Who. . x",
	    TEXTOBJ_SENTENCE, "No stop here|New para. next word.\nline two Mr.|Dr. Who.|. x");
	check_units("\xFF. \xC3? \x80! X \xE2\x80. x", TEXTOBJ_SENTENCE,
	    "\xFF.|\xC3?|\x80!|X \xE2\x80. x");
	/* white space between sentences: the next one; trailing: the last one */
	check_around("One. Two.  ", 4, TEXTOBJ_SENTENCE, "Two.");
	check_around("One. Two.  ", 10, TEXTOBJ_SENTENCE, "Two.");
	check_around("One. Two.  ", 11, TEXTOBJ_SENTENCE, "Two.");
	check_around("One two. Three", 3, TEXTOBJ_SENTENCE, "One two.");
	assert_int_equal(textobj_next("One. Two.", 9, 0, TEXTOBJ_SENTENCE), 5);
	assert_int_equal(textobj_next("One. Two.", 9, 4, TEXTOBJ_SENTENCE), 5);
	assert_int_equal(textobj_next("One. Two.", 9, 5, TEXTOBJ_SENTENCE), 9);
	assert_int_equal(textobj_prev("One. Two.", 9, 7, TEXTOBJ_SENTENCE), 5);
	assert_int_equal(textobj_prev("One. Two.", 9, 5, TEXTOBJ_SENTENCE), 0);
}

static void
test_paragraphs(void **state)
{
	const char *t = "  Para one.\nstill one.\n\n\n  Para two.\n \t\nPara three\r\n\r\nfour\n";

	check_units(t, TEXTOBJ_PARAGRAPH, "Para one.\nstill one.|Para two.|Para three|four");
	check_around(t, 0, TEXTOBJ_PARAGRAPH, "Para one.\nstill one.");
	check_around(t, 21, TEXTOBJ_PARAGRAPH, "Para one.\nstill one.");
	check_around(t, 22, TEXTOBJ_PARAGRAPH, "Para two.");
	check_around(t, 36, TEXTOBJ_PARAGRAPH, "Para three");
	check_around(t, strlen(t), TEXTOBJ_PARAGRAPH, "four");
	assert_int_equal(textobj_next(t, strlen(t), 3, TEXTOBJ_PARAGRAPH), 27);
	assert_int_equal(textobj_prev(t, strlen(t), 27, TEXTOBJ_PARAGRAPH), 2);
	assert_int_equal(textobj_prev(t, strlen(t), 2, TEXTOBJ_PARAGRAPH), 0);
	check_units("one\n\ntwo" NBSP "\n" NBSP "\nthree", TEXTOBJ_PARAGRAPH, "one|two|three");
}

static void
test_span(void **state)
{
	const char *t = "Alpha beta, gamma. Delta epsilon!\n\nZeta.";
	size_t len = strlen(t), a, b;

	textobj_span(t, len, 8, 2, TEXTOBJ_WORD, &a, &b);
	assert_int_equal(a, 0);
	assert_int_equal(b, 10);
	textobj_span(t, len, 2, 8, TEXTOBJ_WORD, &a, &b);
	assert_int_equal(a, 0);
	assert_int_equal(b, 10);
	textobj_span(t, len, 13, 13, TEXTOBJ_WORD, &a, &b);
	assert_int_equal(a, 12);
	assert_int_equal(b, 17);
	textobj_span(t, len, 3, 20, TEXTOBJ_SENTENCE, &a, &b);
	assert_int_equal(a, 0);
	assert_int_equal(b, 33);
	textobj_span(t, len, 3, len + 10, TEXTOBJ_PARAGRAPH, &a, &b);
	assert_int_equal(a, 0);
	assert_int_equal(b, len);
	textobj_span(t, len, 1, 1, TEXTOBJ_CHAR, &a, &b);
	assert_int_equal(a, 1);
	assert_int_equal(b, 2);
}

/* Hostile mixtures: every position of every unit keeps the contract's invariants. */
static void
test_invariants(void **state)
{
	static const char *const bits[] = {
		"a", "Mr", "I", "3", " ", "  ", "\n", "\n\n", ".", "!", "?", ELLIPSIS, RQ, LQ,
		"\"", "'", APOS, "-", ",", CJK_STOP, ZHONG, "\xFF", "\xC3", "\x80", E_ACUTE_NFD,
		FLAG_FR, RI_F, FAMILY, NBSP, "\xCC\x81", "\r\n", "(", ")", "word", "U.S.",
	};
	uint32_t seed = 99;
	struct buf t;
	size_t p, a, b, n, pr, len;
	unsigned ui;
	int round, k, i;
	char *s;

	for (round = 0; round < 300; round++) {
		buf_init(&t);
		buf_add(&t, "", 0);
		k = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 30;
		for (i = 0; i < k; i++) {
			seed = seed * 1103515245u + 12345u;
			buf_adds(&t, bits[(seed >> 16) % (sizeof bits / sizeof bits[0])]);
		}
		len = t.len;
		for (ui = 0; ui < sizeof units / sizeof units[0]; ui++) {
			s = units_str(t.s, len, units[ui]);
			free(s);
			for (p = 0; p <= len + 1; p++) {
				textobj_around(t.s, len, p, units[ui], &a, &b);
				assert_true(a <= b && b <= len);
				if (a < b && units[ui] != TEXTOBJ_CHAR) {
					assert_true(t.s[a] != ' ' && t.s[a] != '\n');
					assert_true(t.s[b - 1] != ' ' && t.s[b - 1] != '\n');
				}
				n = textobj_next(t.s, len, p, units[ui]);
				assert_true(n <= len);
				if (p < len)
					assert_true(n > p);
				pr = textobj_prev(t.s, len, p, units[ui]);
				if (p > 0)
					assert_true(pr < p);
				else
					assert_int_equal(pr, 0);
			}
		}
		buf_free(&t);
	}
}

static void
walk_all(const char *s, size_t len, enum textobj_unit u, size_t *fwd, size_t *back)
{
	size_t p, q;

	*fwd = *back = 0;
	for (p = 0; p < len; p = q) {
		q = textobj_next(s, len, p, u);
		assert_true(q > p);
		(*fwd)++;
	}
	for (p = len; p > 0; p = q) {
		q = textobj_prev(s, len, p, u);
		assert_true(q < p);
		(*back)++;
	}
}

/* Walks 1 MB of text forwards by every unit; returns the number of steps per unit. */
static void
walk_forward(const char *s, size_t len, size_t steps[4])
{
	size_t p, q;
	unsigned ui;

	for (ui = 0; ui < 4; ui++) {
		steps[ui] = 0;
		for (p = 0; p < len; p = q) {
			q = textobj_next(s, len, p, units[ui]);
			assert_true(q > p);
			steps[ui]++;
		}
	}
}

/*
 * Long texts with no spaces, no full stops, or only one hostile kind of cluster:
 * walking them unit by unit in both directions must stay linear (a quadratic walk
 * would not finish), and around() in the middle must find the right edges.
 */
static void
test_large(void **state)
{
	static const struct {
		const char *fill;
		size_t clusters; /* per fill; 0: a hostile cluster, cut anywhere */
	} fills[] = {
		{ "abcdefghij", 10 }, { ZHONG WEN, 2 }, { "word ", 5 }, { "Mr. A. ", 7 },
		{ FLAG_FR, 1 }, { THUMB_DARK, 1 }, { "\xCC\x81", 0 }, { "\xFF", 1 },
		{ ". ", 2 }, { E_ACUTE_NFD, 1 }, { "a\n", 2 }, { FAMILY, 1 },
	};
	struct buf t;
	size_t i, f, b, a, e, mid, steps[4];
	unsigned ui;

	for (i = 0; i < sizeof fills / sizeof fills[0]; i++) {
		buf_init(&t);
		while (t.len < (64u << 10))
			buf_adds(&t, fills[i].fill);
		for (ui = 0; ui < sizeof units / sizeof units[0]; ui++) {
			walk_all(t.s, t.len, units[ui], &f, &b);
			if (units[ui] == TEXTOBJ_CHAR && fills[i].clusters > 0) {
				assert_int_equal(f, t.len / strlen(fills[i].fill) * fills[i].clusters);
				assert_int_equal(b, f);
			}
			mid = t.len / 2 + 1;
			textobj_around(t.s, t.len, mid, units[ui], &a, &e);
			assert_true(a <= e && e <= t.len && (a == e || a > mid || mid < e));
		}
		buf_free(&t);
	}
	/* 1 MB with no space and no full stop, textobj_next in a loop */
	buf_init(&t);
	while (t.len < (1u << 20))
		buf_adds(&t, "abcdefghij");
	walk_forward(t.s, t.len, steps);
	assert_int_equal(steps[0], t.len);
	assert_int_equal(steps[1], 1);
	assert_int_equal(steps[2], 1);
	assert_int_equal(steps[3], 1);
	buf_free(&t);
	buf_init(&t);
	while (t.len < (1u << 20))
		buf_adds(&t, "\xE4\xB8\xAD, " ZHONG WEN CJK_STOP);
	walk_forward(t.s, t.len, steps);
	assert_int_equal(steps[0], t.len / 14 * 6);
	assert_int_equal(steps[1], t.len / 14 * 2);
	assert_int_equal(steps[2], t.len / 14);
	assert_int_equal(steps[3], 1);
	buf_free(&t);
	/* a 2 MB paragraph without a single space or full stop is one word and sentence */
	buf_init(&t);
	while (t.len < (2u << 20))
		buf_adds(&t, "abc" E_ACUTE ZHONG);
	textobj_around(t.s, t.len, t.len / 2, TEXTOBJ_SENTENCE, &a, &e);
	assert_int_equal(a, 0);
	assert_int_equal(e, t.len);
	textobj_around(t.s, t.len, t.len / 2, TEXTOBJ_WORD, &a, &e);
	assert_int_equal(a, 0);
	assert_int_equal(e, t.len);
	assert_int_equal(textobj_next(t.s, t.len, 1, TEXTOBJ_PARAGRAPH), t.len);
	assert_int_equal(textobj_prev(t.s, t.len, t.len, TEXTOBJ_WORD), 0);
	buf_free(&t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_only_space),
		cmocka_unit_test(test_chars),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_sentences),
		cmocka_unit_test(test_paragraphs),
		cmocka_unit_test(test_span),
		cmocka_unit_test(test_invariants),
		cmocka_unit_test(test_large),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
