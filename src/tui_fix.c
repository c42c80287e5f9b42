/* tui_fix.c: corrections of who said what, made from the quotes pane: reassign, not a
 * quote, merge, rename, split, and undo of the session's last one. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "import.h"
#include "tui_int.h"
#include "util.h"

/* Everything that shows speakers is read again after a correction. */
static void
tui_after_fix(struct tui *t)
{
	struct store_speaker_row sp;
	int rc;

	tui_picker_forget(t);
	tui_article_quotes_load(t);
	if (t->pane_speaker != 0) {
		rc = store_speaker_get(t->st, t->pane_speaker, &sp);
		if (rc == 0) {
			long c = t->pane[LAYOUT_QUOTES].nav.cursor;

			tui_show_speaker(t, sp.id, sp.name);
			listnav_goto(&t->pane[LAYOUT_QUOTES].nav, c);
			store_speaker_row_free(&sp);
		} else {
			tui_show_article_quotes(t); /* the speaker was merged away */
		}
	} else {
		listnav_set_count(&t->pane[LAYOUT_QUOTES].nav, (long)t->naq);
	}
	tui_list_reload(t); /* quote counts */
}

/* Ends a correction's transaction: rc is the store_fix_* result. */
static enum tui_result
tui_fix_finish(struct tui *t, int rc, int64_t fid, const char *done)
{
	char why[200];

	if (rc == 0 && store_corrections_apply(t->st) == 0 && store_commit(t->st) == 0) {
		t->fixes = xreallocarray(t->fixes, t->nfixes + 1, sizeof *t->fixes);
		t->fixes[t->nfixes++] = fid;
		tui_after_fix(t);
		tui_message(t, "%s (U undoes)", done);
		return TUI_DONE;
	}
	snprintf(why, sizeof why, "%s", store_error(t->st));
	store_rollback(t->st);
	tui_message(t, "%s%s", rc == 1 ? "" : "cannot correct: ", why);
	return TUI_ERROR;
}

static enum tui_result
tui_fix_quote(struct tui *t, enum store_fix kind, int64_t qid, const char *name)
{
	int64_t fid = 0;
	int rc;
	char done[200];

	if (store_begin(t->st) != 0) {
		tui_message(t, "cannot correct: %s", store_error(t->st));
		return TUI_ERROR;
	}
	rc = store_fix_quote(t->st, kind, qid, name, &fid);
	if (kind == STORE_FIX_REASSIGN)
		snprintf(done, sizeof done, "quote attributed to %s", name);
	else
		snprintf(done, sizeof done, "marked as not a quotation");
	return tui_fix_finish(t, rc, fid, done);
}

static void
tui_fix_speaker(struct tui *t, enum store_fix kind, const char *name, const char *target)
{
	int64_t fid = 0;
	int rc;
	char done[300];

	if (store_begin(t->st) != 0) {
		tui_message(t, "cannot correct: %s", store_error(t->st));
		return;
	}
	rc = store_fix_speaker(t->st, kind, name, target, &fid);
	if (kind == STORE_FIX_MERGE)
		snprintf(done, sizeof done, "%s merged into %s", name, target);
	else if (kind == STORE_FIX_RENAME)
		snprintf(done, sizeof done, "%s renamed to %s", name, target);
	else
		snprintf(done, sizeof done, "%s split off %s", name, target);
	tui_fix_finish(t, rc, fid, done);
}

/* What a prompt's name does: every speaker fix needs one; a blank one changes nothing. */
static void
tui_named_fix(struct tui *t, enum store_fix kind, const char *typed)
{
	if (typed[strspn(typed, " ")] == '\0') {
		tui_message(t, "no name given: nothing changed");
		return;
	}
	switch (kind) {
	case STORE_FIX_REASSIGN:
		tui_fix_quote(t, kind, t->prompt_id, typed);
		break;
	case STORE_FIX_SPLIT: /* the typed alias splits off the quote's speaker */
		tui_fix_speaker(t, kind, typed, t->prompt_arg);
		break;
	default:              /* merge into, rename to the typed name */
		tui_fix_speaker(t, kind, t->prompt_arg, typed);
		break;
	}
}

static void
tui_reassign_done(struct tui *t, const char *name)
{
	tui_named_fix(t, STORE_FIX_REASSIGN, name);
}

static void
tui_merge_done(struct tui *t, const char *into)
{
	tui_named_fix(t, STORE_FIX_MERGE, into);
}

static void
tui_rename_done(struct tui *t, const char *to)
{
	tui_named_fix(t, STORE_FIX_RENAME, to);
}

static void
tui_split_done(struct tui *t, const char *alias)
{
	tui_named_fix(t, STORE_FIX_SPLIT, alias);
}

enum tui_result
tui_h_fix(struct tui *t, enum action a)
{
	const struct tui_quote *q = tui_selected_quote(t);
	char label[160];

	if (q == NULL)
		return TUI_NOOP;
	if (a == ACTION_FIX_REASSIGN) {
		tui_prompt(t, "Attribute this quote to: ", NULL, tui_reassign_done, q->id);
		return TUI_DONE;
	}
	if (a == ACTION_FIX_NOT_QUOTE)
		return tui_fix_quote(t, STORE_FIX_NOT_QUOTE, q->id, NULL);
	if (q->speaker == NULL) {
		tui_message(t, "this quote's speaker is unknown: a reassigns it");
		return TUI_NOOP;
	}
	if (a == ACTION_FIX_MERGE) {
		snprintf(label, sizeof label, "Merge %s into: ", q->speaker);
		tui_prompt(t, label, NULL, tui_merge_done, q->id);
	} else if (a == ACTION_FIX_RENAME) {
		snprintf(label, sizeof label, "Rename %s to: ", q->speaker);
		tui_prompt(t, label, q->speaker, tui_rename_done, q->id);
	} else {
		snprintf(label, sizeof label, "Split off %s the name: ", q->speaker);
		tui_prompt(t, label, q->mention, tui_split_done, q->id);
	}
	t->prompt_arg = xstrdup(q->speaker);
	return TUI_DONE;
}

struct tui_ids {
	int64_t *id;
	size_t n;
};

static int
tui_collect_article(const struct store_quote_row *r, void *ctx)
{
	struct tui_ids *ids = ctx;

	if (ids->n > 0 && ids->id[ids->n - 1] == r->article_id)
		return 0;
	ids->id = xreallocarray(ids->id, ids->n + 1, sizeof *ids->id);
	ids->id[ids->n++] = r->article_id;
	return 0;
}

/* The articles quoting anyone a name folds to: what an undone speaker fix touches. */
static void
tui_articles_of(struct tui *t, const char *name, struct tui_ids *ids)
{
	int64_t *sp = NULL;
	size_t n = 0, i;
	struct store_quote_filter f;

	if (name == NULL || store_speaker_find(t->st, name, &sp, &n) != 0)
		return;
	for (i = 0; i < n; i++) {
		memset(&f, 0, sizeof f);
		f.speaker_id = sp[i];
		f.include_scare = true;
		store_quotes_each(t->st, &f, tui_collect_article, ids);
	}
	free(sp);
}

struct tui_find_fix {
	int64_t id;
	struct store_correction c;
	bool found;
};

static int
tui_find_fix(const struct store_correction *c, void *ctx)
{
	struct tui_find_fix *f = ctx;

	if (c->id != f->id)
		return 0;
	f->c = *c;
	f->c.quote = c->quote != NULL ? xstrdup(c->quote) : NULL;
	f->c.name = c->name != NULL ? xstrdup(c->name) : NULL;
	f->c.target = c->target != NULL ? xstrdup(c->target) : NULL;
	f->found = true;
	return 1;
}

/* U: forgets the last correction of this session and re-extracts what it touched. */
enum tui_result
tui_h_fix_undo(struct tui *t, enum action a)
{
	struct tui_find_fix f;
	struct tui_ids ids = { NULL, 0 };
	char why[200];
	int rc;

	if (t->nfixes == 0) {
		tui_message(t, "no correction of this session to undo");
		return TUI_NOOP;
	}
	memset(&f, 0, sizeof f);
	f.id = t->fixes[t->nfixes - 1];
	if (store_corrections_each(t->st, tui_find_fix, &f) < 0) {
		tui_message(t, "cannot read corrections: %s", store_error(t->st));
		return TUI_ERROR;
	}
	t->nfixes--;
	if (!f.found) {
		tui_message(t, "that correction was already removed");
		return TUI_NOOP;
	}
	if (f.c.article_id != 0) {
		ids.id = xmalloc(sizeof *ids.id);
		ids.id[ids.n++] = f.c.article_id;
	}
	tui_articles_of(t, f.c.name, &ids);
	tui_articles_of(t, f.c.target, &ids);
	free(f.c.quote);
	free(f.c.name);
	free(f.c.target);
	rc = store_begin(t->st);
	if (rc == 0)
		rc = store_correction_delete(t->st, f.id);
	if (rc == 0)
		rc = store_commit(t->st);
	if (rc != 0) {
		snprintf(why, sizeof why, "%s", store_error(t->st));
		store_rollback(t->st);
		free(ids.id);
		tui_message(t, "cannot undo: %s", why);
		return TUI_ERROR;
	}
	rc = import_reindex_articles(t->st, ids.id, ids.n);
	free(ids.id);
	tui_after_fix(t);
	if (rc != 0) {
		tui_message(t, "correction removed, but re-extraction failed (run quoth reindex): %s",
		            store_error(t->st));
		return TUI_ERROR;
	}
	tui_message(t, "correction undone");
	return TUI_DONE;
}

