/* text.c: the one UTF-8 module: validity, cleaning, cluster widths, cutting, folding. */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "text.h"
#include "util.h"

#define TEXT_REPLACEMENT 0xFFFD
#define TEXT_VS16 0xFE0F

/*
 * A hostile "Zalgo" cluster of a million combining marks would make canonical
 * reordering (a bubble sort inside utf8proc) quadratic. text_clean keeps at most
 * this many code points of one cluster and drops the rest, which bounds that cost
 * while leaving every real-world cluster (long emoji ZWJ sequences are ~10) intact.
 */
#define TEXT_CLUSTER_MAX 32

/* text_clean normalises in chunks of about this many bytes, cut at cluster bounds:
 * no canonical composition spans an extended grapheme cluster boundary, so NFC of
 * the chunks joined equals NFC of the whole, at bounded memory per call. */
#define TEXT_CHUNK 4096

/* Decodes one code point; -1 for an invalid or truncated sequence. *n gets its length. */
static long
text_decode_one(const char *s, size_t len, size_t pos, size_t *n)
{
	utf8proc_int32_t cp;
	utf8proc_ssize_t r;
	size_t avail = len - pos;

	if ((unsigned char)s[pos] < 0x80) {
		*n = 1;
		return (unsigned char)s[pos];
	}
	if (avail > 4)
		avail = 4;
	r = utf8proc_iterate((const utf8proc_uint8_t *)s + pos, (utf8proc_ssize_t)avail, &cp);
	if (r <= 0 || cp < 0) {
		*n = 1;
		return -1;
	}
	*n = (size_t)r;
	return cp;
}

long
text_decode(const char *s, size_t len, size_t *pos)
{
	size_t n;
	long cp;

	if (*pos >= len)
		return -1;
	cp = text_decode_one(s, len, *pos, &n);
	*pos += n;
	return cp < 0 ? TEXT_REPLACEMENT : cp;
}

bool
text_valid_utf8(const char *s, size_t len)
{
	size_t pos = 0, n;

	while (pos < len) {
		if (text_decode_one(s, len, pos, &n) < 0)
			return false;
		pos += n;
	}
	return true;
}

/* Encodes cp (valid, not a surrogate) into out; returns the byte count. */
static size_t
text_encode(long cp, char out[4])
{
	return (size_t)utf8proc_encode_char((utf8proc_int32_t)cp, (utf8proc_uint8_t *)out);
}

static void
text_buf_addcp(struct buf *b, long cp)
{
	char tmp[4];

	buf_add(b, tmp, text_encode(cp, tmp));
}

char *
text_from_latin1(const char *s, size_t len, size_t *outlen)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	for (i = 0; i < len; i++)
		text_buf_addcp(&b, (unsigned char)s[i]);
	if (outlen != NULL)
		*outlen = b.len;
	return buf_detach(&b);
}

static bool
text_is_bidi_control(long cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Code points that must never reach the terminal as they are: C0, DEL, C1, the
 * line/paragraph separators and bidi embedding, override and isolate controls. */
static bool
text_is_control(long cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
	    text_is_bidi_control(cp);
}

static bool
text_is_regional(long cp)
{
	return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

size_t
text_grapheme(const char *s, size_t len, size_t pos, int *width, bool *is_control)
{
	utf8proc_int32_t state = 0;
	size_t n, end;
	long first, prev, cp;
	int w = 0, cw, regional = 0;
	bool ctl;

	if (pos >= len) {
		*width = 0;
		if (is_control != NULL)
			*is_control = false;
		return 0;
	}
	first = text_decode_one(s, len, pos, &n);
	if (first < 0) {
		*width = 1;
		if (is_control != NULL)
			*is_control = false;
		return 1;
	}
	ctl = text_is_control(first);
	if (!ctl) {
		cw = utf8proc_charwidth((utf8proc_int32_t)first);
		w = cw > 0 ? cw : 0;
	}
	regional = text_is_regional(first);
	end = pos + n;
	prev = first;
	while (end < len) {
		cp = text_decode_one(s, len, end, &n);
		if (cp < 0)
			break;
		/* two ASCII characters always break, except "\r\n" */
		if (prev < 0x80 && cp < 0x80 && !(prev == '\r' && cp == '\n'))
			break;
		if (utf8proc_grapheme_break_stateful((utf8proc_int32_t)prev, (utf8proc_int32_t)cp,
		    &state))
			break;
		if (!ctl) {
			cw = utf8proc_charwidth((utf8proc_int32_t)cp);
			if (w == 0 && cw > 0 && !text_is_control(cp))
				w = cw;
			else if (cp == TEXT_VS16 && w == 1)
				w = 2; /* emoji presentation of a text-default base */
			if (text_is_regional(cp) && ++regional == 2)
				w = 2; /* a flag */
		}
		prev = cp;
		end += n;
	}
	*width = ctl ? 0 : w;
	if (is_control != NULL)
		*is_control = ctl;
	return end - pos;
}

int
text_width(const char *s, size_t len)
{
	size_t pos = 0, n;
	long total = 0;
	int w;

	while ((n = text_grapheme(s, len, pos, &w, NULL)) > 0) {
		total += w;
		if (total >= INT_MAX)
			return INT_MAX; /* saturate rather than overflow on huge input */
		pos += n;
	}
	return (int)total;
}

size_t
text_prefix_fit(const char *s, size_t len, int cols, int *width)
{
	size_t pos = 0, n;
	int used = 0, w;

	if (cols > 0) {
		while ((n = text_grapheme(s, len, pos, &w, NULL)) > 0) {
			if (used + w > cols)
				break;
			used += w;
			pos += n;
		}
	}
	if (width != NULL)
		*width = used;
	return pos;
}

char *
text_cut(const char *s, size_t len, int cols)
{
	struct buf b;
	size_t n;

	buf_init(&b);
	if (cols <= 0)
		return buf_detach(&b);
	n = text_prefix_fit(s, len, cols, NULL);
	if (n == len) {
		buf_add(&b, s, len);
		return buf_detach(&b);
	}
	n = text_prefix_fit(s, n, cols - 1, NULL);
	buf_add(&b, s, n);
	buf_adds(&b, "\xE2\x80\xA6"); /* "…" */
	return buf_detach(&b);
}

char *
text_display(const char *s, size_t len)
{
	struct buf b;
	size_t pos = 0, n;
	long cp;

	buf_init(&b);
	while (pos < len) {
		cp = text_decode_one(s, len, pos, &n);
		if (cp < 0 || text_is_control(cp))
			text_buf_addcp(&b, TEXT_REPLACEMENT);
		else
			buf_add(&b, s + pos, n);
		pos += n;
	}
	return buf_detach(&b);
}

/* ---- text_clean ---- */

enum text_esc {
	TEXT_ESC_NONE,
	TEXT_ESC_START,    /* after ESC */
	TEXT_ESC_INTER,    /* ESC, intermediate bytes (such as "(") until a final byte */
	TEXT_ESC_CSI,      /* ESC [ params... until a final byte */
	TEXT_ESC_STRING,   /* OSC, DCS, SOS, PM, APC: until BEL or ST */
	TEXT_ESC_STRING_ESC /* ESC seen inside a string: "\\" ends it */
};

struct text_cleaner {
	struct buf out;     /* normalised result */
	struct buf chunk;   /* filtered text awaiting NFC */
	enum text_esc esc;
	bool after_cr;
	utf8proc_int32_t gstate;
	long prev;          /* previous code point kept in chunk, -1 for none */
	int cluster_cps;    /* code points of the current cluster kept so far */
	bool chunk_ascii;   /* chunk holds only ASCII */
};

static void
text_clean_flush(struct text_cleaner *c)
{
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t r;

	if (c->chunk.len == 0)
		return;
	if (c->chunk_ascii) {
		/* ASCII is already NFC; skipping utf8proc here triples throughput */
		buf_add(&c->out, c->chunk.s, c->chunk.len);
		c->chunk.len = 0;
		return;
	}
	r = utf8proc_map((const utf8proc_uint8_t *)c->chunk.s, (utf8proc_ssize_t)c->chunk.len,
	    &nfc, UTF8PROC_COMPOSE | UTF8PROC_STABLE);
	if (r < 0) {
		/* The chunk is valid UTF-8 by construction, so only memory can fail. */
		if (r == UTF8PROC_ERROR_NOMEM)
			fatal("out of memory normalising text");
		fatal("utf8proc_map: %s", utf8proc_errmsg(r));
	}
	buf_add(&c->out, (const char *)nfc, (size_t)r);
	free(nfc);
	c->chunk.len = 0;
	c->chunk_ascii = true;
}

/* Takes one filtered code point: tracks clusters, caps their length, and
 * normalises the pending chunk at a cluster boundary once it is large. */
static void
text_clean_keep(struct text_cleaner *c, long cp)
{
	bool brk = true;

	if (c->prev >= 0 && c->prev < 0x80 && cp < 0x80)
		c->gstate = 0; /* two ASCII characters always break ('\r' never gets here) */
	else if (c->prev >= 0)
		brk = utf8proc_grapheme_break_stateful((utf8proc_int32_t)c->prev,
		    (utf8proc_int32_t)cp, &c->gstate);
	c->prev = cp;
	if (brk) {
		if (c->chunk.len >= TEXT_CHUNK)
			text_clean_flush(c);
		c->cluster_cps = 0;
	}
	if (++c->cluster_cps > TEXT_CLUSTER_MAX)
		return;
	if (cp < 0x80) {
		buf_addc(&c->chunk, (char)cp);
		return;
	}
	c->chunk_ascii = false;
	text_buf_addcp(&c->chunk, cp);
}

/* The escape-sequence and control filter: one decoded code point in. */
static void
text_clean_cp(struct text_cleaner *c, long cp)
{
	switch (c->esc) {
	case TEXT_ESC_NONE:
		break;
	case TEXT_ESC_START:
		if (cp == '[') {
			c->esc = TEXT_ESC_CSI;
			return;
		}
		if (cp == ']' || cp == 'P' || cp == 'X' || cp == '^' || cp == '_') {
			c->esc = TEXT_ESC_STRING;
			return;
		}
		if (cp == 0x1B)
			return; /* ESC ESC: the second one starts the sequence */
		if (cp >= 0x20 && cp <= 0x2F) {
			c->esc = TEXT_ESC_INTER;
			return;
		}
		c->esc = TEXT_ESC_NONE;
		if (cp >= 0x30 && cp <= 0x7E)
			return; /* a two-character sequence such as ESC c or ESC 7 */
		break;      /* ESC before a control or text: drop the ESC alone */
	case TEXT_ESC_INTER:
		if (cp >= 0x20 && cp <= 0x2F)
			return;
		c->esc = TEXT_ESC_NONE;
		if (cp >= 0x30 && cp <= 0x7E)
			return;
		break;
	case TEXT_ESC_CSI:
		if (cp >= 0x20 && cp <= 0x3F)
			return; /* parameter and intermediate bytes */
		c->esc = TEXT_ESC_NONE;
		if (cp >= 0x40 && cp <= 0x7E)
			return; /* final byte */
		break;      /* a malformed sequence ends at the first foreign character */
	case TEXT_ESC_STRING:
		if (cp == 0x07 || cp == 0x9C)
			c->esc = TEXT_ESC_NONE;
		else if (cp == 0x1B)
			c->esc = TEXT_ESC_STRING_ESC;
		return;
	case TEXT_ESC_STRING_ESC:
		if (cp == '\\') {
			c->esc = TEXT_ESC_NONE;
			return;
		}
		/* ESC followed by anything else ends the string and starts a new sequence */
		c->esc = TEXT_ESC_START;
		text_clean_cp(c, cp);
		return;
	}

	if (cp == '\n' && c->after_cr) {
		c->after_cr = false;
		return; /* the '\n' of "\r\n" was already written */
	}
	c->after_cr = false;
	if (cp == 0x1B) {
		c->esc = TEXT_ESC_START;
		return;
	}
	if (cp == '\r') {
		c->after_cr = true;
		cp = '\n';
	} else if (cp == 0x2028 || cp == 0x2029) {
		cp = '\n';
	} else if (cp == '\t') {
		cp = ' ';
	} else if (cp == 0xFEFF || (cp != '\n' && text_is_control(cp))) {
		return;
	}
	text_clean_keep(c, cp);
}

char *
text_clean(const char *s, size_t len, size_t *outlen)
{
	struct text_cleaner c;
	size_t pos = 0, n;
	long cp;

	memset(&c, 0, sizeof c);
	buf_init(&c.out);
	buf_init(&c.chunk);
	c.prev = -1;
	c.chunk_ascii = true;
	while (pos < len) {
		cp = text_decode_one(s, len, pos, &n);
		pos += n;
		text_clean_cp(&c, cp < 0 ? TEXT_REPLACEMENT : cp);
	}
	text_clean_flush(&c);
	buf_free(&c.chunk);
	if (outlen != NULL)
		*outlen = c.out.len;
	return buf_detach(&c.out);
}

/* ---- text_fold ---- */

static bool
text_fold_space(long cp)
{
	if (cp == ' ' || cp == '\n')
		return true;
	return utf8proc_category((utf8proc_int32_t)cp) == UTF8PROC_CATEGORY_ZS;
}

char *
text_fold(const char *s, size_t len)
{
	utf8proc_uint8_t *mapped = NULL;
	utf8proc_ssize_t r;
	struct buf b;
	char *clean;
	size_t cleanlen, pos = 0, n;
	bool pending_space = false;
	long cp;

	/* Cleaning first gives utf8proc valid, control-free text with bounded clusters. */
	clean = text_clean(s, len, &cleanlen);
	r = utf8proc_map((const utf8proc_uint8_t *)clean, (utf8proc_ssize_t)cleanlen, &mapped,
	    UTF8PROC_COMPOSE | UTF8PROC_STABLE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
	    UTF8PROC_COMPAT);
	free(clean);
	if (r < 0) {
		if (r == UTF8PROC_ERROR_NOMEM)
			fatal("out of memory folding text");
		fatal("utf8proc_map: %s", utf8proc_errmsg(r));
	}
	buf_init(&b);
	while (pos < (size_t)r) {
		cp = text_decode_one((const char *)mapped, (size_t)r, pos, &n);
		if (cp >= 0 && text_fold_space(cp)) {
			pending_space = b.len > 0;
		} else {
			if (pending_space)
				buf_addc(&b, ' ');
			pending_space = false;
			buf_add(&b, (const char *)mapped + pos, n);
		}
		pos += n;
	}
	free(mapped);
	return buf_detach(&b);
}

size_t
text_cp_start(const char *s, size_t len, size_t pos)
{
	size_t q = pos, end;

	if (pos >= len || ((unsigned char)s[pos] & 0xC0) != 0x80)
		return pos;
	/* Only three bytes back can matter: no valid sequence is longer than four. */
	while (q > 0 && pos - q < 3) {
		q--;
		if (((unsigned char)s[q] & 0xC0) != 0x80) {
			end = q;
			text_decode(s, len, &end);
			return end > pos ? q : pos;
		}
	}
	return pos;
}
