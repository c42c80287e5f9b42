/* quote.c: finds direct quotations in an article body and attributes each to a speaker,
 * by rules over a token stream: pair the quote marks, then a sieve of cue patterns. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "quote.h"
#include "quote_cues.h"
#include "text.h"
#include "util.h"

/* ---------------------------------------------------------------- quote marks */

enum qmark {
	QM_NONE,
	QM_DQ,      /* " */
	QM_LDQ,     /* U+201C “ */
	QM_RDQ,     /* U+201D ” */
	QM_LOWDQ,   /* U+201E „ */
	QM_SQ,      /* ' */
	QM_LSQ,     /* U+2018 ‘ */
	QM_RSQ,     /* U+2019 ’ */
	QM_LOWSQ,   /* U+201A ‚ */
	QM_LAQ,     /* U+00AB « */
	QM_RAQ,     /* U+00BB » */
	QM_LSAQ,    /* U+2039 ‹ */
	QM_RSAQ,    /* U+203A › */
	QM_LCB,     /* U+300C 「 */
	QM_RCB,     /* U+300D 」 */
	QM_LWCB,    /* U+300E 『 */
	QM_RWCB     /* U+300F 』 */
};

/* Character classes of a mark's neighbours. */
enum nclass { NC_EDGE, NC_SPACE, NC_OPEN, NC_ALNUM, NC_PUNCT, NC_MARK, NC_OTHER };

/* The longest content a quotation that never closes may claim before it is dropped. */
#define QUOTE_MIN_UNCLOSED 12
/* Look-back/look-ahead limits in tokens: they keep attribution linear on hostile input. */
#define QUOTE_WIN_BACK 60
#define QUOTE_NP_MAX 12
#define QUOTE_RING 64
/* The most descriptor words an article teaches as roles (see role_learn). */
#define QUOTE_LEARNED 16
/* The most role initials an article gives in brackets (see role_acronym). */
#define QUOTE_RACR 8
#define QUOTE_MAX_ALIASES 16
#define QUOTE_NEST_MAX 16

/* Bytes that can begin a quote mark: '"', '\'', and the lead bytes of U+00AB/BB,
 * U+2018-201E/2039/203A and U+300C-300F. */
static const unsigned char quote_mark_lead[256] = {
	['"'] = 1, ['\''] = 1, [0xc2] = 1, [0xe2] = 1, [0xe3] = 1,
};

/* The first position in [pos, end) holding a byte that can begin a quote mark, or end.
 * Article text is mostly plain ASCII letters between marks: a block holding no '"', no
 * '\'' and no byte >= 0x80 cannot hold a lead byte and is skipped whole, sixteen bytes at a
 * time with SSE2, else eight (the zero-byte test below is exact for "is any byte zero").
 * A candidate that is no lead byte (the 0xc3 of "é") costs one step, not the rest of the
 * paragraph byte by byte. */
static size_t
quote_next_lead(const char *s, size_t pos, size_t end)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;

	while (pos < end) {
#ifdef __SSE2__
		if (pos + 16 <= end) {
			const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + pos));
			const __m128i hit = _mm_or_si128(v, _mm_or_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\''))));
			unsigned m = (unsigned)_mm_movemask_epi8(hit);

			if (m == 0) {
				pos += 16;
				continue;
			}
			pos += (size_t)__builtin_ctz(m);
		} else
#endif
		if (pos + 8 <= end) {
			uint64_t w, dq, sq;

			memcpy(&w, s + pos, 8);
			dq = w ^ (ones * '"');
			sq = w ^ (ones * '\'');
			if ((w & highs) == 0 && ((dq - ones) & ~dq & highs) == 0 &&
			    ((sq - ones) & ~sq & highs) == 0) {
				pos += 8;
				continue;
			}
		}
		if (quote_mark_lead[(unsigned char)s[pos]])
			return pos;
		pos++;
	}
	return end;
}

static enum qmark
quote_mark_at(const char *s, size_t len, size_t pos, size_t *mlen)
{
	unsigned char c = (unsigned char)s[pos];

	*mlen = 1;
	if (c == '"')
		return QM_DQ;
	if (c == '\'')
		return QM_SQ;
	if (c == 0xc2 && pos + 1 < len) {
		*mlen = 2;
		if ((unsigned char)s[pos + 1] == 0xab)
			return QM_LAQ;
		if ((unsigned char)s[pos + 1] == 0xbb)
			return QM_RAQ;
		return QM_NONE;
	}
	if ((c == 0xe2 || c == 0xe3) && pos + 2 < len) {
		unsigned char d = (unsigned char)s[pos + 1], e = (unsigned char)s[pos + 2];

		*mlen = 3;
		if (c == 0xe2 && d == 0x80) {
			switch (e) {
			case 0x98: return QM_LSQ;
			case 0x99: return QM_RSQ;
			case 0x9a: return QM_LOWSQ;
			case 0x9c: return QM_LDQ;
			case 0x9d: return QM_RDQ;
			case 0x9e: return QM_LOWDQ;
			case 0xb9: return QM_LSAQ;
			case 0xba: return QM_RSAQ;
			default: return QM_NONE;
			}
		}
		if (c == 0xe3 && d == 0x80) {
			switch (e) {
			case 0x8c: return QM_LCB;
			case 0x8d: return QM_RCB;
			case 0x8e: return QM_LWCB;
			case 0x8f: return QM_RWCB;
			default: return QM_NONE;
			}
		}
	}
	return QM_NONE;
}

static bool
quote_mark_single(enum qmark m)
{
	return m == QM_SQ || m == QM_LSQ || m == QM_RSQ || m == QM_LOWSQ;
}

static enum nclass
quote_class_cp(long cp)
{
	if (cp < 0)
		return NC_EDGE;
	if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xa0 || cp == 0x202f ||
	    (cp >= 0x2000 && cp <= 0x200a) || cp == 0x3000)
		return NC_SPACE;
	if (cp == '(' || cp == '[' || cp == '{' || cp == 0x2014 || cp == 0x2013 || cp == '-' ||
	    cp == '/')
		return NC_OPEN;
	if (cp == '"' || cp == '\'' || (cp >= 0x2018 && cp <= 0x201f) || cp == 0xab || cp == 0xbb ||
	    cp == 0x2039 || cp == 0x203a || (cp >= 0x300c && cp <= 0x300f))
		return NC_MARK;
	if (cp < 0x80) {
		if ((cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
			return NC_ALNUM;
		return NC_PUNCT;
	}
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return NC_ALNUM;
	case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_PE: case UTF8PROC_CATEGORY_PF:
		return NC_PUNCT;
	default:
		return NC_OTHER;
	}
}

/* The code point ending just before pos (within [lo, pos)), -1 at lo. */
static long
quote_prev_cp(const char *s, size_t lo, size_t pos)
{
	size_t p = pos, q;
	int back = 0;

	if (pos <= lo)
		return -1;
	if ((unsigned char)s[pos - 1] < 0x80)
		return (unsigned char)s[pos - 1];
	p--;
	while (p > lo && back < 3 && ((unsigned char)s[p] & 0xc0) == 0x80) {
		p--;
		back++;
	}
	q = p;
	return text_decode(s, pos, &q);
}

static long
quote_next_cp(const char *s, size_t hi, size_t pos)
{
	if (pos >= hi)
		return -1;
	if ((unsigned char)s[pos] < 0x80)
		return (unsigned char)s[pos];
	return text_decode(s, hi, &pos);
}

/* A leading apostrophe: '90s, 'em, 'til, rock 'n' roll. */
static bool
quote_is_elision(const char *s, size_t hi, size_t after)
{
	size_t e = after;

	if (after < hi && s[after] >= '0' && s[after] <= '9')
		return true;
	while (e < hi && e - after < 8 && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
		e++;
	if (e == after || e - after >= 8)
		return false;
	if (e < hi && ((unsigned char)s[e] >= 0x80 || s[e] == '-'))
		return false;
	return (quote_cue_flags(s + after, e - after) & QC_ELISION) != 0;
}

/* Can the mark m at pos open a quotation? Decided from the characters on both sides. */
static inline __attribute__((always_inline)) bool
quote_can_open(const char *s, size_t lo, size_t hi, size_t pos, size_t mlen, enum qmark m)
{
	enum nclass p = quote_class_cp(quote_prev_cp(s, lo, pos));
	enum nclass n = quote_class_cp(quote_next_cp(s, hi, pos + mlen));
	bool pfree = p == NC_EDGE || p == NC_SPACE || p == NC_OPEN || p == NC_MARK ||
	    (p == NC_PUNCT && pos > lo && s[pos - 1] == ':');

	switch (m) {
	case QM_LCB: case QM_LWCB: case QM_LOWDQ: case QM_LAQ: case QM_LSAQ:
		return n != NC_EDGE;
	case QM_LDQ:
		return n != NC_EDGE && n != NC_SPACE;
	case QM_RAQ: case QM_RSAQ: case QM_RDQ:
		return pfree && (n == NC_ALNUM || n == NC_MARK || n == NC_OTHER);
	case QM_DQ:
		return pfree && n != NC_EDGE && n != NC_SPACE && !(n == NC_PUNCT && s[pos + 1] != '.' &&
		    s[pos + 1] != '(' && s[pos + 1] != '$');
	case QM_SQ: case QM_LSQ:
		return pfree && n == NC_ALNUM && !quote_is_elision(s, hi, pos + mlen);
	case QM_LOWSQ:
		return n == NC_ALNUM;
	default:
		return false;
	}
}

/* Is the mark m at pos a closer for opener o? depth_delta is set to +1 when it instead
 * opens a nested quotation of the same kind. */
static inline __attribute__((always_inline)) bool
quote_can_close(const char *s, size_t lo, size_t hi, size_t pos, size_t mlen, enum qmark o,
    enum qmark m, int *nest)
{
	enum nclass p = quote_class_cp(quote_prev_cp(s, lo, pos));
	enum nclass n = quote_class_cp(quote_next_cp(s, hi, pos + mlen));
	bool rflank = p != NC_SPACE && p != NC_EDGE;

	*nest = 0;
	switch (o) {
	case QM_LDQ:
		if (m == QM_LDQ && n != NC_SPACE && n != NC_EDGE && !rflank) {
			*nest = 1;
			return false;
		}
		return m == QM_RDQ || (m == QM_DQ && rflank);
	case QM_DQ:
		return (m == QM_DQ && (rflank || n == NC_SPACE || n == NC_EDGE)) || m == QM_RDQ;
	case QM_LOWDQ:
		return m == QM_LDQ || m == QM_RDQ || (m == QM_DQ && rflank);
	case QM_RDQ:
		return m == QM_RDQ && rflank;
	case QM_LAQ:
		if (m == QM_LAQ) {
			*nest = 1;
			return false;
		}
		return m == QM_RAQ;
	case QM_RAQ:
		return m == QM_LAQ && rflank;
	case QM_LSAQ:
		return m == QM_RSAQ;
	case QM_RSAQ:
		return m == QM_LSAQ && rflank;
	case QM_LCB:
		if (m == QM_LCB) {
			*nest = 1;
			return false;
		}
		return m == QM_RCB;
	case QM_LWCB:
		return m == QM_RWCB;
	case QM_SQ: case QM_LSQ: case QM_LOWSQ:
		return (m == QM_RSQ || m == QM_SQ || (o == QM_LOWSQ && m == QM_LSQ)) && rflank &&
		    n != NC_ALNUM;
	default:
		return false;
	}
}

/* Does a paragraph that opens with mark m continue an unclosed quotation opened by o? */
static bool
quote_continues(enum qmark o, enum qmark m)
{
	if (quote_mark_single(o))
		return quote_mark_single(m) && m != QM_RSQ;
	switch (o) {
	case QM_DQ: case QM_LDQ: case QM_LOWDQ:
		return m == QM_DQ || m == QM_LDQ || m == QM_LOWDQ;
	case QM_RDQ:
		return m == QM_RDQ;
	default:
		return m == o;
	}
}

struct rawq {
	size_t mo, me;  /* with marks */
	size_t co, ce;  /* content */
	bool unclosed;
};

struct rawq_list {
	struct rawq *v;
	size_t n, cap;
};

static void
rawq_push(struct rawq_list *l, const struct rawq *q)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 16;
		l->v = xreallocarray(l->v, l->cap, sizeof *l->v);
	}
	l->v[l->n++] = *q;
}

/* End of the paragraph starting at p: the first "\n\n" at or after p, or len. */
static size_t
quote_para_end(const char *s, size_t len, size_t p)
{
	const char *q;

	while (p < len) {
		q = memchr(s + p, '\n', len - p);
		if (q == NULL)
			return len;
		p = (size_t)(q - s);
		if (p + 1 < len && s[p + 1] == '\n')
			return p;
		p++;
	}
	return len;
}

static size_t
quote_skip_newlines(const char *s, size_t len, size_t p)
{
	while (p < len && (s[p] == '\n' || s[p] == ' ' || s[p] == '\t' || s[p] == '\r'))
		p++;
	return p;
}

static bool
quote_space_byte(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Whether the closing single mark at pos follows a word ending in s and comes before a
 * space and a lowercase ASCII letter: "the kids’ playground" may be a plural possessive. */
static bool
quote_plural_possessive(const char *s, size_t pe, size_t pos, size_t mlen)
{
	size_t n = pos + mlen;

	return pos >= 2 && s[pos - 1] == 's' && ((s[pos - 2] | 32) >= 'a' && (s[pos - 2] | 32) <= 'z') &&
	    n + 1 < pe && s[n] == ' ' && s[n + 1] >= 'a' && s[n + 1] <= 'z';
}

/* Searches for the closer of opener o (at content start cs) from pos to the paragraph end
 * pe, following continuation paragraphs. Returns true with the closer's range, or false
 * with *stop at the last paragraph end looked at. */
static bool
quote_find_close(const char *s, size_t len, size_t lo, size_t cs, size_t pe, enum qmark o,
    size_t *cmo, size_t *cme, size_t *stop)
{
	size_t pos = cs, plo = lo, mlen, fbo = SIZE_MAX, fbe = 0;
	int depth = 0, nest;

	for (;;) {
		while (pos < pe) {
			enum qmark m;

			pos = quote_next_lead(s, pos, pe);
			if (pos >= pe)
				break;
			m = quote_mark_at(s, pe, pos, &mlen);
			if (m == QM_NONE) {
				pos++;
				continue;
			}
			if (quote_can_close(s, plo, pe, pos, mlen, o, m, &nest)) {
				if (depth == 0 && fbo == SIZE_MAX && quote_mark_single(o) &&
				    quote_plural_possessive(s, pe, pos, mlen)) {
					/* "‘next to the kids’ playground on a Saturday’": a plural
					 * possessive closes only when nothing later in the
					 * paragraph does */
					fbo = pos;
					fbe = pos + mlen;
				} else if (depth == 0) {
					*cmo = pos;
					*cme = pos + mlen;
					return true;
				} else {
					depth--;
				}
			} else if (nest && depth < QUOTE_NEST_MAX) {
				depth++;
			} else if (fbo != SIZE_MAX && quote_mark_single(m) &&
			    quote_class_cp(quote_next_cp(s, pe, pos + mlen)) == NC_ALNUM &&
			    quote_class_cp(quote_prev_cp(s, plo, pos)) == NC_SPACE) {
				break;  /* a quotation opens after it: the possessive was the close */
			}
			pos += mlen;
		}
		if (fbo != SIZE_MAX) {
			*cmo = fbo;
			*cme = fbe;
			return true;
		}
		*stop = pe;
		/* A paragraph that opens with the same kind of mark continues the quotation. */
		pos = quote_skip_newlines(s, len, pe);
		if (pos >= len || pos == pe)
			return false;
		{
			enum qmark m = quote_mark_at(s, len, pos, &mlen);

			if (m == QM_NONE || !quote_continues(o, m))
				return false;
		}
		plo = pos;
		pos += mlen;
		pe = quote_para_end(s, len, pos);
	}
}

/* Pass 1: pairs the quote marks of the whole body, in order, in one forward scan. */
static void
quote_find_all(const char *s, size_t len, struct rawq_list *out)
{
	size_t p = 0;

	while (p < len) {
		size_t pe = quote_para_end(s, len, p), pos = p, mlen;
		bool noclose_single = false, noclose_double = false;
		size_t next = pe;

		while (pos < pe) {
			enum qmark m;
			size_t cmo = 0, cme = 0, stop = 0;

			pos = quote_next_lead(s, pos, pe);
			if (pos >= pe)
				break;
			m = quote_mark_at(s, pe, pos, &mlen);
			struct rawq q;
			bool single;

			if (m == QM_NONE || !quote_can_open(s, p, pe, pos, mlen, m)) {
				pos += m == QM_NONE ? 1 : mlen;
				continue;
			}
			single = quote_mark_single(m);
			if ((single && noclose_single) || (!single && noclose_double)) {
				pos += mlen;
				continue;
			}
			memset(&q, 0, sizeof q);
			q.mo = pos;
			q.co = pos + mlen;
			if (quote_find_close(s, len, p, pos + mlen, pe, m, &cmo, &cme, &stop)) {
				q.ce = cmo;
				q.me = cme;
			} else if (!single && stop - (pos + mlen) >= QUOTE_MIN_UNCLOSED) {
				q.ce = stop;
				q.me = stop;
				q.unclosed = true;
			} else {
				if (single)
					noclose_single = true;
				else
					noclose_double = true;
				pos += mlen;
				continue;
			}
			while (q.co < q.ce && quote_space_byte((unsigned char)s[q.co]))
				q.co++;
			if (q.co + 1 < q.ce && (unsigned char)s[q.co] == 0xc2 && (unsigned char)s[q.co + 1] == 0xa0)
				q.co += 2;
			while (q.ce > q.co && quote_space_byte((unsigned char)s[q.ce - 1]))
				q.ce--;
			if (q.ce >= q.co + 2 && (unsigned char)s[q.ce - 2] == 0xc2 && (unsigned char)s[q.ce - 1] == 0xa0)
				q.ce -= 2;
			if (q.ce > q.co)
				rawq_push(out, &q);
			if (q.me > pe) {
				/* The quotation ran into later paragraphs: resume after its close. */
				pos = q.me;
				pe = quote_para_end(s, len, pos);
				next = pe;
				noclose_single = noclose_double = false;
				continue;
			}
			pos = q.me;
			if (q.unclosed && stop > pe) {
				next = stop;
				break;
			}
		}
		p = quote_skip_newlines(s, len, next);
		if (p == next && next < len)
			p++;
	}
}

/* ---------------------------------------------------------------- tokens */

enum ttype { T_WORD, T_COMMA, T_COLON, T_END, T_SEMI, T_DASH, T_PAREN, T_QUOTE, T_OTHER };

enum {
	W_CAP = 1 << 0,
	W_ALLCAP = 1 << 1,
	W_POSS = 1 << 2,
	W_SENT = 1 << 3,   /* first word of a sentence */
	W_INITIAL = 1 << 4,
	W_ABBR = 1 << 5,
	W_DIGIT = 1 << 6,
	W_CFK = 1 << 7     /* cf computed */
};

struct tok {
	size_t off, len;   /* the token; for a possessive word len excludes the 's */
	unsigned char type;
	unsigned char wf;
	unsigned cf;
	int q;             /* index into the spans for T_QUOTE */
};

struct toks {
	struct tok *v;
	size_t n, cap;
};

/* Called for every token of every article: the growth is kept out of line and the fields
 * are set one by one rather than cleared first. */
static __attribute__((noinline)) void
tok_grow(struct toks *t)
{
	t->cap = t->cap ? t->cap * 2 : 256;
	t->v = xreallocarray(t->v, t->cap, sizeof *t->v);
}

static inline struct tok *
tok_push(struct toks *t, unsigned char type, size_t off, size_t len)
{
	struct tok *k;

	if (t->n == t->cap)
		tok_grow(t);
	k = &t->v[t->n++];
	k->off = off;
	k->len = len;
	k->type = type;
	k->wf = 0;
	k->cf = 0;
	k->q = -1;
	return k;
}

static bool
cp_upper(long cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
		return true;
	default:
		return false;
	}
}

/* ASCII bytes that are word characters, by kind as a bit (0: not one). */
enum { AW_LOWER = 1, AW_UPPER = 2, AW_DIGIT = 4 };

static const unsigned char quote_ascii_word[256] = {
	['0' ... '9'] = AW_DIGIT,
	['a' ... 'z'] = AW_LOWER,
	['A' ... 'Z'] = AW_UPPER,
};

static bool
cp_alnum(long cp)
{
	if (cp < 0x80)
		return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	return quote_class_cp(cp) == NC_ALNUM;
}

struct ctx;
static void tok_word(struct ctx *c, size_t *pos, size_t hi);

/* A byte range of the body: an entity's names and role are kept as written, and copied
 * out only for the entities a quotation uses (most are never spoken). */
struct range {
	size_t off, len;
};

struct ent {
	struct range name;
	struct range role;          /* len 0: no role */
	struct range aliases[QUOTE_MAX_ALIASES];
	size_t naliases;
	int is_org;
	bool spokes;       /* a body that has spoken through a spokesperson */
	bool unnamed;      /* known only by a description: "a senior official", "the ministry" */
	bool someone;      /* of those, a person ("a senior official"): no body "it" means */
	bool name_cap;     /* a body's range_has_cap of its name, kept with it: resolve_orgref
	                    * asks it of every body in the ring for every "the company" */
	int gender;        /* 0 unknown, 1 male, 2 female */
	size_t first_pos;
	int out;           /* index in the result, -1 until a quotation uses it */
	struct range last; /* last name word */
	struct range first; /* first name word */
	size_t nwords;
	uint32_t nameh, lasth, firsth;  /* quote_hash of name, last and first word */
	uint32_t rolew[8]; /* quote_hash of the role's words, hyphens as spaces */
	size_t nrolew;
	size_t nment;      /* mentions pushed so far */
	uint32_t place;    /* quote_hash of the country or people the role is held for
	                    * ("Karvenian" in "Karvenian President X"), 0 for none */
	unsigned char age; /* "Kay Dunn, 34,": the age given beside the name, 0 for none */
	unsigned char knight; /* ent_knighted's answer: 0 not asked yet, 1 no, 2 yes */
	unsigned char former; /* ent_former's answer: 0 not asked yet, 1 no, 2 yes (the role,
	                    * once set, never changes) */
	char party;        /* "Sen. Ann Roe (D-Ore.)": the party's letter, 0 for none */
	struct range body; /* the body the role is held at, when set apart from it: "Community
	                    * Energy Watch" in "the Executive Director, Community Energy Watch,
	                    * Dr Aisha Ibrahim"; len 0 for none */
};

struct ment {
	int ent;
	size_t pos;
	bool subj;         /* named as the subject of a clause (or as a speaker) */
	unsigned char pg;  /* a body that spoke through a spokesman (1), spokeswoman (2) or
	                    * spokesperson (3): the pronouns that mean it next */
	bool weak;         /* an owner named in passing ("Ravel's first feature"): a pronoun of
	                    * a later paragraph may mean it, one of its own paragraph not ("On
	                    * Okoro's miss, he said") */
	bool emb;          /* the subject of a clause another reports ("Dempsey said his cousin
	                    * Ray had offered"), which a pronoun after passes over */
	int alt;           /* a surname alone: the other person named with it, whom a pronoun
	                    * of the other's sex shows was meant; -1 for none */
	bool org;          /* the entity's is_org, which never changes: scans for a body pass
	                    * over people without reading their entity */
	bool rel;          /* named inside a "which" clause that hangs on another phrase ("Zlatovac
	                    * Mining, in which China's Hengtai Group bought a stake"): the body
	                    * a later "the company" means last */
	unsigned char pron; /* a person of unknown sex this mention reached as "he" (1) or
	                    * "she" (2): a pronoun of the other sex passes it over ("She spent
	                    * her days there. He said"), 0 otherwise */
	bool spoke;        /* named as the subject of a verb of speech outside a quotation
	                    * ("Ramon Magbanua, who heads the team, said rescuers were"):
	                    * ent_fresh's newcomer whose words the next paragraph quotes */
};

struct ctx {
	const char *s;
	size_t len;
	struct toks tk;
	struct ent *ents;
	size_t nents, capents;
	struct ment ring[QUOTE_RING];
	size_t nring;       /* total pushed */
	struct quote_span *spans;
	size_t nspans;
	int *span_para;     /* logical paragraph index of each span */
	int *span_pending;  /* 1 when the speaker is a role noun still to be named */
	size_t *span_cuepos;
	int *span_ent;      /* internal entity index */
	int *span_fallback; /* a role noun's same-paragraph candidate when nobody is named later */
	int *span_follow;   /* 1 + the span whose speaker this one continues, once that span's
	                     * role noun is named later; 0 for none */
	int last_subject;   /* the last person named as a subject in this paragraph, -1 */
	int lead_subject;   /* the person whose name opens this paragraph as its subject, -1;
	                     * once it is attributed, kept only if the paragraph tells of
	                     * speech (para_speaks) */
	int prev_subject;   /* lead_subject of the paragraph before, when it named nobody else */
	size_t coord_end;   /* token just after the last name scan_mentions registered */
	size_t coord_ring;  /* that name's ring slot (total count at its push) */
	size_t prev_para;   /* byte offset where the previous paragraph began */
	size_t cur_para;    /* and where this one begins */
	int role_fallback;  /* set by np_resolve for an unresolved role noun */
	char cuebuf[32];    /* a one-word "according to" cue as written, copied by span_set */
	size_t *qtok;       /* the token of each quotation in the paragraph tokenised last */
	size_t pq0, pq1;    /* the quotations that paragraph holds */
	size_t *span_nents; /* entities there were when the span's paragraph was scanned */
	size_t para_nents;  /* and for the paragraph scanned last */
	size_t *para_off;   /* where each logical paragraph begins */
	size_t npara, cappara;
	uint32_t learned[QUOTE_LEARNED]; /* quote_hash of unlisted words the article used as a
	                    * person's role ("former footballer Dan Hale"): role nouns from then on */
	size_t nlearned;
	struct role_acr {   /* an acronym the article gave a role ("Superintendent of police
	                    * (SP)"): its quote_hash and the role words' role_word_hash */
		uint32_t h, w[4];
		size_t n;
	} racr[QUOTE_RACR];
	size_t nracr;
	size_t nlong;       /* how often an entity took a name of three words or more; 0 tells
	                    * ent_paternal and ent_surname_tail's two family names, which look
	                    * for no other, to stop */
	size_t legal_orgs;  /* bodies named with a legal form last ("... Pvt Ltd") or a head
	                    * (short_head), which a name without it may mean:
	                    * ent_register_bytes looks for them only then */
	bool role_bodies;   /* some person's role is held at a body the article names ("of
	                    * NOPA", or set apart): resolve_role's search for one is worth it */
	int guillemets;     /* 0 not asked yet, 1 no «, 2 the article quotes with « */
	uint32_t pinyin_key; /* pinyin_name's last name asked (quote_hash, 0 for none) and */
	bool pinyin_western; /* whether the article calls it by its second word alone */
	bool topic_prev;    /* the paragraph before may open a list of answers (topic_lead):
	                    * its last quotation came after a colon, or after a topic */
	void *span_block;   /* the per-span arrays above, in one allocation */
	int *span_ent_split; /* span_ent once split_paragraphs has replaced it */
	size_t qonly0, qonly1; /* the quotations of the paragraph before, when it held nothing
	                    * else (quotes and sentence ends); empty otherwise */
	size_t carry_follow; /* 1 + the span a following quote-only paragraph continues, when its
	                    * speaker waits for a later name; 0 for none */
	int focus;          /* the person mentioned most so far, -1 before any */
	int alt_for, alt;   /* the surname alone ent_register_bytes read last as alt_for, and
	                    * the other person it may mean, for ring_push to keep; -1 */
	unsigned lowercase_asked; /* lowercase_too's reads of the whole text so far */
	int interview;      /* the writer speaks in the first person outside quotations ("she
	                    * tells me"): pronouns lean to the person interviewed; -1 until asked */
	int doc_ent;        /* who issued the document last named as the channel of a subject's
	                    * words ("In a statement, the company said"), -1 for none; */
	size_t doc_pos;     /* where that subject stands, */
	uint32_t doc_word;  /* and quote_hash of the document's word ("statement") */
	bool head_caps;     /* the paragraph tokenised is a headline in title case ("Minister
	                    * Rahmat Suspends Nickel Smelter Permit"): np_fwd's names there
	                    * take only words the body writes too */
	size_t head_end;    /* and where that headline ends */
	unsigned char head_word[64]; /* word_after_headline's answers for the headline's first
	                    * tokens: 0 not asked, 1 yes, 2 no */
};

/* The per-span arrays of the context, zeroed, for n spans: one allocation, as an article
 * is extracted in a few microseconds and a call to calloc per array is a cost that shows. */
static void
span_arrays_alloc(struct ctx *c, size_t n)
{
	char *p = xcalloc(n, 3 * sizeof(size_t) + 5 * sizeof(int));

	c->span_block = p;
	c->span_cuepos = (size_t *)(void *)p;
	c->qtok = c->span_cuepos + n;
	c->span_nents = c->qtok + n;
	c->span_para = (int *)(void *)(c->span_nents + n);
	c->span_pending = c->span_para + n;
	c->span_ent = c->span_pending + n;
	c->span_fallback = c->span_ent + n;
	c->span_follow = c->span_fallback + n;
}

static bool role_suffix(struct ctx *c, const struct tok *t);
static bool tok_party(const struct ctx *c, const struct tok *t);
static bool tok_spokes(struct ctx *c, const struct tok *t);
static int resolve_it(struct ctx *c, size_t pos);
static bool title_compound(struct ctx *c, const struct tok *t);
static bool org_compound(struct ctx *c, const struct tok *t);
static bool role_learned(const struct ctx *c, const struct tok *t);
static inline bool legal_form(const char *w, size_t n);
static bool tok_age(struct ctx *c, const struct tok *t);

/* A word's flags from the table. Nearly every word is short ASCII: with sixteen bytes of
 * text left to read it is loaded in one or two goes and looked up packed, skipping
 * quote_cue_flags's byte loop. A word never holds a NUL byte (tok_word takes none), as the
 * packed lookups require. */
static inline unsigned
tok_table_flags(const struct ctx *c, const struct tok *t)
{
	uint64_t k, k2;

	if (t->len >= 1 && t->len <= 16 && t->off + 16 <= c->len) {
		memcpy(&k, c->s + t->off, 8);
		memcpy(&k2, c->s + t->off + 8, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
		k = __builtin_bswap64(k);
		k2 = __builtin_bswap64(k2);
#endif
		if (t->len <= 8) {
			if (t->len < 8)
				k &= ((uint64_t)1 << (8 * t->len)) - 1;
			if ((k & 0x8080808080808080ull) == 0)
				return quote_cue_flags_packed(k, t->len);
		} else {
			if (t->len < 16)
				k2 &= ((uint64_t)1 << (8 * (t->len - 8))) - 1;
			if (((k | k2) & 0x8080808080808080ull) == 0)
				return quote_cue_flags_packed16(k, k2, t->len);
		}
	}
	return quote_cue_flags(c->s + t->off, t->len);
}

/* Whether t, a word of three bytes, is a lowercase German definite article ("der", "die",
 * "das", "den", "dem") before a capitalised noun: German capitalises every noun, and no
 * name takes an article. Before a role or a body ("der Minister", "das Landratsamt"), or
 * after a lowercase word ("an die Tür", "sagte der Landrat"); not inside a name, after a
 * capitalised word or a particle ("Kees den Hartog", "Maria das Graças Foster", "van der
 * Merwe", "Van der Meulen"). */
static inline unsigned tok_cf(struct ctx *c, struct tok *t);

static bool
german_article(struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off;
	const struct tok *n, *p;

	if (t <= c->tk.v || t + 1 >= c->tk.v + c->tk.n)
		return false;
	n = t + 1;
	p = t - 1;
	if (t->type != T_WORD || t->len != 3 || w[0] != 'd' ||
	    !(w[1] == 'e' || w[1] == 'i' || w[1] == 'a') || n->type != T_WORD ||
	    !((n->wf & W_CAP) || (n->wf & W_DIGIT)) || (n->wf & (W_ALLCAP | W_POSS)))
		return false;
	if (!(memcmp(w, "der", 3) == 0 || memcmp(w, "die", 3) == 0 || memcmp(w, "das", 3) == 0 ||
	    memcmp(w, "den", 3) == 0 || memcmp(w, "dem", 3) == 0))
		return false;
	/* "sagte die 29-Jährige" */
	if (n->wf & W_DIGIT)
		return tok_age(c, n);
	/* the lookups of the words around never come back here for t: the next is
	 * capitalised, and the one before has t, lowercase, after it */
	if (p->type == T_WORD && (tok_cf(c, (struct tok *)p) & QC_PARTICLE))
		return false;
	if (tok_cf(c, (struct tok *)n) & (QC_ROLE | QC_ORG))
		return true;
	/* "der Sprecher der Unionsfraktion": after a role or a body, a genitive's article */
	return p->type == T_WORD && (!(p->wf & W_CAP) || (tok_cf(c, (struct tok *)p) & (QC_ROLE | QC_ORG)));
}

static inline bool word_is(const char *s, size_t n, const char *w);

/* The length of the elided word that opens t, the letter el and an apostrophe, straight
 * or curly ("l'homme", "l’uomo", "s’indigne"); 0 when there is none. */
static inline size_t
tok_elided(const struct ctx *c, const struct tok *t, char el)
{
	const char *s = c->s + t->off;

	if (t->len > 2 && s[0] == el && s[1] == '\'')
		return 2;
	return t->len > 4 && s[0] == el && memcmp(s + 1, "\xe2\x80\x99", 3) == 0 ? 4 : 0;
}

/* French verbs of speech that are reflexive: "« ... », s'indigne Laetitia Gomès". t is one
 * word with its elided "s'"; the verb alone ("indigne") is no cue, being an adjective too. */
static bool
fr_reflexive_cue(const struct ctx *c, const struct tok *t)
{
	static const char *const verbs[] = { "indigne", "exclame", "inquiète", "insurge",
	    "emporte", "agace", "interroge", "étonne", "alarme", "félicite", "réjouit", "écrie",
	    "impatiente", "offusque", "esclaffe", "enthousiasme", "justifie", "défend",
	    "amuse", "énerve", "désespère", "exaspère", "emballe", "époumone" };
	const char *w = c->s + t->off;
	size_t at, i, n;

	if (t->len < 6 || (at = tok_elided(c, t, 's')) == 0)
		return false;
	n = t->len - at;
	for (i = 0; i < sizeof verbs / sizeof verbs[0]; i++)
		if (word_is(w + at, n, verbs[i]))
			return true;
	return false;
}

/* "the Bench observed", "A Division Bench of Justices": a court sitting, capitalised after
 * "the", "Division" or "Full"; not "Johnny Bench", nor a team's bench in lowercase. */
static bool
court_bench(const struct ctx *c, const struct tok *t)
{
	const struct tok *p = t - 1;

	return (t->wf & W_CAP) && t->len == 5 && word_is(c->s + t->off, 5, "bench") && t > c->tk.v &&
	    p->type == T_WORD && (word_is(c->s + p->off, p->len, "the") ||
	    word_is(c->s + p->off, p->len, "division") || word_is(c->s + p->off, p->len, "full"));
}

static uint32_t quote_hash(const char *s, size_t n);

/* The latest body the article has named that goes by the word t: an alias ("CM" for
 * "Cargo Movers (CM)"), or its name too when by_name; -1 when none. */
static int
org_by_alias(const struct ctx *c, const struct tok *t, bool by_name)
{
	size_t i, k;

	for (i = c->nents; i-- > 0;) {
		const struct ent *e = &c->ents[i];

		if (!e->is_org)
			continue;
		if (by_name && e->name.len == t->len && memcmp(c->s + e->name.off, c->s + t->off, t->len) == 0)
			return (int)i;
		for (k = 0; k < e->naliases; k++)
			if (e->aliases[k].len == t->len &&
			    memcmp(c->s + e->aliases[k].off, c->s + t->off, t->len) == 0)
				return (int)i;
	}
	return -1;
}

/* Whether a body the article has named goes by the word t: its name or an alias. */
static bool
org_called(const struct ctx *c, const struct tok *t)
{
	return org_by_alias(c, t, true) >= 0;
}

/* "the MD said", "the company's MD", "the PM", "the state's CM": a managing director, a
 * prime or chief minister after a determiner or an owner; not the degree after a name
 * ("Jane Roe, MD", "Dr Paul Kerr MD"), the time ("3 PM") nor a body's initials. ("the SP"
 * and "the DM" are a party and a message as often: only an article that gives the
 * initials makes them a role, role_acronym.) */
static bool
md_role(struct ctx *c, const struct tok *t)
{
	const struct tok *p = t - 1;
	const char *w = c->s + t->off;

	if (t->len != 2 || !((w[0] == 'M' && w[1] == 'D') || (w[0] == 'P' && w[1] == 'M') ||
	    (w[0] == 'C' && w[1] == 'M')) || t == c->tk.v || p->type != T_WORD)
		return false;
	/* "the Serbian PM": a demonym between */
	if (!(p->wf & W_POSS) && !(tok_cf(c, (struct tok *)p) & QC_DET) && !(t >= c->tk.v + 2 &&
	    (p->wf & W_CAP) && (tok_cf(c, (struct tok *)p) & QC_NATION) && p[-1].type == T_WORD &&
	    (tok_cf(c, (struct tok *)&p[-1]) & QC_DET)))
		return false;
	/* "Cargo Movers (CM)": initials the article gave a body are the body's */
	return !org_called(c, t);
}

/* Whether "Co" or "Co." at t closes a company's name: after a capitalised word, and
 * before no capitalised one (as a county's name follows it). */
static bool
co_company(const struct ctx *c, const struct tok *t)
{
	const struct tok *p = t - 1, *n = t + 1;

	/* "Mayo Co Co", a county council, is no company */
	return t > c->tk.v && p->type == T_WORD && (p->wf & W_CAP) && !(p->wf & W_POSS) &&
	    !(p->len >= 2 && c->s[p->off] == 'C' && c->s[p->off + 1] == 'o' &&
	    (p->len == 2 || (p->len == 3 && c->s[p->off + 2] == '.'))) &&
	    (n >= c->tk.v + c->tk.n || n->type != T_WORD || !(n->wf & W_CAP));
}

static bool tok_title_honor(struct ctx *c, struct tok *t);

static inline bool
care_word(const char *w, size_t n)
{
	return word_is(w, n, "care") || word_is(w, n, "healthcare");
}

/* Whether t is "Care" or "Healthcare" ending a capitalised name, a provider's: "Evergreen
 * Harbor Senior Care", "Northfield Healthcare". Lowercase, the words are no body ("in
 * care", "healthcare workers"). */
static bool
care_head(const struct ctx *c, const struct tok *t)
{
	const struct tok *p = t - 1;

	return (t->wf & (W_CAP | W_ALLCAP | W_POSS)) == W_CAP && (t->len == 4 || t->len == 10) &&
	    care_word(c->s + t->off, t->len) && t > c->tk.v && p->type == T_WORD && (p->wf & W_CAP) &&
	    !(p->wf & W_POSS);
}

/* The flags of a word the table does not list: a French reflexive verb of speech, a title
 * the table cannot tell from a name (tok_title_honor), a role by its shape or by what the
 * article taught, or a company's legal form. Out of line, so that the lookup above, run
 * for every word looked up, saves no registers for it. */
static __attribute__((noinline)) unsigned
tok_cf_unlisted(struct ctx *c, const struct tok *t)
{
	if (!(t->wf & W_CAP) && fr_reflexive_cue(c, t))
		return QC_SAY;
	/* "Eng. Faisal Al-Harbi", "Barr. X", "Barr Emeka Nwosu" */
	if ((c->s[t->off] == 'E' || c->s[t->off] == 'B') && (t->wf & W_CAP) &&
	    tok_title_honor(c, (struct tok *)t))
		return QC_ABBR | QC_HONOR;
	if (role_suffix(c, t) || title_compound(c, t) || role_learned(c, t) || md_role(c, t))
		return QC_ROLE;
	return legal_form(c->s + t->off, t->len) || org_compound(c, t) || court_bench(c, t) ||
	    care_head(c, t) ? QC_ORG : 0;
}

/* Whether the n bytes at s are a title Nigerian and Gulf copy abbreviates before a name
 * that the table cannot tell from a name: "Eng", "Engr", "Barr", "Hon". */
static bool
title_abbr_word(const char *s, size_t n)
{
	return (n == 3 && (memcmp(s, "Eng", 3) == 0 || memcmp(s, "Hon", 3) == 0)) ||
	    (n == 4 && (memcmp(s, "Engr", 4) == 0 || memcmp(s, "Barr", 4) == 0));
}

/* Whether nothing capitalised goes before token t but a title ("Rt.", "Chief"), as before
 * a title and not after a given name ("Lim Boon Eng", "William Barr"). */
static bool
title_position(struct ctx *c, struct tok *t)
{
	struct tok *p = t - 1;

	return t == c->tk.v || p->type != T_WORD || !(p->wf & W_CAP) || (p->wf & W_ABBR) ||
	    (tok_cf(c, p) & (QC_ROLE | QC_HONOR));
}

/* Whether t with its period is "Eng.", "Engr.", "Barr." or "Hon." in a title's position
 * (tok_title_abbr's test, asked again of the token now). */
static bool
tok_title_abbr_word(struct ctx *c, struct tok *t)
{
	return c->s[t->off + t->len - 1] == '.' && title_abbr_word(c->s + t->off, t->len - 1) &&
	    title_position(c, t);
}

/* Whether t, "Barr" without a period, is a title: after no capitalised word but a title,
 * and before a capitalised name ("lawyer Barr Emeka Nwosu"; "Linda Barr", "Barr told
 * CBS" are names). "Hon" without a period is none: it is a Hong Kong family name ("Hon Lai
 * Chu", "Mr Hon Chi Wai") and a firm's first word ("Hon Hai"). */
static bool
tok_title_bare(struct ctx *c, struct tok *t)
{
	const struct tok *end = c->tk.v + c->tk.n;

	if (!(t->len == 4 && memcmp(c->s + t->off, "Barr", 4) == 0))
		return false;
	if (t + 1 >= end || t[1].type != T_WORD || (t[1].wf & (W_CAP | W_POSS | W_ALLCAP)) != W_CAP)
		return false;
	return title_position(c, t);
}

/* Whether t is a title the table cannot tell from a name: "Eng.", "Barr." or "Hon." with
 * the period tok_title_abbr kept, or "Barr" without one before a name (tok_title_bare);
 * not the Eng of "Ng Eng Hen", the Hon of "Hon Kwok-leung" nor William Barr. */
static bool
tok_title_honor(struct ctx *c, struct tok *t)
{
	if (t->wf & W_ABBR)
		return (t->len == 4 || t->len == 5) && tok_title_abbr_word(c, t);
	return t->len >= 3 && t->len <= 4 && tok_title_bare(c, t);
}

/* The first lookup of a word's flags, kept out of line so that tok_cf, called many times
 * per token by the phrase parsers, inlines to a test of the memo. */
static __attribute__((noinline)) unsigned
tok_cf_lookup(struct ctx *c, struct tok *t)
{
	t->cf = tok_table_flags(c, t);
	t->wf |= W_CFK;
	/* "the UN said", "die UNO": capitals are no Romance "un", "uno" */
	if ((t->cf & QC_INDEF) && (t->wf & W_ALLCAP))
		t->cf &= ~(unsigned)(QC_DET | QC_INDEF);
	/* "Cr Donnelly" is a councillor, "CR Smith" a glazing firm */
	if (t->len == 2 && (t->wf & W_ALLCAP) && (t->cf & QC_ROLE) && c->s[t->off] == 'C' &&
	    c->s[t->off + 1] == 'R')
		t->cf = 0;
	if (t->cf == 0)
		t->cf = tok_cf_unlisted(c, t);
	/* "Southern Petroleum Products Co.": a company's "Co." after its name heads a body;
	 * not the county of Irish copy ("Co Donegal", "Co. Kerry"). "Hon." and "Hon", listed
	 * as abbreviations: tok_title_honor */
	if (__builtin_expect(t->cf == QC_ABBR, 0)) {
		if (t->len <= 3 && c->s[t->off] == 'C' && c->s[t->off + 1] == 'o' &&
		    (t->len == 2 || c->s[t->off + 2] == '.') && co_company(c, t))
			t->cf |= QC_ORG;
		else if (c->s[t->off] == 'H' && tok_title_honor(c, t))
			t->cf |= QC_HONOR;
	}
	/* "sagte der Minister", "an die Tür": a German article before a noun is "the" (and
	 * "der" no name's particle, as in "van der Berg") */
	if (t->len == 3 && (t->cf == 0 || t->cf == QC_PARTICLE) && german_article(c, t))
		t->cf = QC_DET;
	return t->cf;
}

static inline unsigned
tok_cf(struct ctx *c, struct tok *t)
{
	if (t->type != T_WORD)
		return 0;
	if (t->wf & W_CFK)
		return t->cf;
	return tok_cf_lookup(c, t);
}

/* Whether the n bytes at s are the word w, ASCII capitals taken as lowercase. w is
 * lowercase and NUL-terminated: walking it replaces a strlen per call. */
static inline bool
word_is(const char *s, size_t n, const char *w)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char a = s[i];

		if (a >= 'A' && a <= 'Z')
			a = (char)(a + 32);
		if (w[i] == '\0' || a != w[i])
			return false;
	}
	return w[i] == '\0';
}

/* Whether token t is the n-byte lowercase word w (ASCII capitals taken as lowercase). */
static inline bool
tok_is_n(const struct ctx *c, const struct tok *t, const char *w, size_t n)
{
	return t->type == T_WORD && t->len == n && word_is(c->s + t->off, n, w);
}

/* tok_is_n for a string literal: its length is known when compiling, so most tokens are
 * told apart by one comparison of lengths before a byte of text is read ("" w "" refuses
 * anything but a literal). */
#define tok_is(c, t, w) tok_is_n((c), (t), "" w "", sizeof(w) - 1)

#ifdef __SSE2__
/* The bytes of s[0, 16) that are ASCII lowercase letters, capitals and digits, as bit masks.
 * A byte is in [lo, lo + n) exactly when adding 0x80 - lo to it (mod 256) lands in
 * [0x80, 0x80 + n), the n smallest signed bytes, which one signed comparison finds. */
static inline void
tok_classify16(const char *s, unsigned *lower, unsigned *upper, unsigned *digit)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);

	*lower = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - 'a'))), _mm_set1_epi8((char)(-128 + 26))));
	*upper = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - 'A'))), _mm_set1_epi8((char)(-128 + 26))));
	*digit = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(_mm_add_epi8(v,
	    _mm_set1_epi8((char)(0x80 - '0'))), _mm_set1_epi8((char)(-128 + 10))));
}
#endif

/* Whether t, a word before a period, is "Ma.", the Filipino abbreviation of María, that
 * opens a name ("Ma. Consuelo", "Senator Ma. Consuelo Villaseñor"): a capital follows,
 * and no capitalised word of a name goes before it ("Jack Ma. Daniel Zhang", "Yo-Yo Ma.
 * Organiser ..." end a sentence with the surname Ma). */
static bool
tok_ma(struct ctx *c, struct tok *t)
{
	const char *s = c->s + t->off;
	struct tok *p = t - 1;

	if (t->len != 2 || s[0] != 'M' || s[1] != 'a' || t->off + 5 >= c->len || s[3] != ' ')
		return false;
	/* "Jose Ma. de los Reyes III": after a given name, before a lowercase particle (no
	 * sentence opens on one) */
	if (s[4] == 'd' && (s[5] == 'e' || s[5] == 'a') && t > c->tk.v && p->type == T_WORD &&
	    (tok_cf(c, p) & QC_GIVEN))
		return true;
	if (s[4] < 'A' || s[4] > 'Z')
		return false;
	return t == c->tk.v || p->type != T_WORD || !(p->wf & W_CAP) ||
	    (tok_cf(c, p) & (QC_ROLE | QC_HONOR));
}

/* Whether t, a word before a period, is a title that keeps it (title_abbr_word, a capital
 * after), not a name's last word ("said Lim Boon Eng. Analysts", "William Barr. The"):
 * title_position. "Hon." keeps its period as the table's abbreviation does;
 * tok_title_honor makes every one of them an honorific. */
static bool
tok_title_abbr(struct ctx *c, struct tok *t)
{
	const char *s = c->s + t->off;

	if (t->len < 3 || t->len > 4 || t->off + t->len + 2 >= c->len || s[t->len] != '.' ||
	    s[t->len + 1] != ' ' || s[t->len + 2] < 'A' || s[t->len + 2] > 'Z')
		return false;
	return title_abbr_word(s, t->len) && title_position(c, t);
}

#ifdef __SSE2__
/* The common word, measured inline in the tokeniser's loop: returns the offset after it, or 0
 * to leave it to tok_word. Forced inline: as quote_extract's inlined callees grow, GCC's
 * size limits would otherwise leave it a call per word (about 2.5% more instructions). */
static inline __attribute__((always_inline)) size_t
tok_word_ascii(struct ctx *c, size_t p, size_t hi)
{
	const char *s = c->s;

	/* Most words are a run of ASCII letters and digits under sixteen bytes, ended by a
	 * space or punctuation that joins no word: such a word is measured from three byte
	 * masks, without a loop whose exit the branch predictor cannot guess. Anything else (a
	 * hyphen, an apostrophe, a period inside the word, a non-ASCII letter, a longer word)
	 * is left to tok_word's general loop. */
	if (p + 17 <= c->len) {
		unsigned lo, up, dg, n;
		unsigned char b;
		size_t ndigits, nalpha;
		struct tok *t;

		tok_classify16(s + p, &lo, &up, &dg);
		n = (unsigned)__builtin_ctz(~(lo | up | dg) | 0x10000u);
		if (p + n > hi)
			n = (unsigned)(hi - p);
		b = p + n < hi ? (unsigned char)s[p + n] : ' ';
		if (n < 16 && b != '-' && b != '\'' && b < 0x80 && (b != '.' ||
		    p + n + 1 >= hi || ((unsigned char)s[p + n + 1] < 0x80 &&
		    quote_ascii_word[(unsigned char)s[p + n + 1]] == 0))) {
			unsigned m = (1u << n) - 1;
			unsigned char wf;

			/* digits are rare; without -mpopcnt the builtin is a libgcc call */
			ndigits = (dg & m) ? (size_t)__builtin_popcount(dg & m) : 0;
			nalpha = n - ndigits;
			/* every byte is an ASCII letter or digit and the next joins no word: no
			 * elided article, no possessive, and only a period can follow */
			wf = (unsigned char)((up & 1) * W_CAP | (dg & 1) * W_DIGIT |
			    (nalpha >= 2 && (lo & m) == 0) * W_ALLCAP);
			t = tok_push(&c->tk, T_WORD, p, n);
			t->wf = wf;
			p += n;
			if (b == '.' && p < hi && nalpha > 0 && ((n == 1 && (up & 1)) ||
			    (tok_table_flags(c, t) & QC_ABBR) || tok_ma(c, t) ||
			    ((s[t->off] == 'E' || s[t->off] == 'B') && tok_title_abbr(c, t)))) {
				p++;
				t->len++;
				t->wf |= W_ABBR;
				if (n == 1)
					t->wf |= W_INITIAL;
			}
			/* the space after the word, which the tokeniser's loop would pass over as
			 * its own step (a space is never a quotation mark) */
			return p < hi && s[p] == ' ' ? p + 1 : p;
		}
	}
	return 0;
}
#endif

/* One word: letters and digits with inner hyphens, apostrophes and periods; a possessive
 * ending is split off; an abbreviation keeps its period. */
static __attribute__((noinline)) void
tok_word(struct ctx *c, size_t *pos, size_t hi)
{
	const char *s = c->s;
	size_t p = *pos, start = p, letters = 0, ndigits = 0, nalpha, r0;
	long first = -1, cp;
	bool has_dot = false, nonupper = false;
	struct tok *t;

	while (p < hi) {
		unsigned k, run = 0;
		size_t q;

		/* Runs of ASCII letters and digits, the bulk of every word, go by table without
		 * decoding; only their kinds are gathered here, digits counted when there are any. */
		r0 = p;
		while (p < hi && (k = quote_ascii_word[(unsigned char)s[p]]) != 0) {
			run |= k;
			p++;
		}
		if (p > r0) {
			if (first < 0)
				first = (unsigned char)s[r0];
			letters += p - r0;
			if (run & AW_LOWER)
				nonupper = true;
			if (run & AW_DIGIT)
				for (q = r0; q < p; q++)
					ndigits += s[q] >= '0' && s[q] <= '9';
		}
		if (p >= hi)
			break;
		q = p;
		if ((unsigned char)s[p] < 0x80) {
			cp = (unsigned char)s[p];
			/* any other ASCII byte but these connectors ends the word */
			if (cp != '-' && cp != '\'' && cp != '.')
				break;
			q = p + 1;
		} else {
			cp = text_decode(s, hi, &q);
			if (cp_alnum(cp)) {
				if (first < 0)
					first = cp;
				if (!cp_upper(cp))
					nonupper = true;
				letters++;
				p = q;
				continue;
			}
		}
		if (cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.' || cp == 0x2010 || cp == 0x2011) {
			long nx = -1;

			if (q < hi) {
				size_t r = q;

				nx = (unsigned char)s[q] < 0x80 ? (unsigned char)s[q] : text_decode(s, hi, &r);
			}
			if (nx >= 0 && cp_alnum(nx)) {
				if (cp == '.')
					has_dot = true;
				p = q;
				continue;
			}
		}
		break;
	}
	/* every alphanumeric but an ASCII digit counts as a letter of the alphabet here */
	nalpha = letters - ndigits;
	t = tok_push(&c->tk, T_WORD, start, p - start);
	if (first >= 0 && cp_upper(first))
		t->wf |= W_CAP;
	if (first >= '0' && first <= '9')
		t->wf |= W_DIGIT;
	/* "d'Aven", "l'Oréal": an elided article before a capital is part of a name */
	if (!(t->wf & W_CAP) && t->len >= 3 && (s[start] == 'd' || s[start] == 'l')) {
		size_t at = start + 1;

		if (s[at] == '\'')
			at++;
		else if (t->len >= 5 && (unsigned char)s[at] == 0xe2 && (unsigned char)s[at + 1] == 0x80 &&
		    (unsigned char)s[at + 2] == 0x99)
			at += 3;
		if (at > start + 1 && at < start + t->len) {
			size_t r = at;
			long nx = (unsigned char)s[at] < 0x80 ? (unsigned char)s[at] : text_decode(s, hi, &r);

			if (cp_upper(nx))
				t->wf |= W_CAP;
		}
	}
	/* "al-Jubouri", "el-Sisi": the Arabic article before a capital is part of a name */
	if (!(t->wf & W_CAP) && t->len >= 4 && (s[start] == 'a' || s[start] == 'e') &&
	    s[start + 1] == 'l' && s[start + 2] == '-' && cp_upper(quote_next_cp(s, hi, start + 3)))
		t->wf |= W_CAP;
	if (nalpha >= 2 && !nonupper)
		t->wf |= W_ALLCAP;
	/* possessive: 's / ’s at the end, or s' / s’ before a non-letter */
	if (t->len > 2) {
		const char *e = s + t->off + t->len;

		if (e[-1] == 's' && e[-2] == '\'') {
			t->len -= 2;
			t->wf |= W_POSS;
		} else if (t->len > 4 && e[-1] == 's' && (unsigned char)e[-2] == 0x99 &&
		    (unsigned char)e[-3] == 0x80 && (unsigned char)e[-4] == 0xe2) {
			t->len -= 4;
			t->wf |= W_POSS;
		}
	}
	if (!(t->wf & W_POSS) && p < hi && s[p - 1] == 's' &&
	    ((unsigned char)s[p] == '\'' || (unsigned char)s[p] == 0xe2)) {
		size_t ml;
		enum qmark m = quote_mark_at(s, hi, p, &ml);

		if (m == QM_SQ || m == QM_RSQ) {
			long nx = quote_next_cp(s, hi, p + ml);

			if (!cp_alnum(nx)) {
				p += ml;
				t->wf |= W_POSS;
			}
		}
	}
	/* abbreviations and initials keep their period */
	if (!(t->wf & W_POSS) && p < hi && s[p] == '.' && nalpha > 0) {
		/* "Sen. Ann Roe, R-Okla., said": a party and a state's abbreviation set off after a
		 * name; before a space the period rather ends the sentence ("said Al Ray, D-Calif.") */
		bool party = t->len >= 4 && tok_party(c, t) && p + 1 < hi &&
		    (s[p + 1] == ',' || s[p + 1] == ')');
		bool abbr = has_dot || party || (letters == 1 && (t->wf & W_CAP)) ||
		    (tok_table_flags(c, t) & QC_ABBR) || tok_ma(c, t) ||
		    ((s[t->off] == 'E' || s[t->off] == 'B') && tok_title_abbr(c, t));

		if (abbr) {
			p++;
			t->len++;
			t->wf |= W_ABBR;
			if (letters == 1)
				t->wf |= W_INITIAL;
		}
	}
	*pos = p;
}

/* A wire story's dateline opening one of its first paragraphs ("LONDON/LAGOS, May 14
 * (Reuters) -", "KYIV, Ukraine (AP) —", "NEW DELHI:") is no name and no body, nor the
 * subject of the sentence after it: its words become T_OTHER and its dash or colon ends a
 * sentence. It opens with words in capitals; up to the dash come only capitalised words
 * after a comma or a bracket, numbers, commas, brackets and slashes (before a colon, only
 * words in capitals), at most twelve tokens. "UBS Chief Executive Tomas Halder - appointed
 * in April - said" is no dateline. */
static __attribute__((noinline)) void
dateline_strip(struct ctx *c)
{
	struct tok *v = c->tk.v;
	size_t i, d, n = c->tk.n < 13 ? c->tk.n : 13;
	bool caps = true;

	for (d = 1; d < n; d++) {
		const struct tok *t = &v[d];

		if (t->type == T_DASH || (t->type == T_COLON && caps))
			break;
		if (t->type == T_WORD) {
			if (!(t->wf & (W_CAP | W_DIGIT)) || (t->wf & W_POSS) ||
			    (caps && !(t->wf & W_ALLCAP)))
				return;
		} else if (t->type == T_COMMA || t->type == T_PAREN) {
			caps = false;
		} else if (!(t->type == T_OTHER && t->len == 1 && c->s[t->off] == '/')) {
			return;
		}
	}
	if (d >= n || d + 1 >= c->tk.n || v[d + 1].type != T_WORD)
		return;
	for (i = 0; i < d; i++)
		v[i].type = T_OTHER;
	v[d].type = T_END;
	v[d + 1].wf |= W_SENT;
}

static size_t role_acronym(struct ctx *c, size_t k, size_t aoff, size_t an, size_t lo);

/* The offset after a note in brackets that opens at s[p] (a "(") and stands between a
 * capitalised title and a capitalised name: its ")" within 40 bytes on the same line, with
 * no quotation mark (qmark, the next one), no other bracket and no lowercase word inside,
 * and a capital after it and one space. 0 when the bracket is no such note. The caller
 * has pushed at least one token. */
static size_t
tok_title_note(struct ctx *c, size_t p, size_t hi, size_t qmark)
{
	struct tok *t = &c->tk.v[c->tk.n - 1];
	const char *s = c->s;
	size_t e;

	if (t->type != T_WORD || !(t->wf & W_CAP) || (t->wf & W_POSS) || t->off + t->len + 1 != p ||
	    !(tok_cf(c, t) & QC_ROLE))
		return 0;
	for (e = p + 1; e < hi && e - p < 40; e++) {
		if (s[e] == ')')
			break;
		if (s[e] == '(' || s[e] == '\n' || s[e] == '"' || e == qmark)
			return 0;
		/* a word of the note in lowercase: "(copied to the Speaker)", "(see below)" */
		if (s[e] >= 'a' && s[e] <= 'z' && (s[e - 1] == '(' || s[e - 1] == ' '))
			return 0;
	}
	if (e >= hi || s[e] != ')' || e == p + 1 || e + 2 >= hi || s[e + 1] != ' ' ||
	    !cp_upper(quote_next_cp(s, hi, e + 2)))
		return 0;
	/* "Sub Inspector (SI) Vikram Deshmukh": the title's initials name it from now on */
	role_acronym(c, c->tk.n, p + 1, e - p - 1, c->tk.n > 6 ? c->tk.n - 6 : 0);
	return e + 2;
}

/* Whether the quotation at span qi is a nickname set inside a name: one or two capitalised
 * words of letters between a capitalised word, one space before, and one space and a
 * capital after ("Robert "Bobby" Tannehill", "Ma. Consuelo “Connie” Villaseñor"). It is
 * nobody's speech, and the name runs on across it. Not after a role, a body or a function
 * word ("Coach "Tank" Odom" keeps its quotation), nor after a possessive. */
static bool
tok_nickname(struct ctx *c, size_t qi, size_t hi)
{
	const struct quote_span *sp = &c->spans[qi];
	const char *s = c->s;
	size_t e = sp->mark_off + sp->mark_len, k, given = 0, words = 0;
	struct tok *t;

	if (c->tk.n == 0 || sp->len == 0 || sp->len > 24 || e + 1 >= hi || s[e] != ' ' ||
	    !cp_upper(quote_next_cp(s, hi, e + 1)))
		return false;
	t = &c->tk.v[c->tk.n - 1];
	if (t->type != T_WORD || (t->wf & (W_POSS | W_DIGIT)) || !(t->wf & W_CAP) ||
	    t->off + t->len + 1 != sp->mark_off || s[sp->mark_off - 1] != ' ' ||
	    (tok_cf(c, t) & (QC_ROLE | QC_ORG | QC_STOP | QC_DET | QC_PREP | QC_HONOR | QC_SAY |
	    QC_TELL | QC_PLURAL)) || !cp_alnum(quote_prev_cp(s, sp->off, sp->off + sp->len)))
		return false;
	/* one given name before it, after any title or abbreviation ("Senator Ma. Consuelo"),
	 * not a full name ("Novelist Clara Hume "Silent Water" Launch") */
	for (k = c->tk.n; k > 0 && c->tk.n - k < 5 && (c->tk.v[k - 1].wf & W_CAP) &&
	    c->tk.v[k - 1].type == T_WORD; k--)
		if (!(c->tk.v[k - 1].wf & W_ABBR) &&
		    !(tok_cf(c, &c->tk.v[k - 1]) & (QC_ROLE | QC_ROLEMOD | QC_HONOR)))
			given++;
	if (given != 1)
		return false;
	/* a reply to someone named ("told Sorin "Enough" Tuesday"): the name follows a
	 * verb, not a function word, a role or a comma */
	if (k > 0 && c->tk.v[k - 1].type == T_WORD && !(c->tk.v[k - 1].wf & W_CAP) &&
	    (!(tok_cf(c, &c->tk.v[k - 1]) & (QC_DET | QC_PREP | QC_STOP | QC_ROLE | QC_ROLEMOD |
	    QC_NPMOD | QC_PARTICLE | QC_SAY)) || (tok_cf(c, &c->tk.v[k - 1]) & QC_TELL)))
		return false;
	/* a title in a headline's capitals ("Emma Stone "Poor Things" Opens In Cinemas"): the
	 * word after is no surname when another capital follows it */
	for (k = e + 1; k < hi && s[k] != ' ' && s[k] != ',' && s[k] != '.' && s[k] != '\n'; k++)
		;
	if (k + 1 < hi && s[k] == ' ' && cp_upper(quote_next_cp(s, hi, k + 1)))
		return false;
	for (k = sp->off; k < sp->off + sp->len;) {
		size_t q = k;
		long cp = text_decode(s, sp->off + sp->len, &q);

		if (k == sp->off || s[k - 1] == ' ') {
			if (!cp_upper(cp) || ++words > 2)
				return false;
		} else if (!cp_alnum(cp) && cp != '-' && cp != '\'' && cp != 0x2019 && cp != '.' &&
		    cp != ' ') {
			return false;
		}
		if (cp == ' ' && (q >= sp->off + sp->len || s[q] == ' '))
			return false;
		k = q;
	}
	return true;
}

/* The offset past the list marker that opens a paragraph at p ("• ", "▪ ", "● ", "◦ ",
 * "· ", "* ", "- ") and the spaces after it; p when there is none. A bulleted paragraph
 * reads as one without its bullet: "• “Those are proxies.”" opens on its quotation. */
static size_t
quote_skip_bullet(const char *s, size_t p, size_t hi)
{
	const unsigned char *u = (const unsigned char *)s + p;
	size_t n = 0;

	if (p + 4 > hi)
		return p;
	if (u[0] == '*' || u[0] == '-')
		n = 1;
	else if (u[0] == 0xc2 && u[1] == 0xb7)
		n = 2;
	else if (u[0] == 0xe2 && ((u[1] == 0x80 && u[2] == 0xa2) || (u[1] == 0x96 && u[2] == 0xaa) ||
	    (u[1] == 0x97 && (u[2] == 0x8f || u[2] == 0xa6))))
		n = 3;
	if (n == 0 || u[n] != ' ')
		return p;
	p += n;
	while (p < hi && s[p] == ' ')
		p++;
	return p;
}

/* Tokenises s[lo, hi) with the quotations quotes[qi..] collapsed into T_QUOTE tokens.
 * A line break inside a paragraph ends a sentence (captions, headlines). A nickname
 * (tok_nickname) leaves no token, its qtok SIZE_MAX: the name's words meet across it. */
static inline bool word_byte(char ch);

static void
quote_tokenise(struct ctx *c, size_t lo, size_t hi, size_t qi)
{
	const char *s = c->s;
	size_t p = lo, qmark = qi < c->nspans ? c->spans[qi].mark_off : SIZE_MAX;
	bool sent = true;

	c->tk.n = 0;
	c->pq0 = qi;
	p = quote_skip_bullet(s, p, hi);
	while (p < hi) {
		unsigned char b = (unsigned char)s[p];
		size_t q = p;
		long cp;
		struct tok *t;

		if (p == qmark && tok_nickname(c, qi, hi)) {
			c->qtok[qi] = SIZE_MAX;
			p += c->spans[qi].mark_len;
			qi++;
			qmark = qi < c->nspans ? c->spans[qi].mark_off : SIZE_MAX;
			continue;
		}
		if (p == qmark) {
			c->qtok[qi] = c->tk.n;
			t = tok_push(&c->tk, T_QUOTE, p, c->spans[qi].mark_len);
			t->q = (int)qi;
			p += c->spans[qi].mark_len;
			qi++;
			qmark = qi < c->nspans ? c->spans[qi].mark_off : SIZE_MAX;
			sent = false;
			continue;
		}
		/* the common cases first: a space, or a word that begins with an ASCII letter */
		if (b == ' ') {
			p++;
			continue;
		}
		if (quote_ascii_word[b] != 0) {
#ifdef __SSE2__
			size_t np = tok_word_ascii(c, p, hi);

			if (np != 0)
				p = np;
			else
#endif
				tok_word(c, &p, hi);
			if (sent)
				c->tk.v[c->tk.n - 1].wf |= W_SENT;
			sent = false;
			continue;
		}
		if (b == '\n') {
			if (c->tk.n > 0 && c->tk.v[c->tk.n - 1].type != T_END)
				tok_push(&c->tk, T_END, p, 1);
			sent = true;
			p++;
			continue;
		}
		if (b == ' ' || b == '\t' || b == '\r') {
			p++;
			continue;
		}
		if (b < 0x80) {
			cp = b;
			q = p + 1;
		} else {
			cp = text_decode(s, hi, &q);
		}
		if (cp_alnum(cp)) {
			tok_word(c, &p, hi);
			if (sent)
				c->tk.v[c->tk.n - 1].wf |= W_SENT;
			sent = false;
			continue;
		}
		switch (cp) {
		case ',':
			tok_push(&c->tk, T_COMMA, p, 1);
			break;
		case ':':
			tok_push(&c->tk, T_COLON, p, 1);
			break;
		case ';':
			tok_push(&c->tk, T_SEMI, p, 1);
			sent = true;
			break;
		case '.': case '!': case '?':
			if (c->tk.n == 0 || c->tk.v[c->tk.n - 1].type != T_END)
				tok_push(&c->tk, T_END, p, 1);
			sent = true;
			break;
		case 0x2014: case 0x2013:
			tok_push(&c->tk, T_DASH, p, q - p);
			break;
		case '-':
			if (q < hi && s[q] == ' ')
				tok_push(&c->tk, T_DASH, p, 1);
			break;
		case '(':
			/* "DCP (Outer North) P. S. Raghunathan", "Superintendent (Crime) Anil
			 * Mehra": a note in brackets between a title and a name is passed over, so
			 * that the title and the name make one phrase */
			if (c->tk.n > 0) {
				size_t ce = tok_title_note(c, p, hi, qmark);

				if (ce != 0) {
					p = ce;
					continue;
				}
			}
			/* fall through */
		case ')': case '[': case ']':
			tok_push(&c->tk, T_PAREN, p, 1);
			break;
		case '+':
			/* "Disney+", "a Parallax+ spokesperson": a streamer's plus sign closes
			 * its name's last word */
			if (c->tk.n > 0 && c->tk.v[c->tk.n - 1].type == T_WORD &&
			    c->tk.v[c->tk.n - 1].off + c->tk.v[c->tk.n - 1].len == p &&
			    (c->tk.v[c->tk.n - 1].wf & W_CAP) && (q >= hi || !word_byte(s[q]))) {
				c->tk.v[c->tk.n - 1].len++;
				c->tk.v[c->tk.n - 1].wf &= (unsigned char)~W_CFK;
				break;
			}
			tok_push(&c->tk, T_OTHER, p, 1);
			break;
		case '&':
			/* "Allegheny & Lakes Railroad", "Procter & Gamble": an ampersand between
			 * capitals joins one name, a firm's */
			if (c->tk.n > 0 && c->tk.v[c->tk.n - 1].type == T_WORD &&
			    (c->tk.v[c->tk.n - 1].wf & W_CAP) && q + 1 < hi && s[q] == ' ' &&
			    s[q + 1] >= 'A' && s[q + 1] <= 'Z') {
				t = tok_push(&c->tk, T_WORD, p, 1);
				t->wf = W_CAP | W_CFK;
				t->cf = QC_ORG;
				break;
			}
			tok_push(&c->tk, T_OTHER, p, 1);
			break;
		default:
			if (quote_class_cp(cp) != NC_SPACE)
				tok_push(&c->tk, T_OTHER, p, q - p);
			break;
		}
		p = q;
	}
	c->pq1 = qi;
}

/* ---------------------------------------------------------------- entities */

/* Whether r holds an ASCII capital after its possessive owner ("Russia's foreign ministry"
 * and "Russia’s foreign ministry" have none). */
static bool
range_has_cap(const struct ctx *c, struct range r)
{
	size_t i, from = 0;

	/* past the last possessive, straight or curly */
	for (i = 0; i + 1 < r.len; i++) {
		if (c->s[r.off + i] == '\'' && c->s[r.off + i + 1] == 's')
			from = i + 2;
		else if (i + 3 < r.len && memcmp(c->s + r.off + i, "\xe2\x80\x99s", 4) == 0)
			from = i + 4;
	}
	for (i = from; i < r.len; i++)
		if (c->s[r.off + i] >= 'A' && c->s[r.off + i] <= 'Z')
			return true;
	return false;
}

/* Cheap comparison keys for names and role words, equal for byte strings equal without
 * regard to ASCII case. Eight bytes at a time: the capitals of a block are found at once
 * (adding 0x3f to a byte's low seven bits sets its top bit from 'A' on, adding 0x25 from
 * past 'Z'; a byte with its own top bit set is no ASCII capital) and lowered together. */
static uint32_t
quote_hash(const char *s, size_t n)
{
	const uint64_t ones = 0x0101010101010101ull, seven = 0x7f * ones;
	uint64_t h = 0x84222325cbf29ce4ull ^ n;

	while (n > 0) {
		uint64_t k = 0, x;
		size_t m = n < 8 ? n : 8;

		memcpy(&k, s, m);
		x = k & seven;
		k |= (((x + 0x3f * ones) ^ (x + 0x25 * ones)) & ~k & 0x80 * ones) >> 2;
		h = (h ^ k) * 0x9e3779b97f4a7c15ull;
		h ^= h >> 29;
		s += m;
		n -= m;
	}
	return (uint32_t)(h ^ (h >> 32));
}

/* Do two ranges of the body hold the same bytes without regard to ASCII case? */
static bool
range_ieq(const struct ctx *c, struct range a, struct range b)
{
	size_t i;

	if (a.len != b.len)
		return false;
	for (i = 0; i < a.len; i++) {
		char x = c->s[a.off + i], y = c->s[b.off + i];

		if (x >= 'A' && x <= 'Z')
			x = (char)(x + 32);
		if (y >= 'A' && y <= 'Z')
			y = (char)(y + 32);
		if (x != y)
			return false;
	}
	return true;
}

/* Whether the article has called e by the form w, one of its aliases. */
static bool
ent_called(const struct ctx *c, const struct ent *e, struct range w)
{
	size_t i;

	for (i = 0; i < e->naliases; i++)
		if (range_ieq(c, e->aliases[i], w))
			return true;
	return false;
}

static void
ent_add_alias(const struct ctx *c, struct ent *e, struct range form)
{
	if (range_ieq(c, e->name, form) || ent_called(c, e, form))
		return;
	if (e->naliases >= QUOTE_MAX_ALIASES)
		return;
	e->aliases[e->naliases++] = form;
}

static void
ring_push(struct ctx *c, int ent, size_t pos, bool subj)
{
	struct ment *m = &c->ring[c->nring % QUOTE_RING];

	m->ent = ent;
	m->pos = pos;
	m->subj = subj;
	m->pg = 0;
	m->emb = false;
	m->weak = false;
	m->rel = false;
	m->alt = ent == c->alt_for ? c->alt : -1;
	m->org = c->ents[ent].is_org != 0;
	m->pron = 0;
	m->spoke = false;
	c->alt_for = -1;
	c->nring++;
	c->ents[ent].nment++;
	if (!c->ents[ent].is_org && (c->focus < 0 || c->ents[ent].nment > c->ents[c->focus].nment))
		c->focus = ent;
}

/* Whether a surname alone means e rather than f, the one of them named later, as the
 * callers walk the entities from the latest: e when named more often; when both are
 * named as often and more than once, the first named, as a relative or namesake named
 * later is called by a given name or a title ("her mother, Ilona Körmendi", then
 * "Körmendi said" is still the profile's subject; "Lefèvre's son Mathis", then "the
 * elder Lefèvre"); when both are named once, the latest ("founded by Erik Brandt in
 * 1950. His grandson, Tomas Brandt, now runs it. "...," Brandt said"). */
static inline bool
ent_named_more(const struct ent *e, const struct ent *f)
{
	return e->nment > f->nment || (e->nment == f->nment && e->nment >= 2);
}

/* How many mentions the ring holds, and the k-th latest of them (k < ring_count): the walk
 * every resolver makes, latest first. */
static inline size_t
ring_count(const struct ctx *c)
{
	return c->nring < QUOTE_RING ? c->nring : QUOTE_RING;
}

static inline const struct ment *
ring_back(const struct ctx *c, size_t k)
{
	return &c->ring[(c->nring - 1 - k) % QUOTE_RING];
}

/* "A spokeswoman for X said ... She added": the latest mention, of the body e, also answers
 * to the pronoun that fits the spokesperson word t. */
static void
ring_mark_spokes(struct ctx *c, int e, const struct tok *t)
{
	struct ment *m;
	char ch;

	if (c->nring == 0 || e < 0 || t->len < 9)
		return;
	m = &c->ring[(c->nring - 1) % QUOTE_RING];
	if (m->ent != e)
		return;
	ch = (char)(c->s[t->off + 6] | 32);
	m->pg = ch == 'm' ? 1 : ch == 'w' ? 2 : 3;
}

static int ent_register_bytes(struct ctx *c, size_t off, size_t fulln, size_t firstn,
    struct range last, size_t nw, int is_org, int gender);

/* A given name of two syllables joined by a hyphen, the second in lowercase: "Wai-ming",
 * "Chi-keung", "Jae-in". Chinese and Korean names written in the Latin alphabet put it
 * after the family name ("Chan Wai-ming", "Vivian Lau Ka-yan"), and the article then
 * calls the person by that ("Mr Chan", "Lau"). Each syllable is short and ASCII; a
 * double-barrelled surname capitalises both halves ("Reyes-Lund"). */
static bool
tok_syllabic_given(const struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off;
	size_t i, h;

	if (t->len < 5 || t->len > 13 || !(t->wf & W_CAP) || (t->wf & (W_ALLCAP | W_POSS | W_ABBR)))
		return false;
	/* the hyphen first: most names hold none, and are sent away in a few bytes */
	for (h = 2; h <= 6 && h + 3 <= t->len && w[h] != '-'; h++)
		;
	if (h > 6 || h + 3 > t->len || w[h] != '-' || t->len - h - 1 > 6)
		return false;
	for (i = 1; i < t->len; i++)
		if (i != h && (w[i] < 'a' || w[i] > 'z'))
			return false;
	return true;
}

/* Whether t is a common Chinese family name in pinyin ("Xu", "Zhou", "Zhang"), which
 * mainland names put first ("Xu Yiming", "Zhou Jianping"). The names are kept by their
 * first letter, so that a word is compared with a handful. */
static bool
tok_pinyin_family(const struct ctx *c, const struct tok *t)
{
	static const char *const by_letter[26] = {
		['b' - 'a'] = "bai", ['c' - 'a'] = "chen cao cai cheng cui", ['d' - 'a'] = "deng dong du ding",
		['f' - 'a'] = "feng fang", ['g' - 'a'] = "guo gao gu", ['h' - 'a'] = "huang hu hou hao",
		['j' - 'a'] = "jiang jin", ['k' - 'a'] = "kong", ['l' - 'a'] = "li liu lin luo liang lei liao",
		['m' - 'a'] = "mao", ['p' - 'a'] = "peng pan", ['q' - 'a'] = "qin qiu qian",
		['s' - 'a'] = "sun song su shen shao", ['t' - 'a'] = "tang tian tan",
		['w' - 'a'] = "wang wu wei", ['x' - 'a'] = "xu xie xiao xue xiong xia",
		['y' - 'a'] = "yang yuan yao yan", ['z' - 'a'] = "zhang zhao zhou zhu zheng zeng zhong zou" };
	const char *w = c->s + t->off, *l;
	size_t k;

	if (t->len < 2 || t->len > 6 || (t->wf & (W_CAP | W_ALLCAP | W_POSS | W_ABBR)) != W_CAP ||
	    w[0] < 'A' || w[0] > 'Z' || (l = by_letter[w[0] - 'A']) == NULL)
		return false;
	while (*l != '\0') {
		for (k = 0; l[k] != '\0' && l[k] != ' '; k++)
			;
		if (k == t->len && memcmp(l + 1, w + 1, k - 1) == 0)
			return true;
		l += k + (l[k] == ' ');
	}
	return false;
}

/* Whether the n lowercase bytes at w are one pinyin syllable: an initial ("zh", "b", or
 * none) and a final ("ing", "iao"). Loose: some pairs pinyin never writes pass. */
static bool
pinyin_syllable(const char *w, size_t n)
{
	static const char *const finals[] = { "a", "o", "e", "ai", "ei", "ao", "ou", "an", "en",
	    "ang", "eng", "ong", "er", "i", "ia", "ie", "iao", "iu", "ian", "in", "iang", "ing",
	    "iong", "u", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ue" };
	size_t k = 0, i;

	if (n >= 2 && (w[0] == 'z' || w[0] == 'c' || w[0] == 's') && w[1] == 'h')
		k = 2;
	else if (n >= 1 && strchr("bpmfdtnlgkhjqxrzcsyw", w[0]) != NULL)
		k = 1;
	for (i = 0; i < sizeof finals / sizeof finals[0]; i++)
		if (strlen(finals[i]) == n - k && memcmp(finals[i], w + k, n - k) == 0)
			return true;
	return false;
}

/* Whether t, after a Chinese family name, is a mainland given name in pinyin written in one
 * word: two syllables ("Yiming", "Jianping", "Wenhao"), capitalised ASCII, no listed word
 * ("Lin Anne") and no family name of the list (a name in Western order, "Wei Zhang", "Hao
 * Chen"). "Wood", "Park", "Kuroda" and "Moreira" are no two syllables of pinyin. */
static bool
tok_pinyin_given(struct ctx *c, struct tok *t)
{
	const char *w = c->s + t->off;
	char low[10];
	size_t i;

	if (t->len < 4 || t->len > 9 || (t->wf & (W_CAP | W_ALLCAP | W_POSS | W_ABBR | W_DIGIT)) != W_CAP)
		return false;
	for (i = 1; i < t->len; i++)
		if (w[i] < 'a' || w[i] > 'z' || w[i] == 'v')
			return false;
	if (tok_cf(c, t) != 0 || tok_pinyin_family(c, t))
		return false;
	low[0] = (char)(w[0] | 32);
	memcpy(low + 1, w + 1, t->len - 1);
	for (i = 1; i < t->len; i++)
		if (pinyin_syllable(low, i) && pinyin_syllable(low + i, t->len - i))
			return true;
	return false;
}

/* The first place from h on where the body writes the n bytes w as a word of its own (no
 * word byte on either side), NULL for none. The callers' words open on a capital, which
 * memchr finds in the few places it stands. */
static const char *
body_word_from(const struct ctx *c, const char *h, const char *w, size_t n)
{
	const char *end = c->s + c->len, *hit;

	while (h + n <= end && (hit = memchr(h, w[0], (size_t)(end - h))) != NULL) {
		h = hit + 1;
		if ((size_t)(end - hit) >= n && memcmp(hit, w, n) == 0 &&
		    (hit == c->s || !word_byte(hit[-1])) && (hit + n == end || !word_byte(hit[n])))
			return hit;
	}
	return NULL;
}

/* Whether the article writes the word of token t alone, capitalised and not after the
 * word of token f: "Moran said" after "Lin Moran". */
static bool
word_alone_elsewhere(const struct ctx *c, const struct tok *f, const struct tok *t)
{
	const char *hit = c->s;

	while ((hit = body_word_from(c, hit, c->s + t->off, t->len)) != NULL) {
		if (!((size_t)(hit - c->s) >= f->len + 1 && hit[-1] == ' ' &&
		    memcmp(hit - 1 - f->len, c->s + f->off, f->len) == 0))
			return true;
		hit++;
	}
	return false;
}

/* Whether tokens a and a + 1 are a mainland Chinese name in pinyin, family name first
 * ("Xu Yiming"): a listed family name, a given name of two syllables, and the article
 * never calling the person by the second word alone, as it would a name in Western order
 * ("Lin Moran ... Moran said", "Yan Souza", "Tan Kaya"). */
static bool
pinyin_name(struct ctx *c, size_t a)
{
	struct tok *v = c->tk.v;
	uint32_t key;

	if (a + 1 >= c->tk.n || !tok_pinyin_family(c, &v[a]) || !tok_pinyin_given(c, &v[a + 1]))
		return false;
	/* the walk over the article is asked once per name, not per mention */
	key = quote_hash(c->s + v[a].off, v[a + 1].off + v[a + 1].len - v[a].off) | 1u;
	if (c->pinyin_key != key) {
		c->pinyin_key = key;
		c->pinyin_western = word_alone_elsewhere(c, &v[a], &v[a + 1]);
	}
	return !c->pinyin_western;
}

/* tok_syllabic_given, and not an English compound whose second half is a word of its own
 * ("Semi-final", "Stand-off", "Play-off", "Sit-in"), for a name that stands with nothing
 * else to show it is one. */
static bool
syllabic_given_name(struct ctx *c, const struct tok *t)
{
	static const char *const halves[] = { "off", "offs", "in", "ins", "up", "ups", "out",
	    "outs", "on", "ons", "final", "finals", "over", "down", "back", "by", "to", "end",
	    "time", "way", "run", "day" };
	const char *w = c->s + t->off, *h;
	size_t i;

	if (!tok_syllabic_given(c, t) || (h = memchr(w, '-', t->len)) == NULL)
		return false;
	for (i = 0; i < sizeof halves / sizeof halves[0]; i++)
		if (word_is(h + 1, t->len - (size_t)(h + 1 - w), halves[i]))
			return false;
	return true;
}

/* Whether t opens a family name as a particle: "van", "de", "bin" (the table's particles)
 * and those of Irish and Arabic names, which the table leaves alone as they are words or
 * given names elsewhere ("Mac", "Ben"): "Ní Bhriain", "Ó Súilleabháin", "Ould Bah". */
static bool tok_in(struct ctx *c, const struct tok *t, const char *const *w, size_t n);

static bool
tok_surname_particle(struct ctx *c, struct tok *t)
{
	/* "Ó" as written: tok_in lowers only ASCII capitals */
	static const char *const extra[] = { "ní", "nic", "Ó", "ua", "uí", "mac", "mag", "mhic",
	    "ould", "abu", "ben", "ibn", "bint" };

	if (t->type != T_WORD || (t->wf & (W_POSS | W_ABBR)))
		return false;
	if (tok_cf(c, t) & QC_PARTICLE)
		return true;
	return t->len <= 4 && tok_in(c, t, extra, sizeof extra / sizeof extra[0]);
}

/* "Ms Ní Bhriain", "Van Dijk said", "Ould Bah added": a family name that opens with a
 * particle, written without the given name, is the person the article has named most
 * whose full name ends in those words ("Niamh Ní Bhriain"); -1 when none, or when
 * someone is named exactly so, whom ent_register_bytes then finds. Without this the
 * particle read as a given name, and the article held two people. So too the two family
 * names of a Spanish name ("Fernández Ruiz" of "María José Fernández Ruiz"), when the
 * first is no word the table knows, a given name least of all: an English middle name
 * ("Keegan Doyle" of "Ronald Keegan Doyle") passes that test too, and is taken for the
 * same person unless the article names "Keegan Doyle" first. */
static int
ent_surname_tail(struct ctx *c, size_t a, size_t b, int gender)
{
	struct tok *v = c->tk.v;
	size_t k, i, off = v[a].off, n = v[b - 1].off + v[b - 1].len - off, minw = b - a + 1;
	int best = -1;

	if (b - a < 2 || b - a > 3 || !(v[b - 1].wf & W_CAP))
		return -1;
	for (k = a; k + 1 < b; k++)
		if (!tok_surname_particle(c, &v[k]))
			break;
	if (k + 1 < b) {
		if (b - a != 2 || !(v[a].wf & W_CAP) || (v[a].wf & (W_ALLCAP | W_ABBR | W_POSS)) ||
		    c->nlong == 0 || tok_cf(c, &v[a]) != 0)
			return -1;
		minw = 3;
	}
	for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
		const struct ent *e = &c->ents[i];
		struct range tail;

		if (e->is_org || e->unnamed)
			continue;
		/* someone named so already ("Keegan Doyle" beside "Ronald Keegan Doyle") is meant */
		if (e->name.len == n && range_ieq(c, e->name, (struct range){ off, n }))
			return -1;
		if (e->nwords < minw || e->name.len <= n + 1 || c->s[e->name.off + e->name.len - n - 1] != ' ')
			continue;
		if (gender != 0 && e->gender != 0 && e->gender != gender)
			continue;
		tail.off = e->name.off + e->name.len - n;
		tail.len = n;
		if (range_ieq(c, tail, (struct range){ off, n }) &&
		    (best < 0 || e->nment > c->ents[best].nment))
			best = (int)i;
	}
	if (best >= 0) {
		struct ent *e = &c->ents[best];

		ent_add_alias(c, e, (struct range){ off, n });
		if (!e->gender)
			e->gender = gender;
	}
	return best;
}

/* The family name a person goes by alone, of the word r: "Khalid al-Mansouri" is "Mr.
 * Mansouri" too, as some styles drop an Arabic article joined to the name by a hyphen, so
 * "al-Mansouri", "Al-Mansouri" and "el-Mansouri" go by the name after it. */
static inline struct range
family_word(const struct ctx *c, struct range r)
{
	const char *w = c->s + r.off;

	if (r.len > 4 && w[2] == '-' && ((w[0] | 32) == 'a' || (w[0] | 32) == 'e') &&
	    (w[1] | 32) == 'l' && ((w[3] >= 'A' && w[3] <= 'Z') || (unsigned char)w[3] >= 0xc0)) {
		r.off += 3;
		r.len -= 3;
	}
	return r;
}

/* Name parts are tokens [a, b); the entity whose name they denote, created when new.
 * Nothing is allocated when the name is already known (the common case). */
static int
ent_register(struct ctx *c, size_t a, size_t b, int is_org, int gender)
{
	struct tok *v = c->tk.v;
	struct range last = { v[b - 1].off, v[b - 1].len };
	size_t n, k;
	int found;

	if (!is_org && b - a >= 2 && (found = ent_surname_tail(c, a, b, gender)) >= 0)
		return found;

	/* "Chan Wai-ming", "Xu Yiming": the family name stands before the given name */
	if (!is_org && b - a >= 2 && (v[b - 2].wf & W_CAP) && !(v[b - 2].wf & W_POSS) &&
	    (tok_syllabic_given(c, &v[b - 1]) || (b - a == 2 && pinyin_name(c, a)))) {
		last.off = v[b - 2].off;
		last.len = v[b - 2].len;
	}
	if (!is_org)
		last = family_word(c, last);
	/* "Allied Food Workers Local 417": a union's local keeps its number */
	if (is_org && b - a >= 2 && b < c->tk.n && (v[b].wf & W_DIGIT) && v[b].type == T_WORD &&
	    tok_is(c, &v[b - 1], "local") && v[b].off == v[b - 1].off + v[b - 1].len + 1)
		b++;
	n = v[b - 1].off + v[b - 1].len - v[a].off;
	/* "Van der Kolk", "de Souza", "Ó Ceallaigh": a family name with its particles and no
	 * given name is a surname alone, which a full name named later takes up */
	if (!is_org && b - a >= 2) {
		for (k = a; k + 1 < b && tok_surname_particle(c, &v[k]) && !(tok_cf(c, &v[k]) & QC_GIVEN); k++)
			;
		if (k + 1 == b)
			return ent_register_bytes(c, v[a].off, n, n, last, 1, is_org, gender);
	}
	return ent_register_bytes(c, v[a].off, n, v[a].len, last, b - a, is_org, gender);
}

static uint32_t role_word_hash(const char *w, size_t n);

/* Whether e was first named with a knighthood or its like ("Sir Malcolm Thorne", "Dame
 * Ann Orr") and the article shortens it, as British copy does, to the title and the given
 * name ("Sir Malcolm, who has chaired"). Asked once per entity: the answer reads the
 * whole article. */
static bool
ent_knighted(const struct ctx *c, struct ent *e)
{
	size_t o = e->first_pos, t, at;
	const char *h;

	if (e->knight != 0)
		return e->knight == 2;
	e->knight = 1;
	if (o >= 4 && memcmp(c->s + o - 4, "Sir ", 4) == 0)
		t = 4;
	else if (o >= 5 && memcmp(c->s + o - 5, "Dame ", 5) == 0)
		t = 5;
	else
		return false;
	/* the title and the given name, then anything but the family name */
	for (at = 0; at + t + e->first.len < c->len &&
	    (h = memchr(c->s + at, c->s[o - t], c->len - at - t - e->first.len)) != NULL;) {
		size_t p = (size_t)(h - c->s), q = p + t + e->first.len;

		at = p + 1;
		if (memcmp(h, c->s + o - t, t) != 0 || memcmp(h + t, c->s + e->first.off, e->first.len) != 0)
			continue;
		if (q < c->len && quote_ascii_word[(unsigned char)c->s[q]] != 0)
			continue;
		if (q + 1 + e->last.len <= c->len && c->s[q] == ' ' &&
		    memcmp(c->s + q + 1, c->s + e->last.off, e->last.len) == 0)
			continue;
		e->knight = 2;
		return true;
	}
	return false;
}

/* The kin words: a role one holds for a person, not at a body. */
static const char *const kin_words[] = { "mother", "father", "son", "daughter", "wife",
	"husband", "brother", "sister", "grandmother", "grandfather", "grandson", "granddaughter",
	"aunt", "uncle", "cousin", "niece", "nephew", "widow", "widower", "mum", "dad" };

/* Whether t is one of kin_words. */
static bool
kin_word(struct ctx *c, const struct tok *t)
{
	return tok_in(c, t, kin_words, sizeof kin_words / sizeof kin_words[0]);
}

/* Whether e's role makes them kin of someone in the story ("his son, Darren Ferguson"): a
 * relative shares a surname by birth or marriage, and is no namesake to prefer. */
static bool
ent_kin(const struct ent *e)
{
	size_t k, x;

	for (k = 0; k < sizeof kin_words / sizeof kin_words[0]; k++) {
		uint32_t h = role_word_hash(kin_words[k], strlen(kin_words[k]));

		for (x = 0; x < e->nrolew; x++)
			if (e->rolew[x] == h)
				return true;
	}
	return false;
}

/* The flags of a word that is no first family name: a given name ("Ann" of "Mary Ann
 * Smith"), a particle, a role, a body's head or a stop word. */
#define QC_NOT_FAMILY (QC_GIVEN | QC_PARTICLE | QC_ROLE | QC_ORG | QC_STOP)

/* "Ibáñez said", after "Begoña Ibáñez Luján": a Spanish name ends in two family names,
 * and the article shortens it to the first (Portuguese copy shortens to the last, which
 * ent_register_bytes matches already). The person the article has named most whose name
 * has three words or more, the word before the last being the one written here; not when
 * that word is a particle or a given name ("Ann" of "Mary Ann Smith"), nor when the name
 * puts its family name first. Asked only when no surname matched, so a namesake the
 * article introduces by surname alone ("Striker Tate" beside "Emily Tate Reynolds") is
 * taken for her: a rare pair in one story, against a shortening every Spanish story makes. */
static int
ent_paternal(struct ctx *c, struct range w, int gender)
{
	size_t i;
	int best = -1;

	if (c->nlong == 0 || w.len < 2 || (quote_cue_flags(c->s + w.off, w.len) & QC_NOT_FAMILY))
		return -1;
	for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
		const struct ent *e = &c->ents[i];
		size_t end = e->name.off + e->name.len, p;

		if (e->is_org || e->unnamed || e->nwords < 3 || e->last.off + e->last.len != end ||
		    e->last.off < e->name.off + w.len + 2)
			continue;
		if (gender != 0 && e->gender != 0 && e->gender != gender)
			continue;
		p = e->last.off - 1 - w.len;
		if (c->s[p + w.len] != ' ' || (p > e->name.off && c->s[p - 1] != ' ') ||
		    !range_ieq(c, (struct range){ p, w.len }, w))
			continue;
		if (best < 0 || e->nment > c->ents[best].nment)
			best = (int)i;
	}
	return best;
}

/* Whether the article quotes with guillemets, as French copy does; asked once. */
static bool
ent_guillemets(struct ctx *c)
{
	if (c->guillemets == 0)
		c->guillemets = memmem(c->s, c->len, "\xc2\xab", 2) != NULL ? 2 : 1;
	return c->guillemets == 2;
}

/* Whether mention m names its person, rather than calling them by a pronoun or a role
 * noun after a determiner ("She is not related to the utilities director"). */
static bool
ment_by_name(const struct ctx *c, const struct ment *m)
{
	size_t e = m->pos;

	while (e < c->len && e - m->pos < 32 && word_byte(c->s[e]))
		e++;
	return !(quote_cue_flags(c->s + m->pos, e - m->pos) & (QC_DET | QC_PRONOUN));
}

/* Whether the paragraph tokenised last opens with a quotation that runs on over a
 * paragraph's end: the long words of someone just introduced. */
static bool
long_opening(const struct ctx *c)
{
	const struct quote_span *sp;

	if (c->tk.n == 0 || c->tk.v[0].type != T_QUOTE || c->tk.v[0].q < 0)
		return false;
	sp = &c->spans[c->tk.v[0].q];
	return memchr(c->s + sp->off, '\n', sp->len) != NULL;
}

static bool no_relation_after(const struct ctx *c, size_t off);

/* Whether e was named in the paragraph before as the subject of a verb of speech outside a
 * quotation (ment.spoke): ent_fresh's newcomer in reported words. */
static bool
ent_spoke_before(const struct ctx *c, int e)
{
	size_t k, n = ring_count(c);

	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);

		if (m->pos < c->prev_para)
			break;
		if (m->ent == e && m->spoke && m->pos < c->cur_para)
			return true;
	}
	return false;
}

/* Whether entity e, a namesake of a surname alone written at off (hash lh), was first named
 * in off's paragraph or the one before, before off, as a subject, and is no kin
 * (ent_register_bytes): "Prof. Lee Eun-kyung ..., who led the evaluation, called the
 * results "..." / "...," Lee said" is the professor, not the Lee named more. The paragraph
 * before counts only for one quoted there, who spoke there in reported words ("Sgt. Ramon
 * Magbanua, who heads the team, said rescuers were digging by hand" / ""...," Magbanua
 * told reporters") or whom it said was no relation ("Sipho Dlamini – no relation –
 * defended the contract"), and only when this paragraph opens with a
 * quotation, the introduced person's words ("Back among his vines, the elder Lefevre
 * said" goes on with the story), or one quoted nowhere when this paragraph opens on a
 * quotation that runs on over paragraphs, the words of the person just introduced
 * ("Kim Young-ho ... waited outside." / "He called me ... / "...," Kim said"). A person
 * of the family name named before e's first mention there says the article means that
 * one ("Biden was introduced by first lady Jill Biden"); so does one named after it in
 * an earlier paragraph, the latest in the reader's mind, by name or as a clause's
 * subject (not "She is not related to the utilities director"). */
static bool
ent_fresh(const struct ctx *c, int e, size_t off, uint32_t lh)
{
	const struct ent *en = &c->ents[e];
	size_t k, n = ring_count(c), fp = en->first_pos, lo = c->cur_para;
	bool subj = false;

	if (fp < c->prev_para || fp >= off || ent_kin(en))
		return false;
	if (fp < c->cur_para) {
		if (c->tk.n == 0 || c->tk.v[0].type != T_QUOTE)
			return false;
		lo = c->prev_para;
		if (!long_opening(c)) {
			/* from the paragraph before, only one quoted there ("Hunter Biden, who had
			 * kept a low profile, sat in the front row" is named in passing) */
			size_t q = c->pq0;

			while (q > 0 && c->spans[q - 1].mark_off >= c->prev_para && c->span_ent[q - 1] != e)
				q--;
			if ((q == 0 || c->spans[q - 1].mark_off < c->prev_para) && !ent_spoke_before(c, e) &&
			    !no_relation_after(c, en->name.off + en->name.len))
				return false;
		}
	}
	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *o = &c->ents[m->ent];

		if (m->pos < lo)
			break;
		if (m->ent == e && m->subj)
			subj = true;
		if (m->ent != e && !o->is_org && o->lasth == lh && m->pos < off &&
		    (m->pos < fp || fp < c->cur_para) && (m->subj || ment_by_name(c, m)))
			return false;
	}
	return subj;
}

/* Whether the text at off begins with one of the n strings of list. */
static bool
text_at_any(const struct ctx *c, size_t off, const char *const *list, size_t n)
{
	size_t k, len;

	for (k = 0; k < n; k++) {
		len = strlen(list[k]);
		if (off + len <= c->len && memcmp(c->s + off, list[k], len) == 0)
			return true;
	}
	return false;
}

/* Whether the text at off tells a surname alone from a namesake: ", who is not related
 * to", ", who is no relation to", " (no relation)", ", no relation,", " – no relation –". */
static bool
no_relation_after(const struct ctx *c, size_t off)
{
	static const char *const says[] = { ", who is not related to", ", who is no relation",
	    " (no relation", ", no relation", ", who was not related to", ", not related to",
	    " \xe2\x80\x93 no relation", " \xe2\x80\x94 no relation", " - no relation" };
	const char *t = c->s + off;

	/* nearly every name is followed by something else: three bytes tell */
	if (off + 13 > c->len || !((t[0] == ',' && t[1] == ' ' && (t[2] == 'w' || t[2] == 'n')) ||
	    (t[0] == ' ' && (t[1] == '(' || t[1] == '-' || t[1] == '\xe2'))))
		return false;
	return text_at_any(c, off, says, sizeof says / sizeof says[0]);
}

/* Whether w, n capitals, are the initials of the capitalised words of a body's name ("KNOC"
 * for "Kharazan National Oil Company", "NHS" for "National Health Service"), its
 * lowercase words ("of", "and") passed over; two initials at least. A word opening on
 * anything but an ASCII letter tells nothing, and says no. */
static bool
acronym_of(const struct ctx *c, struct range name, const char *w, size_t n)
{
	size_t i, k = 0;

	if (n < 2)
		return false;
	for (i = 0; i < name.len; i++) {
		char b = c->s[name.off + i];

		if (i > 0 && c->s[name.off + i - 1] != ' ')
			continue;
		if (b >= 'a' && b <= 'z')
			continue;
		if (!(b >= 'A' && b <= 'Z') || k >= n || w[k] != b)
			return false;
		k++;
	}
	return k == n;
}

/* The body the article has named whose initials token t is ("MMDA" for "Metropolitan
 * Manila Development Authority"), the latest; -1 when none. The initials become its
 * alias. */
static int
org_by_initials(struct ctx *c, const struct tok *t)
{
	size_t i;
	int found;

	/* the initials the article gave a body ("the Public Service Association (PSA)")
	 * before any body whose name they fit */
	if ((found = org_by_alias(c, t, false)) >= 0)
		return found;
	/* two or three letters fit too many ("SP", "PM"; "the FAA" after the Fresno Airport
	 * Authority is the Federal Aviation Administration) */
	if (t->len < 4)
		return -1;
	for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
		struct ent *e = &c->ents[i];

		if (e->is_org && e->nwords >= 2 && acronym_of(c, e->name, c->s + t->off, t->len)) {
			ent_add_alias(c, e, (struct range){ t->off, t->len });
			return (int)i;
		}
	}
	return -1;
}

/* Whether the n bytes at w are a word initials pass over: "of", "and", "the", "for". */
static inline bool
initials_filler(const char *w, size_t n)
{
	/* by length first: role_acronym asks it of every word it walks */
	if (n == 2)
		return word_is(w, 2, "of");
	return n == 3 && (word_is(w, 3, "and") || word_is(w, 3, "the") || word_is(w, 3, "for"));
}

/* The person the article has given a role whose words token t, in capitals, initials:
 * "the PPRO" after "The Police Public Relations Officer, SP Omolola Odutola"; -1 when
 * nobody's. The role's words are taken whatever their case, "of", "and", "for" and "the"
 * passed over. */
static int
person_by_role_initials(const struct ctx *c, const struct tok *t)
{
	size_t i, j, k;

	if (t->len < 2)
		return -1;
	for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
		const struct ent *e = &c->ents[i];
		const char *r = c->s + e->role.off;

		if (e->is_org || e->role.len == 0)
			continue;
		for (j = 0, k = 0; j < e->role.len && k <= t->len; j++) {
			size_t w;

			if (j > 0 && r[j - 1] != ' ' && r[j - 1] != '-')
				continue;
			for (w = j; w < e->role.len && r[w] != ' ' && r[w] != '-'; w++)
				;
			if (initials_filler(r + j, w - j))
				continue;
			if (k >= t->len || (r[j] & ~32) != c->s[t->off + k])
				break;
			k++;
		}
		if (j >= e->role.len && k == t->len)
			return (int)i;
	}
	return -1;
}

/* Whether the n bytes at w are two to eight ASCII capitals: an acronym's shape. */
static inline bool
acronym_shape(const char *w, size_t n)
{
	size_t i;

	if (n < 2 || n > 8)
		return false;
	for (i = 0; i < n; i++)
		if (!(w[i] >= 'A' && w[i] <= 'Z'))
			return false;
	return true;
}

/* The acronym the text gives a body's name right after it, "Kharazan National Oil
 * Company (KNOC)" or "..., known as KNOC,", when it initials the name; { 0, 0 } otherwise.
 * Only so written is an acronym the body: "a CIA spokesperson" in a story about the
 * Central Illinois Authority is somebody else. */
static struct range
acronym_after(const struct ctx *c, struct range name)
{
	static const char known[] = ", known as ";
	size_t p = name.off + name.len, a, e;
	struct range none = { 0, 0 };

	if (p + 4 > c->len)
		return none;
	if (c->s[p] == ' ' && c->s[p + 1] == '(')
		a = p + 2;
	else if (p + sizeof known + 1 < c->len && memcmp(c->s + p, known, sizeof known - 1) == 0)
		a = p + sizeof known - 1;
	else
		return none;
	for (e = a; e < c->len && e - a <= 8 && c->s[e] >= 'A' && c->s[e] <= 'Z'; e++)
		;
	if (!acronym_shape(c->s + a, e - a) || !acronym_of(c, name, c->s + a, e - a) ||
	    (e < c->len && quote_ascii_word[(unsigned char)c->s[e]] != 0))
		return none;
	if (c->s[a - 1] == '(' && (e >= c->len || c->s[e] != ')'))
		return none;
	return (struct range){ a, e - a };
}

/* A company's legal forms, as legal_tail reads them, and their quote_hash (filled once,
 * before main), for the one test of a body's last word as it is registered. */
static const char *const legal_forms[] = { "ltd", "ltd.", "limited", "pvt", "pvt.", "private",
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "llc", "plc", "gmbh" };
static uint32_t legal_form_h[sizeof legal_forms / sizeof legal_forms[0]];

static __attribute__((constructor)) void
legal_forms_init(void)
{
	size_t k;

	for (k = 0; k < sizeof legal_forms / sizeof legal_forms[0]; k++)
		legal_form_h[k] = quote_hash(legal_forms[k], strlen(legal_forms[k]));
}

/* Whether a word whose quote_hash is h is one of legal_forms (a hash may collide: this
 * only tells ent_register_bytes to look further). */
static inline bool
legal_word_hash(uint32_t h)
{
	size_t k;

	for (k = 0; k < sizeof legal_forms / sizeof legal_forms[0]; k++)
		if (legal_form_h[k] == h)
			return true;
	return false;
}

/* Whether the n bytes at body[off] are a company's legal form, in one word or several:
 * "Ltd", "Pvt Ltd", "Private Limited", "Inc.", "Corp", "LLC", "plc", "GmbH", "AG". */
static bool
legal_tail(const struct ctx *c, size_t off, size_t n)
{
	size_t i = 0, w, k;

	while (i < n) {
		bool hit = false;

		for (w = i; w < n && c->s[off + w] != ' '; w++)
			;
		for (k = 0; k < sizeof legal_forms / sizeof legal_forms[0] && !hit; k++)
			hit = word_is(c->s + off + i, w - i, legal_forms[k]);
		if (!hit && !legal_form(c->s + off + i, w - i))
			return false;
		i = w + 1;
	}
	return n > 0;
}

/* Whether the n bytes at s are a head a body's short name drops, besides a legal form:
 * "Bank" and a provider's "Care" ("Wells Fargo" for "Wells Fargo Bank", "Evergreen Harbor"
 * for "Evergreen Harbor Senior Care"). Not the heads that firms named after their
 * founders take ("Group", "Holdings", "Partners", "Foundation"): "Lucio Tanco, the
 * group's founder" is no "Lucio Tanco Group", and the table does not know every given
 * name that would tell. */
static bool
short_head(const char *s, size_t n)
{
	return care_word(s, n) || word_is(s, n, "bank");
}

/* Whether the n bytes at body[off] are what a body's name holds after a short name that
 * ends at body[end]: a legal form (legal_tail), or one or two words ending in a
 * short_head when a lowercase word follows the short name, as a verb its subject
 * ("Evergreen Harbor declined"; not "said Chidozie Okafor, the bank's founder"). */
static bool
body_tail(const struct ctx *c, size_t off, size_t n, size_t end)
{
	const char *sp = memchr(c->s + off, ' ', n);
	size_t w = sp != NULL ? (size_t)(sp - (c->s + off)) + 1 : 0;

	if (legal_tail(c, off, n))
		return true;
	if (!(end + 1 < c->len && c->s[end] == ' ' && c->s[end + 1] >= 'a' && c->s[end + 1] <= 'z'))
		return false;
	if (sp != NULL && memchr(c->s + off + w, ' ', n - w) != NULL)
		return false;
	return n > w && short_head(c->s + off + w, n - w);
}

/* Whether the word r opens an Arabic name by motherhood ("Umm Khaled", "Um Ahmed"). */
static bool
umm_name(const struct ctx *c, struct range r)
{
	return (r.len == 3 && word_is(c->s + r.off, 3, "umm")) ||
	    (r.len == 2 && memcmp(c->s + r.off, "Um", 2) == 0);
}

/* Whether the period at *d closes a title's abbreviation ("Sen.", "Dr", "Gov."): a
 * capitalised word of four letters at most before it. */
static bool
abbr_before(const struct ctx *c, const char *d)
{
	const char *p = d;

	while (p > c->s && word_byte(p[-1]))
		p--;
	return d - p >= 1 && d - p <= 4 && *p >= 'A' && *p <= 'Z';
}

/* Whether the body after the headline writes the word w as a family name: after a
 * capitalised word that is no title and no sentence's first, and before no capital
 * ("Sen. Elaine Warren said", not "Rep. Warren Hale"). */
static bool
surname_in_body(const struct ctx *c, struct range w)
{
	const char *end = c->s + c->len, *hit;

	for (hit = c->s + c->para_off[1]; (hit = body_word_from(c, hit, c->s + w.off, w.len)) != NULL;
	    hit++) {
		const char *z = hit + w.len, *p;

		if (hit - c->s < 3 || hit[-1] != ' ')
			continue;
		if (z + 1 < end && *z == ' ' && z[1] >= 'A' && z[1] <= 'Z')
			continue;
		for (p = hit - 1; p > c->s && word_byte(p[-1]); p--)
			;
		if (*p >= 'A' && *p <= 'Z' && hit[-2] != '.' && p > c->s + 1 && p[-1] != '\n' &&
		    !(p[-1] == ' ' && p[-2] == '\n') && !(p[-1] == ' ' && p[-2] == '.' &&
		    !abbr_before(c, p - 2)))
			return true;
		/* "England skipper Kane, 31,": alone after a role noun in lowercase */
		if (*p >= 'a' && *p <= 'z' && (quote_cue_flags(p, (size_t)(hit - 1 - p)) & QC_ROLE))
			return true;
	}
	return false;
}

/* The latest body the article has named with a legal form or a head after the name written
 * at body[off, off + n) ("Narmada Setu Constructions" for "Narmada Setu Constructions
 * Private Limited"), among the latest 256 entities; -1 for none. */
static int
org_short_form(const struct ctx *c, size_t off, size_t n)
{
	size_t i;

	for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
		const struct ent *e = &c->ents[i];

		if (e->is_org && e->name.len > n + 1 && c->s[e->name.off + n] == ' ' &&
		    range_ieq(c, (struct range){ e->name.off, n }, (struct range){ off, n }) &&
		    body_tail(c, e->name.off + n + 1, e->name.len - n - 1, off + n))
			return (int)i;
	}
	return -1;
}

/* The same for a name written at body[off, off + fulln) in nw words, its first word
 * firstn bytes long and last the family name it goes by alone (the whole name in a script
 * without spaces). */
static int
ent_register_bytes(struct ctx *c, size_t off, size_t fulln, size_t firstn, struct range last,
    size_t nw, int is_org, int gender)
{
	const struct range full = { off, fulln };
	const struct range first = { off, firstn };
	const char *fw = c->s + off;
	size_t i;
	uint32_t nh = quote_hash(fw, fulln), lh = quote_hash(c->s + last.off, last.len);
	uint32_t fh = quote_hash(fw, firstn);
	int found = -1, surname = -1, single = -1;
	bool by_first = false;  /* single is a headline's word for the name's first */
	/* 0: not asked; 1: the latest namesake is not fresh; 2: it is, or the text says this
	 * is not the other ("Sato, who is not related to the minister,") */
	int fresh_asked = nw == 1 && !is_org && no_relation_after(c, off + fulln) ? 2 : 0;
	struct ent *e;
	struct range pen = { 0, 0 };
	uint32_t penh = 0;
	const bool acro = is_org && nw == 1 && acronym_shape(fw, fulln);
	const struct range acr = is_org && nw >= 2 ? acronym_after(c, full) : (struct range){ 0, 0 };

	c->alt_for = -1;
	/* "Ibáñez", named first alone (in a headline), is "Begoña Ibáñez Luján": the first of
	 * two family names, as ent_paternal takes it the other way round */
	if (nw >= 3 && !is_org && last.off + last.len == off + fulln && last.off >= off + 3) {
		size_t p = last.off - 1;

		while (p > off && c->s[p - 1] != ' ')
			p--;
		if (p > off && last.off - 1 - p >= 2 &&
		    !(quote_cue_flags(c->s + p, last.off - 1 - p) & QC_NOT_FAMILY)) {
			pen.off = p;
			pen.len = last.off - 1 - p;
			penh = quote_hash(c->s + p, pen.len);
		}
	}
	/* "Narmada Setu Constructions" is "Narmada Setu Constructions Private Limited": a
	 * body's name without its legal form (or its head, body_tail), asked only once the
	 * article has named one so; not a name that opens with a given name, a person's as
	 * often as the firm's ("Mr John Lewis", "Harold Finch, 84, who founded Harold Finch
	 * Ltd") */
	if (c->legal_orgs != 0 && nw >= 2 && !(quote_cue_flags(fw, firstn) & QC_GIVEN))
		found = org_short_form(c, off, fulln);
	/* the most recent entities first: the nearest namesake wins */
	for (i = c->nents; i-- > 0 && found < 0;) {
		e = &c->ents[i];
		if (c->nents - i > 256)
			break;
		if (e->is_org != is_org)
			continue;
		if (e->nameh == nh && range_ieq(c, e->name, full)) {
			found = (int)i;
			break;
		}
		/* "KNOC" for "Kharazan National Oil Company (KNOC)", either named first: an
		 * acronym the text gave the body */
		if ((acro && e->nwords >= 2 && ent_called(c, e, full)) ||
		    (acr.len != 0 && e->nwords == 1 && range_ieq(c, e->name, acr))) {
			found = (int)i;
			break;
		}
		/* "Halvard" for "Halvard Energy": a body's first word, when it is one word */
		if (is_org && nw == 1 && e->nwords >= 2 && e->firsth == fh && range_ieq(c, e->first, first)) {
			found = (int)i;
			break;
		}
		if (pen.len != 0 && e->nwords == 1 && !e->unnamed && e->lasth == penh &&
		    range_ieq(c, e->last, pen) && (gender == 0 || e->gender == 0 || e->gender == gender)) {
			found = (int)i;
			break;
		}
		/* "Minister Rahmat Suspends Permit" over "Minister of Environment and Forestry
		 * Rahmat Hidayatullah": a headline names one by the word the outlet calls them
		 * by, the given name in Indonesian copy */
		if (nw >= 2 && e->nwords == 1 && !is_org && !e->is_org && single < 0 && c->npara > 1 &&
		    e->first_pos < c->para_off[1] && e->firsth == fh &&
		    range_ieq(c, e->last, first) && !surname_in_body(c, e->last)) {
			single = (int)i;
			by_first = true;
			continue;
		}
		if (is_org || e->lasth != lh || !range_ieq(c, e->last, last))
			continue;
		if (nw == 1 && e->nwords >= 2) {
			/* "Ms. Villalba" is not her father "Mr. Villalba" */
			if (gender != 0 && e->gender != 0 && e->gender != gender)
				continue;
			/* "Umm Khaled" is the mother of Khaled: the name's last word is her son's,
			 * and "Khaled" alone is him */
			if (e->nwords == 2 && umm_name(c, e->first))
				continue;
			/* "Rep. Kim Hye-jin ... welcomed it. "...," Kim said": the namesake this
			 * very paragraph has just named as a subject, however often the other was;
			 * not kin nor one named in passing ("Biden was joined by his wife, Jill
			 * Biden. "...," Biden said"). Asked of the latest only once a second
			 * namesake turns up: with one, as nearly always, it changes nothing */
			if (surname < 0) {
				surname = (int)i;
			} else {
				if (fresh_asked == 0)
					fresh_asked = ent_fresh(c, surname, off, lh) ? 2 : 1;
				if (fresh_asked == 1 && ent_named_more(e, &c->ents[surname]))
					surname = (int)i;
			}
		} else if (nw >= 2 && e->nwords == 1) {
			/* "Kerry Ashdown" is the one named so before, though her husband has
			 * been "Mr Ashdown" since: a surname alone takes the full name only when
			 * no older entity bears it */
			if (single < 0)
				single = (int)i;
		} else if (nw >= 2 && e->nwords >= 2 && last.off != off && e->last.off != e->first.off) {
			/* "A. Berg" and "Anna Berg": an initial matches its given name (not when
			 * the first word is the family name: "Chan Mei-ling" is not "Chan Wai-ming") */
			char ei = c->s[e->first.off];

			if (ei >= 'A' && ei <= 'Z')
				ei = (char)(ei + 32);
			if ((e->firsth == fh && range_ieq(c, e->first, first)) ||
			    (firstn == 2 && fw[1] == '.' && (fw[0] | 32) == ei) ||
			    (e->first.len >= 2 && c->s[e->first.off + 1] == '.' && ei == (fw[0] | 32)))
				found = (int)i;
		}
	}
	if (found < 0)
		found = single;
	/* a surname alone means the person the article has named most with it
	 * (ent_named_more) */
	/* "Sir Malcolm Thorne", once the article calls him "Sir Malcolm", is not "Thorne":
	 * a namesake without the title, and no kin of his, is meant */
	/* "Economy Minister Carlos Ibáñez Ferrer ...", then "the mayor, Montserrat Ferrer
	 * Vidal": "Ferrer" is the one named since by her first family name, the Spanish way,
	 * rather than the one whose name ends in it, unless the article has called him so
	 * already (Portuguese copy shortens to the last name) */
	if (found < 0 && surname >= 0 && nw == 1 && !is_org && c->ents[surname].nwords >= 3 &&
	    !ent_called(c, &c->ents[surname], last) && fresh_asked != 2 &&
	    (fresh_asked == 1 || !ent_fresh(c, surname, off, lh))) {
		int pat = ent_paternal(c, last, gender);

		if (pat >= 0 && pat != surname && c->ents[pat].first_pos > c->ents[surname].first_pos)
			surname = pat;
	}
	if (found < 0 && surname >= 0 && ent_knighted(c, &c->ents[surname])) {
		int plain = -1;

		for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
			e = &c->ents[i];
			if (!e->is_org && e->nwords >= 2 && e->lasth == lh && range_ieq(c, e->last, last) &&
			    (gender == 0 || e->gender == 0 || e->gender == gender) &&
			    (plain < 0 || e->nment > c->ents[plain].nment) && !ent_knighted(c, e) &&
			    !ent_kin(e))
				plain = (int)i;
		}
		found = plain >= 0 ? plain : surname;
	}
	if (found < 0 && surname >= 0) {
		found = surname;
		/* "Tamsin Achterberg" and "her brother ... Pieter Achterberg": "Achterberg" is
		 * the one named most, and the other stays at hand for a pronoun of their sex
		 * ("Achterberg has heard the criticism, and she ...") */
		/* not when the name came with its sex ("Mr. Vos") */
		if (c->ents[surname].gender != 0 && gender == 0) {
			for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
				e = &c->ents[i];
				if ((int)i != surname && !e->is_org && e->nwords >= 2 && e->lasth == lh &&
				    range_ieq(c, e->last, last) && e->gender != 0 &&
				    e->gender != c->ents[surname].gender) {
					c->alt_for = surname;
					c->alt = (int)i;
					break;
				}
			}
		}
	}
	if (found < 0 && nw == 1 && !is_org)
		found = ent_paternal(c, last, gender);
	/* "M. Kerbrat": in French copy "M." is "Monsieur", not an initial; when no given name
	 * begins with it, the person the article names with that surname, not known to be a
	 * woman. Only in copy that quotes with guillemets: in English "M. Berg" is an initial,
	 * and not "Tom Berg". */
	if (found < 0 && nw == 2 && !is_org && firstn == 2 && fw[0] == 'M' && fw[1] == '.' &&
	    ent_guillemets(c)) {
		for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
			e = &c->ents[i];
			if (!e->is_org && !e->unnamed && e->nwords >= 2 && e->gender != 2 && e->lasth == lh &&
			    range_ieq(c, e->last, last) && (found < 0 || e->nment > c->ents[found].nment))
				found = (int)i;
		}
	}
	/* a lone given name matches a full name only when no surname matched, and only when
	 * the article names one person so: "Maria said" after Maria Lenz and Maria Ortt is
	 * nobody we can tell, and -1 says so. A title's sex tells two apart: "Mr Tan" after
	 * Madam Tan Siew Ling and Mr Tan Wei Jie, family names first (only then: "Ms Wang"
	 * is Wang Lili, whose "Wang" the table gives as a man's given name) */
	if (found < 0 && nw == 1 && !is_org) {
		/* pass 0 takes any sex; pass 1, only when pass 0 met two people and the title
		 * has a sex, those not known to be of the other */
		for (int pass = 0; pass < 2; pass++) {
			bool two = false;

			found = -1;
			for (i = c->nents; i-- > 0;) {
				e = &c->ents[i];
				if (c->nents - i > 256)
					break;
				if (e->is_org || e->nwords < 2 || e->firsth != fh || !range_ieq(c, e->first, first) ||
				    (pass == 1 && e->gender != 0 && e->gender != gender))
					continue;
				if (found < 0) {
					found = (int)i;
				} else if (e->lasth != c->ents[found].lasth ||
				    !range_ieq(c, e->last, c->ents[found].last)) {
					two = true;
					break;
				}
			}
			if (!two)
				break;
			if (pass == 1 || gender == 0)
				return -1;
		}
	}
	/* "Stormvale now expects" after "Stormvale Batteries": a body's first word alone, when
	 * nobody goes by it and no title makes it a person's ("Mr Brennick" after "Brennick
	 * Foods") */
	if (found < 0 && nw == 1 && !is_org && gender == 0) {
		for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
			e = &c->ents[i];
			if (e->is_org && !e->unnamed && e->nwords >= 2 && e->firsth == fh &&
			    range_ieq(c, e->first, first))
				return (int)i;
		}
	}
	if (found >= 0) {
		e = &c->ents[found];
		if (nw > e->nwords) {
			/* the shorter form written first ("Berg", then "Anna Berg") stays an alias */
			struct range old = e->name;

			e->name = full;
			e->name_cap = e->is_org && range_has_cap(c, full);
			ent_add_alias(c, e, old);
			e->first = first;
			/* "Rahmat" of a headline is "Rahmat Hidayatullah", "Hidayatullah" after */
			if (by_first) {
				e->last = last;
				e->lasth = lh;
			}
			e->nwords = nw;
			c->nlong += nw >= 3;
			e->nameh = nh;
			e->firsth = fh;
		} else if (e->nameh != nh || !range_ieq(c, e->name, full)) {
			ent_add_alias(c, e, full);
		}
		if (!e->gender)
			e->gender = gender;
		if (acr.len != 0)
			ent_add_alias(c, e, acr);
		return found;
	}
	if (c->nents == c->capents) {
		c->capents = c->capents ? c->capents * 2 : 16;
		c->ents = xreallocarray(c->ents, c->capents, sizeof *c->ents);
	}
	e = &c->ents[c->nents];
	memset(e, 0, sizeof *e);
	e->name = full;
	e->name_cap = is_org && range_has_cap(c, full);
	e->last = last;
	e->first = first;
	e->nwords = nw;
	c->nlong += nw >= 3;
	e->nameh = nh;
	e->lasth = lh;
	e->firsth = fh;
	e->is_org = is_org;
	e->gender = gender == 0 && nw >= 2 && !is_org && umm_name(c, first) ? 2 : gender;
	e->first_pos = off;
	e->out = -1;
	if (acr.len != 0)
		ent_add_alias(c, e, acr);
	if (is_org && nw >= 2 && (legal_word_hash(lh) || (nw >= 3 && short_head(c->s + last.off, last.len))))
		c->legal_orgs++;
	return (int)c->nents++;
}

static void ent_set_role_bytes(struct ctx *c, int e, size_t off, size_t n);
static size_t title_tail(const char *w, size_t n);

/* The country or people a role phrase at tokens [ra, rb) is held for, as quote_hash of the
 * word: "Karvenian" in "Karvenian President X" (the word before the role) and in "the
 * Karvenian president", "Belmarsk" in "Belmarsk's defence minister", "US" in "US Secretary
 * of State X". A capitalised word before the first role word that no table lists as
 * anything but a demonym or an abbreviation; NULL when there is none. role_place gives its
 * quote_hash, 0 for none. */
static const struct tok *
role_place_tok(struct ctx *c, size_t ra, size_t rb)
{
	struct tok *v = c->tk.v;
	size_t i = ra > 0 ? ra - 1 : ra;

	/* "Norland's state economy minister": a place that owns the role, a modifier between */
	if (ra >= 2 && v[ra - 2].type == T_WORD && (v[ra - 2].wf & (W_CAP | W_POSS)) == (W_CAP | W_POSS) &&
	    v[ra - 1].type == T_WORD && !(v[ra - 1].wf & W_CAP) && !(tok_cf(c, &v[ra - 1]) & QC_ROLE))
		i = ra - 2;
	for (; i < rb; i++) {
		const struct tok *t = &v[i];
		unsigned f, allowed;

		if (t->type != T_WORD) {
			if (i < ra)
				continue;
			return NULL;
		}
		f = tok_cf(c, &v[i]);
		if (i >= ra && (f & QC_ROLE))
			return NULL;
		allowed = QC_NATION | QC_ABBR | ((t->wf & W_ALLCAP) ? QC_STOP : 0);
		if ((t->wf & W_CAP) && !(t->wf & W_DIGIT) && (f & ~allowed) == 0)
			return t;
	}
	return NULL;
}

static uint32_t
role_place(struct ctx *c, size_t ra, size_t rb)
{
	const struct tok *t = role_place_tok(c, ra, rb);

	return t != NULL ? quote_hash(c->s + t->off, t->len) : 0;
}

static void
ent_set_role(struct ctx *c, int e, size_t a, size_t b)
{
	struct tok *v = c->tk.v;

	if (a < b) {
		size_t i;

		ent_set_role_bytes(c, e, v[a].off, v[b - 1].off + v[b - 1].len - v[a].off);
		if (c->ents[e].place == 0)
			c->ents[e].place = role_place(c, a, b);
		/* "her husband, Ken,": a role that tells the holder's sex tells it of them */
		for (i = a; i < b && c->ents[e].gender == 0 && !c->ents[e].is_org; i++) {
			unsigned f = tok_cf(c, &v[i]);

			/* not a kin word of someone else's: "Her aunt's husband, Chan
			 * Kwok-wai", "the uncle of Maria Lopez" */
			if ((f & QC_ROLE) && (f & (QC_MALE | QC_FEMALE)) && !(f & QC_HONOR) &&
			    !(v[i].wf & W_POSS) && !(i + 1 < c->tk.n && tok_is(c, &v[i + 1], "of")))
				c->ents[e].gender = (f & QC_MALE) ? 1 : 2;
		}
	}
}

/* Executive titles written as initials stand for their words, so that "the CEO" finds a
 * "Chief Executive" and "the chief executive" a "CEO". */
static const struct { const char *abbr, *w1, *w2; } role_initials[] = {
	{ "ceo", "chief", "executive" }, { "cfo", "chief", "financial" },
	{ "coo", "chief", "operating" }, { "cto", "chief", "technology" },
	{ "md", "managing", "director" }, { "pm", "prime", "minister" },
	{ "cm", "chief", "minister" }, { "sp", "superintendent", NULL },
	{ "dm", "magistrate", NULL },
};

/* The index in role_initials of the word at s[0, n), or -1. */
static int
role_initial(const char *s, size_t n)
{
	size_t k;

	if (n < 2 || n > 3)
		return -1;
	for (k = 0; k < sizeof role_initials / sizeof role_initials[0]; k++)
		if (word_is(s, n, role_initials[k].abbr))
			return (int)k;
	return -1;
}

/* Titles abbreviated before a name stand for their word, so that "Gov. Ada Brun" is the
 * one "the governor" means. */
static const struct { const char *abbr, *word; } role_abbrevs[] = {
	{ "adm", "admiral" }, { "atty", "attorney" }, { "brig", "brigadier" },
	{ "capt", "captain" }, { "cllr", "councillor" }, { "cmdr", "commander" },
	{ "col", "colonel" }, { "cpl", "corporal" }, { "cr", "councillor" }, { "det", "detective" },
	{ "gen", "general" }, { "gov", "governor" }, { "insp", "inspector" },
	{ "lt", "lieutenant" }, { "maj", "major" }, { "pres", "president" },
	{ "prof", "professor" }, { "rep", "representative" }, { "sen", "senator" },
	{ "sgt", "sergeant" }, { "supt", "superintendent" },
};

static const char *role_word_full(const char *w, size_t n);

/* Roles that courts and boards write in several words: "the defence lawyer" is the one
 * introduced as "defence barrister", "the prosecutor" the one "prosecuting", "the chair"
 * the "chairwoman"; "the legislator" is "The MP for Asuokrom". Each word's length is kept
 * to pass over the others at once. */
#define SYN(w, as) { w, sizeof w - 1, as }
static const struct { const char *w; size_t n; const char *as; } role_synonyms[] = {
	SYN("advocate", "lawyer"), SYN("attorney", "lawyer"), SYN("barrister", "lawyer"),
	SYN("chairman", "chair"), SYN("chairperson", "chair"), SYN("chairwoman", "chair"),
	SYN("counsel", "lawyer"), SYN("defending", "lawyer"), SYN("prosecuting", "prosecutor"),
	SYN("solicitor", "lawyer"), SYN("skipper", "captain"), SYN("rathauschef", "bürgermeister"),
	SYN("rathauschefin", "bürgermeisterin"), SYN("legislator", "lawmaker"), SYN("mp", "lawmaker"),
	SYN("parliamentarian", "lawmaker"), SYN("insider", "source"),
};
#undef SYN

/* Bit n set when a synonym of n bytes is listed: most words asked are of no such length. */
static uint32_t role_synonym_lens;

static __attribute__((constructor)) void
role_synonyms_init(void)
{
	size_t k;

	for (k = 0; k < sizeof role_synonyms / sizeof role_synonyms[0]; k++)
		role_synonym_lens |= (uint32_t)1 << role_synonyms[k].n;
}

/* The word a synonym stands for, NULL for any other word. */
static const char *
role_synonym(const char *w, size_t n)
{
	size_t k;

	if (n >= 32 || !(role_synonym_lens >> n & 1))
		return NULL;
	for (k = 0; k < sizeof role_synonyms / sizeof role_synonyms[0]; k++)
		if (role_synonyms[k].n == n && (w[0] | 32) == role_synonyms[k].w[0] &&
		    word_is(w, n, role_synonyms[k].w))
			return role_synonyms[k].as;
	return NULL;
}

/* The hash of one role word: an abbreviated title (with or without its period) or a
 * synonym is hashed as the word it stands for. */
static uint32_t
role_word_hash(const char *w, size_t n)
{
	const char *full = role_word_full(w, n), *syn;

	/* "Atty." stands for "attorney", which stands for "lawyer" */
	if (full != NULL && (syn = role_synonym(full, strlen(full))) != NULL)
		full = syn;
	else if (full == NULL)
		full = role_synonym(w, n);
	return full != NULL ? quote_hash(full, strlen(full)) : quote_hash(w, n);
}

/* The word an abbreviated title stands for, NULL for any other word. */
static const char *
role_word_full(const char *w, size_t n)
{
	size_t k, m = n > 0 && w[n - 1] == '.' ? n - 1 : n;

	if (m >= 2 && m <= 4)
		for (k = 0; k < sizeof role_abbrevs / sizeof role_abbrevs[0]; k++)
			if ((w[0] | 32) == role_abbrevs[k].abbr[0] && word_is(w, m, role_abbrevs[k].abbr))
				return role_abbrevs[k].word;
	return NULL;
}

/* Whether a word of the role written at r shares its first five letters with the word w
 * (lowercase ASCII, five letters or more). */
static bool
role_has_stem(const struct ctx *c, const struct range *r, const char *w)
{
	size_t i, k;

	for (i = 0; i + 5 <= r->len; i++) {
		if (i > 0 && c->s[r->off + i - 1] != ' ' && c->s[r->off + i - 1] != '-')
			continue;
		for (k = 0; k < 5 && (c->s[r->off + i + k] | 32) == w[k]; k++)
			;
		if (k == 5)
			return true;
	}
	return false;
}

/* Appends to h[*n] (room for 8) the hashes of the words initials ri stand for; the role
 * a person holds also gets "officer", which a mention ("the CEO") need not ask for. */
static void
role_initial_hashes(int ri, bool held, uint32_t *h, size_t *n)
{
	if (*n + 2 + held > 8)
		return;
	h[(*n)++] = quote_hash(role_initials[ri].w1, strlen(role_initials[ri].w1));
	/* "SP" needs only the superintendent, "DM" the magistrate, when an article's
	 * "(SP)" made them roles: the words before often stay out of the role ("District
	 * Magistrate X" keeps "Magistrate") */
	if (role_initials[ri].w2 != NULL)
		h[(*n)++] = quote_hash(role_initials[ri].w2, strlen(role_initials[ri].w2));
	/* "CFO" is a chief financial officer (not "PM" nor "MD") */
	if (held && role_initials[ri].abbr[2] == 'o')
		h[(*n)++] = quote_hash("officer", 7);
}

/* The general nouns a later mention uses for someone given a narrower role: "Kazakh
 * businessman X" is "the tycoon", "Sen. Ann Roe" "the lawmaker", "Chelsea striker X" "the
 * player". One way only: "the senator" never means an assemblywoman, though both are
 * lawmakers. Not the nouns an article uses as often for someone it does not name ("the
 * officer", "the doctor", "the diplomat"), nor roles of other trades ("a union
 * representative", "public defender"). Each word's length is kept beside it. */
#define KIND(w, k) { w, sizeof w - 1, k }
static const struct { const char *w; size_t n; const char *kind; } role_kinds[] = {
	KIND("businessman", "tycoon"), KIND("businesswoman", "tycoon"),
	KIND("businessperson", "tycoon"), KIND("billionaire", "tycoon"),
	KIND("magnate", "tycoon"), KIND("mogul", "tycoon"), KIND("oligarch", "tycoon"),
	KIND("industrialist", "tycoon"),
	KIND("senator", "lawmaker"), KIND("congressman", "lawmaker"),
	KIND("congresswoman", "lawmaker"), KIND("congressmember", "lawmaker"),
	KIND("assemblyman", "lawmaker"), KIND("assemblywoman", "lawmaker"),
	KIND("assemblymember", "lawmaker"), KIND("legislator", "lawmaker"),
	KIND("mp", "lawmaker"), KIND("mep", "lawmaker"),
	KIND("striker", "player"), KIND("midfielder", "player"), KIND("goalkeeper", "player"),
	KIND("winger", "player"), KIND("footballer", "player"),
	KIND("imam", "cleric"), KIND("priest", "cleric"), KIND("rabbi", "cleric"),
	KIND("bishop", "cleric"), KIND("archbishop", "cleric"), KIND("pastor", "cleric"),
	KIND("vicar", "cleric"),
};
#undef KIND

/* role_kinds by hash: each word's quote_hash beside its general noun's, and a mask of the
 * words' hashes modulo 64 that sends most role words away with one test. Filled once,
 * before main. */
static uint32_t role_kind_h[sizeof role_kinds / sizeof role_kinds[0]];
static uint32_t role_kind_of[sizeof role_kinds / sizeof role_kinds[0]];
static uint64_t role_kind_mask;

static __attribute__((constructor)) void
role_kinds_init(void)
{
	size_t k;

	for (k = 0; k < sizeof role_kinds / sizeof role_kinds[0]; k++) {
		role_kind_h[k] = quote_hash(role_kinds[k].w, role_kinds[k].n);
		role_kind_of[k] = quote_hash(role_kinds[k].kind, strlen(role_kinds[k].kind));
		role_kind_mask |= (uint64_t)1 << (role_kind_h[k] & 63);
	}
}

/* The quote_hash of the general noun for a role word whose role_word_hash is h (an
 * abbreviation hashes as its word: "Sen." is a lawmaker), 0 for none. */
static uint32_t
role_kind(uint32_t h)
{
	size_t k;

	if (!(role_kind_mask >> (h & 63) & 1))
		return 0;
	for (k = 0; k < sizeof role_kinds / sizeof role_kinds[0]; k++)
		if (role_kind_h[k] == h)
			return role_kind_of[k];
	return 0;
}

/* The role written at body[off, off + n), kept with its words hashed for resolve_role. */
static void
ent_set_role_bytes(struct ctx *c, int e, size_t off, size_t n)
{
	struct ent *en;
	size_t i, w0, tail;

	if (e < 0 || n == 0)
		return;
	en = &c->ents[e];
	/* a second role ("Co-author Peter Oyelaran, a climate scientist at Halden,") adds its
	 * words, that "the climate scientist" finds them too, and leaves the first as written */
	if (en->role.len != 0) {
		if (n == en->role.len && memcmp(c->s + off, c->s + en->role.off, n) == 0)
			return;
	} else {
		en->role.off = off;
		en->role.len = n;
	}
	for (i = 0, w0 = 0; i <= n; i++) {
		char ch = i < n ? c->s[off + i] : ' ';

		if (ch == ' ' || ch == '-' || ch == '\n') {
			int ri = i > w0 ? role_initial(c->s + off + w0, i - w0) : -1;

			if (i - w0 == 2 && w0 > 0 && (memcmp(c->s + off + w0, "of", 2) == 0 ||
			    memcmp(c->s + off + w0, "at", 2) == 0))
				c->role_bodies = true;
			if (i > w0 && en->nrolew < 8) {
				uint32_t h = role_word_hash(c->s + off + w0, i - w0), kind;
				size_t x;

				for (x = 0; x < en->nrolew && en->rolew[x] != h; x++)
					;
				if (x == en->nrolew)
					en->rolew[en->nrolew++] = h;
				if (en->nrolew < 8 && (kind = role_kind(h)) != 0)
					en->rolew[en->nrolew++] = kind;
				/* "Rep. Kim Eun-ji" sits in a house: "the lawmaker" (not a union's
				 * representative, written out) */
				if (en->nrolew < 8 && i - w0 >= 3 && i - w0 <= 4 && c->s[off + w0] == 'R' &&
				    word_is(c->s + off + w0, 3, "rep") && (i - w0 == 3 || c->s[off + w0 + 3] == '.'))
					en->rolew[en->nrolew++] = quote_hash("lawmaker", 8);
			}
			/* "Innenminister" is a minister: "der Minister" means them too */
			if (i - w0 >= 8 && en->nrolew < 8 && (tail = title_tail(c->s + off + w0, i - w0)) > 0)
				en->rolew[en->nrolew++] = quote_hash(c->s + off + i - tail, tail);
			/* a leader of the Senate sits in it: "the senator" means them too */
			if (i - w0 == 6 && word_is(c->s + off + w0, 6, "senate") && en->nrolew < 8)
				en->rolew[en->nrolew++] = quote_hash("senator", 7);
			/* "Justice Vaidehi", "Chief Justice Ortiz": a judge, whom "the judge"
			 * means; not "Justice Minister" nor "Secretary for Justice", where the
			 * word only names a portfolio */
			if (i == n && i - w0 == 7 && word_is(c->s + off + w0, 7, "justice") && en->nrolew < 8 &&
			    (w0 == 0 || (w0 == 6 && word_is(c->s + off, 5, "chief")) ||
			    (w0 == 10 && word_is(c->s + off, 9, "associate"))))
				en->rolew[en->nrolew++] = quote_hash("judge", 5);
			/* "CFO" holds "chief", "financial" and "officer" */
			if (ri >= 0)
				role_initial_hashes(ri, true, en->rolew, &en->nrolew);
			w0 = i + 1;
		}
	}
}

/* ---------------------------------------------------------------- noun phrases */

/* Whether the word is one of the n lowercase words w. */
static bool
tok_in(struct ctx *c, const struct tok *t, const char *const *w, size_t n)
{
	size_t k;
	char f;

	if (t->type != T_WORD || t->len == 0)
		return false;
	/* the first byte, lowered, turns away nearly every listed word without a call */
	f = c->s[t->off];
	if (f >= 'A' && f <= 'Z')
		f = (char)(f + 32);
	for (k = 0; k < n; k++)
		if (w[k][0] == f && word_is(c->s + t->off, t->len, w[k]))
			return true;
	return false;
}

/* Owners that stand for whatever place or body the article is about. */
static bool
owner_generic(struct ctx *c, const struct tok *t)
{
	static const char *const owners[] = { "country", "nation", "state", "city", "town",
	    "region", "province", "island", "territory", "kingdom", "republic", "government",
	    "company", "group", "bank", "firm" };

	return tok_in(c, t, owners, sizeof owners / sizeof owners[0]);
}

/* NP_DESC: a description that stands for a person already named: "the 58-year-old",
 * "the Norwegian". NP_DOC: a document that speaks for whoever issued it: "the statement".
 * NP_IT: "it" before a speech verb, the organisation last named ("'...,' it said"). */
enum npkind { NP_NONE, NP_PRONOUN, NP_NAME, NP_ORG, NP_ROLE, NP_ORGREF, NP_PLURAL, NP_DESC,
	NP_DOC, NP_IT };

struct np {
	enum npkind kind;
	size_t a, b;            /* the whole phrase */
	size_t na, nb;          /* name part */
	size_t ra, rb;          /* role part */
	bool indef;
	int gender;
	char party;             /* NP_DESC of a party ("the Kentucky Republican"): 'R' or 'D' */
	bool place;             /* NP_ORG of a place by the compass ("South Wales") */
	bool kin_of;            /* NP_NAME of the one a kin word is of ("the uncle of Maria
	                         * Lopez"): named in passing, no role of theirs */
};

/* A word ending; its length is kept beside it because the suffix tests below run on most
 * unknown words of every article and strlen on each entry showed in profiles. */
struct suffix {
	const char *s;
	size_t n;
};

#define SUFFIX(lit) { lit, sizeof lit - 1 }

/* A company's legal form after its name ("Veltrion Cell AB", "Nordvik ASA", "Banco Lumo
 * SA"), which makes the name an organisation. Matched in its own case only, as several are
 * words in lowercase (German "ab", French "sa"). */
static inline bool
legal_form(const char *w, size_t n)
{
	static const struct suffix forms[] = { SUFFIX("AB"), SUFFIX("AG"), SUFFIX("ASA"),
	    SUFFIX("NV"), SUFFIX("N.V."), SUFFIX("Oyj"), SUFFIX("SA"), SUFFIX("S.A."), SUFFIX("SpA") };
	size_t i;

	/* most words looked up here are names: one test of the first letter sends them away */
	if (n < 2 || n > 4 || (w[0] != 'A' && w[0] != 'N' && w[0] != 'O' && w[0] != 'S'))
		return false;
	for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
		if (forms[i].n == n && memcmp(forms[i].s, w, n) == 0)
			return true;
	return false;
}

/* A list of endings with a filter on a word's last two bytes: a bit per hashed pair of the
 * endings' last two bytes (every bit when an ending has one byte). Most words tested are
 * names and content words that end in no listed pair, and are rejected by one test instead
 * of a loop over the list, whose exit the branch predictor cannot guess. */
struct suffix_set {
	const struct suffix *v;
	size_t n;
	uint64_t pairs;
	uint64_t triples;  /* the same for the last three bytes; all set when an ending is shorter */
};

#define SUFFIX_SET(arr) { arr, sizeof arr / sizeof arr[0], 0, 0 }

static unsigned
suffix_pair_bit(unsigned char last2, unsigned char last)
{
	return (unsigned)(last2 * 7u + last * 3u) & 63u;
}

/* The same over the last three bytes: "minister" and "sprecher" end in "ter" and "her",
 * "Chancellor" or "Wagner" in neither, and are sent away before the set's loop. */
static unsigned
suffix_triple_bit(unsigned char last3, unsigned char last2, unsigned char last)
{
	return (unsigned)(last3 * 11u + last2 * 7u + last * 3u) & 63u;
}

static const struct suffix adj_suf[] = { SUFFIX("al"), SUFFIX("ial"), SUFFIX("ian"),
    SUFFIX("ese"), SUFFIX("ish"), SUFFIX("ic"), SUFFIX("ary"), SUFFIX("an") };
static const struct suffix nation_suf[] = { SUFFIX("ian"), SUFFIX("ese"), SUFFIX("ish"),
    SUFFIX("an"), SUFFIX("i") };
static const struct suffix role_suf[] = { SUFFIX("ist"), SUFFIX("man"), SUFFIX("woman"),
    SUFFIX("person"), SUFFIX("keeper") };
static const struct suffix title_suf[] = { SUFFIX("präsident"), SUFFIX("präsidentin"),
    SUFFIX("chef"), SUFFIX("chefin"), SUFFIX("sprecher"), SUFFIX("sprecherin"),
    SUFFIX("leiter"), SUFFIX("leiterin"), SUFFIX("minister"), SUFFIX("ministerin"),
    SUFFIX("direktor"), SUFFIX("direktorin"), SUFFIX("vorsitzende"), SUFFIX("vorsitzender"),
    SUFFIX("kanzler"), SUFFIX("kanzlerin"), SUFFIX("sekretär"), SUFFIX("sekretärin"),
    SUFFIX("bürgermeister"), SUFFIX("bürgermeisterin"), SUFFIX("trainer"),
    SUFFIX("trainerin"), SUFFIX("kommissar"), SUFFIX("kommissarin"), SUFFIX("forscher"),
    SUFFIX("forscherin"), SUFFIX("anwalt"), SUFFIX("anwältin"), SUFFIX("arzt"), SUFFIX("ärztin"),
    SUFFIX("experte"), SUFFIX("expertin"), SUFFIX("führer"), SUFFIX("führerin"),
    SUFFIX("beauftragte"), SUFFIX("beauftragter") };

/* German bodies are written as one compound: "Innenministerium", "Landratsamt",
 * "Hochwasserzentrale" */
static const struct suffix orgc_suf[] = { SUFFIX("ministerium"), SUFFIX("ministeriums"),
    SUFFIX("behörde"), SUFFIX("amt"), SUFFIX("amts"), SUFFIX("amtes"), SUFFIX("gericht"),
    SUFFIX("gerichts"), SUFFIX("zentrale"), SUFFIX("verband"), SUFFIX("verbands"),
    SUFFIX("polizei"), SUFFIX("verwaltung"), SUFFIX("gesellschaft"), SUFFIX("institut"),
    SUFFIX("konzern"), SUFFIX("technik"), SUFFIX("werk"), SUFFIX("werke"), SUFFIX("chemie"),
    SUFFIX("versicherung"), SUFFIX("kasse"), SUFFIX("stiftung"), SUFFIX("kammer"),
    SUFFIX("werft"), SUFFIX("betriebe"), SUFFIX("logistik") };

/* the endings of nouns for someone who does something: see role_learn */
static const struct suffix agent_suf[] = { SUFFIX("er"), SUFFIX("or"), SUFFIX("ist"),
    SUFFIX("ian"), SUFFIX("man"), SUFFIX("ess"), SUFFIX("ant"), SUFFIX("ent"), SUFFIX("eur"),
    SUFFIX("ive"), SUFFIX("ite"), SUFFIX("aid") };

static struct suffix_set adj_set = SUFFIX_SET(adj_suf), nation_set = SUFFIX_SET(nation_suf),
    role_set = SUFFIX_SET(role_suf), title_set = SUFFIX_SET(title_suf), agent_set = SUFFIX_SET(agent_suf),
    orgc_set = SUFFIX_SET(orgc_suf);

static __attribute__((constructor)) void
suffix_sets_init(void)
{
	struct suffix_set *sets[] = { &adj_set, &nation_set, &role_set, &title_set, &agent_set,
	    &orgc_set };
	size_t k, i;

	for (k = 0; k < sizeof sets / sizeof sets[0]; k++)
		for (i = 0; i < sets[k]->n; i++) {
			const struct suffix *x = &sets[k]->v[i];

			if (x->n < 2)
				sets[k]->pairs = ~(uint64_t)0;
			else
				sets[k]->pairs |= (uint64_t)1 << suffix_pair_bit((unsigned char)x->s[x->n - 2],
				    (unsigned char)x->s[x->n - 1]);
			if (x->n < 3)
				sets[k]->triples = ~(uint64_t)0;
			else
				sets[k]->triples |= (uint64_t)1 << suffix_triple_bit((unsigned char)x->s[x->n - 3],
				    (unsigned char)x->s[x->n - 2], (unsigned char)x->s[x->n - 1]);
		}
}

/* The length of the first of the set's endings that the n bytes at w end in, with at least
 * extra bytes before it; 0 when none does. */
static size_t
suffix_len(const struct suffix_set *ss, const char *w, size_t n, size_t extra)
{
	const char *end = w + n;
	const struct suffix *suf = ss->v;
	size_t i;

	/* every caller asks for at least two bytes in the word; the third from the end is
	 * read only when the word has it */
	if (!(ss->pairs >> suffix_pair_bit((unsigned char)end[-2], (unsigned char)end[-1]) & 1))
		return 0;
	if (n >= 3 && !(ss->triples >> suffix_triple_bit((unsigned char)end[-3],
	    (unsigned char)end[-2], (unsigned char)end[-1]) & 1))
		return 0;
	for (i = 0; i < ss->n; i++)
		if (n >= suf[i].n + extra && end[-1] == suf[i].s[suf[i].n - 1] &&
		    memcmp(end - suf[i].n, suf[i].s, suf[i].n) == 0)
			return suf[i].n;
	return 0;
}

/* Does token t end in one of the set's endings, with at least extra bytes before it? */
static bool
tok_suffix_in(struct ctx *c, const struct tok *t, const struct suffix_set *ss, size_t extra)
{
	return suffix_len(ss, c->s + t->off, t->len, extra) != 0;
}

/* The length of the listed title ending a capitalised German compound of n bytes at w
 * ("minister" in "Innenminister"), four bytes or more before it; 0 when none does. */
static size_t
title_tail(const char *w, size_t n)
{
	if (n < 2 || w[0] < 'A' || w[0] > 'Z')
		return 0;
	return suffix_len(&title_set, w, n, 4);
}

static bool
adj_suffix(struct ctx *c, const struct tok *t)
{
	return t->len >= 2 && tok_suffix_in(c, t, &adj_set, 3);
}

/* "mother-of-two", "father-of-three", "grandmother-of-five": a tabloid's description of
 * someone the article has named, as "the 34-year-old" is */
static bool
tok_parent_of(struct ctx *c, const struct tok *t)
{
	static const char *const heads[] = { "mother", "father", "mum", "mom", "dad",
	    "grandmother", "grandfather", "gran", "grandad" };
	const char *w = c->s + t->off, *h;
	size_t k, l;

	/* most words hold no hyphen: one memchr, and the heads compared only then */
	if (t->type != T_WORD || (t->wf & W_CAP) || t->len < 9 ||
	    (h = memchr(w, '-', t->len - 5 < 12 ? t->len - 5 : 12)) == NULL)
		return false;
	l = (size_t)(h - w);
	if (memcmp(h, "-of-", 4) != 0)
		return false;
	for (k = 0; k < sizeof heads / sizeof heads[0]; k++)
		if (strlen(heads[k]) == l && memcmp(w, heads[k], l) == 0)
			return true;
	return false;
}

/* Whether the word t ends in the n bytes tail. */
static inline bool
tok_ends(const struct ctx *c, const struct tok *t, const char *tail, size_t n)
{
	return t->len > n && memcmp(c->s + t->off + t->len - n, tail, n) == 0;
}

/* An age used as a noun: "58-year-old", German "die 29-Jährige", "der 54-Jährige". */
static bool
tok_age(struct ctx *c, const struct tok *t)
{
	if (t->type != T_WORD)
		return false;
	if ((t->wf & W_DIGIT) && (tok_ends(c, t, "-year-old", 9) ||
	    tok_ends(c, t, "-J\xc3\xa4hrige", 9) || tok_ends(c, t, "-J\xc3\xa4hriger", 10)))
		return true;
	return tok_parent_of(c, t);
}


/* A noun for a person by sex or youth that stands for someone the article has named: "the
 * woman", "la jeune femme", "l'homme", "la mujer", "el joven". 2 for a woman, 1 for a man,
 * 3 for either; 0 for any other word. A French, Italian or Spanish noun for the young is
 * of either sex, the article telling which (np_analyse). */
static int
tok_person_noun(struct ctx *c, struct tok *t)
{
	unsigned f;
	size_t el;

	if (t->type != T_WORD || (t->wf & (W_CAP | W_POSS | W_DIGIT)))
		return 0;
	/* "l'homme", "l’uomo": the word after the elided article */
	el = tok_elided(c, t, 'l');
	f = el > 0 ? quote_cue_flags(c->s + t->off + el, t->len - el) : tok_cf(c, t);
	if (!(f & QC_PERSON))
		return 0;
	return (f & QC_FEMALE) ? 2 : (f & QC_MALE) ? 1 : 3;
}

/* The end of a person's description at i, after a definite article: "young woman",
 * "jeune femme", "elderly man", "teenager"; i when there is none. */
static __attribute__((noinline)) size_t
person_desc_end(struct ctx *c, size_t i, size_t hi)
{
	static const char *const adjs[] = { "young", "elderly", "old", "older", "younger",
	    "vieille", "vieil", "anziana", "anziano" };
	struct tok *v = c->tk.v;
	unsigned f;
	char w;

	/* the cheap tests first: this runs for most words after "the" */
	if (i >= hi || v[i].type != T_WORD || (v[i].wf & (W_CAP | W_POSS | W_DIGIT)))
		return i;
	f = tok_cf(c, &v[i]);
	if (f & QC_PERSON) {
		int g;

		/* "la jeune femme": the word for the young as an adjective before one of a sex */
		if (!(f & (QC_MALE | QC_FEMALE)) && i + 1 < hi &&
		    ((g = tok_person_noun(c, &v[i + 1])) == 1 || g == 2))
			return i + 2;
		return i + 1;
	}
	/* the adjectives' first letters, before the list is walked */
	w = c->s[v[i].off];
	if (f == 0 && v[i].len <= 7 && (w == 'y' || w == 'e' || w == 'o' || w == 'v' || w == 'a') &&
	    i + 1 < hi && tok_in(c, &v[i], adjs, sizeof adjs / sizeof adjs[0]) &&
	    tok_person_noun(c, &v[i + 1]))
		return i + 2;
	return i;
}

/* The age a token gives: "34" alone or "34-year-old", one to three digits and no more than
 * a person lives; 0 for anything else. */
static unsigned
tok_age_number(struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off;
	unsigned n = 0;
	size_t i;

	if (t->type != T_WORD || !(t->wf & W_DIGIT))
		return 0;
	for (i = 0; i < t->len && i < 4 && w[i] >= '0' && w[i] <= '9'; i++)
		n = n * 10 + (unsigned)(w[i] - '0');
	if (i > 3 || n == 0 || n > 125 || (i < t->len && !tok_age(c, t)))
		return 0;
	return n;
}

/* The age set off beside a name that ends before token e: "Kay Dunn, 34, said", "Kay
 * Dunn, aged 34,", "K. Priya (24)", "Amandine Roux, 29 ans,"; 0 when none is. The number
 * stands alone or with the word for years in French, Spanish, Italian or German, so that
 * "Kay Dunn, 34-year-old" or "Dunn, 34 years" are not read as one. */
static unsigned
name_age(struct ctx *c, size_t e, size_t hi)
{
	struct tok *v = c->tk.v;
	size_t x;

	if (e + 2 >= hi)
		return 0;
	if (v[e].type == T_PAREN && c->s[v[e].off] == '(')
		return v[e + 2].type == T_PAREN && c->s[v[e + 2].off] == ')' &&
		    !tok_age(c, &v[e + 1]) ? tok_age_number(c, &v[e + 1]) : 0;
	if (v[e].type != T_COMMA)
		return 0;
	x = tok_is(c, &v[e + 1], "aged") ? e + 2 : e + 1;
	if (x + 1 >= hi || tok_age(c, &v[x]))
		return 0;
	/* "Amandine Roux, 29 ans,", "Pilar Núñez, 52 años,", "Marco Ferrero, 61 anni," */
	if (x + 2 < hi && (v[x + 2].type == T_COMMA || v[x + 2].type == T_END) &&
	    (tok_is(c, &v[x + 1], "ans") || tok_is(c, &v[x + 1], "años") ||
	    tok_is(c, &v[x + 1], "anni") || tok_is(c, &v[x + 1], "jahre")))
		return tok_age_number(c, &v[x]);
	if (v[x + 1].type != T_COMMA && v[x + 1].type != T_END)
		return 0;
	return tok_age_number(c, &v[x]);
}

/* A nationality adjective used as a noun, by its ending: "the Norwegian", "the Vietnamese",
 * "the Pakistani"; capitalised and not a listed word, unless listed as one ("the Spaniard",
 * "the Swiss"). */
static bool
tok_nationality(struct ctx *c, struct tok *t)
{
	unsigned f;

	if (t->type != T_WORD || !(t->wf & W_CAP) || (t->wf & (W_ALLCAP | W_POSS | W_DIGIT)) ||
	    t->len < 2)
		return false;
	f = tok_cf(c, t);
	if (f != 0)
		return f == QC_NATION;
	return tok_suffix_in(c, t, &nation_set, 3);
}

/* A lowercase noun naming what a person does, by its ending: "bassist", "fisherwoman". */
static bool
role_suffix(struct ctx *c, const struct tok *t)
{
	/* the shortest ending and the three bytes before it: most words are shorter */
	if (t->type != T_WORD || (t->wf & (W_CAP | W_DIGIT)) || t->len < 3 + 3)
		return false;
	return tok_suffix_in(c, t, &role_set, 3);
}

/* A capitalised German compound naming a body ("Innenministerium", "Landratsamt",
 * "Gesundheitsamt"), not "Insgesamt" */
static bool
org_compound(struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off;

	if (t->type != T_WORD || !(t->wf & W_CAP) || (t->wf & W_ALLCAP) || t->len < 3 + 3 ||
	    !tok_suffix_in(c, t, &orgc_set, 3))
		return false;
	return !(t->len >= 6 && memcmp(w + t->len - 6, "gesamt", 6) == 0);
}

/* A German compound title, capitalised, whose last part is a listed title: 
 * "Gewerkschaftschef", "Gemeindepräsidentin", "Vorstandssprecherin". */
static bool
title_compound(struct ctx *c, const struct tok *t)
{
	/* the shortest ending ("chef") and four bytes before it: most names are shorter */
	if (t->type != T_WORD || !(t->wf & W_CAP) || (t->wf & W_ALLCAP) || t->len < 4 + 4)
		return false;
	return tok_suffix_in(c, t, &title_set, 4);
}

/* Has the article used this lowercase word, listed nowhere, as the last word of a
 * description before a person's name ("former footballer Dan Hale", "feisty barmaid X")?
 * Then "the footballer" later means that person, as "the minister" would. */
static bool
learned_has(const struct ctx *c, uint32_t h)
{
	size_t i;

	for (i = 0; i < c->nlearned; i++)
		if (c->learned[i] == h)
			return true;
	return false;
}

static const struct role_acr *role_acr_find(const struct ctx *c, const char *w, size_t n);

static bool
role_learned(const struct ctx *c, const struct tok *t)
{
	if ((c->nlearned | c->nracr) == 0 || t->type != T_WORD || (t->wf & (W_DIGIT | W_POSS)))
		return false;
	/* "the SP" once "Superintendent of police (SP)" is given: an acronym taught as a role */
	if (t->wf & W_CAP)
		return role_acr_find(c, c->s + t->off, t->len) != NULL;
	if (t->len < 4)
		return false;
	return learned_has(c, quote_hash(c->s + t->off, t->len));
}

/* Learns the role noun of a description the tokens [ra, rb) gave a person: its last word,
 * when lowercase, listed nowhere (a listed role needs no learning) and shaped like a noun
 * for someone who does something ("footballer", "businessman", "barmaid", "novelist"). The
 * shape keeps out the words a lowercase run before capitalised words holds in German
 * ("..., dass Behörden Anträge ...") or before a place ("in leafy Ashworth Green"). */
static void
role_learn(struct ctx *c, size_t ra, size_t rb)
{
	struct tok *t;
	uint32_t h;

	if (rb <= ra || c->nlearned >= QUOTE_LEARNED)
		return;
	t = &c->tk.v[rb - 1];
	if (t->type != T_WORD || (t->wf & (W_CAP | W_DIGIT | W_POSS)) || t->len < 5 || tok_cf(c, t) != 0 ||
	    !tok_suffix_in(c, t, &agent_set, 3))
		return;
	h = quote_hash(c->s + t->off, t->len);
	if (!learned_has(c, h))
		c->learned[c->nlearned++] = h;
}

/* Whether no lowercase determiner follows token t, a preposition opening a sentence, which
 * then may be a name ("Near said", "Than Shwe"). Out of line and called last, so that
 * tok_capword, run for every capitalised word, needs no frame of its own for it. */
static __attribute__((noinline)) bool
prep_may_name(struct ctx *c, struct tok *t)
{
	return !(t + 1 < c->tk.v + c->tk.n && t[1].type == T_WORD && !(t[1].wf & W_CAP) &&
	    (tok_cf(c, &t[1]) & QC_DET));
}

/* A capitalised word that can be part of a name or a role. */
static bool
tok_capword(struct ctx *c, struct tok *t)
{
	unsigned f;

	if (t->type != T_WORD || !(t->wf & W_CAP))
		return false;
	f = tok_cf(c, t);
	if ((f & (QC_STOP | QC_DET)) && !(f & (QC_ROLE | QC_HONOR | QC_ROLEMOD | QC_ORG | QC_GIVEN)))
		return false;
	/* "Asked about the fund, she said": a verb opening a sentence is no name, nor a
	 * preposition before a determiner ("Near the end of the day, I asked her:"; not
	 * "Near said", "Than Shwe", "Via Rail") */
	if (!(t->wf & W_SENT) || !(f & (QC_SAY | QC_TELL | QC_SAYING | QC_VERB | QC_AUX | QC_PREP)) ||
	    (f & (QC_ROLE | QC_HONOR | QC_ORG | QC_GIVEN)))
		return true;
	if (f & (QC_SAY | QC_TELL | QC_SAYING | QC_VERB | QC_AUX))
		return false;
	return prep_may_name(c, t);
}

static bool
tok_lower_np(struct ctx *c, struct tok *t)
{
	if (t->type != T_WORD || (t->wf & (W_CAP | W_DIGIT)))
		return false;
	return (tok_cf(c, t) & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_NPMOD)) != 0;
}

static bool
tok_pronoun(struct ctx *c, struct tok *t)
{
	return t->type == T_WORD && (tok_cf(c, t) & QC_PRONOUN) &&
	    (!(t->wf & W_CAP) || (t->wf & W_SENT) || t->len > 0);
}

static bool verb_like(struct ctx *c, struct tok *t);

/* A lowercase word that can describe the person named right after it, though no table lists
 * it: "businessman", "favourite", "grandmaster". Function words and verbs are not. */
static bool
tok_descriptor(struct ctx *c, struct tok *t)
{
	if (t->type != T_WORD || (t->wf & (W_CAP | W_DIGIT | W_POSS)) || t->len < 3)
		return false;
	return !(tok_cf(c, t) & (QC_STOP | QC_SAY | QC_TELL | QC_SAYING | QC_AUX | QC_PREP |
	    QC_PARTICLE | QC_DET | QC_DESCRIBE | QC_VERB | QC_PRONOUN)) && !verb_like(c, t);
}

/* A capitalised organisation head, no possessive: the "Department" that "for Transport"
 * may follow. */
static bool
tok_org_head(struct ctx *c, struct tok *t)
{
	return (t->wf & W_CAP) && !(t->wf & W_POSS) && (tok_cf(c, t) & QC_ORG);
}

/* Whether t, the word after a body's head and "on", is a platform or a day of the calendar
 * ("the Ministry on X", "the council on Christmas Eve"), no word of the body's name. */
static bool
on_stop(struct ctx *c, const struct tok *t)
{
	static const char *const w[] = { "x", "facebook", "telegram", "twitter", "instagram",
	    "wechat", "weibo", "tiktok", "youtube", "linkedin", "threads", "bluesky", "whatsapp",
	    "christmas", "easter", "eid", "diwali", "thanksgiving", "new", "hanukkah", "ramadan",
	    "passover", "boxing", "good", "independence", "monday", "tuesday", "wednesday",
	    "thursday", "friday", "saturday", "sunday" };

	return tok_in(c, t, w, sizeof w / sizeof w[0]) || (tok_cf(c, (struct tok *)t) & QC_TIME);
}

/* Is token i, within [lo, hi), the "and" inside an organisation's name: "of X and Y" ("the
 * Office of Management and Budget", "the Ministry of Trade and Industry"), X one word; or
 * one capitalised word and a capitalised run holding the organisation's head ("Ashcombe and
 * District Hospitals NHS Trust", "Health and Safety Executive")? */
static __attribute__((noinline)) bool
tok_org_and_at(struct ctx *c, size_t i, size_t lo, size_t hi)
{
	struct tok *v = c->tk.v;
	size_t k;
	bool indef = false;

	if (i < lo + 1 || i + 1 >= hi || !(v[i + 1].wf & W_CAP) || !(v[i - 1].wf & W_CAP))
		return false;
	/* "of" after the body's head, one to three capitalised words before "and" ("the
	 * Ministry of Human Resources and Emiratisation"); with more than one, no role, title
	 * or given name after "and" ("the Department of Foreign Affairs and Tánaiste Micheál
	 * Martin", "the University of East Anglia and Professor David Richardson") */
	for (k = i - 1; k > lo + 1 && i - k <= 3 && (v[k].wf & W_CAP) && !(v[k].wf & W_POSS); k--)
		if (tok_is(c, &v[k - 1], "of")) {
			size_t x;

			if (!(v[k - 2].wf & W_CAP) || !(tok_cf(c, &v[k - 2]) & QC_ORG))
				break;
			for (x = i + 1; k < i - 1 && x < hi && v[x].type == T_WORD && (v[x].wf & W_CAP); x++)
				if ((v[x].wf & W_POSS) ||
				    (tok_cf(c, &v[x]) & (QC_ROLE | QC_ROLEMOD | QC_HONOR | QC_GIVEN)))
					return false;
			return true;
		}
	/* X stands alone: no capitalised word before it but a sentence's first; or up to three
	 * words of a name after "the", which no person's name takes ("the National Grain and
	 * Livestock Council") */
	k = i - 1;
	while (k > lo && i - k < 3 && v[k - 1].type == T_WORD && (v[k - 1].wf & W_CAP) &&
	    !(v[k - 1].wf & (W_POSS | W_SENT | W_ALLCAP)) &&
	    !(tok_cf(c, &v[k - 1]) & (QC_GIVEN | QC_ROLE | QC_HONOR | QC_STOP | QC_DET | QC_ORG)))
		k--;
	if (k < i - 1) {
		/* not two bodies or places joined ("the Scottish National Party and Welsh
		 * Labour Party", "the United States and European Union"): no head of a body
		 * before "and", no people's adjective after it */
		if (k == lo || !(tok_cf(c, &v[k - 1]) & QC_DET) ||
		    (tok_cf(c, &v[i - 1]) & QC_ORG) || (tok_cf(c, &v[i + 1]) & (QC_NATION | QC_ROLEMOD)) ||
		    tok_nationality(c, &v[i + 1]))
			return false;
		indef = (tok_cf(c, &v[k - 1]) & QC_INDEF) != 0;
	} else if (i >= lo + 2 && v[i - 2].type == T_WORD && (v[i - 2].wf & W_CAP) && !(v[i - 2].wf & W_SENT)) {
		return false;
	}
	if ((v[i - 1].wf & W_POSS) || (tok_cf(c, &v[i - 1]) & (QC_GIVEN | QC_ROLE | QC_HONOR | QC_STOP)))
		return false;
	for (k = i + 1; k < hi && v[k].type == T_WORD && (v[k].wf & W_CAP) && !(v[k].wf & W_POSS); k++) {
		unsigned f = tok_cf(c, &v[k]);

		if (f & (QC_ROLE | QC_HONOR | QC_GIVEN))
			return false;
		/* after "a", only as the body a role word after it serves ("a Scottish Fire and
		 * Rescue Service spokesman") */
		if (k > i + 1 && (f & QC_ORG))
			return !indef || (k + 1 < hi && v[k + 1].type == T_WORD && !(v[k + 1].wf & W_CAP) &&
			    (tok_cf(c, &v[k + 1]) & QC_ROLE));
	}
	return false;
}

/* tok_org_and tests every word of a phrase walked: most are no "and", told by their length */
static inline bool
tok_org_and(struct ctx *c, size_t i, size_t lo, size_t hi)
{
	return tok_is(c, &c->tk.v[i], "and") && tok_org_and_at(c, i, lo, hi);
}

/* Letters written after a name: a seat in a parliament ("MP", "MEP"), or with !seat also
 * a rank at the bar or an honour ("KC", "OBE"). */
static bool
tok_postnominal(struct ctx *c, const struct tok *t, bool seat)
{
	static const char *const seats[] = { "mp", "mep", "msp", "mla", "td" };
	static const char *const others[] = { "kc", "qc", "obe", "mbe", "cbe" };

	if (t->type != T_WORD || !(t->wf & W_ALLCAP) || t->len > 3)
		return false;
	return tok_in(c, t, seats, sizeof seats / sizeof seats[0]) ||
	    (!seat && tok_in(c, t, others, sizeof others / sizeof others[0]));
}

/* "R-Linwood", "D-Calif.": a party and a state set off after a name, which is no name. */
static bool
tok_party(const struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off;

	return t->type == T_WORD && t->len >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') &&
	    w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z';
}

/* Is token k the "for" of a portfolio after a role word: "Minister for Europe", "ministro
 * para la Transición Ecológica", "ministre pour l'Égalité"? (A spokesperson "for" a body is
 * another matter: whom they speak for.) The test inline spares the phrase scanners a call
 * for every word that is not of three or four letters from a lowercase f or p. */
static __attribute__((noinline)) bool
portfolio_for_at(struct ctx *c, size_t k)
{
	struct tok *v = c->tk.v;

	return (tok_is(c, &v[k], "for") || tok_is(c, &v[k], "para") || tok_is(c, &v[k], "per") ||
	    tok_is(c, &v[k], "pour")) && v[k - 1].type == T_WORD &&
	    (tok_cf(c, &v[k - 1]) & QC_ROLE) && !tok_spokes(c, &v[k - 1]);
}

static inline bool
tok_portfolio_for(struct ctx *c, size_t k)
{
	const struct tok *t = &c->tk.v[k];

	return k > 0 && t->len - 3 <= 1 && t->type == T_WORD && (c->s[t->off] == 'f' ||
	    c->s[t->off] == 'p') && portfolio_for_at(c, k);
}

/* Whether t is a document in lowercase ("letter", "statement"). */
static bool
lower_doc(struct ctx *c, struct tok *t)
{
	return t->type == T_WORD && !(t->wf & W_CAP) && (tok_cf(c, t) & QC_DOC);
}

/* Whether tokens i, i + 1 and i + 2 are "his" or "her", a lowercase word that names no
 * one, and a document: "Her resignation letter"; not "her company statement", "his police
 * statement" or "her 2019 letter", nor after "the" ("the anonymous letter" is nobody's
 * we can tell). */
static bool
his_her_doc(struct ctx *c, size_t i)
{
	struct tok *v = c->tk.v, *m = &v[i + 1], *d = &v[i + 2];

	return (tok_cf(c, &v[i]) & QC_DET) && (tok_cf(c, &v[i]) & (QC_MALE | QC_FEMALE)) &&
	    m->type == T_WORD && !(m->wf & (W_CAP | W_POSS | W_DIGIT)) && !(tok_cf(c, m) &
	    (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_PLURAL | QC_PERSON | QC_DOC | QC_STOP | QC_NPMOD |
	    QC_DET | QC_PREP | QC_SAY | QC_VERB)) && !tok_nationality(c, m) &&
	    !(d->wf & (W_CAP | W_DIGIT)) && (tok_cf(c, d) & QC_DOC);
}

/* Parses the phrase ending at token e backwards, not before lo. Returns its first token,
 * or SIZE_MAX when e cannot end a speaker phrase. */
static bool body_doc(struct ctx *c, size_t a, size_t b);
static bool np_all_cap(struct ctx *c, size_t a, size_t b);

static size_t particle_name_end(struct ctx *c, size_t s, size_t hi);

static bool head_word_ok(struct ctx *c, struct tok *t, struct tok *next);

static size_t
np_back(struct ctx *c, size_t e, size_t lo)
{
	struct tok *v = c->tk.v;
	size_t b = e, ndesc = 0;
	bool lower_head;

	if (v[e].type != T_WORD || (v[e].wf & W_POSS) || tok_party(c, &v[e]))
		return SIZE_MAX;
	/* "In a statement, it said:" when an organisation is in reach */
	if (tok_pronoun(c, &v[e]) || (tok_is(c, &v[e], "it") && resolve_it(c, v[e].off) >= 0))
		return e;
	if (tok_capword(c, &v[e]))
		lower_head = false;
	else if (!(v[e].wf & (W_CAP | W_DIGIT)) && (tok_cf(c, &v[e]) & (QC_ROLE | QC_ORG | QC_PLURAL)))
		lower_head = true;
	else if ((v[e].wf & W_DIGIT) && tok_age(c, &v[e]) && e > lo && tok_is(c, &v[e - 1], "the"))
		return e - 1;   /* "The 57-year-old said the jobs were "delayed"" */
	else if (!(v[e].wf & (W_CAP | W_DIGIT)) && (tok_cf(c, &v[e]) & QC_DOC) && e > lo &&
	    (tok_cf(c, &v[e - 1]) & QC_DET) && !(tok_cf(c, &v[e - 1]) & QC_INDEF))
		return e - 1;   /* "the statement said" */
	else if (e >= lo + 2 && his_her_doc(c, e - 2))
		return e - 2;   /* "Her resignation letter said" */
	else if (!(v[e].wf & (W_CAP | W_DIGIT)) && (tok_cf(c, &v[e]) & QC_DOC) && e > lo &&
	    v[e - 1].type == T_WORD && !(tok_cf(c, &v[e - 1]) & QC_DET)) {
		/* "A Garda statement said", "the ministry's statement said": the phrase of
		 * its source, read as if the possessive were not there */
		unsigned char poss = v[e - 1].wf & W_POSS;

		v[e - 1].wf &= (unsigned char)~W_POSS;
		b = np_back(c, e - 1, lo);
		v[e - 1].wf |= poss;
		return b != SIZE_MAX && body_doc(c, b, e + 1) ? b : SIZE_MAX;
	} else
		return SIZE_MAX;
	if (v[e].wf & W_SENT)
		return e;
	while (b > lo && e - b < QUOTE_NP_MAX) {
		struct tok *t = &v[b - 1];
		unsigned f;

		if (t->type != T_WORD)
			break;
		f = tok_cf(c, t);
		/* "Minister for Europe", "ministro para la Transición": a role's portfolio */
		if (!(t->wf & W_CAP) && b - 1 > lo && ((v[b].wf & W_CAP) ||
		    (tok_cf(c, &v[b]) & (QC_DET | QC_PARTICLE))) && tok_portfolio_for(c, b - 1)) {
			b--;
			continue;
		}
		if (!(t->wf & W_CAP) && (f & (QC_DET | QC_PARTICLE)) && b > lo + 2 && (v[b].wf & W_CAP) &&
		    tok_portfolio_for(c, b - 2)) {
			b--;
			continue;
		}
		/* "la ministre de la Santé": an article between a role's particle and its
		 * portfolio, one word that names no body */
		if (!(t->wf & W_CAP) && (f & QC_DET) && !(f & QC_INDEF) && b >= lo + 3 && b == e &&
		    (v[b].wf & W_CAP) && !(tok_cf(c, &v[b]) & QC_ORG) &&
		    v[b - 2].type == T_WORD && !(v[b - 2].wf & W_CAP) && (tok_cf(c, &v[b - 2]) & QC_PARTICLE) &&
		    v[b - 3].type == T_WORD && !(v[b - 3].wf & (W_CAP | W_POSS)) &&
		    (tok_cf(c, &v[b - 3]) & QC_ROLE)) {
			b -= 2;
			continue;
		}
		if ((f & QC_DET) && !(t->wf & W_CAP && !(t->wf & W_SENT))) {
			b--;
			break;
		}
		if (t->wf & W_POSS) {
			b--;
			if (t->wf & W_SENT)
				break;
			continue;
		}
		if (tok_capword(c, t)) {
			/* a title-case headline's verb is no name's (np_fwd's test) */
			if (__builtin_expect(c->head_caps, 0) && !head_word_ok(c, t, &v[b]))
				break;
			b--;
			if (t->wf & W_SENT)
				break;
			continue;
		}
		/* "Pieter van Dam", "Ruud van der Kolk" */
		if (!(t->wf & W_CAP) && (f & QC_PARTICLE) && b - 1 > lo && (v[b].wf & W_CAP)) {
			if (v[b - 2].wf & W_CAP) {
				b--;
				continue;
			}
			if (b - 2 > lo && v[b - 2].type == T_WORD && !(v[b - 2].wf & W_CAP) &&
			    (tok_cf(c, &v[b - 2]) & QC_PARTICLE) && (v[b - 3].wf & W_CAP)) {
				b -= 2;
				continue;
			}
		}
		/* "van Dam said", "«...», von der Leyen added": a particle that opens the name
		 * where a clause begins (not a place after a note in brackets, "le maire (divers
		 * gauche) de Saint-Lunel") */
		if (!(t->wf & W_CAP) && (f & QC_PARTICLE) && !lower_head) {
			size_t p0 = b - 1;

			if (p0 > lo && v[p0 - 1].type == T_WORD && !(v[p0 - 1].wf & W_CAP) &&
			    (tok_cf(c, &v[p0 - 1]) & QC_PARTICLE))
				p0--;
			if ((p0 == lo || v[p0 - 1].type == T_QUOTE || v[p0 - 1].type == T_COMMA ||
			    v[p0 - 1].type == T_END || v[p0 - 1].type == T_COLON) &&
			    particle_name_end(c, p0, e + 1) == e + 1) {
				b = p0;
				break;
			}
		}
		/* "Department for Transport", "Centre for Policy Studies", "Committee on Foreign
		 * Affairs" */
		if ((tok_is(c, t, "for") || (tok_is(c, t, "on") && !on_stop(c, &v[b]))) && b - 1 > lo &&
		    (v[b].wf & W_CAP) && tok_org_head(c, &v[b - 2])) {
			b--;
			continue;
		}
		if (tok_is(c, t, "of") && b - 1 > lo && b < e + 1 && (v[b].wf & W_CAP) &&
		    ((v[b - 2].wf & W_CAP) || (tok_cf(c, &v[b - 2]) & QC_ROLE))) {
			b--;
			continue;
		}
		/* "Consul General in Dubai Syed Zulqarnain Bokhari": a title's posting; not
		 * after "the", where it ends the phrase ("meeting the Ambassador in Washington
		 * Business Secretary Jonathan Reynolds said") */
		if (tok_is(c, t, "in") && b - 1 > lo && b < e + 1 && (v[b].wf & W_CAP) &&
		    (v[b - 2].wf & W_CAP) && !(v[b - 2].wf & W_POSS) && (tok_cf(c, &v[b - 2]) & QC_ROLE) &&
		    !(b >= 3 && b - 3 >= lo && (tok_cf(c, &v[b - 3]) & QC_DET))) {
			b--;
			continue;
		}
		/* "le maire de Lyon", "la sindaca di Roma": a particle after a lowercase role */
		if ((f & QC_PARTICLE) && !(t->wf & W_CAP) && b - 1 > lo && b < e + 1 && (v[b].wf & W_CAP) &&
		    v[b - 2].type == T_WORD && !(v[b - 2].wf & W_CAP) && (tok_cf(c, &v[b - 2]) & QC_ROLE)) {
			b--;
			continue;
		}
		if (tok_org_and(c, b - 1, lo, e + 1)) {
			b--;
			continue;
		}
		if (tok_lower_np(c, t) && !(f & QC_SAY)) {
			b--;
			continue;
		}
		if (lower_head && !(t->wf & W_CAP) && (adj_suffix(c, t) || (b == e &&
		    !(f & (QC_STOP | QC_SAY | QC_TELL | QC_SAYING | QC_AUX))))) {
			b--;
			continue;
		}
		/* "from home favourite Sindre Dahl", ", businessman Teodor Vasilescu,": up to two
		 * unlisted descriptors before a name of two words or more, where a phrase can
		 * begin (after a comma, a preposition, an article or a nationality) */
		if (!lower_head && !ndesc && e > b && (v[b].wf & W_CAP) && tok_descriptor(c, t)) {
			size_t d = b - 1, k;

			if (d > lo && tok_descriptor(c, &v[d - 1]))
				d--;
			k = d;
			/* ... or after a sentence's first word that modifies a role ("Former
			 * footballer Dan Hale", "Veteran striker X") */
			if (k == lo || v[k - 1].type == T_COMMA || v[k - 1].type == T_END ||
			    v[k - 1].type == T_COLON || v[k - 1].type == T_PAREN ||
			    (v[k - 1].type == T_WORD && ((tok_cf(c, &v[k - 1]) & (QC_PREP | QC_DET)) ||
			    tok_nationality(c, &v[k - 1]) || ((v[k - 1].wf & W_SENT) &&
			    (tok_cf(c, &v[k - 1]) & (QC_NPMOD | QC_ROLEMOD)) &&
			    !(tok_cf(c, &v[k - 1]) & QC_STOP))))) {
				ndesc = b - d;
				b = d;
				continue;
			}
		}
		break;
	}
	return b;
}

/* Whether t is a Vietnamese middle name that marks the bearer's sex ("Thi", "Thị", "Văn"):
 * it follows the family name, so the word before it opens the name ("Nguyen Thi Hong
 * Nhung") and is no role. */
static bool
tok_vn_middle(struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off;

	return t->type == T_WORD && (t->wf & W_CAP) && (word_is(w, t->len, "thi") ||
	    (t->len == 5 && memcmp(w, "Th\xe1\xbb\x8b", 5) == 0) ||
	    (t->len == 4 && memcmp(w, "V\xc4\x83n", 4) == 0));
}

static bool tok_adverb(struct ctx *c, size_t i);
static bool name_of_person(const struct ctx *c, size_t t);

/* Whether token s opens its sentence with a participle's clause, which names nobody:
 * "Speaking later at a press conference in Nahriya, the minister ...", "Reached by
 * telephone, X said". One capitalised word ending in "ing" or "ed" (not "eed"), listed as
 * nothing and no family name the article has given, then a preposition or an adverb and,
 * before any verb, the comma that ends the clause; not "Manning later said", "Harding,
 * the minister, said", "Manning herself, a former driver, was". */
static bool
opening_clause(struct ctx *c, size_t s, size_t hi)
{
	/* the auxiliaries that are verbs; the table's others are adverbs ("later", "again") */
	static const char *const finite[] = { "is", "was", "were", "are", "has", "had", "have",
	    "will", "would", "can", "could", "may", "might", "must", "should", "did", "does", "do" };
	struct tok *v = c->tk.v;
	const char *w = c->s + v[s].off;
	size_t n = v[s].len, k;

	if (!(v[s].wf & W_SENT) || !(v[s].wf & W_CAP) || (v[s].wf & (W_ALLCAP | W_POSS)) ||
	    n < 6 || !((w[n - 2] == 'e' && w[n - 1] == 'd' && w[n - 3] != 'e') ||
	    (w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g')) || tok_cf(c, &v[s]) != 0 ||
	    s + 1 >= hi || v[s + 1].type != T_WORD || (v[s + 1].wf & W_CAP))
		return false;
	if ((!(tok_cf(c, &v[s + 1]) & (QC_PREP | QC_AUX)) && !tok_adverb(c, s + 1)) ||
	    tok_is(c, &v[s + 1], "herself") || tok_is(c, &v[s + 1], "himself"))
		return false;
	/* "Keating on Tuesday, however, struck", once Keating is named */
	if (name_of_person(c, s))
		return false;
	for (k = s + 1; k < hi && k - s <= 16 && v[k].type == T_WORD; k++)
		if (verb_like(c, &v[k]) && !(tok_cf(c, &v[k]) & QC_PREP) &&
		    !((tok_cf(c, &v[k]) & QC_AUX) && !tok_in(c, &v[k], finite, sizeof finite /
		    sizeof finite[0])))
			return false;
	return k < hi && k - s <= 16 && v[k].type == T_COMMA;
}

/* The end of a family name that opens on a lowercase particle at s and is written without
 * its given name, "van Dam", "da Silva", "von der Leyen", "ap Rhys", "ter Horst": a
 * particle that opens Dutch, German, Romance, Welsh or Arabic surnames, at most one more
 * particle, then one or two capitalised words that are no role, body or plural and no
 * longer run of capitals; s when there is none. Not the articles and prepositions of
 * other languages that stand before capitals as often ("al Gobierno", "den Reportern",
 * "le Premier ministre"), nor "ten", a number before a people or a party as often ("ten
 * Republican senators", "ten Ukrainians") as a Dutch name's. */
static size_t
particle_name_end(struct ctx *c, size_t s, size_t hi)
{
	static const char *const openers[] = { "van", "von", "de", "da", "di", "du", "del",
	    "della", "dos", "ter", "bin", "ibn", "ap", "af" };
	struct tok *v = c->tk.v;
	size_t k = s + 1, n0;

	/* the flag, looked up once per word, spares most words the list */
	if (s + 1 >= hi || v[s].type != T_WORD || (v[s].wf & (W_CAP | W_DIGIT | W_POSS)) ||
	    v[s].len > 5 || !(tok_cf(c, &v[s]) & QC_PARTICLE) ||
	    !tok_in(c, &v[s], openers, sizeof openers / sizeof openers[0]))
		return s;
	if (v[k].type == T_WORD && !(v[k].wf & (W_CAP | W_DIGIT | W_POSS)) &&
	    (tok_cf(c, &v[k]) & QC_PARTICLE))
		k++;
	for (n0 = k; k < hi && k - n0 < 3 && tok_capword(c, &v[k]) && !(v[k].wf & (W_ALLCAP | W_POSS)) &&
	    !(tok_cf(c, &v[k]) & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_PLURAL | QC_HONOR | QC_STOP)); k++)
		;
	if (k == n0 || k - n0 > 2 || (k < hi && v[k].type == T_WORD && (v[k].wf & W_CAP)))
		return s;
	return k;
}

/* Whether the lone "den", "dem", "der" or "des" at i, inside a phrase from s, is a German
 * article after a full name ("sagte Bürgermeister Jens Kalb den Reportern", "Anna Roth
 * der Zeitung"), not the particle of a Dutch name, which follows given names ("Kees den
 * Hartog", "Jan Willem den Boer") or another particle ("van der Berg", "Jan Van den
 * Bossche"). */
static bool
german_case_article(struct ctx *c, size_t i, size_t s)
{
	static const char *const arts[] = { "den", "dem", "der", "des" };
	const struct tok *v = c->tk.v;

	return i >= s + 2 && v[i].len == 3 && tok_in(c, &v[i], arts, 4) &&
	    (v[i - 1].wf & W_CAP) && (v[i - 2].wf & W_CAP) && v[i - 2].type == T_WORD &&
	    !(tok_cf(c, (struct tok *)&v[i - 2]) & (QC_ROLE | QC_HONOR | QC_ROLEMOD)) &&
	    !(tok_cf(c, (struct tok *)&v[i - 1]) & (QC_GIVEN | QC_PARTICLE));
}

/* Whether the body after a title-case headline writes the word t, as written, as a word of
 * its own: "Rahmat" of "Minister Rahmat Suspends Nickel Smelter Permit" is a name the
 * article uses, "Suspends" a verb capitalised by the headline's style. */
static bool
word_after_headline(struct ctx *c, const struct tok *t)
{
	size_t k = (size_t)(t - c->tk.v);
	bool found = false;

	/* the phrase parsers ask of the same words again: each is read once */
	if (k < sizeof c->head_word && c->head_word[k] != 0)
		return c->head_word[k] == 1;
	found = body_word_from(c, c->s + c->head_end, c->s + t->off, t->len) != NULL;
	if (k < sizeof c->head_word)
		c->head_word[k] = found ? 1 : 2;
	return found;
}

/* Whether the capitalised word t of a title-case headline may be a name's: one the table
 * knows as a role, a given name, a body's or a people's word, one the body writes too
 * (word_after_headline), or one before such a word (next) that ends in no verb's "-s". */
static bool
head_word_ok(struct ctx *c, struct tok *t, struct tok *next)
{
	const char *w = c->s + t->off;

	if ((tok_cf(c, t) & (QC_ROLE | QC_ROLEMOD | QC_HONOR | QC_ORG | QC_GIVEN | QC_NATION)) ||
	    word_after_headline(c, t))
		return true;
	return next != NULL && !(w[t->len - 1] == 's' && t->len >= 2 && w[t->len - 2] != 's') &&
	    tok_capword(c, next) && word_after_headline(c, next);
}

/* Whether the paragraph tokenised, outside its quotations, is a headline in title case: no
 * full stop, and five words of four letters or more all capitalised, or eight all but
 * one ("Assembly Speaker Ray Calloway said" is a sentence). */
static bool
title_case_para(const struct ctx *c)
{
	size_t k, n = 0, caps = 0;

	for (k = 0; k < c->tk.n; k++) {
		const struct tok *t = &c->tk.v[k];

		if (t->type == T_END && c->s[t->off] == '.')
			return false;
		if (t->type == T_WORD && t->len >= 4) {
			n++;
			caps += (t->wf & W_CAP) != 0;
		}
	}
	return (n >= 5 && caps == n) || (n >= 8 && caps + 1 >= n);
}

static bool ent_first_word(const struct ctx *c, size_t t, bool org);

/* Parses a speaker phrase forwards from s (not past hi). Returns its end (exclusive), s when none. */
static size_t
np_fwd(struct ctx *c, size_t s, size_t hi)
{
	struct tok *v = c->tk.v;
	size_t i = s, last_ok = s;

	if (s >= hi || v[s].type != T_WORD || ((v[s].wf & W_SENT) && opening_clause(c, s, hi)))
		return s;
	/* "said van Dam", "told da Silva" */
	if (!(v[s].wf & W_CAP) && v[s].len <= 5 && (tok_cf(c, &v[s]) & QC_PARTICLE) &&
	    (i = particle_name_end(c, s, hi)) > s)
		return i;
	/* Italian "il" is "the" before a role ("dice il sindaco"), French "il" is "he" */
	if (tok_pronoun(c, &v[s]) && !((tok_cf(c, &v[s]) & QC_DET) && s + 1 < hi &&
	    v[s + 1].type == T_WORD && !(v[s + 1].wf & W_CAP) &&
	    (tok_cf(c, &v[s + 1]) & (QC_ROLE | QC_ROLEMOD | QC_ORG))))
		return s + 1;
	/* "Dean remembers" once "Dean Halloran" is named (np_analyse) */
	if ((v[s].wf & (W_CAP | W_ALLCAP | W_POSS)) == W_CAP && (tok_cf(c, &v[s]) & QC_ROLE) &&
	    (s + 1 >= hi || !(v[s + 1].wf & (W_CAP | W_ALLCAP))) && ent_first_word(c, s, false))
		return s + 1;
	if (tok_cf(c, &v[s]) & QC_DET) {
		i++;
		if (i < hi && tok_age(c, &v[i]) && !(tok_cf(c, &v[s]) & QC_INDEF)) {
			i++;
			last_ok = i;
		}
		/* "the statement said" */
		if (i == s + 1 && i < hi && v[i].type == T_WORD && !(v[i].wf & W_CAP) &&
		    (tok_cf(c, &v[i]) & QC_DOC) && !(tok_cf(c, &v[s]) & QC_INDEF))
			return i + 1;
	}
	while (i < hi && i - s < QUOTE_NP_MAX && v[i].type == T_WORD) {
		struct tok *t = &v[i];
		unsigned f = tok_cf(c, t);

		if (t->wf & W_POSS) {
			i++;
			continue;
		}
		if (tok_capword(c, t)) {
			/* a word the body never writes still belongs before one it does, as a title
			 * or a given name the body leaves out ("Creator Zoë Castellanos-Reyes:",
			 * "Premier Wabanakwut Kinew Promises"), unless a verb's "-s" ends it */
			if (__builtin_expect(c->head_caps, 0) && !head_word_ok(c, t, i + 1 < hi ? &v[i + 1] : NULL))
				break;
			i++;
			last_ok = i;
			continue;
		}
		/* "A Garda statement", "the ministry's statement": a document ends the phrase
		 * of its source */
		if ((f & QC_DOC) && i > s && (last_ok == i || (v[i - 1].wf & W_POSS)) &&
		    !(t->wf & (W_CAP | W_DIGIT))) {
			last_ok = ++i;
			break;
		}
		if (!(t->wf & W_CAP) && (f & QC_PARTICLE) && i > s && i + 1 < hi && ((v[i + 1].wf & W_CAP) ||
		    (i + 2 < hi && (tok_cf(c, &v[i + 1]) & QC_PARTICLE) && (v[i + 2].wf & W_CAP))) &&
		    !german_case_article(c, i, s)) {
			i++;
			continue;
		}
		/* "the Commission on Audit", "the Committee on Foreign Affairs": "for" and
		 * "on" after a body's head go on with its name */
		if ((tok_is(c, t, "of") || ((tok_is(c, t, "for") || (tok_is(c, t, "on") && i + 1 < hi &&
		    !on_stop(c, &v[i + 1]))) && i > s && tok_org_head(c, &v[i - 1]))) &&
		    i > s && i + 1 < hi && (v[i + 1].wf & W_CAP)) {
			i++;
			continue;
		}
		/* "el ministro para la Transición Ecológica": a portfolio after a role */
		if (i > s && i + 2 < hi && tok_portfolio_for(c, i) && ((v[i + 1].wf & W_CAP) ||
		    ((tok_cf(c, &v[i + 1]) & (QC_DET | QC_PARTICLE)) && (v[i + 2].wf & W_CAP)))) {
			i++;
			continue;
		}
		if (tok_org_and(c, i, s, hi)) {
			i++;
			continue;
		}
		if (!(t->wf & (W_CAP | W_DIGIT)) && (f & (QC_ROLE | QC_ORG | QC_PLURAL)) && !(f & QC_SAY)) {
			i++;
			last_ok = i;
			continue;
		}
		/* "engineer Tomas Reyes-Lund", "Polish grandmaster Lukasz Wrobel", "the Danish
		 * veteran Soren Dahl": an unlisted occupation before a name, first or after a
		 * nationality */
		if ((i == s || (tok_nationality(c, &v[i - 1]) && (i - 1 == s || (i - 2 == s &&
		    (tok_cf(c, &v[s]) & QC_DET))))) && !(t->wf & (W_CAP | W_DIGIT)) && !(f & (QC_STOP | QC_SAY | QC_TELL | QC_SAYING |
		    QC_AUX | QC_DESCRIBE | QC_PARTICLE)) && !verb_like(c, t) && i + 1 < hi &&
		    tok_capword(c, &v[i + 1])) {
			i++;
			continue;
		}
		/* an unlisted word before a role ("regional minister") or before a role's
		 * modifier and the role ("rural affairs minister") */
		if (tok_lower_np(c, t) || (!(t->wf & W_CAP) && !(f & (QC_STOP | QC_SAY | QC_TELL |
		    QC_SAYING | QC_AUX)) && i + 1 < hi && v[i + 1].type == T_WORD &&
		    !(v[i + 1].wf & W_CAP) && ((tok_cf(c, &v[i + 1]) & (QC_ROLE | QC_ORG | QC_PLURAL)) ||
		    ((tok_cf(c, &v[i + 1]) & QC_ROLEMOD) && i + 2 < hi && v[i + 2].type == T_WORD &&
		    !(v[i + 2].wf & W_CAP) && (tok_cf(c, &v[i + 2]) & QC_ROLE))))) {
			i++;
			continue;
		}
		break;
	}
	/* "the young woman said", "souffle la jeune femme", "soupire l’homme": asked only
	 * where no other phrase was found, the rare case */
	if (last_ok == s && i <= s + 1) {
		if (i == s && tok_elided(c, &v[s], 'l') && tok_person_noun(c, &v[s]))
			return s + 1;
		if (i == s + 1 && (tok_cf(c, &v[s]) & QC_DET)) {
			size_t d = person_desc_end(c, i, hi);

			if (d > i)
				return d;
		}
	}
	return last_ok;
}

/* Whether t, capitalised, opens a place's name of two words ("New York", "Abu Dhabi",
 * "Cape Town", "Northern Ireland"). */
static bool
place_opener(struct ctx *c, const struct tok *t)
{
	static const char *const w[] = { "new", "san", "santa", "los", "las", "abu", "cape", "hong",
	    "buenos", "northern", "southern", "north", "south", "east", "west", "saint", "sri",
	    "kuala", "tel", "rio", "port", "ho", "el", "al" };

	return (t->wf & W_CAP) && tok_in(c, t, w, sizeof w / sizeof w[0]);
}

static bool paren_acronym(const struct ctx *c, size_t k);

/* Whether the phrase [a, b) is set off by a comma beside a name, and so holds none: after
 * one ("Eoin Mac Giolla Bhríde, principal of Scoil Inis Caorach,") or before one, an
 * acronym in brackets between ("The Executive Director of Community Energy Watch (CEW),
 * Aisha Ibrahim,"). */
static bool
np_beside_name(struct ctx *c, size_t a, size_t b)
{
	const struct tok *v = c->tk.v;
	size_t k = b < c->tk.n && paren_acronym(c, b) ? b + 3 : b;

	if (k + 1 < c->tk.n && v[k].type == T_COMMA && v[k + 1].type == T_WORD && (v[k + 1].wf & W_CAP) &&
	    !(tok_cf(c, &c->tk.v[k + 1]) & (QC_STOP | QC_PREP | QC_TIME)))
		return true;
	if (a < 2 || v[a - 1].type != T_COMMA || v[a - 2].type != T_WORD || !(v[a - 2].wf & W_CAP))
		return false;
	/* a name's capitals, not "On Tuesday," or "about Joe Hart," */
	for (k = a - 2; k > 0 && v[k - 1].type == T_WORD && (v[k - 1].wf & W_CAP) &&
	    !(tok_cf(c, &c->tk.v[k]) & (QC_PREP | QC_TIME)); k--)
		;
	/* nor a sentence's opening adverb ("Meanwhile, Consul General in Dubai X") */
	return !(tok_cf(c, &c->tk.v[k]) & (QC_PREP | QC_TIME)) &&
	    (k == 0 || !(tok_cf(c, &c->tk.v[k - 1]) & QC_PREP)) &&
	    !(k == a - 2 && (v[k].wf & W_SENT) && (tok_cf(c, &c->tk.v[k]) & (QC_STOP | QC_AUX)));
}

/* The end of a place named after a role ("mayor of Fenwick Bay"), whose first word is at w in
 * a phrase [a, b): where a person's name begins, at a given name ("the mayor of Fenwick
 * Bay Jo Smith"); without one, two words are all place, and of a longer run the first
 * ("Mayor of Lisbon Carlos Moedas"), unless the phrase is set off after a name ("Eoin
 * Mac Giolla Bhríde, principal of Scoil Inis Caorach,"), where no second name follows. */
static size_t
np_place_end(struct ctx *c, size_t a, size_t w, size_t b)
{
	const struct tok *v = c->tk.v;
	size_t k;

	for (k = w + 1; k < b; k++)
		if (tok_cf(c, &c->tk.v[k]) & QC_GIVEN)
			return k;
	/* "Director-General of Civil Aviation Szeto Man-kit": a given name of syllables
	 * joined by a hyphen comes after the family name, where the person begins */
	for (k = w + 2; k < b; k++)
		if (tok_syllabic_given(c, &c->tk.v[k]))
			return k - 1;
	if (b - w <= 2 || np_beside_name(c, a, b))
		return b;
	/* "in New York Sam Osei", "in Abu Dhabi X": a place of two words that opens on a word
	 * such names share, with two words after it for the name */
	if (b >= w + 4 && place_opener(c, &v[w]))
		return w + 2;
	return w + 1;
}

/* Whether the words [k, b) after a "von" name a body: a capitalised word listed as one
 * ("Hochschule", "Universität") or a German compound for one ("Landratsamt"). */
static bool
of_body(struct ctx *c, size_t k, size_t b)
{
	for (; k < b; k++)
		if ((c->tk.v[k].wf & W_CAP) && (tok_cf(c, &c->tk.v[k]) & QC_ORG))
			return true;
	return false;
}

/* The role that stands before token k among the capitalised words and "and", "for" and
 * "of" that run back from it: "Secretary" in "Secretary for Labour and"; SIZE_MAX for
 * none. */
static size_t
portfolio_role(struct ctx *c, size_t k)
{
	const struct tok *v = c->tk.v;
	size_t i;

	for (i = k; i-- > 0 && k - i <= 8;) {
		if (v[i].type != T_WORD || !((v[i].wf & W_CAP) || tok_is(c, &v[i], "and") ||
		    tok_is(c, &v[i], "for") || tok_is(c, &v[i], "of")))
			return SIZE_MAX;
		if ((v[i].wf & W_CAP) && (tok_cf(c, &c->tk.v[i]) & QC_ROLE))
			return i;
	}
	return SIZE_MAX;
}

/* The same, when "of" or "for" stands between the role and k: a portfolio ("Minister of
 * Environment and"), not a person named after a title ("Trade Minister Sipho Ndlovu
 * and"). */
static size_t
portfolio_role_of(struct ctx *c, size_t k)
{
	size_t i = portfolio_role(c, k), x;

	for (x = i; x != SIZE_MAX && x < k; x++)
		if (tok_is(c, &c->tk.v[x], "of") || tok_is(c, &c->tk.v[x], "for"))
			return i;
	return SIZE_MAX;
}

static bool
portfolio_before(struct ctx *c, size_t k)
{
	return portfolio_role(c, k) != SIZE_MAX;
}

/* Whether the words [a, b), two or three, are a place by a point of the compass: "South
 * Wales", "West Yorkshire", "Greater Manchester", "County Cork"; the words after the first
 * capitalised and no given name, role or nationality ("South Korean Kim Ji-su" is one). */
static bool
compass_place(struct ctx *c, size_t a, size_t b)
{
	static const char *const compass[] = { "north", "south", "east", "west", "northern",
	    "southern", "eastern", "western", "central", "northeast", "northwest", "southeast",
	    "southwest", "north-east", "north-west", "south-east", "south-west", "upper",
	    "lower", "greater", "county" };
	struct tok *v = c->tk.v;
	size_t k;

	if (b - a < 2 || b - a > 3 || !(v[a].wf & W_CAP) || (v[a].wf & W_ALLCAP) ||
	    !tok_in(c, &v[a], compass, sizeof compass / sizeof compass[0]))
		return false;
	for (k = a + 1; k < b; k++)
		if (v[k].type != T_WORD || !(v[k].wf & W_CAP) || (v[k].wf & W_POSS) ||
		    (tok_cf(c, &v[k]) & (QC_GIVEN | QC_ROLE | QC_HONOR)) || tok_nationality(c, &v[k]))
			return false;
	return true;
}

/* np is the role phrase [ra, rb), of the sex its head word's flags f give, if any */
static void
np_set_role(struct np *np, size_t ra, size_t rb, unsigned f)
{
	np->kind = NP_ROLE;
	np->ra = ra;
	np->rb = rb;
	if (f & (QC_MALE | QC_FEMALE))
		np->gender = (f & QC_MALE) ? 1 : 2;
}

/* Whether the word at token t is the last name of a person the article has named before
 * the byte offset before (among the latest 256, so that a hostile run of names stays
 * linear). */
static bool
name_of_person_before(const struct ctx *c, size_t t, size_t before)
{
	const struct range w = family_word(c, (struct range){ c->tk.v[t].off, c->tk.v[t].len });
	uint32_t h = quote_hash(c->s + w.off, w.len);
	size_t x;

	for (x = c->nents; x-- > 0 && c->nents - x <= 256;)
		if (!c->ents[x].is_org && c->ents[x].lasth == h && c->ents[x].first_pos < before)
			return true;
	return false;
}

static bool
name_of_person(const struct ctx *c, size_t t)
{
	return name_of_person_before(c, t, SIZE_MAX);
}

/* Whether token t, as written, is the first word of someone named before: of a person
 * named with two words or more when org is false (the given name, "Dean" once "Dean
 * Halloran" is named), of a body when org is true ("Ford" once "Ford Motor Company" is). */
static bool
ent_first_word(const struct ctx *c, size_t t, bool org)
{
	const struct tok *w = &c->tk.v[t];
	uint32_t h = quote_hash(c->s + w->off, w->len);
	size_t x;

	for (x = c->nents; x-- > 0 && c->nents - x <= 256;) {
		const struct ent *e = &c->ents[x];

		if ((org ? e->is_org && !e->unnamed : !e->is_org && e->nwords >= 2 &&
		    e->first_pos < w->off) && e->firsth == h && e->first.len == w->len &&
		    memcmp(c->s + e->first.off, c->s + w->off, w->len) == 0)
			return true;
	}
	return false;
}

/* Whether [a, b) is a document named by its source: one lowercase word for a document
 * ("statement", "letter"; not "filing", which a party files with a court) after one to
 * four capitalised or lowercase words of a body or a possessive, after any article: "A
 * Garda statement", "the ministry's statement", "a fire service statement". Not an
 * alert or a warning, named for its colour ("an Amber alert"). */
static bool
body_doc(struct ctx *c, size_t a, size_t b)
{
	struct tok *v = c->tk.v;
	const struct tok *h = &v[b - 1];

	if (b - a < 2 || h->type != T_WORD || (h->wf & (W_CAP | W_POSS | W_DIGIT)) ||
	    !(tok_cf(c, (struct tok *)h) & QC_DOC) || tok_is(c, h, "filing") ||
	    tok_is(c, h, "alert") || tok_is(c, h, "warning"))
		return false;
	while (a < b - 1 && (tok_cf(c, &v[a]) & QC_DET) && !(v[a].wf & W_POSS))
		a++;
	/* "Her resignation letter": a word of the document's, no body */
	if (a + 2 == b && a > 0 && his_her_doc(c, a - 1))
		return false;
	return a < b - 1 && b - 1 - a <= 4;
}

/* Whether the tokens from k are a lowercase portfolio after "the" and a role (the phrase
 * [a, k)), "of" or "for" and up to six lowercase words, closed by a comma: "Lee Jung-sik,
 * the minister of employment and labor, visited". The role is the phrase before k. */
static bool
portfolio_comma(struct ctx *c, size_t a, size_t k, size_t hi)
{
	struct tok *v = c->tk.v;
	size_t i;

	/* "the" and the role alone: not "the former minister of", "the vice minister of", whom
	 * a later "the minister" does not mean, nor "the minister of state for" */
	if (!(tok_is(c, &v[k], "of") || tok_is(c, &v[k], "for")) || k != a + 2 ||
	    !tok_is(c, &v[a], "the") || !(tok_cf(c, &v[k - 1]) & QC_ROLE) ||
	    (k + 1 < hi && tok_is(c, &v[k + 1], "state")))
		return false;
	for (i = k + 1; i < hi && i <= k + 6 && v[i].type == T_WORD && !(v[i].wf & (W_CAP | W_DIGIT)); i++)
		;
	return i > k + 1 && i < hi && v[i].type == T_COMMA;
}

/* Whether a person's role word and then a name of two words or more end the tokens [k, b),
 * which then are no body's name: "Ministry of Works spokeswoman Ann Dee" is Ann Dee. Not
 * a role word inside the body's name ("Ministry of Justice", "Association of Chief Police
 * Officers"), which no such name follows. */
static bool
role_after(struct ctx *c, size_t k, size_t b)
{
	struct tok *v = c->tk.v;
	size_t j = b;

	while (j > k && (v[j - 1].wf & W_CAP) &&
	    !(tok_cf(c, &v[j - 1]) & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_PLURAL | QC_HONOR)))
		j--;
	return b - j >= 2 && j > k && (tok_cf(c, &v[j - 1]) & (QC_ROLE | QC_HONOR)) &&
	    !(tok_cf(c, &v[j - 1]) & QC_ORG);
}

/* Whether t is a place made an adjective by a hyphen: "the Rotterdam-based company", "the
 * Seoul-headquartered firm", "the London-listed miner" describe a body, no name. */
static bool
place_based(struct ctx *c, const struct tok *t)
{
	static const struct suffix tails[] = { SUFFIX("-based"), SUFFIX("-headquartered"),
	    SUFFIX("-listed"), SUFFIX("-registered"), SUFFIX("-owned"), SUFFIX("-run"),
	    SUFFIX("-backed"), SUFFIX("-controlled"), SUFFIX("-funded") };
	size_t k;

	char z = c->s[t->off + t->len - 1];

	/* every ending closes on "d" or "n", and most words hold no hyphen: the two tests
	 * spare the comparisons */
	if (t->len < 5 || (z != 'd' && z != 'n') || memchr(c->s + t->off, '-', t->len) == NULL)
		return false;
	for (k = 0; k < sizeof tails / sizeof tails[0]; k++)
		if (tok_ends(c, t, tails[k].s, tails[k].n))
			return true;
	return false;
}

/* The units of local and state government that name a body with "of" and a place. */
static const char *const gov_units[] = { "city", "county", "town", "village", "borough",
    "state", "province", "municipality", "commonwealth", "district", "shire", "parish",
    "port", "region" };

/* Whether byte ch may be part of a word: an ASCII letter or digit, or any byte of a
 * multibyte character. */
static inline bool
word_byte(char ch)
{
	unsigned char u = (unsigned char)ch;

	return u >= 0x80 || quote_ascii_word[u] != 0;
}

/* Whether the article also writes t, a capitalised ASCII word, with a lowercase first
 * letter as a word of its own ("water" for "Water"), and never as a name after a lowercase
 * word ("a supplier to Shell"): a common word capitalised to open a sentence. Each call
 * reads the whole text, so an article gets a few. */
static bool
lowercase_too(struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off, *h = c->s, *end = c->s + c->len, *hit;
	char first = (char)(w[0] + 32);
	bool found = false;

	if (t->len < 3 || w[0] < 'A' || w[0] > 'Z' || c->lowercase_asked >= 8)
		return false;
	c->lowercase_asked++;
	while (h < end && (hit = memmem(h, (size_t)(end - h), w + 1, t->len - 1)) != NULL) {
		const char *z = hit + t->len - 1;

		/* a word of its own, not of a compound ("sky-high", "orange-fronted") */
		if (hit > c->s && hit[-1] == first && (hit - 1 == c->s || (!word_byte(hit[-2]) &&
		    hit[-2] != '-')) && (z == end || (!word_byte(*z) && *z != '-')))
			found = true;
		/* the name as a name: capitalised after a lowercase word ("a supplier to
		 * Shell"), not inside a longer name ("Pennine Rivers Water") */
		if (hit >= c->s + 3 && hit[-1] == w[0] && hit[-2] == ' ' && word_byte(hit[-3]) &&
		    (z == end || !word_byte(*z))) {
			const char *p = hit - 3;

			while (p > c->s && word_byte(p[-1]))
				p--;
			if (*p >= 'a' && *p <= 'z')
				return false;
		}
		/* or opening a longer name ("Sky UK has been fined") */
		if (hit > c->s && hit[-1] == w[0] && (hit - 1 == c->s || !word_byte(hit[-2])) &&
		    z + 1 < end && *z == ' ' && z[1] >= 'A' && z[1] <= 'Z')
			return false;
		h = hit + 1;
	}
	return found;
}

/* The words a union's name holds besides "union": the plural of its members ("Allied Food
 * Workers", "Teamsters", "the Union of Public Employees"), or "guild" ("Writers Guild"). */
static const char *const union_words[] = { "workers", "employees", "teamsters", "guild" };
static bool orgref_generic(struct ctx *c, const struct tok *h);

static void
np_analyse(struct ctx *c, size_t a, size_t b, struct np *np)
{
	struct tok *v = c->tk.v;
	size_t i, j, owner_end = SIZE_MAX, rs, post = SIZE_MAX, name_at = SIZE_MAX;
	unsigned fl;
	bool had_det = false, spokes_head;
	int g;

	memset(np, 0, sizeof *np);
	/* "Doha-based Nahr Capital", "London-listed Harwell Mining", "Chicago-based private
	 * equity firm Halvard Capital": where a name is based or listed is no word of it */
	while (a + 1 < b && (v[a].wf & W_CAP) && !(v[a].wf & W_POSS) && place_based(c, &v[a]))
		a++;
	np->a = a;
	np->b = b;
	if (a >= b)
		return;
	/* "Meghna Star Knitwear" once "Meghna Star Knitwear Ltd" is named: the body, though
	 * "Star" reads as a role before a name */
	if (__builtin_expect(c->legal_orgs != 0, 0) && b - a >= 2 && (v[a].wf & W_CAP) &&
	    (v[b - 1].wf & (W_CAP | W_POSS)) == W_CAP &&
	    org_short_form(c, v[a].off, v[b - 1].off + v[b - 1].len - v[a].off) >= 0) {
		np->kind = NP_ORG;
		np->na = a;
		np->nb = b;
		return;
	}
	fl = tok_cf(c, &v[b - 1]);
	if (b - a == 1 && tok_pronoun(c, &v[a])) {
		np->kind = NP_PRONOUN;
		np->gender = (fl & QC_MALE) ? 1 : (fl & QC_FEMALE) ? 2 : 0;
		if (fl & QC_PLURAL)
			np->kind = NP_PLURAL;
		return;
	}
	if (b - a == 1 && tok_is(c, &v[a], "it")) {
		np->kind = NP_IT;
		return;
	}
	/* "Dean Halloran": a role word that is a given name as often, before one
	 * capitalised word and after no article, is the name's first word (a dean is
	 * "Dean Jane Roe" or "the dean"); not before the family name of someone named
	 * ("Elaine Morrison, dean of the law school, ... / Dean Morrison said") */
	if (b - a == 2 && (v[a].wf & (W_CAP | W_ALLCAP | W_POSS)) == W_CAP &&
	    (tok_is(c, &v[a], "dean") || tok_is(c, &v[a], "earl")) &&
	    (v[a + 1].wf & (W_CAP | W_ALLCAP)) == W_CAP && !name_of_person(c, a + 1) &&
	    !(fl & (QC_ROLE | QC_ORG | QC_STOP | QC_HONOR | QC_ROLEMOD)) &&
	    (a == 0 || !(tok_cf(c, &v[a - 1]) & QC_DET))) {
		np->kind = NP_NAME;
		np->na = a;
		np->nb = b;
		return;
	}
	/* "Dean remembers" once "Dean Halloran" is named: a role word that is someone's
	 * given name, alone, names them */
	if (b - a == 1 && (fl & QC_ROLE) && (v[a].wf & (W_CAP | W_ALLCAP | W_POSS)) == W_CAP &&
	    ent_first_word(c, a, false)) {
		np->kind = NP_NAME;
		np->na = a;
		np->nb = b;
		return;
	}
	if ((fl & QC_DOC) && body_doc(c, a, b)) {
		/* "A Garda statement", "the ministry's statement", "a fire service
		 * statement": the body (or the person) it comes from speaks, and the
		 * phrase's end (b) stays the body's, its head; the article belongs to the
		 * document, not to the body */
		unsigned char poss = v[b - 2].wf & W_POSS;

		v[b - 2].wf &= (unsigned char)~W_POSS;
		np_analyse(c, a, b - 1, np);
		v[b - 2].wf |= poss;
		np->indef = false;
		/* "A Garda statement", "a Labour statement": a capitalised word, a name's or
		 * a role's, is a body here, unless it owns the document ("Kerr's letter") or
		 * is the family name of someone named ("A Trump statement") */
		bool one_named = false;   /* one word, the family name of someone named */

		if (!poss && np->kind == NP_ROLE && np->na == np->nb && np->rb == np->ra + 1 &&
		    (v[np->ra].wf & W_CAP) && name_of_person(c, np->ra)) {
			np->kind = NP_NAME;
			np->na = np->ra;
			np->nb = np->rb;
			np->ra = np->rb = 0;
			one_named = true;
		} else if (np->kind == NP_NAME && np->nb == np->na + 1) {
			one_named = name_of_person(c, np->na);
		}
		if (!poss && ((np->kind == NP_NAME && np->ra == np->rb && !one_named) ||
		    (np->kind == NP_ROLE && np->na == np->nb && np_all_cap(c, np->ra, np->rb)))) {
			if (np->kind == NP_ROLE) {
				np->na = np->ra;
				np->nb = np->rb;
				np->ra = np->rb = 0;
			}
			np->kind = NP_ORG;
		}
		if (!(np->kind == NP_ORG || np->kind == NP_ORGREF || (poss && (np->kind == NP_NAME ||
		    np->kind == NP_ROLE)) || (np->kind == NP_NAME && one_named)))
			np->kind = NP_NONE;
		return;
	}
	if ((v[b - 1].wf & W_POSS) || (b - a == 1 && tok_party(c, &v[a])))
		return;
	/* a capitalised particle inside a sentence opens a name ("La Ode Muhammad Ikhsan",
	 * "said La Russa"), not the phrase "the Ode" */
	while (a < b && (tok_cf(c, &v[a]) & QC_DET) && !(v[a].wf & W_POSS) &&
	    !((v[a].wf & (W_CAP | W_SENT | W_ALLCAP)) == W_CAP && (tok_cf(c, &v[a]) & QC_PARTICLE) &&
	    a + 1 < b && (v[a + 1].wf & W_CAP) && a > 0 && v[a - 1].type != T_END)) {
		if (tok_cf(c, &v[a]) & QC_INDEF)
			np->indef = true;
		had_det = true;
		a++;
	}
	/* "the Chicago-based private equity firm Halvard Capital Partners" */
	while (had_det && a + 1 < b && (v[a].wf & W_CAP) && !(v[a].wf & W_POSS) && place_based(c, &v[a]))
		a++;
	/* "the 58-year-old", "the Norwegian": someone the article has named */
	if (had_det && !np->indef && b - a == 1 && (tok_age(c, &v[a]) || tok_nationality(c, &v[a]))) {
		np->kind = NP_DESC;
		return;
	}
	/* "the Kentucky Republican", "the Democrat": a member of Congress by state and party,
	 * as American political copy calls one it has named with a party tag */
	if (had_det && !np->indef && b - a <= 3 && (v[b - 1].wf & W_CAP) &&
	    (tok_is(c, &v[b - 1], "republican") || tok_is(c, &v[b - 1], "democrat"))) {
		size_t x;

		for (x = a; x + 1 < b && (v[x].wf & W_CAP) && !(v[x].wf & W_POSS); x++)
			;
		if (x + 1 == b) {
			np->kind = NP_DESC;
			np->party = (char)(c->s[v[b - 1].off] & ~32);
			return;
		}
	}
	/* "the young woman", "la jeune femme", "el joven", "l’homme": the same, of one sex */
	if (!had_det && b - a == 1 && tok_elided(c, &v[a], 'l') && (g = tok_person_noun(c, &v[a])) != 0) {
		np->kind = NP_DESC;
		np->gender = g == 3 ? 0 : g;
		return;
	}
	/* "a woman", "one man": someone unnamed (np->indef), not someone named before */
	if (had_det && a < b && b - a <= 2 && person_desc_end(c, a, b) == b) {
		g = tok_person_noun(c, &v[b - 1]);
		if (g == 3) {
			/* the article tells the sex of "la jeune", "el joven" */
			const struct tok *d = &v[a - 1];

			g = tok_is(c, d, "la") ? 2 : tok_is(c, d, "le") || tok_is(c, d, "el") ||
			    tok_is(c, d, "il") ? 1 : 0;
		}
		np->kind = NP_DESC;
		np->gender = g;
		return;
	}
	/* "Her resignation letter" */
	if (had_det && !np->indef && b - a == 2 && his_her_doc(c, a - 1))
		a++;
	if (had_det && !np->indef && b - a == 1 && !(v[a].wf & W_CAP) && (tok_cf(c, &v[a]) & QC_DOC)) {
		unsigned df = tok_cf(c, &v[a - 1]);

		np->kind = NP_DOC;
		/* "His letter said": the document of the person the pronoun means */
		np->gender = (df & QC_PLURAL) ? 0 : (df & QC_MALE) ? 1 : (df & QC_FEMALE) ? 2 : 0;
		return;
	}
	if (had_det && a + 1 < b && tok_age(c, &v[a]))
		a++;
	/* "Jonathan Pike KC", "Priya Chaudhuri MP": letters after a name are no part of it */
	if ((v[b - 1].wf & W_ALLCAP) && b - a >= 2 && tok_postnominal(c, &v[b - 1], false) &&
	    (v[b - 2].wf & W_CAP) && !(v[b - 2].wf & (W_ALLCAP | W_POSS)) &&
	    !(tok_cf(c, &v[b - 2]) & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_HONOR))) {
		post = b - 1;
		b--;
	}
	/* "Dr Maja Heikkilä of Aalvik University": the name ends before "of"; German "von
	 * der" when a body follows ("Elif Şahin von der Technischen Hochschule", not "Ursula
	 * von der Leyen" or "the Alexander von Humboldt Foundation") */
	for (i = a + 1; i + 1 < b; i++) {
		if (tok_is(c, &v[i], "von") && i + 2 < b && (tok_is(c, &v[i + 1], "der") ||
		    tok_is(c, &v[i + 1], "dem") || tok_is(c, &v[i + 1], "den")) && of_body(c, i + 2, b)) {
			unsigned f = tok_cf(c, &v[i - 1]);

			if ((v[i - 1].wf & W_CAP) && !(f & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_HONOR)))
				b = i;
			break;
		}
		if (tok_is(c, &v[i], "of")) {
			unsigned f = tok_cf(c, &v[i - 1]);

			if ((v[i - 1].wf & W_CAP) && !(f & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_HONOR)) &&
			    !(v[i - 1].wf & W_POSS) && i >= a + 2 && (v[i - 2].wf & W_CAP) &&
			    !(tok_cf(c, &v[i - 2]) & (QC_ROLE | QC_ROLEMOD | QC_ORG)))
				b = i;
			break;
		}
	}
	fl = tok_cf(c, &v[b - 1]);
	for (i = a; i + 1 < b; i++)
		if (v[i].wf & W_POSS)
			owner_end = i + 1;
	/* "the country's defence ministry": a place or a government as the owner names
	 * nobody ("the prime minister's office" keeps its owner) */
	if (owner_end == a + 1 && had_det && !(v[a].wf & W_CAP) && owner_generic(c, &v[a])) {
		a = owner_end;
		owner_end = SIZE_MAX;
	}
	rs = owner_end == SIZE_MAX ? a : owner_end;
	if (rs >= b)
		return;
	/* "Chief Executive Officer of Helixa Therapeutics": a role held at an organisation
	 * is a role, not the organisation */
	if (fl & QC_ORG)
		for (i = rs + 1; i + 1 < b; i++)
			if (tok_is(c, &v[i], "of")) {
				unsigned f = tok_cf(c, &v[i - 1]);

				if ((f & QC_ROLE) && !(f & (QC_ORG | QC_PLURAL))) {
					np_set_role(np, rs, b, f);
					return;
				}
				break;
			}
	/* organisations: "Ministry of Transport", "Department for Transport", "Commission on
	 * Audit" have their head before "of", "for" or "on" (not "a Ministry of Defence
	 * spokesman", which the spokesperson rule reads as the body) */
	spokes_head = tok_spokes(c, &v[b - 1]);
	for (i = rs; i + 2 < b && !spokes_head; i++)
		if ((v[i].wf & W_CAP) && (tok_cf(c, &v[i]) & QC_ORG) &&
		    (tok_is(c, &v[i + 1], "of") || tok_is(c, &v[i + 1], "for") ||
		    (tok_is(c, &v[i + 1], "on") && !on_stop(c, &v[i + 2]))) &&
		    !(tok_cf(c, &v[i]) & QC_ROLE)) {
			if (!role_after(c, i + 2, b))
				fl |= QC_ORG;
			break;
		}
	/* "the City of Millbrook", "the County of Harlan", "the Port of Haldra": a place's
	 * government or authority, named by a capitalised unit, "of" and a capitalised place
	 * of one or two words (not "Town of Hempstead Clerk Kate Murray") */
	if (!(fl & QC_ORG) && rs + 3 <= b && b <= rs + 4 && (v[rs].wf & W_CAP) && !(v[rs].wf & W_ALLCAP) &&
	    tok_is(c, &v[rs + 1], "of") && (v[rs + 2].wf & W_CAP) &&
	    tok_in(c, &v[rs], gov_units, sizeof gov_units / sizeof gov_units[0]) && !role_after(c, rs + 2, b))
		fl |= QC_ORG;
	/* "Allied Food Workers Local 417", "United Auto Workers": a union named for its
	 * members, in capitals (not "the workers", nor one word: "Workers said") */
	if (!(fl & QC_ORG) && b - rs >= 2 && (v[b - 1].wf & W_CAP) && !(v[rs].wf & W_ALLCAP) &&
	    ((c->s[v[b - 1].off + v[b - 1].len - 1] | 32) == 's' ||
	    (c->s[v[b - 1].off + v[b - 1].len - 1] | 32) == 'l')) {
		size_t h = b - 1;

		if (h > rs + 1 && tok_is(c, &v[h], "local"))
			h--;
		if (tok_in(c, &v[h], union_words, sizeof union_words / sizeof union_words[0])) {
			for (i = rs; i <= h && (v[i].wf & W_CAP); i++)
				;
			if (i > h)
				fl |= QC_ORG;
		}
	}
	/* "Compagnie Lacustre d'Aven", "Banco Sabadell": the head first, then capitalised
	 * words and particles, none of them a role or a role's modifier */
	if (!(fl & QC_ORG) && b - rs >= 2 && (v[rs].wf & W_CAP) &&
	    (tok_cf(c, &v[rs]) & QC_ORG) && !(tok_cf(c, &v[rs]) & (QC_ROLE | QC_ROLEMOD | QC_NPMOD))) {
		for (i = rs + 1; i < b; i++) {
			unsigned f = tok_cf(c, &v[i]);

			if (f & (QC_ROLE | QC_ROLEMOD | QC_HONOR | QC_GIVEN) ||
			    !((v[i].wf & W_CAP) || (f & QC_PARTICLE)))
				break;
		}
		if (i == b)
			fl |= QC_ORG;
	}
	/* organisations */
	if (fl & QC_ORG) {
		bool anycap = false;

		/* not a capital that only opens a sentence before a lowercase head, of a word
		 * the article writes in lowercase too ("Water company accused of ..." with "the
		 * water" later): a description, no name (not "Vestrian central bank cuts"); nor
		 * such a head alone ("Company records show", with "the company" elsewhere) */
		for (i = rs; i < b; i++)
			if ((v[i].wf & W_CAP) && !place_based(c, &v[i]) && !((v[i].wf & W_SENT) &&
			    !(v[i].wf & W_ALLCAP) && (!(v[b - 1].wf & W_CAP) || (b == rs + 1 &&
			    orgref_generic(c, &v[i]))) && lowercase_too(c, &v[i])))
				anycap = true;
		np->na = (owner_end != SIZE_MAX || anycap) ? a : rs;
		np->nb = b;
		if (!anycap && owner_end == SIZE_MAX)
			np->kind = NP_ORGREF;
		else
			np->kind = NP_ORG;
		/* "the State Department": name without the article */
		if (np->kind == NP_ORG && owner_end == SIZE_MAX) {
			np->na = rs;
			while (np->na < b && !(v[np->na].wf & W_CAP))
				np->na++;
			if (np->na == b)
				np->na = rs;
		}
		return;
	}
	if (b - rs == 1 && (v[rs].wf & W_ALLCAP) && v[rs].len >= 2 && v[rs].len <= 6 &&
	    !(fl & (QC_HONOR | QC_ROLE))) {
		np->kind = NP_ORG;
		np->na = rs;
		np->nb = b;
		return;
	}
	/* "the Minister for Europe", "el ministro para la Transición Ecológica": the capitals
	 * after a role and "for" are its portfolio, no name */
	j = b;
	while (j > rs + 2 && (v[j - 1].wf & W_CAP))
		j--;
	if (j < b && j > rs + 2 && !(v[j - 1].wf & W_CAP) && (tok_cf(c, &v[j - 1]) & (QC_DET | QC_PARTICLE)))
		j--;
	if (j < b && j > rs + 1 && tok_portfolio_for(c, j - 1)) {
		/* "Secretary for Development Edmund Tse": a name of two words or more may
		 * follow the portfolio's last role word, or start at a given name ("TD for
		 * Galway East Seán Ó Dálaigh") */
		size_t k;

		for (k = j + 1; k < b; k++) {
			unsigned f = tok_cf(c, &v[k]);

			if (f & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_HONOR | QC_STOP))
				name_at = SIZE_MAX;
			else if (name_at == SIZE_MAX && (v[k].wf & W_CAP) &&
			    ((f & QC_GIVEN) || (tok_cf(c, &v[k - 1]) & (QC_ROLEMOD | QC_ORG))))
				name_at = k;
		}
		if (name_at == SIZE_MAX || b - name_at < 2) {
			np_set_role(np, rs, b, tok_cf(c, &v[j - 2]));
			return;
		}
	}
	/* the name: capitalised words at the end, not roles or honorifics */
	j = b;
	while (name_at == SIZE_MAX && j > rs) {
		struct tok *t = &v[j - 1];
		unsigned f = tok_cf(c, t);

		if ((t->wf & W_CAP) && !(t->wf & W_POSS) && !(f & (QC_ROLE | QC_ROLEMOD | QC_HONOR)) &&
		    !(f & QC_STOP)) {
			/* "the mayor of Fenwick Bay", "maire de Lyon", "alcalde de Puerto
			 * Albarrán": a place after a role and "of" or a lowercase particle */
			/* German capitalises the role: "der Rathauschef von Lindenau", after an
			 * article and with one word after "von" ("General von Moltke",
			 * "Präsidentin von der Leyen" are names) */
			if (j >= rs + 3 && (tok_cf(c, &v[j - 3]) & QC_ROLE) && !(v[j - 3].wf & W_POSS) &&
			    (tok_is(c, &v[j - 2], "of") || (tok_is(c, &v[j - 2], "in") &&
			    (v[j - 3].wf & W_CAP)) || ((tok_cf(c, &v[j - 2]) & QC_PARTICLE) &&
			    !(v[j - 2].wf & W_CAP) && (!(v[j - 3].wf & W_CAP) ||
			    (j == b && tok_is(c, &v[j - 2], "von") && j >= 4 &&
			    !(v[j - 4].wf & W_CAP) && (tok_cf(c, &v[j - 4]) & QC_DET)))))) {
				size_t role = j - 3;

				/* "the uncle of Maria Lopez": the kin of a person, no place */
				if (tok_is(c, &v[j - 2], "of") && kin_word(c, &v[role]) &&
				    (v[j - 1].wf & (W_CAP | W_POSS)) == W_CAP) {
					np->kind = NP_NAME;
					np->na = j - 1;
					np->nb = b;
					np->kin_of = true;
					return;
				}
				j = np_place_end(c, np->a, j - 1, b);
				if (j == b)
					fl = tok_cf(c, &v[role]);
				break;
			}
			/* "la ministre de la Santé", "el ministro de la Presidencia": an
			 * article between the particle and the portfolio, one word that names
			 * no body */
			if (j == b && j >= rs + 4 && !(f & QC_ORG) && (tok_cf(c, &v[j - 4]) & QC_ROLE) &&
			    !(v[j - 4].wf & (W_POSS | W_CAP)) &&
			    (tok_cf(c, &v[j - 3]) & QC_PARTICLE) && !(v[j - 3].wf & W_CAP) &&
			    !(v[j - 2].wf & W_CAP) && (tok_cf(c, &v[j - 2]) & QC_DET) &&
			    !(tok_cf(c, &v[j - 2]) & QC_INDEF)) {
				size_t role = j - 4;

				j = np_place_end(c, np->a, j - 1, b);
				if (j == b)
					fl = tok_cf(c, &v[role]);
				break;
			}
			if (j - 1 > rs && tok_is(c, &v[j - 2], "of")) {
				break;
			}
			j--;
			continue;
		}
		if ((t->wf & W_CAP) && (f & (QC_ROLE | QC_ROLEMOD)) && (f & QC_GIVEN) && j < b) {
			j--;
			continue;
		}
		if (!(t->wf & W_CAP) && (f & QC_PARTICLE) && j < b && j - 1 > rs && ((v[j - 2].wf & W_CAP) ||
		    (j - 2 > rs && (tok_cf(c, &v[j - 2]) & QC_PARTICLE) && (v[j - 3].wf & W_CAP)))) {
			j--;
			continue;
		}
		/* "van Dam", "von der Leyen": the particles that open the phrase and the name */
		if (!(t->wf & W_CAP) && (f & QC_PARTICLE) && j < b && j - 1 <= rs + 1 &&
		    particle_name_end(c, rs, b) == b) {
			j = rs;
			break;
		}
		/* "the executive director of Community Energy Watch": capitals after a role
		 * and "of", set off beside a name, are a body's name even where a listed word
		 * stops the name's walk */
		if ((t->wf & W_CAP) && (f & (QC_ROLEMOD | QC_ORG)) && j < b) {
			size_t q = j - 1;

			while (q > rs && v[q - 1].type == T_WORD && (v[q - 1].wf & W_CAP))
				q--;
			if (q >= rs + 2 && tok_is(c, &v[q - 1], "of") && (tok_cf(c, &v[q - 2]) & QC_ROLE) &&
			    !(v[q - 2].wf & W_POSS) && np_beside_name(c, np->a, b)) {
				fl = tok_cf(c, &v[q - 2]);
				j = b;
			}
		}
		break;
	}
	if (name_at != SIZE_MAX)
		j = name_at;
	if (j < b && j > rs && tok_is(c, &v[j - 1], "of") && j < b) {
		/* "Secretary of State Antony Blinken": the word after "of" is the role's */
		j++;
	}
	/* five words at most, and the lowercase particles between ("Jose Ma. de los Reyes
	 * III") */
	if (b - j > 5) {
		size_t x, np0 = 0;

		for (x = j; x < b; x++)
			if (!(v[x].wf & W_CAP) && (tok_cf(c, &v[x]) & QC_PARTICLE))
				np0++;
		if (b - j > 5 + np0)
			j = b - 5 - np0;
	}
	{
		/* "Bassist Marguerite N'Diaye", "Coach Anna Berg" at a sentence start: the first
		 * word is a role when it ends like one or a given name follows it; not in "Vo
		 * Thanh Huong", a name of three words */
		/* j can lie outside [rs, b) here (the test below checks), so no token is touched
		 * before then */
		const struct tok *t = j < b ? &v[j] : NULL;
		size_t l = t != NULL ? t->len : 0;
		const char *w = t != NULL ? c->s + t->off : NULL;

		if (j < b && b - j >= 3 && (t->wf & W_SENT) && !(t->wf & W_INITIAL) &&
		    !(tok_cf(c, &v[j]) & QC_GIVEN) &&
		    !(v[j + 1].wf & W_INITIAL) && !(tok_cf(c, &v[j + 1]) & QC_PARTICLE) &&
		    (((tok_cf(c, &v[j + 1]) & QC_GIVEN) && !tok_vn_middle(c, &v[j + 1])) ||
		    (tok_cf(c, &v[j]) & QC_NPMOD) || (l > 4 && (memcmp(w + l - 3, "ist", 3) == 0 ||
		    memcmp(w + l - 2, "er", 2) == 0 || memcmp(w + l - 2, "or", 2) == 0 ||
		    memcmp(w + l - 3, "man", 3) == 0))))
			j++;
	}
	/* "Secretary for Labour and Welfare Harriet Tse": the phrase after "and", "for" or
	 * "of" may end a role's portfolio before a given name ("Smith and Ilhan Ali Omar"
	 * holds none); after "and", of three words or more, the first word is the
	 * portfolio's whatever the next ("Minister of Environment and Forestry Rahmat
	 * Hidayatullah") */
	if (j < b && b - j >= 3 && j == a && a > 0 && !(v[j].wf & W_SENT) &&
	    (tok_is(c, &v[a - 1], "and") || tok_is(c, &v[a - 1], "for") || tok_is(c, &v[a - 1], "of")) &&
	    !(tok_cf(c, &v[j]) & QC_GIVEN) && !(v[j + 1].wf & W_INITIAL) &&
	    (((tok_cf(c, &v[j + 1]) & QC_GIVEN) && portfolio_before(c, a - 1)) ||
	    (tok_is(c, &v[a - 1], "and") && portfolio_role_of(c, a - 1) != SIZE_MAX)))
		j++;
	/* "the Norwegian", "the Vessel Strait": no person's name takes an article, but for a
	 * full name that opens with a given name, set before a noun ("a Callum Reid penalty",
	 * "the Joe Biden administration"; not "the Christian Democrat said") */
	if (j < b && had_det && j == rs && owner_end == SIZE_MAX &&
	    !(b - j >= 2 && b < c->tk.n && (tok_cf(c, &v[j]) & QC_GIVEN) && !(v[j].wf & W_ALLCAP) &&
	    !(tok_cf(c, &v[j]) & (QC_ROLE | QC_ROLEMOD)) && v[b].type == T_WORD &&
	    !(v[b].wf & (W_CAP | W_DIGIT)) && !verb_like(c, &v[b]) &&
	    !(tok_cf(c, &v[b]) & (QC_STOP | QC_PREP | QC_DET | QC_PARTICLE | QC_ROLE | QC_PERSON)))) {
		np->kind = NP_ROLE;
		np->ra = j;
		np->rb = b;
		return;
	}
	/* "the popular Lumio Hub smart home controller": capitals after a determiner and
	 * lowercase words, set before a noun, are a brand or a model; not a name that opens
	 * with a given name ("the late John Smith said", "the veteran Ann Roe's side") */
	if (j < b && j > rs && had_det && owner_end == SIZE_MAX && b < c->tk.n && v[b].type == T_WORD &&
	    !(v[b].wf & (W_CAP | W_DIGIT)) && !(tok_cf(c, &v[j]) & QC_GIVEN) && !verb_like(c, &v[b]) &&
	    !(tok_cf(c, &v[b]) & (QC_STOP | QC_PREP | QC_DET | QC_PARTICLE | QC_ROLE | QC_PERSON | QC_AUX))) {
		for (i = rs; i < j && v[i].type == T_WORD && !(v[i].wf & (W_CAP | W_POSS)) &&
		    !(tok_cf(c, &v[i]) & (QC_ROLE | QC_ROLEMOD)); i++)
			;
		if (i == j) {
			np->kind = NP_ROLE;
			np->ra = j;
			np->rb = b;
			return;
		}
	}
	/* "in Cwm Eithin, South Wales", "Southern Water said": capitals that open with a point
	 * of the compass name a region, or a body named for one, never a person */
	if (j < b && j == rs && owner_end == SIZE_MAX && compass_place(c, j, b)) {
		np->kind = NP_ORG;
		np->place = true;
		np->na = j;
		np->nb = b;
		return;
	}
	if (j < b) {
		size_t r0 = SIZE_MAX;

		np->kind = NP_NAME;
		np->na = j;
		np->nb = b;
		for (i = rs; i < j; i++) {
			unsigned f = tok_cf(c, &v[i]);

			if (f & QC_HONOR) {
				if (f & QC_MALE)
					np->gender = 1;
				else if (f & QC_FEMALE)
					np->gender = 2;
				continue;
			}
			if (r0 == SIZE_MAX && (((f & (QC_ROLE | QC_ROLEMOD | QC_NPMOD)) && !(f & QC_STOP)) ||
			    (i + 1 == j && (v[i].wf & W_SENT))))
				r0 = i;
		}
		/* "Polish grandmaster Lukasz Wrobel", "home favourite Sindre Dahl": the unlisted
		 * descriptors the phrase took before the name, with their nationality */
		if (r0 == SIZE_MAX && j > rs && tok_descriptor(c, &v[j - 1])) {
			r0 = j - 1;
			while (r0 > rs && (tok_descriptor(c, &v[r0 - 1]) || tok_nationality(c, &v[r0 - 1])))
				r0--;
		}
		/* a member's seat ("MP") is the role when the phrase gives none */
		if (r0 == SIZE_MAX && post != SIZE_MAX && tok_postnominal(c, &v[post], true)) {
			np->ra = post;
			np->rb = post + 1;
		}
		/* "Senate Majority Leader": the body a title belongs to is part of it */
		if (r0 != SIZE_MAX && r0 > rs && (v[r0 - 1].wf & W_CAP) && !(v[r0 - 1].wf & W_POSS) &&
		    (tok_cf(c, &v[r0 - 1]) & QC_ORG) && !(tok_cf(c, &v[r0 - 1]) & QC_ROLE))
			r0--;
		/* "Secretary for Labour and Welfare Harriet Tse", "Federal Minister for Overseas
		 * Pakistanis and Human Resource Development Muhammad Owais Qureshi": a phrase
		 * opening after the "and" of a portfolio holds the rest of it; the role runs
		 * from the title before, which a later "the minister" names */
		if (j > rs && rs == a && a >= 2 && tok_is(c, &v[a - 1], "and") &&
		    !(tok_cf(c, &v[j - 1]) & QC_ROLE) && (i = portfolio_role_of(c, a - 1)) != SIZE_MAX)
			r0 = i;
		if (r0 != SIZE_MAX) {
			size_t re = j;

			while (re > r0 && (tok_cf(c, &v[re - 1]) & QC_HONOR))
				re--;
			np->ra = r0;
			np->rb = re;
			for (i = r0; i < re; i++) {
				unsigned f = tok_cf(c, &v[i]);

				/* not a kin word of someone else's: "Her aunt's husband, Chan
				 * Kwok-wai", "the uncle of Maria Lopez" */
				if (!np->gender && (f & QC_ROLE) && (f & (QC_MALE | QC_FEMALE)) &&
				    !(v[i].wf & W_POSS) && !(i + 1 < b && tok_is(c, &v[i + 1], "of")))
					np->gender = (f & QC_MALE) ? 1 : 2;
			}
		}
		if (!np->gender) {
			unsigned f = tok_cf(c, &v[j]);

			if ((f & QC_GIVEN) && b - j >= 2)
				np->gender = (f & QC_MALE) ? 1 : 2;
		}
		return;
	}
	if (fl & QC_PLURAL) {
		np->kind = NP_PLURAL;
		np->ra = rs;
		np->rb = b;
		return;
	}
	if (fl & QC_ROLE) {
		np_set_role(np, rs, b, fl);
		/* "the EU's top diplomat": the owner stays in the role as written */
		if (owner_end != SIZE_MAX)
			np->ra = a;
	}
}

/* ---------------------------------------------------------------- resolution */

static bool
ent_person_ok(const struct ent *e, int gender)
{
	return !e->is_org && (gender == 0 || e->gender == 0 || e->gender == gender);
}

static bool interview_voice(struct ctx *c);

/* In an interview ("she tells me", "I ask") the writer's pronoun means the person
 * interviewed unless the paragraph names someone else first: "'...,' Sandhu recalls. / '...,'
 * she laughs" is the profile's subject laughing, not the editor quoted once. The subject is
 * the person mentioned most (ring_push keeps them), by a wide margin over the candidate, and
 * of the pronoun's sex. */
static int
interview_focus(const struct ctx *c, int cand, int gender)
{
	int f = c->focus;

	if (f < 0 || f == cand || c->ents[f].is_org || c->ents[f].gender != gender ||
	    c->ents[f].nment < 4 || c->ents[f].nment < 2 * c->ents[cand].nment)
		return cand;
	return f;
}

/* A pronoun refers to the most recent person named as a subject (or speaker) who agrees
 * in gender; a person named only in another role ("beat X", "X's shop") is taken only
 * when no such subject is in reach: "Y beat X on Sunday. 'It was hard,' she said." */
/* Whether someone who may be of the sex gender is named in this paragraph before pos. */
static int
person_here(struct ctx *c, size_t pos, int gender)
{
	size_t k, n = ring_count(c);

	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);

		if (m->pos < pos && m->pos >= c->cur_para && !m->org &&
		    ent_person_ok(&c->ents[m->ent], gender))
			return 1;
	}
	return 0;
}

static int
resolve_pronoun(struct ctx *c, size_t pos, int gender)
{
	size_t k, n = ring_count(c), spos = 0, opos = 0;
	int subj = -1, other = -1, here = -1;

	/* the ring is in push order, which is not text order (speakers are pushed when their
	 * quotation is attributed), so take the nearest preceding mention by position */
	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);
		int me = m->ent;

		if (m->pos >= pos || (m->weak && m->pos >= c->cur_para) ||
		    (m->pron != 0 && gender != 0 && m->pron != gender))
			continue;
		if (!(ent_person_ok(&c->ents[me], gender) || (m->pg & (gender == 1 ? 1 : gender == 2 ? 2 : 3)))) {
			/* a surname alone that the pronoun's sex gives to the other one named so,
			 * when nobody of that sex is named in this paragraph */
			if (gender == 0 || m->alt < 0 || c->ents[m->alt].gender != gender)
				continue;
			if (here < 0)
				here = person_here(c, pos, gender);
			if (here)
				continue;
			me = m->alt;
		}
		if (m->subj && !m->emb && (subj < 0 || m->pos > spos)) {
			subj = me;
			spos = m->pos;
		}
		if (other < 0 || m->pos > opos) {
			other = me;
			opos = m->pos;
		}
	}
	/* a subject from this or the previous paragraph outranks a nearer oblique mention */
	if (subj >= 0 && spos >= c->prev_para && (opos < c->cur_para || spos >= c->cur_para)) {
		other = subj;
		opos = spos;
	}
	if (other >= 0 && opos < c->cur_para && gender != 0 && interview_voice(c))
		return interview_focus(c, other, gender);
	return other;
}

/* The age a description gives: 34 for "the 34-year-old", 0 for "the mother-of-two". */
static unsigned
np_age(struct ctx *c, const struct np *np)
{
	size_t x;

	for (x = np->a; x < np->b; x++)
		if (tok_age(c, &c->tk.v[x]))
			return tok_age_number(c, &c->tk.v[x]);
	return 0;
}

/* Whether the paragraph, before body offset pos, brings in someone unnamed by a noun for a
 * person of a sex that fits gender: "a woman", "un jeune homme", "a young man". */
static bool
unnamed_person_before(struct ctx *c, size_t pos, int gender)
{
	struct tok *v = c->tk.v;
	size_t i;

	for (i = 0; i + 1 < c->tk.n && v[i + 1].off < pos; i++) {
		size_t d;
		int g;

		if (v[i].type != T_WORD || !(tok_cf(c, &v[i]) & QC_INDEF) || (v[i].wf & W_ALLCAP))
			continue;
		d = person_desc_end(c, i + 1, c->tk.n);
		if (d > i + 1 && ((g = tok_person_noun(c, &v[d - 1])) == 3 || gender == 0 || g == gender))
			return true;
	}
	return false;
}

/* Whether the paragraph, before body offset pos, gives that age to someone unnamed: "a"
 * or "an" right before it ("a 32-year-old woman"). */
static bool
unnamed_age_before(struct ctx *c, size_t pos, unsigned age)
{
	struct tok *v = c->tk.v;
	size_t i;

	for (i = 1; i < c->tk.n && v[i].off < pos; i++)
		if ((v[i].wf & W_DIGIT) && v[i - 1].type == T_WORD && (tok_cf(c, &v[i - 1]) & QC_INDEF) &&
		    !(v[i - 1].wf & W_ALLCAP) && tok_age(c, &v[i]) && tok_age_number(c, &v[i]) == age)
			return true;
	return false;
}

/* resolve_desc's choice among the people mentioned in this paragraph and the one before,
 * of the sex gender gives (exact: known to be of it; else not known to be of the other). */
static int
desc_pick(struct ctx *c, size_t pos, unsigned age, int gender, bool exact)
{
	size_t k, n = ring_count(c), spos = 0, opos = 0, ppos = 0;
	int subj = -1, other = -1, prev = -1;

	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *e = &c->ents[m->ent];

		if (m->pos >= pos || m->pos < c->prev_para || (m->weak && m->pos >= c->cur_para) ||
		    !ent_person_ok(e, gender) ||
		    (exact && e->gender != gender) || (age > 0 && e->age > 0))
			continue;
		if (m->pos < c->cur_para) {
			if (m->subj && (prev < 0 || m->pos > ppos)) {
				prev = m->ent;
				ppos = m->pos;
			}
			continue;
		}
		if (m->subj && !m->emb && (subj < 0 || m->pos > spos)) {
			subj = m->ent;
			spos = m->pos;
		}
		if (other < 0 || m->pos > opos) {
			other = m->ent;
			opos = m->pos;
		}
	}
	return subj >= 0 ? subj : other >= 0 ? other : prev;
}

/* A description ("the 58-year-old") means the most recent person named as a subject in
 * this paragraph, or failing that named at all in it. A paragraph that names nobody before
 * it takes the last subject of the paragraph before ("Manager X described the game. /
 * '...,' the 52-year-old said."); nobody when that names none either, rather than a
 * guess from further back. A description with an age (age > 0) first takes the person
 * given that age, from further back too (the latest 256 entities), and never one given
 * another. A description of one sex ("the young woman", gender 2) passes over the other,
 * and takes one known to be of its sex before one whose sex the article has not told;
 * it tells nothing itself, as the article may mean someone it never names. */
static int
resolve_desc(struct ctx *c, size_t pos, unsigned age, int gender)
{
	size_t k, n = ring_count(c), opos = 0;
	int other = -1, e;

	/* "Kay Dunn, 34, ... / '...,' the 34-year-old said": the person last given that
	 * age, however far back, and never one given another */
	if (age > 0) {
		for (k = 0; k < n; k++) {
			const struct ment *m = ring_back(c, k);

			if (m->pos < pos && c->ents[m->ent].age == age && (other < 0 || m->pos > opos)) {
				other = m->ent;
				opos = m->pos;
			}
		}
		for (k = c->nents; other < 0 && k-- > 0 && c->nents - k <= 256;)
			if (c->ents[k].age == age && c->ents[k].first_pos < pos)
				other = (int)k;
		if (other >= 0)
			return other;
	}
	/* "A woman walked in. '...,' the woman said": someone never named; "a 32-year-old
	 * woman had been rescued. The 32-year-old said" */
	if (age == 0 && unnamed_person_before(c, pos, gender))
		return -1;
	if (age > 0 && unnamed_age_before(c, pos, age))
		return -1;
	/* "the man": a man the article has said is one, before one of unknown sex */
	if (gender != 0 && (e = desc_pick(c, pos, age, gender, true)) >= 0)
		return e;
	return desc_pick(c, pos, age, gender, false);
}

/* "the Kentucky Republican": the latest person named before pos with that party's letter
 * in a tag ("Sen. Dale Pruitt (R-Ky.)"); nobody when none was. */
static int
resolve_party(struct ctx *c, size_t pos, char party)
{
	size_t k, n = ring_count(c), bpos = 0;
	int best = -1;

	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);

		if (m->pos < pos && c->ents[m->ent].party == party && (best < 0 || m->pos > bpos)) {
			best = m->ent;
			bpos = m->pos;
		}
	}
	return best;
}

/* "The police said in a statement ... / '...,' the statement said": a document speaks for
 * the one who issued a document of that word, in this paragraph or the one before ("In a
 * written statement to NPR, the company said the hospital ..."), else for the last one
 * named as a subject, person or organisation, there; nobody when none was. */
static int
resolve_doc(struct ctx *c, size_t pos, const struct tok *doc)
{
	size_t k, n = ring_count(c);
	bool other = false;

	if (c->doc_ent >= 0 && c->doc_pos >= c->prev_para && c->doc_pos < pos &&
	    c->doc_word == quote_hash(c->s + doc->off, doc->len)) {
		/* not when the document's paragraph is the one before and this one has named
		 * someone else as a subject already ("Home Secretary Rachel Ames replied on
		 * Wednesday. '...,' the letter said") */
		for (k = 0; c->doc_pos < c->cur_para && k < n; k++) {
			const struct ment *m = ring_back(c, k);

			if (m->pos < c->cur_para)
				break;
			if (m->pos < pos && m->subj && m->ent != c->doc_ent)
				other = true;
		}
		if (!other)
			return c->doc_ent;
	}
	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);

		if (m->pos < c->prev_para)
			break;
		if (m->pos < pos && m->subj && !m->emb)
			return m->ent;
	}
	return -1;
}

/* "'We take safety seriously,' it said": the organisation named last, a subject before any
 * other mention, in this paragraph or the one before; nobody when none is (a report or a
 * law can be "it" too, and is no speaker). */
static int
resolve_it(struct ctx *c, size_t pos)
{
	size_t k, n = ring_count(c), opos = 0;
	int other = -1;

	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);

		if (m->pos >= pos || m->pos < c->prev_para || !m->org ||
		    c->ents[m->ent].someone)
			continue;
		if (m->subj)
			return m->ent;
		if (other < 0 || m->pos > opos) {
			other = m->ent;
			opos = m->pos;
		}
	}
	return other;
}

/* Is body[off, off + n), one word of a role phrase, a role noun: listed, or known by its
 * ending ("cellist", "Betriebsratschef") as tok_cf knows a token? */
static bool
role_word(struct ctx *c, size_t off, size_t n)
{
	struct tok t;
	unsigned char b = (unsigned char)c->s[off];

	if (quote_cue_flags(c->s + off, n) & QC_ROLE)
		return true;
	memset(&t, 0, sizeof t);
	t.off = off;
	t.len = n;
	t.type = T_WORD;
	t.wf = b >= 'A' && b <= 'Z' ? W_CAP : 0;
	return role_suffix(c, &t) || title_compound(c, &t) || role_learned(c, &t);
}

/* The hashes, in need[] (room for 8), of the role nouns written at body[off, off + len)
 * ("secretary-general" has two); returns how many. */
static size_t
role_needs(struct ctx *c, size_t off, size_t len, uint32_t *need)
{
	const char *r = c->s + off;
	size_t i, w0 = 0, nneed = 0;

	for (i = 0; i <= len; i++) {
		char ch = i < len ? r[i] : ' ';

		if (ch == ' ' || ch == '-' || ch == '\n') {
			int ri = i > w0 ? role_initial(r + w0, i - w0) : -1;
			const struct role_acr *ac = ri < 0 && i > w0 ? role_acr_find(c, r + w0, i - w0) : NULL;

			if (ri >= 0)
				role_initial_hashes(ri, false, need, &nneed);
			else if (ac != NULL)
				for (size_t x = 0; x < ac->n && nneed < 8; x++)
					need[nneed++] = ac->w[x];
			else if (i > w0 && nneed < 8 && role_word(c, off + w0, i - w0))
				need[nneed++] = role_word_hash(r + w0, i - w0);
			w0 = i + 1;
		}
	}
	return nneed;
}

/* Whether every one of the nneed role noun hashes is a word of e's role. */
static bool
ent_has_roles(const struct ent *e, const uint32_t *need, size_t nneed)
{
	size_t j, x;

	for (j = 0; j < nneed; j++) {
		bool hit = false;

		for (x = 0; x < e->nrolew; x++)
			if (e->rolew[x] == need[j])
				hit = true;
		if (!hit)
			return false;
	}
	return true;
}

/* The length of the possessive ending of the n bytes at w ("'s", "’s"), or 0. */
static size_t
poss_suffix(const char *w, size_t n)
{
	if (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'')
		return 2;
	return n > 4 && w[n - 1] == 's' && memcmp(w + n - 4, "\xe2\x80\x99", 3) == 0 ? 4 : 0;
}

/* The modifiers of the role written at body[off, off + len), as quote_hash values in
 * mods[] (room for 4) and as written in words[], bit i of *listed set when the table
 * lists mods[i]; returns how many. A modifier narrows the role to a portfolio, field or
 * level: a listed one ("foreign", "finance", "regional") or a word the table does not
 * know ("water minister";
 * capitalised only if caps is asked for: "Water Minister", not "the Liberal Democrat
 * councillor"); not one that says when or how high ("former", "acting", "senior"),
 * nor an owner ("Velmora's"). */
static size_t
role_mods(const struct ctx *c, size_t off, size_t len, bool caps, uint32_t *mods,
    struct range *words, unsigned *listed)
{
	static const char *const when[] = { "former", "acting", "senior", "junior", "top",
	    "interim", "outgoing", "incoming", "new", "then" };
	const char *r = c->s + off;
	size_t i, w0 = 0, n = 0, k;

	*listed = 0;
	for (i = 0; i <= len; i++) {
		char ch = i < len ? r[i] : ' ';
		const char *w = r + w0;
		size_t wl = i - w0;
		unsigned f;
		bool skip = false;

		if (ch != ' ' && ch != '-' && ch != '\n')
			continue;
		w0 = i + 1;
		if (wl < 3 || n >= 4 || poss_suffix(w, wl) > 0)
			continue;
		f = quote_cue_flags(w, wl);
		if (!((f & QC_ROLEMOD) && !(f & QC_ROLE)) && !(f == 0 && (caps || (w[0] >= 'a' && w[0] <= 'z'))))
			continue;
		for (k = 0; k < sizeof when / sizeof when[0] && !skip; k++)
			skip = word_is(w, wl, when[k]);
		if (skip)
			continue;
		if (f != 0)
			*listed |= 1u << n;
		words[n] = (struct range){ (size_t)(w - c->s), wl };
		mods[n++] = quote_hash(w, wl);
	}
	return n;
}

/* Whether two modifiers of roles are a noun and its adjective: the longer is the
 * shorter, less a final "e" or "y", with "al", "ial", "ic" or "ical" after ("finance",
 * "financial"; "economy", "economic"; "environment", "environmental"; not "police" and
 * "policy", "public" and "publicity", "communities" and "communications"). ASCII case is
 * ignored. */
static bool
mod_same(const struct ctx *c, struct range a, struct range b)
{
	static const char *const adj[] = { "al", "ial", "ic", "ical" };
	struct range sh = a.len <= b.len ? a : b, lo = a.len <= b.len ? b : a;
	size_t n = sh.len, k;

	if (n > 0 && (c->s[sh.off + n - 1] == 'e' || c->s[sh.off + n - 1] == 'y'))
		n--;
	if (n < 5 || n >= lo.len ||
	    !range_ieq(c, (struct range){ sh.off, n }, (struct range){ lo.off, n }))
		return false;
	for (k = 0; k < sizeof adj / sizeof adj[0]; k++)
		if (word_is(c->s + lo.off + n, lo.len - n, adj[k]))
			return true;
	return false;
}

/* Whether the role phrase [ra, rb) and e's role name different portfolios: "the foreign
 * minister" is not "Velmora's water minister", though both are ministers. Each must have
 * a modifier the other lacks, and one of those the table must list (two unlisted words
 * may be one portfolio told two ways); "the minister" fits either, "the foreign minister"
 * fits a plain "Minister X". A noun and the adjective made of it are one modifier: "the
 * finance chief" is the "chief financial officer", "the economy minister" the "Minister
 * for Economic Affairs" (mod_same). */
static bool
role_mods_clash(const struct ctx *c, const struct ent *e, size_t ra, size_t rb)
{
	const struct tok *v = c->tk.v;
	uint32_t qm[4], em[4];
	struct range qw[4], ew[4];
	unsigned ql, el;
	size_t nq, ne, i, j;
	bool q_only = false, e_only = false, listed = false;

	if (e->role.len == 0)
		return false;
	nq = role_mods(c, v[ra].off, v[rb - 1].off + v[rb - 1].len - v[ra].off, false, qm, qw, &ql);
	if (nq == 0)
		return false;
	ne = role_mods(c, e->role.off, e->role.len, true, em, ew, &el);
	for (i = 0; i < nq; i++) {
		for (j = 0; j < ne && em[j] != qm[i] && !mod_same(c, qw[i], ew[j]); j++)
			;
		if (j == ne) {
			q_only = true;
			listed = listed || (ql & (1u << i));
		}
	}
	for (j = 0; j < ne; j++) {
		for (i = 0; i < nq && qm[i] != em[j] && !mod_same(c, qw[i], ew[j]); i++)
			;
		if (i == nq) {
			e_only = true;
			listed = listed || (el & (1u << j));
		}
	}
	return q_only && e_only && listed;
}

static bool desc_holds(const struct ctx *c, const struct ent *e, size_t ra, size_t rb);

/* Whether the role written at r has its head word hashed h: the word before "of" ("chief
 * of staff", "Editor-in-chief"), else the last ("Fire Chief", not "chief executive") but
 * an abbreviated title after a role spelled out. */
static bool
role_head_is(const struct ctx *c, struct range r, uint32_t h)
{
	const char *s = c->s + r.off;
	size_t e = r.len, b, i;

	/* "Chief Press Secretary to the state governor", "Minister for Health": the head
	 * comes before the body or the person it serves */
	for (i = 0; i + 4 <= r.len; i++)
		if (memcmp(s + i, " of ", 4) == 0 || memcmp(s + i, "-in-", 4) == 0 ||
		    memcmp(s + i, "-of-", 4) == 0 || memcmp(s + i, " to ", 4) == 0 ||
		    (i + 5 <= r.len && memcmp(s + i, " for ", 5) == 0)) {
			e = i;
			break;
		}
	for (b = e; b > 0 && s[b - 1] != ' ' && s[b - 1] != '-'; b--)
		;
	/* an abbreviated title after a role spelled out ("Council leader Cllr") is no head;
	 * after another abbreviation it is ("Lt. Col.", "Det. Supt.") */
	if (b > 1 && (quote_cue_flags(s + b, e - b) & (QC_HONOR | QC_ABBR))) {
		size_t pb;

		for (pb = b - 1; pb > 0 && s[pb - 1] != ' ' && s[pb - 1] != '-'; pb--)
			;
		if (b - 1 > pb && !(quote_cue_flags(s + pb, b - 1 - pb) & (QC_HONOR | QC_ABBR))) {
			e = b - 1;
			b = pb;
		}
	}
	return e > b && role_word_hash(s + b, e - b) == h;
}

/* Whether the role written at [off, off + n) is one held before: "Former Ashbourne striker",
 * "ex-minister", "the retired judge". */
static bool
role_former(const struct ctx *c, size_t off, size_t n)
{
	static const char *const words[] = { "former", "retired", "onetime", "one-time",
	    "erstwhile" };
	const char *r = c->s + off;
	size_t i = 0, w, k;

	while (i < n) {
		for (w = i; w < n && r[w] != ' '; w++)
			;
		if (w - i > 3 && (r[i] | 32) == 'e' && r[i + 1] == 'x' && r[i + 2] == '-')
			return true;
		for (k = 0; k < sizeof words / sizeof words[0]; k++)
			if (word_is(r + i, w - i, words[k]))
				return true;
		i = w + 1;
	}
	return false;
}

/* Whether e's role is one held before, asked of its role once. */
static bool
ent_former(const struct ctx *c, struct ent *e)
{
	if (e->former == 0)
		e->former = role_former(c, e->role.off, e->role.len) ? 2 : 1;
	return e->former == 2;
}

/* Whether the role of the person e is held at the body the acronym t names: "NOPA" or
 * "CEW" for "Managing Director of NOPA", "Executive Director of Community Energy Watch":
 * the body after the role's last "of" or "at", or the one set apart from the role, is
 * the acronym itself or has it for initials. Not a word inside a longer name ("PDP" is
 * not "the PDP Campaign Council"), nor a capitalised word ("Kenya Power" names a board
 * as well as a company). */
static bool
role_at_body(const struct ctx *c, const struct ent *e, const struct tok *t)
{
	const char *r = c->s + e->role.off;
	size_t i, a = 0, n = e->role.len;
	struct range body = e->body;

	if (!acronym_shape(c->s + t->off, t->len))
		return false;
	for (i = 0; i + 4 < n && body.len == 0; i++)
		if (memcmp(r + i, " of ", 4) == 0 || memcmp(r + i, " at ", 4) == 0)
			a = i + 4;
	if (body.len == 0) {
		if (a == 0)
			return false;
		if (a + 4 < n && memcmp(r + a, "the ", 4) == 0)
			a += 4;
		body = (struct range){ e->role.off + a, n - a };
	}
	if (body.len == t->len && memcmp(c->s + body.off, c->s + t->off, t->len) == 0)
		return true;
	return acronym_of(c, body, c->s + t->off, t->len);
}

/* Whether e's role is a rank in an armed or emergency service: "Army Captain", "Fire
 * Captain", a capitalised "Captain" after the service (not "Navy captain Jake Torres" of a
 * football side, "Police FC captain"). */
static bool
role_in_service(const struct ctx *c, const struct ent *e)
{
	static const char *const w[] = { "army", "navy", "air", "marine", "marines", "police",
	    "fire", "coast", "guard", "corps", "regiment", "infantry" };
	const char *r = c->s + e->role.off;
	size_t i = 0, k, x, n = e->role.len, prev = SIZE_MAX;

	while (i < n) {
		for (x = i; x < n && r[x] != ' '; x++)
			;
		if (prev != SIZE_MAX && x - i == 7 && memcmp(r + i, "Captain", 7) == 0)
			for (k = 0; k < sizeof w / sizeof w[0]; k++)
				if (word_is(r + prev, i - 1 - prev, w[k]))
					return true;
		prev = i;
		i = x + 1;
	}
	return false;
}

static int
resolve_role(struct ctx *c, const struct np *np, size_t pos)
{
	struct tok *v = c->tk.v;
	size_t k, n = ring_count(c);
	size_t roff = v[np->ra].off;
	size_t rl = v[np->rb - 1].off + v[np->rb - 1].len - roff, j;
	uint32_t need[8], place;
	size_t nneed = role_needs(c, roff, rl, need);
	int first = -1, former = -1;
	bool unplaced = false, generic = false, skipper = false;
	const struct tok *pt;

	if (nneed == 0)
		return -1;
	for (j = np->ra; j < np->rb && !skipper; j++)
		skipper = v[j].len == 7 && tok_is(c, &v[j], "skipper");
	if (c->role_bodies && nneed == 1)
		generic = need[0] == quote_hash("boss", 4) || need[0] == quote_hash("chief", 5) ||
		    need[0] == quote_hash("head", 4) || need[0] == quote_hash("leader", 6);
	/* "the Rovers boss" after "Fenwick Rovers manager Tom Kerr": British copy calls a
	 * manager the boss, when no one at hand holds a role called so */
	if (nneed == 1 && need[0] == quote_hash("boss", 4)) {
		for (k = 0; k < n && !ent_has_roles(&c->ents[ring_back(c, k)->ent], need, 1); k++)
			;
		if (k == n)
			need[0] = quote_hash("manager", 7);
	}
	/* "the Karvenian president" when two presidents are about: the one named as Karvenian,
	 * when there is one, before the latest of any country */
	pt = role_place_tok(c, np->ra, np->rb);
	place = pt != NULL ? quote_hash(c->s + pt->off, pt->len) : 0;
	/* "the NOPA boss", "The NOPA MD" after "The Managing Director of NOPA, Engr. Mohammed
	 * Abdurrahman": the holder of the role at the body named (role_at_body); for a
	 * generic head, the one person the article gives a role there, when there is only
	 * one. Asked only once some role names a body. */
	if (!c->role_bodies)
		pt = NULL;
	{
		int held = -1;

		for (k = 0; pt != NULL && k < n; k++) {
			const struct ment *m = ring_back(c, k);
			const struct ent *e;

			if (m->org || m->pos >= pos || m->ent == held)
				continue;
			e = &c->ents[m->ent];
			if (e->role.len == 0 || !ent_person_ok(e, np->gender) || !role_at_body(c, e, pt))
				continue;
			if (ent_has_roles(e, need, nneed))
				return m->ent;
			if (generic) {
				if (held >= 0) {
					held = -2;
					break;
				}
				held = m->ent;
			}
		}
		/* none holds the very role: the only one at the body, when there is one */
		for (k = 0; held >= 0 && k < n; k++) {
			const struct ment *m = ring_back(c, k);

			if (!m->org && m->pos < pos && m->ent != held && c->ents[m->ent].role.len > 0 &&
			    role_at_body(c, &c->ents[m->ent], pt)) {
				held = -2;
				break;
			}
		}
		if (held >= 0)
			return held;
	}
	for (k = 0; place != 0 && k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *e = &c->ents[m->ent];

		if (m->pos < pos && e->place == place && !e->is_org && ent_person_ok(e, np->gender) &&
		    ent_has_roles(e, need, nneed))
			return m->ent;
		/* for the rule below: someone holds the role with no place said */
		if (e->place == 0 && !e->is_org && ent_has_roles(e, need, nneed))
			unplaced = true;
	}
	if (unplaced)
		place = 0;
	/* "Hörður Þórisson, 31, has captained Harwood all season. The Iceland defender said":
	 * a role held for a place no holder of it is known for describes the person this
	 * paragraph has just named as a subject, when the article gave them no role; not when
	 * someone holds the role with no place said ("Manager Steve Clarke", then "the
	 * Scotland manager") */
	for (k = 0; place != 0 && k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *e = &c->ents[m->ent];

		if (m->pos >= pos)
			continue;
		if (m->pos < c->cur_para)
			break;
		if (!m->subj)
			continue;
		if (!e->is_org && !e->unnamed && e->nrolew == 0 && ent_person_ok(e, np->gender))
			return m->ent;
		break;
	}
	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *e = &c->ents[m->ent];

		/* "the official said" after "a senior Health Ministry official": the description */
		if (m->pos >= pos || e->nrolew == 0 || !(ent_person_ok(e, np->gender) || e->someone))
			continue;
		/* "the skipper" is a side's or a boat's captain, not "Army Captain Ben Cole" */
		if (skipper && role_in_service(c, e))
			continue;
		if (e->someone && !desc_holds(c, e, np->ra, np->rb))
			continue;
		if (ent_has_roles(e, need, nneed) && !role_mods_clash(c, e, np->ra, np->rb)) {
			/* "the striker" after "Former Ashbourne striker Dean Hollis": asked
			 * below, once no current holder is found */
			if (ent_former(c, &c->ents[m->ent]) && !role_former(c, roff, rl)) {
				if (former < 0)
					former = m->ent;
				continue;
			}
			/* "the chief" after "Fire Chief Emeka Obi" and then "the company's chief
			 * executive": one word is the head of one role and only a modifier in the
			 * other, and the head's holder is the one meant */
			if (nneed == 1 && !role_head_is(c, e->role, need[0])) {
				if (first < 0)
					first = m->ent;
				continue;
			}
			return m->ent;
		}
	}
	if (first >= 0)
		return first;
	/* "Former Ashbourne striker Dean Hollis ... Kouamé, 24, has scored nine goals. '...,'
	 * the striker said": the role is the person's just named as a subject, of this
	 * paragraph or the one before, when the article gave them none and did not name the
	 * former holder since; else the former holder's */
	if (former >= 0) {
		/* the former holder named in this paragraph is meant ("David Moore, who
		 * coached Hale as a boy, cut the ribbon. '...,' the striker said") */
		for (k = 0; k < n; k++) {
			const struct ment *m = ring_back(c, k);

			if (m->pos < c->cur_para)
				break;
			if (m->ent == former && m->pos < pos)
				return former;
		}
		for (k = 0; k < n; k++) {
			const struct ment *m = ring_back(c, k);
			const struct ent *e = &c->ents[m->ent];

			if (m->pos >= pos || !m->subj || m->ent == former)
				continue;
			if (m->pos < c->prev_para)
				break;
			if (!e->is_org && !e->unnamed && e->nrolew == 0 && ent_person_ok(e, np->gender))
				return m->ent;
			break;
		}
		return former;
	}
	/* "the alliance's chief", "the bank's boss": a generic head fits the latest person
	 * named with a role as a subject, whatever words that role has */
	for (j = np->ra; j < np->rb; j++)
		if (v[j].type == T_WORD && (tok_cf(c, &v[j]) & QC_ROLE) && !tok_is(c, &v[j], "chief") &&
		    !tok_is(c, &v[j], "head") && !tok_is(c, &v[j], "boss") && !tok_is(c, &v[j], "leader"))
			return -1;
	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *e = &c->ents[m->ent];

		if (m->pos < pos && !e->is_org && e->nrolew > 0 && m->subj && ent_person_ok(e, np->gender))
			return m->ent;
	}
	return -1;
}

/* Whether the name r has the head word h before "of": "the bank" is the "National Bank of
 * Ukraine" as much as the "Halden Savings Bank". */
static bool
name_head_of(const struct ctx *c, struct range r, const struct tok *h)
{
	size_t i;

	for (i = 0; i + h->len + 4 <= r.len; i++)
		if ((i == 0 || c->s[r.off + i - 1] == ' ') &&
		    range_ieq(c, (struct range){ r.off + i, h->len }, (struct range){ h->off, h->len }) &&
		    memcmp(c->s + r.off + i + h->len, " of ", 4) == 0)
			return true;
	return false;
}

/* Whether every word of the phrase np->na..nb occurs as a word in r, ignoring ASCII case. */
static bool
orgref_words_in(struct ctx *c, const struct np *np, struct range r)
{
	struct tok *v = c->tk.v;
	size_t i, p;

	for (i = np->na; i < np->nb; i++) {
		bool hit = false;

		for (p = 0; !hit && p + v[i].len <= r.len; p++) {
			size_t k;

			if (p > 0 && c->s[r.off + p - 1] != ' ' && c->s[r.off + p - 1] != '-')
				continue;
			for (k = 0; k < v[i].len && (c->s[r.off + p + k] | 32) == (c->s[v[i].off + k] | 32); k++)
				;
			hit = k == v[i].len && (p + k == r.len || !quote_ascii_word[(unsigned char)c->s[r.off + p + k]]);
		}
		if (!hit)
			return false;
	}
	return true;
}

/* Heads only a business goes by, whatever its name ("the company"), and heads a charity,
 * an agency, a watchdog or a campaign goes by as well ("the group" is an alliance or a
 * bureau as often as a firm). */
static const char *const business_heads[] = { "company", "firm", "airline", "carrier",
    "bank", "lender", "insurer", "operator", "retailer", "manufacturer", "maker",
    "broadcaster", "chain", "supplier", "utility", "startup", "conglomerate", "automaker",
    "carmaker", "drugmaker", "chipmaker", "brewer" };
static const char *const body_heads[] = { "group", "agency", "organisation",
    "organization", "watchdog", "regulator", "charity" };

static bool
orgref_business(struct ctx *c, const struct tok *h)
{
	return tok_in(c, h, business_heads, sizeof business_heads / sizeof business_heads[0]);
}

/* Heads any business may go by, whatever its name. */
static bool
orgref_generic(struct ctx *c, const struct tok *h)
{
	return orgref_business(c, h) || tok_in(c, h, body_heads, sizeof body_heads / sizeof body_heads[0]);
}

/* Whether the body e's name ends in a company's form: "Co.", "Company", "Corp.", "Inc.",
 * "Ltd", "LLC", "plc", "GmbH", or one legal_form knows ("NV", "AG"). */
static bool
org_company_form(const struct ctx *c, const struct ent *e)
{
	static const char *const forms[] = { "co", "co.", "company", "corp", "corp.",
	    "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh" };
	const char *w = c->s + e->last.off;
	size_t k;

	if (legal_form(w, e->last.len))
		return true;
	for (k = 0; k < sizeof forms / sizeof forms[0]; k++)
		if (word_is(w, e->last.len, forms[k]))
			return true;
	return false;
}

/* Whether the body e is known to be no business by its name's last word: "Green Party",
 * "General Hospital", "Health Ministry". "The company said" never means one of those. */
static bool
org_not_business(const struct ctx *c, const struct ent *e)
{
	static const char *const heads[] = { "party", "hospital", "ministry", "council",
	    "university", "police", "court", "government", "commission", "department",
	    "committee", "parliament", "assembly", "senate", "school", "college", "church",
	    "army", "tribunal", "embassy", "municipality", "prefecture" };
	size_t k;

	for (k = 0; k < sizeof heads / sizeof heads[0]; k++)
		if (word_is(c->s + e->last.off, e->last.len, heads[k]))
			return true;
	return false;
}

/* "the state weather service", "Russia's foreign ministry" before any name: a body the
 * phrase itself names, when it has words besides a head that is no business's. */
static bool
orgref_names(struct ctx *c, const struct np *np)
{
	struct tok *v = c->tk.v;
	size_t i;

	if (np->indef || np->nb < np->na + 2 || orgref_generic(c, &v[np->nb - 1]))
		return false;
	for (i = np->na; i < np->nb; i++)
		if (v[i].type != T_WORD || (v[i].wf & W_DIGIT))
			return false;
	return true;
}

/* Whether a named body's name holds a head that "the hospital" also goes by: "St. Brendan
 * Medical Center", "Harlow Royal Infirmary"; or one "the union" goes by: "Allied Food
 * Workers Local 417", "United Auto Workers", "Teamsters Local 120", "Writers Guild". */
static bool
orgref_other_head(struct ctx *c, const struct tok *h, struct range name)
{
	static const char *const hospital[] = { "medical center", "medical centre", "infirmary",
	    "clinic", "health system" };
	const char *const *alt;
	size_t i, p, nalt;

	if (tok_is(c, h, "hospital")) {
		alt = hospital;
		nalt = sizeof hospital / sizeof hospital[0];
	} else if (tok_is(c, h, "union")) {
		alt = union_words;
		nalt = sizeof union_words / sizeof union_words[0];
	} else {
		return false;
	}
	for (i = 0; i < nalt; i++) {
		size_t n = strlen(alt[i]);

		for (p = 0; p + n <= name.len; p++)
			if ((p == 0 || c->s[name.off + p - 1] == ' ') && word_is(c->s + name.off + p, n, alt[i]) &&
			    (p + n == name.len || c->s[name.off + p + n] == ' '))
				return true;
	}
	return false;
}

static int
resolve_orgref(struct ctx *c, const struct np *np, size_t pos)
{
	struct tok *v = c->tk.v;
	const struct tok *h = &v[np->b - 1];
	size_t k, n = ring_count(c);
	bool business = orgref_business(c, h), lower;
	bool generic = business || tok_in(c, h, body_heads, sizeof body_heads / sizeof body_heads[0]);
	int any = -1, subj = -1, headof = -1, form = -1, relany = -1;
	size_t subj_pos = 0, form_pos = 0;

	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *e;
		const char *p;

		/* "a former Corvane engineer" is someone, not "the company"; and a body known
		 * only as "the company" is no name a later "the company" can match */
		if (m->pos >= pos || !m->org)
			continue;
		e = &c->ents[m->ent];
		if (e->unnamed)
			continue;
		lower = !e->name_cap;
		/* a business goes by its name: a body known only by a description is none. "The
		 * bank" is the one whose name ends in "Bank", wherever it was named; else the
		 * latest named as a subject in this paragraph or the one before, rather than a
		 * nearer one named in passing ("an analyst at Corbel Securities") */
		if (generic) {
			if (lower)
				continue;
			if (e->last.len == h->len && range_ieq(c, e->last, (struct range){ h->off, h->len }))
				return m->ent;
			/* "the bank" is also the "National Bank of Ukraine", after a subject of
			 * these paragraphs ("economists at Bank of America" is in passing) */
			if (headof < 0 && name_head_of(c, e->name, h))
				headof = m->ent;
			/* "the company" is none of the party, hospital or ministry named since */
			if (business && org_not_business(c, e))
				continue;
			/* "Zlatovac Mining, in which China's Hengtai Group bought a stake": a body
			 * named inside a "which" clause is meant only when no other is */
			if (m->rel) {
				if (relany < 0)
					relany = m->ent;
				continue;
			}
			if (form < 0 && business && org_company_form(c, e)) {
				form = m->ent;
				form_pos = m->pos;
			}
			if (subj < 0 && m->subj && m->pos >= c->prev_para) {
				subj = m->ent;
				subj_pos = m->pos;
			}
			if (any < 0)
				any = m->ent;
			continue;
		}
		/* "the defence ministry" is not "Russia's foreign ministry": a body known by a
		 * description holds every word of the phrase that means it */
		if (lower && !orgref_words_in(c, np, e->name))
			continue;
		if (!lower && orgref_other_head(c, h, e->name))
			return m->ent;
		for (p = c->s + e->name.off; p < c->s + e->name.off + e->name.len; p++) {
			size_t i, left = (size_t)(c->s + e->name.off + e->name.len - p);

			for (i = 0; i < h->len && i < left; i++) {
				char x = p[i], y = c->s[h->off + i];

				if (x >= 'A' && x <= 'Z')
					x = (char)(x + 32);
				if (x != y)
					break;
			}
			if (i == h->len)
				return m->ent;
		}
	}
	/* "the company" is, before any other, the latest body whose name a company's form
	 * ends ("Southern Petroleum Products Co."), when this paragraph names it and the
	 * subject is of the paragraph before; not before a subject of this paragraph, nor
	 * one that has such a name too ("Noordwal Chemie NV"), nor after a body named in
	 * passing in a paragraph before ("Harwell Mining, which sells to Tarrant Metals
	 * Ltd, said") */
	if (form >= 0 && form_pos >= c->cur_para && (subj < 0 || (subj_pos < c->cur_para &&
	    !org_company_form(c, &c->ents[subj]))))
		return form;
	return subj >= 0 ? subj : headof >= 0 ? headof : any >= 0 ? any : relany;
}

/* The body a lowercase phrase means: one the article named (resolve_orgref), else one the
 * phrase names itself, registered now (*fresh): "the state weather service", or "police"
 * with no force named, a body of its own. */
static int
orgref_entity(struct ctx *c, const struct np *np, size_t pos, bool *fresh)
{
	int e = resolve_orgref(c, np, pos);

	*fresh = false;
	if (e < 0 && (orgref_names(c, np) || (np->nb == np->na + 1 && !np->indef &&
	    (tok_cf(c, &c->tk.v[np->na]) & (QC_ORG | QC_PLURAL)) == (QC_ORG | QC_PLURAL)))) {
		e = ent_register(c, np->na, np->nb, 1, 0);
		*fresh = true;
	}
	return e;
}

/* A person named by surname under a title ("Sen. Pruitt") is the namesake who holds that
 * title, when the article names two people so ("Sen. Gerald Pruitt", "Gov. Denise Pruitt");
 * otherwise the nearest namesake, as ent_register finds. */
static int
ent_register_titled(struct ctx *c, const struct np *np)
{
	struct tok *v = c->tk.v;

	if (np->rb > np->ra && np->nb == np->na + 1) {
		struct range last = family_word(c, (struct range){ v[np->na].off, v[np->na].len });
		uint32_t need[8], lh = quote_hash(c->s + last.off, last.len);
		const char *stem[8];
		size_t nneed = 0, i, j;
		int near = -1;

		for (i = np->ra; i < np->rb && nneed < 8; i++)
			if (v[i].type == T_WORD && (tok_cf(c, &v[i]) & QC_ROLE)) {
				stem[nneed] = role_word_full(c->s + v[i].off, v[i].len);
				need[nneed++] = role_word_hash(c->s + v[i].off, v[i].len);
			}
		for (i = c->nents; nneed > 0 && i-- > 0 && c->nents - i <= 256;) {
			const struct ent *e = &c->ents[i];
			bool stems = true;

			if (e->is_org || e->nwords < 2 || e->lasth != lh || !range_ieq(c, e->last, last))
				continue;
			if (ent_has_roles(e, need, nneed))
				return (int)i;
			/* "Sen." in "Senate Majority Leader": a word of the role shares the title's stem */
			for (j = 0; j < nneed && stems; j++)
				stems = stem[j] != NULL && role_has_stem(c, &e->role, stem[j]);
			if (stems && near < 0)
				near = (int)i;
		}
		if (near >= 0)
			return near;
	}
	return ent_register(c, np->na, np->nb, 0, np->gender);
}

/* Whether tokens a..b are all capitalised words. */
static bool
np_all_cap(struct ctx *c, size_t a, size_t b)
{
	struct tok *v = c->tk.v;
	size_t a0 = a;

	/* "of", "for" and "and" inside a name ("Department for Transport") */
	for (; a < b; a++)
		if (v[a].type != T_WORD || (!(v[a].wf & W_CAP) && (a == a0 || a + 1 == b ||
		    !(tok_is(c, &v[a], "of") || tok_is(c, &v[a], "for") || tok_is(c, &v[a], "and")))))
			return false;
	return true;
}

/* Someone the article never names, known by a description: "a senior Health Ministry
 * official", "Customs officers". The entity is named by the phrase as written, with its
 * indefinite article ("a senior official" reads as nobody's name), holds the phrase as its
 * role so that "the official" or "the senior official" finds it again, and is marked unnamed:
 * the store never takes two such descriptions in different articles for one speaker. */
static int
unnamed_register(struct ctx *c, const struct np *np)
{
	struct tok *v = c->tk.v;
	size_t a = np->ra;
	int e;

	if (np->kind == NP_ROLE && np->indef && np->a < np->ra && (tok_cf(c, &v[np->ra - 1]) & QC_INDEF))
		a = np->ra - 1;
	e = ent_register(c, a, np->rb, 1, 0);
	if (e >= 0) {
		c->ents[e].unnamed = true;
		/* the phrase without its article too, the speaker's name in older stores */
		if (a < np->ra)
			ent_add_alias(c, &c->ents[e], (struct range){ v[np->ra].off,
			    v[np->rb - 1].off + v[np->rb - 1].len - v[np->ra].off });
		if (np->kind == NP_ROLE) {
			c->ents[e].someone = true;
			ent_set_role(c, e, np->ra, np->rb);
		}
	}
	return e;
}

/* Whether every word of the role phrase [ra, rb) is a word of the unnamed e's description:
 * "the senior officer" is not "a junior officer", nor "the defence official" "a second
 * official". */
static bool
desc_holds(const struct ctx *c, const struct ent *e, size_t ra, size_t rb)
{
	const struct tok *v = c->tk.v;
	size_t k;

	for (k = ra; k < rb; k++) {
		const char *n = c->s + e->name.off, *end = n + e->name.len;
		bool hit = false;

		while (n < end && !hit) {
			const char *w = n;

			while (n < end && *n != ' ')
				n++;
			hit = ((size_t)(n - w) == v[k].len && range_ieq(c, (struct range){ (size_t)(w - c->s),
			    v[k].len }, (struct range){ v[k].off, v[k].len })) ||
			    /* "the insider" is "a source" */
			    (role_synonym(c->s + v[k].off, v[k].len) != NULL && role_word_hash(w,
			    (size_t)(n - w)) == role_word_hash(c->s + v[k].off, v[k].len));
			while (n < end && *n == ' ')
				n++;
		}
		if (!hit)
			return false;
	}
	return true;
}

static bool tok_cue(struct ctx *c, size_t i, unsigned mask);
static bool tok_adverb(struct ctx *c, size_t i);

/* Whether the phrase is the subject of a speech verb next to it: "the ministry said", "In a
 * statement, the ministry has said", "said the ministry"; a subject that opens its clause,
 * not one reported ("Dridi said the government had announced"). */
static bool
np_speaks(struct ctx *c, const struct np *np)
{
	size_t k = np->b, n = c->tk.n;

	if (np->a > 0 && c->tk.v[np->a - 1].type == T_WORD && !(c->tk.v[np->a].wf & W_SENT))
		return np->a >= 2 && tok_cue(c, np->a - 1, QC_SAY) && c->tk.v[np->a - 2].type != T_WORD;
	while (k < n && k < np->b + 2 && tok_adverb(c, k))
		k++;
	return k < n && tok_cue(c, k, QC_SAY | QC_TELL);
}

/* Who wrote the document whose phrase ends at token b, when the words after it say so: "The
 * letter, signed by Ann Dee and two others, said", "the complaint, which was filed by the
 * Harbour Trust, says". Only verbs of making or sending the document: whoever "seen by",
 * "obtained by", "reviewed by" or "published by" names did not write it. The first person
 * or body the scan registered in the name after "by" (to a comma, "to" or "of", at most
 * eight words), or -1. */
static int
doc_author(struct ctx *c, size_t b)
{
	static const char *const made[] = { "issued", "signed", "co-signed", "filed", "written",
	    "sent", "released", "lodged", "submitted", "brought", "drafted", "penned",
	    "authored", "posted" };
	struct tok *v = c->tk.v;
	size_t k = b, n = c->tk.n, lo, hi, best = SIZE_MAX, i;
	int e = -1;

	if (k < n && v[k].type == T_COMMA)
		k++;
	if (k < n && (tok_is(c, &v[k], "which") || tok_is(c, &v[k], "that")))
		k++;
	if (k < n && (tok_is(c, &v[k], "was") || tok_is(c, &v[k], "were")))
		k++;
	if (k < n && v[k].type == T_WORD && !(v[k].wf & W_CAP) && tok_adverb(c, k) &&
	    !(tok_cf(c, &v[k]) & QC_AUX))
		k++;
	if (k + 2 >= n || !tok_in(c, &v[k], made, sizeof made / sizeof made[0]) ||
	    !tok_is(c, &v[k + 1], "by") || v[k + 2].type != T_WORD)
		return -1;
	/* a name or a role, after "the" or not: not "by email to Mayor X" (a means, then
	 * the recipient), "by the family of Lena Ortiz" or "by the department to Brandt" */
	k += 2;
	if (tok_is(c, &v[k], "the") && k + 1 < n && v[k + 1].type == T_WORD)
		k++;
	if (!(v[k].wf & W_CAP) && !(tok_cf(c, &v[k]) & QC_ROLE))
		return -1;
	lo = v[k].off;
	for (i = k; i < n && i < k + 8 && v[i].type == T_WORD && !tok_is(c, &v[i], "to") &&
	    !tok_is(c, &v[i], "of"); i++)
		;
	hi = i < n ? v[i].off : c->len;
	for (i = 0; i < ring_count(c); i++) {
		const struct ment *m = ring_back(c, i);

		if (m->pos >= lo && m->pos < hi && m->pos < best) {
			best = m->pos;
			e = m->ent;
		}
	}
	return e;
}

/* The speakers a story seldom names later: "a source", "an official", "a witness". */
static const char *const nameless[] = { "source", "insider", "official", "diplomat", "aide",
    "witness", "eyewitness", "resident", "neighbour", "neighbor", "bystander", "onlooker",
    "passer-by", "passerby", "relative", "shopper", "commuter" };

/* The entity an analysed phrase denotes; *pending is set for a role noun to be named later. */
static int
np_resolve(struct ctx *c, const struct np *np, bool *pending)
{
	struct tok *v = c->tk.v;
	size_t pos = v[np->a].off;
	int e = -1;
	unsigned age;
	bool fresh;

	*pending = false;
	switch (np->kind) {
	case NP_PRONOUN:
		return resolve_pronoun(c, pos, np->gender);
	case NP_NAME:
		e = ent_register_titled(c, np);
		if (e < 0)
			return -1;
		if (np->rb > np->ra)
			ent_set_role(c, e, np->ra, np->rb);
		ring_push(c, e, pos, true);
		return e;
	case NP_ORG:
		e = ent_register(c, np->na, np->nb, 1, 0);
		ring_push(c, e, pos, true);
		return e;
	case NP_PLURAL:
	case NP_ROLE:
		/* "a customs spokesman", "Customs officers": an unnamed speaker known by the phrase */
		if (np->indef || np->kind == NP_PLURAL) {
			/* "a Merebrook Police spokeswoman": the body she speaks for */
			if (np->kind == NP_ROLE && np->rb >= np->ra + 2 && tok_spokes(c, &v[np->rb - 1]) &&
			    np_all_cap(c, np->ra, np->rb - 1)) {
				e = ent_register(c, np->ra, np->rb - 1, 1, 0);
				c->ents[e].spokes = true;
				ring_push(c, e, pos, true);
				ring_mark_spokes(c, e, &v[np->rb - 1]);
				return e;
			}
			/* "a council spokeswoman": the council the article has named */
			if (np->kind == NP_ROLE && np->rb >= np->ra + 2 && tok_spokes(c, &v[np->rb - 1])) {
				struct np body = *np;

				body.na = np->ra;
				body.nb = body.b = np->rb - 1;
				e = resolve_orgref(c, &body, pos);
				if (e >= 0) {
					c->ents[e].spokes = true;
					ring_push(c, e, pos, true);
					ring_mark_spokes(c, e, &v[np->rb - 1]);
					return e;
				}
			}
			if (np->rb >= np->ra + 2) {
				e = unnamed_register(c, np);
				ring_push(c, e, pos, true);
				/* "a government spokesman ... the spokesman added": the one voice */
				if (np->kind == NP_ROLE && tok_spokes(c, &v[np->rb - 1])) {
					c->ents[e].spokes = true;
					ring_mark_spokes(c, e, &v[np->rb - 1]);
				}
				return e;
			}
			/* "The ministry says it is examining the terms. A spokeswoman said ...":
			 * a spokesperson for nobody named speaks for the body that was the
			 * latest subject, of this paragraph or the one before */
			if (np->kind == NP_ROLE && np->rb == np->ra + 1 && tok_spokes(c, &v[np->ra]) &&
			    !(np->b < c->tk.n && (tok_is(c, &v[np->b], "for") ||
			    tok_is(c, &v[np->b], "of") || tok_is(c, &v[np->b], "at")))) {
				size_t k, nr = ring_count(c);

				for (k = 0; k < nr; k++) {
					const struct ment *m = ring_back(c, k);

					if (m->pos >= pos)
						continue;
					if (m->pos < c->prev_para)
						break;
					if (!m->subj || m->emb)
						continue;
					if (!m->org)
						break;
					/* not when another body is at hand ("The union called a
					 * strike at Tarrant Motors", "X sued Y"): either may
					 * speak */
					for (size_t k2 = 0; k2 < nr; k2++) {
						const struct ment *o = ring_back(c, k2);

						if (o->pos < c->prev_para)
							break;
						if (o->pos < pos && o->org && o->ent != m->ent)
							return -1;
					}
					c->ents[m->ent].spokes = true;
					ring_push(c, m->ent, pos, true);
					ring_mark_spokes(c, m->ent, &v[np->ra]);
					return m->ent;
				}
			}
			/* "a source told The Sun", "a witness said": someone the article never
			 * names, known by the one word; not "a judge described it as reckless",
			 * "a spokesman said", whom a story names later as often */
			if (np->kind == NP_ROLE && np->rb == np->ra + 1 && tok_in(c, &v[np->ra], nameless,
			    sizeof nameless / sizeof nameless[0])) {
				e = unnamed_register(c, np);
				if (e >= 0)
					ring_push(c, e, pos, true);
				return e;
			}
			return -1;
		}
		e = resolve_role(c, np, pos);
		/* "the spokesperson added": whoever last spoke through one */
		if (e < 0 && np->rb == np->ra + 1 && tok_spokes(c, &v[np->ra])) {
			size_t k, nr = ring_count(c);

			for (k = 0; k < nr && e < 0; k++) {
				const struct ment *m = ring_back(c, k);

				if (m->pos < pos && c->ents[m->ent].spokes)
					e = m->ent;
			}
			if (e >= 0) {
				ring_push(c, e, pos, true);
				return e;
			}
		}
		/* "The 57-year-old engineer said", no engineer named: the age describes whom,
		 * the person given that age or one given no role ("The 19-year-old striker"
		 * is not the manager named before) */
		if (e < 0) {
			age = np_age(c, np);
			if (age > 0 && (e = resolve_desc(c, pos, age, np->gender)) >= 0) {
				if (c->ents[e].age == age || c->ents[e].role.len == 0)
					return e;
				e = -1;
			}
		}
		if (e < 0) {
			/* "Ruud van Wijk had been asked ... / '...,' said the head coach": with
			 * nobody named as a subject in this paragraph, the one whose name opened
			 * the paragraph before, which named nobody else (prev_subject) */
			int ls = c->last_subject >= 0 ? c->last_subject : c->prev_subject;

			*pending = true;
			if (ls >= 0 && c->ents[ls].role.len == 0 && ent_person_ok(&c->ents[ls], np->gender) &&
			    c->ents[ls].first_pos < pos)
				c->role_fallback = ls;
		}
		return e;
	case NP_ORGREF:
		e = orgref_entity(c, np, pos, &fresh);
		/* "The ministry said in a statement" with no ministry named: the body as the
		 * article calls it, one of this article's */
		if (e < 0 && !np->indef && np->nb == np->na + 1 && np->a + 1 == np->na &&
		    tok_is(c, &v[np->a], "the") && np_speaks(c, np)) {
			e = ent_register(c, np->a, np->nb, 1, 0);
			if (e >= 0)
				c->ents[e].unnamed = true;
			fresh = true;
		}
		if (fresh)
			ring_push(c, e, pos, true);
		return e;
	case NP_DESC:
		if (np->indef)
			return -1;
		if (np->party)
			return resolve_party(c, pos, np->party);
		age = np_age(c, np);
		e = resolve_desc(c, pos, age, np->gender);
		/* "Boyarchuk's header ... gave Almagre the title. / '...,' the 24-year-old said":
		 * a speaker given an age alone that nobody has, with nobody at hand, is the one
		 * the story is about, the person it has named most (twice at least), if it has
		 * told no age of theirs and the paragraph brings in nobody unnamed of that age
		 * ("a 67-year-old man"; "the 67-year-old man" may be someone it never names) */
		if (e < 0 && age > 0 && tok_age(c, &c->tk.v[np->b - 1]) && c->focus >= 0 &&
		    c->ents[c->focus].age == 0 && c->ents[c->focus].nment >= 2 &&
		    ent_person_ok(&c->ents[c->focus], 0) && !unnamed_age_before(c, pos, age))
			e = c->focus;
		return e;
	case NP_DOC:
		if (np->gender)
			return resolve_pronoun(c, pos, np->gender);
		e = doc_author(c, np->b);
		return e >= 0 ? e : resolve_doc(c, pos, &c->tk.v[np->b - 1]);
	case NP_IT:
		/* mentioned again here, so that the next "it" finds the body as near */
		if ((e = resolve_it(c, pos)) >= 0)
			ring_push(c, e, pos, true);
		return e;
	default:
		return -1;
	}
}

/* ---------------------------------------------------------------- the sieve */

struct attr {
	int ent;
	bool pending;
	size_t ma, mb;      /* mention tokens */
	size_t cue;         /* cue token, SIZE_MAX for none */
	const char *cuestr; /* literal cue when not a token */
	float conf;
	int method;         /* 1 after, 2 before, 3 sentence, 4 inherited */
	int fallback;
	size_t moff, mlen;  /* a mention given in bytes (Japanese), used when mlen > 0 */
	bool ja;            /* found by the Japanese rules: speech whatever its length */
};

/* An attribution that names nobody yet, before the rules try a quotation. */
static void
attr_none(struct attr *r)
{
	memset(r, 0, sizeof *r);
	r->ent = -1;
	r->fallback = -1;
	r->cue = SIZE_MAX;
}

static bool
tok_cue(struct ctx *c, size_t i, unsigned mask)
{
	return c->tk.v[i].type == T_WORD && !(c->tk.v[i].wf & W_CAP && !(c->tk.v[i].wf & W_SENT)) &&
	    (tok_cf(c, &c->tk.v[i]) & mask);
}

static bool
tok_adverb(struct ctx *c, size_t i)
{
	const struct tok *t = &c->tk.v[i];

	if (t->type != T_WORD || (t->wf & W_CAP))
		return false;
	if (tok_cf(c, &c->tk.v[i]) & QC_AUX)
		return true;
	return t->len > 4 && c->s[t->off + t->len - 1] == 'y' && c->s[t->off + t->len - 2] == 'l';
}

/* The name an unnamed speaker gives right after the phrase that ends at token b: "one man,
 * who gave his name only as Tadhg", "a woman who identified herself only as Umm Khaled",
 * "a nurse, who gave only her first name, Layla,". The relative clause is at most twelve
 * words: "name" or "named" before "as" or "name,", or "only as" ("who identified himself
 * as Muslim" names a faith, "who called Trump "a danger"" someone else). The name is one
 * to three capitalised words, none a role, a body, a stop word or a nationality, and no
 * quotation follows it. Its entity (gender g), or -1. */
static int
self_named(struct ctx *c, size_t b, int g)
{
	const struct tok *v = c->tk.v;
	size_t k = b, x, na, nb, hi = c->tk.n;
	bool naming = false;

	if (k < hi && v[k].type == T_COMMA)
		k++;
	if (k >= hi || !tok_is(c, &v[k], "who"))
		return -1;
	for (x = k + 1; x < hi && x - k <= 12 && v[x].type == T_WORD; x++) {
		if (tok_is(c, &v[x], "name") || tok_is(c, &v[x], "named"))
			naming = true;
		if (tok_is(c, &v[x], "as") && (naming || tok_is(c, &v[x - 1], "only")))
			break;
	}
	if (x >= hi || x - k > 12 || !(naming || tok_is(c, &v[x], "as")))
		return -1;
	/* "who gave only her first name, Layla," */
	if (v[x].type == T_COMMA && tok_is(c, &v[x - 1], "name"))
		na = x + 1;
	else if (v[x].type == T_WORD)
		na = x + 1;
	else
		return -1;
	for (nb = na; nb < hi && nb - na < 3 && v[nb].type == T_WORD && (v[nb].wf & W_CAP) &&
	    !(tok_cf(c, (struct tok *)&v[nb]) & (QC_ROLE | QC_ORG | QC_STOP | QC_HONOR)); nb++)
		if ((v[nb].wf & W_POSS) || tok_nationality(c, (struct tok *)&v[nb]))
			return -1;
	if (nb == na || (nb < hi && (v[nb].type == T_WORD || v[nb].type == T_QUOTE)))
		return -1;
	return ent_register(c, na, nb, 0, g);
}

static int owner_person(struct ctx *c, const struct tok *t, const struct tok *h);

static bool
attr_take(struct ctx *c, size_t a, size_t b, size_t cue, float conf, int method, struct attr *r)
{
	struct np np;

	np_analyse(c, a, b, &np);
	if (np.kind == NP_NONE)
		return false;
	/* "a spokeswoman for Halvard said": whom a spokesperson speaks for is a body */
	bool spokes = a >= 2 && tok_is(c, &c->tk.v[a - 1], "for") && tok_spokes(c, &c->tk.v[a - 2]);

	/* not a person already named: "A spokesman for Wójcik said" after "Dariusz Wójcik";
	 * unless a body is named with that word too ("Bill Ford", "Ford Motor Company") */
	if (np.kind == NP_NAME && np.ra == np.rb && spokes && !(np.nb == np.na + 1 && a >= 3 &&
	    (tok_cf(c, &c->tk.v[a - 3]) & QC_INDEF) &&
	    owner_person(c, &c->tk.v[np.na], &c->tk.v[np.na]) >= 0 && !ent_first_word(c, np.na, true)))
		np.kind = NP_ORG;
	c->role_fallback = -1;
	r->ent = np_resolve(c, &np, &r->pending);
	if (spokes && r->ent >= 0 && c->ents[r->ent].is_org) {
		c->ents[r->ent].spokes = true;
		ring_mark_spokes(c, r->ent, &c->tk.v[a - 2]);
	} else if (spokes && r->ent >= 0 && !c->ents[r->ent].unnamed && a >= 3 &&
	    (tok_cf(c, &c->tk.v[a - 3]) & QC_INDEF)) {
		/* "A spokeswoman for Community Sport Minister Daniel Ferrante said": a person's
		 * spokesperson, unnamed, is someone else, who speaks for him; her "she said" is
		 * hers (not "Opposition spokesperson for planning Ramona Farrugia", named) */
		struct np sp = np;
		int x;

		sp.kind = NP_ROLE;
		sp.indef = true;
		sp.ra = a - 2;
		sp.rb = b;
		sp.a = a - 3;
		x = unnamed_register(c, &sp);
		if (x >= 0) {
			c->ents[x].spokes = true;
			ring_push(c, x, c->tk.v[b - 1].off, true);
			ring_mark_spokes(c, x, &c->tk.v[a - 2]);
			r->ent = x;
			a = sp.a;
		}
	}
	/* "said one man, who gave his name only as Tadhg": the unnamed speaker names himself */
	bool named = false;

	if (r->ent < 0 && np.indef && (np.kind == NP_DESC || np.kind == NP_ROLE))
		named = (r->ent = self_named(c, b, np.gender)) >= 0;
	/* "said a 34-year-old office worker surnamed Yoon": the name wire copy gives */
	if (!named && np.indef && (np.kind == NP_DESC || np.kind == NP_ROLE) && b + 1 < c->tk.n &&
	    tok_is(c, &c->tk.v[b], "surnamed")) {
		const struct tok *v = c->tk.v;
		size_t nb;

		for (nb = b + 1; nb < c->tk.n && nb - b <= 2 && v[nb].type == T_WORD && (v[nb].wf & W_CAP) &&
		    !(v[nb].wf & W_POSS) && !(tok_cf(c, &c->tk.v[nb]) & (QC_ROLE | QC_ORG | QC_STOP | QC_HONOR));
		    nb++)
			;
		if (nb > b + 1 && (nb >= c->tk.n || v[nb].type != T_WORD || !(v[nb].wf & W_CAP))) {
			int x = ent_register(c, b + 1, nb, 0, np.gender);

			if (x >= 0) {
				r->ent = x;
				named = true;
			}
		}
	}
	r->fallback = c->role_fallback;
	r->ma = a;
	r->mb = b;
	r->cue = cue;
	r->conf = conf * (np.kind == NP_NAME || np.kind == NP_ORG ? 1.0f : 0.85f);
	r->method = method;
	if (np.kind == NP_PLURAL || ((np.kind == NP_ROLE || np.kind == NP_DESC) && np.indef && !named))
		r->conf = 0.5f;
	return true;
}

static char quote_end_punct(struct ctx *c, const struct quote_span *sp);

/* Whether the n bytes at w hold a digit. */
static bool
bytes_have_digit(const char *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (w[k] >= '0' && w[k] <= '9')
			return true;
	return false;
}

static size_t
sent_start(struct ctx *c, size_t q)
{
	size_t i = q, lim = q > QUOTE_WIN_BACK ? q - QUOTE_WIN_BACK : 0;

	while (i > lim) {
		unsigned char t = c->tk.v[i - 1].type;

		if (t == T_END || t == T_SEMI)
			break;
		/* "... He did, twice.” Luca Ferri, speaking later, was less amused:": a
		 * quotation that ends its sentence, a capital after it */
		if (t == T_QUOTE && i < q && c->tk.v[i].type == T_WORD && (c->tk.v[i].wf & W_CAP)) {
			char ep = quote_end_punct(c, &c->spans[c->tk.v[i - 1].q]);

			if (ep == '.' || ep == '!' || ep == '?')
				break;
		}
		i--;
	}
	return i;
}

/* The words that open a clause of time, cause or condition inside a sentence. */
static const char *const clause_openers[] = { "when", "while", "after", "before", "as",
    "because", "since", "although", "though", "if", "once", "until" };

/* The subject of the clause holding token c0 (for "..., saying:"): its first phrase. */
static bool
clause_subject(struct ctx *c, size_t c0, float conf, int method, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t s = sent_start(c, c0), i, e;

	/* "X was quoted as saying", "quoted X as saying" */
	if (c0 >= 2 && tok_is(c, &v[c0 - 1], "as")) {
		if (c0 >= 4 && tok_is(c, &v[c0 - 2], "quoted")) {
			size_t b = np_back(c, c0 - 4, s);

			if (b != SIZE_MAX && (tok_is(c, &v[c0 - 3], "was") || tok_is(c, &v[c0 - 3], "were") ||
			    tok_is(c, &v[c0 - 3], "is")))
				return attr_take(c, b, c0 - 3, c0, conf, method, r);
		}
		{
			size_t b = np_back(c, c0 - 2, s);

			if (b != SIZE_MAX && b > 0 && tok_is(c, &v[b - 1], "quoted"))
				return attr_take(c, b, c0 - 1, c0, conf, method, r);
		}
	}
	/* "But the skipper posted a message, writing:": a conjunction opening the sentence */
	if (s + 2 < c0 && v[s].type == T_WORD && (v[s].wf & W_CAP) && v[s + 1].type == T_WORD &&
	    (tok_is(c, &v[s], "but") || tok_is(c, &v[s], "and") || tok_is(c, &v[s], "yet")))
		s++;
	/* skip an opening adverbial: "On Friday, Stoltenberg appeared ...", "Visibly moved,
	 * Rask hugged his wife and told ...", "Contacted last night, the chairman said ...
	 * and described" (an -ly or -ed word before a lowercase one is no name) */
	if (s < c0 && v[s].type == T_WORD && (((tok_cf(c, &v[s]) & QC_STOP) &&
	    !(tok_cf(c, &v[s]) & (QC_DET | QC_PRONOUN | QC_HONOR))) || (tok_cf(c, &v[s]) == 0 &&
	    v[s].len > 4 && ((c->s[v[s].off + v[s].len - 1] == 'y' &&
	    c->s[v[s].off + v[s].len - 2] == 'l') || (v[s].len > 5 &&
	    c->s[v[s].off + v[s].len - 1] == 'd' && c->s[v[s].off + v[s].len - 2] == 'e' &&
	    s + 2 < c0 && !(tok_cf(c, &v[s + 1]) & QC_PRONOUN) && !verb_like(c, &v[s + 1]))) &&
	    s + 1 < c0 && v[s + 1].type == T_WORD &&
	    !(v[s + 1].wf & W_CAP)) || ((tok_cf(c, &v[s]) & (QC_SAY | QC_TELL | QC_VERB |
	    QC_SAYING)) && !(tok_cf(c, &v[s]) & (QC_GIVEN | QC_ROLE | QC_PRONOUN))) ||
	    opening_clause(c, s, c0))) {
		/* and a participle: "Asked what made her confident, she said", "Asked by this
		 * newspaper whether the group would go straight to shareholders with a hostile
		 * offer, Vosselaar was brief:" */
		size_t s0 = s;

		for (i = s0; i < c0 && i - s0 < 20; i++)
			if (v[i].type == T_COMMA) {
				size_t ae;

				s = i + 1;
				/* "After talks with the head of human resources, Claire Boyd, Mick
				 * Lynch was scathing": a name set off inside the clause is no subject
				 * (not after a capitalised word: "In Lyon, Ann Roe, the mayor, said");
				 * s0 is a word, so a comma has one before it */
				if ((v[i - 1].type != T_WORD || !(v[i - 1].wf & W_CAP) ||
				    (tok_cf(c, &v[i - 1]) & QC_ROLE)) && (ae = np_fwd(c, i + 1, c0)) > i + 1 &&
				    ae + 1 < c0 && v[ae].type == T_COMMA) {
					s = ae + 1;
					i = ae;
					continue;
				}
				break;
			}
		/* "In January, when reports first linked Tavares with a vacancy, Ashbourne
		 * issued a statement saying": a clause of time or cause after the adverbial,
		 * to its own comma */
		if (s > s0 && s < c0 && v[s].type == T_WORD && !(v[s].wf & W_CAP) &&
		    tok_in(c, &v[s], clause_openers, sizeof clause_openers / sizeof clause_openers[0]))
			for (i = s + 1; i < c0 && i - s < 25; i++)
				if (v[i].type == T_COMMA) {
					size_t ae = np_fwd(c, i + 1, c0);

					/* past a name set off inside the clause ("when the club's
					 * owner, Sheikh Faisal Al-Mansoori, visited ...,") */
					if (ae > i + 1 && ae < c0 && v[ae].type == T_COMMA) {
						i = ae;
						continue;
					}
					s = i + 1;
					break;
				}
	}
	e = np_fwd(c, s, c0);
	/* not a figure: "N14.2bn solar project: '...'", "G7 summit: '...'" */
	if (e == s || bytes_have_digit(c->s + v[s].off, v[s].len))
		return false;
	/* "The local member of parliament, Ulrike Sandmo, welcomed ...": a few lowercase
	 * words may end the head phrase before the name set off by commas */
	{
		size_t x = e;

		while (x < c0 && x - e < 4 && v[x].type == T_WORD && !(v[x].wf & W_CAP) &&
		    !verb_like(c, &v[x]))
			x++;
		if (x > e && x + 1 < c0 && v[x].type == T_COMMA && (v[x + 1].wf & W_CAP))
			e = x;
	}
	if (e + 1 < c0 && v[e].type == T_COMMA) {
		size_t ae = np_fwd(c, e + 1, c0);
		struct np hp, ap;

		np_analyse(c, s, e, &hp);
		np_analyse(c, e + 1, ae, &ap);
		if (hp.kind != NP_NAME && (ap.kind == NP_NAME || (hp.kind == NP_ORGREF &&
		    ap.kind == NP_ORG)) && ae < c0 && v[ae].type == T_COMMA &&
		    attr_take(c, e + 1, ae, c0, conf, method, r)) {
			if (hp.kind == NP_ROLE && r->ent >= 0)
				ent_set_role(c, r->ent, hp.ra, hp.rb);
			return true;
		}
	}
	return attr_take(c, s, e, c0, conf, method, r);
}

/* "Tom Whitlock at Grayson Pryce": where a name ending at token ab is followed by "at" or
 * "from" and a capitalised phrase running to token e, returns e; otherwise ab. */
static size_t
affiliation_end(struct ctx *c, size_t ab, size_t e)
{
	struct tok *v = c->tk.v;

	if (ab + 1 < e && (tok_is(c, &v[ab], "at") || tok_is(c, &v[ab], "from")) &&
	    (v[ab + 1].wf & W_CAP) && np_fwd(c, ab + 1, e) == e)
		return e;
	return ab;
}

/* The prepositions that set a body after a person's name: "of", "at", "from". */
static bool
tok_affil_prep(const struct ctx *c, const struct tok *t)
{
	return tok_is(c, t, "of") || tok_is(c, t, "at") || tok_is(c, t, "from");
}

/* "of the New Carrick Police Department's major case squad", "at Harbour Bank", "from the
 * Coastal Trust": where the body a person works for, set after the name, ends (before a
 * verb); k when the tokens at k are no such phrase. Up to three lowercase words may end it. */
static size_t
affiliation_skip(struct ctx *c, size_t k, size_t hi)
{
	struct tok *v = c->tk.v;
	size_t x = k + 1, y;

	if (k + 2 >= hi || !tok_affil_prep(c, &v[k]))
		return k;
	if ((tok_cf(c, &v[x]) & QC_DET) && !(tok_cf(c, &v[x]) & QC_INDEF))
		x++;
	/* capitalised words, a possessive among them, joined by "of", "for" or "and" */
	for (y = x; y < hi && v[y].type == T_WORD && ((v[y].wf & W_CAP) || (y > x && y + 1 < hi &&
	    (v[y + 1].wf & W_CAP) && (tok_is(c, &v[y], "of") || tok_is(c, &v[y], "for") ||
	    tok_is(c, &v[y], "and")))); y++)
		;
	if (y == x)
		return k;
	for (x = y; x < hi && x - y < 3 && v[x].type == T_WORD && !(v[x].wf & W_CAP) &&
	    !tok_cue(c, x, QC_SAY | QC_TELL) && !verb_like(c, &v[x]) && !tok_adverb(c, x); x++)
		;
	return x;
}

/* affiliation_skip after a person's name at tokens [a, e): "Analysts at Ferris Whitlock" and
 * "A Department of Health spokesperson" name no one the body is set after. */
static size_t
name_affiliation_skip(struct ctx *c, size_t a, size_t e, size_t hi)
{
	struct np np;

	if (e >= hi || !tok_affil_prep(c, &c->tk.v[e]))
		return e;
	if (tok_cf(c, &c->tk.v[e - 1]) & (QC_PLURAL | QC_ROLE | QC_ORG))
		return e;
	np_analyse(c, a, e, &np);
	return np.kind == NP_NAME ? affiliation_skip(c, e, hi) : e;
}

/* The end of the words before a note in brackets that ends at e ("Sen. Ann Roe (D-Ore.)",
 * "Bernd Kästner (SPD)"): the index of its "(", when one opens it within eight tokens
 * after lo; e itself otherwise. */
static size_t
paren_back(struct ctx *c, size_t e, size_t lo)
{
	const struct tok *v = c->tk.v;
	size_t p;

	if (e <= lo + 1 || v[e - 1].type != T_PAREN || c->s[v[e - 1].off] != ')')
		return e;
	for (p = e - 1; p > lo + 1 && e - p < 8; p--)
		if (v[p - 1].type == T_PAREN)
			return c->s[v[p - 1].off] == '(' ? p - 1 : e;
	return e;
}

/* Where the "who" clause that token i lies in begins, the token after "who": a clause set
 * off by a comma after a word, words only between ("X, a fisherman, who is not related
 * to ..."); 0 when i lies in none. */
static size_t
who_clause_at(struct ctx *c, size_t i, size_t lo)
{
	const struct tok *v = c->tk.v;
	size_t x;

	for (x = i; x > lo + 2 && i - x < 12 && v[x - 1].type == T_WORD; x--)
		if (tok_is(c, &v[x - 1], "who"))
			return x <= i && v[x - 2].type == T_COMMA && v[x - 3].type == T_WORD ? x : 0;
	return 0;
}

/* Whether the "who" clause opening at token x (who_clause_at), before token i, is one of a
 * single person's, set off after a name ("Castellanos-Reyes, who previously co-ran the
 * legal drama Beaumont Hall, did not mince words. ... she wrote"): whom the clause names is
 * no subject of the sentence, and no one its pronouns mean. Not "who were", "who have"
 * (the clause of many: "Parents, who met headteacher Joan Hart. She said"). */
static bool
name_who_clause(struct ctx *c, size_t x, size_t i)
{
	const struct tok *v = c->tk.v;

	return x != 0 && x < i && (v[x - 3].wf & (W_CAP | W_POSS)) == W_CAP &&
	    !tok_is(c, &v[x], "were") && !tok_is(c, &v[x], "are") && !tok_is(c, &v[x], "have");
}

/* Whether the "who" clause opening at token x, before token i, denies a relation: "X, a
 * fisherman, who is not related to the ...", "who is no relation of". (Any other clause
 * may name the one meant next: "who were joined by Senator Jane Obi. She said", "Parents,
 * who met headteacher Joan Hart. She said".) */
static bool
no_relation_clause(struct ctx *c, size_t x, size_t i)
{
	size_t y;

	for (y = x; x != 0 && y < i; y++)
		if (tok_is(c, &c->tk.v[y], "related") || tok_is(c, &c->tk.v[y], "relation"))
			return true;
	return false;
}

/* The first of the words before token k whose initials, in either case and with "of",
 * "and", "the" and "for" passed over, are the acronym at body[aoff, aoff + an), one of them
 * a role noun: "Superintendent of police" for "SP", "District Magistrate" for "DM". The
 * acronym is a role noun from then on, standing for those words ("the SP said"). SIZE_MAX
 * when the words are no such role. */
static size_t
role_acronym(struct ctx *c, size_t k, size_t aoff, size_t an, size_t lo)
{
	struct tok *v = c->tk.v;
	size_t ra = k, j = 0, i, nw = 0;
	bool role = false;
	struct role_acr *ra_ent;

	if (!acronym_shape(c->s + aoff, an) || c->nracr >= QUOTE_RACR)
		return SIZE_MAX;
	while (j < an && ra > lo) {
		struct tok *t = &v[ra - 1];
		char b;

		if (t->type != T_WORD)
			return SIZE_MAX;
		ra--;
		if (initials_filler(c->s + t->off, t->len))
			continue;
		role |= (tok_cf(c, t) & QC_ROLE) != 0;
		/* "officer-in-charge (OC)": each part of a hyphenated word gives its initial,
		 * the last first */
		for (size_t pe = t->len; pe > 0 && j < an;) {
			size_t pb = pe;

			while (pb > 0 && c->s[t->off + pb - 1] != '-')
				pb--;
			if (pe > pb && !initials_filler(c->s + t->off + pb, pe - pb)) {
				b = c->s[t->off + pb];
				if (b >= 'a' && b <= 'z')
					b = (char)(b - 32);
				/* "in" counts in "OIC", not in "OC" */
				if (c->s[aoff + an - 1 - j] == b)
					j++;
				else if (pe - pb > 2 || pb == 0 || pe == t->len)
					return SIZE_MAX;
			}
			pe = pb > 0 ? pb - 1 : 0;
		}
	}
	if (j < an || !role)
		return SIZE_MAX;
	ra_ent = &c->racr[c->nracr++];
	ra_ent->h = quote_hash(c->s + aoff, an);
	for (i = ra; i < k && nw < 4; i++) {
		if (!(tok_cf(c, &v[i]) & QC_ROLE))
			continue;
		if (memchr(c->s + v[i].off, '-', v[i].len) == NULL) {
			ra_ent->w[nw++] = role_word_hash(c->s + v[i].off, v[i].len);
			continue;
		}
		/* "officer-in-charge": the role nouns among its parts, as role_needs reads
		 * the role of whoever holds it */
		uint32_t need[8];
		size_t nn = role_needs(c, v[i].off, v[i].len, need);

		for (size_t x = 0; x < nn && nw < 4; x++)
			ra_ent->w[nw++] = need[x];
	}
	ra_ent->n = nw;
	return ra;
}

/* The words an acronym taught as a role stands for (role_acronym), NULL for none. */
static const struct role_acr *
role_acr_find(const struct ctx *c, const char *w, size_t n)
{
	size_t i;
	uint32_t h;

	if (c->nracr == 0 || !acronym_shape(w, n))
		return NULL;
	h = quote_hash(w, n);
	for (i = 0; i < c->nracr; i++)
		if (c->racr[i].h == h)
			return &c->racr[i];
	return NULL;
}

/* "Superintendent of police (SP) Vikram Deshmukh": a role, its initials in brackets at
 * token k, then the person's name, whose role it is. (A note after a capitalised title,
 * "Sub Inspector (SI) X", never becomes tokens: tok_title_note learns it.) */
static void
role_initialled(struct ctx *c, int ent, size_t k, size_t lo)
{
	const struct tok *a = &c->tk.v[k + 1];
	size_t ra;

	if (ent < 0 || c->ents[ent].is_org)
		return;
	if ((ra = role_acronym(c, k, a->off, a->len, lo)) != SIZE_MAX)
		ent_set_role(c, ent, ra, k);
}

/* Whether token i lies in a "which" clause set off by a comma, a preposition before the
 * "which" or not, words only between: "X, in which China's Hengtai Group bought",
 * "X, which Hengtai bought". */
static bool
in_which_clause(struct ctx *c, size_t i, size_t lo)
{
	const struct tok *v = c->tk.v;
	size_t x;

	for (x = i; x > lo + 2 && i - x < 12 && v[x - 1].type == T_WORD; x--)
		if (tok_is(c, &v[x - 1], "which") || tok_is(c, &v[x - 1], "whom"))
			return x - 1 < i && (v[x - 2].type == T_COMMA || (x >= lo + 4 &&
			    v[x - 2].type == T_WORD && (tok_cf(c, &c->tk.v[x - 2]) & QC_PREP) &&
			    v[x - 3].type == T_COMMA));
	return false;
}

/* Whether a relative clause opening at token k runs, words only, to a comma and a verb of
 * speech: "operates delivery drones in 14 metro areas, said". */
static bool
which_then_says(struct ctx *c, size_t k, size_t hi)
{
	const struct tok *v = c->tk.v;
	size_t x;

	for (x = k; x < hi && x - k < 24 && v[x].type == T_WORD; x++)
		;
	return x > k && x + 1 < hi && v[x].type == T_COMMA && v[x + 1].type == T_WORD &&
	    (tok_cf(c, &c->tk.v[x + 1]) & QC_SAY);
}

/* Whether tokens k, k + 1 and k + 2 are an acronym in brackets: "(WHO)", "(CEW)". */
static bool
paren_acronym(const struct ctx *c, size_t k)
{
	const struct tok *v = c->tk.v;

	return k + 2 < c->tk.n && v[k].type == T_PAREN && c->s[v[k].off] == '(' &&
	    v[k + 2].type == T_PAREN && c->s[v[k + 2].off] == ')' && v[k + 1].type == T_WORD &&
	    acronym_shape(c->s + v[k + 1].off, v[k + 1].len);
}

/* Whether tokens k, k + 1 and k + 2 are one capitalised word in brackets: "(Jalas)". */
static bool
paren_capword(const struct ctx *c, size_t k)
{
	const struct tok *v = c->tk.v;

	return k + 2 < c->tk.n && v[k].type == T_PAREN && c->s[v[k].off] == '(' &&
	    v[k + 2].type == T_PAREN && c->s[v[k + 2].off] == ')' && v[k + 1].type == T_WORD &&
	    (v[k + 1].wf & (W_CAP | W_POSS)) == W_CAP;
}

/* The token after a note in brackets that opens at e ("Sen. Ann Roe (D-Ore.) said"): past
 * its ")", when one closes it within eight tokens; e itself otherwise. */
static inline size_t
paren_fwd(struct ctx *c, size_t e, size_t hi)
{
	const struct tok *v = c->tk.v;
	size_t p;

	if (e + 2 >= hi || v[e].type != T_PAREN || c->s[v[e].off] != '(')
		return e;
	for (p = e + 1; p < hi && p - e < 8; p++) {
		if (v[p].type == T_PAREN)
			return c->s[v[p].off] == ')' ? p + 1 : e;
		if (v[p].type == T_END || v[p].type == T_QUOTE)
			return e;
	}
	return e;
}

/* The token "to" between a role and the phrase at token p, which may open with up to three
 * words more than np_back took ("the Chief Press Secretary to the state governor, X,",
 * "the Special Adviser to the President, X,"; not "letters to the Commissioner"); 0 when
 * there is none. */
static size_t
role_to(struct ctx *c, size_t p)
{
	const struct tok *v = c->tk.v;
	size_t k = p, h;

	while (k > 0 && p - k < 3 && v[k - 1].type == T_WORD && !tok_is(c, &v[k - 1], "to"))
		k--;
	if (k < 3 || !tok_is(c, &v[k - 1], "to") || !(tok_cf(c, &c->tk.v[k - 2]) & QC_ROLE))
		return 0;
	/* the first role opens the clause with "the": "was chief of staff to the governor,
	 * Ron DeSantis", "A special adviser to the health secretary, Wes Streeting," and "a
	 * letter from the mayor to the police commissioner, Angela Frost," name the second */
	for (h = k - 2; h > 0 && k - 2 - h < 4 && v[h - 1].type == T_WORD &&
	    !(tok_cf(c, &c->tk.v[h - 1]) & QC_DET); h--)
		;
	return h > 0 && tok_is(c, &v[h - 1], "the") && (h == 1 || v[h - 2].type != T_WORD) ? k - 1 : 0;
}

/* A token of a group set off by commas: a word, or a currency sign before a number
 * ("who took over with a deficit of £380,000, said"). */
static bool
group_tok(const struct ctx *c, const struct tok *t)
{
	const char *w = c->s + t->off;

	if (t->type == T_WORD)
		return true;
	return t->type == T_OTHER && ((t->len == 1 && (w[0] == '$' || w[0] == '%')) ||
	    (t->len == 2 && memcmp(w, "\xc2\xa3", 2) == 0) ||
	    (t->len == 2 && memcmp(w, "\xc2\xa5", 2) == 0) ||
	    (t->len == 3 && memcmp(w, "\xe2\x82\xac", 3) == 0));
}

/* Whether the phrase before the comma at token k is the object of a preposition, so that a
 * "which" after the comma hangs on it and not on a speaker: "Ronke Adesanya, a partner
 * at Lagos-based Kestrel Ventures, which is not an investor, said" (not "Orla Capital,
 * which owns the site, said"). */
static bool
which_on_object(struct ctx *c, size_t k, size_t lo)
{
	size_t b = k > lo ? np_back(c, k - 1, lo) : SIZE_MAX;
	const struct tok *p;

	if (b == SIZE_MAX || b <= lo)
		return false;
	p = &c->tk.v[b - 1];
	return p->type == T_WORD && !(p->wf & W_CAP) && (tok_cf(c, (struct tok *)p) & QC_PREP);
}

/* A subject phrase ending just before cue token k (adverbs skipped). */
static bool
subject_before(struct ctx *c, size_t k, size_t lo, float conf, int method, struct attr *r)
{
	static const char *const day_parts[] = { "morning", "afternoon", "evening", "night" };
	size_t e = k, b, n = 0, d;

	for (;;) {
		if (e > lo && n < 3 && tok_adverb(c, e - 1)) {
			e--;
			n++;
			continue;
		}
		/* "Platt senior wrote:": the elder of two namesakes, by the family name */
		if (e >= lo + 2 && n == 0 && (c->tk.v[e - 2].wf & (W_CAP | W_POSS)) == W_CAP &&
		    (tok_is(c, &c->tk.v[e - 1], "senior") || tok_is(c, &c->tk.v[e - 1], "snr"))) {
			e--;
			n++;
			continue;
		}
		/* "X on Friday said", "X last week said", "X on Friday evening said" (a part
		 * of the day only after on, last or this) */
		d = e >= lo + 4 && tok_in(c, &c->tk.v[e - 1], day_parts,
		    sizeof day_parts / sizeof day_parts[0]) ? 1 : 0;
		if (e >= lo + 2 + 2 * d && c->tk.v[e - 1 - d].type == T_WORD &&
		    (c->tk.v[e - 1 - d].wf & W_CAP) && (tok_cf(c, &c->tk.v[e - 1 - d]) & QC_STOP) &&
		    (tok_is(c, &c->tk.v[e - 2 - d], "on") || tok_is(c, &c->tk.v[e - 2 - d], "last") ||
		    tok_is(c, &c->tk.v[e - 2 - d], "this") || (d == 0 && tok_is(c, &c->tk.v[e - 2], "in")))) {
			e -= 2 + d;
			continue;
		}
		/* "The Interior Ministry on Telegram said", "the council on Christmas Eve
		 * said": a platform or a feast after "on" */
		if (e >= lo + 3 && (c->tk.v[e - 1].wf & W_CAP) && tok_is(c, &c->tk.v[e - 2], "on") &&
		    on_stop(c, &c->tk.v[e - 1])) {
			e -= 2;
			continue;
		}
		if (e >= lo + 4 && (c->tk.v[e - 1].wf & W_CAP) && (c->tk.v[e - 2].wf & W_CAP) &&
		    tok_is(c, &c->tk.v[e - 3], "on") && on_stop(c, &c->tk.v[e - 2])) {
			e -= 3;
			continue;
		}
		/* "X in 2024 warned" */
		if (e >= lo + 3 && (c->tk.v[e - 1].wf & W_DIGIT) && c->tk.v[e - 1].len == 4 &&
		    tok_is(c, &c->tk.v[e - 2], "in")) {
			e -= 2;
			continue;
		}
		break;
	}
	/* "Sen. Ann Roe (D-Ore.) said", "Bernd Kästner (SPD) sagte": a note in brackets */
	e = paren_back(c, e, lo);
	/* "Lt. Denise Harrow of the city police said": the body the speaker works for, the
	 * earliest such phrase running up to the verb */
	{
		size_t p, from = e > lo + 12 ? e - 12 : lo + 1;

		for (p = from; p + 1 < e; p++)
			if ((c->tk.v[p - 1].wf & W_CAP) && c->tk.v[p - 1].type == T_WORD &&
			    tok_affil_prep(c, &c->tk.v[p]) && (b = np_back(c, p - 1, lo)) != SIZE_MAX &&
			    name_affiliation_skip(c, b, p, e) == e) {
				e = p;
				break;
			}
	}
	/* "X, the minister, said", "X, 44, who ..., said": skip appositions back to the name */
	if (e > lo && c->tk.v[e - 1].type == T_COMMA) {
		size_t i = e - 1, groups = 0, ge = e - 1;   /* ge: the comma closing the group */

	again:
		/* "X, head of the World Health Organization (WHO), said": an acronym in
		 * brackets belongs to the group, or a short name written as a word ("the
		 * Sulawesi Environmental Advocacy Network (Jalas)") */
		while (i > lo && e - i < 48) {
			if (group_tok(c, &c->tk.v[i - 1]))
				i--;
			else if (i > lo + 3 && (paren_acronym(c, i - 3) || paren_capword(c, i - 3)))
				i -= 3;
			else
				break;
		}
		/* "X, the MP for Y, who joined the picket, said", "X, the adjutant general of
		 * the Guard, whose soldiers have trucked water, said": a relative clause after an
		 * apposition set off by commas is passed over to reach the apposition */
		if (groups < 2 && i > lo + 1 && c->tk.v[i - 1].type == T_COMMA &&
		    (tok_is(c, &c->tk.v[i], "who") || tok_is(c, &c->tk.v[i], "whose") ||
		    (tok_is(c, &c->tk.v[i], "which") && which_on_object(c, i - 1, lo)))) {
			size_t j = i - 1;

			while (j > lo && e - j < 48 && group_tok(c, &c->tk.v[j - 1]))
				j--;
			if (j < i - 1 && j > lo + 1 && c->tk.v[j - 1].type == T_COMMA &&
			    np_back(c, j - 2, lo) != SIZE_MAX) {
				groups++;
				ge = --i;
				goto again;
			}
		}
		/* "His agent, Mel Garside, said": a name set off by commas speaks, whatever
		 * unlisted noun stands before it */
		if ((groups == 0 || ge < e - 1) && i > lo && c->tk.v[i - 1].type == T_COMMA && i - 1 > lo &&
		    np_back(c, paren_back(c, i - 1, lo) - 1, lo) == SIZE_MAX) {
			size_t ab = np_fwd(c, i, ge);
			struct np ap;

			np_analyse(c, i, ab, &ap);
			/* "One, Halden Savings Bank, said": a body's name so set off speaks too */
			if ((ap.kind == NP_NAME || (ap.kind == NP_ORG && ab == ge)) &&
			    affiliation_end(c, ab, ge) == ge && attr_take(c, i, ab, k, conf, method, r))
				return true;
		}
		if (i > lo && c->tk.v[i - 1].type == T_COMMA && i - 1 > lo && groups < 2 &&
		    np_back(c, paren_back(c, i - 1, lo) - 1, lo) == SIZE_MAX) {
			groups++;
			i--;
			goto again;
		}
		if (i > lo && c->tk.v[i - 1].type == T_COMMA && i - 1 > lo) {
			/* "Sen. X (D-Ore.), the bill's author, said": the name before its note */
			size_t hb = paren_back(c, i - 1, lo);
			size_t nb = hb > lo ? np_back(c, hb - 1, lo) : SIZE_MAX;

			size_t ab = np_fwd(c, i, ge);
			struct np ap, hp;

			bool inner = false;

			np_analyse(c, i, ab, &ap);
			if (nb != SIZE_MAX) {
				np_analyse(c, nb, hb, &hp);
				/* "The MP for Fenmoor and Marshby, Richard Tallis, said": a name
				 * after "for" or "and" ends a longer phrase and is no subject */
				const struct tok *pt = &c->tk.v[nb > 0 ? nb - 1 : 0];

				inner = nb > lo && pt->type == T_WORD && !(pt->wf & W_CAP) &&
				    ((tok_cf(c, &c->tk.v[nb - 1]) & QC_PREP) || tok_is(c, pt, "and"));
			} else {
				memset(&hp, 0, sizeof hp);
			}
			/* "the study's lead author, Dr Maja Heikkilä, said": the name speaks; "the
			 * carrier, Nordic Airways, said": so does the business's name */
			if ((ap.kind == NP_NAME || (ap.kind == NP_ORG && hp.kind == NP_ORGREF)) &&
			    (ab == ge || (ab + 3 == ge && paren_acronym(c, ab)) ||
			    (ap.kind == NP_NAME && affiliation_end(c, ab, ge) == ge)) &&
			    (hp.kind != NP_NAME || (inner && ap.kind == NP_NAME && ap.nb - ap.na >= 2)) &&
			    attr_take(c, i, ab, k, conf, method, r)) {
				if (hp.kind == NP_ROLE && r->ent >= 0 && role_to(c, nb) == 0)
					ent_set_role(c, r->ent, hp.ra, hp.rb);
				return true;
			}
			if (nb != SIZE_MAX && attr_take(c, nb, hb, k, conf, method, r)) {
				if (ap.kind == NP_ROLE && r->ent >= 0)
					ent_set_role(c, r->ent, ap.ra, ap.rb);
				return true;
			}
		}
		return false;
	}
	if (e == lo)
		return false;
	/* "Ibáñez, que ha calificado de «...»", "Reyes, who called it "...": the name a
	 * relative clause hangs on; "the Fenwick Rowing Club, which said", "the union, which
	 * called it": "which" hangs on a body only */
	if (e >= lo + 3 && c->tk.v[e - 2].type == T_COMMA && (tok_is(c, &c->tk.v[e - 1], "who") ||
	    tok_is(c, &c->tk.v[e - 1], "que") || tok_is(c, &c->tk.v[e - 1], "qui") ||
	    tok_is(c, &c->tk.v[e - 1], "che") || tok_is(c, &c->tk.v[e - 1], "which")) &&
	    (b = np_back(c, e - 3, lo)) != SIZE_MAX) {
		bool which = tok_is(c, &c->tk.v[e - 1], "which");
		struct np rp;

		np_analyse(c, b, e - 2, &rp);
		/* "X, the chair of the housing committee, who said": "who" means a person, so a
		 * body that ends a role set off after a name gives way to the name; so does a
		 * place ("Jane Doran, the mayor (Labour) of Kettlewick, who called it", "le maire
		 * de Saint-Aubrac, qui dit"), a name no person of the article bears */
		if ((rp.kind == NP_ORG ? tok_is(c, &c->tk.v[e - 1], "who") :
		    rp.kind == NP_NAME && !which && !name_of_person(c, rp.nb - 1)) && b >= lo + 4 &&
		    ((tok_cf(c, &c->tk.v[b - 1]) & QC_PREP) || (rp.kind == NP_NAME &&
		    !(c->tk.v[b - 1].wf & W_CAP) && (tok_cf(c, &c->tk.v[b - 1]) & QC_PARTICLE)))) {
			size_t j = b - 1, nb, re = b - 1;

			while (j > lo && b - j < 10 && (c->tk.v[j - 1].type == T_WORD ||
			    c->tk.v[j - 1].type == T_PAREN)) {
				j--;
				if (c->tk.v[j].type == T_PAREN)
					re = j;
			}
			if (j > lo + 1 && j < re && c->tk.v[j - 1].type == T_COMMA &&
			    (nb = np_back(c, j - 2, lo)) != SIZE_MAX) {
				struct np ap, np;
				/* the role that heads the note: "a senior registrar" in "a
				 * senior registrar in the gynaecology department of X" */
				size_t ae = np_fwd(c, j, re);

				np_analyse(c, j, ae > j ? ae : re, &ap);
				np_analyse(c, nb, j - 1, &np);
				if (ap.kind == NP_ROLE && np.kind == NP_NAME &&
				    attr_take(c, nb, j - 1, k, conf, method, r)) {
					if (r->ent >= 0)
						ent_set_role(c, r->ent, ap.ra, ap.rb);
					return true;
				}
			}
		}
		if ((which ? rp.kind == NP_ORG || (rp.kind == NP_ORGREF && !rp.indef) :
		    rp.kind == NP_NAME || rp.kind == NP_ORG) && attr_take(c, b, e - 2, k, conf, method, r))
			return true;
	}
	/* "X hugged his wife and told reporters": the clause's subject */
	if (tok_is(c, &c->tk.v[e - 1], "and") || tok_is(c, &c->tk.v[e - 1], "but"))
		return clause_subject(c, k, conf, method, r);
	b = np_back(c, e - 1, lo);
	if (b == SIZE_MAX)
		return false;
	/* "His letter to the board said", "A letter from the chairman to staff said": the
	 * document's source, not whom it was sent to */
	if (b >= lo + 3 && tok_is(c, &c->tk.v[b - 1], "to")) {
		size_t pb = np_back(c, b - 2, lo);
		struct tok *v = c->tk.v;

		if (pb != SIZE_MAX && ((!(v[b - 2].wf & W_POSS) && lower_doc(c, &v[b - 2])) ||
		    (pb >= lo + 2 && tok_is(c, &v[pb - 1], "from") && lower_doc(c, &v[pb - 2]))) &&
		    attr_take(c, pb, b - 1, k, conf, method, r))
			return true;
	}
	/* "Tom Whitlock at Grayson Pryce said": the person (a full name: "Economists at X" are
	 * no one), not the firm */
	if (b >= lo + 2 && (tok_is(c, &c->tk.v[b - 1], "at") || tok_is(c, &c->tk.v[b - 1], "from"))) {
		size_t pb = np_back(c, b - 2, lo);
		struct np pp;

		if (pb != SIZE_MAX) {
			np_analyse(c, pb, b - 1, &pp);
			if (pp.kind == NP_NAME && pp.nb - pp.na >= 2 && np_fwd(c, pb, b - 1) == b - 1 &&
			    attr_take(c, pb, b - 1, k, conf, method, r))
				return true;
		}
	}
	/* "which a union official in England called": the role, not the place it is held in
	 * (one word that no person of the article bears and no given name is) */
	if (b >= lo + 3 && tok_is(c, &c->tk.v[b - 1], "in") && !name_of_person(c, e - 1)) {
		size_t pb = np_back(c, b - 2, lo);
		struct np pp, lp;

		if (pb != SIZE_MAX && np_fwd(c, pb, b - 1) == b - 1) {
			np_analyse(c, pb, b - 1, &pp);
			np_analyse(c, b, e, &lp);
			/* one word only: "Leader of Opposition in Lok Sabha Rahul Verma said"
			 * runs the place into the holder's name */
			if (pp.kind == NP_ROLE && lp.kind == NP_NAME && lp.na + 1 == lp.nb && lp.nb == e &&
			    !(tok_cf(c, &c->tk.v[lp.na]) & QC_GIVEN) &&
			    attr_take(c, pb, b - 1, k, conf, method, r))
				return true;
		}
	}
	return attr_take(c, b, e, k, conf, method, r);
}

static bool
cue_subject(struct ctx *c, size_t k, size_t lo, float conf, int method, struct attr *r)
{
	if (tok_cf(c, &c->tk.v[k]) & QC_SAYING)
		return clause_subject(c, k, conf, method, r);
	if (subject_before(c, k, lo, conf, method, r))
		return true;
	/* "said X:" only where a clause begins, never "... said NATO would" */
	if ((tok_cf(c, &c->tk.v[k]) & QC_SAY) && !(tok_cf(c, &c->tk.v[k]) & QC_TELL) &&
	    (k == lo || c->tk.v[k - 1].type == T_COMMA || c->tk.v[k - 1].type == T_QUOTE ||
	    c->tk.v[k - 1].type == T_COLON || c->tk.v[k - 1].type == T_END)) {
		size_t e = np_fwd(c, k + 1, c->tk.n);

		if (e > k + 1)
			return attr_take(c, k + 1, e, k, conf, method, r);
	}
	return false;
}

/* Quote content ends with: 0 letter, or the punctuation byte. */
static char
quote_end_punct(struct ctx *c, const struct quote_span *sp)
{
	size_t e = sp->off + sp->len;

	while (e > sp->off) {
		unsigned char b = (unsigned char)c->s[e - 1];

		if (b == ',' || b == '.' || b == '?' || b == '!' || b == ':' || b == ';')
			return (char)b;
		if (b == 0x94 && e >= sp->off + 3 && (unsigned char)c->s[e - 3] == 0xe2)
			return '-';
		if (b == 0xa6 && e >= sp->off + 3 && (unsigned char)c->s[e - 3] == 0xe2)
			return '.';
		return 0;
	}
	return 0;
}

/* Tokens of an "according to" cue at k: "according to" (2), French "selon", Spanish
 * "según", Italian "secondo" and German "laut" (1), and German "so" right after a
 * quotation's comma ("..., so Weber"); 0 when none. */
static size_t
according_len(struct ctx *c, size_t k, bool after_comma)
{
	struct tok *v = c->tk.v;

	if (v[k].type != T_WORD)
		return 0;
	if (tok_is(c, &v[k], "according") && k + 1 < c->tk.n && tok_is(c, &v[k + 1], "to"))
		return 2;
	if (tok_is(c, &v[k], "selon") || tok_is(c, &v[k], "laut") || tok_is(c, &v[k], "según") ||
	    tok_is(c, &v[k], "secondo") || tok_is(c, &v[k], "volgens"))
		return 1;
	if (after_comma && tok_is(c, &v[k], "so") && !(v[k].wf & W_CAP))
		return 1;
	return 0;
}

/* The cue of an "according to" attribution at token j, a tokens long, as written. */
static void
according_cue(struct ctx *c, size_t j, size_t a, struct attr *r)
{
	if (a == 2) {
		r->cuestr = "according to";
		return;
	}
	snprintf(c->cuebuf, sizeof c->cuebuf, "%.*s", (int)c->tk.v[j].len, c->s + c->tk.v[j].off);
	r->cuestr = c->cuebuf;
}

/* "según el presidente del organismo, Fernando Aguirre", "Secondo il ministro della Salute,
 * Renato Caporaso, le linee guida": "according to" at token k (a tokens long) with a role
 * phrase [k + a, e) and then the name set off at [x + 1, ab): the name speaks, and holds the
 * role. */
static bool
according_role_name(struct ctx *c, size_t k, size_t a, size_t e, size_t x, size_t ab, float conf,
    int method, struct attr *r)
{
	struct np hp, ap;

	np_analyse(c, k + a, e, &hp);
	np_analyse(c, x + 1, ab, &ap);
	if (hp.kind != NP_ROLE || ap.kind != NP_NAME || !attr_take(c, x + 1, ab, k, conf, method, r))
		return false;
	if (r->ent >= 0)
		ent_set_role(c, r->ent, hp.ra, hp.rb);
	according_cue(c, k, a, r);
	return true;
}

/* A speaker known from context, with a cue at token cue but no mention of their own. */
static void
attr_unnamed(struct attr *r, int ent, size_t cue, int method)
{
	r->ent = ent;
	r->ma = r->mb = 0;
	r->cue = cue;
	r->conf = 0.7f;
	r->method = method;
}

/* Does a clause end at token i: the paragraph's end, a full stop, a comma or a quotation? */
static bool
clause_end(struct ctx *c, size_t i)
{
	return i >= c->tk.n || c->tk.v[i].type == T_END || c->tk.v[i].type == T_COMMA ||
	    c->tk.v[i].type == T_QUOTE;
}

/* The token after the day or time at i ("ayer", "este martes", "am Montag"), i when there is
 * none: a time word in lowercase, or after a determiner or "am" in any case ("Domingo" alone
 * is a name). */
static size_t
time_skip(struct ctx *c, size_t i, size_t n)
{
	static const char *const lead[] = { "el", "este", "esta", "am", "le", "ce", "il", "lo",
	    "questo", "questa" };
	struct tok *v = c->tk.v;
	size_t k = i;

	if (k + 1 < n && tok_in(c, &v[k], lead, sizeof lead / sizeof lead[0]) &&
	    v[k + 1].type == T_WORD && (tok_cf(c, &v[k + 1]) & QC_TIME))
		return k + 2;
	if (k < n && v[k].type == T_WORD && !(v[k].wf & W_CAP) && (tok_cf(c, &v[k]) & QC_TIME))
		return k + 1;
	return i;
}

/* Does the clause from token i on name nobody who could speak? True when it ends at once, or
 * runs on in lowercase words that hold no pronoun and no determiner before a role or a body:
 * "«...», afirmó durante la rueda de prensa" (the subject dropped), not "«...», dijo ayer el
 * ministro" or "«...», dijo ayer Ruiz". */
static bool
clause_rest_nameless(struct ctx *c, size_t i, size_t n)
{
	static const char *const to[] = { "a", "al", "au", "à" };
	struct tok *v = c->tk.v;
	size_t k;

	for (k = i; k < n && k - i < 12 && !clause_end(c, k); k++) {
		unsigned f;

		/* "ha explicado a EL PAÍS por teléfono", "a-t-il confié au Monde": the paper
		 * told is no subject */
		if (k > i && v[k].type == T_WORD && (v[k].wf & W_CAP) && !(v[k].wf & W_SENT) &&
		    tok_in(c, &v[k - 1], to, sizeof to / sizeof to[0])) {
			while (k + 1 < n && v[k + 1].type == T_WORD && (v[k + 1].wf & W_CAP))
				k++;
			continue;
		}
		if (v[k].type != T_WORD || (v[k].wf & W_CAP))
			return false;
		f = tok_cf(c, &v[k]);
		if ((f & QC_PRONOUN) || ((f & QC_DET) && k + 1 < n && v[k + 1].type == T_WORD &&
		    (tok_cf(c, &v[k + 1]) & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_NPMOD))))
			return false;
	}
	return k - i < 12;
}

/* "a statement released by the group", "an emergency warning issued by the fire service",
 * "a statement from Halvard": a document and who issued it. Returns the token at which the
 * issuer's phrase begins, SIZE_MAX when the words at k are no such phrase. */
static size_t
doc_issuer(struct ctx *c, size_t k, size_t n)
{
	static const char *const issued[] = { "issued", "released", "published", "sent", "posted",
	    "signed", "shared", "circulated" };
	struct tok *v = c->tk.v;
	size_t i = k, m;

	if (i < n && v[i].type == T_WORD && !(v[i].wf & W_POSS) && (tok_cf(c, &v[i]) & QC_DET))
		i++;
	/* up to two words before the document's noun: "emergency", "joint", "press" */
	for (m = 0; m < 2 && i + 1 < n && v[i].type == T_WORD && !(v[i].wf & (W_CAP | W_DIGIT)) &&
	    !(tok_cf(c, &v[i]) & (QC_DOC | QC_STOP | QC_PREP)); m++)
		i++;
	if (i + 2 >= n || v[i].type != T_WORD || ((v[i].wf & W_CAP) && i > k) ||
	    !(tok_cf(c, &v[i]) & QC_DOC))
		return SIZE_MAX;
	i++;
	if (v[i].type == T_WORD && tok_in(c, &v[i], issued, sizeof issued / sizeof issued[0]))
		i++;
	if (i + 1 < n && (tok_is(c, &v[i], "by") || tok_is(c, &v[i], "from")))
		return i + 1;
	return SIZE_MAX;
}

/* Credits the issuer of the document whose phrase begins at token k (see doc_issuer). */
static bool
attr_doc_issuer(struct ctx *c, size_t k, size_t cue, float conf, int method, struct attr *r)
{
	size_t n = c->tk.n, x = doc_issuer(c, k, n), e;

	if (x == SIZE_MAX || (e = np_fwd(c, x, n)) <= x)
		return false;
	return attr_take(c, x, e, cue, conf, method, r);
}

/* A spokesman, spokeswoman or spokesperson: someone who speaks for a body. */
static bool
tok_spokes(struct ctx *c, const struct tok *t)
{
	static const char pre[] = "spokes";
	size_t i;

	if (t->type != T_WORD || t->len < 9)
		return false;
	for (i = 0; i < sizeof pre - 1; i++)
		if ((c->s[t->off + i] | 32) != pre[i])
			return false;
	return true;
}

/* "a spokesperson for Halvard Energy", "an official from the Dongjin Police Agency": when
 * the phrase [a, e) is a spokesperson's followed by "for", or an official's or a
 * representative's, indefinite or bare, followed by "for", "from", "at" or "with", the end
 * of the body's phrase after it, else 0. An official so described speaks for the body, as
 * a spokesperson does; "a nurse at the hospital" does not. */
static size_t
spokes_for(struct ctx *c, size_t a, size_t e, size_t n)
{
	static const char *const officials[] = { "official", "officials", "representative",
	    "representatives" };
	static const char *const preps[] = { "for", "from", "at", "with" };
	struct tok *v = c->tk.v;
	size_t f;

	if (e <= a || e + 1 >= n)
		return 0;
	if (!(tok_is(c, &v[e], "for") && tok_spokes(c, &v[e - 1]))) {
		if (!tok_in(c, &v[e], preps, sizeof preps / sizeof preps[0]) || (v[e - 1].wf & W_CAP) ||
		    !tok_in(c, &v[e - 1], officials, sizeof officials / sizeof officials[0]) ||
		    !(a == e - 1 || (tok_cf(c, &v[a]) & QC_INDEF)))
			return 0;
		/* a body the article has named or names now, not "a rival supplier" nor
		 * "another ministry" */
		if (!(v[e + 1].wf & W_CAP) && !tok_is(c, &v[e + 1], "the"))
			return 0;
	}
	f = np_fwd(c, e + 1, n);
	return f > e + 1 ? f : 0;
}

/* A French verb with its pronoun subject after it, one hyphenated word: "lance-t-il",
 * "ajoute-t-elle", "dit-il", and right after a quotation any verb so written speaks, as
 * only a verb of saying is inverted there: "soupire-t-il", "sourit-elle". 1 for il, 2 for
 * elle, 0 for any other word. */
static int
tok_fr_inverted(struct ctx *c, const struct tok *t)
{
	static const struct { const char *tail; size_t n; int g; } tails[] = {
		{ "-t-il", 5, 1 }, { "-t-elle", 7, 2 }, { "-il", 3, 1 }, { "-elle", 5, 2 },
	};
	const char *w = c->s + t->off;
	size_t k;

	if (t->type != T_WORD || t->len < 5 || (t->wf & W_CAP && !(t->wf & W_SENT)))
		return 0;
	for (k = 0; k < sizeof tails / sizeof tails[0]; k++) {
		size_t stem = t->len - tails[k].n;

		if (t->len > tails[k].n + 1 && memcmp(w + stem, tails[k].tail, tails[k].n) == 0)
			return (unsigned char)w[stem - 1] != '-' ? tails[k].g : 0;
	}
	return 0;
}

/* "«Il faut partir», sourit Anne Roux.", ""We'll see," laughed Ann Lee.": after a quotation's
 * comma, a verb no list holds and a name that ends the sentence: only a verb of saying is
 * inverted there, whatever the word. Words of the languages whose small words the table
 * leaves unflagged are kept from standing for the verb ("«...», mais Anne Roux."). */
static bool
inverted_other_verb(struct ctx *c, size_t j, size_t n, struct attr *r)
{
	static const char *const small[] = { "mais", "et", "ou", "avec", "sans", "comme", "pour",
	    "chez", "dans", "par", "pero", "con", "sin", "como", "por", "aber", "und", "oder", "mit",
	    "ohne", "wie", "bei", "für", "nach", "ma", "per", "senza", "come", "ed", "maar", "met",
	    "zonder", "voor", "bij", "dan", "dat" };
	struct tok *v = c->tk.v;
	struct np np;
	size_t e;

	if (j + 2 >= n || v[j].type != T_WORD || (v[j].wf & (W_CAP | W_DIGIT)) || v[j].len < 3 ||
	    (tok_cf(c, &v[j]) & ~(QC_VERB | QC_AUX)) != 0 || !(v[j + 1].wf & W_CAP) ||
	    tok_in(c, &v[j], small, sizeof small / sizeof small[0]))
		return false;
	e = np_fwd(c, j + 1, n);
	if (e <= j + 1 || (e < n && v[e].type != T_END))
		return false;
	np_analyse(c, j + 1, e, &np);
	if (np.kind != NP_NAME)
		return false;
	return attr_take(c, j + 1, e, j, 0.8f, 1, r);
}

/* German "hieß es" / "heißt es" and Italian "si legge" at token j */
static bool
impersonal_cue(struct ctx *c, size_t j)
{
	struct tok *v = c->tk.v;

	if (tok_is(c, &v[j], "si"))
		return tok_is(c, &v[j + 1], "legge");
	return (tok_is(c, &v[j], "hieß") || tok_is(c, &v[j], "heißt")) && tok_is(c, &v[j + 1], "es");
}

/* "the amicus curiae, advocate G. Hemalatha,", "the court-appointed assessor, Dr Ann Roe,":
 * at h, "the" and one to four lowercase words the lists do not know as a role (no verb,
 * no function word), then a name set off by a comma, which is who speaks. Sets the
 * name's tokens [*na, *nb); false when the words there are no such phrase. */
static bool
head_then_name(struct ctx *c, size_t h, size_t n, size_t *na, size_t *nb)
{
	struct tok *v = c->tk.v;
	size_t x = h + 1, ab;
	struct np ap;

	if (h >= n || !tok_is(c, &v[h], "the"))
		return false;
	/* a compound in -ed is an adjective: "the court-appointed amicus" */
	while (x < n && x - h <= 4 && v[x].type == T_WORD && !(v[x].wf & (W_CAP | W_DIGIT | W_POSS)) &&
	    !(tok_cf(c, &v[x]) & (QC_STOP | QC_PREP | QC_DET | QC_PRONOUN | QC_PARTICLE)) &&
	    (!verb_like(c, &v[x]) || memchr(c->s + v[x].off, '-', v[x].len) != NULL))
		x++;
	if (x == h + 1 || x + 1 >= n || v[x].type != T_COMMA)
		return false;
	ab = np_fwd(c, x + 1, n);
	if (ab <= x + 1)
		return false;
	np_analyse(c, x + 1, ab, &ap);
	if (ap.kind != NP_NAME)
		return false;
	*na = x + 1;
	*nb = ab;
	return true;
}

static bool
after_cue(struct ctx *c, size_t q, struct attr *r)
{
	static const char *const fr_objects[] = { "lui", "leur", "nous", "vous" };
	struct tok *v = c->tk.v;
	size_t n = c->tk.n, j = q + 1, e, k, a, sf;
	char ep = quote_end_punct(c, &c->spans[v[q].q]);
	bool comma = false;
	int g;

	/* "« On a eu une chance » (“We were lucky”), said X": a translation in brackets
	 * after the quotation, or the quotation is that translation; the cue follows it */
	if (j + 2 < n && v[j].type == T_PAREN && c->s[v[j].off] == '(' && v[j + 1].type == T_QUOTE &&
	    v[j + 2].type == T_PAREN && c->s[v[j + 2].off] == ')')
		j += 3;
	else if (q > 0 && j < n && v[q - 1].type == T_PAREN && c->s[v[q - 1].off] == '(' &&
	    v[j].type == T_PAREN && c->s[v[j].off] == ')')
		j++;
	if (j < n && v[j].type == T_COMMA) {
		j++;
		comma = true;
	}
	if (j >= n || v[j].type != T_WORD)
		return false;
	/* "according to X" */
	if ((a = according_len(c, j, comma)) > 0) {
		size_t ab, x;

		/* "according to a statement released by the group" */
		if (attr_doc_issuer(c, j + a, j, 0.9f, 1, r)) {
			according_cue(c, j, a, r);
			return true;
		}
		e = np_fwd(c, j + a, n);
		/* "según el presidente del organismo, Fernando Aguirre": the name set off
		 * after a role, which a few lowercase words may end */
		for (x = e; x < n && x - e < 5 && v[x].type == T_WORD && !(v[x].wf & W_CAP) &&
		    !verb_like(c, &v[x]); x++)
			;
		if (e > j + a && x + 1 < n && v[x].type == T_COMMA && (ab = np_fwd(c, x + 1, n)) > x + 1 &&
		    clause_end(c, ab) && according_role_name(c, j, a, e, x, ab, 0.9f, 1, r))
			return true;
		if (e > j + a && attr_take(c, j + a, e, j, 0.9f, 1, r)) {
			according_cue(c, j, a, r);
			return true;
		}
		return false;
	}
	/* "a déclaré X": an auxiliary before an inverted cue; "ha detto." without a subject */
	if (j + 1 < n && tok_adverb(c, j) && tok_cue(c, j + 1, QC_SAY) && !(tok_cf(c, &v[j + 1]) & QC_TELL) &&
	    (np_fwd(c, j + 2, n) > j + 2 || clause_end(c, j + 2) || time_skip(c, j + 2, n) > j + 2 ||
	    (comma && clause_rest_nameless(c, j + 2, n))))
		j++;
	/* "», lui a-t-elle lancé", "», nous a-t-il confié": an object pronoun before them */
	if (j + 1 < n && tok_in(c, &v[j], fr_objects, sizeof fr_objects / sizeof fr_objects[0]) &&
	    tok_fr_inverted(c, &v[j + 1]) != 0)
		j++;
	/* "», lance-t-il.", "», ajoute-t-elle.": French puts a pronoun subject after its verb */
	if ((g = tok_fr_inverted(c, &v[j])) != 0) {
		int pe = resolve_pronoun(c, v[q].off, g);

		if (pe < 0)
			return false;
		attr_unnamed(r, pe, j, 1);
		return true;
	}
	if ((comma || ep == ',') && inverted_other_verb(c, j, n, r))
		return true;
	/* "„...“, hieß es in einer Mitteilung der Behörde", "«...», si legge nel comunicato":
	 * the impersonal cue of a body's statement, as "it said" is: the body last named */
	if (j + 1 < n && impersonal_cue(c, j)) {
		int oe = resolve_it(c, v[q].off);

		if (oe < 0)
			return false;
		attr_unnamed(r, oe, j, 1);
		return true;
	}
	/* "said X" */
	if (tok_cue(c, j, QC_SAY) && !(tok_cf(c, &v[j]) & QC_TELL)) {
		/* "said a statement issued by Harlow Transit" */
		if (attr_doc_issuer(c, j + 1, j, 0.9f, 1, r))
			return true;
		e = np_fwd(c, j + 1, n);
		/* "«...», dijo ayer el ministro": a day between the verb and its subject */
		if (e == j + 1) {
			size_t ts = time_skip(c, j + 1, n), te;

			if (ts > j + 1 && (te = np_fwd(c, ts, n)) > ts && clause_end(c, te) &&
			    attr_take(c, ts, te, j, 0.95f, 1, r))
				return true;
		}
		/* "said a spokesperson for the ministry": the body speaks */
		if ((sf = spokes_for(c, j + 1, e, n)) > 0 && attr_take(c, e + 1, sf, j, 0.9f, 1, r)) {
			if (r->ent >= 0 && tok_spokes(c, &v[e - 1]))
				c->ents[r->ent].spokes = true;
			r->ma = j + 1;
			return true;
		}
		if (e == j + 1) {
			size_t na, nb;

			/* "said the amicus curiae, advocate G. Hemalatha." */
			if (head_then_name(c, j + 1, n, &na, &nb) && clause_end(c, nb))
				return attr_take(c, na, nb, j, 0.9f, 1, r);
			/* "«...», dijo.", "«...», ha detto, «...»": Spanish and Italian drop a
			 * pronoun subject, so the cue stands alone after the quotation's comma.
			 * The speaker is the person last named as a subject, as for "the
			 * 52-year-old"; English never writes a subjectless "said" there. */
			int pe;

			if (!comma || !clause_rest_nameless(c, j + 1, n) ||
			    (pe = resolve_desc(c, v[q].off, 0, 0)) < 0)
				return false;
			attr_unnamed(r, pe, j, 1);
			return true;
		}
		/* "said Vevran's mayor, Thérèse Vandamme.", "said the operator, Compagnie
		 * Lacustre d'Aven": the name set off after a role or a business's head speaks;
		 * a few lowercase words may end the head ("the head of the union, X") */
		{
			size_t x = e, ab;
			struct np hp, ap;
			bool modv = false;

			/* a role's modifier among them however it ends, when a name of two
			 * words or more follows: "the minister for Europe and foreign affairs,
			 * X" (not "the minister for housing and urban affairs, Lyon, where");
			 * and "la ministre des Transports, X": a capitalised word after a particle;
			 * "the spokesman of the Union group, X", "der Sprecher der Unionsfraktion, X":
			 * a body's name in the words that end the head */
			while (x < n && x - e < 5 && v[x].type == T_WORD && ((!(v[x].wf & W_CAP) &&
			    (!verb_like(c, &v[x]) || ((tok_cf(c, &v[x]) & QC_ROLEMOD) && (modv = true)))) ||
			    ((v[x].wf & W_CAP) && x > e &&
			    (!(v[x - 1].wf & W_CAP) || (tok_cf(c, &v[x - 1]) & QC_PARTICLE)))))
				x++;
			if (x + 1 < n && v[x].type == T_COMMA && (v[x + 1].wf & W_CAP) &&
			    (ab = np_fwd(c, x + 1, n)) > x + 1 && (!modv || ab >= x + 3) &&
			    (clause_end(c, ab) || v[ab].type == T_PAREN)) {
				np_analyse(c, j + 1, e, &hp);
				np_analyse(c, x + 1, ab, &ap);
				if ((hp.kind == NP_ROLE && ap.kind == NP_NAME) || (hp.kind == NP_ORGREF &&
				    (ap.kind == NP_ORG || (ap.kind == NP_NAME && x > e)))) {
					if (attr_take(c, x + 1, ab, j, 0.95f, 1, r)) {
						if (hp.kind == NP_ROLE && r->ent >= 0)
							ent_set_role(c, r->ent, hp.ra, hp.rb);
						return true;
					}
				}
			}
		}
		return attr_take(c, j + 1, e, j, 0.95f, 1, r);
	}
	/* "X said", "X, the minister, said", "a spokesperson for X said" */
	e = np_fwd(c, j, n);
	if (e == j) {
		static const char *const anyone[] = { "someone", "somebody", "anyone", "anybody",
		    "everyone", "everybody", "others", "many" };

		/* "'We take safety seriously,' it said": the organisation named last, when there
		 * is one in reach (else the rules for a quotation without a cue apply) */
		if (j + 1 < n && tok_is(c, &v[j], "it") && tok_cue(c, j + 1, QC_SAY | QC_TELL) &&
		    !(tok_cf(c, &v[j + 1]) & (QC_SAYING | QC_DESCRIBE)) &&
		    resolve_it(c, v[q].off) >= 0)
			return attr_take(c, j, j + 1, j + 1, 0.9f, 1, r);
		/* "'Turn it off!' someone shouted": speech, its speaker unnamed */
		if (j + 1 < n && tok_in(c, &v[j], anyone, sizeof anyone / sizeof anyone[0]) &&
		    tok_cue(c, j + 1, QC_SAY) && !(tok_cf(c, &v[j + 1]) & QC_TELL)) {
			attr_unnamed(r, -1, j + 1, 1);
			r->conf = 0.4f;
			return true;
		}
		/* "'...,' the amicus curiae, advocate G. Hemalatha, told the court" */
		{
			size_t na, nb;

			if (head_then_name(c, j, n, &na, &nb) && nb < n && v[nb].type == T_COMMA) {
				k = nb + 1;
				while (k < n && k - nb <= 3 && tok_adverb(c, k))
					k++;
				if (k < n && tok_cue(c, k, QC_SAY | QC_TELL) &&
				    !(tok_cf(c, &v[k]) & (QC_SAYING | QC_DESCRIBE)))
					return attr_take(c, na, nb, k, 0.9f, 1, r);
			}
		}
		return false;
	}
	sf = spokes_for(c, j, e, n);
	k = sf > 0 ? sf : e;
	/* "'...,' Sen. Margaret Ellison (D-Ore.), the lead negotiator, told reporters" */
	if (sf == 0 && (v[e - 1].wf & W_CAP))
		k = paren_fwd(c, k, n);
	/* "'...,' Lt. Denise Harrow of the city police said" */
	if (sf == 0 && k == e && k < n && (v[e - 1].wf & W_CAP))
		k = name_affiliation_skip(c, j, e, n);
	if (sf == 0 && k < n && v[k].type == T_COMMA) {
		size_t i = k + 1;

		/* "X, country director of the International Relief Committee (IRC), told", "X,
		 * a 67-year-old Mellieħa resident who has walked the headland every morning for
		 * 40 years, told" */
		while (i < n && i - k < 20 && (v[i].type == T_WORD || v[i].type == T_PAREN))
			i++;
		if (i < n && v[i].type == T_COMMA && i > k + 1)
			k = i + 1;
		else
			return false;
		/* "X, 58, who captains a 19-ton squid boat, told": a second note */
		if (k < n && v[k].type == T_WORD && !tok_cue(c, k, QC_SAY | QC_TELL) && !tok_adverb(c, k)) {
			for (i = k; i < n && i - k < 20 && (v[i].type == T_WORD || v[i].type == T_PAREN); i++)
				;
			if (i + 1 < n && v[i].type == T_COMMA && tok_cue(c, i + 1, QC_SAY | QC_TELL))
				k = i + 1;
		}
	}
	{
		size_t adv = 0;

		while (k < n && adv < 3 && tok_adverb(c, k)) {
			k++;
			adv++;
		}
	}
	/* "'...,' he begins.": a verb that is a cue only here, after a quotation's comma
	 * ("Springsteen began with "No Surrender"" opens with a title); so is "read" after
	 * a document ("'...,' the statement read") */
	if (k >= n || !(tok_cue(c, k, QC_SAY | QC_TELL) || ((comma || ep == ',') &&
	    (tok_is(c, &v[k], "begins") || tok_is(c, &v[k], "began") ||
	    ((tok_is(c, &v[k], "read") || tok_is(c, &v[k], "reads")) && sf == 0 && k == e &&
	    lower_doc(c, &v[e - 1]))))))
		return false;
	if (ep == '.' && !comma) {
		size_t t;

		for (t = k + 1; t < n && t < k + 8; t++)
			if (v[t].type != T_WORD)
				break;
		if (t < n && t < k + 8 && v[t].type != T_END && v[t].type != T_COMMA)
			return false;
		if (t >= k + 8)
			return false;
	}
	if (sf > 0) {
		if (!attr_take(c, e + 1, sf, k, 0.9f, 1, r))
			return false;
		if (r->ent >= 0 && tok_spokes(c, &v[e - 1]))
			c->ents[r->ent].spokes = true;
		r->ma = j;
		return true;
	}
	if (e < k && v[e].type == T_COMMA) {
		size_t ab = np_fwd(c, e + 1, n);
		struct np hp, ap;

		np_analyse(c, j, e, &hp);
		np_analyse(c, e + 1, ab, &ap);
		if (hp.kind != NP_NAME && ap.kind == NP_NAME && ab < n && v[ab].type == T_COMMA &&
		    attr_take(c, e + 1, ab, k, 0.95f, 1, r)) {
			if (hp.kind == NP_ROLE && r->ent >= 0)
				ent_set_role(c, r->ent, hp.ra, hp.rb);
			return true;
		}
	}
	if (!attr_take(c, j, e, k, 0.95f, 1, r))
		return false;
	if (e < k && v[e].type == T_COMMA && r->ent >= 0) {
		size_t ab = np_fwd(c, e + 1, n);
		struct np ap;

		np_analyse(c, e + 1, ab, &ap);
		if (ap.kind == NP_ROLE)
			ent_set_role(c, r->ent, ap.ra, ap.rb);
	}
	return true;
}

static bool
before_cue(struct ctx *c, size_t q, bool *si, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t i, lo, k;
	bool colon = false, comma = false;

	if (q == 0)
		return false;
	i = q - 1;
	if (v[i].type == T_COLON)
		colon = true;
	else if (v[i].type == T_COMMA)
		comma = true;
	else if (v[i].type != T_WORD)
		return false;
	if (colon || comma) {
		if (i == 0)
			return false;
		i--;
	}
	lo = sent_start(c, q);
	if (i < lo)
		return false;
	for (k = i + 1; k-- > lo && i - k < 10;) {
		if (v[k].type != T_WORD)
			break;
		if (tok_cue(c, k, QC_SAY | QC_TELL | QC_SAYING)) {
			if (!colon && !comma && k != i)
				return false;
			if (cue_subject(c, k, lo, 0.9f, 2, r)) {
				*si = colon || comma;
				return true;
			}
			/* "«...», dijo, «...»": a subjectless cue between two parts of one
			 * quotation gives the second part the first part's speaker */
			{
				size_t p = k;

				if (p > 0 && tok_adverb(c, p - 1))
					p--;
				if (comma && k == i && p >= 2 && v[p - 1].type == T_COMMA &&
				    v[p - 2].type == T_QUOTE && c->span_ent[v[p - 2].q] >= 0) {
					attr_unnamed(r, c->span_ent[v[p - 2].q], k, 2);
					*si = true;
					return true;
				}
			}
			return false;
		}
	}
	if (colon) {
		size_t b = np_back(c, i, lo);

		/* "Quote from Savchuk at the hearing: '...'", as Ukrainian copy labels a
		 * quotation: the name after "from" speaks; "Quote:" alone names nobody, and
		 * the quotation goes on from the paragraph before as one standing alone */
		if (tok_is(c, &v[lo], "quote") && (v[lo].wf & W_CAP)) {
			size_t e;

			if (i > lo + 1 && tok_is(c, &v[lo + 1], "from") &&
			    (e = np_fwd(c, lo + 2, i + 1)) > lo + 2 &&
			    attr_take(c, lo + 2, e, SIZE_MAX, 0.8f, 2, r)) {
				r->cuestr = ":";
				*si = true;
				return true;
			}
			return false;
		}
		/* "A warning issued by the fire service at 3pm read: '...'" */
		if (v[i].type == T_WORD && (tok_is(c, &v[i], "read") || tok_is(c, &v[i], "reads")) &&
		    attr_doc_issuer(c, lo, i, 0.8f, 2, r)) {
			*si = true;
			return true;
		}
		if (b != SIZE_MAX && b == lo && !opening_clause(c, lo, i + 1) &&
		    attr_take(c, b, i + 1, SIZE_MAX, 0.8f, 2, r)) {
			r->cuestr = ":";
			*si = true;
			return true;
		}
		/* "Dale Pruitt, who voted against, put it bluntly: '...'", "Un patron, Loic
		 * Gueguen, resume la colere : « ... »": the clause's subject, with less trust */
		{
			struct attr save = *r;

			if (i + 1 - lo <= 24 && clause_subject(c, i + 1, 0.6f, 2, r) &&
			    (r->ent >= 0 || r->pending)) {
				r->cuestr = ":";
				*si = true;
				return true;
			}
			*r = save;
		}
	}
	return false;
}


/* attr_according: token k starts "according to X" (or a one-word form such as "selon",
 * "laut"); credits X when it is a name phrase. The cue is the phrase as written. */
static bool
attr_according_len(struct ctx *c, size_t k, size_t a, size_t n, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t e, ab;

	if (!attr_doc_issuer(c, k + a, k, 0.8f, 3, r)) {
		e = np_fwd(c, k + a, n);
		if (e <= k + a)
			return false;
		/* the name set off after a role, up to the comma that ends it */
		if (e + 1 < n && v[e].type == T_COMMA && (v[e + 1].wf & W_CAP) &&
		    (ab = np_fwd(c, e + 1, n)) > e + 1 && ab < n && v[ab].type == T_COMMA &&
		    according_role_name(c, k, a, e, e, ab, 0.8f, 3, r))
			return true;
		if (!attr_take(c, k + a, e, k, 0.8f, 3, r))
			return false;
	}
	according_cue(c, k, a, r);
	return true;
}

static bool
attr_according(struct ctx *c, size_t k, size_t n, struct attr *r)
{
	size_t a = according_len(c, k, false);

	return a > 0 && attr_according_len(c, k, a, n, r);
}

/* "Per la consigliera regionale Marta Lo Iacono la chiusura è «...»", "For Ms Lee, the plan is
 * "a disgrace"", "Pour le maire, ...": "for" opening the sentence (token k is its first) and a
 * person or a body named after it give whose view the sentence reports, as "according to"
 * does. Not "For years," nor "For Britain," (one bare name may be a place). */
static bool
attr_opinion_for(struct ctx *c, size_t k, size_t n, struct attr *r)
{
	static const char *const fors[] = { "for", "per", "para", "pour", "für" };
	struct tok *v = c->tk.v;
	struct np np;
	size_t e;

	if (!(v[k].wf & W_CAP) || !tok_in(c, &v[k], fors, sizeof fors / sizeof fors[0]))
		return false;
	e = np_fwd(c, k + 1, n);
	if (e <= k + 1)
		return false;
	np_analyse(c, k + 1, e, &np);
	if (!((np.kind == NP_ROLE && !np.indef) || (np.kind == NP_NAME && (np.nb - np.na >= 2 ||
	    np.rb > np.ra || (tok_cf(c, &v[np.na]) & QC_HONOR) ||
	    (np.na > k + 1 && (tok_cf(c, &v[np.na - 1]) & QC_HONOR)))) ||
	    (np.kind == NP_ORG && np.nb - np.na >= 2)))
		return false;
	return attr_according_len(c, k, 1, n, r);
}

/* "Secondo il ministro, le linee guida «non sono un dogma» e consentono deroghe «quando
 * ...»", "She said the rules were "not dogma" and allowed exemptions "when ..."": a quotation
 * with no cue between it and an earlier quotation of its sentence shares that quotation's
 * speaker, when a cue before the earlier one, inside the sentence from token lo, named them,
 * and no name or pronoun starts a clause of its own between the two. A cue after the earlier
 * quotation ("'...,' she said, ...") is left to the rules for it. */
static bool
sentence_shares(struct ctx *c, size_t lo, size_t pq, size_t q, struct attr *r)
{
	static const char *const at_place[] = { "at", "in", "near", "across", "outside",
	    "inside" };
	struct tok *v = c->tk.v;
	int si = v[pq].q;
	size_t k;

	if (si < 0 || c->spans[si].kind == QUOTE_SCARE || c->span_ent[si] < 0 ||
	    c->span_cuepos[si] >= v[pq].off || c->span_cuepos[si] < v[lo].off)
		return false;
	/* a clause with a subject of its own ("tandis que Mme Le Goff espère «...»", "while
	 * she hopes "...""): not the earlier speaker's */
	for (k = pq + 1; k < q; k++) {
		/* a place after a preposition of place is no subject ("carried out "..." at
		 * Sai Lok and found that ..."); not one that owns ("in Bo Lind's view") */
		if ((v[k].wf & W_CAP) && !(v[k].wf & W_POSS) && v[k - 1].type == T_WORD &&
		    tok_in(c, &v[k - 1], at_place, sizeof at_place / sizeof at_place[0])) {
			size_t k0 = k;

			while (k + 1 < q && v[k + 1].type == T_WORD && (v[k + 1].wf & W_CAP) &&
			    !(v[k + 1].wf & (W_SENT | W_POSS)))
				k++;
			/* a place of one or two words, not one before a subject of its own
			 * ("at Fenby Rovers the manager thought", "in Fenby Bo Lind thought") */
			if (!(v[k].wf & W_POSS) && !(k + 1 < q && (v[k + 1].wf & W_POSS)) &&
			    k - k0 < 2 && !(k + 1 < q && (tok_cf(c, &v[k + 1]) & QC_DET)))
				continue;
		}
		if ((v[k].wf & W_CAP) || tok_pronoun(c, &v[k]))
			return false;
	}
	attr_unnamed(r, c->span_ent[si], SIZE_MAX, 3);
	r->cuestr = c->spans[si].cue;
	r->conf = 0.7f;
	return true;
}

/* Whether a comma and "and" or "but" join another clause between tokens k and q; not ",
 * and that", which goes on with what the verb at k reports. */
static bool
clause_joined(struct ctx *c, size_t k, size_t q)
{
	size_t i;

	for (i = k + 1; i + 2 < q; i++)
		if (c->tk.v[i].type == T_COMMA && (tok_is(c, &c->tk.v[i + 1], "and") ||
		    tok_is(c, &c->tk.v[i + 1], "but")) && !tok_is(c, &c->tk.v[i + 2], "that"))
			return true;
	return false;
}

/* "Its reserves would last "roughly eleven months" at the current rate, Mr. Seo said.": a
 * sentence that ends in a clause of its own, a subject and a verb of speech set off by a
 * comma (or the verb and then its subject, "said Mr. Seo."), is all that speaker's, the
 * quotation inside it too, whatever source an earlier clause cites. No other quotation
 * between. */
static bool title_case(struct ctx *c, const struct quote_span *sp);

/* Whether token k is a verb of speech whose subject speaks and nothing more: "said", not
 * "told", "saying" or "called". */
static bool
say_only(struct ctx *c, size_t k)
{
	return tok_cue(c, k, QC_SAY) && !(tok_cf(c, &c->tk.v[k]) & (QC_TELL | QC_SAYING | QC_DESCRIBE));
}

static bool
sentence_tail_cue(struct ctx *c, size_t q, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t n = c->tk.n, end, cm, k, a, b, x;

	for (end = q + 1; end < n && v[end].type != T_END; end++)
		if (v[end].type == T_QUOTE)
			return false;
	if (end >= n || end < q + 4)
		return false;
	for (cm = end - 1; cm > q && v[cm].type != T_COMMA; cm--)
		;
	if (cm <= q + 1 || cm + 2 >= end)
		return false;
	k = end - 1;
	if (say_only(c, k) && np_fwd(c, cm + 1, k) == k) {
		/* ", Mr. Seo said." */
		a = cm + 1;
		b = k;
	} else {
		/* ", said Mr. Seo." */
		k = cm + 1;
		if (!say_only(c, k) || !(v[k + 1].wf & W_CAP) || np_fwd(c, k + 1, end) != end)
			return false;
		a = k + 1;
		b = end;
	}
	/* a name or title ("the "Hoops for Hope" league, police said") is nobody's words */
	if (title_case(c, &c->spans[v[q].q]))
		return false;
	/* a verb of its own before it keeps the quotation its subject's: "Lee called the
	 * plan "a blank check," but the council approved it, officials said" */
	for (x = sent_start(c, q); x < q; x++) {
		/* "according to state filings" cites; "state" is no verb there */
		if (tok_is(c, &v[x], "according")) {
			x += 2;
			continue;
		}
		if (tok_cue(c, x, QC_SAY | QC_TELL | QC_DESCRIBE))
			return false;
	}
	return attr_take(c, a, b, k, 0.8f, 3, r);
}

static bool
sentence_cue(struct ctx *c, size_t q, struct attr *r)
{
	struct tok *v = c->tk.v;
	/* the first three also join clauses */
	static const char *const joiners[] = { "and", "but", "or", "who", "which" };
	size_t lo = sent_start(c, q), k, n = c->tk.n, unnamed = SIZE_MAX, head = q, prevq = SIZE_MAX;
	struct attr weak = *r;
	bool have_weak = false;

	if (sentence_tail_cue(c, q, r))
		return true;
	for (k = q; k-- > lo;) {
		/* "called it "reckless" and "a blank check"", "had been "a proud man" who
		 * "hated a fuss"": quotations joined by a conjunction or a relative pronoun
		 * share the verb before the first; so do the quotations of two clauses of
		 * what was said ("said talks were "close" and that a deal could come "in
		 * days"") */
		if (v[k].type == T_QUOTE && ((k + 2 == head &&
		    tok_in(c, &v[k + 1], joiners, sizeof joiners / sizeof joiners[0])) ||
		    (k + 2 < head && tok_is(c, &v[k + 2], "that") && tok_in(c, &v[k + 1], joiners, 3)))) {
			head = k;
			continue;
		}
		if (v[k].type == T_QUOTE) {
			prevq = k;
			break;
		}
		if (attr_according(c, k, n, r) || (k == lo && attr_opinion_for(c, k, n, r)))
			return true;
		/* a describing verb may stand right before its quotation ("denounced 'a
		 * farce'"); a speech verb there is before_cue's */
		if (tok_cue(c, k, QC_SAY | QC_TELL | QC_SAYING | QC_DESCRIBE) &&
		    (k + 1 < head || tok_cue(c, k, QC_DESCRIBE))) {
			/* "Ministers accused of 'betraying' renters": the active voice has an
			 * object before "of" ("X accused Y of"), so right before it the word is
			 * a passive participle, whose subject is the one accused; not after a
			 * subject or "had" ("the official he accused of", "Reed had accused
			 * of") */
			/* so is one before "by" and its agent ("not the R11-million claimed by
			 * the union, and that ... "irregularities""), but for "said" and "told"
			 * ("said by the end of the year") */
			if (k + 1 < n && k > lo && !(tok_cf(c, &v[k - 1]) & QC_PRONOUN) &&
			    !tok_is(c, &v[k - 1], "had") && !tok_is(c, &v[k - 1], "has") &&
			    !tok_is(c, &v[k - 1], "have") && ((tok_is(c, &v[k + 1], "of") &&
			    !(tok_cf(c, &v[k]) & (QC_SAY | QC_TELL | QC_SAYING))) ||
			    (tok_is(c, &v[k + 1], "by") && k + 2 < n && v[k + 2].type == T_WORD &&
			    ((v[k + 2].wf & W_CAP) || (tok_cf(c, &v[k + 2]) & QC_DET)) &&
			    !tok_is(c, &v[k], "said") && !tok_is(c, &v[k], "told")))) {
				if (unnamed == SIZE_MAX)
					unnamed = k;
				continue;
			}
			if (cue_subject(c, k, lo, 0.8f, 3, r)) {
				/* "Dridi said the government had announced plans, and it ran at "a
				 * fraction"": a subject that names nobody known, its verb in
				 * another clause than the quotation, may stand inside what an
				 * earlier speaker in the sentence said ("Lloyd said a manager had
				 * told him it was "too alarming"" stays the manager's) */
				if (have_weak && r->ent < 0 && !r->pending)
					*r = weak;
				if (r->ent >= 0 || r->pending || have_weak || !clause_joined(c, k, q))
					return true;
				weak = *r;
				have_weak = true;
				continue;
			}
			if (unnamed == SIZE_MAX)
				unnamed = k;
		}
	}
	if (have_weak) {
		*r = weak;
		return true;
	}
	/* "according to X" after the quotation in the same sentence */
	for (k = q + 1; k < n && k < q + 20; k++) {
		if (v[k].type == T_END || v[k].type == T_QUOTE)
			break;
		if (attr_according(c, k, n, r))
			return true;
	}
	if (unnamed == SIZE_MAX && prevq != SIZE_MAX && sentence_shares(c, lo, prevq, q, r))
		return true;
	if (unnamed != SIZE_MAX) {
		/* reported speech whose speaker cannot be named */
		r->ent = -1;
		r->cue = unnamed;
		r->conf = 0.4f;
		r->method = 3;
		return true;
	}
	return false;
}

/* ---------------------------------------------------------------- Japanese */

/* Japanese has no spaces, so the tokeniser sees a whole clause as one word; these rules
 * read bytes instead: 田中外相は「…」と述べた。 and 「…」と、佐伯町長は…語った。 The
 * speaker is a run of kanji or katakana before the topic or subject particle は / が, with
 * an honorific, role or organisation noun at its end telling what it is. */

#define JA_TO "\xe3\x81\xa8"        /* と */
#define JA_HA "\xe3\x81\xaf"        /* は */
#define JA_GA "\xe3\x81\x8c"        /* が */
#define JA_NO "\xe3\x81\xae"        /* の */
#define JA_COMMA "\xe3\x80\x81"     /* 、 */
#define JA_STOP "\xe3\x80\x82"      /* 。 */
/* The farthest, in bytes, a verb may follow its speaker, and the longest name run. */
#define JA_VERB_REACH 120
#define JA_NAME_MAX 48

static bool
ja_at(const char *s, size_t len, size_t p, const char *lit)
{
	return p + 3 <= len && memcmp(s + p, lit, 3) == 0;
}

/* Kanji (with 々) and katakana (with ー and ・): the letters of names and titles. */
static bool
ja_name_cp(long cp)
{
	return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || cp == 0x3005 ||
	    (cp >= 0x30a1 && cp <= 0x30fc);
}

/* A name run ends at byte e (exclusive) after at most an honorific written in hiragana;
 * its start, not before lo, or e when there is none. All these code points are 3 bytes. */
static size_t
ja_run_back(const char *s, size_t lo, size_t e)
{
	size_t b = e;

	while (b >= lo + 3 && e - b < JA_NAME_MAX) {
		size_t q = b - 3;
		long cp;

		if (((unsigned char)s[q] & 0xf0) != 0xe0)
			break;
		cp = text_decode(s, b, &q);
		if (!ja_name_cp(cp))
			break;
		b -= 3;
	}
	return b;
}

static size_t
ja_run_fwd(const char *s, size_t hi, size_t a)
{
	size_t e = a;

	while (e + 3 <= hi && e - a < JA_NAME_MAX && ((unsigned char)s[e] & 0xf0) == 0xe0) {
		size_t q = e;

		if (!ja_name_cp(text_decode(s, hi, &q)))
			break;
		e += 3;
	}
	return e;
}

/* Is a name whose run [a, e) is followed by hiragana honorific bytes up to h credible as a
 * speaker? On success the name, role and kind are set. strict asks for evidence beyond the
 * run's length: an honorific, a role or organisation ending, or an entity already known. */
static bool
ja_speaker(struct ctx *c, size_t a, size_t e, size_t h, bool strict, bool topic,
    struct attr *r)
{
	enum quote_ja_kind k = QJA_NONE;
	size_t sl, ne = e, i;
	bool evidence = h > e;
	int ent = -1, is_org = 0;

	if (e <= a)
		return false;
	if (h == e) {
		/* an honorific in kanji ("氏", "様") is inside the run */
		sl = quote_cue_ja_suffix(c->s + a, e - a, &k);
		if (k == QJA_HONOR) {
			ne = e - sl;
			evidence = true;
			k = QJA_NONE;
		}
	}
	sl = quote_cue_ja_suffix(c->s + a, ne - a, &k);
	if (k == QJA_ORG) {
		is_org = 1;
		evidence = true;
	} else if (k == QJA_ROLE) {
		evidence = true;
		if (ne - sl == a) {
			/* a role alone ("町長は"): the person the article gave that role */
			uint32_t hh = quote_hash(c->s + a, sl);

			for (i = c->nents; i-- > 0 && c->nents - i <= 256;)
				if (!c->ents[i].is_org && c->ents[i].nrolew == 1 && c->ents[i].rolew[0] == hh)
					break;
			if (i == SIZE_MAX || c->nents - i > 256)
				return false;
			ent = (int)i;
		} else {
			ne -= sl;
		}
	}
	if (ent < 0) {
		size_t n = ne - a;

		/* a later short form ("大島さん") is the person first named in full ("大島健一") */
		for (i = c->nents; i-- > 0 && c->nents - i <= 256;) {
			const struct ent *en = &c->ents[i];

			if (en->is_org == is_org && en->name.len >= n && memcmp(c->s + en->name.off, c->s + a, n) == 0) {
				ent = (int)i;
				evidence = true;
				break;
			}
		}
		if (!evidence && (strict || !topic || n < 9 || n > 15))
			return false;
		if (n < 6 && !is_org)
			return false;
		if (ent < 0)
			ent = ent_register_bytes(c, a, n, n, (struct range){ a, n }, 1, is_org, 0);
		if (k == QJA_ROLE)
			ent_set_role_bytes(c, ent, ne, sl);
	}
	/* "実行委員長の大島健一さん": a role run before の */
	if (!is_org && a >= 3 && ja_at(c->s, c->len, a - 3, JA_NO)) {
		size_t rb = ja_run_back(c->s, a >= JA_NAME_MAX ? a - JA_NAME_MAX : 0, a - 3);

		sl = quote_cue_ja_suffix(c->s + rb, a - 3 - rb, &k);
		if (k == QJA_ROLE)
			ent_set_role_bytes(c, ent, rb, a - 3 - rb);
	}
	ring_push(c, ent, a, true);
	r->ent = ent;
	r->moff = a;
	r->mlen = (h > e ? h : e) - a;
	r->conf = 0.9f;
	r->method = 1;
	return true;
}

/* The end of a hiragana honorific written right before byte p, or p when none. */
static size_t
ja_honor_back(const char *s, size_t lo, size_t p)
{
	enum quote_ja_kind k;
	size_t n = p - lo < 9 ? p - lo : 9, sl = quote_cue_ja_suffix(s + p - n, n, &k);

	if (k == QJA_HONOR && sl >= 6)
		return p - sl;
	return p;
}

/* The cue as written: the verb's stem and up to three kana of its ending ("述べた"). */
static void
ja_set_cue(struct ctx *c, size_t p, size_t vl, struct attr *r)
{
	size_t e = p + vl, k;

	for (k = 0; k < 3 && e + 3 <= c->len && (unsigned char)c->s[e] == 0xe3 &&
	    ((unsigned char)c->s[e + 1] == 0x81 || (unsigned char)c->s[e + 1] == 0x82); k++)
		e += 3;
	if (e - p >= sizeof c->cuebuf)
		e = p + vl;
	memcpy(c->cuebuf, c->s + p, e - p);
	c->cuebuf[e - p] = '\0';
	r->cuestr = c->cuebuf;
	r->ja = true;
}

static bool
ja_cue(struct ctx *c, size_t q, struct attr *r)
{
	const struct quote_span *sp = &c->spans[c->tk.v[q].q];
	const char *s = c->s;
	size_t len = c->len, p = sp->mark_off + sp->mark_len, lo = c->cur_para, vl, b, e, h;

	if (!ja_at(s, len, p, JA_TO))
		return false;
	p += 3;
	vl = quote_cue_ja_verb(s + p, len - p);
	if (vl > 0) {
		/* the speaker before: "Xは「…」と述べた", "Xは、「…」" */
		size_t m = sp->mark_off;

		if (m >= lo + 3 && ja_at(s, len, m - 3, JA_COMMA))
			m -= 3;
		if (m >= lo + 3 && (ja_at(s, len, m - 3, JA_HA) || ja_at(s, len, m - 3, JA_GA))) {
			h = m - 3;
			e = ja_honor_back(s, lo, h);
			b = ja_run_back(s, lo, e);
			if (ja_speaker(c, b, e, h, false, ja_at(s, len, m - 3, JA_HA), r))
				goto found;
		}
		/* or the topic further back in the sentence: "Xは記者会見で「…」と述べた" */
		for (m = sp->mark_off; m >= lo + 3 && sp->mark_off - m < JA_VERB_REACH; m--) {
			if (ja_at(s, len, m - 3, JA_STOP))
				break;
			if (ja_at(s, len, m - 3, JA_HA) && m - 3 < sp->mark_off - 3) {
				h = m - 3;
				e = ja_honor_back(s, lo, h);
				b = ja_run_back(s, lo, e);
				if (ja_speaker(c, b, e, h, true, true, r))
					goto found;
				break;
			}
		}
		return false;
	found:
		ja_set_cue(c, p, vl, r);
		return true;
	}
	/* the speaker after: "「…」と、Xは記者会見で語った" */
	if (ja_at(s, len, p, JA_COMMA))
		p += 3;
	e = ja_run_fwd(s, len, p);
	if (e == p)
		return false;
	h = e;
	{
		enum quote_ja_kind k;
		size_t x;

		for (x = e + 3; x <= e + 9 && x <= len; x += 3)
			if (quote_cue_ja_suffix(s + e, x - e, &k) == x - e && k == QJA_HONOR)
				h = x;
	}
	if (!ja_at(s, len, h, JA_HA) && !ja_at(s, len, h, JA_GA))
		return false;
	for (vl = 0, b = h + 3; b < len && b - h < JA_VERB_REACH; b++) {
		if (ja_at(s, len, b, JA_STOP) || s[b] == '\n')
			break;
		if (ja_at(s, len, b, JA_TO))
			break;
		if ((vl = quote_cue_ja_verb(s + b, len - b)) > 0)
			break;
	}
	if (vl == 0 || !ja_speaker(c, p, e, h, false, ja_at(s, len, h, JA_HA), r))
		return false;
	ja_set_cue(c, b, vl, r);
	return true;
}

/* ---------------------------------------------------------------- mentions */

/* Whether the clause that opens at token st is what someone earlier in the sentence said:
 * a verb of speech stands between the sentence's start (no further back than lo and twelve
 * tokens) and st ("Dempsey said his cousin Ray had offered"); one that opens the sentence
 * only when no comma ends its phrase before st. */
static bool
reported_clause(struct ctx *c, size_t st, size_t lo)
{
	const struct tok *v = c->tk.v;
	size_t k;

	bool comma = false;

	for (k = st; k-- > lo && st - k <= 12;) {
		if (v[k].type == T_END || v[k].type == T_SEMI || v[k].type == T_QUOTE ||
		    v[k].type == T_COLON)
			return false;
		comma = comma || v[k].type == T_COMMA;
		/* a participle that opens the sentence reports up to its comma: "Asked whether
		 * Calloway would deal, he said", not "Asked about it, Tolliver smiled" */
		if (tok_cue(c, k, QC_SAY | QC_TELL | QC_SAYING) && (!(v[k].wf & W_SENT) || !comma))
			return true;
	}
	return false;
}

/* Whether the subject at token st opens a clause of time or cause inside a sentence whose
 * own subject is a person named before it ("Sequeira was less happy about a penalty claim
 * that was waved away when Fagbemi-Walsh went down"): the one the sentence is about is
 * the main clause's. Not when the sentence's subject is no person ("The fire started after
 * Mira Cole left a candle burning"), nor after a conjunction of contrast ("Pike praised
 * the plan, while Rusk called it reckless"), nor in a clause that opens the sentence
 * ("When Ada arrived, she ..."). */
static bool
subordinate_clause(struct ctx *c, size_t st, size_t lo)
{
	static const char *const conj[] = { "when", "after", "before", "because", "until",
	    "once", "whenever" };
	const struct tok *v = c->tk.v;
	struct tok *t = &c->tk.v[st - 1];
	size_t ss = st - 1, k, n = ring_count(c);

	if (t->type != T_WORD || (t->wf & (W_CAP | W_SENT)) ||
	    !tok_in(c, t, conj, sizeof conj / sizeof conj[0]))
		return false;
	while (ss > lo && v[ss - 1].type != T_END && v[ss - 1].type != T_SEMI)
		ss--;
	/* the latest mention is this subject's own, pushed before the question is asked */
	for (k = 1; k < n; k++) {
		const struct ment *m = ring_back(c, k);

		if (m->pos < v[ss].off)
			break;
		if (m->subj && m->pos < v[st].off && !m->org)
			return true;
	}
	return false;
}

/* A lowercase word that can be a finite verb after a subject: a cue, an auxiliary, or
 * an -ed / -s form. */
static bool
verb_like(struct ctx *c, struct tok *t)
{
	const char *w = c->s + t->off;
	unsigned f;

	if (t->type != T_WORD || (t->wf & (W_CAP | W_DIGIT)))
		return false;
	f = tok_cf(c, t);
	/* French "a" (has) is an auxiliary of one letter */
	if (f & (QC_SAY | QC_TELL | QC_DESCRIBE | QC_AUX | QC_VERB))
		return true;
	if (t->len < 2)
		return false;
	if (f & (QC_STOP | QC_PARTICLE | QC_DET | QC_ROLE | QC_ORG | QC_PLURAL | QC_PREP))
		return false;
	if (t->len > 3 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd')
		return true;
	return t->len > 3 && w[t->len - 1] == 's' && w[t->len - 2] != 's' && w[t->len - 2] != 'u';
}

/* Is token t the object "him", or "her" as an object rather than a possessive? "her"
 * owns the word after it when that is a content word ("her husband", "her first film");
 * before a function word or punctuation it is an object ("gave her the ring", "told her
 * that"). */
static bool
tok_object_pronoun(struct ctx *c, size_t t, size_t hi)
{
	struct tok *v = c->tk.v;

	if (tok_is(c, &v[t], "him"))
		return true;
	if (!tok_is(c, &v[t], "her"))
		return false;
	return t + 1 >= hi || v[t + 1].type != T_WORD ||
	    (tok_cf(c, &v[t + 1]) & (QC_STOP | QC_DET | QC_PREP | QC_PARTICLE)) != 0;
}

/* A past participle opening its sentence ("Asked", "Questioned", "Pressed"): capitalised
 * there, ending in "ed", and listed as nothing else. */
static bool
opening_participle(struct ctx *c, struct tok *t)
{
	const char *w = c->s + t->off;

	return t->type == T_WORD && (t->wf & W_SENT) && (t->wf & W_CAP) && !(t->wf & W_ALLCAP) &&
	    t->len >= 5 && w[t->len - 2] == 'e' && w[t->len - 1] == 'd' &&
	    !(tok_cf(c, t) & (QC_ROLE | QC_ORG | QC_GIVEN));
}

/* The body already named exactly as tokens [a, b) are, -1 for none. */
static int
org_named(struct ctx *c, size_t a, size_t b)
{
	const struct tok *v = c->tk.v;
	const struct range r = { v[a].off, v[b - 1].off + v[b - 1].len - v[a].off };
	uint32_t h = quote_hash(c->s + r.off, r.len);
	size_t k;

	for (k = c->nents; k-- > 0 && c->nents - k <= 256;)
		if (c->ents[k].is_org && c->ents[k].nameh == h && range_ieq(c, c->ents[k].name, r))
			return (int)k;
	return -1;
}

/* The person already named whose family name is token t, a possessive, of the sex an
 * honorific h gives (h == t for none); -1 when nobody is. Of two so named, the one a
 * surname alone means (ent_register_bytes): named more often, or first. */
static int
owner_person(struct ctx *c, const struct tok *t, const struct tok *h)
{
	const struct range w = family_word(c, (struct range){ t->off, t->len });
	uint32_t lh = quote_hash(c->s + w.off, w.len);
	unsigned hf = h != t ? tok_table_flags(c, h) : 0;
	int gender = (hf & QC_MALE) ? 1 : (hf & QC_FEMALE) ? 2 : 0, found = -1;
	size_t k;

	for (k = c->nents; k-- > 0 && c->nents - k <= 256;) {
		const struct ent *e = &c->ents[k];

		if (!e->is_org && e->lasth == lh && range_ieq(c, e->last, w) &&
		    (gender == 0 || e->gender == 0 || e->gender == gender) &&
		    (found < 0 || ent_named_more(e, &c->ents[found])))
			found = (int)k;
	}
	return found;
}

/* Whether the words from k on are what an owner has and the verb they do: "bus finally
 * pulled up" in "Ms. Whitlock's bus finally pulled up", not "chief executive, attended". */
static bool
owner_subject(struct ctx *c, size_t k, size_t hi)
{
	struct tok *v = c->tk.v;
	size_t a = k, n = 0;

	while (k < hi && k - a < 2 && v[k].type == T_WORD && !(v[k].wf & (W_CAP | W_DIGIT)) &&
	    !verb_like(c, &v[k]) && !(tok_cf(c, &v[k]) & (QC_STOP | QC_PREP)))
		k++;
	if (k == a)
		return false;
	while (k < hi && n < 2 && tok_adverb(c, k)) {
		k++;
		n++;
	}
	return k < hi && verb_like(c, &v[k]);
}

/* The owner mention at token i (see scan_mentions): pushes it and returns the token after
 * the owner, or returns i when there is none. Out of line: few words are possessives. */
static __attribute__((noinline)) size_t
owner_mention(struct ctx *c, size_t i, size_t lo_tok, size_t hi_tok)
{
	struct tok *v = c->tk.v;
	size_t o = (v[i].wf & W_POSS) ? i : i + 1;
	int pe;

	if (o < hi_tok && v[o].type == T_WORD && (v[o].wf & W_POSS) &&
	    (v[o].wf & W_CAP) && !(v[o].wf & W_ALLCAP) &&
	    (o == i || (tok_cf(c, &v[i]) & QC_HONOR)) &&
	    (i == lo_tok || v[i - 1].type == T_END || v[i - 1].type == T_COMMA ||
	    (v[i].wf & W_SENT)) && owner_subject(c, o + 1, hi_tok) &&
	    (pe = owner_person(c, &v[o], &v[i])) >= 0) {
		ring_push(c, pe, v[i].off, true);
		return o + 1;
	}
	return i;
}

/* A street's last word, possessive or not: "Broad Street", "Linden Avenue", "State Route". */
static bool
street_head(struct ctx *c, const struct tok *t)
{
	static const char *const heads[] = { "street", "road", "avenue", "lane", "boulevard",
	    "highway", "square", "route", "drive", "parkway" };

	return t->len >= 4 && (t->wf & W_CAP) && tok_in(c, t, heads, sizeof heads / sizeof heads[0]);
}

/* A street's last word: "Broad Street", "Linden Avenue" are places, whoever "she" means
 * (scan_mentions asks only of a name no role, given name or earlier mention makes a person's:
 * "Diane Lane" is one). */
static bool
place_street(struct ctx *c, const struct tok *t)
{
	return !(t->wf & W_POSS) && street_head(c, t);
}

/* Whether token k, right after a role set off after a name, ends the role phrase there:
 * the sentence's end, or a relative pronoun or preposition that goes on to describe the
 * person ("a cardiologist who ...", "a nurse at the clinic"). */
static bool
appos_tail(struct ctx *c, size_t k, size_t hi)
{
	static const char *const words[] = { "who", "whose", "at", "with", "in", "from", "since",
	    "for", "on" };

	return k < hi && (c->tk.v[k].type == T_END || tok_in(c, &c->tk.v[k], words,
	    sizeof words / sizeof words[0]));
}

/* Whether the sentence from token k to its end holds no verb: a role set off after a name
 * that runs to the full stop describes the name ("according to Qassem al-Zubaidi, a
 * spokesman for the Interior Ministry."), though the name is an object; not "Asked about
 * Joe Hart, a spokesman for the club said", where the role opens the clause. */
static bool
verbless_to_end(struct ctx *c, size_t st, size_t lo, size_t k, size_t hi)
{
	size_t n;

	/* "Asked about Joe Hart, a spokesman for the club hung up": after a participle
	 * that opens the sentence, the role opens its main clause */
	st = sent_start(c, st);
	if (opening_participle(c, &c->tk.v[st < lo ? lo : st]))
		return false;
	for (n = 0; k < hi && c->tk.v[k].type != T_END; k++, n++)
		if (n >= 24 || c->tk.v[k].type == T_QUOTE || verb_like(c, &c->tk.v[k]))
			return false;
	return true;
}

/* Roles whose "of" or "for" names the person served, not a portfolio: "the lawyer for the
 * family", "the coach of the champion". */
static const char *const role_for_person[] = { "lawyer", "lawyers", "attorney", "counsel",
    "solicitor", "barrister", "agent", "teacher", "doctor", "coach", "carer", "guardian",
    "mother", "father", "wife", "husband", "son", "daughter", "friend", "neighbour",
    "neighbor", "manager", "representative", "mentor", "tutor", "nurse" };

/* Whether the phrase [a, e) is set against a slash with no space between, as a photo credit
 * sets a photographer's name against the agency's ("Jon Reyes/AP", "Reuters/Ann Berg"). */
static bool
credit_slash(const struct ctx *c, size_t a, size_t e, size_t hi)
{
	const struct tok *v = c->tk.v;

	if (e < hi && v[e].type == T_OTHER && v[e].len == 1 && c->s[v[e].off] == '/' &&
	    v[e].off == v[e - 1].off + v[e - 1].len)
		return true;
	return a > 0 && v[a - 1].type == T_OTHER && v[a - 1].len == 1 && c->s[v[a - 1].off] == '/' &&
	    v[a].off == v[a - 1].off + 1;
}

/* Whether the copula at token k, in a sentence from lo, specifies its subject by the name
 * after it ("Among them was Umm Khaled, a widow"): not when the words before it tell of
 * someone else ("her", "his", "him", "their", "its", "Raducanu's next opponent is",
 * "Among those who met him was"). */
static bool
copula_names_subject(struct ctx *c, size_t k, size_t lo)
{
	const struct tok *v = c->tk.v;

	while (k > lo && v[k - 1].type != T_END && v[k - 1].type != T_QUOTE) {
		const struct tok *t = &v[--k];

		if ((t->wf & W_POSS) || tok_is(c, t, "her") || tok_is(c, t, "his") ||
		    tok_is(c, t, "him") || tok_is(c, t, "their") || tok_is(c, t, "its"))
			return false;
	}
	return true;
}

/* The end of a body's name that owns what follows, from token i: up to four capitalised
 * words, the last a possessive that heads a body ("Nahr Capital’s", "Tarrant Motors’");
 * i when there is none. The words before are no role, honorific or given name, and the
 * head is no role ("Harbour Authority chief’s"), so that the owner is the body itself.
 * Not in a headline, whose capitals are no names ("Belgium Moves to Block Gulf Fund’s
 * Bid"). */
static size_t
owner_body(struct ctx *c, size_t i, size_t hi)
{
	/* heads of a business's name the table leaves out, as in lowercase they are no body
	 * ("the capital", "the properties") */
	static const char *const heads[] = { "capital", "properties", "enterprises", "advisors",
	    "advisers", "equity", "assets", "management" };
	struct tok *v = c->tk.v;
	size_t k, x;
	unsigned f;

	if (c->cur_para == 0)
		return i;
	/* most capitals own nothing: the possessive is looked for before any lookup */
	for (k = i; k < hi && k - i <= 4 && v[k].type == T_WORD && (v[k].wf & W_CAP) &&
	    !(v[k].wf & W_POSS); k++)
		;
	if (k == i || k >= hi || k - i > 4 || (v[k].wf & (W_CAP | W_POSS | W_ALLCAP)) != (W_CAP | W_POSS))
		return i;
	f = tok_cf(c, &v[k]);
	if ((f & (QC_ORG | QC_ROLE)) != QC_ORG &&
	    (f != 0 || !tok_in(c, &v[k], heads, sizeof heads / sizeof heads[0])))
		return i;
	for (x = i; x < k; x++)
		if ((v[x].wf & W_ALLCAP) ||
		    (tok_cf(c, &v[x]) & (QC_ROLE | QC_ROLEMOD | QC_HONOR | QC_GIVEN | QC_STOP)))
			return i;
	return k + 1;
}

/* Whether token k is the particle of a phrasal verb before its object: "singled out X",
 * "picked up X", "called off", "handed over": a verb ending in "-ed" right before it. */
static bool
verb_particle(struct ctx *c, size_t k, size_t lo)
{
	static const char *const parts[] = { "out", "up", "off", "down", "over", "aside" };
	struct tok *v = c->tk.v;
	const struct tok *p;

	/* the verb's ending first: it sends most words away before the list is read */
	if (k <= lo || v[k].len > 5)
		return false;
	p = &v[k - 1];
	return p->type == T_WORD && !(p->wf & (W_CAP | W_DIGIT)) && p->len > 4 &&
	    c->s[p->off + p->len - 2] == 'e' && c->s[p->off + p->len - 1] == 'd' &&
	    tok_in(c, &v[k], parts, sizeof parts / sizeof parts[0]) &&
	    !(tok_cf(c, (struct tok *)p) & (QC_SAY | QC_PREP | QC_STOP));
}

/* Whether the words running back from token h (up to twelve, within the clause) reach a
 * preposition before any verb: the phrase at h is inside the preposition's object ("to
 * Health Minister Avi Dahan and the ministry's director general"). */
static bool
prep_phrase_before(struct ctx *c, size_t h, size_t lo)
{
	struct tok *v = c->tk.v;
	size_t j;

	for (j = h; j > lo && h - j < 12 && v[j - 1].type == T_WORD; j--) {
		if (v[j - 1].wf & W_CAP)
			continue;
		if (tok_cf(c, &v[j - 1]) & QC_PREP)
			return true;
		if (verb_like(c, &v[j - 1]))
			return false;
	}
	return false;
}

/* Whether token k is a quantity or a determiner ("few", "many", "the", "its") after which,
 * past up to two more, a preposition stands: "one of the few Harbour City players", "among
 * many Rovers fans", whose name is no subject. */
static bool
prep_over_quantity(struct ctx *c, size_t k, size_t lo)
{
	static const char *const qty[] = { "few", "many", "several", "other", "both", "all",
	    "some", "most" };
	struct tok *v = c->tk.v;
	size_t j = k;

	while (j > lo && k - j < 3 && v[j].type == T_WORD && !(v[j].wf & W_CAP) &&
	    ((tok_cf(c, &v[j]) & QC_DET) || tok_in(c, &v[j], qty, sizeof qty / sizeof qty[0])))
		j--;
	return j < k && v[j].type == T_WORD && !(v[j].wf & W_CAP) && (tok_cf(c, &v[j]) & QC_PREP);
}

/* Whether token k, a lowercase word the table does not list, is a verb in its plain form
 * after a modal or "to": "The club will assess the defender", "went to see the minister",
 * whose object is no subject. The caller asks it of an object that opens on a determiner:
 * a name there ("The club will sign striker Tobi Okafor") is as often whom the next
 * sentence is about. */
static bool
modal_verb_before(struct ctx *c, size_t k, size_t lo)
{
	static const char *const modals[] = { "will", "would", "can", "could", "should", "must",
	    "might", "shall", "may", "to", "did", "does", "do" };
	struct tok *v = c->tk.v;

	return k > lo && v[k].type == T_WORD && !(v[k].wf & (W_CAP | W_DIGIT | W_POSS)) &&
	    tok_cf(c, &v[k]) == 0 && v[k - 1].type == T_WORD && !(v[k - 1].wf & W_CAP) &&
	    tok_in(c, &v[k - 1], modals, sizeof modals / sizeof modals[0]);
}

/* Whether t is a verb in the plural of the present or the past: "are", "were", "have", or
 * a verb of speech in its plain form ("insist", "say", "claim"). */
static bool
plural_verb(struct ctx *c, const struct tok *t)
{
	static const char *const be[] = { "are", "were", "have" };
	const char *w = c->s + t->off;

	if (t->type != T_WORD || (t->wf & (W_CAP | W_DIGIT | W_POSS)))
		return false;
	if (tok_in(c, t, be, 3))
		return true;
	return t->len >= 3 && (tok_cf(c, (struct tok *)t) & QC_SAY) && w[t->len - 1] != 's' &&
	    !(w[t->len - 2] == 'e' && w[t->len - 1] == 'd') && !tok_is(c, t, "said") &&
	    !tok_is(c, t, "told") && !tok_is(c, t, "wrote") && !tok_is(c, t, "spoke");
}

/* Whether the relative clause that opens at token k ends in a comma and a verb of speech,
 * the verb of the name it hangs on: "Steppe Capital, which has interests in grain
 * trading, cement and port logistics, said". */
static bool
which_says(struct ctx *c, size_t k, size_t hi)
{
	struct tok *v = c->tk.v;
	size_t x;

	for (x = k; x + 1 < hi && x - k < 24 && (v[x].type == T_WORD || v[x].type == T_COMMA); x++)
		if (v[x].type == T_COMMA && tok_cue(c, x + 1, QC_SAY | QC_TELL) &&
		    !(tok_cf(c, &v[x + 1]) & QC_SAYING))
			return true;
	return false;
}

/* The document a clause names as the channel of its subject's words, the subject's phrase
 * running from st to the verb at k: "In a (written) statement (to NPR), X said", "X said
 * in a statement" or "X issued a statement"; SIZE_MAX when none. The document is a
 * lowercase word after "in" and an article, or after an article or "its own" following a
 * verb of issuing, at most four words on. */
static size_t
doc_channel(struct ctx *c, size_t st, size_t k, size_t lo, size_t hi)
{
	static const char *const issued[] = { "issued", "released", "published", "posted",
	    "sent", "responded", "replied", "put" };
	struct tok *v = c->tk.v;
	size_t j, x;

	if (st >= lo + 2 && v[st - 1].type == T_COMMA) {
		for (j = st - 1; j > lo && st - j <= 8 && v[j - 1].type == T_WORD; j--)
			;
		if ((j == lo || v[j - 1].type != T_WORD) && j + 2 < st && tok_is(c, &v[j], "in") &&
		    (tok_cf(c, &v[j + 1]) & QC_DET))
			for (x = j + 2; x < st - 1 && x <= j + 4; x++)
				if (lower_doc(c, &v[x]))
					return x;
	}
	if (k + 3 < hi && tok_cue(c, k, QC_SAY) && tok_is(c, &v[k + 1], "in") &&
	    (tok_cf(c, &v[k + 2]) & QC_DET))
		for (x = k + 3; x < hi && x <= k + 5 && v[x].type == T_WORD; x++)
			if (lower_doc(c, &v[x]))
				return x;
	/* "X released its own statement", "X responded with a statement of its own": a
	 * later issuer of a document of that word */
	if (k + 2 < hi && tok_in(c, &v[k], issued, sizeof issued / sizeof issued[0]))
		for (x = k + 1; x < hi && x <= k + 5 && v[x].type == T_WORD; x++)
			if (lower_doc(c, &v[x]) && ((tok_cf(c, &v[x - 1]) & QC_DET) ||
			    tok_is(c, &v[x - 1], "own") || tok_is(c, &v[x - 1], "its") ||
			    tok_is(c, &v[x - 1], "their")))
				return x;
	return SIZE_MAX;
}

static bool legal_tail(const struct ctx *c, size_t off, size_t n);

/* The body a role set off after a name is held at, when its name ends in a legal form
 * ("managing director of Meghna Star Knitwear Ltd"): registered as a body the article has
 * named in passing, which a later "Meghna Star Knitwear" or "the company" means. */
static void
role_body_register(struct ctx *c, size_t a, size_t b)
{
	const struct tok *v = c->tk.v;
	size_t k, x;
	int ent;

	for (k = a; k + 2 < b; k++) {
		if (!tok_is(c, &v[k], "of"))
			continue;
		for (x = k + 1; x < b && v[x].type == T_WORD && (v[x].wf & W_CAP) && !(v[x].wf & W_POSS); x++)
			;
		if (x >= k + 3 && legal_tail(c, v[x - 1].off, v[x - 1].len) &&
		    (ent = ent_register(c, k + 1, x, 1, 0)) >= 0) {
			ring_push(c, ent, v[k + 1].off, false);
			c->ring[(c->nring - 1) % QUOTE_RING].weak = true;
		}
		return;
	}
}

/* Whether "he" or "she" stands within three words after the verb at k ("Aroha, a surgical
 * nurse, told us she had"): what a described one-word name is, a person; not a firm
 * ("Lazard, a financial adviser to the board, said the offer was fair"). */
static bool
pronoun_soon(struct ctx *c, size_t k, size_t hi)
{
	size_t x;

	for (x = k + 1; x < hi && x <= k + 3 && c->tk.v[x].type == T_WORD; x++) {
		unsigned f = tok_cf(c, &c->tk.v[x]);

		if ((f & (QC_MALE | QC_FEMALE)) && !(f & QC_PLURAL) && tok_pronoun(c, &c->tk.v[x]))
			return true;
	}
	return false;
}

static size_t past_notes(struct ctx *c, size_t k, bool verb_ends);

/* Whether "according to" stands before token st, past up to two words a phrase left out:
 * "According to streaming analytics firm Reelgauge," names its source, a body the
 * business rule may name, no preposition's object. */
static bool
according_before(struct ctx *c, size_t st, size_t lo)
{
	const struct tok *v = c->tk.v;
	size_t x, w;

	for (x = st, w = 0; x >= lo + 2 && w <= 2; x--, w++) {
		if (tok_is(c, &v[x - 1], "to") && tok_is(c, &v[x - 2], "according"))
			return true;
		if (v[x - 1].type != T_WORD || (v[x - 1].wf & W_CAP))
			return false;
	}
	return false;
}

/* The end of a phrase of a preposition and up to five words that opens at token e, past
 * which, and notes set off by commas, a verb of speech follows: "in the ministry" of "a
 * senior official in the ministry, speaking on condition of anonymity, said"; e when
 * there is none. */
static size_t
indef_pp_speaks(struct ctx *c, size_t e, size_t hi)
{
	const struct tok *v = c->tk.v;
	size_t x, y;

	if (e >= hi || v[e].type != T_WORD || (v[e].wf & W_CAP) || !(tok_cf(c, &c->tk.v[e]) & QC_PREP))
		return e;
	for (x = e + 1; x < hi && x <= e + 5 && v[x].type == T_WORD && !(tok_cf(c, &c->tk.v[x]) &
	    (QC_SAY | QC_TELL | QC_AUX | QC_VERB)); x++)
		;
	if (x == e + 1 || x >= hi)
		return e;
	y = past_notes(c, x, true);
	return y < hi && tok_cue(c, y, QC_SAY | QC_TELL) ? x : e;
}

/* Whether the paragraph tokenised last is a crosshead: four words at most, no full stop. */
static bool
crosshead_para(const struct ctx *c)
{
	size_t k, words = 0;

	for (k = 0; k < c->tk.n; k++) {
		if (c->tk.v[k].type == T_END)
			return false;
		words += c->tk.v[k].type == T_WORD;
	}
	return words <= 4;
}

/* Records the people and organisations a paragraph names (outside its quotations), so that
 * pronouns and role nouns have antecedents. Roles come from "Role Name" and "Name, the role,". */
static void
scan_mentions(struct ctx *c, size_t lo_tok, size_t hi_tok)
{
	struct tok *v = c->tk.v;
	size_t i = lo_tok;

	c->coord_end = SIZE_MAX;
	while (i < hi_tok) {
		size_t e, k, st, ring0 = c->nring, d, wx;
		struct np np;
		int ent = -1;
		bool subject, oblique, agent, copula, for_topic;

		/* most words are lowercase and open no phrase: the filter spares their lookup */
		if (v[i].type != T_WORD || !((v[i].wf & (W_CAP | W_POSS)) ||
		    (quote_cue_maybe_opener(c->s + v[i].off, v[i].len) &&
		    quote_cue_opener(tok_cf(c, &v[i]))))) {
			i++;
			continue;
		}
		/* "Back at the shelter, Ms. Whitlock's bus pulled up. She ...": a person already
		 * named, as the owner at the head of a clause's subject, is what the clause is
		 * about, for a later pronoun */
		if (((v[i].wf & W_POSS) || (i + 1 < hi_tok && (v[i + 1].wf & W_POSS))) &&
		    (k = owner_mention(c, i, lo_tok, hi_tok)) > i) {
			i = k;
			continue;
		}
		/* "Doha-based Nahr Capital’s offer", "Tarrant Motors’ plant": a body named as
		 * an owner is no subject, but a later "it" or its first word alone ("Nahr
		 * said") means it */
		if ((v[i].wf & W_CAP) && (k = owner_body(c, i, hi_tok)) > i) {
			size_t a0 = i;

			while (a0 + 1 < k && place_based(c, &v[a0]))
				a0++;
			ent = ent_register(c, a0, k, 1, 0);
			if (ent >= 0)
				ring_push(c, ent, v[i].off, false);
			i = k;
			continue;
		}
		/* "Ada Brun's bakery": a two-word name as a possessive is a person a later pronoun
		 * may mean, though not a subject; not when the possessive opens a longer name
		 * ("St Ann's Hospital") or is a saint's, a church's or a hospital's ("drove me past
		 * St. Brennan's"; "St John's header" is a person's once Ian St John is named),
		 * names a street ("Alder Street's pupils"; "Nathan Lane's play" is a person's)
		 * or the words are roles, organisations or stop words */
		if (i + 1 < hi_tok && !(v[i].wf & (W_POSS | W_ALLCAP)) && tok_capword(c, &v[i]) &&
		    (v[i + 1].wf & W_POSS) && tok_capword(c, &v[i + 1]) && !(v[i + 1].wf & W_ALLCAP) &&
		    !(street_head(c, &v[i + 1]) && !tok_is(c, &v[i + 1], "lane")) &&
		    !((tok_is(c, &v[i], "st.") || tok_is(c, &v[i], "st") || tok_is(c, &v[i], "saint")) &&
		    owner_person(c, &v[i + 1], &v[i + 1]) < 0) &&
		    !((tok_cf(c, &v[i]) | tok_cf(c, &v[i + 1])) & (QC_ROLE | QC_ROLEMOD | QC_ORG | QC_HONOR |
		    QC_STOP | QC_PLURAL)) && (i == lo_tok || !(v[i - 1].wf & W_CAP) || (v[i].wf & W_SENT)) &&
		    (i + 2 >= hi_tok || !(v[i + 2].wf & W_CAP))) {
			/* "Open Wake's operations director" once Open Wake is known as a body */
			ent = org_named(c, i, i + 2);
			if (ent < 0)
				ent = ent_register(c, i, i + 2, 0, 0);
			if (ent >= 0)
				ring_push(c, ent, v[i].off, false);
			i += 2;
			continue;
		}
		/* "one man, who gave his name only as Tadhg": the unnamed person names
		 * himself, the subject a later pronoun means */
		if ((tok_cf(c, &v[i]) & QC_INDEF) && i + 3 < hi_tok && v[i + 1].type == T_WORD &&
		    !(v[i + 1].wf & W_CAP) && (tok_cf(c, &v[i + 1]) & (QC_PERSON | QC_ROLE)) &&
		    (v[i + 2].type == T_COMMA || tok_is(c, &v[i + 2], "who"))) {
			unsigned pf = tok_cf(c, &v[i + 1]);

			ent = self_named(c, i + 2, (pf & QC_MALE) ? 1 : (pf & QC_FEMALE) ? 2 : 0);
			if (ent >= 0) {
				ring_push(c, ent, v[i].off, true);
				i += 2;
				continue;
			}
		}
		e = np_fwd(c, i, hi_tok);
		if (e == i + 1 && tok_pronoun(c, &v[i])) {
			/* "She said the charity wrote to Halliwell. 'It was short,' she said": a
			 * pronoun as a clause's subject carries its person forward, so that a
			 * later pronoun does not fall to a nearer object */
			unsigned pf = tok_cf(c, &v[i]);
			size_t k2 = e;

			/* an auxiliary is a verb as much as an adverb: "she has been awake" */
			while (k2 < hi_tok && k2 - e < 2 && !verb_like(c, &v[k2]) && tok_adverb(c, k2))
				k2++;
			if ((pf & (QC_MALE | QC_FEMALE)) && !(pf & QC_PLURAL) && k2 < hi_tok &&
			    verb_like(c, &v[k2])) {
				int pe = resolve_pronoun(c, v[i].off, (pf & QC_MALE) ? 1 : 2);

				if (pe >= 0) {
					ring_push(c, pe, v[i].off, true);
					if (c->ents[pe].gender == 0)
						c->ring[(c->nring - 1) % QUOTE_RING].pron = (pf & QC_MALE) ? 1 : 2;
					c->last_subject = pe;
				}
			}
			i++;
			continue;
		}
		if (e == i) {
			/* "Ravel's first feature, from 2011, was admired": a person already named,
			 * as an owner anywhere, is at hand for a pronoun of a later paragraph
			 * (weak), though no subject; not after another person in the paragraph
			 * ("Benali was pulled from the water by Ravel's crew") */
			if ((v[i].wf & (W_POSS | W_CAP | W_ALLCAP)) == (W_POSS | W_CAP) &&
			    (ent = owner_person(c, &v[i], &v[i])) >= 0 && !person_here(c, v[i].off, 0)) {
				ring_push(c, ent, v[i].off, false);
				c->ring[(c->nring - 1) % QUOTE_RING].weak = true;
			}
			i++;
			continue;
		}
		st = i;
		{
			/* "as mayor Egle Stankeviciute": lowercase roles before the name */
			size_t b0 = np_back(c, e - 1, i >= 6 ? i - 6 : lo_tok);

			if (b0 != SIZE_MAX && b0 < i && b0 >= lo_tok) {
				np_analyse(c, b0, e, &np);
				st = b0;
			} else {
				np_analyse(c, i, e, &np);
			}
			/* the object of a preposition or of a verb ("against X", "told X", "beat X")
			 * is no subject; a later pronoun rather means the clause's subject */
			oblique = false;
			copula = false;
			if (st > lo_tok && v[st - 1].type == T_WORD && !(v[st - 1].wf & W_CAP)) {
				unsigned pf = tok_cf(c, &v[st - 1]);

				/* an owner's or a backer's compound is an adjective ("the
				 * state-owned X said", "the Kremlin-backed X"; not "re-signed X") */
				oblique = (pf & (QC_PREP | QC_TELL | QC_VERB)) ||
				    (!(pf & QC_SAY) && verb_like(c, &v[st - 1]) &&
				    !place_based(c, &v[st - 1])) || verb_particle(c, st - 1, lo_tok) ||
				    ((tok_cf(c, &v[st]) & QC_DET) && modal_verb_before(c, st - 1, lo_tok)) ||
				    prep_over_quantity(c, st - 1, lo_tok);
				/* "the one who made it work is Lee Ji-hoon, 66, ...": the name a
				 * copula specifies is whom the sentence is about; not one said of
				 * someone else ("Her predecessor was Jane Hart", "Among those who met
				 * him was Tom Hart") */
				copula = (tok_is(c, &v[st - 1], "is") || tok_is(c, &v[st - 1], "was")) &&
				    copula_names_subject(c, st - 1, lo_tok);
				if (copula)
					oblique = false;
			}
			/* "Asked by Mr X why he ..., he replied": the agent of a participle that opens
			 * the sentence is the one person its pronouns do not mean */
			agent = st >= lo_tok + 2 && tok_is(c, &v[st - 1], "by") && opening_participle(c, &v[st - 2]);
			/* "For Tokomaru Bay kaumātua Rāwiri Kōhere, it is a familiar story.": a
			 * person set after a sentence's opening "For" and before its comma is
			 * whom the sentence is about, as a subject is */
			for_topic = false;
			if (e < hi_tok && v[e].type == T_COMMA && st > lo_tok) {
				size_t f = st - 1;

				/* words of a place or a role before the name ("Tokomaru Bay
				 * kaumātua") */
				while (f > lo_tok && st - f < 5 && v[f].type == T_WORD &&
				    !tok_is(c, &v[f], "for"))
					f--;
				for_topic = (v[f].wf & W_CAP) && tok_is(c, &v[f], "for") &&
				    (f == lo_tok || v[f - 1].type == T_END);
			}
			if (for_topic)
				oblique = false;
		}
		k = e;
		/* "K. Lakshmi Priya (24), a nursing graduate, said": an age or a note in brackets */
		k = paren_fwd(c, k, hi_tok);
		/* "Jonas Rask, 49, had told", "X, who took over in May, said" */
		if (k < hi_tok && v[k].type == T_COMMA) {
			size_t x = k + 1;

			while (x < hi_tok && x - k < 40 && (v[x].type == T_WORD || v[x].type == T_PAREN))
				x++;
			if (x < hi_tok && x > k + 1 && v[x].type == T_COMMA)
				k = x + 1;
		}
		/* "X has spent", "X also won": an auxiliary right after the name marks a subject */
		subject = k < hi_tok && verb_like(c, &v[k]);
		while (k < hi_tok && k - e < 3 && tok_adverb(c, k))
			k++;
		subject = (subject || copula || for_topic || (k < hi_tok && verb_like(c, &v[k]))) && !oblique;
		/* "X and Y share the lead": the second of two coordinated names before a verb */
		if (!subject && i >= 2 && tok_is(c, &v[i - 1], "and") && c->coord_end == i - 1 &&
		    k < hi_tok && v[k].type == T_WORD && !(v[k].wf & (W_CAP | W_DIGIT)) &&
		    !(tok_cf(c, &v[k]) & (QC_STOP | QC_DET | QC_PARTICLE)))
			subject = true;
		if (!subject && !oblique && k < hi_tok && k > e && tok_cue(c, k, QC_SAY | QC_TELL))
			subject = true;
		/* "'...,' says Ingibjörg Þórsdóttir, a neuroscientist who ... She cautions": the
		 * name after a speech verb inverted after a quotation is the verb's subject, whom
		 * a pronoun after means before anyone of an earlier paragraph */
		if (!subject && st >= lo_tok + 2 && say_only(c, st - 1) &&
		    (v[st - 2].type == T_QUOTE || (v[st - 2].type == T_COMMA && st >= lo_tok + 3 &&
		    v[st - 3].type == T_QUOTE)))
			subject = true;
		/* "Rafael Cruz, the uncle of Maria Lopez, drove": she is named in passing */
		if (np.kind == NP_NAME && np.kin_of) {
			ent = ent_register_titled(c, &np);
			if (ent >= 0)
				ring_push(c, ent, v[np.na].off, false);
			goto next;
		}
		/* "[Yasmin Darwish/Al Jazeera]", "AP Photo/Jon Reyes": a photo credit names
		 * the photographer, no one the story is about (not "writer/director Greta
		 * Gerwig", a name with its role) */
		if (np.kind == NP_NAME && np.rb == np.ra && credit_slash(c, st, e, hi_tok))
			goto next;
		if (np.kind == NP_NAME) {
			bool has_role = np.rb > np.ra;
			bool known = false;
			size_t x, nw = np.nb - np.na;

			/* "The battery maker Voltavia said", "the ferry operator Nordkyst, ...": a
			 * business's head in lowercase before a name that opens with no given name,
			 * which speaks or is set off, names the business, which "the company" finds
			 * later; not "into the startup Chidi Okafor founded", nor a body's head ("the
			 * regulator Ofgem and the lender ...", which "the group" would find) */
			if (has_role && nw <= 3 && !(v[np.rb - 1].wf & W_CAP) &&
			    !(tok_cf(c, &v[np.rb - 1]) & QC_ROLE) && orgref_business(c, &v[np.rb - 1]) &&
			    !(tok_cf(c, &v[np.na]) & QC_GIVEN) && e < hi_tok &&
			    (v[e].type == T_COMMA || tok_cue(c, e, QC_SAY)) &&
			    (!oblique || according_before(c, st, lo_tok))) {
				ent = ent_register(c, np.na, np.nb, 1, 0);
				if (ent >= 0)
					ring_push(c, ent, v[i].off, true);
				goto next;
			}
			/* "near State Route 9", "SECURITY CONCERNS": one word after a modifier that
			 * is no role by itself names nobody */
			if (has_role && nw == 1 && !(tok_cf(c, &v[np.rb - 1]) & QC_ROLE))
				goto next;

			{
				const struct range lw = family_word(c,
				    (struct range){ v[np.nb - 1].off, v[np.nb - 1].len });
				uint32_t lh = quote_hash(c->s + lw.off, lw.len);
				uint32_t fh = quote_hash(c->s + v[np.na].off, v[np.na].len);

				for (x = c->nents; x-- > 0 && c->nents - x <= 256;) {
					const struct ent *en = &c->ents[x];

					if (en->is_org)
						continue;
					/* a role word opening a sentence only as np_analyse took it
					 * for a given name ("Dean remembers") */
					if (en->lasth == lh || (nw == 1 && en->nwords >= 2 && en->firsth == fh &&
					    (!(v[np.na].wf & W_SENT) ||
					    !(tok_cf(c, &v[np.na]) & ~(unsigned)(QC_GIVEN | QC_MALE | QC_FEMALE)) ||
					    (tok_cf(c, &v[np.na]) & QC_ROLE)))) {
						known = true;
						break;
					}
				}
				/* "Echeverría insisted" after "María Begoña Echeverría Solís": the first
				 * of two family names, as ent_register_bytes will take it; not to open
				 * a sentence, where a city of that name stands as often ("Bilbao
				 * voted", "León has lost") */
				if (!known && nw == 1 && c->nlong > 0 && !(v[np.na].wf & W_SENT) &&
				    ent_paternal(c, (struct range){ v[np.na].off, v[np.na].len }, 0) >= 0)
					known = true;
			}
			/* "The regional health director, Astrid Brekke, said": the role before */
			struct np rp;
			bool appos = false;
			struct range body = { 0, 0 };

			/* "The mayor, Pilar Núñez (PSOE), said": a bracketed note between the name
			 * and the comma that closes the apposition */
			size_t ec = paren_fwd(c, e, hi_tok);

			if (ec >= hi_tok || v[ec].type != T_COMMA)
				ec = e;
			memset(&rp, 0, sizeof rp);
			if (i >= 2 && v[i - 1].type == T_COMMA && ec < hi_tok && v[ec].type == T_COMMA) {
				/* "The Executive Director of Community Energy Watch (CEW), Aisha
				 * Ibrahim,": the phrase ends before the body's acronym */
				size_t re0 = i >= 6 && paren_acronym(c, i - 4) ? i - 4 : i - 1;
				size_t rb0 = np_back(c, re0 - 1, re0 - 1 >= 12 ? re0 - 1 - 12 : 0), tp = 0;

				if (rb0 != SIZE_MAX) {
					np_analyse(c, rb0, re0, &rp);
					/* "the Chief Press Secretary to the state governor, X,": the
					 * role after "to" is the one X serves, not X's */
					/* "Another ministry official, Dr. Ruth Mbeki," as "The
					 * ministry official, X," */
					appos = rp.kind == NP_ROLE && (!rp.indef || tok_is(c, &v[rb0], "another")) &&
					    (tp = role_to(c, rb0)) == 0;
				}
				/* "The special envoy of the Council of Riverine States, Selin
				 * Yildirimoglu,": the role before the body it serves */
				/* the same after a role and "to" */
				if (tp != 0)
					rb0 = tp + 1;
				size_t of0 = rb0;

				for (size_t hop = 0; !appos && rb0 != SIZE_MAX && hop < 3 && rb0 >= 3 &&
				    (tok_is(c, &v[rb0 - 1], "of") || (tp != 0 && rb0 == tp + 1)); hop++) {
					size_t rb1 = np_back(c, rb0 - 2, rb0 - 2 >= 12 ? rb0 - 2 - 12 : 0);

					if (rb1 == SIZE_MAX)
						break;
					np_analyse(c, rb1, rb0 - 1, &rp);
					/* the role that heads the phrase, not one inside it ("The
					 * spokeswoman of the president of ...") */
					size_t h0 = rb1 > lo_tok && (tok_cf(c, &v[rb1 - 1]) & QC_DET) ?
					    rb1 - 1 : rb1;

					appos = rp.kind == NP_ROLE && !rp.indef && (h0 == lo_tok ||
					    v[h0 - 1].type != T_WORD);
					rb0 = rb1;
					/* the body the role is held at: "Rural Water Agency" in "The
					 * Managing Director of the Rural Water Agency, Garba Lawal," */
					if (appos && hop == 0 && tp == 0 && of0 < re0) {
						while (of0 + 1 < re0 && (tok_cf(c, &v[of0]) & QC_DET))
							of0++;
						body = (struct range){ v[of0].off,
						    v[re0 - 1].off + v[re0 - 1].len - v[of0].off };
					}
				}
				/* "The minister of solid minerals development, Adébáyọ̀ Ọlásùpọ̀,", "The
				 * Minister of Health, X,": a portfolio of up to five words that np_back
				 * reads as no phrase, after the role that opens the clause */
				size_t pf = re0 - 1;

				while (!appos && pf > lo_tok + 1 && re0 - 1 - pf < 5 && v[pf].type == T_WORD &&
				    !tok_is(c, &v[pf], "of") && !tok_is(c, &v[pf], "for") &&
				    !(v[pf].wf & W_POSS) && !(tok_cf(c, &v[pf]) & (QC_SAY | QC_TELL |
				    QC_DESCRIBE | QC_AUX | QC_VERB | QC_PERSON)))
					pf--;
				/* not a role held for a person ("The lawyer for the boy, Ayaan Khan,",
				 * "The agent of the teenager, X,"): the name is the boy's */
				if (!appos && pf > lo_tok && pf < re0 - 1 && (tok_is(c, &v[pf], "of") ||
				    tok_is(c, &v[pf], "for")) && v[pf + 1].type == T_WORD &&
				    !(tok_cf(c, &v[pf + 1]) & QC_PERSON) && !(tok_cf(c, &v[re0 - 1]) & QC_PERSON) &&
				    !tok_in(c, &v[pf - 1], role_for_person, sizeof role_for_person /
				    sizeof role_for_person[0])) {
					size_t rb1 = np_back(c, pf - 1, pf - 1 >= lo_tok + 8 ? pf - 1 - 8 : lo_tok);

					if (rb1 != SIZE_MAX && rb1 < pf) {
						size_t h0 = rb1 > lo_tok && (tok_cf(c, &v[rb1 - 1]) & QC_DET) ?
						    rb1 - 1 : rb1;

						np_analyse(c, rb1, pf, &rp);
						appos = rp.kind == NP_ROLE && !rp.indef && rp.rb == pf &&
						    (h0 == lo_tok || v[h0 - 1].type != T_WORD);
						if (appos)
							rp.rb = re0;
					}
				}
				/* "the Executive Director, Community Energy Watch, Dr Aisha Ibrahim,":
				 * the role, then the body it is held at, each set off by commas */
				if (!appos && rb0 != SIZE_MAX && rb0 >= lo_tok + 3 && v[rb0 - 1].type == T_COMMA &&
				    (rp.kind == NP_ORG || rp.kind == NP_NAME) && (v[rp.a].wf & W_CAP) &&
				    !(tok_cf(c, &v[rp.a]) & (QC_GIVEN | QC_HONOR | QC_ROLE))) {
					size_t rb1 = np_back(c, rb0 - 2, rb0 - 2 >= lo_tok + 8 ? rb0 - 2 - 8 : lo_tok);
					struct np bp;

					if (rb1 != SIZE_MAX) {
						size_t h0 = rb1 > lo_tok && (tok_cf(c, &v[rb1 - 1]) & QC_DET) ?
						    rb1 - 1 : rb1;

						np_analyse(c, rb1, rb0 - 1, &bp);
						if (bp.kind == NP_ROLE && !bp.indef && bp.rb == rb0 - 1 &&
						    (h0 == lo_tok || v[h0 - 1].type != T_WORD)) {
							body = (struct range){ v[rb0].off,
							    v[re0 - 1].off + v[re0 - 1].len - v[rb0].off };
							rp = bp;
							appos = true;
						}
					}
				}
			}
			/* "In a letter sent on Sunday to Health Minister Avi Dahan and the ministry's
			 * director general, Moshe Bar-Natan, the doctors wrote": a name set off after
			 * a role inside a preposition's phrase is no subject either */
			if (appos && !subject && !oblique && prep_phrase_before(c, rp.a, lo_tok))
				oblique = true;
			bool commas = i >= 1 && v[i - 1].type == T_COMMA && ec < hi_tok &&
			    (v[ec].type == T_COMMA || v[ec].type == T_END) && np.a == np.na;

			/* "Umm Khaled, a 58-year-old widow from ...": described after a comma as
			 * someone of a sex, an age or a trade, the name is a person's */
			if (!commas && e + 2 < hi_tok && v[e].type == T_COMMA &&
			    (tok_cf(c, &v[e + 1]) & QC_INDEF) && !(v[e + 1].wf & W_CAP)) {
				size_t h = e + 2 < hi_tok && tok_age(c, &v[e + 2]) ? e + 3 : e + 2;

				/* "Aroha, a surgical nurse in her 40s,": a lowercase word before the
				 * noun, which is no noun of a person's itself; two after an age ("a
				 * 27-year-old food delivery rider") */
				for (size_t hm = h, mods = h > e + 2 ? 2 : 1; hm < h + mods; hm++) {
					if (hm + 1 >= hi_tok || v[hm].type != T_WORD || v[hm + 1].type != T_WORD ||
					    (v[hm].wf & (W_CAP | W_POSS | W_DIGIT)) || (v[hm + 1].wf & (W_CAP | W_POSS)) ||
					    (tok_cf(c, &v[hm]) & (QC_PERSON | QC_ROLE | QC_ORG | QC_STOP | QC_PREP | QC_DET)))
						break;
					if (tok_cf(c, &v[hm + 1]) & (QC_PERSON | QC_ROLE)) {
						h = hm + 1;
						break;
					}
				}
				/* the noun ends the phrase: not "Free Gaza, a volunteer group" */
				commas = h < hi_tok && v[h].type == T_WORD && !(v[h].wf & (W_CAP | W_POSS)) &&
				    (tok_cf(c, &v[h]) & (QC_PERSON | QC_ROLE)) && !(tok_cf(c, &v[h]) & QC_ORG) &&
				    (h + 1 >= hi_tok || v[h + 1].type != T_WORD || (v[h + 1].wf & W_CAP) ||
				    (tok_cf(c, &v[h + 1]) & QC_PREP) || tok_is(c, &v[h + 1], "who"));
			}

			/* "Name, the role,": the phrase set off after the name, measured once for
			 * the two uses below (ap_done when ap holds it) */
			size_t ae = SIZE_MAX;
			struct np ap;
			bool ap_done = false;

			/* "Steppe Capital, which has interests in grain trading, said": "which"
			 * hangs on a body, and one of two words or more that speaks is no place
			 * (as "Kazakhstan, which holds a stake, said" is, no company) */
			if (!has_role && !known && !oblique && nw >= 2 && e + 1 < hi_tok &&
			    v[e].type == T_COMMA && tok_is(c, &v[e + 1], "which") &&
			    which_says(c, e + 2, hi_tok) && !(tok_cf(c, &v[np.na]) & QC_GIVEN)) {
				ent = ent_register(c, np.na, np.nb, 1, 0);
				if (ent >= 0)
					ring_push(c, ent, v[i].off, true);
				goto next;
			}
			/* "Kremnor Gas, the state-owned supplier, rejected": a name set off by the
			 * head any business goes by is that business, for "the company" to find */
			if (!has_role && !known && e + 2 < hi_tok && v[e].type == T_COMMA &&
			    tok_is(c, &v[e + 1], "the")) {
				ae = np_fwd(c, e + 1, hi_tok);
				if (ae > e + 1 && ae < hi_tok && v[ae].type == T_COMMA) {
					np_analyse(c, e + 1, ae, &ap);
					ap_done = true;
					if (ae > e + 2 && ap.kind == NP_ORGREF && orgref_generic(c, &v[ae - 1])) {
						ent = ent_register(c, np.na, np.nb, 1, 0);
						ring_push(c, ent, v[i].off, subject || !oblique);
						goto next;
					}
				}
			}
			/* "Open Wake, a small Scandinavian charity that ...": the same with an
			 * indefinite article, the phrase ended by a comma, the sentence or a
			 * relative clause */
			if (!has_role && !known && e + 3 < hi_tok && v[e].type == T_COMMA &&
			    v[e + 1].type == T_WORD && (tok_cf(c, &v[e + 1]) & QC_INDEF)) {
				size_t h = e + 2;

				/* up to four words before the head: "small", "Scandinavian" */
				while (h < hi_tok && h - e < 6 && v[h].type == T_WORD &&
				    !(v[h].wf & (W_POSS | W_DIGIT)) && !orgref_generic(c, &v[h]) &&
				    !(tok_cf(c, &v[h]) & (QC_STOP | QC_PREP | QC_DET | QC_ROLE | QC_ORG)) &&
				    !verb_like(c, &v[h]))
					h++;
				/* "Velmora Chemie, a maker of paint thinners and industrial cleaners
				 * that employs 400": what the business makes, after "of", ends the
				 * phrase (not after a given name: "Ann Roe, a maker of violins") */
				size_t he = h + 1;
				bool gh = h < hi_tok && orgref_generic(c, &v[h]);

				if (he + 1 < hi_tok && tok_is(c, &v[he], "of") && gh &&
				    !(tok_cf(c, &v[np.na]) & QC_GIVEN)) {
					he++;
					while (he < hi_tok && he - h < 9 && v[he].type == T_WORD &&
					    !(v[he].wf & (W_CAP | W_POSS)) && (tok_is(c, &v[he], "and") ||
					    !(tok_cf(c, &v[he]) & (QC_STOP | QC_PREP | QC_DET | QC_SAY | QC_AUX |
					    QC_VERB))) && !tok_is(c, &v[he], "that"))
						he++;
				}
				if (he < hi_tok && v[h].type == T_WORD && !(v[h].wf & W_CAP) && gh &&
				    (v[he].type == T_COMMA ||
				    v[he].type == T_END || tok_is(c, &v[he], "that") ||
				    tok_is(c, &v[he], "which") || tok_is(c, &v[he], "whose"))) {
					ent = ent_register(c, np.na, np.nb, 1, 0);
					ring_push(c, ent, v[i].off, subject || !oblique);
					goto next;
				}
			}
			/* "a subsidiary of the Czech battery maker, Stormvale Batteries.": the same
			 * with the definite head before the name, which ends a clause */
			if (!has_role && !known && i >= lo_tok + 3 && v[i - 1].type == T_COMMA &&
			    !(v[i - 2].wf & W_CAP) && orgref_generic(c, &v[i - 2]) &&
			    (e >= hi_tok || v[e].type == T_COMMA || v[e].type == T_END)) {
				size_t hb = np_back(c, i - 2, i - 2 >= lo_tok + 8 ? i - 2 - 8 : lo_tok);

				/* with a word between "the" and the head: "at the company, Dara
				 * Finch" and "the head of the group, Mila Sorensen," are people */
				if (hb != SIZE_MAX && ((tok_is(c, &v[hb], "the") && i - 2 >= hb + 2) ||
				    (hb > lo_tok && tok_is(c, &v[hb - 1], "the") && i - 2 >= hb + 1))) {
					ent = ent_register(c, np.na, np.nb, 1, 0);
					ring_push(c, ent, v[i].off, false);
					goto next;
				}
			}
			/* "Skyhaul, which operates delivery drones in 14 metro areas, said": one word
			 * opening a sentence, that "which" hangs on, is a body's name, when it speaks
			 * after the clause (not "Kiev, which was shelled overnight, remains calm") */
			if (!has_role && !known && !appos && nw == 1 && (v[np.na].wf & W_SENT) && np.a == np.na &&
			    e + 1 < hi_tok && v[e].type == T_COMMA && tok_is(c, &v[e + 1], "which") &&
			    !(tok_cf(c, &v[np.na]) & (QC_GIVEN | QC_NATION)) && which_then_says(c, e + 2, hi_tok)) {
				ent = ent_register(c, np.na, np.nb, 1, 0);
				if (ent >= 0)
					ring_push(c, ent, v[i].off, true);
				goto next;
			}
			/* "Harbour City insist he is not for sale", "Western Plains are contenders":
			 * a name of two words or more, with no given name, as the subject of a verb
			 * in the plural is a side or a body, which British copy gives plural verbs;
			 * no person, for "he" to mean (not after a name and "and": "Ann Roe and Tom
			 * Hale say") */
			if (!has_role && !appos && nw >= 2 && !oblique && e < hi_tok &&
			    !(tok_cf(c, &v[np.na]) & QC_GIVEN) && plural_verb(c, &v[e]) &&
			    (i < lo_tok + 2 || !(v[i - 2].wf & W_CAP) || !(tok_is(c, &v[i - 1], "and") ||
			    tok_is(c, &v[i - 1], "or") || tok_is(c, &v[i - 1], "&")))) {
				ent = ent_register(c, np.na, np.nb, 1, 0);
				if (ent >= 0)
					ring_push(c, ent, v[i].off, true);
				goto next;
			}
			/* a full name that opens with a known given name is a person wherever it
			 * stands ("against Soren Dahl"), so that a later pronoun can weigh it */
			/* "Rosalía, 52, has picked grapes": one name with an age, the subject of
			 * a verb, is someone who asked that only that name be used */
			bool aged = nw == 1 && subject && e + 2 < hi_tok && v[e].type == T_COMMA &&
			    (v[e + 1].wf & W_DIGIT) && v[e + 1].len <= 3 && v[e + 2].type == T_COMMA;
			/* "Marek, a nurse on a rotating roster, said": the same with the person
			 * described after the name (a participant known by a given name only) */
			bool described = nw == 1 && subject && commas && !(v[np.na].wf & W_ALLCAP) &&
			    e + 1 < hi_tok && v[e].type == T_COMMA && (tok_cf(c, &v[e + 1]) & QC_INDEF) &&
			    ((tok_cf(c, &v[np.na]) & QC_GIVEN) || pronoun_soon(c, k, hi_tok));

			/* "For Chan Wai-ming, 71, who has sold noodles": an age makes a person */
			unsigned age = np.nb == e ? name_age(c, e, hi_tok) : 0;
			/* "Mr Bello greeted them": an honorific makes one word a person's name, as
			 * the subject of a verb (not "playing Mr Darcy", "was Mr Toad") */
			bool hon = nw == 1 && np.na > np.a && (tok_cf(c, &v[np.na - 1]) & QC_HONOR) &&
			    !(v[np.na].wf & W_ALLCAP) && subject && !copula;

			if ((has_role || known || appos || aged || described || hon ||
			    ((subject || commas || (tok_cf(c, &v[np.na]) & QC_GIVEN) ||
			    age > 0 || (nw == 2 && (syllabic_given_name(c, &v[np.na + 1]) ||
			    (tok_pinyin_family(c, &v[np.na]) && tok_pinyin_given(c, &v[np.na + 1]))))) && nw >= 2 &&
			    !(v[np.na].wf & W_ALLCAP))) && (has_role || known || appos ||
			    (tok_cf(c, &v[np.na]) & QC_GIVEN) || !place_street(c, &v[np.nb - 1]))) {
				ent = ent_register_titled(c, &np);
			}
			if (ent >= 0) {
				if (has_role) {
					ent_set_role(c, ent, np.ra, np.rb);
					if (nw >= 2)
						role_learn(c, np.ra, np.rb);
				}
				else if (appos) {
					ent_set_role(c, ent, rp.ra, rp.rb);
					if (body.len > 0 && c->ents[ent].body.len == 0) {
						c->ents[ent].body = body;
						c->role_bodies = true;
					}
				} else if (np.ra == np.rb && i >= lo_tok + 4 && paren_acronym(c, i - 3))
					role_initialled(c, ent, i - 3, lo_tok);
				if (age > 0)
					c->ents[ent].age = (unsigned char)age;
				/* "Sen. Dale Pruitt (R-Ky.)", "Sen. Ann Roe, D-Ore.," */
				if (e + 2 < hi_tok && ((v[e].type == T_PAREN && c->s[v[e].off] == '(' &&
				    v[e + 2].type == T_PAREN) || v[e].type == T_COMMA) &&
				    tok_party(c, &v[e + 1]))
					c->ents[ent].party = c->s[v[e + 1].off];
				if (subject && c->coord_end == i - 1 && c->coord_ring < c->nring &&
				    c->nring - c->coord_ring <= QUOTE_RING)
					c->ring[(c->coord_ring - 1) % QUOTE_RING].subj = true;
				if (!agent) {
					/* "a Grace Kelly film": a name set before a noun is no one
					 * the paragraph's pronouns mean */
					bool before_noun = np.na == np.a + 1 && np.ra == np.rb &&
					    (tok_cf(c, &v[np.a]) & QC_DET);

					ring_push(c, ent, v[i].off, (subject || !oblique) && !before_noun);
					c->ring[(c->nring - 1) % QUOTE_RING].weak = before_noun;
					/* "X, who heads the team, said", "The chairman, Mr X, said" */
					c->ring[(c->nring - 1) % QUOTE_RING].spoke = k < hi_tok &&
					    ((subject && tok_cue(c, k, QC_SAY | QC_TELL)) || (appos &&
					    v[k].type == T_COMMA && k + 1 < hi_tok && tok_cue(c, k + 1, QC_SAY)));
					if (subject && st > lo_tok && (reported_clause(c, st, lo_tok) ||
					    subordinate_clause(c, st, lo_tok)))
						c->ring[(c->nring - 1) % QUOTE_RING].emb = true;
				}
				c->coord_end = e;
				c->coord_ring = c->nring;
				if (subject && st == lo_tok && c->last_subject < 0)
					c->lead_subject = ent;
				if (subject)
					c->last_subject = ent;
			}
			/* "Name, the role,"; and with no role yet, "Name, a cardiologist who has
			 * practised here since 1998", "Name, a nurse at the clinic." */
			if (ent >= 0 && e + 1 < hi_tok && v[e].type == T_COMMA) {
				if (ae == SIZE_MAX)
					ae = np_fwd(c, e + 1, hi_tok);
				/* "Tarek Chowdhury, managing director of Meghna Star Knitwear Ltd":
				 * the company, which the article may call so or by its name alone */
				if (ae > e + 3 && !c->ents[ent].is_org)
					role_body_register(c, e + 1, ae);
				/* "Md Shafiqul Islam, officer-in-charge (OC) of Shonarpur police
				 * station,": the role's initials, which "the OC" means later */
				if (ae > e + 1 && ae + 2 < hi_tok && paren_acronym(c, ae) &&
				    !c->ents[ent].is_org) {
					size_t ra = role_acronym(c, ae, v[ae + 1].off, v[ae + 1].len, e + 1);

					if (ra != SIZE_MAX)
						ent_set_role(c, ent, ra, ae);
				}
				/* not after a preposition: "Asked about Joe Hart, the mayor in
				 * Fenwick said" has the mayor as the subject; unless the role runs
				 * verbless to the full stop ("according to X, a spokesman for Y.") */
				if (ae > e + 1 && ae < hi_tok && (v[ae].type == T_COMMA ||
				    portfolio_comma(c, e + 1, ae, hi_tok) || (appos_tail(c, ae, hi_tok) &&
				    ((!oblique && (st == lo_tok || !(tok_cf(c, &v[st - 1]) & QC_PREP))) ||
				    verbless_to_end(c, st, lo_tok, ae, hi_tok))))) {
					if (!ap_done)
						np_analyse(c, e + 1, ae, &ap);
					if (ap.kind == NP_ROLE)
						ent_set_role(c, ent, ap.ra, ap.rb);
				} else if (e + 2 < hi_tok && v[e + 2].type == T_COMMA &&
				    role_synonym(c->s + v[e + 1].off, v[e + 1].len) != NULL &&
				    !(v[e + 1].wf & W_CAP)) {
					/* "Naomi Verrall KC, prosecuting, said" */
					ent_set_role(c, ent, e + 1, e + 2);
				}
			}
			/* "Ruth Halvorsen has been the mayor of Vesper Falls since 2019": a role
			 * said of a subject without one, so that "Mayor Halvorsen" and "the mayor"
			 * find her rather than a namesake */
			if (ent >= 0 && subject && c->ents[ent].role.len == 0 && e + 2 < hi_tok) {
				size_t cx = SIZE_MAX;

				/* not "was" or "had been": a role held once ("was the mayor until
				 * 2019") is not the one a later "the mayor" means */
				if (tok_is(c, &v[e], "is") || tok_is(c, &v[e], "became") ||
				    tok_is(c, &v[e], "remains"))
					cx = e + 1;
				else if (tok_is(c, &v[e], "has") && tok_is(c, &v[e + 1], "been"))
					cx = e + 2;
				if (cx != SIZE_MAX && cx + 1 < hi_tok && tok_is(c, &v[cx], "now"))
					cx++;
				if (cx != SIZE_MAX && cx + 1 < hi_tok && tok_is(c, &v[cx], "the")) {
					size_t re = np_fwd(c, cx, hi_tok);
					struct np cp;

					if (re > cx + 1) {
						np_analyse(c, cx, re, &cp);
						if (cp.kind == NP_ROLE && !cp.indef && cp.rb > cp.ra)
							ent_set_role(c, ent, cp.ra, cp.rb);
					}
				}
			}
			/* "Name ... his/her": a gender hint from the same sentence */
			if (ent >= 0 && subject && c->ents[ent].gender == 0) {
				size_t t;

				/* from the verb on: a clause set off after the name ("X, who
				 * worked with her, arrives") speaks of someone else */
				for (t = k; t < hi_tok && t < k + 25; t++) {
					unsigned f;

					if (v[t].type == T_END || v[t].type == T_QUOTE)
						break;
					if (v[t].type != T_WORD)
						continue;
					if ((v[t].wf & W_CAP) && t > k)
						break;
					f = tok_cf(c, &v[t]);
					if ((f & QC_STOP) && (f & (QC_MALE | QC_FEMALE)) && !(f & QC_HONOR)) {
						/* an object ("Danny gave her the ring", "told
						 * him") is someone else */
						if (tok_object_pronoun(c, t, hi_tok))
							continue;
						c->ents[ent].gender = (f & QC_MALE) ? 1 : 2;
						break;
					}
				}
			}
		} else if (np.kind == NP_ROLE && !np.indef) {
			/* "the mayor hit back": the role's holder is the latest mention */
			int re = resolve_role(c, &np, v[i].off);
			size_t x;

			if (re >= 0 && !agent) {
				ring_push(c, re, v[i].off, subject || !oblique);
				/* "She says the deputy was treated unfairly. '...,' she adds": right
				 * after the speech verb or its "that" (not "Pike said the plan was
				 * sound, but the mayor was not convinced") */
				if (subject && st > lo_tok + 1 && (tok_cue(c, st - 1, QC_SAY) ||
				    (tok_is(c, &v[st - 1], "that") && tok_cue(c, st - 2, QC_SAY))))
					c->ring[(c->nring - 1) % QUOTE_RING].emb = true;
			}
			/* "Wexmoor Bank's chief executive": the organisation owning the role is named,
			 * for "the bank" to find later */
			for (x = np.ra; x + 1 < np.rb && v[x].type == T_WORD && (v[x].wf & W_CAP); x++)
				if (v[x].wf & W_POSS) {
					if (x > np.ra && !(tok_cf(c, &v[np.ra]) & QC_STOP) &&
					    (tok_cf(c, &v[x]) & QC_ORG) &&
					    (ent = ent_register(c, np.ra, x + 1, 1, 0)) >= 0)
						ring_push(c, ent, v[np.ra].off, false);
					break;
				}
			/* "Chief Executive Officer of Helixa Therapeutics": the organisation is named */
			for (x = np.ra; x + 1 < np.rb; x++)
				if (tok_is(c, &v[x], "of")) {
					size_t oa = x + 1;

					if (tok_cf(c, &v[oa]) & QC_DET)
						oa++;
					if (oa < np.rb && (v[oa].wf & W_CAP) && (v[np.rb - 1].wf & W_CAP) &&
					    (tok_cf(c, &v[np.rb - 1]) & QC_ORG) &&
					    (ent = ent_register(c, oa, np.rb, 1, 0)) >= 0)
						ring_push(c, ent, v[oa].off, false);
					break;
				}
		} else if (np.kind == NP_ROLE && np.indef && (np.rb >= np.ra + 2 || (subject &&
		    np.rb == np.ra + 1 && k < hi_tok && tok_cue(c, k, QC_SAY | QC_TELL) &&
		    tok_in(c, &v[np.ra], nameless, sizeof nameless / sizeof nameless[0]))) &&
		    !tok_spokes(c, &v[np.rb - 1]) && (subject || (!oblique &&
		    (d = indef_pp_speaks(c, e, hi_tok)) > e))) {
			/* "A senior Health Ministry official confirmed the plan": someone unnamed,
			 * whom a later "the official said" means; "a senior official in the
			 * ministry ... said" is known by the whole phrase; "a source told The Sun
			 * the writing had been on the wall" by its one word, when nameless */
			if (!subject && np.rb == e)
				np.rb = np.b = d;
			ent = unnamed_register(c, &np);
			if (ent >= 0 && !agent)
				ring_push(c, ent, v[i].off, true);
		} else if (np.kind == NP_DESC && !np.indef) {
			/* "the 52-year-old said": the person it means is mentioned again here, so
			 * that the next description or pronoun finds them nearby */
			unsigned age = np_age(c, &np);
			int de;

			/* "Paramedics said the woman who died was found in her unit": a clause
			 * right after the description tells who is meant, someone not yet named */
			if (!np.party && age == 0 && e < hi_tok && tok_is(c, &v[e], "who"))
				goto next;
			de = np.party ? resolve_party(c, v[i].off, np.party) :
			    resolve_desc(c, v[i].off, age, np.gender);
			if (de >= 0)
				ring_push(c, de, v[i].off, subject || !oblique);
		} else if (np.kind == NP_ORGREF && subject && !np.indef) {
			/* "The state weather service said ...": the body is named for later */
			bool fresh;

			ent = orgref_entity(c, &np, v[i].off, &fresh);
			if (ent >= 0) {
				ring_push(c, ent, v[i].off, true);
				/* "X wrote to residents stressing that the council would hold a
				 * forum": the subject of a reported clause */
				if (st > lo_tok && reported_clause(c, st, lo_tok))
					c->ring[(c->nring - 1) % QUOTE_RING].emb = true;
			}
		} else if (np.kind == NP_ORG && (!(v[np.na].wf & W_ALLCAP) ||
		    (np.nb == np.na + 1 && subject && ((np.na > st && tok_is(c, &v[np.na - 1], "the") &&
		    !(v[np.na - 1].wf & W_ALLCAP)) || org_called(c, &v[np.na])))) &&
		    ((v[np.nb - 1].wf & W_CAP) || (subject && np.nb - np.na >= 2)) && (subject || !np.place)) {
			/* capitals are a body only as a subject, after "the" ("In a statement,
			 * the DPWH said it") or when the article gave them to one ("The
			 * Department of Public Works and Highways (DPWH) ... DPWH said it"), not
			 * a headline's shouting */
			/* a place by the compass ("in Huddersfield, West Yorkshire") is a body
			 * only as a subject ("Southern Water apologised"): as a place it would take
			 * a later "it" from the body named before */
			/* "A spokesperson for the Army said ...": the body speaks through one, for
			 * a later "the spokesperson told CNN" */
			bool spokes = st >= lo_tok + 2 && tok_is(c, &v[st - 1], "for") &&
			    tok_spokes(c, &v[st - 2]);

			/* "The Police Public Relations Officer, SP Omolola Odutola, ... the PPRO
			 * said": initials of a person's role are the person */
			const bool initials = (v[np.na].wf & W_ALLCAP) && np.nb == np.na + 1;

			if (initials && (ent = person_by_role_initials(c, &v[np.na])) >= 0) {
				ring_push(c, ent, v[i].off, subject || !oblique);
				goto next;
			}
			/* "Company reacts", a crosshead: a business's head alone, capitalised to
			 * open a sentence, names no body called so */
			if (np.nb == np.na + 1 && np.na == i && (v[np.na].wf & (W_SENT | W_ALLCAP)) == W_SENT &&
			    orgref_business(c, &v[np.na]) && crosshead_para(c))
				goto next;
			/* "The Metropolitan Manila Development Authority ... the MMDA said it":
			 * initials of a body named before are that body */
			ent = initials ? org_by_initials(c, &v[np.na]) : -1;
			if (ent < 0)
				ent = ent_register(c, np.na, np.nb, 1, 0);
			ring_push(c, ent, v[i].off, subject || !oblique || spokes);
			if (spokes) {
				c->ents[ent].spokes = true;
				ring_mark_spokes(c, ent, &v[st - 2]);
			}
		}
next:
		/* "In its decision, the tribunal said the assessment ...": a body that speaks in
		 * reported words, whose quotation may follow in a paragraph of its own */
		if (c->nring > ring0 && ring_back(c, 0)->org && ring_back(c, 0)->subj && k < hi_tok &&
		    tok_cue(c, k, QC_SAY))
			c->ring[(c->nring - 1) % QUOTE_RING].spoke = true;
		/* "Khalid Al-Harbi, a fisherman, who is not related to the Rawafid chief
		 * executive. He said": someone a "who" clause says is no relation is named in
		 * passing, whom the paragraph's pronouns do not mean */
		wx = c->nring > ring0 ? who_clause_at(c, i, lo_tok) : 0;
		if (wx != 0 && !ring_back(c, 0)->subj && no_relation_clause(c, wx, i))
			for (d = ring0; d < c->nring && c->nring - d <= QUOTE_RING; d++)
				c->ring[d % QUOTE_RING].weak = true;
		/* and whom a clause of a person's names, no subject of the sentence */
		if (name_who_clause(c, wx, i))
			for (d = ring0; d < c->nring && c->nring - d <= QUOTE_RING; d++) {
				c->ring[d % QUOTE_RING].weak = true;
				c->ring[d % QUOTE_RING].subj = false;
			}
		if (c->nring > ring0 && ring_back(c, 0)->org && in_which_clause(c, i, lo_tok))
			for (d = ring0; d < c->nring && c->nring - d <= QUOTE_RING; d++)
				c->ring[d % QUOTE_RING].rel = true;
		/* "In a statement, the company said": whom a later "the statement said" means */
		if (c->nring > ring0 && ring_back(c, 0)->subj &&
		    (d = doc_channel(c, st, k, lo_tok, hi_tok)) != SIZE_MAX) {
			c->doc_ent = ring_back(c, 0)->ent;
			c->doc_pos = v[i].off;
			c->doc_word = quote_hash(c->s + v[d].off, v[d].len);
		}
		i = e;
	}
}

/* ---------------------------------------------------------------- driver */

/* The token after the notes set off by brackets and commas that follow a name ending
 * before token k: "X (24),", "X, 27,", "X, 38, who lives nearby,". Each group runs from
 * a comma to the next, which may open another (two at most); a comma with none after it
 * closes a note the phrase took in ("X, 27,"). With verb_ends, a verb right after a comma
 * ends the notes ("X, convener of the forum, said the ..."). */
static size_t
past_notes(struct ctx *c, size_t k, bool verb_ends)
{
	struct tok *v = c->tk.v;
	size_t n = c->tk.n, g, x;

	k = paren_fwd(c, k, n);
	for (g = 0; g < 2 && k < n && v[k].type == T_COMMA; g++) {
		for (x = k + 1; x < n && x - k < 20 && (v[x].type == T_WORD || v[x].type == T_PAREN); x++)
			;
		if (x >= n || v[x].type != T_COMMA || x == k + 1)
			break;
		k = x;
		if (verb_ends && k + 1 < n && verb_like(c, &v[k + 1]))
			break;
	}
	return k < n && v[k].type == T_COMMA ? k + 1 : k;
}

/* The nouns for what someone said: "That was the verdict of X" needs no verb of speech
 * after X, as "That is the legacy of X" would; "X made the pledge" points back at words. */
static const char *const said_nouns[] = { "verdict", "words", "message", "view",
    "assessment", "warning", "reaction", "response", "advice", "plea", "conclusion",
    "opinion", "answer", "reply", "comment", "comments", "promise", "vow", "boast",
    "complaint", "argument", "mantra", "motto", "take", "summary", "word", "pledge",
    "remark", "remarks", "appeal", "admission", "apology", "prediction", "threat", "claim" };

/* Whether t is a noun for what someone said or a document ("statement"), in lowercase. */
static bool
said_noun(struct ctx *c, const struct tok *t)
{
	return lower_doc(c, (struct tok *)t) || (t->type == T_WORD && !(t->wf & W_CAP) &&
	    tok_in(c, t, said_nouns, sizeof said_nouns / sizeof said_nouns[0]));
}

/* backref_speaker's "That was Villaraza's warning": the name at tokens [a, p], p its
 * possessive word, speaks when it is a person's. */
static bool
backref_owner(struct ctx *c, size_t a, size_t p, struct attr *r)
{
	struct tok *v = c->tk.v;
	unsigned char wf = v[p].wf;
	struct attr t = *r;
	struct np np;
	bool ok;

	v[p].wf &= (unsigned char)~W_POSS;
	np_analyse(c, a, p + 1, &np);
	ok = np.kind == NP_NAME && attr_take(c, a, p + 1, SIZE_MAX, 0.7f, 4, &t) && t.ent >= 0;
	v[p].wf = wf;
	if (ok)
		*r = t;
	return ok;
}

/* "“We didn't have a day off.” / That is how Lt Yaroslav Hnatiuk, 27, describes the summer":
 * a paragraph of quotations alone, then a sentence that points back at them and names who
 * said them. The tokens from s0 on open with such a sentence: "That is how X",
 * "That is what X", "Those were the last words X", "That was the verdict of X" (That,
 * This, Those or These, then is, was, are or were, then how, what or the and up to four
 * lowercase words), "The question came from X" or "So says X" (or "So wrote X"). Fills r
 * with the speaker phrase that follows when it resolves to someone; r is left alone
 * otherwise. */
static bool
backref_speaker(struct ctx *c, size_t s0, struct attr *r)
{
	static const char *const dem[] = { "that", "this", "those", "these" };
	static const char *const be[] = { "is", "was", "are", "were" };
	struct tok *v = c->tk.v + s0;
	size_t n = c->tk.n - s0, k, e;
	bool noun_of = false;   /* "That was the verdict of X": the noun says whose words */
	bool is_name = false;   /* "That's Seo-yeon Park, who runs ...": the name itself */

	if (n < 4 || v[0].type != T_WORD || !(v[0].wf & W_CAP))
		return false;
	if (tok_in(c, &v[0], dem, sizeof dem / sizeof dem[0]) && !(v[0].wf & W_POSS) &&
	    tok_in(c, &v[1], be, sizeof be / sizeof be[0]))
		k = 2;
	else if (tok_is(c, &v[0], "that") && (v[0].wf & W_POSS))
		k = 1;   /* "That's how X puts it" */
	else if (tok_is(c, &v[0], "so") && (tok_is(c, &v[1], "says") || tok_is(c, &v[1], "said") ||
	    tok_is(c, &v[1], "writes") || tok_is(c, &v[1], "wrote")))
		k = 2;
	else if (tok_is(c, &v[0], "the") && v[1].type == T_WORD && !(v[1].wf & W_CAP) &&
	    (tok_is(c, &v[2], "came") || tok_is(c, &v[2], "comes")) && tok_is(c, &v[3], "from"))
		k = 4;
	else
		return false;
	if (k <= 2 && v[k - 1].type == T_WORD && !tok_is(c, &v[0], "so")) {
		if (tok_is(c, &v[k], "how") || tok_is(c, &v[k], "what")) {
			k++;
		} else if (tok_is(c, &v[k], "the")) {
			size_t j = k + 1;

			while (j < n && j - k <= 4 && v[j].type == T_WORD && !(v[j].wf & W_CAP) &&
			    !(tok_cf(c, &v[j]) & (QC_DET | QC_PRONOUN)) && !tok_is(c, &v[j], "of") &&
			    !tok_is(c, &v[j], "from"))
				j++;
			/* "the verdict of X", "the message from X" */
			if (j < n && j > k + 1 && (tok_is(c, &v[j], "of") || tok_is(c, &v[j], "from"))) {
				noun_of = said_noun(c, &v[j - 1]);
				j++;
			}
			if (j == k + 1)
				return false;
			k = j;
		} else if (k < n && v[k].type == T_WORD && (v[k].wf & W_CAP) &&
		    (tok_is(c, &v[0], "that") || tok_is(c, &v[0], "this"))) {
			size_t j = k;

			/* "That was Villaraza's warning as he closed the hearing": the owner of
			 * a noun for what was said, a name */
			while (j < n && j - k < 3 && v[j].type == T_WORD && (v[j].wf & (W_CAP | W_POSS)) == W_CAP)
				j++;
			if (j + 1 < n && v[j].type == T_WORD && (v[j].wf & (W_CAP | W_POSS)) == (W_CAP | W_POSS) &&
			    said_noun(c, &v[j + 1]))
				return backref_owner(c, s0 + k, s0 + j, r);
			if (v[k].wf & W_POSS)
				return false;
			is_name = true;
		} else {
			return false;
		}
	}
	if (k >= n || v[k].type != T_WORD)
		return false;
	/* "the closing words of Adébáyọ̀'s memo": the owner of a document */
	e = k;
	if (noun_of) {
		while (e < n && e - k < 4 && v[e].type == T_WORD && (v[e].wf & W_CAP) && !(v[e].wf & W_POSS))
			e++;
		/* the phrase takes the document too: np_analyse gives a document's owner */
		if (e < n && e - k < 4 && v[e].type == T_WORD && (v[e].wf & (W_CAP | W_POSS)) == (W_CAP | W_POSS) &&
		    e + 1 < n && v[e + 1].type == T_WORD && (tok_cf(c, &v[e + 1]) & QC_DOC))
			e += 2;
		else
			e = k;
	}
	if (e == k && (v[k].wf & W_POSS))
		return false;
	/* the phrase parsers take the paragraph's token indices */
	if (e == k)
		e = np_fwd(c, s0 + k, c->tk.n) - s0;
	if (e <= k || e >= n)
		return false;
	{
		struct np np;

		np_analyse(c, s0 + k, s0 + e, &np);
		/* "That's Seo-yeon Park, who runs planning ...", "That is Ann Roe, a nurse on
		 * the ward": a person's name, whom a clause or a description set off by a comma
		 * says is one (not "That is Paris, France, for you") */
		if (is_name && (np.kind != NP_NAME || e + 2 >= n || v[e].type != T_COMMA ||
		    !(tok_is(c, &v[e + 1], "who") || ((tok_cf(c, &v[e + 1]) & QC_INDEF) &&
		    v[e + 2].type == T_WORD && (tok_cf(c, &v[e + 2]) & (QC_ROLE | QC_PERSON))))))
			return false;
		/* "That was how a store manager, who asked not to be named, described the
		 * scene": someone described, who speaks (the verb is asked below) */
		if (np.kind != NP_NAME && !(np.kind == NP_ROLE && !np.indef && np.nb > np.na) &&
		    !(np.indef && (np.kind == NP_ROLE || np.kind == NP_DESC) && !noun_of &&
		    !tok_is(c, &v[0], "so") && !tok_is(c, &v[0], "the")))
			return false;
	}
	/* after "That is how X" and the like, X must be the subject of a verb of speech or
	 * memory ("describes", "remembers", "spoke"), past a note set off by commas or
	 * brackets: "That is what Ada Lin has promised to change" points at no words of hers */
	size_t vb = e;

	if (!tok_is(c, &v[0], "so") && !tok_is(c, &v[0], "the") && !noun_of && !is_name) {
		static const char *const recall[] = { "remembers", "remembered", "recalls", "puts",
		    "put", "sees", "saw", "sums", "summed", "spoke", "speaks", "phrased", "phrases",
		    "used", "uses" };

		vb = past_notes(c, s0 + vb, false) - s0;
		while (vb < n && vb - e < 8 && v[vb].type == T_WORD && !tok_cue(c, s0 + vb,
		    QC_SAY | QC_TELL | QC_DESCRIBE) && tok_adverb(c, s0 + vb))
			vb++;
		/* "has promised to change" speaks of a deed, not of the words ("spoke to his
		 * cousin" does) */
		if (vb >= n || v[vb].type != T_WORD || (v[vb].wf & W_CAP) ||
		    !(tok_cue(c, s0 + vb, QC_SAY | QC_TELL | QC_DESCRIBE) ||
		    tok_in(c, &v[vb], recall, sizeof recall / sizeof recall[0])) ||
		    (vb + 2 < n && tok_is(c, &v[vb + 1], "to") && v[vb + 2].type == T_WORD &&
		    !(v[vb + 2].wf & (W_CAP | W_DIGIT)) &&
		    !(tok_cf(c, &v[vb + 2]) & (QC_DET | QC_STOP | QC_PRONOUN))))
			return false;
	}
	{
		struct attr t = *r;

		if (!attr_take(c, s0 + k, s0 + e, vb < n && verb_like(c, &v[vb]) ? s0 + vb : SIZE_MAX,
		    0.7f, 4, &t) || t.ent < 0)
			return false;
		*r = t;
		return true;
	}
}

/* "“Heat will return to every home.” Serhii Hnatiuk made the pledge in a video address"
 * and "“France will not forget ...” With this message, posted on X, Hélène Vasseur-Lagarde
 * alluded to ...": after a quotation left without a cue, a sentence (from token s0)
 * whose named subject is tied to the words by pointing back at them, as the object of
 * "made", "gave", "issued" and the like ("the pledge", "these remarks", "that warning"),
 * or as "With this message," before the subject. Not a role alone, nor a name that is
 * no subject ("With these words, the crowd turned on Ada Lin"). Fills r as
 * backref_speaker does. */
static bool
pointer_speaker(struct ctx *c, size_t s0, struct attr *r)
{
	static const char *const dem[] = { "this", "these", "that", "those", "the" };
	static const char *const made[] = { "made", "gave", "issued", "posted", "offered",
	    "repeated", "reiterated", "voiced", "tweeted" };
	/* what one writes or sends, which "With this message," gives its sender: not a
	 * reply or an apology, which the next clause may answer ("With that apology, Judge
	 * Ana Ruiz sentenced him") */
	static const char *const sent[] = { "message", "words", "post", "tweet", "statement",
	    "letter" };
	struct tok *v = c->tk.v + s0;
	size_t n = c->tk.n - s0, k = 0, e, vb, x;
	struct np np;
	bool with;

	if (n < 5 || v[0].type != T_WORD || !(v[0].wf & W_CAP))
		return false;
	with = tok_is(c, &v[0], "with") && tok_in(c, &v[1], dem, 4) && v[2].type == T_WORD &&
	    !(v[2].wf & W_CAP) && tok_in(c, &v[2], sent, sizeof sent / sizeof sent[0]);
	if (with) {
		k = 3;
		/* ", posted on X shortly after the announcement," */
		if (v[k].type == T_COMMA && v[k + 1].type == T_WORD && !(v[k + 1].wf & W_CAP)) {
			for (x = k + 1; x < n && x - k < 20 && v[x].type != T_COMMA && v[x].type != T_END &&
			    v[x].type != T_QUOTE; x++)
				;
			if (x >= n || x - k >= 20 || v[x].type != T_COMMA)
				return false;
			k = x;
		}
		if (v[k].type != T_COMMA)
			return false;
		k++;
	}
	if (k >= n || v[k].type != T_WORD || !(v[k].wf & W_CAP))
		return false;
	e = np_fwd(c, s0 + k, c->tk.n) - s0;
	if (e <= k || e >= n)
		return false;
	np_analyse(c, s0 + k, s0 + e, &np);
	if (np.kind != NP_NAME)
		return false;
	vb = past_notes(c, s0 + e, false) - s0;
	while (vb < n && vb - e < 8 && v[vb].type == T_WORD && !verb_like(c, &v[vb]) &&
	    tok_adverb(c, s0 + vb))
		vb++;
	if (vb >= n || v[vb].type != T_WORD || (v[vb].wf & W_CAP) || !verb_like(c, &v[vb]))
		return false;
	/* "made the pledge", "gave these remarks", "issued that same warning" */
	if (!with && !(vb + 2 < n && tok_in(c, &v[vb], made, sizeof made / sizeof made[0]) &&
	    tok_in(c, &v[vb + 1], dem, 5) && (said_noun(c, &v[vb + 2]) || (vb + 3 < n &&
	    v[vb + 2].type == T_WORD && !(v[vb + 2].wf & W_CAP) && said_noun(c, &v[vb + 3])))))
		return false;
	/* "... the message on his behalf", "on behalf of the family": someone else's words */
	for (x = vb + 1; x + 1 < n && x < vb + 8 && v[x].type == T_WORD; x++)
		if (tok_is(c, &v[x], "on") && (tok_is(c, &v[x + 1], "behalf") ||
		    (x + 2 < n && tok_is(c, &v[x + 2], "behalf"))))
			return false;
	{
		struct attr t = *r;

		if (!attr_take(c, s0 + k, s0 + e, s0 + vb, 0.7f, 4, &t) || t.ent < 0)
			return false;
		*r = t;
		return true;
	}
}

/* Whether the sentence from token k on says the speaking was something else's background:
 * "when officers arrived", "at the time", "and did not respond" ("Ivan Petrov was speaking
 * at a forum at the time and did not respond"). Not "as" ("was talking to reporters on the
 * harbour wall as the boats sat idle"). */
static bool
speaking_busy(struct ctx *c, size_t k, size_t n)
{
	const struct tok *v = c->tk.v;

	for (; k < n && v[k].type != T_END; k++) {
		if (v[k].type != T_WORD || (v[k].wf & W_CAP))
			continue;
		if (tok_is(c, &v[k], "when") || tok_is(c, &v[k], "while") ||
		    (tok_is(c, &v[k], "time") && k > 0 && tok_is(c, &v[k - 1], "the")) ||
		    (tok_is(c, &v[k], "and") && k + 1 < n && v[k + 1].type == T_WORD &&
		    !(v[k + 1].wf & W_CAP) && verb_like(c, (struct tok *)&v[k + 1])))
			return true;
	}
	return false;
}

/* "'It sounded like the end of the world.' Hadi Karim, 52, lives 500 metres away. He
 * said ...": a quotation left without a cue, then a sentence (from token s0) that opens
 * on someone the article has not named before, as the subject of a verb past a note set
 * off by commas, who then speaks: feature copy's way of saying who spoke. A full name of
 * two words or more, with no role before it; or anyone, one word too, who "was speaking"
 * (the only case asked when speaking_only). Fills r as backref_speaker does. */
static bool
intro_speaker(struct ctx *c, size_t s0, bool speaking_only, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t n = c->tk.n, e, k, x;
	static const char *const undergo[] = { "was", "were", "is", "are", "has", "had",
	    "died", "dies", "faces", "faced", "denies", "denied" };
	static const char *const speaking_while[] = { "when", "as", "while" };
	struct np np;
	struct attr t = *r;
	bool role, speaking;

	if (s0 + 2 >= n || v[s0].type != T_WORD || !(v[s0].wf & W_CAP) || (v[s0].wf & W_POSS))
		return false;
	e = np_fwd(c, s0, n);
	/* one word only for one who "was speaking" (below): "Yusran, a 52-year-old clove
	 * farmer, was speaking at a shelter" */
	if (e < s0 + 1 || e >= n || (e == s0 + 1 && (e + 1 >= n || v[e].type != T_COMMA)))
		return false;
	np_analyse(c, s0, e, &np);
	/* a name, or, after the quotation in its own paragraph, a full name after the role
	 * it holds ("Rovers manager Gary Pendleford did not look for excuses") */
	role = s0 > 0 && np.rb > np.ra && !np.indef && np.rb == np.na && np.nb - np.na >= 2 &&
	    (tok_cf(c, &v[np.rb - 1]) & QC_ROLE);
	if (np.kind != NP_NAME || np.nb != e || (!role && (np.na != s0 || np.rb > np.ra)))
		return false;
	/* "X, 52,", "X, 38, who lives nearby," */
	k = past_notes(c, e, true);
	if (k >= n || v[k].type != T_WORD || (v[k].wf & W_CAP) || !verb_like(c, &v[k]))
		return false;
	/* "Ana Jovanović, 41, was speaking outside a school gym": the words were hers; over
	 * a speaker carried over, only in the past ("is speaking on Saturday" is to come),
	 * and one word only "speaking" ("Tunde, 9, was talking to a counsellor") */
	speaking = k + 1 < n && (tok_is(c, &v[k], "was") || tok_is(c, &v[k], "were") ||
	    (!speaking_only && tok_is(c, &v[k], "is"))) && (tok_is(c, &v[k + 1], "speaking") ||
	    (e > s0 + 1 && tok_is(c, &v[k + 1], "talking"))) && !speaking_busy(c, k + 2, n);
	/* not one the quotation is about: "Rovers striker Tom Hale was shown a red card",
	 * "Labour councillor Mary Stone, 67, died", "Former City captain Jack Reed" */
	if ((speaking_only || e == s0 + 1) && !speaking)
		return false;
	if (role && ((!speaking && tok_in(c, &v[k], undergo, sizeof undergo / sizeof undergo[0])) ||
	    role_former(c, v[np.ra].off, v[np.rb - 1].off + v[np.rb - 1].len - v[np.ra].off)))
		return false;
	/* and someone who speaks: the verb is one of speech ("Ananya Rao, convener of the
	 * forum, said"), or a later sentence of the paragraph opens with "he said" or the
	 * like, or the newcomer is brought in by the role they hold, as someone who speaks
	 * for a side; a newcomer who only does something ("Michael Dunn, 45, denies murder",
	 * "Aisha Rahman, 16, died") is often whom the quotation is about */
	if (!role && !speaking && !tok_cue(c, k, QC_SAY | QC_TELL)) {
		/* or "X was standing in the lobby when he described the moment", "as she
		 * recalled": a clause of the same sentence in which the newcomer speaks */
		bool first = true;

		for (x = k + 1; x + 1 < n; x++) {
			if (v[x].type == T_END)
				first = false;
			if (tok_pronoun(c, &v[x]) && !(tok_cf(c, &v[x]) & QC_PLURAL) &&
			    ((v[x].wf & W_SENT) || (first && tok_in(c, &v[x - 1], speaking_while,
			    sizeof speaking_while / sizeof speaking_while[0]))) &&
			    tok_cue(c, x + 1, QC_SAY | QC_TELL | ((v[x].wf & W_SENT) ? 0 : QC_DESCRIBE)))
				break;
		}
		if (x + 1 >= n)
			return false;
	}
	/* someone new: nobody of that family name named before this sentence (one who
	 * "was speaking" spoke, new or not) */
	if (!speaking && name_of_person_before(c, e - 1, v[s0].off))
		return false;
	if (!attr_take(c, s0, e, SIZE_MAX, 0.6f, 4, &t) || t.ent < 0)
		return false;
	*r = t;
	return true;
}

/* What may name the speaker of the quote-only paragraph before (intro_speaker): 2, a
 * newcomer, when its quotations have none, nor wait for one named later (none that a
 * quotation before continues); 1, only one who "was speaking", when they have the speaker
 * of the quotation before them without a cue of their own ("... his "only priority". /
 * "We have nothing to go back to." / Ana Jovanović, 41, was speaking outside"); 0 when a
 * cue named one. */
static int
qonly_open(const struct ctx *c)
{
	size_t qs;
	int open = 2;

	for (qs = c->qonly0; qs < c->qonly1; qs++) {
		if (c->spans[qs].kind == QUOTE_SCARE)
			continue;
		if (c->span_follow[qs] != 0 || (c->span_ent[qs] >= 0 && c->spans[qs].mention_len > 0))
			return 0;
		if (c->span_ent[qs] >= 0)
			open = 1;
	}
	return open;
}

/* Is the paragraph tokenised last a byline ("By Mira Castellanos, Industry Correspondent")?
 * It names the writer, whom the article's pronouns and roles never mean. */
static bool
byline(struct ctx *c)
{
	const struct tok *v = c->tk.v;

	return c->tk.n >= 2 && c->tk.n <= 12 && c->pq0 == c->pq1 && (v[0].wf & W_CAP) &&
	    tok_is(c, &v[0], "by") && v[1].type == T_WORD && (v[1].wf & W_CAP);
}

/* Words in s[0, n), counted up to cap: callers only compare the count with small
 * thresholds, and a long quotation need not be walked to its end. */
static size_t
count_words(const char *s, size_t n, size_t cap)
{
	size_t i = 0, w = 0;
	bool in = false;

#ifdef __SSE2__
	/* sixteen bytes at a time: a word starts at a non-space byte after a space */
	for (; i + 16 <= n && w < cap; i += 16) {
		const __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		unsigned sp = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\t'))),
		    _mm_or_si128(_mm_cmpeq_epi8(b, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(b, _mm_set1_epi8('\r')))));
		unsigned word = ~sp & 0xffffu;
		unsigned starts = word & ~((word << 1) | (unsigned)in);

		for (; starts != 0; starts &= starts - 1)
			w++;
		in = (word >> 15) & 1;
	}
	if (w >= cap)
		return cap;
#endif
	/* without a branch on each byte: a word starts where a word byte follows a space */
	for (; i < n && w < cap; i++) {
		bool sp = quote_space_byte((unsigned char)s[i]);

		w += (size_t)(!sp & !in);
		in = !sp;
	}
	return w;
}

static bool
has_sentence_end(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && (i + 1 == n || s[i + 1] == ' '))
			return true;
	return false;
}

/* A title or name in quotation marks: every word of four letters or more capitalised. */
static bool
title_case(struct ctx *c, const struct quote_span *sp)
{
	size_t i = sp->off, e = sp->off + sp->len;

	while (i < e) {
		size_t w = i, q;
		long cp;

		while (w < e && !quote_space_byte((unsigned char)c->s[w]))
			w++;
		q = i;
		cp = text_decode(c->s, e, &q);
		if (w - i >= 4 && !cp_upper(cp) && cp_alnum(cp))
			return false;
		i = w;
		while (i < e && quote_space_byte((unsigned char)c->s[i]))
			i++;
	}
	return true;
}

/* "At a union meeting on Thursday night in the basement of a church, she read aloud from
 * testimony she plans to submit:": the subject of the clause before a colon that ends a
 * paragraph, a name or a pronoun opening the sentence or following one of its commas, before
 * a lowercase word that may be its verb. Token q is the quotation the colon leads to. */
static bool
colon_clause_subject(struct ctx *c, size_t q, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t lo = sent_start(c, q), k, e;
	struct np np;

	for (k = lo; k + 2 < q; k++) {
		if (k > lo && v[k - 1].type != T_COMMA)
			continue;
		e = np_fwd(c, k, q - 1);
		if (e == k || e + 1 >= q || v[e].type != T_WORD || (v[e].wf & (W_CAP | W_DIGIT)) ||
		    (tok_cf(c, &v[e]) & (QC_DET | QC_PREP | QC_PARTICLE | QC_STOP | QC_ROLE | QC_ORG |
		    QC_PLURAL)) || tok_is(c, &v[e], "and") || tok_is(c, &v[e], "or"))
			continue;
		np_analyse(c, k, e, &np);
		if (np.kind != NP_NAME && np.kind != NP_PRONOUN)
			continue;
		if (attr_take(c, k, e, SIZE_MAX, 0.6f, 2, r)) {
			r->cuestr = ":";
			return true;
		}
		return false;
	}
	return false;
}

static void
span_set(struct ctx *c, size_t si, const struct attr *r, enum quote_kind kind)
{
	struct quote_span *sp = &c->spans[si];
	struct tok *v = c->tk.v;

	sp->kind = kind;
	c->span_ent[si] = kind == QUOTE_SCARE ? -1 : r->ent;
	c->span_pending[si] = kind == QUOTE_SCARE ? 0 : r->pending;
	c->span_fallback[si] = kind == QUOTE_SCARE ? -1 : r->fallback;
	sp->confidence = r->conf;
	sp->cue[0] = '\0';
	sp->mention_off = sp->mention_len = 0;
	if (kind == QUOTE_SCARE)
		return;
	if (r->mlen > 0) {
		sp->mention_off = r->moff;
		sp->mention_len = r->mlen;
	} else if (r->mb > r->ma) {
		sp->mention_off = v[r->ma].off;
		sp->mention_len = v[r->mb - 1].off + v[r->mb - 1].len - sp->mention_off;
	}
	if (r->cuestr != NULL) {
		snprintf(sp->cue, sizeof sp->cue, "%s", r->cuestr);
	} else if (r->cue != SIZE_MAX) {
		size_t l = v[r->cue].len < sizeof sp->cue - 1 ? v[r->cue].len : sizeof sp->cue - 1;

		memcpy(sp->cue, c->s + v[r->cue].off, l);
		sp->cue[l] = '\0';
	}
	c->span_cuepos[si] = r->cue != SIZE_MAX ? v[r->cue].off : sp->mark_off;
}

/* A verb that reports what someone said or told, not "saying" nor a verb of describing. */
static bool
report_cue(struct ctx *c, size_t k)
{
	return tok_cue(c, k, QC_SAY | QC_TELL) && !(tok_cf(c, &c->tk.v[k]) & (QC_SAYING | QC_DESCRIBE));
}

/* "She said the plan was dead. "We will not support it."": a quotation that opens a
 * sentence without a cue of its own, right after a sentence of its paragraph reporting
 * what someone said or told, is theirs. The speaker of that report, or -1. */
static int
reported_speaker(struct ctx *c, size_t q)
{
	struct tok *v = c->tk.v;
	size_t lo, k, comma = SIZE_MAX;
	struct attr t;
	bool ok, lo_cue;

	if (q == 0 || v[q - 1].type != T_END)
		return -1;
	lo = sent_start(c, q - 1);
	for (k = lo; k + 1 < q; k++)
		if (v[k].type == T_QUOTE)
			return -1;   /* that sentence quotes someone itself */
	/* the comma that ends the opening participle's clause, the last before any cue */
	lo_cue = report_cue(c, lo);
	if (lo_cue)
		for (k = lo + 1; k + 1 < q && !report_cue(c, k); k++)
			if (v[k].type == T_COMMA)
				comma = k;
	/* the first cue with a subject: "Asked whether he would stay, he laughed." opens
	 * with a participle that has none; then only the cue of the main clause, whose
	 * subject follows the comma that ends the participle's clause (not "told" in "Asked
	 * whether Ken Hale had told her ..., Grant nodded") */
	for (k = lo; k + 1 < q; k++) {
		if (!report_cue(c, k))
			continue;
		attr_none(&t);
		ok = subject_before(c, k, lo, 0.6f, 4, &t);
		if (k == lo && !ok)
			continue;
		return ok && (k == lo || !lo_cue || (comma != SIZE_MAX && t.ma == comma + 1)) ?
		    t.ent : -1;
	}
	return -1;
}

/* Attributes the quotations of one logical paragraph. *carry is the speaker a following
 * quote-only paragraph inherits. */
/* "'I wrote the first chapter in a lay-by': Nell Audsley on lorries and grief": a headline
 * that opens with a quotation and names a person after a colon gives the quotation to that
 * person (the interview's headline); not a possessive ("X's family pays tribute") nor a
 * name that a longer clause follows */
static bool
headline_speaker(struct ctx *c, size_t q, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t n = c->tk.n, j = q + 1, e;
	struct np np;

	if (q != 0 || j + 1 >= n || v[j].type != T_COLON || v[j + 1].type != T_WORD)
		return false;
	e = np_fwd(c, j + 1, n);
	if (e == j + 1 || (v[e - 1].wf & W_POSS))
		return false;
	if (e < n && v[e].type != T_END && v[e].type != T_COMMA && v[e].type != T_DASH &&
	    !tok_is(c, &v[e], "on") && !tok_is(c, &v[e], "about") && !tok_cue(c, e, QC_SAY))
		return false;
	np_analyse(c, j + 1, e, &np);
	if (np.kind != NP_NAME)
		return false;
	if (!attr_take(c, j + 1, e, SIZE_MAX, 0.7f, 2, r))
		return false;
	r->cuestr = ":";
	return true;
}

/* "Sen. Dana Whitcombe (D-Minn.), who led a letter from 11 Democrats: “...”", "Tomás
 * Ibáñez-Ruiz, who covers grocery technology at Meridian Retail Research: “...”": a
 * colon right before the quotation at token q ends a note set off by a comma after a
 * name that opens the sentence (or follows a label's colon, "The other side:"); the
 * name speaks. The note holds words alone, no verb of speech of its own, and no other
 * quotation. */
static bool
colon_name_note(struct ctx *c, size_t q, struct attr *r)
{
	struct tok *v = c->tk.v;
	size_t b, e, k, x;
	struct np np;

	if (q < 4 || v[q - 1].type != T_COLON)
		return false;
	for (b = q - 1; b > 0 && q - 1 - b < 40 && v[b - 1].type != T_END && v[b - 1].type != T_COLON &&
	    v[b - 1].type != T_QUOTE && v[b - 1].type != T_SEMI; b--)
		;
	if (b + 3 >= q || v[b].type != T_WORD || !(v[b].wf & W_CAP))
		return false;
	e = np_fwd(c, b, q - 1);
	if (e <= b || e >= q - 1)
		return false;
	np_analyse(c, b, e, &np);
	if (np.kind != NP_NAME)
		return false;
	k = paren_fwd(c, e, q - 1);
	if (k + 2 >= q || v[k].type != T_COMMA)
		return false;
	for (x = k + 1; x < q - 1; x++)
		if (!(v[x].type == T_WORD || v[x].type == T_COMMA || v[x].type == T_PAREN) ||
		    tok_cue(c, x, QC_SAY | QC_TELL))
			return false;
	{
		struct attr t = *r;

		if (!attr_take(c, b, e, SIZE_MAX, 0.7f, 3, &t) || t.ent < 0)
			return false;
		t.cuestr = ":";
		*r = t;
		return true;
	}
}

/* Whether "according to" and a phrase of one to four words, then a comma, stand right
 * before the quotation at token q. */
static bool
according_right_before(struct ctx *c, size_t q)
{
	const struct tok *v = c->tk.v;
	size_t j;

	if (q < 4 || v[q - 1].type != T_COMMA)
		return false;
	/* j: the phrase's first word; "according to" the two tokens before it */
	for (j = q - 2; j >= 3 && q - 1 - j <= 4 && v[j].type == T_WORD; j--)
		if (according_len(c, j - 2, false) == 2)
			return true;
	return false;
}

/* Whether the paragraph opens with the label "Quote:" right before the quotation at token
 * q, as Ukrainian copy writes a quotation that goes on from the paragraph before. */
static bool
quote_label(struct ctx *c, size_t q)
{
	const struct tok *v = c->tk.v;

	return q == 2 && v[1].type == T_COLON && (v[0].wf & W_CAP) && tok_is(c, &v[0], "quote");
}

/* Whether the paragraph opens "On" and a topic of a few words before a colon and the
 * quotation at token q: "On Wójcik: "...", "On the title race: "..."", as sports copy
 * lists a manager's answers after naming them once; the words go on from the quotation
 * before, as a paragraph opening on a quotation's do. */
static bool
topic_lead(struct ctx *c, size_t q, int carry)
{
	static const char *const surfaces[] = { "placard", "placards", "sign", "signs", "banner",
	    "banners", "poster", "posters", "footage", "video", "recording", "tape", "audio",
	    "screen", "wall", "walls", "window", "website", "page", "note", "notes", "leaflet",
	    "billboard", "door", "plaque", "shirt", "shirts", "t-shirt", "t-shirts", "card", "cards",
	    "petition", "post", "posts", "social", "media", "tweet", "x", "facebook", "instagram",
	    "tiktok", "twitter", "telegram", "youtube", "one", "a", "an" };
	struct tok *v = c->tk.v;
	size_t k;

	/* only in a list of answers: after a paragraph of quotations alone, one whose
	 * quotation a colon brought in ("Hartley told BBC Sport: "..."") or another such
	 * topic; not after a quotation with its cue after it ("..., said organiser Joan
	 * Price. / On one placard: ..."), nor on a surface or a recording ("On the footage:") */
	if (q < 3 || q > 8 || v[q - 1].type != T_COLON || !(v[0].wf & W_CAP) || !tok_is(c, &v[0], "on") ||
	    !(c->qonly1 > c->qonly0 || c->topic_prev))
		return false;
	for (k = 1; k + 1 < q; k++)
		if (v[k].type != T_WORD || verb_like(c, &v[k]) ||
		    tok_in(c, &v[k], surfaces, sizeof surfaces / sizeof surfaces[0]))
			return false;
	/* "On Shaw:" after Shaw's own words is someone else's answer about him */
	if (carry >= 0)
		for (k = 1; k + 1 < q; k++)
			if ((v[k].wf & W_CAP) && c->ents[carry].lasth ==
			    quote_hash(c->s + v[k].off, v[k].len))
				return false;
	return true;
}

static void colon_carry(struct ctx *c, int *carry);

/* Whether the quotation sp speaks in the first person singular ("I saw it flip", "my
 * son"): a body's words never do, and no body's voice carries over to it. */
static bool
quote_first_singular(const struct ctx *c, const struct quote_span *sp)
{
	const char *t = c->s + sp->off, *end = t + sp->len;

	for (; t < end; t++) {
		size_t n;

		if (t > c->s + sp->off && word_byte(t[-1]))
			continue;
		for (n = 0; t + n < end && word_byte(t[n]); n++)
			;
		if ((n == 1 && t[0] == 'I') || (n == 2 && (word_is(t, 2, "my") || word_is(t, 2, "me"))))
			return true;
	}
	return false;
}

static void
attribute_para(struct ctx *c, int para, int *carry, bool first_para)
{
	struct tok *v = c->tk.v;
	size_t n = c->tk.n, q, qs;
	int prev_in_para = -1, last = -1, pend = -1;
	bool any_quote = false, unknown_last = false, topic = false, colon_last = false;

	/* the paragraph before held quotations alone, and this one opens by pointing back at
	 * them ("That is how X describes the summer"): they are X's */
	if (c->qonly1 > c->qonly0) {
		struct attr r;
		int o;

		attr_none(&r);
		if (backref_speaker(c, 0, &r) || pointer_speaker(c, 0, &r) ||
		    ((o = qonly_open(c)) > 0 && intro_speaker(c, 0, o == 1, &r))) {
			for (qs = c->qonly0; qs < c->qonly1; qs++)
				if (c->spans[qs].kind != QUOTE_SCARE) {
					span_set(c, qs, &r, c->spans[qs].kind);
					c->span_follow[qs] = 0;
				}
			*carry = r.ent;
		}
	}

	/* the paragraph's quotations, without a walk over all its tokens */
	for (qs = c->pq0; qs < c->pq1; qs++) {
		struct attr r;
		const struct quote_span *sp;
		bool si = false, found, before_tried;
		size_t words;
		enum quote_kind kind;
		int sidx, follow = -1;

		q = c->qtok[qs];
		if (q == SIZE_MAX) {
			/* a nickname inside a name (tok_nickname) */
			c->span_para[qs] = para;
			c->span_nents[qs] = c->para_nents;
			attr_none(&r);
			r.conf = 0.2f;
			span_set(c, qs, &r, QUOTE_SCARE);
			continue;
		}
		any_quote = true;
		/* "Hartley told BBC Sport: "..."": a list of answers may follow */
		colon_last = q > 0 && v[q - 1].type == T_COLON;
		sidx = v[q].q;
		sp = &c->spans[sidx];
		c->span_para[sidx] = para;
		c->span_nents[sidx] = c->para_nents;
		attr_none(&r);
		words = count_words(c->s + sp->off, sp->len, 9);
		/* unspaced scripts (CJK): about one word per two characters */
		if (words == 1 && sp->len >= 9 && (unsigned char)c->s[sp->off] >= 0xe3)
			words = sp->len / 6;
		{
			unsigned char pt = q == 0 ? T_END : v[q - 1].type;

			si = pt == T_END || pt == T_COLON || pt == T_QUOTE || pt == T_DASH || pt == T_PAREN ||
			    pt == T_SEMI;
		}
		found = ja_cue(c, q, &r);
		/* "X stated: "... ." The release added that ...": a colon's cue before a
		 * quotation that ends its sentence is the quotation's; the sentence after it
		 * says something else. So is "according to X," right before it ("The package
		 * is, according to Öztürk, "an insult ..." Management says it is generous") */
		before_tried = false;
		if (!found && q > 0 && v[q - 1].type == T_COLON) {
			char ep = quote_end_punct(c, sp);
			bool bsi = false;

			if (ep == '.' || ep == '!' || ep == '?') {
				before_tried = true;
				if (before_cue(c, q, &bsi, &r)) {
					found = true;
					if (bsi)
						si = true;
				}
			}
		}
		if (!found && q > 0 && v[q - 1].type == T_COLON && colon_name_note(c, q, &r)) {
			found = true;
		} else if (!found && according_right_before(c, q)) {
			char ep = quote_end_punct(c, sp);

			if (ep == '.' || ep == '!' || ep == '?')
				found = sentence_cue(c, q, &r);
		}
		found = found || after_cue(c, q, &r) || (first_para && headline_speaker(c, q, &r));
		if (!found && !before_tried) {
			bool bsi = false;

			found = before_cue(c, q, &bsi, &r);
			if (found && bsi)
				si = true;
		}
		if (!found && !si)
			found = sentence_cue(c, q, &r);
		/* "someone in the gallery shouted "Do your jobs!"": what a speech verb right
		 * before the quotation says is speech, though nobody is named ("the claims" is
		 * no verb) */
		if (!found && q > 0 && tok_cue(c, q - 1, QC_SAY) &&
		    !(tok_cf(c, &v[q - 1]) & (QC_TELL | QC_SAYING)) &&
		    (q < 2 || !(tok_cf(c, &v[q - 2]) & QC_DET))) {
			attr_unnamed(&r, -1, q - 1, 2);
			r.conf = 0.4f;
			found = true;
		}
		if (found) {
			kind = si || r.method == 1 ? QUOTE_SPEECH : QUOTE_PARTIAL;
			if (r.method == 1 && !si && !r.ja && words <= 3 && !quote_end_punct(c, sp))
				kind = QUOTE_PARTIAL;
		} else if (si && (words >= 3 || has_sentence_end(c->s + sp->off, sp->len) ||
		    quote_end_punct(c, sp) == '?' || quote_end_punct(c, sp) == '!')) {
			kind = QUOTE_SPEECH;
			r.method = 4;
			if (pend >= 0) {
				/* "'...,' the judge said. '...'" with the judge named later: this
				 * quotation is theirs too, once resolve_pending has found them */
				follow = pend;
				r.conf = 0.5f;
			} else if (prev_in_para >= 0) {
				r.ent = prev_in_para;
				r.conf = 0.7f;
			} else if (q == 0 && q + 2 < n && (v[q + 1].type == T_END ||
			    ((quote_end_punct(c, sp) == '.' || quote_end_punct(c, sp) == '?' ||
			    quote_end_punct(c, sp) == '!') && (v[q + 1].wf & W_CAP))) &&
			    (backref_speaker(c, v[q + 1].type == T_END ? q + 2 : q + 1, &r) ||
			    pointer_speaker(c, v[q + 1].type == T_END ? q + 2 : q + 1, &r) ||
			    intro_speaker(c, v[q + 1].type == T_END ? q + 2 : q + 1, false, &r))) {
				/* ""Call the police." Those were the last words Irfan spoke";
				 * ""It sounded like the end of the world." Hadi Karim, 52, lives
				 * nearby" */
			} else if ((q == 0 || quote_label(c, q) || (topic = topic_lead(c, q, *carry))) &&
			    *carry >= 0 && !(c->ents[*carry].is_org && quote_first_singular(c, sp))) {
				r.ent = *carry;
				r.conf = 0.6f;
			} else if ((q == 0 || quote_label(c, q) || (topic = topic_lead(c, q, *carry))) &&
			    c->carry_follow > 0) {
				follow = (int)c->carry_follow - 1;
				r.conf = 0.5f;
			} else if ((r.ent = reported_speaker(c, q)) >= 0) {
				r.conf = 0.6f;
			} else {
				r.conf = 0.5f;
			}
		} else if (!si && ((words >= 8 && has_sentence_end(c->s + sp->off, sp->len)) ||
		    (words >= 4 && !title_case(c, sp)))) {
			kind = QUOTE_PARTIAL;
			r.conf = 0.4f;
		} else {
			kind = QUOTE_SCARE;
			r.conf = words <= 4 ? 0.2f : 0.3f;
		}
		if (first_para && kind == QUOTE_SCARE && words >= 2 && si)
			kind = QUOTE_SPEECH;
		span_set(c, (size_t)sidx, &r, kind);
		c->span_follow[sidx] = follow + 1;
		if (kind != QUOTE_SCARE) {
			if (c->span_ent[sidx] >= 0) {
				prev_in_para = c->span_ent[sidx];
				last = prev_in_para;
				unknown_last = false;
				pend = -1;
			} else {
				unknown_last = true;
				pend = c->span_pending[sidx] || follow >= 0 ? sidx : -1;
			}
		}
	}
	c->carry_follow = 0;
	c->topic_prev = topic || colon_last;
	/* for the next paragraph's pointing back: this one's quotations, when it holds
	 * nothing else (quotations and sentence ends), but for a translation in brackets
	 * after one ("\"Hindi pa ito ang katapusan.\" (This is not yet the end.)") */
	c->qonly0 = c->qonly1 = 0;
	if (any_quote) {
		for (q = 0; q < n && (v[q].type == T_QUOTE || v[q].type == T_END); q++)
			;
		if (q > 0 && q < n && v[q - 1].type != T_PAREN && v[q].type == T_PAREN &&
		    c->s[v[q].off] == '(') {
			size_t x;

			for (x = q + 1; x < n && x - q < 40 && (v[x].type == T_WORD ||
			    v[x].type == T_END || v[x].type == T_COMMA); x++)
				;
			if (x < n && v[x].type == T_PAREN && c->s[v[x].off] == ')')
				for (q = x + 1; q < n && v[q].type == T_END; q++)
					;
		}
		if (q == n) {
			c->qonly0 = c->pq0;
			c->qonly1 = c->pq1;
		}
	}
	if (any_quote) {
		*carry = unknown_last ? -1 : last;
		if (unknown_last && pend >= 0)
			c->carry_follow = (size_t)pend + 1;
		/* "Many described such programs as more “resilient”. Priya, a cardiac nurse,
		 * put it bluntly:": a sentence after the last quotation ends the paragraph on
		 * a colon, whose speaker the next paragraph's quotation is; not while a
		 * fragment before waits for its speaker ("Growers in the Barossa said it had
		 * stripped "half the fruit". Klaus Mueller was blunt:"), which the colon's
		 * would take */
		if (n > 1 && v[n - 1].type == T_COLON && !(unknown_last && pend >= 0)) {
			size_t x = n - 1;

			while (x > 0 && v[x - 1].type != T_QUOTE && v[x - 1].type != T_END)
				x--;
			if (x > 0 && v[x - 1].type == T_END)
				colon_carry(c, carry);
		}
	} else {
		/* a paragraph without quotations hands on the person it last named as a subject,
		 * only when it names exactly one person; naming none, the one body it has
		 * speak in reported words ("the tribunal said the assessment ...") */
		size_t k, nr = ring_count(c);
		int only = -1, body = -1;
		bool many = false, bodies = false;

		for (k = 0; k < nr; k++) {
			const struct ment *m = ring_back(c, k);

			if (n == 0 || m->pos < v[0].off)
				break;
			if (m->org) {
				/* someone unnamed who spoke ("A relative told the Daily Post ...")
				 * may be whom the next quotation is, as much as a body */
				if ((m->spoke && body >= 0 && body != m->ent) ||
				    (m->subj && c->ents[m->ent].someone))
					bodies = true;
				if (m->spoke)
					body = m->ent;
				continue;
			}
			if (only >= 0 && only != m->ent)
				many = true;
			only = m->ent;
		}
		*carry = many ? -1 : only >= 0 ? only : bodies ? -1 : body;
		if (n > 1 && v[n - 1].type == T_COLON)
			colon_carry(c, carry);
	}
}

/* "... she read aloud from testimony she plans to submit:" and the quotation in a paragraph
 * of its own: the colon's speaker, found as for a quotation right after it, whoever else
 * the paragraph names, in *carry. The paragraph tokenised last ends on the colon. */
static void
colon_carry(struct ctx *c, int *carry)
{
	size_t n = c->tk.n;
	struct attr r;
	bool si = false;

	attr_none(&r);
	tok_push(&c->tk, T_QUOTE, c->tk.v[n - 1].off + 1, 0);
	if ((before_cue(c, n, &si, &r) || colon_clause_subject(c, n, &r)) && r.ent >= 0 && !r.pending) {
		size_t x;

		/* not when the colon ends what another wrote or said, a name with a verb of
		 * its own after the speaker's: "Mayor Tom Dunn read aloud from the letter Pike
		 * sent before her death:" (and then nobody) */
		for (x = r.mb; x + 2 < n && !((c->tk.v[x].wf & W_CAP) && !(c->tk.v[x].wf & W_SENT) &&
		    verb_like(c, &c->tk.v[x + 1])); x++)
			;
		*carry = x + 2 >= n ? r.ent : -1;
	}
	c->tk.n--;
}

/* "'Sit down,' the judge said." and then "Judge Ada Holm also warned ...": the first person
 * named with span si's role within two paragraphs (four after a headline), quoted or not;
 * -1 for none. Only
 * entities first named from the span's paragraph on are looked at, and no more than 64 of
 * them, so that the walk stays short whatever the text. */
static int
pending_holder(struct ctx *c, size_t si, const uint32_t *need, size_t nneed)
{
	size_t lim, j, reach;
	int best = -1;

	if (nneed == 0)
		return -1;
	/* a headline's role is named in the story under it, a few paragraphs on */
	reach = c->span_para[si] == 0 ? 5 : 3;
	lim = (size_t)c->span_para[si] + reach < c->npara ? c->para_off[c->span_para[si] + reach] : c->len;
	for (j = c->span_nents[si]; j < c->nents && j < c->span_nents[si] + 64; j++) {
		const struct ent *en = &c->ents[j];

		if (en->is_org || en->first_pos <= c->span_cuepos[si] || en->first_pos >= lim ||
		    !ent_has_roles(en, need, nneed))
			continue;
		if (best < 0 || en->first_pos < c->ents[best].first_pos)
			best = (int)j;
	}
	return best;
}

#define SOLE_OTHER 5

/* The one person registered after span si's cue (in the next 256) holding every word of
 * the role need and none of the offices in oh (former, deputy, ...), leaving out holders
 * named for another place than place (0: any); -1 for none, -2 for several. */
static int
sole_holder_among(struct ctx *c, size_t si, const uint32_t *need, size_t nneed, const uint32_t *oh,
    uint32_t place)
{
	size_t j, k, x;
	int found = -1;

	for (j = c->span_nents[si]; j < c->nents && j < c->span_nents[si] + 256; j++) {
		const struct ent *en = &c->ents[j];
		bool another = false;

		if (en->is_org || en->first_pos <= c->span_cuepos[si] || !ent_has_roles(en, need, nneed) ||
		    (place != 0 && en->place != 0 && en->place != place))
			continue;
		/* "Former Fisheries Minister X" holds another office than "the fisheries
		 * minister" */
		for (k = 0; k < SOLE_OTHER && !another; k++) {
			bool in_need = false;

			for (x = 0; x < nneed; x++)
				in_need |= need[x] == oh[k];
			another = !in_need && ent_has_roles(en, &oh[k], 1);
		}
		if (another)
			continue;
		if (found >= 0)
			return -2;
		found = (int)j;
	}
	return found;
}

/* The one person registered after span si's cue (in the next 256) with every word of the
 * role need: a lede's "the country's agriculture minister insisted" is the "Agriculture
 * Minister Hédi Ben Slimane" of the tenth paragraph, when no one else registered after it
 * holds that role. Only for a quotation in the first seven paragraphs and a role of two
 * words or more after "the"; -1 otherwise. */
static int
sole_later_holder(struct ctx *c, size_t si, const uint32_t *need, size_t nneed)
{
	static const char *const other[SOLE_OTHER] = { "former", "deputy", "shadow", "acting", "vice" };
	uint32_t oh[SOLE_OTHER];
	const struct quote_span *sp = &c->spans[si];
	size_t k, words = 1;
	uint32_t place = 0;
	int found;

	/* a role with a word besides its article and its head ("agriculture minister", not
	 * "the minister"; a headline's bare "minister says" too) in the first paragraphs (a
	 * byline and a date may stand before the lede) */
	for (k = 0; k < sp->mention_len; k++)
		words += c->s[sp->mention_off + k] == ' ';
	if (sp->mention_len >= 4 && (memcmp(c->s + sp->mention_off, "the ", 4) == 0 ||
	    memcmp(c->s + sp->mention_off, "The ", 4) == 0))
		words--;
	if (nneed == 0 || (words < 2 && c->span_para[si] != 0) || c->span_para[si] > 6)
		return -1;
	/* "Germany's economy minister": the place the role is held for, which a holder named
	 * for another ("North Rhine-Westphalia's state economy minister") does not share */
	for (k = 0; k < sp->mention_len && c->s[sp->mention_off + k] != ' '; k++)
		;
	if (k > 2 && c->s[sp->mention_off] >= 'A' && c->s[sp->mention_off] <= 'Z') {
		const char *w = c->s + sp->mention_off;
		size_t pl = poss_suffix(w, k);

		if (pl > 0)
			place = quote_hash(w, k - pl);
	}
	for (k = 0; k < sizeof other / sizeof other[0]; k++)
		oh[k] = quote_hash(other[k], strlen(other[k]));
	/* the place only tells apart several holders: "German Economy Minister X" alone is
	 * still "Germany's economy minister", though the two words differ */
	found = sole_holder_among(c, si, need, nneed, oh, 0);
	if (found == -2 && place != 0)
		found = sole_holder_among(c, si, need, nneed, oh, place);
	return found < 0 ? -1 : found;
}

/* Whether the mention that ends at body offset off is set off as someone who asked not
 * to be named: "said the source, who asked not to be identified", "an official, who spoke
 * on condition of anonymity,". Nobody named later is them. */
static bool
anonymous_after(const struct ctx *c, size_t off)
{
	static const char *const why[] = { "asked not to be", "asked that", "spoke on condition",
	    "spoke on the condition", "declined to be", "requested anonymity",
	    "did not want to be", "was not authori", "is not authori", "were not authori",
	    "are not authori" };

	if (off + 6 > c->len || memcmp(c->s + off, ", who ", 6) != 0)
		return false;
	return text_at_any(c, off + 6, why, sizeof why / sizeof why[0]);
}

/* Role nouns never named before ("the EU's top diplomat said") take the person named as
 * the speaker of a quotation within the next two paragraphs, when that person first
 * appears after the role noun and has no other role; else the person named with the role
 * (pending_holder). A holder named with the role also outranks the fallback, the last
 * subject before the role noun. Not one who asked not to be named (anonymous_after). */
static void
resolve_pending(struct ctx *c)
{
	size_t i, j, nneed;
	uint32_t need[8];

	for (i = 0; i < c->nspans; i++) {
		int held;

		if (!c->span_pending[i] || c->span_ent[i] >= 0 ||
		    anonymous_after(c, c->spans[i].mention_off + c->spans[i].mention_len))
			continue;
		nneed = role_needs(c, c->spans[i].mention_off, c->spans[i].mention_len, need);
		if (c->span_fallback[i] >= 0) {
			held = pending_holder(c, i, need, nneed);
			/* "Dr X said ... "...," the chief executive said": X takes the role, unless
			 * someone is soon named with it ("... as furious husband brands builders
			 * 'cowboys'" in a headline, and "her husband Craig" below) */
			c->span_ent[i] = held >= 0 ? held : c->span_fallback[i];
			c->spans[i].confidence = held >= 0 ? 0.6f : 0.5f;
			continue;
		}
		for (j = i + 1; j < c->nspans && j < i + 8; j++) {
			int e = c->span_ent[j];

			if (c->span_para[j] > c->span_para[i] + 2)
				break;
			if (e < 0 || c->ents[e].is_org)
				continue;
			if (c->ents[e].first_pos > c->span_cuepos[i] && (c->ents[e].role.len == 0 ||
			    (nneed > 0 && ent_has_roles(&c->ents[e], need, nneed)))) {
				c->span_ent[i] = e;
				c->spans[i].confidence = 0.6f;
				break;
			}
		}
		if (c->span_ent[i] < 0 && (held = pending_holder(c, i, need, nneed)) >= 0) {
			c->span_ent[i] = held;
			c->spans[i].confidence = 0.6f;
		}
		if (c->span_ent[i] < 0 && (held = sole_later_holder(c, i, need, nneed)) >= 0) {
			c->span_ent[i] = held;
			c->spans[i].confidence = 0.5f;
		}
	}
	/* the quotations that continue one of these (attribute_para's follow) are theirs; a
	 * span only follows an earlier one, so one pass in order carries a chain */
	for (i = 0; i < c->nspans; i++) {
		int f = c->span_follow[i] - 1;

		if (f >= 0 && c->span_ent[i] < 0 && c->span_ent[f] >= 0) {
			c->span_ent[i] = c->span_ent[f];
			c->spans[i].confidence = 0.6f;
		}
	}
}

/* A quotation's words folded for comparison: ASCII letters lowercased, other ASCII bytes
 * left out, other bytes kept. */
static uint64_t
repeat_hash(const char *s, size_t n, size_t *kept)
{
	uint64_t h = 1469598103934665603ull;
	size_t i;

	*kept = 0;
	for (i = 0; i < n; i++) {
		unsigned char b = (unsigned char)s[i];

		if (b >= 'A' && b <= 'Z')
			b = (unsigned char)(b + 32);
		else if (b < 0x80 && !((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')))
			continue;
		h = (h ^ b) * 1099511628211ull;
		(*kept)++;
	}
	return h;
}

/* A quotation the article repeats ("'It feels like being watched': anger over ..." in the
 * headline, said by a named person further down) takes the speaker of its attributed copy.
 * One hash table over the spans: linear however many quotations there are. */
static void
inherit_repeats(struct ctx *c)
{
	size_t i, cap = 16, mask, kept, nwant = 0, tab0[512];
	size_t *tab;
	uint64_t *hs, lens[64] = { 0 }, hs0[256];

	/* Only quotations near the length of an unattributed one are hashed: copies differ
	 * in end punctuation by a byte or two, which a bit per length modulo 4096 with a
	 * margin of two covers. */
	for (i = 0; i < c->nspans; i++)
		if (c->span_ent[i] < 0 && c->spans[i].kind != QUOTE_SCARE && c->spans[i].len >= 12) {
			size_t l;

			for (l = c->spans[i].len - 2; l <= c->spans[i].len + 2; l++)
				lens[(l / 64) % 64] |= 1ull << (l % 64);
			nwant++;
		}
	if (nwant == 0)
		return;
	while (cap < 2 * c->nspans)
		cap *= 2;
	mask = cap - 1;
	/* span index + 1, 0 for empty; an article's worth fits on the stack */
	if (cap <= 512) {
		tab = tab0;
		hs = hs0;
		memset(tab, 0, cap * sizeof *tab);
		memset(hs, 0, c->nspans * sizeof *hs);
	} else {
		tab = xcalloc(cap, sizeof *tab);
		hs = xcalloc(c->nspans, sizeof *hs);
	}
	for (i = 0; i < c->nspans; i++) {
		size_t slot, l = c->spans[i].len;

		if (!(lens[(l / 64) % 64] & (1ull << (l % 64))) || c->spans[i].kind == QUOTE_SCARE)
			continue;
		hs[i] = repeat_hash(c->s + c->spans[i].off, l, &kept);
		if (kept < 12) {
			hs[i] = 0;
			continue;
		}
		if (c->span_ent[i] < 0 || c->spans[i].kind == QUOTE_SCARE)
			continue;
		for (slot = hs[i] & mask; tab[slot] != 0 && hs[tab[slot] - 1] != hs[i]; slot = (slot + 1) & mask)
			;
		if (tab[slot] == 0)
			tab[slot] = i + 1;
	}
	for (i = 0; i < c->nspans; i++) {
		size_t slot;

		if (hs[i] == 0 || c->span_ent[i] >= 0 || c->spans[i].kind == QUOTE_SCARE)
			continue;
		for (slot = hs[i] & mask; tab[slot] != 0; slot = (slot + 1) & mask)
			if (hs[tab[slot] - 1] == hs[i]) {
				c->span_ent[i] = c->span_ent[tab[slot] - 1];
				c->spans[i].confidence = 0.6f;
				break;
			}
	}
	if (tab != tab0) {
		free(tab);
		free(hs);
	}
}

/* Whether span i stands alone as its paragraph, short and without a sentence's end: a
 * crosshead ("« L'équipe va éclater »") that quotes a line of the text below it. */
static bool
crosshead(const struct ctx *c, size_t i)
{
	const struct quote_span *sp = &c->spans[i];
	size_t p, me = sp->mark_off + sp->mark_len;

	if (sp->len == 0 || sp->len > 80 || sp->kind == QUOTE_SCARE)
		return false;
	for (p = sp->mark_off; p > 0 && c->s[p - 1] != '\n'; p--)
		if (c->s[p - 1] != ' ' && c->s[p - 1] != '\t')
			return false;
	if (p == 0)
		return false;
	for (p = me; p < c->len && c->s[p] != '\n'; p++)
		if (c->s[p] != ' ' && c->s[p] != '\t' && c->s[p] != '\r')
			return false;
	return !has_sentence_end(c->s + sp->off, sp->len);
}

/* Whether hay holds needle, its first letter in either case ("L'équipe va éclater" is in
 * "..., l'équipe va éclater"): memmem past that letter, each search going on from the
 * last hit, so linear. */
static bool
holds_words(const char *hay, size_t hn, const char *needle, size_t nn)
{
	unsigned char f = (unsigned char)needle[0];
	const char *h = hay, *end = hay + hn, *hit;

	if (nn < 2 || !((f >= 'A' && f <= 'Z') || (f >= 'a' && f <= 'z')))
		return memmem(hay, hn, needle, nn) != NULL;
	f |= 0x20;
	while (h < end && (hit = memmem(h, (size_t)(end - h), needle + 1, nn - 1)) != NULL) {
		if (hit > hay && ((unsigned char)hit[-1] | 0x20) == f)
			return true;
		h = hit + 1;
	}
	return false;
}

/* Quotation i, a short form of quotation j below (a crosshead's or a headline's), takes j's
 * speaker with less trust, and no cue or mention of its own. */
static void
span_inherit(struct ctx *c, size_t i, size_t j)
{
	c->span_ent[i] = c->span_ent[j];
	c->spans[i].mention_off = c->spans[i].mention_len = 0;
	c->spans[i].cue[0] = '\0';
	c->spans[i].confidence = 0.6f;
}

/* A crosshead takes the speaker of the quotation below that holds its words ("Si on ferme
 * les accouchements, l'équipe va éclater"), not that of the paragraph before it, which
 * it does not continue. At most a few crossheads an article, each compared with the
 * quotations of the next eight paragraphs: linear. */
static __attribute__((noinline)) void
crosshead_speakers(struct ctx *c)
{
	size_t i, j, seen = 0;

	for (i = 0; i < c->nspans && seen < 16; i++) {
		if (!crosshead(c, i))
			continue;
		seen++;
		for (j = i + 1; j < c->nspans && c->span_para[j] <= c->span_para[i] + 8; j++) {
			if (c->span_para[j] == c->span_para[i] || c->spans[j].len <= c->spans[i].len ||
			    c->span_ent[j] < 0 || c->spans[j].kind == QUOTE_SCARE)
				continue;
			if (holds_words(c->s + c->spans[j].off, c->spans[j].len, c->s + c->spans[i].off,
			    c->spans[i].len)) {
				span_inherit(c, i, j);
				break;
			}
		}
	}
}

/* Whether the byte b is an ASCII letter or digit, or a byte of a UTF-8 sequence other than
 * one of U+2000 to U+203F (spaces, curly quotes and apostrophes, dashes, ellipses): what
 * makes up a word when quotations are compared. i indexes s[.., e). */
static inline bool
hl_word_byte(const char *s, size_t i, size_t e)
{
	unsigned char b = (unsigned char)s[i];

	if (b < 0x80)
		return quote_ascii_word[b] != 0;
	return !(b == 0xe2 && i + 2 < e && (unsigned char)s[i + 1] == 0x80);
}

/* The next word of s[*p, e) for comparing quotations; 0 at the end, its range in *w. */
static size_t
hl_word(const char *s, size_t *p, size_t e, struct range *w)
{
	size_t i = *p;

	for (;;) {
		while (i < e && (unsigned char)s[i] < 0x80 && !hl_word_byte(s, i, e))
			i++;
		if (i < e && !hl_word_byte(s, i, e)) {
			i += 3;   /* the three bytes of U+2000 to U+203F */
			continue;
		}
		break;
	}
	w->off = i;
	while (i < e && hl_word_byte(s, i, e))
		i++;
	*p = i;
	w->len = i - w->off;
	return w->len;
}

#define HL_MAXW 24

/* Whether the words of a headline's quotation, hw (n of them), stand in order in the body's
 * [a, e) within a window of at most n + slack words, *at_start when the window opens the
 * text: "We were told this would never happen" in "We were told, time and again, that
 * this would never happen". The earliest end of such a run is found going forwards, its
 * latest start going back from there: linear. */
static bool
hl_in_order(const struct ctx *c, size_t a, size_t e, const struct range *hw, size_t n,
    size_t slack, bool *at_start)
{
	struct range bw[512];
	size_t nb = 0, p = a, k, j, end;

	while (nb < 512 && hl_word(c->s, &p, e, &bw[nb]) > 0)
		nb++;
	for (k = 0, j = 0; j < nb && k < n; j++)
		if (range_ieq(c, bw[j], hw[k]))
			k++;
	if (k < n)
		return false;
	/* j is past the earliest end; go back for the latest start */
	for (end = j; k > 0 && j > 0;)
		if (range_ieq(c, bw[--j], hw[k - 1]))
			k--;
	*at_start = j == 0;
	return end - j <= n + slack;
}

/* Whether the first n words of the quotation s[a, e) end its first clause: a comma, a
 * stop, a colon, a semicolon or a dash right after them, or its end. */
static bool
hl_clause(const struct ctx *c, size_t a, size_t e, size_t n)
{
	struct range w = { a, 0 };
	size_t p = a, k, q;

	for (k = 0; k < n; k++)
		if (hl_word(c->s, &p, e, &w) == 0)
			return false;
	q = w.off + w.len;
	return q >= e || strchr(",.;:!?", c->s[q]) != NULL ||
	    (q + 3 <= e && memcmp(c->s + q, "\xe2\x80\x94", 3) == 0);
}

/* A headline quotes its speaker in short ("'We were told this would never happen': vigil
 * as ..."), leaving out words of what the story below quotes in full ("We were told, time
 * and again, that this would never happen," said Ms Carty). An unattributed quotation of
 * the headline, of four words or more, takes the speaker of the first quotation below that
 * opens with its words in order, with at most a few words between, or else of the first
 * that holds them so (not "They keep saying we will not back down" before the union's
 * "We will not back down until ..."); one of two or three words, of the first that opens
 * with just those words as its first clause; never a slogan, its every word capitalised.
 * At most four headline quotations, each compared with at most 256 quotations below,
 * each of at most 512 words: linear. */
static __attribute__((noinline)) void
headline_abridged(struct ctx *c)
{
	size_t i, j, seen = 0;

	for (i = 0; i < c->nspans && c->span_para[i] == 0 && seen < 4; i++) {
		struct range hw[HL_MAXW];
		size_t n = 0, p = c->spans[i].off, ncap = 0;
		const size_t e = c->spans[i].off + c->spans[i].len;
		int first = -1;
		bool at_start = false, short_hl;

		if (c->span_ent[i] >= 0 || c->spans[i].kind == QUOTE_SCARE)
			continue;
		seen++;
		while (n < HL_MAXW && hl_word(c->s, &p, e, &hw[n]) > 0) {
			ncap += c->s[hw[n].off] >= 'A' && c->s[hw[n].off] <= 'Z';
			n++;
		}
		/* a slogan or a title in capitals ('Make America Great Again') is nobody's;
		 * two or three words ("'We were lucky': ...") only as the very words that open
		 * a quotation below and end its first clause ("We were lucky," said ...; not
		 * 'Time to go' for "Time to go is never easy", nor 'Zombie knives' for "Zombie
		 * knives are a menace") */
		short_hl = n < 4;
		if (n < 2 || n >= HL_MAXW || ncap == n)
			continue;
		for (j = i + 1; j < c->nspans && j - i <= 256; j++) {
			if (c->span_para[j] == 0 || c->span_ent[j] < 0 || c->spans[j].kind == QUOTE_SCARE ||
			    c->spans[j].len <= c->spans[i].len)
				continue;
			if (hl_in_order(c, c->spans[j].off, c->spans[j].off + c->spans[j].len, hw, n,
			    short_hl ? 0 : n / 2 + 2, &at_start) && (!short_hl || (at_start &&
			    hl_clause(c, c->spans[j].off, c->spans[j].off + c->spans[j].len, n)))) {
				if (first < 0)
					first = (int)j;
				if (at_start) {
					first = (int)j;
					break;
				}
			}
		}
		if (first >= 0)
			span_inherit(c, i, (size_t)first);
	}
}

/* Whether quotations i and j hold the same words, case aside ("robbed" and "Robbed!"). */
static bool
same_words(const struct ctx *c, size_t i, size_t j)
{
	size_t pi = c->spans[i].off, pj = c->spans[j].off;
	const size_t ei = pi + c->spans[i].len, ej = pj + c->spans[j].len;
	struct range a, b;

	for (;;) {
		size_t na = hl_word(c->s, &pi, ei, &a), nb = hl_word(c->s, &pj, ej, &b);

		if (na == 0 || nb == 0)
			return na == nb;
		if (!range_ieq(c, a, b))
			return false;
	}
}

/* A headline quotes a word or two that the story below quotes from someone ("Villagers'
 * fury as 'monstrous' solar farm approved" over "Margaret Elwes ... called the development
 * "monstrous""): too short to tell from a scare quote by itself, it is that person's
 * partial quotation when a quotation below, not a scare quote, is the same words. Only
 * lowercase words: a capital marks a title ('Heat', 'Game of Thrones'). At most four such
 * quotations of a headline, each compared with at most 256 quotations below: linear. */
static __attribute__((noinline)) void
headline_echo(struct ctx *c)
{
	size_t i, j, seen = 0;

	for (i = 0; i < c->nspans && c->span_para[i] == 0 && seen < 4; i++) {
		struct range w;
		size_t n = 0, ncap = 0, p = c->spans[i].off;
		const size_t e = p + c->spans[i].len;

		if (c->spans[i].kind != QUOTE_SCARE || c->spans[i].len > 40)
			continue;
		seen++;
		while (n < 4 && hl_word(c->s, &p, e, &w) > 0) {
			ncap += !(c->s[w.off] >= 'a' && c->s[w.off] <= 'z');
			n++;
		}
		if (n == 0 || n > 3 || ncap > 0)
			continue;
		for (j = i + 1; j < c->nspans && j - i <= 256; j++) {
			if (c->span_para[j] == 0 || c->spans[j].kind == QUOTE_SCARE ||
			    c->spans[j].len > c->spans[i].len + 4 || !same_words(c, i, j))
				continue;
			c->spans[i].kind = QUOTE_PARTIAL;
			span_inherit(c, i, j);
			break;
		}
	}
}

/* A name as the article writes it at r, without a nickname set inside it (tok_nickname):
 * "Robert Tannehill" for "Robert "Bobby" Tannehill". The spans are in body order. */
static char *
ent_name_out(const struct ctx *c, struct range r)
{
	size_t lo = 0, hi = c->nspans, at = r.off, end = r.off + r.len;
	struct buf b;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->spans[mid].mark_off <= r.off)
			lo = mid + 1;
		else
			hi = mid;
	}
	/* a quotation the name's range holds whole can only be one it ran across */
	if (lo == c->nspans || c->spans[lo].mark_off + c->spans[lo].mark_len >= end)
		return xstrndup(c->s + r.off, r.len);
	buf_init(&b);
	for (; lo < c->nspans && c->spans[lo].mark_off + c->spans[lo].mark_len < end; lo++) {
		if (c->spans[lo].mark_off < at)
			continue;
		buf_add(&b, c->s + at, c->spans[lo].mark_off - at);
		at = c->spans[lo].mark_off + c->spans[lo].mark_len + 1;
	}
	buf_add(&b, c->s + at, end - at);
	return buf_detach(&b);
}

/* A quotation running over several paragraphs becomes one span per paragraph, so that no
 * span's text holds a paragraph break or the mark that reopens the next paragraph. The
 * later parts keep the speaker but carry no cue or mention of their own. Spans never
 * overlap, so this is one linear pass over their text. */
static void
split_paragraphs(struct ctx *c)
{
	struct quote_span *nv = NULL;
	int *ne = NULL;
	size_t i, n = 0, cap = 0;
	bool any = false;

	for (i = 0; i < c->nspans && !any; i++)
		if (quote_para_end(c->s, c->spans[i].off + c->spans[i].len, c->spans[i].off) <
		    c->spans[i].off + c->spans[i].len)
			any = true;
	if (!any)
		return;
	for (i = 0; i < c->nspans; i++) {
		const struct quote_span sp = c->spans[i];
		size_t end = sp.off + sp.len, cs = sp.off, mo = sp.mark_off;
		bool first = true;

		while (cs < end) {
			size_t pe = quote_para_end(c->s, end, cs), ce = pe, me, mlen, p;
			struct quote_span *part;

			while (ce > cs && quote_space_byte((unsigned char)c->s[ce - 1]))
				ce--;
			me = pe < end ? ce : sp.mark_off + sp.mark_len;
			if (ce > cs) {
				if (n == cap) {
					cap = cap ? cap * 2 : c->nspans + 8;
					nv = xreallocarray(nv, cap, sizeof *nv);
					ne = xreallocarray(ne, cap, sizeof *ne);
				}
				part = &nv[n];
				*part = sp;
				part->off = cs;
				part->len = ce - cs;
				part->mark_off = mo;
				part->mark_len = me - mo;
				if (!first) {
					part->cue[0] = '\0';
					part->mention_off = part->mention_len = 0;
				}
				ne[n++] = c->span_ent[i];
				first = false;
			}
			if (pe >= end)
				break;
			p = quote_skip_newlines(c->s, end, pe);
			mo = p;
			if (p < end && quote_mark_at(c->s, end, p, &mlen) != QM_NONE)
				p += mlen;
			while (p < end && quote_space_byte((unsigned char)c->s[p]))
				p++;
			if (p + 1 < end && (unsigned char)c->s[p] == 0xc2 && (unsigned char)c->s[p + 1] == 0xa0)
				p += 2;
			cs = p;
		}
	}
	free(c->spans);
	c->spans = nv;
	c->span_ent = c->span_ent_split = ne;
	c->nspans = n;
}

static void
build_result(struct ctx *c, struct quote_result *out)
{
	size_t i;

	out->spans = c->spans;
	out->nspans = c->nspans;
	/* room for every entity at once: growing by one took a realloc per speaker, about 1%
	 * of the extraction's instructions */
	out->entities = c->nents > 0 && c->nspans > 0 ?
	    xreallocarray(NULL, c->nents, sizeof *out->entities) : NULL;
	out->nentities = 0;
	for (i = 0; i < c->nspans; i++) {
		int e = c->span_ent[i];
		struct ent *en;
		struct quote_entity *qe;

		if (e < 0) {
			c->spans[i].entity = -1;
			continue;
		}
		en = &c->ents[e];
		if (en->out < 0) {
			qe = &out->entities[out->nentities];
			qe->name = ent_name_out(c, en->name);
			qe->role = en->role.len ? xstrndup(c->s + en->role.off, en->role.len) : NULL;
			qe->aliases = NULL;
			qe->naliases = en->naliases;
			if (en->naliases > 0) {
				size_t k;

				qe->aliases = xreallocarray(NULL, en->naliases, sizeof *qe->aliases);
				for (k = 0; k < en->naliases; k++)
					qe->aliases[k] = ent_name_out(c, en->aliases[k]);
			}
			qe->is_org = en->is_org;
			qe->unnamed = en->unnamed;
			en->out = (int)out->nentities++;
		}
		c->spans[i].entity = en->out;
	}
}

/* A byte of a word for interview_voice: an ASCII word byte or any byte of a multibyte
 * character. */
static inline bool
interview_wordc(char ch)
{
	unsigned char b = (unsigned char)ch;

	return b >= 0x80 || quote_ascii_word[b] != 0;
}

/* Whether the byte before off and the one at end leave body[off, end) a whole word. */
static bool
interview_word_at(const struct ctx *c, size_t off, size_t end)
{
	return (off == 0 || !interview_wordc(c->s[off - 1])) && (end >= c->len || !interview_wordc(c->s[end]));
}

/* Whether body[off, off + n) is the literal w (n is strlen(w)), in bounds. */
static bool
interview_lit(const struct ctx *c, size_t off, const char *w, size_t n)
{
	return off + n <= c->len && memcmp(c->s + off, w, n) == 0;
}

/* Whether off lies outside every quotation (the spans are in text order). */
static bool
interview_outside(const struct ctx *c, size_t off)
{
	size_t lo = 0, hi = c->nspans, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c->spans[mid].mark_off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 || off >= c->spans[lo - 1].off + c->spans[lo - 1].len;
}

/* Whether the "me" at m ends "tells me" or "told me" outside any quotation. */
static bool
interview_told_me(const struct ctx *c, size_t m)
{
	size_t w = SIZE_MAX;

	if (!interview_word_at(c, m, m + 2))
		return false;
	if (m >= 6 && interview_lit(c, m - 6, "tells ", 6))
		w = m - 6;
	else if (m >= 5 && interview_lit(c, m - 5, "told ", 5))
		w = m - 5;
	return w != SIZE_MAX && (w == 0 || !interview_wordc(c->s[w - 1])) && interview_outside(c, m);
}

/* Whether the "k" at k ends "I ask" or begins the ending of "I asked" outside any quotation. */
static bool
interview_i_ask(const struct ctx *c, size_t k)
{
	size_t end = k + 1;

	if (k < 4 || !interview_lit(c, k - 4, "I as", 4))
		return false;
	if (interview_lit(c, end, "ed", 2))
		end += 2;
	return interview_word_at(c, k - 4, end) && interview_outside(c, k);
}

/* Whether the writer of the article interviews in the first person, outside any quotation:
 * "she tells me", "he told me", "I ask", "I asked". One pass finds the pairs of bytes "me"
 * and "sk" (sixteen places at a time with SSE2), and only those places are read: a pass
 * per letter with memchr stopped at every 'm' of the article, a call each. */
static bool
interview_voice_find(const struct ctx *c)
{
	const char *s = c->s;
	size_t i = 0;

#ifdef __SSE2__
	for (; i + 17 <= c->len; i += 16) {
		const __m128i a = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		const __m128i b = _mm_loadu_si128((const __m128i *)(const void *)(s + i + 1));
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('m')), _mm_cmpeq_epi8(b, _mm_set1_epi8('e'))),
		    _mm_and_si128(_mm_cmpeq_epi8(a, _mm_set1_epi8('s')), _mm_cmpeq_epi8(b, _mm_set1_epi8('k')))));

		while (m != 0) {
			size_t at = i + (size_t)__builtin_ctz(m);

			m &= m - 1;
			if (s[at] == 'm' ? interview_told_me(c, at) : interview_i_ask(c, at + 1))
				return true;
		}
	}
#endif
	for (; i + 1 < c->len; i++) {
		if (s[i] == 'm' && s[i + 1] == 'e' && interview_told_me(c, i))
			return true;
		if (s[i] == 's' && s[i + 1] == 'k' && interview_i_ask(c, i + 1))
			return true;
	}
	return false;
}

/* interview_voice_find, once per article and only when a pronoun asks */
static bool
interview_voice(struct ctx *c)
{
	if (c->interview < 0)
		c->interview = interview_voice_find(c);
	return c->interview > 0;
}

/* Whether the first sentence of the paragraph just tokenised holds a verb of speech
 * outside its quotations ("asked", "answered", "said"): whom it opens on is about to
 * speak, not only to be written of ("Jonas Berg scored twice", "Liam Carver was
 * jailed"). The first sentence only: most of its words' flags are looked up already. */
static bool
para_speaks(struct ctx *c)
{
	size_t k;

	for (k = 0; k < c->tk.n && c->tk.v[k].type != T_END; k++)
		if (tok_cue(c, k, QC_SAY | QC_TELL))
			return true;
	return false;
}

/* Whether the paragraph before the current one mentions no person but e, named or
 * unnamed. */
static bool
para_sole_person(const struct ctx *c, int e)
{
	size_t k, n = ring_count(c);

	for (k = 0; k < n; k++) {
		const struct ment *m = ring_back(c, k);
		const struct ent *x = &c->ents[m->ent];

		/* the ring is in push order, not text order: look at all of it */
		if (m->pos >= c->prev_para && m->pos < c->cur_para && m->ent != e &&
		    (!x->is_org || x->someone))
			return false;
	}
	return true;
}

void
quote_extract(const char *body, size_t len, struct quote_result *out)
{
	struct ctx c;
	struct rawq_list rq = { NULL, 0, 0 };
	size_t i, p, qi = 0;
	int para = 0, carry = -1;

	memset(out, 0, sizeof *out);
	if (body == NULL || len == 0)
		return;
	memset(&c, 0, sizeof c);
	c.s = body;
	c.len = len;
	quote_find_all(body, len, &rq);
	/* an article without a quotation mark has nothing to attribute: a feed's briefs,
	 * listings and notices are spared the phrase parsing below */
	if (rq.n == 0) {
		free(rq.v);
		return;
	}
	c.nspans = rq.n;
	c.spans = xcalloc(rq.n, sizeof *c.spans);
	span_arrays_alloc(&c, rq.n);
	for (i = 0; i < rq.n; i++) {
		c.spans[i].off = rq.v[i].co;
		c.spans[i].len = rq.v[i].ce - rq.v[i].co;
		c.spans[i].mark_off = rq.v[i].mo;
		c.spans[i].mark_len = rq.v[i].me - rq.v[i].mo;
		c.spans[i].entity = -1;
		c.span_ent[i] = -1;
	}
	free(rq.v);
	c.interview = -1;
	c.doc_ent = -1;
	c.focus = -1;
	c.last_subject = -1;
	c.lead_subject = -1;
	c.alt_for = -1;

	/* Pass 2: logical paragraphs (a quotation running on joins paragraphs), in order. */
	p = quote_skip_newlines(body, len, 0);
	while (p < len) {
		size_t e = quote_para_end(body, len, p), t0, tq;

		tq = qi;
		while (tq < c.nspans && c.spans[tq].mark_off < e) {
			size_t qe = c.spans[tq].mark_off + c.spans[tq].mark_len;

			if (qe > e)
				e = quote_para_end(body, len, qe);
			tq++;
		}
		if (c.npara == c.cappara) {
			c.cappara = c.cappara ? c.cappara * 2 : 32;
			c.para_off = xreallocarray(c.para_off, c.cappara, sizeof *c.para_off);
		}
		c.para_off[c.npara++] = p;
		quote_tokenise(&c, p, e, qi);
		if (c.npara <= 3 && c.tk.n > 2 && (c.tk.v[0].wf & W_ALLCAP))
			dateline_strip(&c);
		c.head_end = e;
		c.head_caps = para == 0 && e < len && title_case_para(&c);
		if (c.head_caps)
			memset(c.head_word, 0, sizeof c.head_word);
		c.prev_para = c.cur_para;
		c.cur_para = p;
		c.prev_subject = c.lead_subject >= 0 && para_sole_person(&c, c.lead_subject) ?
		    c.lead_subject : -1;
		c.lead_subject = -1;
		c.last_subject = -1;
		t0 = 0;
		c.para_nents = c.nents;
		if (!byline(&c))
			scan_mentions(&c, t0, c.tk.n);
		attribute_para(&c, para, &carry, para == 0);
		if (c.lead_subject >= 0 && !para_speaks(&c))
			c.lead_subject = -1;
		qi = tq;
		para++;
		p = quote_skip_newlines(body, len, e);
		if (p == e)
			p++;
	}
	resolve_pending(&c);
	inherit_repeats(&c);
	crosshead_speakers(&c);
	headline_abridged(&c);
	headline_echo(&c);
	split_paragraphs(&c);
	build_result(&c, out);
	free(c.ents);
	free(c.para_off);
	free(c.tk.v);
	free(c.span_block);
	free(c.span_ent_split);
}

void
quote_result_free(struct quote_result *r)
{
	size_t i, k;

	if (r == NULL)
		return;
	for (i = 0; i < r->nentities; i++) {
		free(r->entities[i].name);
		free(r->entities[i].role);
		for (k = 0; k < r->entities[i].naliases; k++)
			free(r->entities[i].aliases[k]);
		free(r->entities[i].aliases);
	}
	free(r->entities);
	free(r->spans);
	memset(r, 0, sizeof *r);
}

const char *
quote_kind_name(enum quote_kind k)
{
	switch (k) {
	case QUOTE_SPEECH:
		return "speech";
	case QUOTE_PARTIAL:
		return "partial";
	case QUOTE_SCARE:
		return "scare";
	default:
		return "unknown";
	}
}
