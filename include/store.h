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

#define STORE_SCHEMA_VERSION 2

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
/* store_speaker_find: ids of speakers whose name or an alias folds equal to name
 * (text_fold: case and accents ignored). Caller frees *ids. */
int store_speaker_find(struct store *st, const char *name, int64_t **ids, size_t *n);
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
	STORE_FIX_RENAME     /* speaker name is displayed as target */
};

/* store_fix_name: "reassign", "not-quote", "merge", "rename". */
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
/* store_fix_speaker: records a merge (name into target) or a rename (name displayed as
 * target). Returns 0, 1 when a name matches no speaker or the fix makes no sense (merging
 * a speaker into itself; store_error says which), or -1. */
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

#endif
