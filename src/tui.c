/* tui.c: the reader: state of the three panes, key dispatch through the action table,
 * paging the article list out of the store, the browser, resizing, and the main loop. */
#include "config.h"

#include <errno.h>
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
#include "layout.h"
#include "listnav.h"
#include "store.h"
#include "text.h"
#include "tui.h"
#include "tui_draw.h"
#include "util.h"
#include "wrap.h"

/* Rows of the list kept in memory on each side of the visible page. */
#define TUI_LIST_MARGIN 50
/* Consecutive read errors after which the terminal is taken to be gone. */
#define TUI_MAX_READ_ERRORS 100

enum tui_result {
	TUI_DONE,      /* the action changed something */
	TUI_NOOP,      /* nothing to do (at the end of a list) */
	TUI_ERROR,     /* failed; the reason is in the status line */
	TUI_UNHANDLED  /* not this context's: try the next table */
};

struct tui_quote {
	char *speaker; /* NULL when unknown */
	char *text;    /* one line: newlines became spaces */
	size_t mark_off, mark_len;
	int64_t speaker_id;
};

struct tui_help_line {
	char *text;
	bool heading;
};

struct tui {
	struct store *st;
	int rows, cols;
	struct layout lay;
	struct tui_pane pane[LAYOUT_PANE_COUNT];
	struct tui_pane help;
	WINDOW *status;
	enum layout_pane focus;
	bool frame_dirty, status_dirty, help_open, quit;
	char msg[256];

	/* The window of list rows held in memory: positions [win_off, win_off + win_n). */
	struct store_article_row *win;
	long win_off, win_n;

	/* The article under the list cursor, wrapped to the body pane's width. */
	struct article art;
	bool have_art;
	struct wrap_line *lines;
	size_t nlines;
	size_t headline_len;
	int wrap_cols;

	struct tui_quote *quotes;
	size_t nquotes;

	struct tui_help_line *help_lines;
	size_t nhelp;
};

typedef enum tui_result (*tui_handler)(struct tui *t, enum action a);

static const enum action_ctx tui_pane_ctx[LAYOUT_PANE_COUNT] = {
	[LAYOUT_LIST] = ACTION_CTX_LIST,
	[LAYOUT_BODY] = ACTION_CTX_BODY,
	[LAYOUT_QUOTES] = ACTION_CTX_QUOTES,
};

static bool tui_curses_on;

static void
tui_message(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void
tui_message(struct tui *t, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->msg, sizeof t->msg, fmt, ap);
	va_end(ap);
	t->status_dirty = true;
}

static enum action_ctx
tui_ctx(const struct tui *t)
{
	return t->help_open ? ACTION_CTX_HELP : tui_pane_ctx[t->focus];
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
static void
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

/* ---- the current article: body lines and quotes ---- */

static void
tui_article_drop(struct tui *t)
{
	size_t i;

	if (t->have_art)
		article_free(&t->art);
	t->have_art = false;
	free(t->lines);
	t->lines = NULL;
	t->nlines = 0;
	for (i = 0; i < t->nquotes; i++) {
		free(t->quotes[i].speaker);
		free(t->quotes[i].text);
	}
	free(t->quotes);
	t->quotes = NULL;
	t->nquotes = 0;
	listnav_set_count(&t->pane[LAYOUT_BODY].nav, 0);
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

static int
tui_quote_collect(const struct store_quote_row *r, void *ctx)
{
	struct tui *t = ctx;
	struct tui_quote *q;
	char *p;

	t->quotes = xreallocarray(t->quotes, t->nquotes + 1, sizeof *t->quotes);
	q = &t->quotes[t->nquotes++];
	q->speaker = r->speaker != NULL && r->speaker[0] != '\0' ? xstrdup(r->speaker) : NULL;
	q->text = xstrdup(r->text != NULL ? r->text : "");
	for (p = q->text; *p != '\0'; p++) {
		if (*p == '\n')
			*p = ' ';
	}
	q->mark_off = r->mark_off;
	q->mark_len = r->mark_len;
	q->speaker_id = r->speaker_id;
	return 0;
}

/* Shows the article under the list cursor, marking it read: the body follows the list
 * cursor like a pager split. */
static void
tui_article_follow(struct tui *t)
{
	struct store_article_row *row;
	struct store_quote_filter f;
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
	tui_body_wrap(t);
	listnav_goto(&t->pane[LAYOUT_BODY].nav, 0);

	memset(&f, 0, sizeof f);
	f.article_id = row->id;
	if (store_quotes_each(t->st, &f, tui_quote_collect, t) < 0)
		tui_message(t, "cannot read quotes: %s", store_error(t->st));
	listnav_set_count(&t->pane[LAYOUT_QUOTES].nav, (long)t->nquotes);
	listnav_goto(&t->pane[LAYOUT_QUOTES].nav, 0);

	if (row->unread) {
		if (store_article_set_unread(t->st, row->id, 0) == 0)
			row->unread = 0;
		else
			tui_message(t, "cannot mark read: %s", store_error(t->st));
	}
	t->pane[LAYOUT_LIST].dirty = true;
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

static void
tui_body_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;
	const struct wrap_line *l = &t->lines[i];

	r->text = t->art.body + l->off;
	r->text_len = l->len;
	if (l->off < t->headline_len && l->len > 0) {
		r->attr = color_attr(COLOR_ROLE_HEADLINE);
	} else if (t->nquotes > 0) {
		const struct tui_quote *q = &t->quotes[t->pane[LAYOUT_QUOTES].nav.cursor];

		/* The selected quote's lines stand out, so Enter in the quotes pane is seen. */
		if (l->len > 0 && l->off < q->mark_off + q->mark_len && q->mark_off < l->off + l->len)
			r->attr = color_attr(COLOR_ROLE_QUOTE);
	}
}

static void
tui_quotes_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;
	const struct tui_quote *q = &t->quotes[i];

	buf_adds(b, q->speaker != NULL ? q->speaker : "unknown");
	buf_adds(b, ": ");
	r->lead = b->s;
	r->lead_attr = q->speaker_id > 0 ? color_attr(color_speaker((long)q->speaker_id))
	                                 : color_attr(COLOR_ROLE_NORMAL);
	r->text = q->text;
	r->text_len = strlen(q->text);
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

	buf_adds(out, t->have_art && t->art.title != NULL ? t->art.title : "Article");
}

static void
tui_quotes_title(void *ctx, struct buf *out)
{
	struct tui *t = ctx;

	buf_printf(out, "Quotes (%zu)", t->nquotes);
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
			buf_printf(&line, " %-12s %s", action_name((enum action)a),
			           action_help((enum action)a));
			tui_help_add(t, buf_detach(&line), false);
		}
	}
	listnav_set_count(&t->help.nav, (long)t->nhelp);
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
		if (t->status != NULL)
			leaveok(t->status, TRUE);
	}
	tui_pane_place(&t->help, &ht, &hb);
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

/* The movement actions, applied to a list (cursor) or a text (view) pane. */
static enum tui_result
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
		return tui_nav(&t->pane[LAYOUT_BODY], true, a);
	case LAYOUT_QUOTES:
		r = tui_nav(&t->pane[LAYOUT_QUOTES], false, a);
		if (r == TUI_DONE)
			t->pane[LAYOUT_BODY].dirty = true; /* the highlighted quote moved */
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
	t->help_open = true;
	listnav_goto(&t->help.nav, 0);
	t->help.dirty = true;
	t->status_dirty = true;
	return TUI_DONE;
}

static enum tui_result
tui_h_help_close(struct tui *t, enum action a)
{
	t->help_open = false;
	t->frame_dirty = true;
	return TUI_DONE;
}

static enum tui_result
tui_h_help_move(struct tui *t, enum action a)
{
	return tui_nav(&t->help, true, a);
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

static enum tui_result
tui_h_quote_open(struct tui *t, enum action a)
{
	const struct tui_quote *q;
	size_t first, last;

	if (t->nquotes == 0 || t->nlines == 0)
		return TUI_NOOP;
	q = &t->quotes[t->pane[LAYOUT_QUOTES].nav.cursor];
	first = wrap_find_line(t->lines, t->nlines, q->mark_off);
	last = wrap_find_line(t->lines, t->nlines, q->mark_off + (q->mark_len > 0 ? q->mark_len - 1 : 0));
	listnav_show_range(&t->pane[LAYOUT_BODY].nav, (long)first, (long)last);
	t->pane[LAYOUT_BODY].dirty = true;
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
};

static const tui_handler tui_list_handlers[ACTION_COUNT] = {
	[ACTION_OPEN] = tui_h_list_open,
	[ACTION_TOGGLE_READ] = tui_h_toggle_read,
};

static const tui_handler tui_quotes_handlers[ACTION_COUNT] = {
	[ACTION_OPEN] = tui_h_quote_open,
};

/* The help screen is modal: what it does not handle is ignored, not passed on. */
static const tui_handler tui_help_handlers[ACTION_COUNT] = {
	TUI_MOVES(tui_h_help_move),
	[ACTION_CLOSE] = tui_h_help_close,
	[ACTION_REDRAW] = tui_h_redraw,
};

static const tui_handler *const tui_ctx_handlers[ACTION_CTX_COUNT] = {
	[ACTION_CTX_GLOBAL] = tui_global_handlers,
	[ACTION_CTX_LIST] = tui_list_handlers,
	[ACTION_CTX_BODY] = NULL,
	[ACTION_CTX_QUOTES] = tui_quotes_handlers,
	[ACTION_CTX_HELP] = tui_help_handlers,
};

/* Dispatch: the action bound to key in the focused context (or global), handled by
 * that context's table, else by the global one. */
static enum tui_result
tui_dispatch(struct tui *t, const char *key)
{
	enum action_ctx ctx = tui_ctx(t);
	enum action a = action_lookup(ctx, key);
	const tui_handler *tab = tui_ctx_handlers[ctx];
	enum tui_result r = TUI_UNHANDLED;

	if (a == ACTION_COUNT) {
		tui_message(t, "%s is not bound; ? shows the keys", key);
		return TUI_UNHANDLED;
	}
	if (tab != NULL && tab[a] != NULL)
		r = tab[a](t, a);
	if (r == TUI_UNHANDLED && ctx != ACTION_CTX_HELP && tui_global_handlers[a] != NULL)
		r = tui_global_handlers[a](t, a);
	return r;
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

/* Reads one key and names it; Esc followed at once by a key is that key with "M-". */
static int
tui_read_key(char *buf, size_t size, bool *resized)
{
	wint_t ch, next;
	int kind, kind2;

	*resized = false;
	kind = wget_wch(stdscr, &ch);
	if (kind == ERR)
		return -1;
	if (kind == KEY_CODE_YES && ch == KEY_RESIZE) {
		*resized = true;
		return 0;
	}
	if (kind == OK && ch == 27) {
		wtimeout(stdscr, 0);
		kind2 = wget_wch(stdscr, &next);
		wtimeout(stdscr, -1);
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
	static const enum action pane_hints[] = {
		ACTION_HELP, ACTION_QUIT, ACTION_NEXT_PANE, ACTION_OPEN, ACTION_BROWSER,
	};
	static const enum action help_hints[] = { ACTION_CLOSE, ACTION_DOWN, ACTION_UP };
	const enum action *h = t->help_open ? help_hints : pane_hints;
	size_t i, n = t->help_open ? sizeof help_hints / sizeof help_hints[0]
	                           : sizeof pane_hints / sizeof pane_hints[0];
	enum action_ctx ctx = tui_ctx(t);

	for (i = 0; i < n; i++) {
		const char *k = action_key(h[i], ctx);

		if (k == NULL)
			continue;
		buf_printf(b, "%s%s:%s", b->len > 0 ? " " : "", k, action_name(h[i]));
	}
}

static void
tui_paint_status(struct tui *t)
{
	struct tui_row r;
	struct buf left, right;
	const struct listnav *n = &t->pane[LAYOUT_LIST].nav;

	t->status_dirty = false;
	if (t->status == NULL)
		return;
	buf_init(&left);
	buf_init(&right);
	buf_printf(&left, " %ld/%ld ", n->count > 0 ? n->cursor + 1 : 0, n->count);
	memset(&r, 0, sizeof r);
	r.attr = color_attr(COLOR_ROLE_STATUS);
	r.lead = left.s;
	r.lead_attr = r.attr;
	if (t->msg[0] != '\0') {
		r.text = t->msg;
		r.text_len = strlen(t->msg);
		r.attr = color_attr(COLOR_ROLE_MESSAGE);
	} else {
		tui_hints(t, &right);
		r.right = right.s;
	}
	tui_draw_row(t->status, 0, t->lay.status.w, &r);
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
		doupdate();
		return;
	}
	if (t->frame_dirty) {
		tui_draw_frame(&t->lay, t->rows, t->cols);
		for (i = 0; i < LAYOUT_PANE_COUNT; i++)
			t->pane[i].dirty = true;
		t->help.dirty = true;
		t->status_dirty = true;
		t->frame_dirty = false;
	}
	if (t->help_open) {
		if (t->help.dirty)
			tui_draw_pane(&t->help, true);
	} else {
		for (i = 0; i < LAYOUT_PANE_COUNT; i++) {
			if (t->pane[i].dirty)
				tui_draw_pane(&t->pane[i], t->focus == (enum layout_pane)i);
		}
	}
	if (t->status_dirty)
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
	p = &t->help;
	p->row = tui_help_row;
	p->title = tui_help_title;
	for (p = t->pane; p < t->pane + LAYOUT_PANE_COUNT; p++)
		p->ctx = t;
	t->help.ctx = t;
}

static void
tui_free(struct tui *t)
{
	size_t i;
	int p;

	tui_article_drop(t);
	tui_list_drop(t);
	for (p = 0; p < LAYOUT_PANE_COUNT; p++)
		tui_pane_free(&t->pane[p]);
	tui_pane_free(&t->help);
	if (t->status != NULL)
		delwin(t->status);
	for (i = 0; i < t->nhelp; i++)
		free(t->help_lines[i].text);
	free(t->help_lines);
}

/* QUOTH_TRACE=FILE: timings for the benchmarks (bench/bench.sh): the wall-clock time of
 * the first complete paint, and for each key the time from reading it to the redrawn
 * screen. Off unless the variable is set; costs one branch per key otherwise. */
static FILE *tui_trace;

static double
tui_clock(clockid_t which)
{
	struct timespec ts;

	clock_gettime(which, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

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
			/* A blocking read fails only when the terminal is gone. */
			if (++errors >= TUI_MAX_READ_ERRORS)
				return 1;
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
		if (r > 0) {
			tui_message(t, "unknown key; ? shows the keys");
			continue;
		}
		tui_dispatch(t, key);
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
	leaveok(stdscr, TRUE);
	curs_set(0);
	color_init();

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
