/* lineedit.c: the one-line prompt editor: edits by grapheme cluster, scrolls by display column. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "lineedit.h"
#include "text.h"
#include "util.h"

#define LINEEDIT_BOM 0xFEFF

enum lineedit_op {
	LINEEDIT_LEFT,
	LINEEDIT_RIGHT,
	LINEEDIT_WORD_LEFT,
	LINEEDIT_WORD_RIGHT,
	LINEEDIT_HOME,
	LINEEDIT_END,
	LINEEDIT_BACKSPACE,
	LINEEDIT_DELETE,
	LINEEDIT_KILL_START,
	LINEEDIT_KILL_END,
	LINEEDIT_KILL_WORD,
	LINEEDIT_SPACE,
	LINEEDIT_OP_COUNT
};

static const struct {
	const char *key;
	enum lineedit_op op;
} lineedit_keys[] = {
	{ "Left", LINEEDIT_LEFT },           { "C-b", LINEEDIT_LEFT },
	{ "Right", LINEEDIT_RIGHT },         { "C-f", LINEEDIT_RIGHT },
	{ "M-b", LINEEDIT_WORD_LEFT },       { "M-f", LINEEDIT_WORD_RIGHT },
	{ "Home", LINEEDIT_HOME },           { "C-a", LINEEDIT_HOME },
	{ "End", LINEEDIT_END },             { "C-e", LINEEDIT_END },
	{ "BSpace", LINEEDIT_BACKSPACE },    { "C-h", LINEEDIT_BACKSPACE },
	{ "Delete", LINEEDIT_DELETE },       { "C-d", LINEEDIT_DELETE },
	{ "C-u", LINEEDIT_KILL_START },      { "C-k", LINEEDIT_KILL_END },
	{ "C-w", LINEEDIT_KILL_WORD },       { "Space", LINEEDIT_SPACE },
};

/* Makes room for need bytes plus the NUL. need never exceeds LINEEDIT_MAX. */
static void
lineedit_reserve(struct lineedit *e, size_t need)
{
	size_t cap = e->cap < 64 ? 64 : e->cap;

	if (need < e->cap)
		return;
	while (cap <= need)
		cap *= 2;
	e->s = xrealloc(e->s, cap);
	e->cap = cap;
}

/*
 * The cluster holding byte pos (< len): its start goes to *start, its end is returned.
 * Clusters are always counted from the start of the line: where one ends can depend on
 * everything before it (pairs of regional indicators), so starting anywhere else could
 * disagree with the clusters the user sees.
 */
static size_t
lineedit_cluster(const char *s, size_t len, size_t pos, size_t *start)
{
	size_t p = 0, n;
	int w;

	for (;;) {
		n = text_grapheme(s, len, p, &w, NULL);
		if (p + n > pos) {
			*start = p;
			return p + n;
		}
		p += n;
	}
}

/* Words are what M-b, M-f and C-w move over: anything but white space and punctuation,
 * so "Jean-Luc" is two words and "漢字" one. Only the cluster's first code point counts. */
static bool
lineedit_is_word(const char *s, size_t len, size_t pos)
{
	long cp = text_decode(s, len, &pos);

	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
		    (cp >= 'A' && cp <= 'Z');
	if (cp == 0xA0 || cp == 0xA1 || cp == 0xAB || cp == 0xBB || cp == 0xBF)
		return false; /* no-break space, inverted marks, guillemets */
	if (cp >= 0x2000 && cp <= 0x206F)
		return false; /* general punctuation: spaces, dashes, quotes, ellipsis */
	if (cp >= 0x3000 && cp <= 0x3003)
		return false; /* ideographic space, comma, full stop */
	if (cp >= 0x3008 && cp <= 0x3011)
		return false; /* CJK brackets */
	return true;
}

/* The start of the last word that begins before the cursor, or 0. */
static size_t
lineedit_word_left(const struct lineedit *e)
{
	size_t p = 0, n, found = 0;
	bool prev_word = false, word;
	int w;

	while (p < e->cursor) {
		n = text_grapheme(e->s, e->len, p, &w, NULL);
		word = lineedit_is_word(e->s, e->len, p);
		if (word && !prev_word)
			found = p;
		prev_word = word;
		p += n;
	}
	return found;
}

/* The end of the first word that ends after the cursor, or the end of the line. */
static size_t
lineedit_word_right(const struct lineedit *e)
{
	size_t p = 0, n;
	bool in_word = false, word;
	int w;

	while ((n = text_grapheme(e->s, e->len, p, &w, NULL)) > 0) {
		if (p >= e->cursor) {
			word = lineedit_is_word(e->s, e->len, p);
			if (in_word && !word)
				break;
			in_word = word;
		}
		p += n;
	}
	return p;
}

/*
 * Removes s[from..to) and puts the cursor at from. When the removal joined its two
 * neighbours into one cluster (two regional indicators meeting make a flag) the cursor
 * goes back to where that cluster starts rather than land inside it.
 */
static void
lineedit_remove(struct lineedit *e, size_t from, size_t to)
{
	size_t start;

	memmove(e->s + from, e->s + to, e->len - to + 1);
	e->len -= to - from;
	e->cursor = from;
	if (from < e->len) {
		lineedit_cluster(e->s, e->len, from, &start);
		e->cursor = start;
	}
}

/* Appends the insertable part of s[0..n) to b, stopping once b exceeds limit bytes:
 * invalid bytes, controls (C0, DEL, C1, line separators, bidi controls) and BOMs go. */
static void
lineedit_filter(struct buf *b, const char *s, size_t n, size_t limit)
{
	size_t pos = 0, at;
	long cp;
	int w;
	bool ctl;

	while (pos < n && b->len <= limit) {
		at = pos;
		cp = text_decode(s, n, &pos);
		if (!text_valid_utf8(s + at, pos - at))
			continue;
		text_grapheme(s + at, pos - at, 0, &w, &ctl);
		if (ctl || cp == LINEEDIT_BOM)
			continue;
		buf_add(b, s + at, pos - at);
	}
}

void
lineedit_init(struct lineedit *e, const char *initial)
{
	size_t len, pos = 0, n, i;
	char *clean;
	int w;

	memset(e, 0, sizeof *e);
	if (initial == NULL)
		initial = "";
	/* text_clean also removes whole escape sequences, not only their ESC */
	clean = text_clean(initial, strlen(initial), &len);
	for (i = 0; i < len; i++) {
		if (clean[i] == '\n')
			clean[i] = ' '; /* so the lines of a note stay apart as words */
	}
	while ((n = text_grapheme(clean, len, pos, &w, NULL)) > 0 && pos + n <= LINEEDIT_MAX)
		pos += n;
	lineedit_reserve(e, pos);
	memcpy(e->s, clean, pos);
	e->s[pos] = '\0';
	e->len = pos;
	e->cursor = pos;
	free(clean);
}

void
lineedit_free(struct lineedit *e)
{
	free(e->s);
	memset(e, 0, sizeof *e);
}

bool
lineedit_insert(struct lineedit *e, const char *s, size_t n)
{
	struct buf b;
	size_t at, start;

	buf_init(&b);
	if (s != NULL)
		lineedit_filter(&b, s, n, LINEEDIT_MAX - e->len);
	if (b.len > LINEEDIT_MAX - e->len) {
		buf_free(&b);
		return false;
	}
	if (b.len > 0) {
		lineedit_reserve(e, e->len + b.len);
		at = e->cursor;
		memmove(e->s + at + b.len, e->s + at, e->len - at + 1);
		memcpy(e->s + at, b.s, b.len);
		e->len += b.len;
		/* after the cluster holding the last byte typed: a combining mark joins the
		 * letter before it, a letter typed before a lone mark takes the mark */
		e->cursor = lineedit_cluster(e->s, e->len, at + b.len - 1, &start);
	}
	buf_free(&b);
	return true;
}

static void
lineedit_apply(struct lineedit *e, enum lineedit_op op)
{
	size_t start;

	switch (op) {
	case LINEEDIT_LEFT:
		if (e->cursor > 0) {
			lineedit_cluster(e->s, e->len, e->cursor - 1, &start);
			e->cursor = start;
		}
		break;
	case LINEEDIT_RIGHT:
		if (e->cursor < e->len)
			e->cursor = lineedit_cluster(e->s, e->len, e->cursor, &start);
		break;
	case LINEEDIT_WORD_LEFT:
		e->cursor = lineedit_word_left(e);
		break;
	case LINEEDIT_WORD_RIGHT:
		e->cursor = lineedit_word_right(e);
		break;
	case LINEEDIT_HOME:
		e->cursor = 0;
		break;
	case LINEEDIT_END:
		e->cursor = e->len;
		break;
	case LINEEDIT_BACKSPACE:
		if (e->cursor > 0) {
			lineedit_cluster(e->s, e->len, e->cursor - 1, &start);
			lineedit_remove(e, start, e->cursor);
		}
		break;
	case LINEEDIT_DELETE:
		if (e->cursor < e->len)
			lineedit_remove(e, e->cursor,
			    lineedit_cluster(e->s, e->len, e->cursor, &start));
		break;
	case LINEEDIT_KILL_START:
		lineedit_remove(e, 0, e->cursor);
		break;
	case LINEEDIT_KILL_END:
		lineedit_remove(e, e->cursor, e->len);
		break;
	case LINEEDIT_KILL_WORD:
		lineedit_remove(e, lineedit_word_left(e), e->cursor);
		break;
	case LINEEDIT_SPACE:
		lineedit_insert(e, " ", 1);
		break;
	case LINEEDIT_OP_COUNT:
		fatal("lineedit: bad operation");
	}
}

bool
lineedit_key(struct lineedit *e, const char *key)
{
	size_t i, len;
	int w;
	bool ctl;

	if (key == NULL)
		return false;
	for (i = 0; i < sizeof lineedit_keys / sizeof lineedit_keys[0]; i++) {
		if (strcmp(key, lineedit_keys[i].key) == 0) {
			lineedit_apply(e, lineedit_keys[i].op);
			return true;
		}
	}
	/* Any other key is typed text only when it is one printable cluster; names such
	 * as "Enter" or "C-x" are several clusters and go back to the caller. A refusal
	 * at LINEEDIT_MAX still consumes the key: it must not run as a command. */
	len = strlen(key);
	if (len == 0 || !text_valid_utf8(key, len))
		return false;
	if (text_grapheme(key, len, 0, &w, &ctl) != len || ctl)
		return false;
	lineedit_insert(e, key, len);
	return true;
}

/*
 * The view depends on the line alone (the struct keeps no scroll position), so it
 * scrolls in steps of half the field: the text stands still while the cursor moves
 * within a step, instead of sliding under it one column per key.
 */
void
lineedit_view(const struct lineedit *e, int cols, size_t *start, int *cursor_col)
{
	size_t p = 0, n;
	int x, limit, step, scroll, col = 0, w;

	*start = 0;
	*cursor_col = 0;
	if (cols <= 0)
		return;
	x = text_width(e->s, e->cursor);
	/* the rightmost column the cursor may take: off the last one when text follows, so
	 * the cluster under it (at most two columns wide) is whole on screen */
	limit = e->cursor < e->len && cols >= 2 ? cols - 2 : cols - 1;
	if (x <= limit) {
		*cursor_col = x;
		return;
	}
	step = cols / 2 > 0 ? cols / 2 : 1;
	scroll = (x - limit + step - 1) / step * step;
	/* the first cluster at or right of the scroll column, so that a wide character
	 * straddling it is left out rather than cut; step <= limit + 1 keeps p <= cursor */
	while (col < scroll && (n = text_grapheme(e->s, e->len, p, &w, NULL)) > 0) {
		col += w;
		p += n;
	}
	*start = p;
	*cursor_col = x - col;
}
