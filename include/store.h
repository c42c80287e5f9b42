/* store.h: the SQLite store. The only module that speaks SQL; every statement is prepared
 * with bound values. Fallible calls return 0 on success and -1 on failure, with the
 * reason available from store_error() until the next call. */
#ifndef QUOTH_STORE_H
#define QUOTH_STORE_H

#include <stdbool.h>
#include <stdint.h>
#include "article.h"
#include "quote.h"

struct store;

#define STORE_SCHEMA_VERSION 8

/* store_default_path: $QUOTH_DB, else $XDG_DATA_HOME/quoth/quoth.db, else
 * $HOME/.local/share/quoth/quoth.db. Caller frees. */
char *store_default_path(void);

/* store_open: opens (creating with mode 0600 and missing parent directories) and migrates
 * the store at path. On failure returns NULL and stores a message naming the path in *err
 * (caller frees); a store from a newer quoth is refused and left untouched. */
struct store *store_open(const char *path, char **err);
void store_close(struct store *st);
const char *store_error(struct store *st);
const char *store_path(struct store *st);

/* Transactions: one per import batch. store_rollback never fails. */
int store_begin(struct store *st);
int store_commit(struct store *st);
void store_rollback(struct store *st);
/* Savepoints so one bad file in a batch is undone alone. */
int store_savepoint(struct store *st);
int store_release(struct store *st);
void store_rollback_savepoint(struct store *st);

enum store_put {
	STORE_PUT_NEW,     /* a new article */
	STORE_PUT_UPDATED, /* same source, changed content: article updated in place */
	STORE_PUT_SAME     /* identical content already stored: nothing changed */
};

/* store_article_put: stores a (by source, then by content hash). Sets a->id. */
int store_article_put(struct store *st, struct article *a, enum store_put *what);

/* A row of the article list: enough to draw it, without the body. */
struct store_article_row {
	int64_t id;
	char *title, *outlet, *date, *source;
	int quote_count;
	int unread;
};
void store_article_row_free(struct store_article_row *r);

long store_article_count(struct store *st);
/* store_article_page: rows [offset, offset+limit) in list order (newest date first, then
 * newest id). Returns the number filled into rows (caller frees each with
 * store_article_row_free), or -1. */
long store_article_page(struct store *st, long offset, long limit, struct store_article_row *rows);
/* store_article_index: the list position of article id, or -1. */
long store_article_index(struct store *st, int64_t id);
/* store_article_get: the whole article; free with article_free. Returns -1 if absent. */
int store_article_get(struct store *st, int64_t id, struct article *out);
int store_article_set_unread(struct store *st, int64_t id, int unread);
/* store_article_ids: every article id in list order (for reindex); caller frees. */
int store_article_ids(struct store *st, int64_t **ids, size_t *n);

/* store_quotes_set: replaces the automatic quotes of an article with the extraction
 * result, resolving each entity to a store-wide speaker (speaker.h decides identity),
 * linking quotations carried by several articles, and updating the quote count.
 * User corrections are kept. */
int store_quotes_set(struct store *st, int64_t article_id, const char *body, size_t body_len,
                     const struct quote_result *r);

struct store_quote_row {
	int64_t id, article_id, speaker_id; /* speaker_id 0 when unknown */
	char *source, *title, *outlet, *date;
	char *text, *speaker, *mention, *cue;
	size_t off, len, mark_off, mark_len, mention_off, mention_len;
	enum quote_kind kind;
	double confidence;
	int also_in; /* other articles carrying the same quotation */
	char *also_outlets; /* their outlets (or titles when an outlet is unknown), distinct,
	                     * joined with ", "; NULL when also_in is 0 */
};
void store_quote_row_free(struct store_quote_row *r);

struct store_quote_filter {
	int64_t article_id;  /* 0: any */
	int64_t speaker_id;  /* 0: any */
	bool include_scare;  /* scare quotes and titles too */
	bool newest_first;   /* by article date, newest first; otherwise import order */
};
/* store_quotes_each: calls fn for each matching quote; stops early and returns its value
 * when fn returns non-zero. The row is valid only during the call. Returns -1 on error. */
int store_quotes_each(struct store *st, const struct store_quote_filter *f,
                      int (*fn)(const struct store_quote_row *, void *), void *ctx);

struct store_speaker_row {
	int64_t id;
	char *name, *aliases, *roles; /* aliases and roles joined with "; " ("" when none) */
	int quote_count, article_count, is_org;
};
int store_speakers_each(struct store *st, int (*fn)(const struct store_speaker_row *, void *),
                        void *ctx);
/* store_speakers_brief: as store_speakers_each, in the same order, but with aliases and
 * roles left "": a fast first screen for the speaker picker (store_speaker_get fills one
 * speaker, store_speakers_each all of them). */
int store_speakers_brief(struct store *st, int (*fn)(const struct store_speaker_row *, void *),
                         void *ctx);
/* store_speaker_find: ids of speakers whose name or an alias folds equal to name
 * (text_fold: case and accents ignored). Caller frees *ids. */
int store_speaker_find(struct store *st, const char *name, int64_t **ids, size_t *n);
/* store_speaker_get: one speaker by id (as store_speakers_each fills it); free with
 * store_speaker_row_free. Returns 0, 1 when there is no such speaker, or -1. */
int store_speaker_get(struct store *st, int64_t id, struct store_speaker_row *out);
void store_speaker_row_free(struct store_speaker_row *r);
/* store_speaker_next_article: the nearest article after (dir > 0) or before (dir < 0)
 * article_id in list order (as store_article_page) that has a quote (speech, not scare)
 * by speaker_id. Returns 0 and sets *out, 1 when there is none, or -1. Uses the quotes'
 * speaker index: cost grows with the speaker's quotes, not with the store. */
int store_speaker_next_article(struct store *st, int64_t speaker_id, int64_t article_id,
                               int dir, int64_t *out);
/* store_speakers_gc: removes speakers no quote refers to (after reindex). */
int store_speakers_gc(struct store *st);

/* User corrections of the automatic result. They are keyed by things that survive a
 * reindex or re-import (article id and the quotation's folded-text hash; folded speaker
 * names), kept apart from the automatic rows, and re-applied in id order whenever
 * store_quotes_set runs and by store_corrections_apply. */
enum store_fix {
	STORE_FIX_REASSIGN,  /* a quotation belongs to the speaker named */
	STORE_FIX_NOT_QUOTE, /* a quotation is not one: it becomes a scare quote */
	STORE_FIX_MERGE,     /* every quote of speaker name becomes target's; aliases too */
	STORE_FIX_RENAME,    /* speaker name is displayed as target */
	STORE_FIX_SPLIT      /* alias name of speaker target becomes a speaker of its own:
	                      * the quotes whose mention folds to name move to it */
};

/* store_fix_name: "reassign", "not-quote", "merge", "rename", "split". */
const char *store_fix_name(enum store_fix k);

struct store_correction {
	int64_t id, created, article_id; /* article_id 0 for speaker corrections */
	enum store_fix kind;
	char *quote;        /* the quotation's text (quote fixes), else NULL */
	char *name, *target; /* as the user wrote them; NULL when unused */
};

/* store_fix_quote: records a reassign (speaker is the name) or not-quote (speaker NULL)
 * of the quote with this id (the "id" of quotes --format=jsonl). Returns 0 and sets *fix_id,
 * 1 when there is no such quote (store_error names it), or -1. Inside the caller's
 * transaction; call store_corrections_apply after. */
int store_fix_quote(struct store *st, enum store_fix kind, int64_t quote_id,
                    const char *speaker, int64_t *fix_id);
/* store_fix_speaker: records a merge (name into target), a rename (name displayed as
 * target) or a split (alias name off speaker target). Returns 0, 1 when a name matches no
 * speaker or the fix makes no sense (merging a speaker into itself, splitting a speaker's
 * only name; store_error says which), or -1. */
int store_fix_speaker(struct store *st, enum store_fix kind, const char *name,
                      const char *target, int64_t *fix_id);
/* store_corrections_each: every correction in id order; as store_quotes_each. */
int store_corrections_each(struct store *st,
                           int (*fn)(const struct store_correction *, void *), void *ctx);
/* store_correction_delete: forgets correction id, undoing what only it added (aliases, a
 * display name). Quotes keep their corrected values until extraction runs again
 * (import_reindex). Returns 0, 1 when there is no such correction, or -1. */
int store_correction_delete(struct store *st, int64_t id);
/* store_corrections_apply: applies every correction to the whole store, in id order, and
 * recounts quotes. */
int store_corrections_apply(struct store *st);

/* Bookmarks: passages the reader keeps. Each is written in its own transaction the moment
 * it is made (store_bookmark_add, _set_note, _delete, _restore must be called outside any
 * open transaction), so a killed quoth loses nothing and two quoth processes on one store
 * keep each other's bookmarks. When store_article_put updates an article's body, its
 * bookmarks are re-anchored (anchor.h) to the same words or flagged orphaned. */
struct store_bookmark {
	int64_t id, article_id;  /* article_id 0 when the article is gone */
	size_t off, len;         /* bytes of the article body */
	char *text, *before, *after; /* the passage and its context (anchor.h) */
	char *note;              /* NULL when none */
	int64_t speaker_id;      /* when the passage is a quote: its speaker, else 0 */
	char *speaker;           /* that speaker's display name when the bookmark was made */
	bool orphaned;           /* the words are no longer in the article */
	int64_t created;         /* unix time */
	/* filled by the readers from the article (NULL when unknown): */
	char *title, *outlet, *date, *url, *source;
};
void store_bookmark_free(struct store_bookmark *b);

/* store_bookmark_add: stores a new bookmark of body[off, off+len) of article_id, taking
 * text and context from the stored body; b gives off, len, note, speaker_id, speaker
 * (the rest is filled in, b->id set). Returns 0, 1 when the article does not exist or the
 * range is outside its body or empty, or -1. */
int store_bookmark_add(struct store *st, struct store_bookmark *b);
/* store_bookmark_get: one bookmark with its article's fields. 0, 1 when absent, or -1. */
int store_bookmark_get(struct store *st, int64_t id, struct store_bookmark *out);
/* store_bookmark_set_note: note NULL or "" removes it. 0, 1 when absent, or -1. */
int store_bookmark_set_note(struct store *st, int64_t id, const char *note);
/* store_bookmark_delete: 0, 1 when absent, or -1. */
int store_bookmark_delete(struct store *st, int64_t id);
/* store_bookmark_restore: puts back a deleted bookmark with its old id (undo).
 * 0, 1 when that id is in use again, or -1. */
int store_bookmark_restore(struct store *st, const struct store_bookmark *b);
/* store_bookmarks_each: bookmarks of article_id (0: all), newest first; as
 * store_quotes_each. */
int store_bookmarks_each(struct store *st, int64_t article_id,
                         int (*fn)(const struct store_bookmark *, void *), void *ctx);

#endif
