/* tui.c: the reader: the three panes, key dispatch through the action table, moving
 * between quotes (by article, by speaker, back along the jump list), corrections, the
 * status line and its prompts, the mouse, resizing, and the main loop. */
#include "config.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdarg.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>

#include "action.h"
#include "color.h"
#include "import.h"
#include "layout.h"
#include "listnav.h"
#include "store.h"
#include "text.h"
#include "tui.h"
#include "tui_draw.h"
#include "tui_int.h"
#include "util.h"
#include "wrap.h"

/* Rows of the list kept in memory on each side of the visible page. */
#define TUI_LIST_MARGIN 50
/* Consecutive read errors after which the terminal is taken to be gone. */
#define TUI_MAX_READ_ERRORS 100
/* How long a read of a key waits before it looks at the terminal's size again. ncurses
 * notes a SIGWINCH in a flag that it reads only when a read is cut short or its delay runs
 * out, and when doupdate begins: a resize signalled after that, before the read blocks,
 * would otherwise wait for the next key. */
#define TUI_TICK_MS 250
/* Rows the mouse wheel scrolls. */
#define TUI_WHEEL_ROWS 3

static const enum action_ctx tui_pane_ctx[LAYOUT_PANE_COUNT] = {
	[LAYOUT_LIST] = ACTION_CTX_LIST,
	[LAYOUT_BODY] = ACTION_CTX_BODY,
	[LAYOUT_QUOTES] = ACTION_CTX_QUOTES,
};

static bool tui_curses_on;

void
tui_message(struct tui *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->status_dirty = true;
}

enum action_ctx
tui_ctx(const struct tui *t)
{
	if (t->prompting)
		return ACTION_CTX_PROMPT;
	switch (t->ov) {
	case TUI_OV_HELP:
		return ACTION_CTX_HELP;
	case TUI_OV_PICKER:
		return ACTION_CTX_PICKER;
	case TUI_OV_BOOKMARKS:
		return ACTION_CTX_BOOKMARKS;
	case TUI_OV_NONE:
		break;
	}
	return t->visual ? ACTION_CTX_VISUAL : tui_pane_ctx[t->focus];
}

/* ---- the article list, paged out of the store ---- */

static void
tui_list_drop(struct tui *t)
{
	long i;

	for (i = 0; i < t->win_n; i++)
		store_article_row_free(&t->win[i]);
	free(t->win);
	t->win = NULL;
	t->win_off = 0;
	t->win_n = 0;
}

static struct store_article_row *
tui_list_at(struct tui *t, long i)
{
	if (i < t->win_off || i >= t->win_off + t->win_n)
		return NULL;
	return &t->win[i - t->win_off];
}

/* Keeps the visible page and the cursor inside the window of rows, re-fetching a page
 * with margins when they left it. Returns 0 or -1 (message set). */
static int
tui_list_ensure(struct tui *t)
{
	struct listnav *n = &t->pane[LAYOUT_LIST].nav;
	long lo, hi, off, limit, got;

	if (n->count == 0) {
		tui_list_drop(t);
		return 0;
	}
	lo = n->top < n->cursor ? n->top : n->cursor;
	hi = n->top + (n->height > 0 ? n->height : 1);
	if (hi > n->count)
		hi = n->count;
	if (hi < n->cursor + 1)
		hi = n->cursor + 1;
	if (lo >= t->win_off && hi <= t->win_off + t->win_n)
		return 0;
	tui_list_drop(t);
	off = lo > TUI_LIST_MARGIN ? lo - TUI_LIST_MARGIN : 0;
	limit = hi - off + TUI_LIST_MARGIN;
	t->win = xcalloc((size_t)limit, sizeof *t->win);
	got = store_article_page(t->st, off, limit, t->win);
	if (got < 0) {
		tui_message(t, "cannot read the article list: %s", store_error(t->st));
		free(t->win);
		t->win = NULL;
		return -1;
	}
	t->win_off = off;
	t->win_n = got;
	t->pane[LAYOUT_LIST].dirty = true;
	return 0;
}

/* Re-reads the count (another quoth may have imported meanwhile) and the window. */
void
tui_list_reload(struct tui *t)
{
	long count = store_article_count(t->st);

	if (count < 0) {
		tui_message(t, "cannot count articles: %s", store_error(t->st));
		count = 0;
	}
	tui_list_drop(t);
	listnav_set_count(&t->pane[LAYOUT_LIST].nav, count);
	tui_list_ensure(t);
	t->pane[LAYOUT_LIST].dirty = true;
	t->status_dirty = true;
}

/* ---- quotes: the article's own, and one speaker's across the store ---- */

static void
tui_quotes_free(struct tui_quote *q, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(q[i].speaker);
		free(q[i].mention);
		free(q[i].text);
		free(q[i].also);
		free(q[i].where);
	}
	free(q);
}

struct tui_qlist {
	struct tui_quote *q;
	size_t n;
};

static int
tui_quote_collect(const struct store_quote_row *r, void *ctx)
{
	struct tui_qlist *l = ctx;
	struct tui_quote *q;
	char *p;

	l->q = xreallocarray(l->q, l->n + 1, sizeof *l->q);
	q = &l->q[l->n++];
	memset(q, 0, sizeof *q);
	q->id = r->id;
	q->article_id = r->article_id;
	q->speaker_id = r->speaker_id;
	q->speaker = r->speaker != NULL && r->speaker[0] != '\0' ? xstrdup(r->speaker) : NULL;
	q->mention = r->mention != NULL && r->mention[0] != '\0' ? xstrdup(r->mention) : NULL;
	q->text = xstrdup(r->text != NULL ? r->text : "");
	for (p = q->text; *p != '\0'; p++) {
		if (*p == '\n')
			*p = ' ';
	}
	q->also = r->also_in > 0 && r->also_outlets != NULL ? xstrdup(r->also_outlets) : NULL;
	q->where = xasprintf("%.10s %s", r->date != NULL ? r->date : "",
	                      r->outlet != NULL && r->outlet[0] != '\0' ? r->outlet
	                      : r->title != NULL ? r->title : "");
	q->mark_off = r->mark_off;
	q->mark_len = r->mark_len;
	q->mention_off = r->mention_off;
	q->mention_len = r->mention_len;
	return 0;
}

/* The quotes pane's list: a speaker's quotes, or the article's. */
static struct tui_quote *
tui_pane_quotes(const struct tui *t, size_t *n)
{
	if (t->pane_speaker != 0) {
		*n = t->nsq;
		return t->sq;
	}
	*n = t->naq;
	return t->aq;
}

/* The quote selected in the quotes pane, or NULL. */
struct tui_quote *
tui_selected_quote(const struct tui *t)
{
	size_t n;
	struct tui_quote *q = tui_pane_quotes(t, &n);
	long c = t->pane[LAYOUT_QUOTES].nav.cursor;

	return n > 0 && c >= 0 && (size_t)c < n ? &q[c] : NULL;
}

/* The article's current quote (index into aq), or -1: the one selected in the pane when
 * the pane lists the article's quotes, else the one at the point. */
static long
tui_current_quote(const struct tui *t)
{
	const struct tui_quote *sel;
	size_t i;

	if (t->naq == 0)
		return -1;
	if (t->pane_speaker == 0)
		return t->pane[LAYOUT_QUOTES].nav.cursor;
	sel = tui_selected_quote(t);
	for (i = 0; i < t->naq; i++) {
		if (sel != NULL && t->aq[i].id == sel->id)
			return (long)i;
	}
	for (i = 0; i < t->naq; i++) {
		if (t->point >= t->aq[i].mark_off && t->point < t->aq[i].mark_off + t->aq[i].mark_len)
			return (long)i;
	}
	return -1;
}

/* Reads the article's quotes again (after a correction), keeping the selection's row. */
void
tui_article_quotes_load(struct tui *t)
{
	struct store_quote_filter f;
	struct tui_qlist l = { NULL, 0 };

	tui_quotes_free(t->aq, t->naq);
	t->aq = NULL;
	t->naq = 0;
	if (!t->have_art)
		return;
	memset(&f, 0, sizeof f);
	f.article_id = t->art.id;
	if (store_quotes_each(t->st, &f, tui_quote_collect, &l) < 0)
		tui_message(t, "cannot read quotes: %s", store_error(t->st));
	t->aq = l.q;
	t->naq = l.n;
	if (t->pane_speaker == 0)
		listnav_set_count(&t->pane[LAYOUT_QUOTES].nav, (long)t->naq);
	t->pane[LAYOUT_QUOTES].dirty = true;
	t->pane[LAYOUT_BODY].dirty = true;
}

int
tui_show_speaker(struct tui *t, int64_t speaker_id, const char *name)
{
	struct store_quote_filter f;
	struct tui_qlist l = { NULL, 0 };

	memset(&f, 0, sizeof f);
	f.speaker_id = speaker_id;
	f.newest_first = true;
	if (store_quotes_each(t->st, &f, tui_quote_collect, &l) < 0) {
		tui_message(t, "cannot read the quotes of %s: %s", name, store_error(t->st));
		tui_quotes_free(l.q, l.n);
		return -1;
	}
	tui_quotes_free(t->sq, t->nsq);
	t->sq = l.q;
	t->nsq = l.n;
	t->pane_speaker = speaker_id;
	free(t->pane_speaker_name);
	t->pane_speaker_name = xstrdup(name);
	listnav_set_count(&t->pane[LAYOUT_QUOTES].nav, (long)t->nsq);
	listnav_goto(&t->pane[LAYOUT_QUOTES].nav, 0);
	t->pane[LAYOUT_QUOTES].dirty = true;
	t->pane[LAYOUT_BODY].dirty = true;
	return 0;
}

/* Back to the article's own quotes in the pane. */
void
tui_show_article_quotes(struct tui *t)
{
	tui_quotes_free(t->sq, t->nsq);
	t->sq = NULL;
	t->nsq = 0;
	t->pane_speaker = 0;
	free(t->pane_speaker_name);
	t->pane_speaker_name = NULL;
	listnav_set_count(&t->pane[LAYOUT_QUOTES].nav, (long)t->naq);
	listnav_goto(&t->pane[LAYOUT_QUOTES].nav, 0);
	t->pane[LAYOUT_QUOTES].dirty = true;
	t->pane[LAYOUT_BODY].dirty = true;
}

/* ---- the current article: body lines, point, quotes, bookmarks ---- */

static void
tui_marks_free(struct tui *t)
{
	size_t i;

	for (i = 0; i < t->nabm; i++)
		store_bookmark_free(&t->abm[i]);
	free(t->abm);
	t->abm = NULL;
	t->nabm = 0;
}

static int
tui_mark_collect(const struct store_bookmark *b, void *ctx)
{
	struct tui *t = ctx;
	struct store_bookmark *c;

	if (b->orphaned)
		return 0;
	t->abm = xreallocarray(t->abm, t->nabm + 1, sizeof *t->abm);
	c = &t->abm[t->nabm++];
	memset(c, 0, sizeof *c);
	c->id = b->id;
	c->article_id = b->article_id;
	c->off = b->off;
	c->len = b->len;
	return 0;
}

void
tui_reload_marks(struct tui *t)
{
	tui_marks_free(t);
	if (t->have_art && store_bookmarks_each(t->st, t->art.id, tui_mark_collect, t) < 0)
		tui_message(t, "cannot read bookmarks: %s", store_error(t->st));
	t->pane[LAYOUT_BODY].dirty = true;
}

static void
tui_article_drop(struct tui *t)
{
	if (t->have_art)
		article_free(&t->art);
	t->have_art = false;
	free(t->lines);
	t->lines = NULL;
	t->nlines = 0;
	tui_quotes_free(t->aq, t->naq);
	t->aq = NULL;
	t->naq = 0;
	tui_marks_free(t);
	t->point = 0;
	t->visual = false;
	listnav_set_count(&t->pane[LAYOUT_BODY].nav, 0);
	if (t->pane_speaker == 0)
		listnav_set_count(&t->pane[LAYOUT_QUOTES].nav, 0);
	t->pane[LAYOUT_BODY].dirty = true;
	t->pane[LAYOUT_QUOTES].dirty = true;
}

static void
tui_body_wrap(struct tui *t)
{
	int cols = t->pane[LAYOUT_BODY].rect.w;

	free(t->lines);
	t->lines = NULL;
	t->nlines = 0;
	t->wrap_cols = cols;
	if (t->have_art && cols > 0)
		t->nlines = wrap_text(t->art.body, t->art.body_len, cols, &t->lines);
	listnav_set_count(&t->pane[LAYOUT_BODY].nav, (long)t->nlines);
	t->pane[LAYOUT_BODY].dirty = true;
}

/* The display line that shows the point. */
static long
tui_point_line(const struct tui *t)
{
	return t->nlines > 0 ? (long)wrap_find_line(t->lines, t->nlines, t->point) : 0;
}

/* Keeps the point on a visible line after the body scrolled. */
static void
tui_point_follow_view(struct tui *t)
{
	const struct listnav *n = &t->pane[LAYOUT_BODY].nav;
	long line = tui_point_line(t), last = n->top + (n->height > 0 ? n->height : 1) - 1;

	if (t->nlines == 0)
		return;
	if (last >= (long)t->nlines)
		last = (long)t->nlines - 1;
	if (line < n->top)
		t->point = t->lines[n->top].off;
	else if (line > last)
		t->point = t->lines[last].off;
}

/* Scrolls the body so bytes [off, off+len) are in view (their start wins). */
static void
tui_body_show(struct tui *t, size_t off, size_t len)
{
	size_t first, last;

	if (t->nlines == 0)
		return;
	first = wrap_find_line(t->lines, t->nlines, off);
	last = wrap_find_line(t->lines, t->nlines, off + (len > 0 ? len - 1 : 0));
	listnav_show_range(&t->pane[LAYOUT_BODY].nav, (long)first, (long)last);
	t->pane[LAYOUT_BODY].dirty = true;
}

/* Selects the article's quote i: the pane's cursor (when it lists the article's quotes),
 * the point at its start, the whole quote in view. */
static void
tui_select_quote(struct tui *t, size_t i)
{
	const struct tui_quote *q = &t->aq[i];

	if (t->pane_speaker == 0)
		listnav_goto(&t->pane[LAYOUT_QUOTES].nav, (long)i);
	t->point = q->mark_off;
	tui_body_show(t, q->mark_off, q->mark_len);
	t->pane[LAYOUT_QUOTES].dirty = true;
}

/* Shows the article under the list cursor, marking it read: the body follows the list
 * cursor like a pager split. */
static void
tui_article_follow(struct tui *t)
{
	struct store_article_row *row;
	const char *brk;

	row = tui_list_at(t, t->pane[LAYOUT_LIST].nav.cursor);
	if (row == NULL) {
		if (t->have_art)
			tui_article_drop(t);
		return;
	}
	if (t->have_art && t->art.id == row->id)
		return;
	tui_article_drop(t);
	if (store_article_get(t->st, row->id, &t->art) != 0) {
		tui_message(t, "cannot read article %lld: %s", (long long)row->id,
		            store_error(t->st));
		return;
	}
	t->have_art = true;
	if (t->art.body == NULL) {
		t->art.body = xstrdup("");
		t->art.body_len = 0;
	}
	brk = strstr(t->art.body, "\n\n");
	t->headline_len = brk != NULL ? (size_t)(brk - t->art.body) : t->art.body_len;
	/* The point starts on the first line after the headline. */
	t->point = brk != NULL ? (size_t)(brk - t->art.body) + 2 : 0;
	tui_body_wrap(t);
	listnav_goto(&t->pane[LAYOUT_BODY].nav, 0);
	tui_article_quotes_load(t);
	if (t->pane_speaker == 0)
		listnav_goto(&t->pane[LAYOUT_QUOTES].nav, 0);
	tui_reload_marks(t);

	if (row->unread) {
		if (store_article_set_unread(t->st, row->id, 0) == 0)
			row->unread = 0;
		else
			tui_message(t, "cannot mark read: %s", store_error(t->st));
	}
	t->pane[LAYOUT_LIST].dirty = true;
}

int
tui_goto(struct tui *t, int64_t article_id, size_t off, size_t len, bool jump)
{
	size_t i;

	if (jump && t->have_art) {
		struct jump_pos here = { t->art.id, t->point };

		jumplist_push(&t->jumps, here);
	}
	if (!t->have_art || t->art.id != article_id) {
		long idx = store_article_index(t->st, article_id);

		if (idx < 0) {
			tui_message(t, "article %" PRId64 " is no longer in the store", article_id);
			return -1;
		}
		listnav_goto(&t->pane[LAYOUT_LIST].nav, idx);
		tui_list_ensure(t);
		tui_article_follow(t);
		t->pane[LAYOUT_LIST].dirty = true;
		if (!t->have_art || t->art.id != article_id)
			return -1;
	}
	t->visual = false;
	t->point = off <= t->art.body_len ? off : t->art.body_len;
	tui_body_show(t, t->point, len);
	for (i = 0; i < t->naq && t->pane_speaker == 0; i++) {
		if (t->aq[i].mark_off <= t->point && t->point < t->aq[i].mark_off + t->aq[i].mark_len) {
			listnav_goto(&t->pane[LAYOUT_QUOTES].nav, (long)i);
			break;
		}
	}
	t->pane[LAYOUT_QUOTES].dirty = true;
	t->pane[LAYOUT_BODY].dirty = true;
	t->status_dirty = true;
	return 0;
}

/* ---- row callbacks ---- */

/* Appends s shown safely and cut to exactly cols columns (padded with spaces). */
static void
tui_add_cell(struct buf *b, const char *s, int cols)
{
	char *d = text_display(s != NULL ? s : "", s != NULL ? strlen(s) : 0);
	char *c = text_cut(d, strlen(d), cols);
	int w = text_width(c, strlen(c));

	buf_adds(b, c);
	for (; w < cols; w++)
		buf_addc(b, ' ');
	free(c);
	free(d);
}

static void
tui_list_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;
	const struct store_article_row *a = tui_list_at(t, i);
	int w = t->pane[LAYOUT_LIST].rect.w;
	char count[24];

	if (a == NULL)
		return;
	/* Narrow lists shorten the date to MM-DD and the outlet, then drop the outlet, then
	 * the date, so the title keeps room. */
	buf_adds(b, a->unread ? "N " : "  ");
	if (w >= 28) {
		int dw = w >= 48 ? 10 : 5;
		const char *d = a->date != NULL ? a->date : "";
		size_t n;
		char *date;

		/* An ISO date "YYYY-MM-DD..." keeps its month and day when short. */
		if (dw == 5 && strlen(d) >= 10 && d[4] == '-')
			d += 5;
		n = text_prefix_fit(d, strlen(d), dw, NULL);
		date = xstrndup(d, n);
		tui_add_cell(b, date, dw);
		buf_addc(b, ' ');
		free(date);
	}
	if (w >= 36) {
		tui_add_cell(b, a->outlet, w >= 70 ? 16 : w >= 48 ? 10 : 8);
		buf_addc(b, ' ');
	}
	buf_adds(b, a->title != NULL ? a->title : "");
	r->text_len = b->len;
	r->right = NULL;
	if (a->quote_count > 0) {
		size_t at;

		/* The count lives in b's tail, behind a NUL, as long as the row. */
		buf_addc(b, '\0');
		at = b->len;
		snprintf(count, sizeof count, "%d", a->quote_count);
		buf_adds(b, count);
		r->right = b->s + at;
	}
	r->text = b->s;
	if (a->unread)
		r->attr = color_attr(COLOR_ROLE_UNREAD);
}

/* The body's highlights, as spans: every quote in its speaker's colour, the mentions,
 * the current quote, the bookmarks, the selection and the point. Built once before the
 * body is painted; each row only layers the ones it shows. */
static void
tui_body_spans(struct tui *t)
{
	size_t n = 0, cap = t->naq * 2 + t->nabm + 4, i;
	struct span *s = xreallocarray(t->spans, cap, sizeof *s);
	int slots = color_speaker_slots();
	long cur = tui_current_quote(t);
	size_t vs, ve;

	for (i = 0; i < t->naq; i++) {
		const struct tui_quote *q = &t->aq[i];
		int slot = spans_palette_slot(q->speaker_id, slots);

		s[n++] = (struct span){ q->mark_off, q->mark_len, SPAN_QUOTE, slot };
		if (q->mention_len > 0)
			s[n++] = (struct span){ q->mention_off, q->mention_len, SPAN_MENTION, slot };
	}
	if (cur >= 0)
		s[n++] = (struct span){ t->aq[cur].mark_off, t->aq[cur].mark_len, SPAN_CURRENT, -1 };
	for (i = 0; i < t->nabm; i++)
		s[n++] = (struct span){ t->abm[i].off, t->abm[i].len, SPAN_BOOKMARK, -1 };
	if (tui_visual_range(t, &vs, &ve))
		s[n++] = (struct span){ vs, ve - vs, SPAN_SELECTION, -1 };
	if (t->focus == LAYOUT_BODY && t->ov == TUI_OV_NONE && t->point < t->art.body_len) {
		int w;
		size_t len = text_grapheme(t->art.body, t->art.body_len, t->point, &w, NULL);

		/* On a line break the point shows as nothing; it is still there. */
		s[n++] = (struct span){ t->point, len, SPAN_POINT, -1 };
	}
	t->spans = s;
	t->nspans = n;
}

static void
tui_body_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;
	const struct wrap_line *l = &t->lines[i];
	struct span_seg *seg;
	size_t nseg, k;

	r->text = t->art.body + l->off;
	r->text_len = l->len;
	if (l->off < t->headline_len && l->len > 0)
		r->attr = color_attr(COLOR_ROLE_HEADLINE);
	if (l->len == 0)
		return;
	nseg = spans_layer(t->spans, t->nspans, l->off, l->off + l->len, &seg);
	if (nseg > t->segs_cap) {
		t->segs = xreallocarray(t->segs, nseg, sizeof *t->segs);
		t->segs_cap = nseg;
	}
	for (k = 0; k < nseg; k++) {
		t->segs[k].off = seg[k].off - l->off;
		t->segs[k].len = seg[k].len;
		t->segs[k].attr = seg[k].kinds != 0 ? color_span_attr(&seg[k]) : r->attr;
	}
	free(seg);
	r->segs = t->segs;
	r->nsegs = nseg;
}

static void
tui_quotes_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;
	size_t n;
	const struct tui_quote *q = &tui_pane_quotes(t, &n)[i];
	size_t at;

	/* A speaker's list names where each quote is; the article's names who said it. */
	if (t->pane_speaker != 0)
		buf_adds(b, q->where != NULL ? q->where : "");
	else
		buf_adds(b, q->speaker != NULL ? q->speaker : "unknown");
	buf_adds(b, ": ");
	r->lead = b->s;
	r->lead_attr = color_speaker_attr(spans_palette_slot(q->speaker_id, color_speaker_slots()));
	r->text = q->text;
	r->text_len = strlen(q->text);
	if (q->also != NULL) {
		buf_addc(b, '\0');
		at = b->len;
		buf_printf(b, "also in %s", q->also);
		r->right = b->s + at;
		r->lead = b->s; /* the buffer may have moved */
	}
}

static void
tui_help_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;

	r->text = t->help_lines[i].text;
	r->text_len = strlen(r->text);
	if (t->help_lines[i].heading)
		r->attr = color_attr(COLOR_ROLE_HEADLINE);
}

static void
tui_list_title(void *ctx, struct buf *out)
{
	struct tui *t = ctx;

	buf_printf(out, "Articles (%ld)", t->pane[LAYOUT_LIST].nav.count);
}

static void
tui_body_title(void *ctx, struct buf *out)
{
	struct tui *t = ctx;

	if (t->visual)
		buf_adds(out, "-- SELECT -- ");
	buf_adds(out, t->have_art && t->art.title != NULL ? t->art.title : "Article");
}

static void
tui_quotes_title(void *ctx, struct buf *out)
{
	struct tui *t = ctx;

	if (t->pane_speaker != 0)
		buf_printf(out, "Quotes by %s (%zu, newest first)", t->pane_speaker_name, t->nsq);
	else
		buf_printf(out, "Quotes (%zu)", t->naq);
}

static void
tui_help_title(void *ctx, struct buf *out)
{
	char keys[64];

	action_keys(ACTION_CLOSE, ACTION_CTX_HELP, keys, sizeof keys);
	buf_printf(out, "Help (%s: close)", keys);
}

/* ---- the help screen, generated from the action table ---- */

static void
tui_help_add(struct tui *t, char *text, bool heading)
{
	t->help_lines = xreallocarray(t->help_lines, t->nhelp + 1, sizeof *t->help_lines);
	t->help_lines[t->nhelp].text = text;
	t->help_lines[t->nhelp].heading = heading;
	t->nhelp++;
}

static void
tui_help_build(struct tui *t)
{
	size_t nb, i;
	const struct action_binding *b = action_bindings(&nb);
	int c, a;

	for (c = 0; c < ACTION_CTX_COUNT; c++) {
		bool any = false;

		for (a = 0; a < ACTION_COUNT; a++) {
			struct buf line;
			bool bound = false;
			int w;

			for (i = 0; i < nb; i++)
				bound = bound || ((int)b[i].ctx == c && (int)b[i].action == a);
			if (!bound)
				continue;
			if (!any) {
				if (t->nhelp > 0)
					tui_help_add(t, xstrdup(""), false);
				tui_help_add(t, xstrdup(action_ctx_title((enum action_ctx)c)), true);
				any = true;
			}
			buf_init(&line);
			buf_adds(&line, "  ");
			/* Only this context's own keys: the global ones have their own section. */
			for (i = 0; i < nb; i++) {
				if ((int)b[i].ctx != c || (int)b[i].action != a)
					continue;
				if (line.len > 2)
					buf_adds(&line, ", ");
				buf_adds(&line, b[i].key);
			}
			for (w = text_width(line.s, line.len); w < 20; w++)
				buf_addc(&line, ' ');
			buf_printf(&line, " %-16s %s", action_name((enum action)a),
			           action_help((enum action)a));
			tui_help_add(t, buf_detach(&line), false);
		}
		if (c == ACTION_CTX_PROMPT)
			tui_help_add(t, xstrdup("  Left, Right, Home, End, C-a, C-e, M-b, M-f move;"
			                        " BSpace, Delete, C-u, C-k, C-w delete"), false);
	}
}

/* ---- overlays: help, speaker picker, bookmarks ---- */

void
tui_overlay_open(struct tui *t, enum tui_overlay ov,
                 void (*row)(void *, long, struct tui_row *, struct buf *),
                 void (*title)(void *, struct buf *), const char *empty)
{
	t->ov = ov;
	t->visual = false;
	t->over.row = row;
	t->over.title = title;
	t->over.empty = empty;
	t->over.has_cursor = ov != TUI_OV_HELP;
	lineedit_free(&t->filter);
	lineedit_init(&t->filter, NULL);
	listnav_goto(&t->over.nav, 0);
	t->over.dirty = true;
	t->status_dirty = true;
}

void
tui_overlay_close(struct tui *t)
{
	t->ov = TUI_OV_NONE;
	t->frame_dirty = true;
	t->status_dirty = true;
}

/* ---- geometry ---- */

static void
tui_place(struct tui *t)
{
	static const struct rect none = { 0, 0, 0, 0 };
	struct rect ht, hb;
	int i;

	getmaxyx(stdscr, t->rows, t->cols);
	layout_compute(t->rows, t->cols, &t->lay);
	if (t->status != NULL)
		delwin(t->status);
	t->status = NULL;
	for (i = 0; i < LAYOUT_PANE_COUNT; i++) {
		if (t->lay.too_small)
			tui_pane_place(&t->pane[i], &none, &none);
		else
			tui_pane_place(&t->pane[i], &t->lay.title[i], &t->lay.pane[i]);
	}
	ht = none;
	hb = none;
	if (!t->lay.too_small) {
		ht.w = t->cols;
		ht.h = 1;
		hb.y = 1;
		hb.w = t->cols;
		hb.h = t->rows - 2;
		if (t->lay.status.h > 0)
			t->status = newwin(1, t->lay.status.w, t->lay.status.y, t->lay.status.x);
	}
	tui_pane_place(&t->over, &ht, &hb);
	if (!t->lay.too_small && t->wrap_cols != t->pane[LAYOUT_BODY].rect.w) {
		long top = t->pane[LAYOUT_BODY].nav.top;
		size_t off = top >= 0 && (size_t)top < t->nlines ? t->lines[top].off : 0;

		/* Keep the same text at the top of the body across a re-wrap. */
		tui_body_wrap(t);
		if (t->nlines > 0)
			listnav_scroll(&t->pane[LAYOUT_BODY].nav,
			               (long)wrap_find_line(t->lines, t->nlines, off) -
			                       t->pane[LAYOUT_BODY].nav.top);
	}
	tui_list_ensure(t);
	tui_article_follow(t);
	t->frame_dirty = true;
	t->status_dirty = true;
}

/* ---- handlers: they change state and mark panes dirty; they never call curses ---- */

enum tui_result
tui_nav(struct tui_pane *p, bool text, enum action a)
{
	struct listnav before = p->nav;
	long half = p->nav.height > 1 ? p->nav.height / 2 : 1;
	long page = p->nav.height > 1 ? p->nav.height : 1;

	switch (a) {
	case ACTION_DOWN:
		text ? listnav_scroll(&p->nav, 1) : listnav_move(&p->nav, 1);
		break;
	case ACTION_UP:
		text ? listnav_scroll(&p->nav, -1) : listnav_move(&p->nav, -1);
		break;
	case ACTION_PAGE_DOWN:
		text ? listnav_scroll(&p->nav, page) : listnav_page(&p->nav, 1);
		break;
	case ACTION_PAGE_UP:
		text ? listnav_scroll(&p->nav, -page) : listnav_page(&p->nav, -1);
		break;
	case ACTION_HALF_DOWN:
		text ? listnav_scroll(&p->nav, half) : listnav_half(&p->nav, 1);
		break;
	case ACTION_HALF_UP:
		text ? listnav_scroll(&p->nav, -half) : listnav_half(&p->nav, -1);
		break;
	case ACTION_TOP:
		text ? listnav_scroll(&p->nav, -p->nav.count) : listnav_goto(&p->nav, 0);
		break;
	case ACTION_BOTTOM:
		text ? listnav_scroll(&p->nav, p->nav.count) : listnav_goto(&p->nav, p->nav.count - 1);
		break;
	default:
		return TUI_UNHANDLED;
	}
	if (before.cursor == p->nav.cursor && before.top == p->nav.top)
		return TUI_NOOP;
	p->dirty = true;
	return TUI_DONE;
}

/* The quotes pane's cursor moved: the body shows that quote (of this article) too. */
static void
tui_quotes_moved(struct tui *t)
{
	if (t->pane_speaker == 0 && t->naq > 0)
		tui_select_quote(t, (size_t)t->pane[LAYOUT_QUOTES].nav.cursor);
	t->pane[LAYOUT_BODY].dirty = true;
}

static enum tui_result
tui_h_move(struct tui *t, enum action a)
{
	enum tui_result r;

	switch (t->focus) {
	case LAYOUT_LIST:
		r = tui_nav(&t->pane[LAYOUT_LIST], false, a);
		if (r == TUI_DONE) {
			tui_list_ensure(t);
			tui_article_follow(t);
			t->status_dirty = true;
		}
		return r;
	case LAYOUT_BODY:
		r = tui_nav(&t->pane[LAYOUT_BODY], true, a);
		if (r == TUI_DONE)
			tui_point_follow_view(t);
		return r;
	case LAYOUT_QUOTES:
		r = tui_nav(&t->pane[LAYOUT_QUOTES], false, a);
		if (r == TUI_DONE)
			tui_quotes_moved(t);
		return r;
	default:
		return TUI_UNHANDLED;
	}
}

static enum tui_result
tui_h_quit(struct tui *t, enum action a)
{
	t->quit = true;
	return TUI_DONE;
}

static void
tui_focus(struct tui *t, enum layout_pane p)
{
	t->pane[t->focus].dirty = true;
	t->focus = p;
	t->pane[t->focus].dirty = true;
	t->pane[LAYOUT_BODY].dirty = true; /* the point shows only in a focused body */
	t->status_dirty = true;
}

static enum tui_result
tui_h_pane(struct tui *t, enum action a)
{
	int step = a == ACTION_NEXT_PANE ? 1 : LAYOUT_PANE_COUNT - 1;

	tui_focus(t, (enum layout_pane)((t->focus + step) % LAYOUT_PANE_COUNT));
	return TUI_DONE;
}

static enum tui_result
tui_h_redraw(struct tui *t, enum action a)
{
	clearok(curscr, TRUE);
	tui_list_reload(t);
	tui_article_follow(t);
	t->frame_dirty = true;
	return TUI_DONE;
}

static enum tui_result
tui_h_help(struct tui *t, enum action a)
{
	tui_overlay_open(t, TUI_OV_HELP, tui_help_row, tui_help_title, NULL);
	listnav_set_count(&t->over.nav, (long)t->nhelp);
	return TUI_DONE;
}

static enum tui_result
tui_h_overlay_close(struct tui *t, enum action a)
{
	tui_overlay_close(t);
	return TUI_DONE;
}

static enum tui_result
tui_h_help_move(struct tui *t, enum action a)
{
	return tui_nav(&t->over, true, a);
}

static enum tui_result
tui_h_list_open(struct tui *t, enum action a)
{
	if (!t->have_art)
		return TUI_NOOP;
	tui_focus(t, LAYOUT_BODY);
	return TUI_DONE;
}

static enum tui_result
tui_h_toggle_read(struct tui *t, enum action a)
{
	struct store_article_row *row = tui_list_at(t, t->pane[LAYOUT_LIST].nav.cursor);

	if (row == NULL)
		return TUI_NOOP;
	if (store_article_set_unread(t->st, row->id, !row->unread) != 0) {
		tui_message(t, "cannot change the read mark: %s", store_error(t->st));
		return TUI_ERROR;
	}
	row->unread = !row->unread;
	t->pane[LAYOUT_LIST].dirty = true;
	return TUI_DONE;
}

/* Enter on a quote: the article's own scrolls the body to it; one of a speaker's quotes
 * opens its article there (a jump). */
static enum tui_result
tui_h_quote_open(struct tui *t, enum action a)
{
	const struct tui_quote *q = tui_selected_quote(t);

	if (q == NULL)
		return TUI_NOOP;
	if (t->pane_speaker == 0) {
		tui_select_quote(t, (size_t)t->pane[LAYOUT_QUOTES].nav.cursor);
		return TUI_DONE;
	}
	return tui_goto(t, q->article_id, q->mark_off, q->mark_len, true) == 0 ? TUI_DONE
	                                                                     : TUI_ERROR;
}

static enum tui_result
tui_h_article_quotes(struct tui *t, enum action a)
{
	if (t->pane_speaker == 0)
		return TUI_NOOP;
	tui_show_article_quotes(t);
	return TUI_DONE;
}

/* n / N: the next or previous quote of the article after or before the point. */
static enum tui_result
tui_h_next_quote(struct tui *t, enum action a)
{
	long i, found = -1;

	if (t->naq == 0) {
		tui_message(t, "no quotes in this article");
		return TUI_NOOP;
	}
	if (a == ACTION_NEXT_QUOTE) {
		for (i = 0; i < (long)t->naq && found < 0; i++) {
			if (t->aq[i].mark_off > t->point)
				found = i;
		}
	} else {
		for (i = (long)t->naq - 1; i >= 0 && found < 0; i--) {
			if (t->aq[i].mark_off < t->point)
				found = i;
		}
	}
	if (found < 0) {
		tui_message(t, a == ACTION_NEXT_QUOTE ? "no more quotes after this one"
		                                      : "no quotes before this one");
		return TUI_NOOP;
	}
	tui_select_quote(t, (size_t)found);
	return TUI_DONE;
}

/* ] / [: the next or previous quote by the current quote's speaker: in this article,
 * else in the nearest article further down (up) the list that quotes that person. */
static enum tui_result
tui_h_next_same(struct tui *t, enum action a)
{
	int dir = a == ACTION_NEXT_SAME ? 1 : -1;
	long cur = tui_current_quote(t), i;
	int64_t who, next;
	char *name;
	int rc;

	if (t->pane_speaker != 0 && t->focus == LAYOUT_QUOTES) {
		/* A speaker's list is that person's quotes already: step through it. */
		struct listnav *n = &t->pane[LAYOUT_QUOTES].nav;
		long before = n->cursor;

		listnav_move(n, dir);
		if (n->cursor == before) {
			tui_message(t, "no more quotes by %s", t->pane_speaker_name);
			return TUI_NOOP;
		}
		t->pane[LAYOUT_QUOTES].dirty = true;
		return tui_h_quote_open(t, ACTION_OPEN);
	}
	if (cur < 0) {
		tui_message(t, "no current quote: n selects one");
		return TUI_NOOP;
	}
	who = t->aq[cur].speaker_id;
	if (who == 0) {
		tui_message(t, "this quote's speaker is unknown");
		return TUI_NOOP;
	}
	for (i = cur + dir; i >= 0 && i < (long)t->naq; i += dir) {
		if (t->aq[i].speaker_id == who) {
			tui_select_quote(t, (size_t)i);
			return TUI_DONE;
		}
	}
	rc = store_speaker_next_article(t->st, who, t->art.id, dir, &next);
	name = xstrdup(t->aq[cur].speaker != NULL ? t->aq[cur].speaker : "this speaker");
	if (rc != 0) {
		if (rc < 0)
			tui_message(t, "cannot look for quotes: %s", store_error(t->st));
		else
			tui_message(t, "no %s quotes by %s", dir > 0 ? "later" : "earlier", name);
		free(name);
		return rc < 0 ? TUI_ERROR : TUI_NOOP;
	}
	if (tui_goto(t, next, 0, 0, true) != 0) {
		free(name);
		return TUI_ERROR;
	}
	/* Entering from above starts at the person's first quote, from below at the last. */
	for (i = dir > 0 ? 0 : (long)t->naq - 1; i >= 0 && i < (long)t->naq; i += dir) {
		if (t->aq[i].speaker_id == who) {
			tui_select_quote(t, (size_t)i);
			break;
		}
	}
	tui_message(t, "%s, continued in: %s", name, t->art.title != NULL ? t->art.title : "");
	free(name);
	return TUI_DONE;
}

static enum tui_result
tui_h_jump(struct tui *t, enum action a)
{
	struct jump_pos here = { t->have_art ? t->art.id : 0, t->point }, to;
	int rc = a == ACTION_JUMP_BACK ? jumplist_back(&t->jumps, here, &to)
	                              : jumplist_forward(&t->jumps, here, &to);

	if (rc != 0) {
		tui_message(t, a == ACTION_JUMP_BACK ? "no earlier position" : "no later position");
		return TUI_NOOP;
	}
	return tui_goto(t, to.article_id, to.off, 0, false) == 0 ? TUI_DONE : TUI_ERROR;
}

/* ---- the prompt in the status line ---- */

void
tui_prompt(struct tui *t, const char *label, const char *initial, tui_prompt_fn done,
           int64_t id)
{
	lineedit_free(&t->ed);
	lineedit_init(&t->ed, initial);
	free(t->prompt_arg);
	t->prompt_arg = NULL;
	snprintf(t->prompt_label, sizeof t->prompt_label, "%s", label);
	t->prompt_done = done;
	t->prompt_id = id;
	t->prompting = true;
	t->msg[0] = '\0';
	t->status_dirty = true;
}

static void
tui_prompt_end(struct tui *t)
{
	t->prompting = false;
	free(t->prompt_arg);
	t->prompt_arg = NULL;
	t->status_dirty = true;
}

static enum tui_result
tui_h_prompt_submit(struct tui *t, enum action a)
{
	char *text = xstrdup(t->ed.s);
	tui_prompt_fn done = t->prompt_done;

	/* The callback may open another prompt, so this one ends first; its argument
	 * stays until the callback has run. */
	t->prompting = false;
	t->status_dirty = true;
	done(t, text);
	if (!t->prompting) {
		free(t->prompt_arg);
		t->prompt_arg = NULL;
	}
	free(text);
	return TUI_DONE;
}

static enum tui_result
tui_h_prompt_cancel(struct tui *t, enum action a)
{
	tui_prompt_end(t);
	tui_message(t, "cancelled");
	return TUI_DONE;
}

/* Runs $BROWSER on the article's link without a shell, the terminal handed over. */
static enum tui_result
tui_h_browser(struct tui *t, enum action a)
{
	const char *browser = getenv("BROWSER"), *url;
	char *argv[3];
	pid_t pid;
	int status = 0, fork_errno;

	if (!t->have_art)
		return TUI_NOOP;
	url = t->art.url != NULL && t->art.url[0] != '\0' ? t->art.url : t->art.source;
	if (url == NULL || url[0] == '\0') {
		tui_message(t, "this article has no link");
		return TUI_ERROR;
	}
	/* A link read from an article must not become an option of the browser. */
	if (url[0] == '-') {
		tui_message(t, "refusing a link that starts with '-'");
		return TUI_ERROR;
	}
	if (browser == NULL || browser[0] == '\0') {
		tui_message(t, "BROWSER is not set");
		return TUI_ERROR;
	}
	def_prog_mode();
	endwin();
	pid = fork();
	fork_errno = errno; /* endwin's undoing below may change errno */
	if (pid == 0) {
		argv[0] = (char *)browser;
		argv[1] = (char *)url;
		argv[2] = NULL;
		execvp(browser, argv);
		_exit(127);
	}
	while (pid > 0 && waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	reset_prog_mode();
	clearok(curscr, TRUE);
	refresh();
	t->frame_dirty = true;
	if (pid < 0) {
		tui_message(t, "cannot start %s: %s", browser, strerror(fork_errno));
		return TUI_ERROR;
	}
	if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
		tui_message(t, "cannot run %s", browser);
		return TUI_ERROR;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		tui_message(t, "%s failed (status %d)", browser,
		            WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
		return TUI_ERROR;
	}
	return TUI_DONE;
}

#define TUI_MOVES(h) \
	[ACTION_DOWN] = h, [ACTION_UP] = h, [ACTION_PAGE_DOWN] = h, [ACTION_PAGE_UP] = h, \
	[ACTION_HALF_DOWN] = h, [ACTION_HALF_UP] = h, [ACTION_TOP] = h, [ACTION_BOTTOM] = h

static const tui_handler tui_global_handlers[ACTION_COUNT] = {
	TUI_MOVES(tui_h_move),
	[ACTION_QUIT] = tui_h_quit,
	[ACTION_HELP] = tui_h_help,
	[ACTION_NEXT_PANE] = tui_h_pane,
	[ACTION_PREV_PANE] = tui_h_pane,
	[ACTION_BROWSER] = tui_h_browser,
	[ACTION_REDRAW] = tui_h_redraw,
	[ACTION_NEXT_QUOTE] = tui_h_next_quote,
	[ACTION_PREV_QUOTE] = tui_h_next_quote,
	[ACTION_NEXT_SAME] = tui_h_next_same,
	[ACTION_PREV_SAME] = tui_h_next_same,
	[ACTION_SPEAKERS] = tui_picker_open,
	[ACTION_JUMP_BACK] = tui_h_jump,
	[ACTION_JUMP_FORWARD] = tui_h_jump,
	[ACTION_BOOKMARKS] = tui_bookmarks_open,
};

static const tui_handler tui_list_handlers[ACTION_COUNT] = {
	[ACTION_OPEN] = tui_h_list_open,
	[ACTION_TOGGLE_READ] = tui_h_toggle_read,
};

static const tui_handler tui_body_handlers[ACTION_COUNT] = {
	[ACTION_VISUAL] = tui_visual_start,
	[ACTION_BOOKMARK_QUOTE] = tui_bookmark_quote,
};

static const tui_handler tui_quotes_handlers[ACTION_COUNT] = {
	[ACTION_OPEN] = tui_h_quote_open,
	[ACTION_BOOKMARK_QUOTE] = tui_bookmark_quote,
	[ACTION_ARTICLE_QUOTES] = tui_h_article_quotes,
	[ACTION_FIX_REASSIGN] = tui_h_fix,
	[ACTION_FIX_NOT_QUOTE] = tui_h_fix,
	[ACTION_FIX_MERGE] = tui_h_fix,
	[ACTION_FIX_RENAME] = tui_h_fix,
	[ACTION_FIX_SPLIT] = tui_h_fix,
	[ACTION_FIX_UNDO] = tui_h_fix_undo,
};

/* The help screen is modal: what it does not handle is ignored, not passed on. */
static const tui_handler tui_help_handlers[ACTION_COUNT] = {
	TUI_MOVES(tui_h_help_move),
	[ACTION_CLOSE] = tui_h_overlay_close,
	[ACTION_REDRAW] = tui_h_redraw,
};

static const tui_handler tui_prompt_handlers[ACTION_COUNT] = {
	[ACTION_SUBMIT] = tui_h_prompt_submit,
	[ACTION_CLOSE] = tui_h_prompt_cancel,
};

static const tui_handler *const tui_ctx_handlers[ACTION_CTX_COUNT] = {
	[ACTION_CTX_GLOBAL] = tui_global_handlers,
	[ACTION_CTX_LIST] = tui_list_handlers,
	[ACTION_CTX_BODY] = tui_body_handlers,
	[ACTION_CTX_QUOTES] = tui_quotes_handlers,
	[ACTION_CTX_HELP] = tui_help_handlers,
	[ACTION_CTX_VISUAL] = tui_visual_handlers,
	[ACTION_CTX_PICKER] = tui_picker_handlers,
	[ACTION_CTX_BOOKMARKS] = tui_bookmarks_handlers,
	[ACTION_CTX_PROMPT] = tui_prompt_handlers,
};

/* Dispatch: the action bound to key in the focused context (or global), handled by
 * that context's table, else by the global one unless the context is modal. In typing
 * contexts an unbound key is text for the prompt or the filter. */
static enum tui_result
tui_dispatch(struct tui *t, const char *key)
{
	enum action_ctx ctx = tui_ctx(t);
	enum action a = action_lookup(ctx, key);
	const tui_handler *tab = tui_ctx_handlers[ctx];
	enum tui_result r = TUI_UNHANDLED;

	if (a == ACTION_COUNT && ctx == ACTION_CTX_PROMPT) {
		t->status_dirty = true;
		return lineedit_key(&t->ed, key) ? TUI_DONE : TUI_NOOP;
	}
	if (a == ACTION_COUNT && action_ctx_typing(ctx)) {
		if (!lineedit_key(&t->filter, key))
			return TUI_NOOP;
		if (ctx == ACTION_CTX_PICKER)
			tui_picker_filter(t);
		else
			tui_bookmarks_filter(t);
		t->status_dirty = true;
		return TUI_DONE;
	}
	if (a == ACTION_COUNT) {
		tui_message(t, "%s is not bound here; ? shows the keys", key);
		return TUI_UNHANDLED;
	}
	if (tab != NULL && tab[a] != NULL)
		r = tab[a](t, a);
	if (r == TUI_UNHANDLED && !action_ctx_modal(ctx) && tui_global_handlers[a] != NULL)
		r = tui_global_handlers[a](t, a);
	if (r == TUI_UNHANDLED && ctx == ACTION_CTX_VISUAL) {
		char ok[32], no[32];

		action_keys(ACTION_BOOKMARK, ctx, ok, sizeof ok);
		action_keys(ACTION_CLOSE, ctx, no, sizeof no);
		tui_message(t, "selecting: %s bookmarks, %s cancels", ok, no);
	}
	return r;
}

/* ---- the mouse: a click selects the row under it, the wheel scrolls ---- */

static bool
tui_in(const struct rect *r, int y, int x)
{
	return y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w;
}

static void
tui_click_row(struct tui *t, struct tui_pane *p, long row)
{
	if (row >= p->nav.count)
		return;
	listnav_goto(&p->nav, row);
	p->dirty = true;
	if (p == &t->pane[LAYOUT_LIST]) {
		tui_list_ensure(t);
		tui_article_follow(t);
	} else if (p == &t->pane[LAYOUT_QUOTES]) {
		tui_quotes_moved(t);
	}
}

static void
tui_mouse(struct tui *t)
{
	MEVENT ev;
	int i;
	bool wheel_up, wheel_down;

	if (getmouse(&ev) != OK || t->lay.too_small || t->prompting)
		return;
	wheel_up = (ev.bstate & BUTTON4_PRESSED) != 0;
#ifdef BUTTON5_PRESSED
	wheel_down = (ev.bstate & BUTTON5_PRESSED) != 0;
#else
	wheel_down = false;
#endif
	if (t->ov != TUI_OV_NONE) {
		struct tui_pane *p = &t->over;

		if (wheel_up || wheel_down) {
			listnav_scroll(&p->nav, wheel_down ? TUI_WHEEL_ROWS : -TUI_WHEEL_ROWS);
			p->dirty = true;
		} else if (t->ov != TUI_OV_HELP && tui_in(&p->rect, ev.y, ev.x)) {
			tui_click_row(t, p, p->nav.top + ev.y - p->rect.y);
		}
		return;
	}
	for (i = 0; i < LAYOUT_PANE_COUNT; i++) {
		struct tui_pane *p = &t->pane[i];
		long row;

		if (!tui_in(&p->rect, ev.y, ev.x) && !tui_in(&p->title_rect, ev.y, ev.x))
			continue;
		if (wheel_up || wheel_down) {
			listnav_scroll(&p->nav, wheel_down ? TUI_WHEEL_ROWS : -TUI_WHEEL_ROWS);
			if (i == LAYOUT_BODY)
				tui_point_follow_view(t);
			else if (p->nav.cursor < p->nav.top || p->nav.cursor >= p->nav.top + p->nav.height)
				tui_click_row(t, p, p->nav.cursor < p->nav.top ? p->nav.top
				              : p->nav.top + p->nav.height - 1);
			p->dirty = true;
			return;
		}
		if (t->visual)
			return;
		tui_focus(t, (enum layout_pane)i);
		if (!tui_in(&p->rect, ev.y, ev.x))
			return;
		row = p->nav.top + ev.y - p->rect.y;
		if (i == LAYOUT_BODY) {
			if (row < (long)t->nlines) {
				const struct wrap_line *l = &t->lines[row];

				/* The point goes to the cluster under the pointer. */
				t->point = l->off + text_prefix_fit(t->art.body + l->off, l->len,
				                                    ev.x - p->rect.x, NULL);
				p->dirty = true;
			}
		} else {
			tui_click_row(t, p, row);
		}
		return;
	}
}

/* ---- keys: the one place that knows curses key codes ---- */

/* tui_key_name: the action table's name for a key read by wget_wch, or -1. */
static int
tui_key_name(int kind, wint_t ch, char *buf, size_t size)
{
	static const struct {
		int code;
		const char *name;
	} codes[] = {
		{ KEY_DOWN, "Down" }, { KEY_UP, "Up" }, { KEY_LEFT, "Left" }, { KEY_RIGHT, "Right" },
		{ KEY_NPAGE, "PgDn" }, { KEY_PPAGE, "PgUp" }, { KEY_HOME, "Home" },
		{ KEY_END, "End" }, { KEY_BTAB, "BTab" }, { KEY_ENTER, "Enter" },
		{ KEY_BACKSPACE, "BSpace" }, { KEY_DC, "Delete" }, { KEY_IC, "Insert" },
	};
	mbstate_t mbs;
	size_t i, n;
	char mb[MB_LEN_MAX];

	if (kind == KEY_CODE_YES) {
		for (i = 0; i < sizeof codes / sizeof codes[0]; i++) {
			if ((wint_t)codes[i].code == ch) {
				snprintf(buf, size, "%s", codes[i].name);
				return 0;
			}
		}
		if (ch >= (wint_t)KEY_F(1) && ch <= (wint_t)KEY_F(24)) {
			snprintf(buf, size, "F%d", (int)(ch - KEY_F0));
			return 0;
		}
		return -1;
	}
	switch (ch) {
	case '\n':
	case '\r':
		snprintf(buf, size, "Enter");
		return 0;
	case '\t':
		snprintf(buf, size, "Tab");
		return 0;
	case ' ':
		snprintf(buf, size, "Space");
		return 0;
	case 27:
		snprintf(buf, size, "Esc");
		return 0;
	case 127:
		snprintf(buf, size, "BSpace");
		return 0;
	case 0:
		snprintf(buf, size, "C-Space");
		return 0;
	default:
		break;
	}
	if (ch < 32) {
		snprintf(buf, size, "C-%c", ch <= 26 ? (int)ch - 1 + 'a' : (int)ch + 64);
		return 0;
	}
	if (ch >= 0x80 && ch < 0xa0)
		return -1;
	memset(&mbs, 0, sizeof mbs);
	n = wcrtomb(mb, (wchar_t)ch, &mbs);
	if (n == (size_t)-1 || n + 1 > size)
		return -1;
	memcpy(buf, mb, n);
	buf[n] = '\0';
	return 0;
}

/* Seconds on the given clock. */
static double
tui_clock(clockid_t which)
{
	struct timespec ts;

	clock_gettime(which, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Reads one key and names it; Esc followed at once by a key is that key with "M-".
 * Returns 0 (a named key, or a resize), 1 (a key without a name), 2 (a mouse event), 3
 * (no key within TUI_TICK_MS) or -1 (the read failed). */
static int
tui_read_key(char *buf, size_t size, bool *resized)
{
	wint_t ch, next;
	int kind, kind2;
	double t0 = tui_clock(CLOCK_MONOTONIC);

	*resized = false;
	kind = wget_wch(stdscr, &ch);
	if (kind == ERR) {
		/* a read that waited its delay out found no key; one that failed at once
		 * found the terminal gone (end of file) or was cut short by another signal */
		return (tui_clock(CLOCK_MONOTONIC) - t0) * 1000 >= TUI_TICK_MS / 2 ? 3 : -1;
	}
	if (kind == KEY_CODE_YES && ch == KEY_RESIZE) {
		*resized = true;
		return 0;
	}
	if (kind == KEY_CODE_YES && ch == KEY_MOUSE)
		return 2;
	if (kind == OK && ch == 27) {
		wtimeout(stdscr, 0);
		kind2 = wget_wch(stdscr, &next);
		wtimeout(stdscr, TUI_TICK_MS);
		if (kind2 == KEY_CODE_YES && next == KEY_RESIZE) {
			*resized = true;
			return 0;
		}
		if (kind2 != ERR && size > 2) {
			buf[0] = 'M';
			buf[1] = '-';
			if (tui_key_name(kind2, next, buf + 2, size - 2) == 0)
				return 0;
			snprintf(buf, size, "?");
			return 1; /* a key without a name */
		}
	}
	if (tui_key_name(kind, ch, buf, size) != 0)
		return 1;
	return 0;
}

/* ---- painting: the one place that draws ---- */

static void
tui_hints(struct tui *t, struct buf *b)
{
	static const enum action list_hints[] = {
		ACTION_HELP, ACTION_QUIT, ACTION_NEXT_PANE, ACTION_OPEN, ACTION_SPEAKERS,
		ACTION_BOOKMARKS,
	};
	static const enum action body_hints[] = {
		ACTION_HELP, ACTION_NEXT_QUOTE, ACTION_NEXT_SAME, ACTION_VISUAL,
		ACTION_BOOKMARK_QUOTE, ACTION_JUMP_BACK,
	};
	static const enum action quotes_hints[] = {
		ACTION_HELP, ACTION_OPEN, ACTION_NEXT_SAME, ACTION_FIX_REASSIGN, ACTION_FIX_UNDO,
	};
	static const enum action help_hints[] = { ACTION_CLOSE, ACTION_DOWN, ACTION_UP };
	static const enum action visual_hints[] = {
		ACTION_SEL_WORD_NEXT, ACTION_SEL_SENT_NEXT, ACTION_SEL_PARA_NEXT, ACTION_BOOKMARK,
		ACTION_CLOSE,
	};
	static const struct {
		const enum action *a;
		size_t n;
	} by_ctx[ACTION_CTX_COUNT] = {
#define TUI_HINTS(c, h) [c] = { h, sizeof h / sizeof h[0] }
		TUI_HINTS(ACTION_CTX_LIST, list_hints),
		TUI_HINTS(ACTION_CTX_BODY, body_hints),
		TUI_HINTS(ACTION_CTX_QUOTES, quotes_hints),
		TUI_HINTS(ACTION_CTX_HELP, help_hints),
		TUI_HINTS(ACTION_CTX_VISUAL, visual_hints),
#undef TUI_HINTS
	};
	enum action_ctx ctx = tui_ctx(t);
	size_t i;

	for (i = 0; i < by_ctx[ctx].n; i++) {
		const char *k = action_key(by_ctx[ctx].a[i], ctx);

		if (k == NULL)
			continue;
		buf_printf(b, "%s%s:%s", b->len > 0 ? " " : "", k, action_name(by_ctx[ctx].a[i]));
	}
}

/* The status line: position and hints, a message, or a line being typed (a prompt or a
 * filter) with the terminal's cursor in it. */
static void
tui_paint_status(struct tui *t)
{
	struct tui_row r;
	struct buf left, right;
	const struct listnav *n = &t->pane[LAYOUT_LIST].nav;
	const struct lineedit *ed = NULL;
	const char *label = NULL;
	int cursor_x = -1;

	t->status_dirty = false;
	if (t->status == NULL)
		return;
	buf_init(&left);
	buf_init(&right);
	memset(&r, 0, sizeof r);
	r.attr = color_attr(COLOR_ROLE_STATUS);
	r.lead_attr = r.attr;
	if (t->prompting) {
		ed = &t->ed;
		label = t->prompt_label;
	} else if (t->ov == TUI_OV_PICKER || t->ov == TUI_OV_BOOKMARKS) {
		ed = &t->filter;
		label = "Filter: ";
		buf_printf(&right, "%ld %s%s", t->over.nav.count,
		           t->ov == TUI_OV_PICKER ? "speaker" : "bookmark",
		           t->over.nav.count == 1 ? "" : "s");
	}
	if (ed != NULL) {
		size_t start;
		int col, lw, room;

		buf_adds(&left, label);
		lw = text_width(left.s, left.len);
		room = t->lay.status.w - lw - (right.len > 0 ? (int)right.len + 1 : 0);
		if (room < 1)
			room = 1;
		lineedit_view(ed, room, &start, &col);
		r.lead = left.s;
		r.text = ed->s + start;
		r.text_len = ed->len - start;
		r.right = right.len > 0 ? right.s : NULL;
		cursor_x = lw + col < t->lay.status.w ? lw + col : t->lay.status.w - 1;
		if (t->msg[0] != '\0' && t->ov != TUI_OV_NONE && !t->prompting) {
			/* a message about the overlay wins over the count */
			r.right = t->msg;
		}
	} else {
		buf_printf(&left, " %ld/%ld ", n->count > 0 ? n->cursor + 1 : 0, n->count);
		r.lead = left.s;
		if (t->msg[0] != '\0') {
			r.text = t->msg;
			r.text_len = strlen(t->msg);
			r.attr = color_attr(COLOR_ROLE_MESSAGE);
		} else {
			tui_hints(t, &right);
			r.right = right.s;
		}
	}
	tui_draw_row(t->status, 0, t->lay.status.w, &r);
	if (cursor_x >= 0) {
		leaveok(t->status, FALSE);
		wmove(t->status, 0, cursor_x);
		curs_set(1);
	} else {
		leaveok(t->status, TRUE);
		curs_set(0);
	}
	wnoutrefresh(t->status);
	buf_free(&left);
	buf_free(&right);
}

static void
tui_paint(struct tui *t)
{
	int i;

	if (t->lay.too_small) {
		if (t->frame_dirty)
			tui_draw_too_small(t->rows, t->cols);
		t->frame_dirty = false;
		curs_set(0);
		doupdate();
		return;
	}
	if (t->frame_dirty) {
		tui_draw_frame(&t->lay, t->rows, t->cols);
		for (i = 0; i < LAYOUT_PANE_COUNT; i++)
			t->pane[i].dirty = true;
		t->over.dirty = true;
		t->status_dirty = true;
		t->frame_dirty = false;
	}
	if (t->ov != TUI_OV_NONE) {
		if (t->over.dirty)
			tui_draw_pane(&t->over, true);
	} else {
		if (t->pane[LAYOUT_BODY].dirty && t->have_art)
			tui_body_spans(t);
		for (i = 0; i < LAYOUT_PANE_COUNT; i++) {
			if (t->pane[i].dirty)
				tui_draw_pane(&t->pane[i], t->focus == (enum layout_pane)i);
		}
	}
	/* Last, so the cursor of a prompt ends up in it. */
	if (t->status_dirty || t->prompting || t->ov == TUI_OV_PICKER ||
	    t->ov == TUI_OV_BOOKMARKS)
		tui_paint_status(t);
	doupdate();
}

/* ---- setup and the loop ---- */

static void
tui_fatal_hook(void)
{
	if (tui_curses_on)
		endwin();
	tui_curses_on = false;
}

static void
tui_init_panes(struct tui *t)
{
	static const char no_quotes[] = "No quotes extracted from this article.";
	struct tui_pane *p;

	p = &t->pane[LAYOUT_LIST];
	p->has_cursor = true;
	p->row = tui_list_row;
	p->title = tui_list_title;
	p->empty = "No articles yet: quoth import FILE... adds some.";
	p = &t->pane[LAYOUT_BODY];
	p->row = tui_body_row;
	p->title = tui_body_title;
	p = &t->pane[LAYOUT_QUOTES];
	p->has_cursor = true;
	p->row = tui_quotes_row;
	p->title = tui_quotes_title;
	p->empty = no_quotes;
	for (p = t->pane; p < t->pane + LAYOUT_PANE_COUNT; p++)
		p->ctx = t;
	t->over.ctx = t;
	lineedit_init(&t->ed, NULL);
	lineedit_init(&t->filter, NULL);
	jumplist_init(&t->jumps);
}

static void
tui_free(struct tui *t)
{
	size_t i;
	int p;

	tui_article_drop(t);
	tui_list_drop(t);
	tui_quotes_free(t->sq, t->nsq);
	free(t->pane_speaker_name);
	for (p = 0; p < LAYOUT_PANE_COUNT; p++)
		tui_pane_free(&t->pane[p]);
	tui_pane_free(&t->over);
	if (t->status != NULL)
		delwin(t->status);
	for (i = 0; i < t->nhelp; i++)
		free(t->help_lines[i].text);
	free(t->help_lines);
	free(t->segs);
	free(t->spans);
	free(t->fixes);
	free(t->prompt_arg);
	lineedit_free(&t->ed);
	lineedit_free(&t->filter);
	jumplist_free(&t->jumps);
	tui_picker_forget(t);
	tui_bookmarks_free(t);
}

/* QUOTH_TRACE=FILE: timings for the benchmarks (bench/bench.sh): the wall-clock time of
 * the first complete paint, and for each key the time from reading it to the redrawn
 * screen. Off unless the variable is set; costs one branch per key otherwise. */
static FILE *tui_trace;

/* tui_loop: returns 0 when the user quit, 1 when the terminal went away. */
static int
tui_loop(struct tui *t)
{
	int errors = 0;
	bool painted = false;

	while (!t->quit) {
		char key[32];
		bool resized;
		double t0;
		int r;

		tui_paint(t);
		if (tui_trace != NULL && !painted) {
			fprintf(tui_trace, "paint %.6f\n", tui_clock(CLOCK_REALTIME));
			fflush(tui_trace);
		}
		painted = true;
		r = tui_read_key(key, sizeof key, &resized);
		t0 = tui_trace != NULL ? tui_clock(CLOCK_MONOTONIC) : 0;
		if (r < 0) {
			if (++errors >= TUI_MAX_READ_ERRORS)
				return 1;
			continue;
		}
		if (r == 3) {
			/* no key: the terminal is there, and a resize ncurses noted late shows
			 * up now */
			errors = 0;
			continue;
		}
		errors = 0;
		if (resized) {
			tui_place(t);
			continue;
		}
		if (t->msg[0] != '\0') {
			t->msg[0] = '\0';
			t->status_dirty = true;
		}
		if (r == 2) {
			tui_mouse(t);
			snprintf(key, sizeof key, "Mouse");
		} else if (r > 0) {
			tui_message(t, "unknown key; ? shows the keys");
			continue;
		} else {
			tui_dispatch(t, key);
		}
		/* The pane that shows the focus or counts may have changed with any action. */
		t->status_dirty = true;
		if (tui_trace != NULL) {
			tui_paint(t);
			fprintf(tui_trace, "key %s %.6f\n", key, tui_clock(CLOCK_MONOTONIC) - t0);
			fflush(tui_trace);
		}
	}
	return 0;
}

int
tui_run(struct store *st)
{
	struct tui t;
	SCREEN *scr;
	char why[256];
	int rc;

	if (action_check(why, sizeof why) != 0)
		fatal("key bindings: %s", why);
	setlocale(LC_ALL, "");
	scr = newterm(NULL, stdout, stdin);
	if (scr == NULL) {
		const char *term = getenv("TERM");

		fprintf(stderr, "quoth: cannot use the terminal (TERM=%s)\n",
		        term != NULL ? term : "unset");
		return 1;
	}
	set_term(scr);
	tui_curses_on = true;
	util_set_fatal_hook(tui_fatal_hook);
	set_escdelay(25);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	wtimeout(stdscr, TUI_TICK_MS);
	leaveok(stdscr, TRUE);
	curs_set(0);
	color_init();
	/* Clicks and the wheel only: no motion reports, no click delay. */
	mouseinterval(0);
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED
#ifdef BUTTON5_PRESSED
	          | BUTTON5_PRESSED
#endif
	          , NULL);

	if (getenv("QUOTH_TRACE") != NULL && getenv("QUOTH_TRACE")[0] != '\0')
		tui_trace = fopen(getenv("QUOTH_TRACE"), "a");
	memset(&t, 0, sizeof t);
	t.st = st;
	t.focus = LAYOUT_LIST;
	tui_init_panes(&t);
	tui_help_build(&t);
	tui_place(&t);
	tui_list_reload(&t);
	tui_article_follow(&t);
	rc = tui_loop(&t);

	tui_free(&t);
	if (tui_trace != NULL) {
		fclose(tui_trace);
		tui_trace = NULL;
	}
	endwin();
	tui_curses_on = false;
	util_set_fatal_hook(NULL);
	delscreen(scr);
	if (rc != 0)
		fprintf(stderr, "quoth: the terminal went away\n");
	return rc;
}
