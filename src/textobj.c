/* textobj.c: clusters, words, sentences and paragraphs around a byte offset, scanned locally. */
#include "config.h"

#include <stdbool.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "textobj.h"

#define TOBJ_NONE ((size_t)-1)

/*
 * Every function here scans only around pos, never from the start of the text, so
 * that walking a 5 MB paragraph unit by unit stays linear. Cluster boundaries are
 * found backwards by looking for a "safe" break (one the grapheme rules decide from
 * the two code points alone) at most TOBJ_WINDOW bytes back, then walking forwards.
 * Real clusters are far shorter (text_clean keeps at most 32 code points of one); a
 * longer hostile cluster is cut about every TOBJ_CLUSTER_MAX bytes (see tobj_step),
 * which keeps each step bounded at the price of arbitrary cuts inside it.
 */
#define TOBJ_WINDOW 4096
#define TOBJ_CLUSTER_MAX 1024
/* How far the regional-indicator and emoji-ZWJ look-behinds go before guessing. */
#define TOBJ_RUN_MAX 64
/* Bounds of the look-behinds that decide whether a full stop ends a sentence. */
#define TOBJ_CLOSER_MAX 8
#define TOBJ_TERM_MAX 16
#define TOBJ_ABBREV_MAX 10

/* The code point at pos < len and its length; an invalid byte is -1, length 1. */
static long
tobj_cp(const char *s, size_t len, size_t pos, size_t *n)
{
	size_t p = pos;
	long cp;

	cp = text_decode(s, len, &p);
	*n = p - pos;
	if (cp == 0xFFFD && *n == 1)
		return -1;
	return cp;
}

static long
tobj_first(const char *s, size_t len, size_t pos)
{
	size_t n;

	return tobj_cp(s, len, pos, &n);
}

static int
tobj_boundclass(long cp)
{
	return utf8proc_get_property((utf8proc_int32_t)cp)->boundclass;
}

/* Whether s[q] starts a regional indicator (U+1F1E6..U+1F1FF), byte by byte: flag
 * runs are counted often, and this is much cheaper than decoding. */
static bool
tobj_ri_at(const char *s, size_t len, size_t q)
{
	return len - q >= 4 && (unsigned char)s[q] == 0xF0 && (unsigned char)s[q + 1] == 0x9F &&
	    (unsigned char)s[q + 2] == 0x87 && (unsigned char)s[q + 3] >= 0xA6 &&
	    (unsigned char)s[q + 3] <= 0xBF;
}

/* Whether the boundary between the regional indicators at q and p = q + 4 breaks:
 * flags pair from the start of their run. Past TOBJ_RUN_MAX indicators, an even byte
 * offset decides, which is at least the same answer for every caller. */
static bool
tobj_ri_break(const char *s, size_t len, size_t q, size_t p)
{
	size_t run = 1;

	while (q >= 4 && run < TOBJ_RUN_MAX && tobj_ri_at(s, len, q - 4)) {
		q -= 4;
		run++;
	}
	if (run < TOBJ_RUN_MAX)
		return run % 2 == 0;
	return (p / 4) % 2 == 0;
}

/* Whether the ZWJ at q follows a pictograph and its extenders (GB11: no break). */
static bool
tobj_emoji_zwj(const char *s, size_t len, size_t q)
{
	int k, bc;
	long cp;

	for (k = 0; k < TOBJ_RUN_MAX && q > 0; k++) {
		q = text_cp_start(s, len, q - 1);
		cp = tobj_first(s, len, q);
		if (cp < 0)
			return false;
		bc = tobj_boundclass(cp);
		if (bc == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC)
			return true;
		if (bc != UTF8PROC_BOUNDCLASS_EXTEND)
			return false;
	}
	return q > 0;
}

/*
 * Whether the code point start p is a cluster boundary as text_grapheme draws them
 * from the start of the text, decided from a few code points before it. False when
 * that needs more look-behind than we allow.
 */
static bool
tobj_safe_break(const char *s, size_t len, size_t p)
{
	size_t q;
	long prev, cur;
	int pbc, cbc;

	if (p == 0 || p >= len)
		return true;
	q = text_cp_start(s, len, p - 1);
	prev = tobj_first(s, len, q);
	cur = tobj_first(s, len, p);
	if (prev < 0 || cur < 0)
		return true; /* invalid bytes are clusters of their own */
	if (prev == '\r')
		return cur != '\n';
	if (prev < 0x80 && cur < 0x80)
		return true;
	pbc = tobj_boundclass(prev);
	cbc = tobj_boundclass(cur);
	if (pbc == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR &&
	    cbc == UTF8PROC_BOUNDCLASS_REGIONAL_INDICATOR)
		return tobj_ri_break(s, len, q, p);
	if (pbc == UTF8PROC_BOUNDCLASS_ZWJ && cbc == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC)
		return !tobj_emoji_zwj(s, len, q);
	/* newer utf8proc joins Indic conjuncts across virama and ZWJ (GB9c): that
	 * depends on earlier code points, so look further back instead */
	if ((pbc == UTF8PROC_BOUNDCLASS_EXTEND || pbc == UTF8PROC_BOUNDCLASS_ZWJ) &&
	    cur >= 0x0900 && cur <= 0x0DFF)
		return false;
	return utf8proc_grapheme_break((utf8proc_int32_t)prev, (utf8proc_int32_t)cur);
}

/*
 * The length of the cluster at p (0 at the end). A cluster longer than half of
 * TOBJ_CLUSTER_MAX is cut where a code point starts at or before the next multiple
 * of TOBJ_CLUSTER_MAX: fixed places, so that walks from anywhere agree on them.
 */
static size_t
tobj_step(const char *s, size_t len, size_t p)
{
	size_t lim, n, m, e;
	int w;

	if (p >= len)
		return 0;
	if ((unsigned char)s[p] < 0x80 && (p + 1 == len || ((unsigned char)s[p + 1] < 0x80 &&
	    !(s[p] == '\r' && s[p + 1] == '\n'))))
		return 1; /* ASCII before ASCII always breaks */
	lim = len - p > 2 * TOBJ_CLUSTER_MAX ? p + 2 * TOBJ_CLUSTER_MAX : len;
	n = text_grapheme(s, lim, p, &w, NULL);
	if (n <= TOBJ_CLUSTER_MAX / 2)
		return n;
	m = (p / TOBJ_CLUSTER_MAX + 1) * TOBJ_CLUSTER_MAX;
	e = m < len ? text_cp_start(s, len, m) : len;
	if (e <= p)
		tobj_cp(s, len, p, &e);
	else
		e -= p;
	return e < n ? e : n;
}

/* The start of the cluster containing pos; len for pos >= len. */
static size_t
tobj_floor(const char *s, size_t len, size_t pos)
{
	size_t a, lo, n;

	if (pos >= len)
		return len;
	if ((unsigned char)s[pos] < 0x80 && (pos == 0 || ((unsigned char)s[pos - 1] < 0x80 &&
	    !(s[pos - 1] == '\r' && s[pos] == '\n'))))
		return pos; /* ASCII after ASCII always starts a cluster */
	a = text_cp_start(s, len, pos);
	lo = a > TOBJ_WINDOW ? a - TOBJ_WINDOW : 0;
	while (a > lo && !tobj_safe_break(s, len, a))
		a = text_cp_start(s, len, a - 1);
	if (a > 0 && !tobj_safe_break(s, len, a)) {
		/* deep inside a hostile cluster: start from one of tobj_step's cuts */
		a = text_cp_start(s, len, pos / TOBJ_CLUSTER_MAX * TOBJ_CLUSTER_MAX);
	}
	for (;;) {
		n = tobj_step(s, len, a);
		if (a + n > pos)
			return a;
		a += n;
	}
}

/* The start of the cluster that ends at the boundary q > 0. */
static size_t
tobj_back(const char *s, size_t len, size_t q)
{
	if ((unsigned char)s[q - 1] < 0x80 && (q == 1 || ((unsigned char)s[q - 2] < 0x80 &&
	    !(s[q - 2] == '\r' && s[q - 1] == '\n'))))
		return q - 1;
	return tobj_floor(s, len, q - 1);
}

/* ---- classes of clusters, by their first code point ---- */

static bool
tobj_space(long cp)
{
	utf8proc_category_t c;

	if (cp == ' ' || (cp >= '\t' && cp <= '\r') || cp == 0x85)
		return true;
	if (cp < 0x80)
		return false;
	c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

static int
tobj_newlines(long cp)
{
	if (cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028)
		return 1;
	return cp == 0x2029 ? 2 : 0;
}

/* Letters, marks and numbers: what words are made of. */
static bool
tobj_wordch(long cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return false;
	c = utf8proc_category((utf8proc_int32_t)cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO;
}

static bool
tobj_letter(long cp)
{
	utf8proc_category_t c;

	if (cp < 0)
		return false;
	c = utf8proc_category((utf8proc_int32_t)cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static bool
tobj_cat(long cp, utf8proc_category_t want)
{
	return cp >= 0 && utf8proc_category((utf8proc_int32_t)cp) == want;
}

/* Inside a word between two word characters: apostrophes and hyphens. */
static bool
tobj_joiner(long cp)
{
	return cp == '\'' || cp == 0x2019 || cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static bool
tobj_cjk_term(long cp)
{
	return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0xFF61;
}

static bool
tobj_term(long cp)
{
	return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 || cp == 0x203C ||
	    cp == 0x2047 || cp == 0x2048 || cp == 0x2049 || cp == 0x061F || cp == 0x0964 ||
	    cp == 0x0965 || tobj_cjk_term(cp);
}

/* Closing quotes and brackets that belong to the sentence they follow. */
static bool
tobj_closer(long cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == 0x201D ||
	    cp == 0x2019 || cp == 0x00BB || cp == 0x203A || cp == 0x300D || cp == 0x300F ||
	    cp == 0x3009 || cp == 0x300B || cp == 0x3011 || cp == 0xFF09 || cp == 0xFF3D ||
	    cp == 0xFF63;
}

/* ---- characters ---- */

static size_t
tobj_char_start_le(const char *s, size_t len, size_t p)
{
	if (p < len)
		return p;
	return len > 0 ? tobj_back(s, len, len) : TOBJ_NONE;
}

/* ---- words ---- */

/* Whether the cluster at p is part of a word: a word character, an apostrophe or
 * hyphen between two, or "." or "," between two digits (3.5, 1,000). */
static bool
tobj_in_word(const char *s, size_t len, size_t p)
{
	size_t q;
	long cp, a, b;

	if (p >= len)
		return false;
	cp = tobj_first(s, len, p);
	if (tobj_wordch(cp))
		return true;
	if (p == 0 || !(tobj_joiner(cp) || cp == '.' || cp == ','))
		return false;
	q = p + tobj_step(s, len, p);
	if (q >= len)
		return false;
	a = tobj_first(s, len, tobj_back(s, len, p));
	b = tobj_first(s, len, q);
	if (tobj_joiner(cp))
		return tobj_wordch(a) && tobj_wordch(b);
	return tobj_cat(a, UTF8PROC_CATEGORY_ND) && tobj_cat(b, UTF8PROC_CATEGORY_ND);
}

static size_t
tobj_word_start_le(const char *s, size_t len, size_t p)
{
	size_t r;

	if (!tobj_in_word(s, len, p)) {
		do {
			if (p == 0)
				return TOBJ_NONE;
			p = tobj_back(s, len, p);
		} while (!tobj_in_word(s, len, p));
	}
	while (p > 0) {
		r = tobj_back(s, len, p);
		if (!tobj_in_word(s, len, r))
			break;
		p = r;
	}
	return p;
}

static size_t
tobj_word_end(const char *s, size_t len, size_t p)
{
	while (p < len && tobj_in_word(s, len, p))
		p += tobj_step(s, len, p);
	return p;
}

static size_t
tobj_word_next(const char *s, size_t len, size_t p)
{
	p = tobj_word_end(s, len, p);
	while (p < len && !tobj_in_word(s, len, p))
		p += tobj_step(s, len, p);
	return p;
}

/* ---- sentences and paragraphs ---- */

/* Whether the full stop at dot follows an abbreviation that does not end a sentence:
 * a title (Mr. Dr.), an initial (J.), or the end of a dotted one (U.S. e.g.). */
static bool
tobj_abbrev(const char *s, size_t len, size_t dot)
{
	static const char *const titles[] = {
		"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "St", "Jr",
		"Sr", "Rev", "Hon", "Lt", "Col", "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Brig",
		"Messrs", "Mme", "Mlle", "Fr", "Pres", "Supt", "Insp", "Det", "Mt", "vs", "cf",
		"al", "approx", "No", "Nos", "Vol", "pp",
	};
	size_t q = dot, r, i, n;
	long before = -1, cp;
	int k = 0;

	while (q > 0) {
		r = tobj_back(s, len, q);
		cp = tobj_first(s, len, r);
		if (!tobj_letter(cp)) {
			before = cp;
			break;
		}
		q = r;
		if (++k > TOBJ_ABBREV_MAX)
			return false;
	}
	if (k == 0)
		return false;
	if (k == 1) {
		cp = tobj_first(s, len, q);
		if (before == '.')
			return true;
		/* "I." is far more often the pronoun than an initial */
		return tobj_cat(cp, UTF8PROC_CATEGORY_LU) && cp != 'I';
	}
	n = dot - q;
	for (i = 0; i < sizeof titles / sizeof titles[0]; i++) {
		if (strlen(titles[i]) == n && memcmp(s + q, titles[i], n) == 0)
			return true;
	}
	return false;
}

/*
 * Whether the text before the white space [gs, ge) ends a sentence: terminators and
 * closers, then ge starts no lowercase word ("Stop!" he said), and a lone full stop
 * follows no abbreviation. ge < len.
 */
static bool
tobj_ends_sentence(const char *s, size_t len, size_t gs, size_t ge)
{
	size_t q = gs, r;
	int k = 0, nterm = 0;
	bool cjk = false;
	long cp;

	while (q > 0 && k < TOBJ_CLOSER_MAX) {
		r = tobj_back(s, len, q);
		if (!tobj_closer(tobj_first(s, len, r)))
			break;
		q = r;
		k++;
	}
	while (q > 0 && nterm < TOBJ_TERM_MAX) {
		r = tobj_back(s, len, q);
		cp = tobj_first(s, len, r);
		if (!tobj_term(cp))
			break;
		cjk = cjk || tobj_cjk_term(cp);
		q = r;
		nterm++;
	}
	if (nterm == 0)
		return false;
	if (cjk)
		return true;
	if (tobj_cat(tobj_first(s, len, ge), UTF8PROC_CATEGORY_LL))
		return false;
	return !(nterm == 1 && s[q] == '.' && tobj_abbrev(s, len, q));
}

/*
 * Whether the non-space cluster at p < len, after the cluster at r, starts a
 * paragraph (para) or a sentence: the first one of the text, or after white space
 * holding a blank line; sentences also after a sentence end and white space, or right
 * after a CJK full stop.
 */
static bool
tobj_block_start(const char *s, size_t len, size_t p, size_t r, bool para)
{
	size_t gs;
	long cp, here;
	int k, nl = 0;

	if (p == 0)
		return true;
	cp = tobj_first(s, len, r);
	if (!tobj_space(cp)) {
		if (para)
			return false;
		here = tobj_first(s, len, p);
		if (tobj_term(here) || tobj_closer(here))
			return false;
		for (k = 0; k < TOBJ_CLOSER_MAX && tobj_closer(cp) && r > 0; k++) {
			r = tobj_back(s, len, r);
			cp = tobj_first(s, len, r);
		}
		return tobj_cjk_term(cp);
	}
	nl = tobj_newlines(cp);
	gs = r;
	while (nl < 2 && gs > 0) {
		r = tobj_back(s, len, gs);
		cp = tobj_first(s, len, r);
		if (!tobj_space(cp))
			break;
		nl += tobj_newlines(cp);
		gs = r;
	}
	if (gs == 0 || nl >= 2)
		return true;
	return !para && tobj_ends_sentence(s, len, gs, p);
}

static size_t
tobj_block_start_le(const char *s, size_t len, size_t p, bool para)
{
	size_t r;

	if (p >= len) {
		if (len == 0)
			return TOBJ_NONE;
		p = tobj_back(s, len, len);
	}
	for (;;) {
		if (p == 0)
			return tobj_space(tobj_first(s, len, 0)) ? TOBJ_NONE : 0;
		r = tobj_back(s, len, p);
		if (!tobj_space(tobj_first(s, len, p)) && tobj_block_start(s, len, p, r, para))
			return p;
		p = r;
	}
}

static size_t
tobj_block_next(const char *s, size_t len, size_t p, bool para)
{
	size_t r;

	if (p >= len)
		return len;
	r = p;
	p += tobj_step(s, len, p);
	while (p < len && (tobj_space(tobj_first(s, len, p)) ||
	    !tobj_block_start(s, len, p, r, para))) {
		r = p;
		p += tobj_step(s, len, p);
	}
	return p;
}

/* The end of the sentence or paragraph starting at p: where the next one starts,
 * less the white space before it. */
static size_t
tobj_block_end(const char *s, size_t len, size_t p, bool para)
{
	size_t e = tobj_block_next(s, len, p, para), r;

	while (e > p) {
		r = tobj_back(s, len, e);
		if (!tobj_space(tobj_first(s, len, r)))
			break;
		e = r;
	}
	return e;
}

/* ---- dispatch: every unit as "largest start <= p", "next start > p", "end" ---- */

static size_t
tobj_start_le(const char *s, size_t len, size_t p, enum textobj_unit u)
{
	switch (u) {
	case TEXTOBJ_CHAR:
		return tobj_char_start_le(s, len, p);
	case TEXTOBJ_WORD:
		return tobj_word_start_le(s, len, p);
	case TEXTOBJ_SENTENCE:
		return tobj_block_start_le(s, len, p, false);
	case TEXTOBJ_PARAGRAPH:
		return tobj_block_start_le(s, len, p, true);
	}
	return TOBJ_NONE;
}

static size_t
tobj_next_start(const char *s, size_t len, size_t p, enum textobj_unit u)
{
	switch (u) {
	case TEXTOBJ_CHAR:
		return p + tobj_step(s, len, p);
	case TEXTOBJ_WORD:
		return tobj_word_next(s, len, p);
	case TEXTOBJ_SENTENCE:
		return tobj_block_next(s, len, p, false);
	case TEXTOBJ_PARAGRAPH:
		return tobj_block_next(s, len, p, true);
	}
	return len;
}

/* start is a start of a unit of u. */
static size_t
tobj_end(const char *s, size_t len, size_t start, enum textobj_unit u)
{
	switch (u) {
	case TEXTOBJ_CHAR:
		return start + tobj_step(s, len, start);
	case TEXTOBJ_WORD:
		return tobj_word_end(s, len, start);
	case TEXTOBJ_SENTENCE:
		return tobj_block_end(s, len, start, false);
	case TEXTOBJ_PARAGRAPH:
		return tobj_block_end(s, len, start, true);
	}
	return start;
}

void
textobj_around(const char *s, size_t len, size_t pos, enum textobj_unit u, size_t *start,
    size_t *end)
{
	size_t p, s0, e0 = 0, ns;

	if (len == 0) {
		*start = *end = 0;
		return;
	}
	p = tobj_floor(s, len, pos);
	s0 = tobj_start_le(s, len, p, u);
	if (s0 != TOBJ_NONE) {
		e0 = tobj_end(s, len, s0, u);
		if (p < e0) {
			*start = s0;
			*end = e0;
			return;
		}
	}
	ns = tobj_next_start(s, len, p, u);
	if (ns < len) {
		*start = ns;
		*end = tobj_end(s, len, ns, u);
	} else if (s0 != TOBJ_NONE) {
		*start = s0;
		*end = e0;
	} else {
		*start = *end = p; /* no unit at all: only white space or punctuation */
	}
}

size_t
textobj_next(const char *s, size_t len, size_t pos, enum textobj_unit u)
{
	if (pos >= len)
		return len;
	return tobj_next_start(s, len, tobj_floor(s, len, pos), u);
}

size_t
textobj_prev(const char *s, size_t len, size_t pos, enum textobj_unit u)
{
	size_t r;

	if (pos == 0 || len == 0)
		return 0;
	if (pos > len)
		pos = len;
	r = tobj_start_le(s, len, tobj_floor(s, len, pos - 1), u);
	return r == TOBJ_NONE ? 0 : r;
}

void
textobj_span(const char *s, size_t len, size_t a, size_t b, enum textobj_unit u,
    size_t *start, size_t *end)
{
	size_t sa, ea, sb, eb, t;

	if (a > b) {
		t = a;
		a = b;
		b = t;
	}
	textobj_around(s, len, a, u, &sa, &ea);
	textobj_around(s, len, b, u, &sb, &eb);
	*start = sa < sb ? sa : sb;
	*end = ea > eb ? ea : eb;
}
