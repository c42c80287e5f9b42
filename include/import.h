/* import.h: bringing local files into the store: read, validate, decode, parse, extract
 * quotes, store. One bad file never stops the rest nor changes what is stored. */
#ifndef QUOTH_IMPORT_H
#define QUOTH_IMPORT_H

#include <stdbool.h>
#include <stdio.h>
#include "article.h"
#include "store.h"

#define IMPORT_MAX_BYTES (64u * 1024 * 1024) /* larger files are refused */
#define IMPORT_MAX_HTML_BYTES (16u * 1024 * 1024) /* HTML trees cost far more memory */

struct import_opts {
	const char *outlet; /* --outlet: for files that do not name one; may be NULL */
	FILE *errs;         /* where one-line errors go ("quoth: PATH: reason"); NULL: stderr */
	FILE *progress;     /* per-file "added"/"updated"/"unchanged" PATH lines; NULL: silent */
};

struct import_stats {
	int added, updated, unchanged, failed;
	size_t bytes;
};

/* import_prepare: turns raw bytes named name into an article: rejects empty, binary
 * (NUL bytes), and undecodable input (invalid UTF-8 falls back to Latin-1 only when the
 * bytes look like Latin-1 text), then parses text or HTML. On failure returns -1 and sets
 * *why to a reason (caller frees). a->source is set to name. */
int import_prepare(const char *name, const char *data, size_t len, const char *outlet,
                   struct article *a, char **why);

/* import_article: stores a prepared article and its extracted quotes (inside the
 * caller's transaction). Returns 0 or -1 with the store's error. */
int import_article(struct store *st, struct article *a, enum store_put *what);

/* import_paths: imports files, directories (recursively, sorted, hidden entries skipped)
 * and "-" (standard input), in one transaction with a savepoint per file. Returns 0 when
 * every file was imported, 1 when some failed (the others are kept), -1 when the store
 * failed (nothing of this batch is kept). Standard input is named "<stdin>" in messages
 * and stored with source "<stdin>:HASH"; a file's source is its real path. */
int import_paths(struct store *st, char *const *paths, int npaths,
                 const struct import_opts *o, struct import_stats *stats);

/* import_reindex: re-runs extraction over every stored article. Returns 0 or -1. */
int import_reindex(struct store *st, int *narticles, int *nquotes);

/* import_reindex_articles: re-runs extraction over ids[0..n) only, in one transaction
 * (ids no longer in the store are skipped), e.g. after a correction is undone.
 * Returns 0 or -1. */
int import_reindex_articles(struct store *st, const int64_t *ids, size_t n);

#endif
