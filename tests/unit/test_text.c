/* test_text.c: unit tests of the UTF-8 module: validity, cleaning, clusters, cutting, folding. */
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

/* Samples, spelled in bytes so the test does not depend on the editor's encoding. */
#define CJK "\xE4\xB8\xAD\xE6\x96\x87\xE5\xAD\x97"        /* 中文字 */
#define E_ACUTE_NFD "e\xCC\x81"                           /* e + U+0301 */
#define E_ACUTE_NFC "\xC3\xA9"                            /* é */
#define MAN "\xF0\x9F\x91\xA8"
#define WOMAN "\xF0\x9F\x91\xA9"
#define GIRL "\xF0\x9F\x91\xA7"
#define BOY "\xF0\x9F\x91\xA6"
#define ZWJ "\xE2\x80\x8D"
#define FAMILY MAN ZWJ WOMAN ZWJ GIRL ZWJ BOY             /* 25 bytes, one cluster */
#define FLAG_FR "\xF0\x9F\x87\xAB\xF0\x9F\x87\xB7"
#define FLAG_DE "\xF0\x9F\x87\xA9\xF0\x9F\x87\xAA"
#define HEART "\xE2\x9D\xA4"                              /* U+2764, text default */
#define VS16 "\xEF\xB8\x8F"
#define THUMB_TONE "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD"     /* thumbs up, medium skin */
#define HEBREW "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"         /* שלום */
#define HEBREW_POINTED "\xD7\xA9\xD6\xB8\xD7\x81\xD7\x9C\xD7\x95\xD6\xB9\xD7\x9D"
#define ARABIC "\xD8\xB3\xD9\x84\xD8\xA7\xD9\x85"         /* سلام */
#define ELLIPSIS "\xE2\x80\xA6"
#define FFFD "\xEF\xBF\xBD"

static void
assert_clean(const char *in, size_t inlen, const char *want)
{
	size_t n;
	char *got = text_clean(in, inlen, &n);

	assert_int_equal(n, strlen(want));
	assert_memory_equal(got, want, n);
	assert_int_equal(got[n], '\0');
	free(got);
}

#define CLEAN_EQ(in, want) assert_clean((in), sizeof(in) - 1, (want))

static void
test_valid_utf8(void **state)
{
	assert_true(text_valid_utf8("", 0));
	assert_true(text_valid_utf8("plain", 5));
	assert_true(text_valid_utf8(CJK FAMILY HEBREW, strlen(CJK FAMILY HEBREW)));
	assert_true(text_valid_utf8("\xF4\x8F\xBF\xBF", 4));  /* U+10FFFF */
	assert_true(text_valid_utf8("a\0b", 3));              /* NUL is valid UTF-8 */
	assert_false(text_valid_utf8("\xC0\x80", 2));         /* overlong NUL */
	assert_false(text_valid_utf8("\xC1\xBF", 2));         /* overlong */
	assert_false(text_valid_utf8("\xE0\x80\x80", 3));     /* overlong 3-byte */
	assert_false(text_valid_utf8("\xF0\x80\x80\x80", 4)); /* overlong 4-byte */
	assert_false(text_valid_utf8("\xED\xA0\x80", 3));     /* surrogate D800 */
	assert_false(text_valid_utf8("\xED\xBF\xBF", 3));     /* surrogate DFFF */
	assert_false(text_valid_utf8("\xF4\x90\x80\x80", 4)); /* above U+10FFFF */
	assert_false(text_valid_utf8("\xE2\x82", 2));         /* truncated */
	assert_false(text_valid_utf8("\x80", 1));             /* lone continuation */
	assert_false(text_valid_utf8("\xFE", 1));
	assert_false(text_valid_utf8("\xFF", 1));
	assert_false(text_valid_utf8("ok\xE4\xB8", 5));       /* truncated at the end */
	/* the length is respected: a valid prefix of a longer invalid buffer */
	assert_true(text_valid_utf8("ab\xFF", 2));
}

static void
test_decode(void **state)
{
	const char s[] = "a\xFF" E_ACUTE_NFC "\xE2\x82" "\xF0\x9F\x91\xA8";
	size_t pos = 0, len = sizeof s - 1;

	assert_int_equal(text_decode(s, len, &pos), 'a');
	assert_int_equal(pos, 1);
	assert_int_equal(text_decode(s, len, &pos), 0xFFFD);
	assert_int_equal(pos, 2);
	assert_int_equal(text_decode(s, len, &pos), 0xE9);
	assert_int_equal(pos, 4);
	assert_int_equal(text_decode(s, len, &pos), 0xFFFD); /* truncated: one byte at a time */
	assert_int_equal(pos, 5);
	assert_int_equal(text_decode(s, len, &pos), 0xFFFD);
	assert_int_equal(pos, 6);
	assert_int_equal(text_decode(s, len, &pos), 0x1F468);
	assert_int_equal(pos, 10);
	assert_int_equal(text_decode(s, len, &pos), -1);
	assert_int_equal(pos, 10);
	/* a sequence cut by len is invalid even if the bytes continue */
	pos = 0;
	assert_int_equal(text_decode(CJK, 2, &pos), 0xFFFD);
	assert_int_equal(pos, 1);
}

static void
test_from_latin1(void **state)
{
	size_t n;
	char *r;
	char all[256];
	int i;

	r = text_from_latin1("caf\xE9 \xA3" "5", 7, &n);
	assert_string_equal(r, "caf" E_ACUTE_NFC " \xC2\xA3" "5");
	assert_int_equal(n, strlen(r));
	free(r);
	r = text_from_latin1("", 0, &n);
	assert_string_equal(r, "");
	assert_int_equal(n, 0);
	free(r);
	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	r = text_from_latin1(all, 256, &n);
	assert_int_equal(n, 128 + 2 * 128);
	assert_true(text_valid_utf8(r, n));
	free(r);
}

static void
test_clean_plain_and_invalid(void **state)
{
	CLEAN_EQ("", "");
	CLEAN_EQ("Hello, world.", "Hello, world.");
	CLEAN_EQ(CJK " " FAMILY " " FLAG_FR, CJK " " FAMILY " " FLAG_FR);
	CLEAN_EQ(HEBREW " " ARABIC, HEBREW " " ARABIC);
	CLEAN_EQ("a\xFF" "b", "a" FFFD "b");
	CLEAN_EQ("\xC0\x80", FFFD FFFD);
	CLEAN_EQ("\xED\xA0\x80", FFFD FFFD FFFD);
	CLEAN_EQ("end\xE4\xB8", "end" FFFD FFFD);
	CLEAN_EQ("\x9B" "31m", FFFD "31m"); /* a raw 8-bit CSI byte is just invalid */
}

static void
test_clean_escapes(void **state)
{
	CLEAN_EQ("\x1B[31mred\x1B[0m", "red");
	CLEAN_EQ("\x1B[1;38;5;208mX\x1B[m", "X");
	CLEAN_EQ("a\x1B[?25lb\x1B[?1049hc", "abc");
	CLEAN_EQ("a\x1B[2Jb", "ab");
	CLEAN_EQ("\x1B]0;evil title\x07visible", "visible");
	CLEAN_EQ("\x1B]8;;http://example.com/\x1B\\link\x1B]8;;\x1B\\", "link");
	CLEAN_EQ("\x1B]52;c;ZXZpbA==\x07ok", "ok"); /* clipboard write */
	CLEAN_EQ("\x1BPq#0;2;0;0;0\x1B\\after", "after"); /* DCS */
	CLEAN_EQ("\x1B_apc\x1B\\x", "x");
	CLEAN_EQ("\x1B^pm\x07x", "x");
	CLEAN_EQ("\x1BXsos\x1B\\x", "x");
	CLEAN_EQ("a\x1B" "cb", "ab");     /* ESC c: reset */
	CLEAN_EQ("a\x1B" "7b\x1B" "8c", "abc");
	CLEAN_EQ("a\x1B(Bb", "ab");       /* ESC ( B: an intermediate, then the final */
	CLEAN_EQ("a\x1B#8b", "ab");
	CLEAN_EQ("a\x1B( \nb", "a\nb");   /* broken by a newline */
	CLEAN_EQ("x\x1B", "x");            /* ESC at the very end */
	CLEAN_EQ("x\x1B[", "x");           /* unfinished CSI */
	CLEAN_EQ("x\x1B[12;", "x");
	CLEAN_EQ("\x1B\x1B[31mz", "z");    /* ESC ESC [ ... */
	CLEAN_EQ("a\x1B\nb", "a\nb");      /* ESC before a newline: only the ESC goes */
	CLEAN_EQ("a\x1B[12\nb", "a\nb");   /* a CSI broken by a newline ends there */
	CLEAN_EQ("a\x1B" E_ACUTE_NFC, "a" E_ACUTE_NFC);
	CLEAN_EQ("\x1B]0;t\x1B[31mred", "red"); /* ESC inside a string starts anew */
	CLEAN_EQ("\x1B]0;never ends", "");  /* an unterminated string runs to the end */
	CLEAN_EQ("\xC2\x9B" "31mx", "31mx"); /* 8-bit C1 CSI as a code point: removed */
	CLEAN_EQ("\x1B]0;t\xC2\x9Cz", "z"); /* C1 ST ends a string */
}

static void
test_clean_controls(void **state)
{
	CLEAN_EQ("a\x01\x02\x03\x7F" "b", "ab");
	assert_clean("a\0b", 3, "ab");
	CLEAN_EQ("a\tb", "a b");
	CLEAN_EQ("a\r\nb", "a\nb");
	CLEAN_EQ("a\rb", "a\nb");
	CLEAN_EQ("a\r\r\nb", "a\n\nb");
	CLEAN_EQ("a\n\rb", "a\n\nb");
	CLEAN_EQ("a\r", "a\n");
	CLEAN_EQ("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c", "a\nb\nc");
	CLEAN_EQ("a\xC2\x80\xC2\x85\xC2\x9F" "b", "ab");
	CLEAN_EQ("\xEF\xBB\xBF" "bom", "bom");
	CLEAN_EQ("x\xEF\xBB\xBFy", "xy");
	/* bidi embeddings, overrides and isolates go; LRM/RLM marks stay */
	CLEAN_EQ("a\xE2\x80\xAA\xE2\x80\xAB\xE2\x80\xAC\xE2\x80\xAD\xE2\x80\xAE" "b", "ab");
	CLEAN_EQ("a\xE2\x81\xA6\xE2\x81\xA7\xE2\x81\xA8\xE2\x81\xA9" "b", "ab");
	CLEAN_EQ("a\xE2\x80\x8F" "b", "a\xE2\x80\x8F" "b");
	CLEAN_EQ("\r\n\r\n", "\n\n");
	CLEAN_EQ("\x01\x1B[m\x7F", "");
}

static void
test_clean_nfc(void **state)
{
	struct buf in, want;
	int i, k;

	CLEAN_EQ(E_ACUTE_NFD, E_ACUTE_NFC);
	CLEAN_EQ("Simonyte\xCC\x87", "Simonyt\xC4\x97");
	CLEAN_EQ("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", "\xED\x95\x9C"); /* jamo -> 한 */
	CLEAN_EQ(E_ACUTE_NFC, E_ACUTE_NFC);
	CLEAN_EQ(HEBREW_POINTED, HEBREW_POINTED);
	/* canonical reordering: dot below (220) before acute (230) */
	CLEAN_EQ("q\xCC\x81\xCC\xA3", "q\xCC\xA3\xCC\x81");
	/* a combining mark right after a removed escape still joins its base */
	CLEAN_EQ("e\x1B[1m\xCC\x81", E_ACUTE_NFC);

	/* NFC across many normalisation chunks gives the same as piece by piece */
	buf_init(&in);
	buf_init(&want);
	for (i = 0; i < 5000; i++) {
		buf_adds(&in, i % 7 == 0 ? "x " : E_ACUTE_NFD);
		buf_adds(&want, i % 7 == 0 ? "x " : E_ACUTE_NFC);
	}
	assert_clean(in.s, in.len, want.s);
	buf_free(&in);
	buf_free(&want);
	/* every alignment of a base and its mark against the chunk size */
	for (k = 0; k < 3; k++) {
		buf_init(&in);
		buf_init(&want);
		for (i = 0; i < k; i++) {
			buf_addc(&in, 'a');
			buf_addc(&want, 'a');
		}
		for (i = 0; i < 3000; i++) {
			buf_adds(&in, E_ACUTE_NFD);
			buf_adds(&want, E_ACUTE_NFC);
		}
		assert_clean(in.s, in.len, want.s);
		buf_free(&in);
		buf_free(&want);
	}
}

static void
test_clean_zalgo_is_capped(void **state)
{
	struct buf in;
	char *r;
	size_t n, pos;
	long cp;
	int marks = 0, i;

	buf_init(&in);
	buf_adds(&in, "a");
	for (i = 0; i < 100000; i++)
		buf_adds(&in, "\xCC\x81");
	buf_adds(&in, " tail");
	r = text_clean(in.s, in.len, &n);
	assert_true(n < 100);
	assert_non_null(strstr(r, " tail"));
	pos = 0;
	while ((cp = text_decode(r, n, &pos)) >= 0) {
		if (cp == 0x301)
			marks++;
	}
	/* the base composes with one acute; the cluster keeps 32 code points */
	assert_int_equal(marks, 30);
	assert_int_equal(r[0], '\xC3');
	free(r);
	buf_free(&in);
}

/* Small deterministic generator for property tests. */
static uint32_t
lcg(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static void
assert_clean_invariants(const char *r, size_t n)
{
	size_t i;

	assert_true(text_valid_utf8(r, n));
	assert_int_equal(strlen(r), n);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)r[i];

		assert_false(c < 0x20 && c != '\n');
		assert_int_not_equal(c, 0x7F);
		if (c == 0xC2 && i + 1 < n)
			assert_false((unsigned char)r[i + 1] >= 0x80 && (unsigned char)r[i + 1] <= 0x9F);
	}
	assert_null(strstr(r, "\xE2\x80\xAE"));
	assert_null(strstr(r, "\xEF\xBB\xBF"));
}

static void
test_clean_random_bytes(void **state)
{
	static const char *pieces[] = {
		"a", " ", "\n", "\r", "\t", "\x1B", "[", "]", "\x07", "\\", "m", "\xFF", "\xC3",
		"\xCC\x81", CJK, FAMILY, ZWJ, FLAG_FR, "\xF0\x9F\x87\xAB", HEART, VS16, HEBREW,
		"\xE2\x80\xAE", "\xC2\x9B", "\xEF\xBB\xBF", "\x01", "\xE1\x84\x92", "\xE1\x85\xA1",
	};
	uint32_t seed = 42;
	struct buf in;
	char *r, *r2;
	size_t n, n2;
	int round, i, k;

	for (round = 0; round < 500; round++) {
		buf_init(&in);
		k = (int)(lcg(&seed) % 200);
		for (i = 0; i < k; i++) {
			if (lcg(&seed) % 4 == 0)
				buf_addc(&in, (char)(lcg(&seed) & 0xFF));
			else
				buf_adds(&in, pieces[lcg(&seed) % (sizeof pieces / sizeof pieces[0])]);
		}
		r = text_clean(in.s != NULL ? in.s : "", in.len, &n);
		assert_clean_invariants(r, n);
		/* cleaning is idempotent */
		r2 = text_clean(r, n, &n2);
		assert_int_equal(n2, n);
		assert_memory_equal(r2, r, n);
		free(r2);
		free(r);
		buf_free(&in);
	}
}

static void
test_clean_ten_megabytes(void **state)
{
	static const char *pieces[] = {
		"The minister said \"we will not yield\" on Tuesday. ", "\x1B[31m", "\x1B]0;x\x07",
		CJK, E_ACUTE_NFD, FAMILY, "\r\n", "\xFF\xFE", HEBREW " ", "\t", "\xCC\x81\xCC\xA3",
	};
	size_t total = 10u << 20, n;
	uint32_t seed = 7;
	struct buf in;
	char *r;

	buf_init(&in);
	while (in.len < total)
		buf_adds(&in, pieces[lcg(&seed) % (sizeof pieces / sizeof pieces[0])]);
	r = text_clean(in.s, in.len, &n);
	assert_true(n > total / 2);
	assert_true(n < total + total / 2);
	assert_clean_invariants(r, n);
	assert_true(text_width(r, n) > 0);
	free(r);
	buf_free(&in);
}

static void
assert_cluster(const char *s, size_t len, size_t pos, size_t want_len, int want_w,
    bool want_ctl)
{
	int w = -1;
	bool ctl = !want_ctl;

	assert_int_equal(text_grapheme(s, len, pos, &w, &ctl), want_len);
	assert_int_equal(w, want_w);
	assert_int_equal(ctl, want_ctl);
}

#define CLUSTER(s, len, w) assert_cluster((s), strlen(s), 0, (len), (w), false)

static void
test_grapheme(void **state)
{
	int w;

	CLUSTER("a", 1, 1);
	CLUSTER("ab", 1, 1);
	CLUSTER(CJK, 3, 2);
	CLUSTER(E_ACUTE_NFD "x", 3, 1);
	CLUSTER(FAMILY "x", 25, 2);
	CLUSTER(FLAG_FR FLAG_DE, 8, 2);
	assert_cluster(FLAG_FR FLAG_DE, 16, 8, 8, 2, false);
	CLUSTER(HEART, 3, 1);
	CLUSTER(HEART VS16 "x", 6, 2);
	CLUSTER(THUMB_TONE, 8, 2);
	CLUSTER("\xCC\x81", 2, 0);           /* a lone combining mark */
	CLUSTER("\xE2\x80\x8B" "a", 3, 0);   /* zero width space */
	CLUSTER("\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB", 9, 2); /* conjoining jamo: one syllable */
	CLUSTER(HEBREW, 2, 1);
	CLUSTER(HEBREW_POINTED, 6, 1);       /* shin with qamats and shin dot */
	CLUSTER(ARABIC, 2, 1);
	CLUSTER("\xEF\xBC\xA1", 3, 2);       /* fullwidth A */
	CLUSTER(FFFD, 3, 1);
	/* invalid bytes: one-byte clusters of width 1, and they end a cluster */
	CLUSTER("\xFF" "a", 1, 1);
	CLUSTER("e\xFF\xCC\x81", 1, 1);
	assert_cluster("\xE4\xB8\xAD", 2, 0, 1, 1, false); /* truncated by len */
	/* controls */
	assert_cluster("\x01" "a", 2, 0, 1, 0, true);
	assert_cluster("\n", 1, 0, 1, 0, true);
	assert_cluster("\r\n", 2, 0, 2, 0, true);
	assert_cluster("\x1B[", 2, 0, 1, 0, true);
	assert_cluster("\xC2\x85", 2, 0, 2, 0, true);
	assert_cluster("\xE2\x80\xAE" "a", 4, 0, 3, 0, true);
	assert_cluster("\xE2\x80\xA8", 3, 0, 3, 0, true);
	/* the end */
	w = 7;
	assert_int_equal(text_grapheme("ab", 2, 2, &w, NULL), 0);
	assert_int_equal(w, 0);
	assert_int_equal(text_grapheme("", 0, 0, &w, NULL), 0);
}

static void
test_width(void **state)
{
	assert_int_equal(text_width("", 0), 0);
	assert_int_equal(text_width("hello", 5), 5);
	assert_int_equal(text_width(CJK, strlen(CJK)), 6);
	assert_int_equal(text_width(E_ACUTE_NFD E_ACUTE_NFD, 6), 2);
	assert_int_equal(text_width(FAMILY FAMILY, 50), 4);
	assert_int_equal(text_width(FLAG_FR FLAG_DE, 16), 4);
	assert_int_equal(text_width("\xF0\x9F\x87\xAB", 4), 1); /* a lone regional indicator */
	assert_int_equal(text_width(HEBREW " " ARABIC, strlen(HEBREW " " ARABIC)), 9);
	assert_int_equal(text_width(HEBREW_POINTED, strlen(HEBREW_POINTED)), 4);
	assert_int_equal(text_width("a\xFF" "b", 3), 3);
	assert_int_equal(text_width("a\x1B[1mb", 6), 5); /* ESC is 0, "[1mb" is 4 */
	assert_int_equal(text_width(HEART VS16 HEART, 9), 3);
}

/* Byte offsets at which a cluster starts, plus len. */
static bool
is_boundary(const char *s, size_t len, size_t at)
{
	size_t pos = 0, n;
	int w;

	while (pos < at && (n = text_grapheme(s, len, pos, &w, NULL)) > 0)
		pos += n;
	return pos == at;
}

static void
check_cut_all_widths(const char *s)
{
	size_t len = strlen(s), el = strlen(ELLIPSIS), rl;
	int total = text_width(s, len), cols, nw;
	char *r;

	for (cols = -2; cols <= total + 2; cols++) {
		r = text_cut(s, len, cols);
		rl = strlen(r);
		if (cols <= 0) {
			assert_string_equal(r, "");
		} else if (total <= cols) {
			assert_string_equal(r, s);
		} else {
			/* ends in "…", the rest is a whole-cluster prefix, and it fits */
			assert_true(rl >= el);
			assert_memory_equal(r + rl - el, ELLIPSIS, el);
			assert_memory_equal(r, s, rl - el);
			assert_true(is_boundary(s, len, rl - el));
			assert_true(text_width(r, rl) <= cols);
			/* and it is the longest such prefix: the next cluster would not fit */
			nw = 0;
			assert_true(text_grapheme(s, len, rl - el, &nw, NULL) > 0);
			assert_true(text_width(s, rl - el) + nw > cols - 1);
		}
		free(r);
	}
}

static void
test_cut_every_width(void **state)
{
	check_cut_all_widths("The quick brown fox");
	check_cut_all_widths(CJK "abc" CJK);
	check_cut_all_widths("a" FAMILY "b" FAMILY FAMILY "c");
	check_cut_all_widths(FLAG_FR FLAG_DE "x" FLAG_FR);
	check_cut_all_widths(E_ACUTE_NFD E_ACUTE_NFD "x" E_ACUTE_NFD);
	check_cut_all_widths(HEBREW " " HEBREW_POINTED " " ARABIC);
	check_cut_all_widths(HEART VS16 HEART VS16 "z");
	check_cut_all_widths("bad\xFF\xFE" "bytes");
	check_cut_all_widths("");
}

static void
test_cut_examples(void **state)
{
	struct {
		const char *in;
		int cols;
		const char *want;
	} t[] = {
		{ "abcdef", 4, "abc" ELLIPSIS },
		{ "abcdef", 6, "abcdef" },
		{ "abcdef", 1, ELLIPSIS },
		{ "abcdef", 0, "" },
		{ "abcdef", -5, "" },
		{ CJK, 6, CJK },
		{ CJK, 5, "\xE4\xB8\xAD\xE6\x96\x87" ELLIPSIS },
		{ CJK, 4, "\xE4\xB8\xAD" ELLIPSIS },
		{ CJK, 3, "\xE4\xB8\xAD" ELLIPSIS },
		{ CJK, 2, ELLIPSIS },
		{ "ab" FAMILY, 3, "ab" ELLIPSIS },
		{ "a" FAMILY "b", 3, "a" ELLIPSIS },
		{ "a" FAMILY "b", 4, "a" FAMILY "b" },
		{ "a" FAMILY "bc", 4, "a" FAMILY ELLIPSIS },
		{ "x" E_ACUTE_NFD "yz", 3, "x" E_ACUTE_NFD ELLIPSIS },
		{ FLAG_FR FLAG_DE, 3, FLAG_FR ELLIPSIS },
	};
	size_t i;
	char *r;

	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		r = text_cut(t[i].in, strlen(t[i].in), t[i].cols);
		assert_string_equal(r, t[i].want);
		free(r);
	}
}

static void
test_prefix_fit(void **state)
{
	int w = -1;

	assert_int_equal(text_prefix_fit("abc", 3, 2, &w), 2);
	assert_int_equal(w, 2);
	assert_int_equal(text_prefix_fit("abc", 3, 10, &w), 3);
	assert_int_equal(w, 3);
	assert_int_equal(text_prefix_fit(CJK, 9, 3, &w), 3);
	assert_int_equal(w, 2);
	assert_int_equal(text_prefix_fit(CJK, 9, 1, &w), 0);
	assert_int_equal(w, 0);
	assert_int_equal(text_prefix_fit("abc", 3, 0, &w), 0);
	assert_int_equal(text_prefix_fit("abc", 3, -1, &w), 0);
	assert_int_equal(w, 0);
	/* trailing zero-width clusters belong to the longest prefix */
	assert_int_equal(text_prefix_fit(E_ACUTE_NFD, 3, 1, &w), 3);
	assert_int_equal(text_prefix_fit("a\xE2\x80\x8B" "b", 5, 1, NULL), 4);
	assert_int_equal(text_prefix_fit(FAMILY, 25, 1, &w), 0);
	assert_int_equal(text_prefix_fit(FAMILY, 25, 2, &w), 25);
	assert_int_equal(w, 2);
	assert_int_equal(text_prefix_fit("", 0, 5, &w), 0);
}

static void
test_display(void **state)
{
	char *r;

	r = text_display("plain " CJK " " FAMILY, strlen("plain " CJK " " FAMILY));
	assert_string_equal(r, "plain " CJK " " FAMILY);
	free(r);
	r = text_display("a\x1B[31mb", 7);
	assert_string_equal(r, "a" FFFD "[31mb");
	free(r);
	r = text_display("a\nb\tc\x7F", 6);
	assert_string_equal(r, "a" FFFD "b" FFFD "c" FFFD);
	free(r);
	r = text_display("\xFF\xC0\x80", 3);
	assert_string_equal(r, FFFD FFFD FFFD);
	free(r);
	r = text_display("\xC2\x9B" "x\xE2\x80\xAE" "y", 7);
	assert_string_equal(r, FFFD "x" FFFD "y");
	free(r);
	r = text_display("a\0b", 3);
	assert_string_equal(r, "a" FFFD "b");
	free(r);
	r = text_display("", 0);
	assert_string_equal(r, "");
	free(r);
}

static void
assert_fold(const char *in, const char *want)
{
	char *r = text_fold(in, strlen(in));

	assert_string_equal(r, want);
	free(r);
}

static void
test_fold(void **state)
{
	char *a, *b;

	assert_fold("Simonyt\xC4\x97", "simonyte");
	assert_fold("SIMONYTE", "simonyte");
	assert_fold("Simonyte\xCC\x87", "simonyte");
	assert_fold("  Jos\xC3\xA9 \t  \n Garc\xC3\xAD" "a  ", "jose garcia");
	assert_fold("Stra\xC3\x9F" "e", "strasse");
	assert_fold("\xEF\xAC\x81" "nance", "finance");        /* ﬁ ligature */
	assert_fold("\xEF\xBC\xA6\xEF\xBD\x95\xEF\xBD\x8C", "ful"); /* fullwidth */
	assert_fold("a\xC2\xA0\xC2\xA0" "b", "a b");           /* no-break spaces */
	assert_fold("a\xE3\x80\x80" "b", "a b");               /* ideographic space */
	assert_fold(HEBREW_POINTED, HEBREW);
	assert_fold(CJK, CJK);
	assert_fold("", "");
	assert_fold("   \t\n ", "");
	assert_fold("\x1B[1mBold\x1B[0m", "bold");
	assert_fold("bad\xFF", "bad" FFFD);
	a = text_fold("\xC3\x89LISE", 6);
	b = text_fold("elise", 5);
	assert_string_equal(a, b);
	free(a);
	free(b);
}

/* The start of the code point holding a byte, as a decoder from the start sees it. */
static void
test_cp_start(void **state)
{
	static const char s[] = "a\xc3\xa9\xe6\xbc\xa2\xf0\x9f\x90\x9f\x80\xc3z";
	size_t len = sizeof s - 1;

	assert_int_equal(text_cp_start(s, len, 0), 0);
	assert_int_equal(text_cp_start(s, len, 2), 1);  /* é */
	assert_int_equal(text_cp_start(s, len, 5), 3);  /* 漢 */
	assert_int_equal(text_cp_start(s, len, 9), 6);  /* 🐟 */
	/* a stray continuation byte and a truncated lead stand alone */
	assert_int_equal(text_cp_start(s, len, 10), 10);
	assert_int_equal(text_cp_start(s, len, 11), 11);
	assert_int_equal(text_cp_start(s, len, 12), 12);
	assert_int_equal(text_cp_start(s, len, len), len);
	assert_int_equal(text_cp_start("\x80\x80", 2, 1), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cp_start),
		cmocka_unit_test(test_valid_utf8),
		cmocka_unit_test(test_decode),
		cmocka_unit_test(test_from_latin1),
		cmocka_unit_test(test_clean_plain_and_invalid),
		cmocka_unit_test(test_clean_escapes),
		cmocka_unit_test(test_clean_controls),
		cmocka_unit_test(test_clean_nfc),
		cmocka_unit_test(test_clean_zalgo_is_capped),
		cmocka_unit_test(test_clean_random_bytes),
		cmocka_unit_test(test_clean_ten_megabytes),
		cmocka_unit_test(test_grapheme),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_cut_every_width),
		cmocka_unit_test(test_cut_examples),
		cmocka_unit_test(test_prefix_fit),
		cmocka_unit_test(test_display),
		cmocka_unit_test(test_fold),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
