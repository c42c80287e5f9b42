/* test_lineedit.c: unit tests of the prompt editor: keys, clusters, limits, scrolling. */
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

#include "lineedit.h"
#include "text.h"
#include "util.h"

#define ACUTE "\xCC\x81"                 /* U+0301, combining */
#define E_NFD "e" ACUTE
#define E_NFC "\xC3\xA9"
#define U_UML "\xC3\xBC"
#define KAN "\xE6\xBC\xA2"               /* 漢 */
#define JI "\xE5\xAD\x97"                /* 字 */
#define THUMB "\xF0\x9F\x91\x8D"
#define SKIN "\xF0\x9F\x8F\xBD"          /* U+1F3FD, medium skin tone */
#define RI_F "\xF0\x9F\x87\xAB"
#define RI_R "\xF0\x9F\x87\xB7"
#define RI_D "\xF0\x9F\x87\xA9"
#define RI_E "\xF0\x9F\x87\xAA"
#define ZWJ "\xE2\x80\x8D"
#define MAN "\xF0\x9F\x91\xA8"
#define WOMAN "\xF0\x9F\x91\xA9"
#define JAMO_L "\xE1\x84\x80"            /* U+1100 */
#define JAMO_V "\xE1\x85\xA1"            /* U+1161 */
#define RLO "\xE2\x80\xAE"
#define BOM "\xEF\xBB\xBF"
#define NEL "\xC2\x85"
#define LSEP "\xE2\x80\xA8"
#define FFFD "\xEF\xBF\xBD"
#define NBSP "\xC2\xA0"

/* True when pos is where a cluster of s starts, or the end. */
static bool
is_boundary(const char *s, size_t len, size_t pos)
{
	size_t p = 0;
	int w;

	while (p < pos)
		p += text_grapheme(s, len, p, &w, NULL);
	return p == pos;
}

static void
check_invariants(const struct lineedit *e)
{
	size_t p = 0, n;
	int w;
	bool ctl;

	assert_non_null(e->s);
	assert_int_equal(strlen(e->s), e->len);
	assert_true(e->len <= LINEEDIT_MAX);
	assert_true(e->cap > e->len);
	assert_true(e->cursor <= e->len);
	assert_true(text_valid_utf8(e->s, e->len));
	assert_true(is_boundary(e->s, e->len, e->cursor));
	while ((n = text_grapheme(e->s, e->len, p, &w, &ctl)) > 0) {
		assert_false(ctl);
		p += n;
	}
}

/* The line with '|' at the cursor, after checking the invariants. */
static const char *
st(const struct lineedit *e)
{
	static char s[LINEEDIT_MAX + 2];

	check_invariants(e);
	memcpy(s, e->s, e->cursor);
	s[e->cursor] = '|';
	memcpy(s + e->cursor + 1, e->s + e->cursor, e->len - e->cursor + 1);
	return s;
}

/* Starts e from "text|more" typed as a paste (no normalisation), the cursor at '|'
 * reached from Home by Right presses, so it must be a cluster boundary. */
static void
setup(struct lineedit *e, const char *marked)
{
	const char *bar = strchr(marked, '|');
	size_t off = bar != NULL ? (size_t)(bar - marked) : strlen(marked);
	char *plain = xstrdup(marked);

	if (bar != NULL)
		memmove(plain + off, plain + off + 1, strlen(plain + off + 1) + 1);
	lineedit_init(e, NULL);
	assert_true(lineedit_insert(e, plain, strlen(plain)));
	assert_true(lineedit_key(e, "Home"));
	while (e->cursor < off)
		assert_true(lineedit_key(e, "Right"));
	assert_int_equal(e->cursor, off);
	free(plain);
}

/* Presses the NULL-terminated keys; each must be the editor's. */
static void
press(struct lineedit *e, ...)
{
	va_list ap;
	const char *k;

	va_start(ap, e);
	while ((k = va_arg(ap, const char *)) != NULL)
		assert_true(lineedit_key(e, k));
	va_end(ap);
}

/* Applies keys to "text|more" and compares the result. */
static void
assert_keys(const char *marked, const char *key, const char *want)
{
	struct lineedit e;

	setup(&e, marked);
	assert_true(lineedit_key(&e, key));
	assert_string_equal(st(&e), want);
	lineedit_free(&e);
}

static void
test_init(void **state)
{
	struct lineedit e;
	char *big;

	lineedit_init(&e, NULL);
	assert_string_equal(st(&e), "|");
	lineedit_free(&e);
	assert_null(e.s);
	lineedit_init(&e, "");
	assert_string_equal(st(&e), "|");
	lineedit_free(&e);
	lineedit_init(&e, "Jane Doe");
	assert_string_equal(st(&e), "Jane Doe|");
	lineedit_free(&e);

	/* controls, escape sequences and bidi overrides go; tabs and newlines become spaces */
	lineedit_init(&e, "a\tb\x01" "c\x1b[31md\x7f" NEL "e\r\nf" RLO "g" LSEP "h");
	assert_string_equal(st(&e), "a bcde fg h|");
	lineedit_free(&e);
	/* invalid bytes show as U+FFFD; decomposed text is composed */
	lineedit_init(&e, "a\xFF" "b" E_NFD);
	assert_string_equal(st(&e), "a" FFFD "b" E_NFC "|");
	lineedit_free(&e);

	/* too long: cut at a cluster boundary within LINEEDIT_MAX */
	big = xmalloc(LINEEDIT_MAX + 1000);
	memset(big, 'a', LINEEDIT_MAX + 999);
	big[LINEEDIT_MAX + 999] = '\0';
	lineedit_init(&e, big);
	assert_int_equal(e.len, LINEEDIT_MAX);
	assert_int_equal(e.cursor, LINEEDIT_MAX);
	check_invariants(&e);
	lineedit_free(&e);
	memcpy(big + LINEEDIT_MAX - 1, KAN, 3);
	lineedit_init(&e, big);
	assert_int_equal(e.len, LINEEDIT_MAX - 1);
	check_invariants(&e);
	lineedit_free(&e);
	big[LINEEDIT_MAX - 2] = '\0';
	memcpy(big + LINEEDIT_MAX - 5, KAN, 3);
	lineedit_init(&e, big);
	assert_int_equal(e.len, LINEEDIT_MAX - 2);
	lineedit_free(&e);
	free(big);
}

static void
test_every_key_on_empty_line(void **state)
{
	static const char *keys[] = {
		"Left", "C-b", "Right", "C-f", "M-b", "M-f", "Home", "C-a", "End", "C-e",
		"BSpace", "C-h", "Delete", "C-d", "C-u", "C-k", "C-w",
	};
	struct lineedit e;
	size_t i;

	lineedit_init(&e, NULL);
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		assert_true(lineedit_key(&e, keys[i]));
		assert_string_equal(st(&e), "|");
	}
	assert_true(lineedit_key(&e, "Space"));
	assert_string_equal(st(&e), " |");
	lineedit_free(&e);
}

static void
test_move_by_cluster(void **state)
{
	static const char line[] = E_NFD KAN THUMB SKIN RI_F RI_R MAN ZWJ WOMAN "x";
	static const size_t stops[] = { 0, 3, 6, 14, 22, 33, 34 };
	struct lineedit e;
	size_t i;

	setup(&e, line);
	assert_int_equal(e.cursor, 34);
	for (i = 6; i-- > 0;) {
		assert_true(lineedit_key(&e, i % 2 ? "Left" : "C-b"));
		assert_int_equal(e.cursor, stops[i]);
		check_invariants(&e);
	}
	press(&e, "Left", "C-b", NULL);
	assert_int_equal(e.cursor, 0);
	for (i = 1; i < 7; i++) {
		assert_true(lineedit_key(&e, i % 2 ? "Right" : "C-f"));
		assert_int_equal(e.cursor, stops[i]);
		check_invariants(&e);
	}
	press(&e, "Right", "C-f", NULL);
	assert_int_equal(e.cursor, 34);
	lineedit_free(&e);

	assert_keys("ab|c", "Home", "|abc");
	assert_keys("ab|c", "C-a", "|abc");
	assert_keys("a|bc", "End", "abc|");
	assert_keys("a|bc", "C-e", "abc|");
	assert_keys(KAN "|" JI, "Left", "|" KAN JI);
	assert_keys(KAN "|" JI, "Right", KAN JI "|");
}

static void
test_words(void **state)
{
	static const char *back[] = {
		"Hello, w" U_UML "rld  " KAN JI " foo-|bar",
		"Hello, w" U_UML "rld  " KAN JI " |foo-bar",
		"Hello, w" U_UML "rld  |" KAN JI " foo-bar",
		"Hello, |w" U_UML "rld  " KAN JI " foo-bar",
		"|Hello, w" U_UML "rld  " KAN JI " foo-bar",
		"|Hello, w" U_UML "rld  " KAN JI " foo-bar",
	};
	static const char *fwd[] = {
		"Hello|, w" U_UML "rld  " KAN JI " foo-bar",
		"Hello, w" U_UML "rld|  " KAN JI " foo-bar",
		"Hello, w" U_UML "rld  " KAN JI "| foo-bar",
		"Hello, w" U_UML "rld  " KAN JI " foo|-bar",
		"Hello, w" U_UML "rld  " KAN JI " foo-bar|",
		"Hello, w" U_UML "rld  " KAN JI " foo-bar|",
	};
	struct lineedit e;
	size_t i;

	setup(&e, "Hello, w" U_UML "rld  " KAN JI " foo-bar");
	for (i = 0; i < 6; i++) {
		assert_true(lineedit_key(&e, "M-b"));
		assert_string_equal(st(&e), back[i]);
	}
	for (i = 0; i < 6; i++) {
		assert_true(lineedit_key(&e, "M-f"));
		assert_string_equal(st(&e), fwd[i]);
	}
	lineedit_free(&e);

	/* Unicode punctuation and spaces separate words; marks stay inside them */
	assert_keys("|\xC2\xAB" "Oui\xC2\xBB \xE2\x80\x94 dit-il", "M-f",
	    "\xC2\xAB" "Oui|\xC2\xBB \xE2\x80\x94 dit-il");
	assert_keys("a" NBSP "bc|", "M-b", "a" NBSP "|bc");
	assert_keys("foo\xE2\x80\x94" "bar|", "M-b", "foo\xE2\x80\x94|bar");
	assert_keys(KAN "\xE3\x80\x81" JI "|", "C-w", KAN "\xE3\x80\x81|");
	assert_keys("|\xC2\xBF" "Qu" E_NFC "?", "M-f", "\xC2\xBF" "Qu" E_NFC "|?");
	assert_keys("S\xC2\xBF" "Qu" E_NFC "|", "M-b", "S\xC2\xBF|" "Qu" E_NFC);
	assert_keys("|" E_NFD "t" E_NFD " x", "M-f", E_NFD "t" E_NFD "| x");
	assert_keys("x " E_NFD "t" E_NFD "|", "M-b", "x |" E_NFD "t" E_NFD);
	assert_keys("  |", "M-b", "|  ");
	assert_keys("|  ", "M-f", "  |");

	/* C-w deletes back to the start of that word */
	setup(&e, "Hello, w" U_UML "rld  " KAN JI " foo-bar");
	press(&e, "C-w", NULL);
	assert_string_equal(st(&e), "Hello, w" U_UML "rld  " KAN JI " foo-|");
	press(&e, "C-w", NULL);
	assert_string_equal(st(&e), "Hello, w" U_UML "rld  " KAN JI " |");
	press(&e, "C-w", NULL);
	assert_string_equal(st(&e), "Hello, w" U_UML "rld  |");
	press(&e, "C-w", "C-w", NULL);
	assert_string_equal(st(&e), "|");
	lineedit_free(&e);
	assert_keys("one tw|o three", "C-w", "one |o three");
	assert_keys("|one", "C-w", "|one");
	assert_keys("  |x", "C-w", "|x");
}

static void
test_backspace_and_delete(void **state)
{
	assert_keys("ab|c", "BSpace", "a|c");
	assert_keys("ab|c", "C-h", "a|c");
	assert_keys("|abc", "BSpace", "|abc");
	assert_keys("a" E_NFD "|b", "BSpace", "a|b");
	assert_keys("a" KAN "|b", "C-h", "a|b");
	assert_keys("a" THUMB SKIN "|b", "BSpace", "a|b");
	assert_keys("a" RI_F RI_R "|b", "BSpace", "a|b");
	assert_keys("a" MAN ZWJ WOMAN "|b", "BSpace", "a|b");
	assert_keys("a" JAMO_L JAMO_V "|b", "BSpace", "a|b");

	assert_keys("a|bc", "Delete", "a|c");
	assert_keys("a|bc", "C-d", "a|c");
	assert_keys("abc|", "Delete", "abc|");
	assert_keys("a|" E_NFD "b", "Delete", "a|b");
	assert_keys("a|" THUMB SKIN "b", "C-d", "a|b");
	assert_keys("a|" MAN ZWJ WOMAN "b", "Delete", "a|b");
	assert_keys("a|" RI_F RI_R RI_D "b", "Delete", "a|" RI_D "b");

	/* a deletion that joins two regional indicators into a flag: the cursor goes to
	 * the flag's start, never inside it */
	assert_keys(RI_F "x|" RI_R, "BSpace", "|" RI_F RI_R);
	assert_keys(RI_F "|x" RI_R, "Delete", "|" RI_F RI_R);
	assert_keys("a" MAN ZWJ "x|" WOMAN, "BSpace", "a|" MAN ZWJ WOMAN);

	assert_keys("ab|cd", "C-u", "|cd");
	assert_keys("|abcd", "C-u", "|abcd");
	assert_keys("abcd|", "C-u", "|");
	assert_keys(KAN "|" JI, "C-u", "|" JI);
	assert_keys("ab|cd", "C-k", "ab|");
	assert_keys("abcd|", "C-k", "abcd|");
	assert_keys("|abcd", "C-k", "|");
	assert_keys(KAN "|" JI, "C-k", KAN "|");
}

static void
test_typing(void **state)
{
	struct lineedit e;

	lineedit_init(&e, NULL);
	press(&e, "J", E_NFC, "Space", U_UML, KAN, JI, THUMB, " ", "?", NULL);
	assert_string_equal(st(&e), "J" E_NFC " " U_UML KAN JI THUMB " ?|");
	press(&e, "Home", "Right", "x", NULL);
	assert_string_equal(st(&e), "Jx|" E_NFC " " U_UML KAN JI THUMB " ?");
	lineedit_free(&e);

	/* a combining mark typed after a letter joins its cluster, the cursor after it */
	lineedit_init(&e, NULL);
	press(&e, "e", ACUTE, NULL);
	assert_string_equal(st(&e), E_NFD "|");
	press(&e, "Left", NULL);
	assert_string_equal(st(&e), "|" E_NFD);
	press(&e, "End", "BSpace", NULL);
	assert_string_equal(st(&e), "|");
	press(&e, "a", "b", "Left", ACUTE, NULL);
	assert_string_equal(st(&e), "a" ACUTE "|b");
	lineedit_free(&e);

	/* a mark typed at the start stands alone; a letter typed before it takes it */
	lineedit_init(&e, "abc");
	press(&e, "Home", ACUTE, NULL);
	assert_string_equal(st(&e), ACUTE "|abc");
	press(&e, "Home", "e", NULL);
	assert_string_equal(st(&e), E_NFD "|abc");
	lineedit_free(&e);

	/* a key naming a whole cluster is typed as one */
	lineedit_init(&e, NULL);
	press(&e, E_NFD, NULL);
	assert_string_equal(st(&e), E_NFD "|");
	lineedit_free(&e);

	/* emoji typed one code point at a time build one cluster */
	lineedit_init(&e, NULL);
	press(&e, THUMB, SKIN, NULL);
	assert_string_equal(st(&e), THUMB SKIN "|");
	press(&e, "Left", NULL);
	assert_int_equal(e.cursor, 0);
	press(&e, "End", MAN, ZWJ, WOMAN, NULL);
	assert_string_equal(st(&e), THUMB SKIN MAN ZWJ WOMAN "|");
	press(&e, "BSpace", NULL);
	assert_string_equal(st(&e), THUMB SKIN "|");
	press(&e, RI_F, RI_R, NULL);
	assert_string_equal(st(&e), THUMB SKIN RI_F RI_R "|");
	press(&e, "Left", NULL);
	assert_string_equal(st(&e), THUMB SKIN "|" RI_F RI_R);
	press(&e, "C-k", JAMO_L, JAMO_V, "Left", NULL);
	assert_string_equal(st(&e), THUMB SKIN "|" JAMO_L JAMO_V);
	lineedit_free(&e);

	/* a regional indicator typed between a flag and a lone one: boundaries recounted */
	setup(&e, RI_F RI_R "|" RI_D);
	press(&e, RI_E, NULL);
	assert_string_equal(st(&e), RI_F RI_R RI_E RI_D "|");
	lineedit_free(&e);
}

static void
test_keys_not_the_editors(void **state)
{
	static const char *keys[] = {
		"Enter", "Esc", "Tab", "BTab", "Up", "Down", "PgUp", "PgDn", "Insert", "F1",
		"C-x", "C-g", "C-Space", "M-x", "M-d", "M-", "C-", "", "ab", E_NFC "x",
		"\x01", "\n", "\x7f", "\x1b", "\xFF", "\xC3", "\xC0\xAF", "\xED\xA0\x80", RLO,
		NEL, LSEP, "left", "space", "bspace",
	};
	struct lineedit e;
	size_t i;

	setup(&e, "ab|c");
	for (i = 0; i < sizeof keys / sizeof keys[0]; i++) {
		assert_false(lineedit_key(&e, keys[i]));
		assert_string_equal(st(&e), "ab|c");
	}
	assert_false(lineedit_key(&e, NULL));
	assert_string_equal(st(&e), "ab|c");
	lineedit_free(&e);
}

static void
assert_insert(const char *marked, const char *s, size_t n, const char *want)
{
	struct lineedit e;

	setup(&e, marked);
	assert_true(lineedit_insert(&e, s, n));
	assert_string_equal(st(&e), want);
	lineedit_free(&e);
}

static void
test_insert_drops_controls_and_invalid(void **state)
{
	assert_insert("|", "a\0b", 3, "ab|");
	assert_insert("|", "x\xFFy\xC3", 4, "xy|");
	assert_insert("|", "\xC0\xAF", 2, "|");
	assert_insert("|", "\xED\xA0\x80", 3, "|");
	assert_insert("|", "\xF4\x90\x80\x80", 4, "|");
	assert_insert("|", "\xE6\xBC", 2, "|");
	assert_insert("|", "\xE6\xBC" "a", 3, "a|");
	assert_insert("a|b", "\t\n\r\x1b\x7f\x01\x1f", 7, "a|b");
	assert_insert("|", "\x1b[31mred\x1b[0m", 12, "[31mred[0m|");
	assert_insert("|", "a" RLO "b" BOM "c" NEL "d" LSEP "e", 16, "abcde|");
	assert_insert("|", FFFD, 3, FFFD "|");
	assert_insert("|", "abcdef", 3, "abc|");
	assert_insert("ab|cd", "XY", 2, "abXY|cd");
	assert_insert("ab|cd", KAN "\n" JI, 7, "ab" KAN JI "|cd");
	assert_insert("ab|cd", NULL, 0, "ab|cd");
	assert_insert("ab|cd", "", 0, "ab|cd");
	/* a paste that starts with a mark joins the cluster before it */
	assert_insert("e|x", ACUTE "y", 3, E_NFD "y|x");
}

static void
test_max(void **state)
{
	struct lineedit e;
	char *big;
	size_t n = (size_t)1 << 20;

	big = xmalloc(n);
	memset(big, 'a', n);
	lineedit_init(&e, NULL);
	assert_false(lineedit_insert(&e, big, LINEEDIT_MAX + 1));
	assert_string_equal(st(&e), "|");
	assert_false(lineedit_insert(&e, big, n));
	assert_string_equal(st(&e), "|");
	/* what counts is what would be inserted, after dropping controls */
	big[0] = '\x01';
	assert_true(lineedit_insert(&e, big, LINEEDIT_MAX + 1));
	assert_int_equal(e.len, LINEEDIT_MAX);
	big[0] = 'a';
	lineedit_free(&e);

	lineedit_init(&e, NULL);
	assert_true(lineedit_insert(&e, big, LINEEDIT_MAX));
	assert_int_equal(e.len, LINEEDIT_MAX);
	press(&e, "Left", NULL);
	assert_false(lineedit_insert(&e, "b", 1));
	/* typed keys are still the editor's (never commands) but change nothing */
	assert_true(lineedit_key(&e, "b"));
	assert_true(lineedit_key(&e, "Space"));
	assert_true(lineedit_key(&e, ACUTE));
	assert_int_equal(e.len, LINEEDIT_MAX);
	assert_int_equal(e.cursor, LINEEDIT_MAX - 1);
	assert_null(strchr(e.s, 'b'));
	check_invariants(&e);
	/* refusing nothing: an empty or all-control insert is not an overflow */
	assert_true(lineedit_insert(&e, "", 0));
	assert_true(lineedit_insert(&e, "\x01\x02", 2));
	press(&e, "BSpace", NULL);
	assert_int_equal(e.len, LINEEDIT_MAX - 1);
	assert_false(lineedit_insert(&e, KAN, 3));
	assert_false(lineedit_insert(&e, "bc", 2));
	assert_int_equal(e.len, LINEEDIT_MAX - 1);
	assert_true(lineedit_insert(&e, "b", 1));
	assert_int_equal(e.len, LINEEDIT_MAX);
	assert_int_equal(e.s[LINEEDIT_MAX - 2], 'b');
	check_invariants(&e);
	lineedit_free(&e);
	free(big);
}

/* "start/col" of the view at each cursor stop from Home to End, joined by spaces. */
static const char *
views(const char *line, int cols)
{
	static char out[512];
	struct lineedit e;
	size_t start, used = 0;
	int col;

	setup(&e, line);
	press(&e, "Home", NULL);
	for (;;) {
		lineedit_view(&e, cols, &start, &col);
		used += (size_t)snprintf(out + used, sizeof out - used, "%s%zu/%d",
		    used > 0 ? " " : "", start, col);
		assert_true(used < sizeof out);
		if (e.cursor == e.len)
			break;
		press(&e, "Right", NULL);
	}
	lineedit_free(&e);
	return out;
}

static void
test_view(void **state)
{
	struct lineedit e;
	size_t start = 99;
	int col = 99;

	lineedit_init(&e, "abc");
	lineedit_view(&e, 0, &start, &col);
	assert_int_equal(start, 0);
	assert_int_equal(col, 0);
	lineedit_view(&e, -5, &start, &col);
	assert_int_equal(start, 0);
	assert_int_equal(col, 0);
	lineedit_free(&e);

	assert_string_equal(views("", 1), "0/0");
	assert_string_equal(views("abc", 10), "0/0 0/1 0/2 0/3");
	assert_string_equal(views("abc", 4), "0/0 0/1 0/2 0/3");
	/* at the end the cursor may take the last column; with text after it, not */
	assert_string_equal(views("abc", 3), "0/0 0/1 1/1 1/2");
	assert_string_equal(views("abc", 2), "0/0 1/0 2/0 2/1");
	assert_string_equal(views("abc", 1), "0/0 1/0 2/0 3/0");
	/* half-field steps: the text stands still while the cursor moves within one */
	assert_string_equal(views("abcdefghij", 4),
	    "0/0 0/1 0/2 2/1 2/2 4/1 4/2 6/1 6/2 8/1 8/2");
	assert_string_equal(views("abcdefghijklmnopqrstu", 10),
	    "0/0 0/1 0/2 0/3 0/4 0/5 0/6 0/7 0/8 5/4 5/5 5/6 5/7 5/8 10/4 10/5 10/6 10/7 "
	    "10/8 15/4 15/5 15/6");
}

static void
test_view_wide(void **state)
{
	/* 漢字漢字漢: five two-column characters at bytes 0, 3, 6, 9, 12 */
	static const char five[] = KAN JI KAN JI KAN;

	assert_string_equal(views(five, 20), "0/0 0/2 0/4 0/6 0/8 0/10");
	assert_string_equal(views(five, 4), "0/0 0/2 3/2 6/2 9/2 12/2");
	assert_string_equal(views(five, 3), "0/0 3/0 6/0 9/0 12/0 12/2");
	/* too narrow for a character and the cursor after it: the cursor alone */
	assert_string_equal(views(five, 2), "0/0 3/0 6/0 9/0 12/0 15/0");
	assert_string_equal(views(five, 1), "0/0 3/0 6/0 9/0 12/0 15/0");
	/* the scroll column falls inside 漢: the view starts after it, not inside */
	assert_string_equal(views("a" KAN JI, 3), "0/0 0/1 4/0 4/2");
	assert_string_equal(views("ab" KAN "cd", 3), "0/0 0/1 1/1 5/0 5/1 5/2");
	/* zero-width, combining and emoji clusters */
	assert_string_equal(views(E_NFD E_NFD E_NFD, 2), "0/0 3/0 6/0 6/1");
	assert_string_equal(views(THUMB SKIN "x" RI_F RI_R, 3), "0/0 8/0 8/1 9/2");
}

/* The view's contract at cols columns, checked for e's line and cursor. */
static void
check_view(const struct lineedit *e, int cols)
{
	size_t start, fit, n;
	int col, w, x, limit;

	lineedit_view(e, cols, &start, &col);
	if (cols <= 0) {
		assert_int_equal(start, 0);
		assert_int_equal(col, 0);
		return;
	}
	assert_true(start <= e->cursor);
	assert_true(is_boundary(e->s, e->len, start));
	assert_int_equal(col, text_width(e->s + start, e->cursor - start));
	assert_true(col >= 0 && col < cols);
	/* what the caller draws, the whole clusters fitting from start, shows the cursor */
	fit = text_prefix_fit(e->s + start, e->len - start, cols, NULL);
	assert_true(start + fit >= e->cursor);
	if (e->cursor < e->len && cols >= 2) {
		n = text_grapheme(e->s, e->len, e->cursor, &w, NULL);
		assert_true(w <= 2);
		assert_true(col <= cols - 2);
		assert_true(start + fit >= e->cursor + n);
	}
	/* no scrolling while the cursor fits from the start */
	x = text_width(e->s, e->cursor);
	limit = e->cursor < e->len && cols >= 2 ? cols - 2 : cols - 1;
	if (x <= limit)
		assert_int_equal(start, 0);
	else
		assert_true(start > 0);
}

static uint32_t
lcg(uint32_t *seed)
{
	*seed = *seed * 1103515245u + 12345u;
	return *seed >> 8;
}

static void
test_random_edits_keep_invariants(void **state)
{
	static const char *keys[] = {
		"Left", "C-b", "Right", "C-f", "M-b", "M-f", "Home", "C-a", "End", "C-e",
		"BSpace", "C-h", "Delete", "C-d", "C-u", "C-k", "C-w", "Space", "Enter", "Esc",
		"a", "Z", "-", ",", E_NFC, U_UML, ACUTE, KAN, JI, THUMB, SKIN, RI_F, RI_R, ZWJ, MAN,
		WOMAN, JAMO_L, JAMO_V, NBSP, "\x01", "\xFF",
	};
	static const char *pastes[] = {
		"hello world", "\xFF\x01" "ab\x1b[1m" KAN, E_NFD E_NFD, RI_F RI_R RI_F,
		MAN ZWJ WOMAN ZWJ, "\xE6\xBC", ACUTE ACUTE ACUTE, "x\r\ny\tz", RLO BOM "q",
	};
	static const int widths[] = { -1, 0, 1, 2, 3, 4, 7, 80 };
	struct lineedit e;
	uint32_t seed = 7;
	struct buf kanji;
	size_t i, k, c, before, refused = 0;
	bool ok;

	buf_init(&kanji);
	for (i = 0; i < 100; i++)
		buf_adds(&kanji, KAN);
	lineedit_init(&e, "start " KAN);
	for (i = 0; i < 5000; i++) {
		k = lcg(&seed) % 64;
		before = e.len;
		if (k < sizeof keys / sizeof keys[0]) {
			lineedit_key(&e, keys[k]);
		} else if (k < 60) {
			k = lcg(&seed) % (sizeof pastes / sizeof pastes[0]);
			lineedit_insert(&e, pastes[k], strlen(pastes[k]));
		} else {
			ok = lineedit_insert(&e, kanji.s, kanji.len);
			assert_true(ok == (before + kanji.len <= LINEEDIT_MAX));
			assert_int_equal(e.len, ok ? before + kanji.len : before);
			refused += !ok;
		}
		check_invariants(&e);
		for (c = 0; c < sizeof widths / sizeof widths[0]; c++)
			check_view(&e, widths[c]);
		if (i % 400 == 399)
			press(&e, "Home", "C-k", NULL);
	}
	assert_true(refused > 10); /* the lines did reach LINEEDIT_MAX */
	lineedit_free(&e);
	buf_free(&kanji);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_init),
		cmocka_unit_test(test_every_key_on_empty_line),
		cmocka_unit_test(test_move_by_cluster),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_backspace_and_delete),
		cmocka_unit_test(test_typing),
		cmocka_unit_test(test_keys_not_the_editors),
		cmocka_unit_test(test_insert_drops_controls_and_invalid),
		cmocka_unit_test(test_max),
		cmocka_unit_test(test_view),
		cmocka_unit_test(test_view_wide),
		cmocka_unit_test(test_random_edits_keep_invariants),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
