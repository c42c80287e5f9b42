/* tui_bookmarks.c: keeping passages: the visual selection in the body, bookmarking it
 * or the current quote, the note prompt, and the bookmarks view across the store. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "color.h"
#include "text.h"
#include "tui_int.h"
#include "util.h"

/* ---- visual mode ---- */

bool
tui_visual_range(const struct tui *t, size_t *start, size_t *end)
{
	if (!t->visual || !t->have_art)
		return false;
	textobj_span(t->art.body, t->art.body_len, t->vis_anchor, t->point, t->vis_unit, start,
	             end);
	/* The selection always shows at least the cluster under the point. */
	if (*end <= *start) {
		int w;

		*end = *start + text_grapheme(t->art.body, t->art.body_len, *start, &w, NULL);
	}
	return *end > *start;
}

enum tui_result
tui_visual_start(struct tui *t, enum action a)
{
	if (!t->have_art || t->art.body_len == 0)
		return TUI_NOOP;
	t->visual = true;
	t->vis_anchor = t->point;
	t->vis_unit = TEXTOBJ_CHAR;
	t->pane[LAYOUT_BODY].dirty = true;
	t->status_dirty = true;
	return TUI_DONE;
}

/* Keeps the point's line on screen after it moved. */
static void
tui_visual_show(struct tui *t)
{
	size_t line;

	if (t->nlines == 0)
		return;
	line = wrap_find_line(t->lines, t->nlines, t->point);
	listnav_show_range(&t->pane[LAYOUT_BODY].nav, (long)line, (long)line);
	t->pane[LAYOUT_BODY].dirty = true;
}

static enum tui_result
tui_visual_motion(struct tui *t, enum action a)
{
	static const struct {
		enum action a;
		enum textobj_unit u;
		int dir;
	} motions[] = {
		{ ACTION_SEL_CHAR_NEXT, TEXTOBJ_CHAR, 1 },
		{ ACTION_SEL_CHAR_PREV, TEXTOBJ_CHAR, -1 },
		{ ACTION_SEL_WORD_NEXT, TEXTOBJ_WORD, 1 },
		{ ACTION_SEL_WORD_PREV, TEXTOBJ_WORD, -1 },
		{ ACTION_SEL_SENT_NEXT, TEXTOBJ_SENTENCE, 1 },
		{ ACTION_SEL_SENT_PREV, TEXTOBJ_SENTENCE, -1 },
		{ ACTION_SEL_PARA_NEXT, TEXTOBJ_PARAGRAPH, 1 },
		{ ACTION_SEL_PARA_PREV, TEXTOBJ_PARAGRAPH, -1 },
	};
	const char *s = t->art.body;
	size_t len = t->art.body_len, i, to;

	for (i = 0; i < sizeof motions / sizeof motions[0]; i++) {
		if (motions[i].a == a)
			break;
	}
	if (i == sizeof motions / sizeof motions[0])
		return TUI_UNHANDLED;
	to = motions[i].dir > 0 ? textobj_next(s, len, t->point, motions[i].u)
	                        : textobj_prev(s, len, t->point, motions[i].u);
	/* Growing past the end stays on the last unit rather than an empty end. */
	if (to >= len && motions[i].dir > 0) {
		size_t st, en;

		textobj_around(s, len, len > 0 ? len - 1 : 0, motions[i].u, &st, &en);
		to = st;
	}
	t->vis_unit = motions[i].u;
	if (to == t->point)
		return TUI_NOOP;
	t->point = to;
	tui_visual_show(t);
	return TUI_DONE;
}

/* j/k in visual mode move the point a display line; pages scroll and carry it along. */
static enum tui_result
tui_visual_line(struct tui *t, enum action a)
{
	long line, target, h = t->pane[LAYOUT_BODY].nav.height;

	if (t->nlines == 0)
		return TUI_NOOP;
	line = (long)wrap_find_line(t->lines, t->nlines, t->point);
	switch (a) {
	case ACTION_DOWN: target = line + 1; break;
	case ACTION_UP: target = line - 1; break;
	case ACTION_PAGE_DOWN: target = line + (h > 1 ? h : 1); break;
	case ACTION_PAGE_UP: target = line - (h > 1 ? h : 1); break;
	case ACTION_HALF_DOWN: target = line + (h > 2 ? h / 2 : 1); break;
	case ACTION_HALF_UP: target = line - (h > 2 ? h / 2 : 1); break;
	case ACTION_TOP: target = 0; break;
	case ACTION_BOTTOM: target = (long)t->nlines - 1; break;
	default: return TUI_UNHANDLED;
	}
	if (target < 0)
		target = 0;
	if (target >= (long)t->nlines)
		target = (long)t->nlines - 1;
	if (target == line)
		return TUI_NOOP;
	t->point = t->lines[target].off;
	tui_visual_show(t);
	return TUI_DONE;
}

static enum tui_result
tui_visual_close(struct tui *t, enum action a)
{
	t->visual = false;
	t->pane[LAYOUT_BODY].dirty = true;
	return TUI_DONE;
}

/* ---- making bookmarks ---- */

static void
tui_note_done(struct tui *t, const char *note)
{
	int rc;

	/* Enter on an empty line skips the note of a new bookmark, and clears an edited one. */
	if (note[0] == '\0' && t->ov != TUI_OV_BOOKMARKS)
		return;
	rc = store_bookmark_set_note(t->st, t->prompt_id, note[0] != '\0' ? note : NULL);
	if (rc != 0)
		tui_message(t, "cannot save the note: %s", store_error(t->st));
	else
		tui_message(t, "bookmark %lld: note saved", (long long)t->prompt_id);
	if (t->ov == TUI_OV_BOOKMARKS)
		tui_bookmarks_open(t, ACTION_BOOKMARKS);
}

/* Stores body[off, off+len) as a bookmark now, then asks for an optional note. */
static enum tui_result
tui_bookmark_add(struct tui *t, size_t off, size_t len, int64_t speaker_id,
                 const char *speaker)
{
	struct store_bookmark b;
	char label[96];
	int rc;

	memset(&b, 0, sizeof b);
	b.article_id = t->art.id;
	b.off = off;
	b.len = len;
	b.speaker_id = speaker_id;
	b.speaker = speaker != NULL ? xstrdup(speaker) : NULL;
	rc = store_bookmark_add(t->st, &b);
	if (rc != 0) {
		tui_message(t, "cannot bookmark: %s", store_error(t->st));
		store_bookmark_free(&b);
		return TUI_ERROR;
	}
	tui_reload_marks(t);
	snprintf(label, sizeof label, "Bookmarked (%lld). Note, or Enter for none: ",
	         (long long)b.id);
	tui_prompt(t, label, NULL, tui_note_done, b.id);
	store_bookmark_free(&b);
	return TUI_DONE;
}

static enum tui_result
tui_visual_bookmark(struct tui *t, enum action a)
{
	size_t start, end;

	if (!tui_visual_range(t, &start, &end))
		return TUI_NOOP;
	t->visual = false;
	t->pane[LAYOUT_BODY].dirty = true;
	return tui_bookmark_add(t, start, end - start, 0, NULL);
}

enum tui_result
tui_bookmark_quote(struct tui *t, enum action a)
{
	const struct tui_quote *q = NULL;
	size_t i;

	if (!t->have_art)
		return TUI_NOOP;
	/* The quote under the point, else the one selected in the article's list. */
	for (i = 0; i < t->naq; i++) {
		if (t->point >= t->aq[i].mark_off && t->point < t->aq[i].mark_off + t->aq[i].mark_len)
			q = &t->aq[i];
	}
	if (q == NULL && t->pane_speaker == 0 && t->naq > 0)
		q = &t->aq[t->pane[LAYOUT_QUOTES].nav.cursor];
	if (q == NULL) {
		tui_message(t, "no quote here: n goes to one, v selects any passage");
		return TUI_NOOP;
	}
	return tui_bookmark_add(t, q->mark_off, q->mark_len, q->speaker_id, q->speaker);
}

const tui_handler tui_visual_handlers[ACTION_COUNT] = {
	[ACTION_SEL_CHAR_NEXT] = tui_visual_motion,
	[ACTION_SEL_CHAR_PREV] = tui_visual_motion,
	[ACTION_SEL_WORD_NEXT] = tui_visual_motion,
	[ACTION_SEL_WORD_PREV] = tui_visual_motion,
	[ACTION_SEL_SENT_NEXT] = tui_visual_motion,
	[ACTION_SEL_SENT_PREV] = tui_visual_motion,
	[ACTION_SEL_PARA_NEXT] = tui_visual_motion,
	[ACTION_SEL_PARA_PREV] = tui_visual_motion,
	[ACTION_DOWN] = tui_visual_line,
	[ACTION_UP] = tui_visual_line,
	[ACTION_PAGE_DOWN] = tui_visual_line,
	[ACTION_PAGE_UP] = tui_visual_line,
	[ACTION_HALF_DOWN] = tui_visual_line,
	[ACTION_HALF_UP] = tui_visual_line,
	[ACTION_TOP] = tui_visual_line,
	[ACTION_BOTTOM] = tui_visual_line,
	[ACTION_BOOKMARK] = tui_visual_bookmark,
	[ACTION_CLOSE] = tui_visual_close,
};

/* ---- the bookmarks view ---- */

static char *
tui_dup(const char *s)
{
	return s != NULL ? xstrdup(s) : NULL;
}

static void
tui_bookmark_copy(struct store_bookmark *to, const struct store_bookmark *from)
{
	*to = *from;
	to->text = tui_dup(from->text);
	to->before = tui_dup(from->before);
	to->after = tui_dup(from->after);
	to->note = tui_dup(from->note);
	to->speaker = tui_dup(from->speaker);
	to->title = tui_dup(from->title);
	to->outlet = tui_dup(from->outlet);
	to->date = tui_dup(from->date);
	to->url = tui_dup(from->url);
	to->source = tui_dup(from->source);
}

static int
tui_bookmarks_collect(const struct store_bookmark *b, void *ctx)
{
	struct tui *t = ctx;
	struct buf f;

	t->bm = xreallocarray(t->bm, t->nbm + 1, sizeof *t->bm);
	t->bm_fold = xreallocarray(t->bm_fold, t->nbm + 1, sizeof *t->bm_fold);
	tui_bookmark_copy(&t->bm[t->nbm], b);
	buf_init(&f);
	buf_printf(&f, "%s; %s; %s; %s; %s; %s", b->text != NULL ? b->text : "",
	           b->note != NULL ? b->note : "", b->speaker != NULL ? b->speaker : "",
	           b->title != NULL ? b->title : "", b->outlet != NULL ? b->outlet : "",
	           b->date != NULL ? b->date : "");
	t->bm_fold[t->nbm] = text_fold(f.s, f.len);
	buf_free(&f);
	t->nbm++;
	return 0;
}

void
tui_bookmarks_free(struct tui *t)
{
	size_t i;

	for (i = 0; i < t->nbm; i++) {
		store_bookmark_free(&t->bm[i]);
		free(t->bm_fold[i]);
	}
	free(t->bm);
	free(t->bm_fold);
	free(t->bm_match);
	t->bm = NULL;
	t->bm_fold = NULL;
	t->bm_match = NULL;
	t->nbm = 0;
	t->nbm_match = 0;
	if (t->have_undel)
		store_bookmark_free(&t->undel);
	t->have_undel = false;
}

void
tui_bookmarks_filter(struct tui *t)
{
	char *q = text_fold(t->filter.s, t->filter.len);
	size_t i;

	t->nbm_match = 0;
	for (i = 0; i < t->nbm; i++) {
		if (q[0] == '\0' || strstr(t->bm_fold[i], q) != NULL)
			t->bm_match[t->nbm_match++] = i;
	}
	free(q);
	listnav_set_count(&t->over.nav, (long)t->nbm_match);
	t->over.dirty = true;
}

static void
tui_bookmarks_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;
	const struct store_bookmark *m = &t->bm[t->bm_match[i]];
	int w = t->over.rect.w, pw = w / 2 > 8 ? w / 2 : 8;
	size_t at;
	char *one, *p, *cut;

	if (m->orphaned)
		buf_adds(b, "[orphaned] ");
	if (m->speaker != NULL && m->speaker[0] != '\0')
		buf_printf(b, "%s: ", m->speaker);
	/* The passage gets half the row; the note and the article share the rest. */
	one = xstrdup(m->text != NULL ? m->text : "");
	for (p = one; *p != '\0'; p++) {
		if (*p == '\n')
			*p = ' ';
	}
	cut = text_cut(one, strlen(one), pw);
	buf_printf(b, "\u201c%s\u201d", cut);
	free(cut);
	free(one);
	if (m->note != NULL && m->note[0] != '\0')
		buf_printf(b, "  \u270e %s", m->note);
	r->text_len = b->len;
	buf_addc(b, '\0');
	at = b->len;
	buf_printf(b, "%s \u00b7 %.10s", m->title != NULL ? m->title : "",
	           m->date != NULL ? m->date : "");
	r->text = b->s;
	r->right = b->s + at;
	if (m->orphaned)
		r->attr = color_attr(COLOR_ROLE_EMPTY);
}

static void
tui_bookmarks_title(void *ctx, struct buf *out)
{
	struct tui *t = ctx;

	buf_printf(out, "Bookmarks (%zu of %zu): type to narrow, Enter opens, C-e note, "
	           "Delete deletes, Esc closes", t->nbm_match, t->nbm);
}

enum tui_result
tui_bookmarks_open(struct tui *t, enum action a)
{
	struct store_bookmark keep;
	bool had = t->have_undel, reopen = t->ov == TUI_OV_BOOKMARKS;
	char *filter = reopen ? xstrdup(t->filter.s) : NULL;
	long cursor = t->over.nav.cursor;

	/* The deleted one stays undeletable across a reload. */
	if (had)
		keep = t->undel;
	t->have_undel = false;
	tui_bookmarks_free(t);
	t->have_undel = had;
	if (had)
		t->undel = keep;
	if (store_bookmarks_each(t->st, 0, tui_bookmarks_collect, t) < 0) {
		tui_message(t, "cannot read bookmarks: %s", store_error(t->st));
		free(filter);
		return TUI_ERROR;
	}
	t->bm_match = xreallocarray(NULL, t->nbm > 0 ? t->nbm : 1, sizeof *t->bm_match);
	tui_overlay_open(t, TUI_OV_BOOKMARKS, tui_bookmarks_row, tui_bookmarks_title,
	                 "No bookmarks: v in the article selects a passage, m bookmarks a quote.");
	if (filter != NULL) {
		lineedit_insert(&t->filter, filter, strlen(filter));
		free(filter);
	}
	tui_bookmarks_filter(t);
	listnav_goto(&t->over.nav, reopen ? cursor : 0);
	return TUI_DONE;
}

static const struct store_bookmark *
tui_bookmarks_selected(const struct tui *t)
{
	long c = t->over.nav.cursor;

	if (t->nbm_match == 0 || c < 0 || (size_t)c >= t->nbm_match)
		return NULL;
	return &t->bm[t->bm_match[c]];
}

static enum tui_result
tui_bookmarks_move(struct tui *t, enum action a)
{
	return tui_nav(&t->over, false, a);
}

static enum tui_result
tui_bookmarks_go(struct tui *t, enum action a)
{
	const struct store_bookmark *m = tui_bookmarks_selected(t);
	int64_t art;
	size_t off, len;
	bool orphan;

	if (m == NULL)
		return TUI_NOOP;
	if (m->article_id == 0) {
		tui_message(t, "this bookmark's article is no longer in the store");
		return TUI_NOOP;
	}
	art = m->article_id;
	orphan = m->orphaned;
	off = orphan ? 0 : m->off;
	len = orphan ? 0 : m->len;
	tui_overlay_close(t);
	if (tui_goto(t, art, off, len, true) != 0)
		return TUI_ERROR;
	if (t->focus != LAYOUT_BODY) {
		t->pane[t->focus].dirty = true;
		t->focus = LAYOUT_BODY;
	}
	t->pane[LAYOUT_BODY].dirty = true;
	if (orphan)
		tui_message(t, "orphaned: its words are no longer in this article (B shows them)");
	return TUI_DONE;
}

static enum tui_result
tui_bookmarks_note(struct tui *t, enum action a)
{
	const struct store_bookmark *m = tui_bookmarks_selected(t);

	if (m == NULL)
		return TUI_NOOP;
	tui_prompt(t, "Note: ", m->note, tui_note_done, m->id);
	return TUI_DONE;
}

static enum tui_result
tui_bookmarks_delete(struct tui *t, enum action a)
{
	const struct store_bookmark *m = tui_bookmarks_selected(t);
	struct store_bookmark copy;
	int rc;

	if (m == NULL)
		return TUI_NOOP;
	tui_bookmark_copy(&copy, m);
	rc = store_bookmark_delete(t->st, m->id);
	if (rc != 0) {
		tui_message(t, "cannot delete: %s", store_error(t->st));
		store_bookmark_free(&copy);
		return TUI_ERROR;
	}
	if (t->have_undel)
		store_bookmark_free(&t->undel);
	t->undel = copy;
	t->have_undel = true;
	tui_bookmarks_open(t, a);
	tui_reload_marks(t);
	tui_message(t, "bookmark %lld deleted; C-r brings it back", (long long)copy.id);
	return TUI_DONE;
}

static enum tui_result
tui_bookmarks_undelete(struct tui *t, enum action a)
{
	int rc;
	long long id;

	if (!t->have_undel) {
		tui_message(t, "nothing to bring back");
		return TUI_NOOP;
	}
	rc = store_bookmark_restore(t->st, &t->undel);
	id = (long long)t->undel.id;
	if (rc != 0) {
		tui_message(t, "cannot bring bookmark %lld back: %s", id, store_error(t->st));
		return TUI_ERROR;
	}
	store_bookmark_free(&t->undel);
	t->have_undel = false;
	tui_bookmarks_open(t, a);
	tui_reload_marks(t);
	tui_message(t, "bookmark %lld is back", id);
	return TUI_DONE;
}

static enum tui_result
tui_bookmarks_close(struct tui *t, enum action a)
{
	tui_overlay_close(t);
	return TUI_DONE;
}

const tui_handler tui_bookmarks_handlers[ACTION_COUNT] = {
	[ACTION_DOWN] = tui_bookmarks_move,
	[ACTION_UP] = tui_bookmarks_move,
	[ACTION_PAGE_DOWN] = tui_bookmarks_move,
	[ACTION_PAGE_UP] = tui_bookmarks_move,
	[ACTION_OPEN] = tui_bookmarks_go,
	[ACTION_EDIT_NOTE] = tui_bookmarks_note,
	[ACTION_DELETE] = tui_bookmarks_delete,
	[ACTION_UNDELETE] = tui_bookmarks_undelete,
	[ACTION_CLOSE] = tui_bookmarks_close,
};
