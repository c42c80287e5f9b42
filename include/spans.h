/* spans.h: layering of highlighted byte ranges over a text (quotes, speaker mentions, the
 * current quote, bookmarks, search hits, the visual selection) into flat segments the
 * drawing code paints one by one. Pure: the mapping to curses attributes is color.c's. */
#ifndef QUOTH_SPANS_H
#define QUOTH_SPANS_H

#include <stddef.h>

/* Kinds, lowest layer first: a segment shows every kind that covers it. */
enum span_kind {
	SPAN_QUOTE,     /* a quotation; style = its speaker's palette slot (-1: unknown) */
	SPAN_MENTION,   /* the speaker's mention; style as SPAN_QUOTE */
	SPAN_CURRENT,   /* the quote the quotes pane has selected */
	SPAN_BOOKMARK,  /* a bookmarked passage */
	SPAN_SEARCH,    /* a search hit */
	SPAN_SELECTION, /* the visual-mode selection */
	SPAN_POINT,     /* the body's cursor (one cluster) */
	SPAN_KIND_COUNT
};

struct span {
	size_t off, len;
	enum span_kind kind;
	int style; /* kind-specific; -1 when unused */
};

/* A maximal run of bytes with the same kinds and styles over it (two touching quotes of
 * one speaker make one run). */
struct span_seg {
	size_t off, len;
	unsigned kinds;              /* bit (1u << kind) for each kind that covers the run */
	int style[SPAN_KIND_COUNT];  /* per covering kind: the style of the covering span of
	                              * that kind that starts last (the innermost), else -1 */
};

/* spans_layer: splits [from, to) into segments: consecutive, non-empty, covering exactly
 * [from, to), each with the set of spans over it (spans may overlap, nest, be empty, lie
 * outside the range, or come in any order). Returns the count and a new array in *out
 * (caller frees; NULL when from >= to). O((n + segments) log n). */
size_t spans_layer(const struct span *spans, size_t n, size_t from, size_t to,
                   struct span_seg **out);

/* spans_palette_slot: the palette slot for a speaker id among slots slots (slots >= 1):
 * stable for an id, and consecutive ids get different slots. Ids <= 0 (unknown) give -1. */
int spans_palette_slot(long long speaker_id, int slots);

#endif
