/* wrap.c: pure greedy word wrap of an article body into display lines, one pass. */
#include "config.h"

#include <stdbool.h>
#include <string.h>

#include "text.h"
#include "util.h"
#include "wrap.h"

struct wrap_out {
	struct wrap_line *lines;
	size_t n;
	size_t cap;
};

static void
wrap_emit(struct wrap_out *o, size_t off, size_t len, int width)
{
	if (o->n == o->cap) {
		o->cap = o->cap == 0 ? 64 : o->cap * 2;
		o->lines = xreallocarray(o->lines, o->cap, sizeof *o->lines);
	}
	o->lines[o->n].off = off;
	o->lines[o->n].len = len;
	o->lines[o->n].width = width;
	o->n++;
}

/*
 * Wraps one hard line text[a, b) (no '\n' inside, not blank). Greedy: each cluster
 * is visited once and the width of the pending line is kept arithmetically, so a
 * break never rescans; the whole wrap is linear in the input.
 *
 * A break opportunity is remembered as (end, width at end, resume, width at resume):
 * the line would end at end (trailing spaces dropped) and the next one would start
 * at resume (leading spaces skipped).
 */
static void
wrap_hard_line(struct wrap_out *o, const char *text, size_t a, size_t b, int cols)
{
	size_t ls = a, pos = a, n, run_start = a, opp_end = a, opp_resume = a;
	int lw = 0, run_w = 0, opp_w = 0, opp_resume_w = 0, cw, prev_w = 0;
	bool content = false, in_space = false, have_opp = false;

	while (pos < b) {
		n = text_grapheme(text, b, pos, &cw, NULL);
		if (text[pos] == ' ' && n == 1) { /* (a space carrying a mark is content) */
			if (!content) {
				/* indentation of the first line: at most cols - 1 columns, so
				 * one is left for content; the excess is dropped from the front */
				if (lw + cw > cols - 1)
					ls += n;
				else
					lw += cw;
				pos += n;
				continue;
			}
			if (!in_space) {
				run_start = pos;
				run_w = lw;
				in_space = true;
			}
			lw += cw;
			pos += n;
			prev_w = 0;
			continue;
		}
		if (in_space) {
			have_opp = true;
			opp_end = run_start;
			opp_w = run_w;
			opp_resume = pos;
			opp_resume_w = lw;
		} else if (content && prev_w == 2 && cw == 2) {
			/* scripts without spaces (CJK) may break between two wide clusters */
			have_opp = true;
			opp_end = pos;
			opp_w = lw;
			opp_resume = pos;
			opp_resume_w = lw;
		}
		in_space = false;
		if (lw + cw > cols && have_opp) {
			wrap_emit(o, ls, opp_end - ls, opp_w);
			ls = opp_resume;
			lw -= opp_resume_w;
			have_opp = false;
			content = pos > ls;
		}
		if (lw + cw > cols && pos > ls) {
			/* no opportunity left: split the word between clusters; pending
			 * indentation alone is dropped rather than shown as a blank line */
			if (content)
				wrap_emit(o, ls, pos - ls, lw);
			ls = pos;
			lw = 0;
		}
		/* a single cluster wider than cols still gets a line of its own */
		lw += cw;
		content = true;
		if (cw > 0)
			prev_w = cw;
		pos += n;
	}
	if (in_space)
		wrap_emit(o, ls, run_start - ls, run_w);
	else if (content)
		wrap_emit(o, ls, b - ls, lw);
}

static bool
wrap_blank(const char *text, size_t a, size_t b)
{
	for (; a < b; a++) {
		if (text[a] != ' ')
			return false;
	}
	return true;
}

size_t
wrap_text(const char *text, size_t len, int cols, struct wrap_line **out)
{
	struct wrap_out o;
	size_t a = 0, b, prev_end = 0;
	const char *nl;
	bool any = false, gap = false;

	memset(&o, 0, sizeof o);
	if (cols < 1)
		cols = 1;
	while (a < len) {
		nl = memchr(text + a, '\n', len - a);
		b = nl != NULL ? (size_t)(nl - text) : len;
		if (wrap_blank(text, a, b)) {
			gap = any;
		} else {
			if (gap)
				wrap_emit(&o, prev_end, 0, 0);
			gap = false;
			wrap_hard_line(&o, text, a, b, cols);
			any = true;
			prev_end = b;
		}
		a = b + 1;
	}
	*out = o.lines;
	return o.n;
}

size_t
wrap_find_line(const struct wrap_line *lines, size_t n, size_t off)
{
	size_t lo = 0, hi = n, mid;

	/* upper bound: the first line whose off > off; the answer is the one before */
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (lines[mid].off <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 0 : lo - 1;
}
