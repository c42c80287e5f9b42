/* anchor.c: re-finding a bookmarked passage in an edited article by its text and context. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "anchor.h"
#include "text.h"
#include "util.h"

/* Whether cutting body before byte pos (0 < pos < len) would split a valid sequence;
 * if so, where that sequence starts and ends. */
static bool
anchor_splits(const char *body, size_t len, size_t pos, size_t *seq_start, size_t *seq_end)
{
	size_t q = text_cp_start(body, len, pos);

	if (q == pos)
		return false;
	*seq_start = q;
	*seq_end = q;
	text_decode(body, len, seq_end);
	return true;
}

static char *
anchor_copy(const char *s, size_t n)
{
	char *r = xmalloc(n + 1);

	memcpy(r, s, n);
	r[n] = '\0';
	return r;
}

void
anchor_context(const char *body, size_t len, size_t off, size_t n, char **before,
    char **after)
{
	size_t end, b0, a1, ss, se;

	if (off > len)
		off = len;
	end = n > len - off ? len : off + n;
	b0 = off > ANCHOR_CONTEXT ? off - ANCHOR_CONTEXT : 0;
	/* a sequence cut at the far edge is dropped whole, never kept in part */
	if (b0 > 0 && b0 < off && anchor_splits(body, len, b0, &ss, &se))
		b0 = se < off ? se : off;
	a1 = len - end > ANCHOR_CONTEXT ? end + ANCHOR_CONTEXT : len;
	if (a1 < len && a1 > end && anchor_splits(body, len, a1, &ss, &se))
		a1 = ss > end ? ss : end;
	*before = anchor_copy(body + b0, off - b0);
	*after = anchor_copy(body + end, a1 - end);
}

static size_t
anchor_dist(size_t a, size_t b)
{
	return a > b ? a - b : b - a;
}

/* How well the context around body[o, o + n) agrees with the stored one: the common
 * suffix of before and the text before o, plus the common prefix of after and the
 * text after the passage. */
static size_t
anchor_score(const char *body, size_t len, size_t o, size_t n, const char *before,
    size_t blen, const char *after, size_t alen)
{
	size_t k = 0, m = 0, e = o + n;

	while (k < blen && k < o && before[blen - 1 - k] == body[o - 1 - k])
		k++;
	while (m < alen && e + m < len && after[m] == body[e + m])
		m++;
	return k + m;
}

struct anchor_best {
	bool found;
	size_t off, n, score, dist;
};

/* Keeps the candidate with the best score, then the one nearest the old offset. */
static void
anchor_consider(struct anchor_best *b, size_t o, size_t n, size_t score, size_t old)
{
	size_t d = anchor_dist(o, old);

	if (!b->found || score > b->score || (score == b->score && d < b->dist)) {
		b->found = true;
		b->off = o;
		b->n = n;
		b->score = score;
		b->dist = d;
	}
}

/* White space for the re-wrapping fallback: space, tab, newlines and NBSP. Returns
 * its length at p, 0 when there is none. */
static size_t
anchor_ws(const char *s, size_t len, size_t p)
{
	if (p >= len)
		return 0;
	if (s[p] == ' ' || s[p] == '\n' || s[p] == '\t' || s[p] == '\r')
		return 1;
	if ((unsigned char)s[p] == 0xC2 && p + 1 < len && (unsigned char)s[p + 1] == 0xA0)
		return 2;
	return 0;
}

/* The length of the white space ending at p, 0 when there is none. */
static size_t
anchor_ws_before(const char *s, size_t len, size_t p)
{
	if (p >= 2 && anchor_ws(s, len, p - 2) == 2)
		return 2;
	if (p >= 1 && anchor_ws(s, len, p - 1) == 1)
		return 1;
	return 0;
}

static size_t
anchor_skip_ws(const char *s, size_t len, size_t p)
{
	size_t k;

	while ((k = anchor_ws(s, len, p)) > 0)
		p += k;
	return p;
}

/* Matches text[0, tlen) at body[p] with every run of white space in text matching
 * any run in body; the end of the match, or (size_t)-1. text starts with no white space. */
static size_t
anchor_ws_match(const char *body, size_t len, size_t p, const char *text, size_t tlen)
{
	size_t t = 0, q;

	while (t < tlen) {
		if (anchor_ws(text, tlen, t) > 0) {
			t = anchor_skip_ws(text, tlen, t);
			q = anchor_skip_ws(body, len, p);
			if (q == p)
				return (size_t)-1;
			p = q;
			continue;
		}
		if (p >= len || body[p] != text[t])
			return (size_t)-1;
		p++;
		t++;
	}
	return p;
}

/* The white-space fallback: every place where text matches with runs compared as
 * one, found from the occurrences of its first word, scored like exact matches. */
static void
anchor_find_ws(const char *body, size_t len, const struct anchor *a, const char *before,
    size_t blen, const char *after, size_t alen, struct anchor_best *best)
{
	const char *text = a->text, *hit;
	size_t lead, wlen, w, from = 0, start, end, k;

	lead = anchor_skip_ws(text, a->len, 0);
	if (lead == a->len)
		return; /* nothing but white space: nothing to recognise it by */
	for (wlen = 0; lead + wlen < a->len && anchor_ws(text, a->len, lead + wlen) == 0; wlen++)
		continue;
	while (from < len && (hit = memmem(body + from, len - from, text + lead, wlen)) != NULL) {
		w = (size_t)(hit - body);
		from = w + 1;
		start = w;
		if (lead > 0) {
			/* leading white space must meet a run in body: take all of it */
			while ((k = anchor_ws_before(body, len, start)) > 0)
				start -= k;
			if (start == w)
				continue;
		}
		end = anchor_ws_match(body, len, w, text + lead, a->len - lead);
		if (end == (size_t)-1)
			continue;
		anchor_consider(best, start, end - start,
		    anchor_score(body, len, start, end - start, before, blen, after, alen), a->off);
	}
}

int
anchor_find(const char *body, size_t len, const struct anchor *a, size_t *off, size_t *n)
{
	struct anchor_best best;
	const char *before, *after, *hit;
	size_t blen, alen, from = 0, o, max;

	if (a->text == NULL || a->len == 0)
		return -1; /* an empty passage has nothing to be recognised by */
	if (a->off <= len && a->len <= len - a->off && memcmp(body + a->off, a->text, a->len) == 0) {
		*off = a->off;
		*n = a->len;
		return 0;
	}
	before = a->before != NULL ? a->before : "";
	after = a->after != NULL ? a->after : "";
	blen = strlen(before);
	alen = strlen(after);
	max = blen + alen;
	memset(&best, 0, sizeof best);
	while (a->len <= len && from <= len - a->len &&
	    (hit = memmem(body + from, len - from, a->text, a->len)) != NULL) {
		o = (size_t)(hit - body);
		anchor_consider(&best, o, a->len,
		    anchor_score(body, len, o, a->len, before, blen, after, alen), a->off);
		/* a perfect score nearer than anything further on cannot be beaten */
		if (best.score == max && o >= a->off && o - a->off >= best.dist)
			break;
		from = o + 1;
	}
	if (!best.found)
		anchor_find_ws(body, len, a, before, blen, after, alen, &best);
	if (!best.found)
		return -1;
	*off = best.off;
	*n = best.n;
	return 0;
}
