/* tui_picker.c: the speaker picker: every speaker in the store with counts, aliases and
 * roles, narrowed as the reader types; choosing one lists all their quotes. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "color.h"
#include "text.h"
#include "tui_int.h"
#include "util.h"

static int
tui_picker_collect(const struct store_speaker_row *r, void *ctx)
{
	struct tui *t = ctx;
	struct store_speaker_row *c;

	t->spk = xreallocarray(t->spk, t->nspk + 1, sizeof *t->spk);
	t->spk_fold = xreallocarray(t->spk_fold, t->nspk + 1, sizeof *t->spk_fold);
	t->spk_detail = xreallocarray(t->spk_detail, t->nspk + 1, sizeof *t->spk_detail);
	t->spk_detail[t->nspk] = t->spk_full;
	c = &t->spk[t->nspk];
	*c = *r;
	c->name = xstrdup(r->name != NULL ? r->name : "");
	c->aliases = xstrdup(r->aliases != NULL ? r->aliases : "");
	c->roles = xstrdup(r->roles != NULL ? r->roles : "");
	t->spk_fold[t->nspk] = NULL; /* folded on the first keystroke: opening stays fast */
	t->nspk++;
	return 0;
}

/* One folded haystack per speaker (name, aliases, roles), so narrowing is a substring
 * test per row whatever the case and accents typed. */
static const char *
tui_picker_fold(struct tui *t, size_t i)
{
	struct buf b;

	if (t->spk_fold[i] == NULL) {
		buf_init(&b);
		buf_printf(&b, "%s; %s; %s", t->spk[i].name, t->spk[i].aliases, t->spk[i].roles);
		t->spk_fold[i] = text_fold(b.s, b.len);
		buf_free(&b);
	}
	return t->spk_fold[i];
}

void
tui_picker_forget(struct tui *t)
{
	size_t i;

	for (i = 0; i < t->nspk; i++) {
		store_speaker_row_free(&t->spk[i]);
		free(t->spk_fold[i]);
	}
	free(t->spk);
	free(t->spk_fold);
	free(t->spk_detail);
	free(t->spk_match);
	t->spk = NULL;
	t->spk_fold = NULL;
	t->spk_detail = NULL;
	t->spk_match = NULL;
	t->nspk = 0;
	t->nspk_match = 0;
	t->spk_loaded = false;
	t->spk_full = false;
}

/* Reads the speakers: brief rows (names and counts) for a fast first screen, or every
 * row with its aliases and roles once the reader narrows by them. */
static int
tui_picker_load(struct tui *t, bool full)
{
	int rc;

	tui_picker_forget(t);
	t->spk_full = full;
	rc = full ? store_speakers_each(t->st, tui_picker_collect, t)
	          : store_speakers_brief(t->st, tui_picker_collect, t);
	if (rc < 0) {
		tui_message(t, "cannot read speakers: %s", store_error(t->st));
		tui_picker_forget(t);
		return -1;
	}
	t->spk_match = xreallocarray(NULL, t->nspk > 0 ? t->nspk : 1, sizeof *t->spk_match);
	t->spk_loaded = true;
	return 0;
}

/* A brief row gets its aliases and roles when it is first shown. */
static void
tui_picker_detail(struct tui *t, size_t i)
{
	struct store_speaker_row r;

	if (t->spk_detail[i])
		return;
	t->spk_detail[i] = true;
	if (store_speaker_get(t->st, t->spk[i].id, &r) != 0)
		return;
	free(t->spk[i].aliases);
	free(t->spk[i].roles);
	t->spk[i].aliases = r.aliases;
	t->spk[i].roles = r.roles;
	r.aliases = NULL;
	r.roles = NULL;
	store_speaker_row_free(&r);
}

void
tui_picker_filter(struct tui *t)
{
	char *q = text_fold(t->filter.s, t->filter.len);
	size_t i;

	/* Narrowing looks at aliases and roles too: the first letter typed reads them all. */
	if (q[0] != '\0' && !t->spk_full && tui_picker_load(t, true) != 0) {
		free(q);
		return;
	}
	t->nspk_match = 0;
	for (i = 0; i < t->nspk; i++) {
		if (q[0] == '\0' || strstr(tui_picker_fold(t, i), q) != NULL)
			t->spk_match[t->nspk_match++] = i;
	}
	free(q);
	listnav_set_count(&t->over.nav, (long)t->nspk_match);
	listnav_goto(&t->over.nav, 0);
	t->over.dirty = true;
}

static void
tui_picker_row(void *ctx, long i, struct tui_row *r, struct buf *b)
{
	struct tui *t = ctx;
	const struct store_speaker_row *s;
	size_t at;

	tui_picker_detail(t, t->spk_match[i]);
	s = &t->spk[t->spk_match[i]];

	buf_adds(b, s->name);
	if (s->aliases[0] != '\0')
		buf_printf(b, "  (also %s)", s->aliases);
	if (s->roles[0] != '\0')
		buf_printf(b, "  · %s", s->roles);
	r->text = b->s;
	r->text_len = b->len;
	buf_addc(b, '\0');
	at = b->len;
	buf_printf(b, "%d quote%s, %d article%s", s->quote_count, s->quote_count == 1 ? "" : "s",
	           s->article_count, s->article_count == 1 ? "" : "s");
	r->text = b->s;
	r->right = b->s + at;
	r->lead = NULL;
	r->attr = color_speaker_attr(spans_palette_slot(s->id, color_speaker_slots()));
}

static void
tui_picker_title(void *ctx, struct buf *out)
{
	struct tui *t = ctx;

	buf_printf(out, "Speakers (%zu of %zu): type to narrow, Enter lists their quotes, Esc closes",
	           t->nspk_match, t->nspk);
}

enum tui_result
tui_picker_open(struct tui *t, enum action a)
{
	if (!t->spk_loaded && tui_picker_load(t, false) != 0)
		return TUI_ERROR;
	tui_overlay_open(t, TUI_OV_PICKER, tui_picker_row, tui_picker_title,
	                 "No speaker matches.");
	tui_picker_filter(t);
	return TUI_DONE;
}

static enum tui_result
tui_picker_move(struct tui *t, enum action a)
{
	return tui_nav(&t->over, false, a);
}

static enum tui_result
tui_picker_choose(struct tui *t, enum action a)
{
	const struct store_speaker_row *s;
	long c = t->over.nav.cursor;

	if (t->nspk_match == 0 || c < 0 || (size_t)c >= t->nspk_match)
		return TUI_NOOP;
	s = &t->spk[t->spk_match[c]];
	if (tui_show_speaker(t, s->id, s->name) != 0)
		return TUI_ERROR;
	tui_overlay_close(t);
	t->pane[t->focus].dirty = true;
	t->focus = LAYOUT_QUOTES;
	t->pane[LAYOUT_QUOTES].dirty = true;
	tui_message(t, "%s: %zu quote%s; Enter opens one, ] and [ step through, Esc goes back",
	            s->name, t->nsq, t->nsq == 1 ? "" : "s");
	return TUI_DONE;
}

static enum tui_result
tui_picker_close(struct tui *t, enum action a)
{
	tui_overlay_close(t);
	return TUI_DONE;
}

const tui_handler tui_picker_handlers[ACTION_COUNT] = {
	[ACTION_DOWN] = tui_picker_move,
	[ACTION_UP] = tui_picker_move,
	[ACTION_PAGE_DOWN] = tui_picker_move,
	[ACTION_PAGE_UP] = tui_picker_move,
	[ACTION_OPEN] = tui_picker_choose,
	[ACTION_CLOSE] = tui_picker_close,
};
