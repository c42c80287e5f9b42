/* spans.c: flattens overlapping highlight spans into segments by a sweep over their ends. */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "spans.h"
#include "util.h"

/* A span clipped to the range; off is kept unclipped so "starts last" does not depend
 * on where the range begins. */
struct spans_item {
	size_t start, end, off, idx;
	enum span_kind kind;
	int style;
};

static int
spans_cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return x < y ? -1 : x > y;
}

static int
spans_cmp_start(const void *a, const void *b)
{
	const struct spans_item *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* The innermost of two spans: the later start, then the later place in the input. */
static int
spans_inner(const struct spans_item *x, const struct spans_item *y)
{
	if (x->off != y->off)
		return x->off > y->off;
	return x->idx > y->idx;
}

/* A max-heap of item indices per kind, ordered by spans_inner; spans that have ended
 * are only removed when they reach the top, which is all the sweep looks at. */
struct spans_heap {
	size_t *v;
	size_t n;
};

static void
spans_heap_push(struct spans_heap *h, const struct spans_item *it, size_t k)
{
	size_t i = h->n++, p;

	while (i > 0) {
		p = (i - 1) / 2;
		if (!spans_inner(&it[k], &it[h->v[p]]))
			break;
		h->v[i] = h->v[p];
		i = p;
	}
	h->v[i] = k;
}

static void
spans_heap_pop(struct spans_heap *h, const struct spans_item *it)
{
	size_t last, i = 0, c;

	last = h->v[--h->n];
	for (;;) {
		c = 2 * i + 1;
		if (c >= h->n)
			break;
		if (c + 1 < h->n && spans_inner(&it[h->v[c + 1]], &it[h->v[c]]))
			c++;
		if (!spans_inner(&it[h->v[c]], &it[last]))
			break;
		h->v[i] = h->v[c];
		i = c;
	}
	if (h->n > 0)
		h->v[i] = last;
}

static int
spans_same(const struct span_seg *a, unsigned kinds, const int *style)
{
	return a->kinds == kinds && memcmp(a->style, style, sizeof a->style) == 0;
}

size_t
spans_layer(const struct span *spans, size_t n, size_t from, size_t to,
            struct span_seg **out)
{
	struct spans_item *it;
	struct spans_heap heap[SPAN_KIND_COUNT];
	size_t *bound, *heapmem, count[SPAN_KIND_COUNT] = { 0 };
	size_t m = 0, nb = 0, i, k, next = 0, nseg = 0, used;
	struct span_seg *seg;

	*out = NULL;
	if (from >= to)
		return 0;
	it = xreallocarray(NULL, n > 0 ? n : 1, sizeof *it);
	for (i = 0; i < n; i++) {
		const struct span *s = &spans[i];
		/* off + len clamped: a hostile length must not wrap around to a small end */
		size_t end = s->len > SIZE_MAX - s->off ? SIZE_MAX : s->off + s->len;
		size_t start = s->off > from ? s->off : from;

		if (end > to)
			end = to;
		if ((unsigned)s->kind >= SPAN_KIND_COUNT || start >= end)
			continue;
		it[m] = (struct spans_item){ start, end, s->off, i, s->kind, s->style };
		count[s->kind]++;
		m++;
	}
	qsort(it, m, sizeof *it, spans_cmp_start);

	bound = xreallocarray(NULL, 2 * m + 2, sizeof *bound);
	bound[nb++] = from;
	bound[nb++] = to;
	for (i = 0; i < m; i++) {
		bound[nb++] = it[i].start;
		bound[nb++] = it[i].end;
	}
	qsort(bound, nb, sizeof *bound, spans_cmp_size);
	for (i = 1, k = 1; i < nb; i++) {
		if (bound[i] != bound[k - 1])
			bound[k++] = bound[i];
	}
	nb = k;

	heapmem = xreallocarray(NULL, m > 0 ? m : 1, sizeof *heapmem);
	for (k = 0, used = 0; k < SPAN_KIND_COUNT; k++) {
		heap[k].v = heapmem + used;
		heap[k].n = 0;
		used += count[k];
	}

	/* nb - 1 elementary runs at most; merging equal neighbours only shrinks that */
	seg = xreallocarray(NULL, nb - 1, sizeof *seg);
	for (i = 0; i + 1 < nb; i++) {
		size_t p = bound[i];
		unsigned kinds = 0;
		int style[SPAN_KIND_COUNT];

		while (next < m && it[next].start == p) {
			spans_heap_push(&heap[it[next].kind], it, next);
			next++;
		}
		for (k = 0; k < SPAN_KIND_COUNT; k++) {
			while (heap[k].n > 0 && it[heap[k].v[0]].end <= p)
				spans_heap_pop(&heap[k], it);
			style[k] = -1;
			if (heap[k].n > 0) {
				kinds |= 1u << k;
				style[k] = it[heap[k].v[0]].style;
			}
		}
		if (nseg > 0 && spans_same(&seg[nseg - 1], kinds, style)) {
			seg[nseg - 1].len += bound[i + 1] - p;
			continue;
		}
		seg[nseg].off = p;
		seg[nseg].len = bound[i + 1] - p;
		seg[nseg].kinds = kinds;
		memcpy(seg[nseg].style, style, sizeof style);
		nseg++;
	}
	free(heapmem);
	free(bound);
	free(it);
	*out = seg;
	return nseg;
}

int
spans_palette_slot(long long speaker_id, int slots)
{
	if (speaker_id <= 0)
		return -1;
	if (slots < 1)
		slots = 1;
	/* id 1 gets slot 0; consecutive ids step through the palette in order */
	return (int)((speaker_id - 1) % slots);
}
