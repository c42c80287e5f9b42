/* parse_text.c: plain text to an article: header lines, headline, hard-wrapped paragraphs. */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse.h"
#include "text.h"
#include "util.h"

/* A headline is a short line; a long one or a full sentence is the start of the body. */
#define HEADLINE_MAX_BYTES 150
#define HEADLINE_SENTENCE_MAX_BYTES 60
/* A derived title is the first sentence cut to this many columns. */
#define TITLE_COLS 100
/* Only this much of the first paragraph is searched for the end of the first sentence,
 * so a 50 MB line costs no more than a short one. */
#define SENTENCE_SCAN_BYTES 4096

struct line {
	const char *s;
	size_t len;
};

/* text_next_line: the line starting at *pos of s[0..len) (without its '\n'), advancing
 * *pos past it. Returns false at the end. */
static bool
text_next_line(const char *s, size_t len, size_t *pos, struct line *l)
{
	const char *nl;

	if (*pos >= len)
		return false;
	l->s = s + *pos;
	nl = memchr(l->s, '\n', len - *pos);
	l->len = nl != NULL ? (size_t)(nl - l->s) : len - *pos;
	*pos += l->len + (nl != NULL ? 1 : 0);
	return true;
}

static void
text_trim(struct line *l)
{
	while (l->len > 0 && l->s[0] == ' ') {
		l->s++;
		l->len--;
	}
	while (l->len > 0 && l->s[l->len - 1] == ' ')
		l->len--;
}

static bool
text_blank(struct line l)
{
	text_trim(&l);
	return l.len == 0;
}

/* text_add_collapsed: appends l with runs of spaces made one. */
static void
text_add_collapsed(struct buf *b, struct line l)
{
	size_t i = 0, start;

	while (i < l.len) {
		start = i;
		while (i < l.len && l.s[i] != ' ')
			i++;
		buf_add(b, l.s + start, i - start);
		if (i < l.len) {
			buf_addc(b, ' ');
			while (i < l.len && l.s[i] == ' ')
				i++;
		}
	}
}

static const char *const text_months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
};

/* text_month: 1..12 for an English month name or its three-letter (or "Sept")
 * abbreviation, optionally followed by '.'; 0 otherwise. */
static int
text_month(const char *w, size_t n)
{
	static const char *const full[] = {
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"
	};
	int m;

	if (n > 0 && w[n - 1] == '.')
		n--;
	for (m = 0; m < 12; m++) {
		if ((n == 3 && strncasecmp(w, text_months[m], 3) == 0) ||
		    (n == strlen(full[m]) && strncasecmp(w, full[m], n) == 0) ||
		    (m == 8 && n == 4 && strncasecmp(w, "sept", 4) == 0))
			return m + 1;
	}
	return 0;
}

static bool
text_digits(const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return false;
	for (i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

static bool
text_date_ok(int y, int m, int d)
{
	return y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static char *
text_iso(int y, int m, int d)
{
	if (!text_date_ok(y, m, d))
		return NULL;
	return xasprintf("%04d-%02d-%02d", y, m, d);
}

/* text_date: an ISO 8601 date from the forms people write in a "Date:" line:
 * "2024-03-05" (kept whole when a time follows: "2024-03-05T09:30:00Z"), "2024/03/05",
 * "5 March 2024", "March 5, 2024", each optionally after a weekday. NULL when the value
 * is none of these: an unreadable date would sort wrongly, so it is not stored. */
static char *
text_date(const char *v, size_t n)
{
	struct line w[4];
	size_t nw = 0, i = 0, start;
	int y, m, d;

	if (n >= 10 && text_digits(v, 4) && (v[4] == '-' || v[4] == '/') && text_digits(v + 5, 2) &&
	    v[7] == v[4] && text_digits(v + 8, 2) && (n == 10 || v[10] == 'T' || v[10] == ' ')) {
		y = atoi(v);
		m = atoi(v + 5);
		d = atoi(v + 8);
		if (!text_date_ok(y, m, d))
			return NULL;
		if (v[4] == '-' && n > 10 && v[10] == 'T') {
			for (i = 11; i < n; i++)
				if (strchr("0123456789:.+-Z", v[i]) == NULL)
					return text_iso(y, m, d);
			return xstrndup(v, n);
		}
		return text_iso(y, m, d);
	}
	/* Words, with commas as separators. */
	while (i < n && nw < 4) {
		while (i < n && (v[i] == ' ' || v[i] == ','))
			i++;
		start = i;
		while (i < n && v[i] != ' ' && v[i] != ',')
			i++;
		if (i > start) {
			w[nw].s = v + start;
			w[nw].len = i - start;
			nw++;
		}
	}
	while (i < n && (v[i] == ' ' || v[i] == ','))
		i++;
	if (i < n)
		return NULL;
	if (nw == 4) { /* a leading weekday */
		memmove(w, w + 1, 3 * sizeof w[0]);
		nw = 3;
	}
	if (nw != 3 || !text_digits(w[2].s, w[2].len) || w[2].len != 4)
		return NULL;
	y = atoi(w[2].s);
	if (text_digits(w[0].s, w[0].len) && w[0].len <= 2 && (m = text_month(w[1].s, w[1].len)) > 0)
		d = atoi(w[0].s);
	else if ((m = text_month(w[0].s, w[0].len)) > 0 && text_digits(w[1].s, w[1].len) &&
	         w[1].len <= 2)
		d = atoi(w[1].s);
	else
		return NULL;
	return text_iso(y, m, d);
}

/* text_header: fills a's field when l is a "Key: value" header line quoth knows.
 * Returns false for any other line (which then starts the article). */
static bool
text_header(struct line l, struct article *a)
{
	static const struct {
		const char *key;
		int field;
	} keys[] = {
		{ "outlet", 0 }, { "date", 1 }, { "by", 2 }, { "byline", 2 }, { "url", 3 }
	};
	const char *colon = memchr(l.s, ':', l.len);
	struct line v;
	size_t k, klen;
	char **slot;

	if (colon == NULL)
		return false;
	klen = (size_t)(colon - l.s);
	v.s = colon + 1;
	v.len = l.len - klen - 1;
	text_trim(&v);
	if (v.len == 0)
		return false;
	for (k = 0; k < sizeof keys / sizeof keys[0]; k++) {
		if (strlen(keys[k].key) != klen || strncasecmp(l.s, keys[k].key, klen) != 0)
			continue;
		switch (keys[k].field) {
		case 0:
			slot = &a->outlet;
			break;
		case 1:
			slot = &a->date;
			break;
		case 2:
			slot = &a->byline;
			break;
		default:
			slot = &a->url;
			break;
		}
		if (*slot == NULL)
			*slot = keys[k].field == 1 ? text_date(v.s, v.len) : xstrndup(v.s, v.len);
		return true;
	}
	return false;
}

static bool
text_headline(struct line l)
{
	if (l.len == 0 || l.len > HEADLINE_MAX_BYTES)
		return false;
	return l.s[l.len - 1] != '.' || l.len <= HEADLINE_SENTENCE_MAX_BYTES;
}

/* text_abbreviation: true when the word ending just before the '.' at p[dot] is an
 * abbreviation or an initial, so that the '.' does not end a sentence. */
static bool
text_abbreviation(const char *p, size_t dot)
{
	static const char *const abbr[] = {
		"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "sen", "rep", "gov",
		"lt", "col", "capt", "sgt", "mt", "no", "vs", "etc", "inc", "co", "corp", "ltd",
		"jan", "feb", "aug", "sept", "oct", "nov", "dec", "e.g", "i.e", "u.s", "u.k"
	};
	size_t start = dot, k;

	while (start > 0 && p[start - 1] != ' ')
		start--;
	if (dot - start == 1)
		return true;
	for (k = 0; k < sizeof abbr / sizeof abbr[0]; k++)
		if (strlen(abbr[k]) == dot - start && strncasecmp(p + start, abbr[k], dot - start) == 0)
			return true;
	return false;
}

/* text_closer: the length of a closing quote or bracket at p[i], or 0. */
static size_t
text_closer(const char *p, size_t n, size_t i)
{
	if (p[i] == '"' || p[i] == '\'' || p[i] == ')')
		return 1;
	/* ’ and ” are E2 80 99 and E2 80 9D */
	if (i + 2 < n && (unsigned char)p[i] == 0xe2 && (unsigned char)p[i + 1] == 0x80 &&
	    ((unsigned char)p[i + 2] == 0x99 || (unsigned char)p[i + 2] == 0x9d))
		return 3;
	return 0;
}

/* text_first_sentence: the byte length of the first sentence of p[0..n), looking at no
 * more than SENTENCE_SCAN_BYTES; the scanned length, with *open set, when no end was
 * found in it. */
static size_t
text_first_sentence(const char *p, size_t n, bool *open)
{
	size_t lim = n < SENTENCE_SCAN_BYTES ? n : SENTENCE_SCAN_BYTES;
	size_t i, j, c;

	for (i = 0; i < lim; i++) {
		if (p[i] != '.' && p[i] != '!' && p[i] != '?')
			continue;
		j = i + 1;
		while (j < n && (c = text_closer(p, n, j)) > 0)
			j += c;
		if (j < n && p[j] != ' ')
			continue;
		if (p[i] == '.' && text_abbreviation(p, i))
			continue;
		/* "approx. ten" is not a sentence end */
		if (j + 1 < n && p[j + 1] >= 'a' && p[j + 1] <= 'z')
			continue;
		*open = false;
		return j;
	}
	*open = lim < n;
	/* keep whole UTF-8 sequences */
	while (lim < n && lim > 0 && ((unsigned char)p[lim] & 0xc0) == 0x80)
		lim--;
	return lim;
}

/* text_derive_title: the first sentence of the first paragraph, cut to TITLE_COLS. */
static char *
text_derive_title(const char *p, size_t n)
{
	bool open;
	size_t s = text_first_sentence(p, n, &open);
	char *t = text_cut(p, s, TITLE_COLS);
	size_t fit;
	struct buf b;

	if (!open || strlen(t) < s)
		return t;
	/* The sentence went past the scanned bytes but they fit (zero-width text): mark the
	 * cut ourselves. */
	free(t);
	fit = text_prefix_fit(p, s, TITLE_COLS - 1, NULL);
	buf_init(&b);
	buf_add(&b, p, fit);
	buf_adds(&b, "…");
	return buf_detach(&b);
}

int
parse_text(const char *data, size_t len, struct article *a, const char **why)
{
	size_t clen, pos = 0, save, body_start;
	char *clean = text_clean(data, len, &clen);
	struct line l, next;
	struct buf body;
	bool headline = false, in_par = false, any = false;

	/* Header lines, then the optional blank lines before the headline. */
	save = pos;
	while (text_next_line(clean, clen, &pos, &l) && text_blank(l))
		save = pos;
	pos = save;
	while (text_next_line(clean, clen, &pos, &l) && text_header(l, a))
		save = pos;
	pos = save;
	while (text_next_line(clean, clen, &pos, &l) && text_blank(l))
		save = pos;
	pos = save;

	buf_init(&body);
	body_start = pos;
	if (text_next_line(clean, clen, &pos, &l)) {
		text_trim(&l);
		save = pos;
		if ((!text_next_line(clean, clen, &pos, &next) || text_blank(next)) &&
		    text_headline(l)) {
			headline = true;
			text_add_collapsed(&body, l);
			a->title = xstrndup(body.s, body.len);
			any = true;
			body_start = save;
		}
	}

	/* Paragraphs: lines joined by one space, paragraphs by a blank line. */
	pos = body_start;
	while (text_next_line(clean, clen, &pos, &l)) {
		if (text_blank(l)) {
			in_par = false;
			continue;
		}
		text_trim(&l);
		if (in_par) {
			buf_addc(&body, ' ');
		} else {
			if (any)
				buf_add(&body, "\n\n", 2);
			in_par = true;
			any = true;
		}
		text_add_collapsed(&body, l);
	}
	free(clean);
	if (!any) {
		buf_free(&body);
		*why = "no text";
		return -1;
	}
	if (!headline) {
		const char *end = memchr(body.s, '\n', body.len);
		size_t plen = end != NULL ? (size_t)(end - body.s) : body.len;

		a->title = text_derive_title(body.s, plen);
	}
	a->body_len = body.len;
	a->body = buf_detach(&body);
	return 0;
}
