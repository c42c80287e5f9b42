/* tui_draw.c: painting: text by grapheme cluster, pane rows, the frame, the too-small line. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "color.h"
#include "text.h"
#include "tui_draw.h"

/* Draws one cluster of width cols at (y, x). curses keeps a base character plus
 * zero-width marks in a cell, but not a sequence of spacing characters (an emoji ZWJ
 * sequence, a flag): those show their first character, padded to the cluster's width,
 * so the rest of the row stays where text.h puts it. */
static void
tui_draw_cluster(WINDOW *w, int y, int x, const char *s, size_t n, int cols)
{
	size_t pos = 0, first;
	int fw;

	text_decode(s, n, &pos);
	first = pos;
	while (pos < n) {
		size_t at = pos;

		text_decode(s, n, &pos);
		if (text_width(s + at, pos - at) > 0)
			break;
		first = pos;
	}
	if (first == n) {
		mvwaddnstr(w, y, x, s, (int)n);
		return;
	}
	pos = 0;
	text_decode(s, n, &pos);
	fw = text_width(s, pos);
	if (fw > 0 && fw <= cols)
		mvwaddnstr(w, y, x, s, (int)pos);
	else
		fw = 0;
	for (; fw < cols; fw++)
		mvwaddch(w, y, x + fw, ' ');
}

/* Each cluster is placed at the column text.h computed, so a cluster curses measures
 * differently cannot shift the rest of the row. */
static int
tui_draw_clusters(WINDOW *w, int y, int x, int cols, const char *s, size_t len)
{
	size_t pos = 0, n;
	int used = 0, width;
	bool ctl;

	while (pos < len && (n = text_grapheme(s, len, pos, &width, &ctl)) > 0) {
		if (used + width > cols)
			break;
		if (!ctl && width > 0) {
			tui_draw_cluster(w, y, x + used, s + pos, n, width);
			used += width;
		}
		pos += n;
	}
	return used;
}

int
tui_draw_text(WINDOW *w, int y, int x, int cols, const char *s, size_t len, attr_t attr)
{
	char *d, *cut = NULL;
	size_t dlen;
	int used;

	if (w == NULL || s == NULL || cols <= 0)
		return 0;
	d = text_display(s, len);
	dlen = strlen(d);
	if (text_width(d, dlen) > cols) {
		cut = text_cut(d, dlen, cols);
		free(d);
		d = cut;
		dlen = strlen(d);
	}
	wattrset(w, attr);
	used = tui_draw_clusters(w, y, x, cols, d, dlen);
	free(d);
	return used;
}

static void
tui_draw_blank(WINDOW *w, int y, int x, int cols, attr_t attr)
{
	int i;

	wattrset(w, attr);
	for (i = 0; i < cols; i++)
		mvwaddch(w, y, x + i, ' ');
}

void
tui_draw_row(WINDOW *w, int y, int cols, const struct tui_row *r)
{
	int x = 0, rw = 0, room;
	char *right = NULL;

	if (w == NULL || cols <= 0)
		return;
	/* The right part (a count, key hints) gets at most half the row. */
	if (r->right != NULL && r->right[0] != '\0') {
		right = text_display(r->right, strlen(r->right));
		rw = text_width(right, strlen(right));
		if (rw > cols / 2) {
			char *c = text_cut(right, strlen(right), cols / 2);

			free(right);
			right = c;
			rw = text_width(right, strlen(right));
		}
	}
	room = cols - (rw > 0 ? rw + 1 : 0);
	if (r->lead != NULL)
		x += tui_draw_text(w, y, x, room - x, r->lead, strlen(r->lead), r->lead_attr);
	if (r->text != NULL && r->nsegs > 0) {
		size_t at = 0, i;

		/* Highlighted runs of a body line: each run is drawn on its own, so a run that
		 * ends inside a cluster only costs that cluster's marks. */
		for (i = 0; i <= r->nsegs && x < room; i++) {
			size_t off = i < r->nsegs ? r->segs[i].off : r->text_len;
			size_t end = i < r->nsegs ? off + r->segs[i].len : r->text_len;

			if (off > r->text_len)
				off = r->text_len;
			if (end > r->text_len)
				end = r->text_len;
			if (off > at)
				x += tui_draw_text(w, y, x, room - x, r->text + at, off - at, r->attr);
			if (end > off && i < r->nsegs)
				x += tui_draw_text(w, y, x, room - x, r->text + off, end - off,
				                   r->segs[i].attr);
			if (end > at)
				at = end;
		}
	} else if (r->text != NULL) {
		x += tui_draw_text(w, y, x, room - x, r->text, r->text_len, r->attr);
	}
	tui_draw_blank(w, y, x, cols - rw - x, r->attr);
	if (right != NULL)
		tui_draw_text(w, y, cols - rw, rw, right, strlen(right), r->attr);
	free(right);
}

static WINDOW *
tui_window(const struct rect *r)
{
	WINDOW *w;

	/* newwin(0, 0, ...) would mean "the whole screen": an empty rect gets no window. */
	if (r->h <= 0 || r->w <= 0)
		return NULL;
	w = newwin(r->h, r->w, r->y, r->x);
	if (w != NULL)
		leaveok(w, TRUE);
	return w;
}

void
tui_pane_free(struct tui_pane *p)
{
	if (p->title_win != NULL)
		delwin(p->title_win);
	if (p->win != NULL)
		delwin(p->win);
	p->title_win = NULL;
	p->win = NULL;
}

void
tui_pane_place(struct tui_pane *p, const struct rect *title, const struct rect *body)
{
	tui_pane_free(p);
	p->title_rect = *title;
	p->rect = *body;
	p->title_win = tui_window(title);
	p->win = tui_window(body);
	listnav_set_height(&p->nav, p->win != NULL ? body->h : 0);
	p->dirty = true;
}

static void
tui_draw_title(struct tui_pane *p, bool focused)
{
	struct buf b;
	struct tui_row r;

	if (p->title_win == NULL)
		return;
	buf_init(&b);
	/* The focus shows in the text too, for monochrome terminals and screen readers. */
	buf_adds(&b, focused ? "» " : " ");
	if (p->title != NULL)
		p->title(p->ctx, &b);
	memset(&r, 0, sizeof r);
	r.text = b.s;
	r.text_len = b.len;
	r.attr = color_attr(focused ? COLOR_ROLE_TITLE_FOCUS : COLOR_ROLE_TITLE);
	tui_draw_row(p->title_win, 0, p->title_rect.w, &r);
	buf_free(&b);
	wnoutrefresh(p->title_win);
}

void
tui_draw_pane(struct tui_pane *p, bool focused)
{
	struct buf scratch;
	int y;

	p->dirty = false;
	tui_draw_title(p, focused);
	if (p->win == NULL)
		return;
	buf_init(&scratch);
	werase(p->win);
	for (y = 0; y < p->rect.h; y++) {
		long i = p->nav.top + y;
		struct tui_row r;

		memset(&r, 0, sizeof r);
		r.attr = color_attr(COLOR_ROLE_NORMAL);
		if (p->nav.count == 0 && y == 0 && p->empty != NULL) {
			r.text = p->empty;
			r.text_len = strlen(p->empty);
			r.attr = color_attr(COLOR_ROLE_EMPTY);
		} else if (i < p->nav.count && p->row != NULL) {
			p->row(p->ctx, i, &r, &scratch);
			if (p->has_cursor && i == p->nav.cursor) {
				r.attr = color_attr(focused ? COLOR_ROLE_SELECTION
				                            : COLOR_ROLE_SELECTION_DIM);
				r.lead_attr = r.attr;
			}
		}
		tui_draw_row(p->win, y, p->rect.w, &r);
		scratch.len = 0;
	}
	buf_free(&scratch);
	wnoutrefresh(p->win);
}

static bool
tui_covered(const struct layout *l, int y, int x)
{
	int i;

	if (y == l->status.y && x >= l->status.x && x < l->status.x + l->status.w &&
	    l->status.h > 0)
		return true;
	for (i = 0; i < LAYOUT_PANE_COUNT; i++) {
		const struct rect *r[2] = { &l->pane[i], &l->title[i] };
		int k;

		for (k = 0; k < 2; k++) {
			if (y >= r[k]->y && y < r[k]->y + r[k]->h && x >= r[k]->x &&
			    x < r[k]->x + r[k]->w)
				return true;
		}
	}
	return false;
}

/* Box lines are drawn as UTF-8 text, not ACS, so they look the same in every
 * terminal that shows the articles' UTF-8 at all. */
void
tui_draw_frame(const struct layout *l, int rows, int cols)
{
	int y, x;

	wattrset(stdscr, A_NORMAL);
	werase(stdscr);
	wattrset(stdscr, color_attr(COLOR_ROLE_SEPARATOR));
	for (y = 0; y < rows; y++) {
		for (x = 0; x < cols; x++) {
			if (tui_covered(l, y, x))
				continue;
			if (x > 0 && x + 1 < cols && tui_covered(l, y, x - 1) &&
			    tui_covered(l, y, x + 1))
				mvwaddstr(stdscr, y, x, "\u2502");
			else if (y > 0 && y + 1 < rows && tui_covered(l, y - 1, x) &&
			         tui_covered(l, y + 1, x))
				mvwaddstr(stdscr, y, x, "\u2500");
		}
	}
	wnoutrefresh(stdscr);
}

void
tui_draw_too_small(int rows, int cols)
{
	static const char msg[] = "terminal too small";

	wattrset(stdscr, A_NORMAL);
	werase(stdscr);
	if (rows > 0 && cols > 0)
		tui_draw_text(stdscr, 0, 0, cols, msg, sizeof msg - 1, A_NORMAL);
	wnoutrefresh(stdscr);
}
