/* import.c: files, directories and stdin into the store, one error line per bad file. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "import.h"
#include "parse.h"
#include "quote.h"
#include "store.h"
#include "text.h"
#include "util.h"

#define IMPORT_MB (1024u * 1024)

/* Windows-1252 puts punctuation where Latin-1 has C1 controls; text saved by Windows
 * programs that is not UTF-8 is usually that, and its curly quotes matter to quoth.
 * NULL marks the five bytes the code page leaves undefined. */
static const char *const import_cp1252[32] = {
	"€", NULL, "‚", "ƒ", "„", "…", "†", "‡", "ˆ", "‰", "Š", "‹", "Œ", NULL, "Ž", NULL,
	NULL, "‘", "’", "“", "”", "•", "–", "—", "˜", "™", "š", "›", "œ", NULL, "ž", "Ÿ"
};

/* import_looks_latin1: whether bytes that are not UTF-8 read as Windows-1252/Latin-1
 * text: mostly ASCII letters, hardly any control or undefined bytes. Random binary has
 * about one control byte in nine and half its bytes high. */
static bool
import_looks_latin1(const unsigned char *s, size_t len)
{
	size_t i, bad = 0, high = 0;

	for (i = 0; i < len; i++) {
		unsigned char c = s[i];

		if (c >= 0x80) {
			high++;
			if (c < 0xa0 && import_cp1252[c - 0x80] == NULL)
				bad++;
		} else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ||
		    c == 0x7f) {
			bad++;
		}
	}
	return bad * 200 <= len && high * 10 <= len * 3;
}

/* import_decode_8bit: Windows-1252 (a superset of Latin-1's printable range) to UTF-8.
 * Runs without 0x80-0x9F bytes go through text_from_latin1. Caller frees. */
static char *
import_decode_8bit(const char *s, size_t len, size_t *outlen)
{
	struct buf b;
	size_t i = 0, start, n;
	char *part;

	buf_init(&b);
	while (i < len) {
		start = i;
		while (i < len && !((unsigned char)s[i] >= 0x80 && (unsigned char)s[i] < 0xa0))
			i++;
		if (i > start) {
			part = text_from_latin1(s + start, i - start, &n);
			buf_add(&b, part, n);
			free(part);
		}
		if (i < len) {
			const char *c = import_cp1252[(unsigned char)s[i] - 0x80];

			buf_adds(&b, c != NULL ? c : "\xef\xbf\xbd");
			i++;
		}
	}
	*outlen = b.len;
	return buf_detach(&b);
}

static bool
import_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (strchr(" \t\n\r\f\v", s[i]) == NULL)
			return false;
	return true;
}

static char *
import_too_large(size_t len)
{
	return xasprintf("file too large (%zu MB, limit %u MB)", (len + IMPORT_MB - 1) / IMPORT_MB,
	    IMPORT_MAX_BYTES / IMPORT_MB);
}

int
import_prepare(const char *name, const char *data, size_t len, const char *outlet,
               struct article *a, char **why)
{
	char *decoded = NULL;
	const char *reason = NULL;
	struct buf h;
	int rc;

	memset(a, 0, sizeof *a);
	*why = NULL;
	if (len > IMPORT_MAX_BYTES) {
		*why = import_too_large(len);
		return -1;
	}
	if (len == 0) {
		*why = xstrdup("empty file");
		return -1;
	}
	if (len >= 2 && ((data[0] == '\xff' && data[1] == '\xfe') ||
	    (data[0] == '\xfe' && data[1] == '\xff'))) {
		*why = xstrdup("UTF-16 text is not supported (convert it to UTF-8)");
		return -1;
	}
	if (memchr(data, '\0', len) != NULL) {
		*why = xstrdup("binary file (contains NUL bytes)");
		return -1;
	}
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0) {
		data += 3;
		len -= 3;
	}
	if (import_blank(data, len)) {
		*why = xstrdup("empty file");
		return -1;
	}
	if (!text_valid_utf8(data, len)) {
		if (!import_looks_latin1((const unsigned char *)data, len)) {
			*why = xstrdup("not UTF-8 text");
			return -1;
		}
		decoded = import_decode_8bit(data, len, &len);
		data = decoded;
	}

	if (parse_detect(name, data, len) == PARSE_HTML) {
		/* libxml2 holds the whole tree, up to ~80x the input for hostile markup. */
		if (len > IMPORT_MAX_HTML_BYTES) {
			*why = xasprintf("HTML file too large (%zu MB, limit %u MB)",
			    (len + IMPORT_MB - 1) / IMPORT_MB, IMPORT_MAX_HTML_BYTES / IMPORT_MB);
			free(decoded);
			return -1;
		}
		rc = parse_html(data, len, a, &reason);
	} else
		rc = parse_text(data, len, a, &reason);
	free(decoded);
	if (rc != 0) {
		article_free(a);
		*why = xstrdup(reason != NULL ? reason : "no text");
		return -1;
	}

	a->source = xstrdup(name);
	if (a->outlet == NULL && outlet != NULL && outlet[0] != '\0') {
		size_t n;

		a->outlet = text_clean(outlet, strlen(outlet), &n);
	}
	a->unread = 1;
	buf_init(&h);
	buf_adds(&h, a->title);
	buf_addc(&h, '\n');
	buf_add(&h, a->body, a->body_len);
	util_hash64(h.s, h.len, a->hash);
	buf_free(&h);
	return 0;
}

int
import_article(struct store *st, struct article *a, enum store_put *what)
{
	struct quote_result r;
	enum store_put w;
	int rc;

	if (store_article_put(st, a, &w) != 0)
		return -1;
	if (what != NULL)
		*what = w;
	if (w == STORE_PUT_SAME)
		return 0;
	quote_extract(a->body, a->body_len, &r);
	rc = store_quotes_set(st, a->id, a->body, a->body_len, &r);
	quote_result_free(&r);
	return rc;
}

/* A directory already walked, by identity, so that symbolic links cannot loop. */
struct import_dir {
	dev_t dev;
	ino_t ino;
};

struct import_run {
	struct store *st;
	const struct import_opts *o;
	struct import_stats *stats;
	FILE *errs;
	struct import_dir *dirs;
	size_t ndirs, capdirs;
	bool failed;       /* some file failed */
	bool store_failed; /* the store itself failed: the batch is lost */
};

static void
import_error(struct import_run *r, const char *path, const char *reason)
{
	char *safe = text_display(path, strlen(path)); /* a file name is any bytes */

	fprintf(r->errs, "quoth: %s: %s\n", safe, reason);
	free(safe);
	r->failed = true;
	r->stats->failed++;
}

/* import_data: prepares and stores one file's bytes inside a savepoint of its own.
 * path names the file in messages; source identifies it in the store (NULL for standard
 * input, which is identified by its content so that one piped article never replaces
 * another). */
static void
import_data(struct import_run *r, const char *path, const char *source, const char *data,
            size_t len)
{
	static const char *const verbs[] = { "added", "updated", "unchanged" };
	struct article a;
	enum store_put what;
	char *why;

	r->stats->bytes += len;
	if (import_prepare(source != NULL ? source : path, data, len, r->o->outlet, &a,
	    &why) != 0) {
		import_error(r, path, why);
		free(why);
		return;
	}
	if (source == NULL) {
		free(a.source);
		a.source = xasprintf("%s:%s", path, a.hash);
	}
	if (store_savepoint(r->st) != 0) {
		fprintf(r->errs, "quoth: %s\n", store_error(r->st));
		r->store_failed = true;
		article_free(&a);
		return;
	}
	if (import_article(r->st, &a, &what) != 0) {
		import_error(r, path, store_error(r->st));
		store_rollback_savepoint(r->st);
		article_free(&a);
		return;
	}
	article_free(&a);
	if (store_release(r->st) != 0) {
		fprintf(r->errs, "quoth: %s\n", store_error(r->st));
		r->store_failed = true;
		return;
	}
	switch (what) {
	case STORE_PUT_NEW:
		r->stats->added++;
		break;
	case STORE_PUT_UPDATED:
		r->stats->updated++;
		break;
	default:
		r->stats->unchanged++;
		break;
	}
	if (r->o->progress != NULL) {
		char *safe = text_display(path, strlen(path));

		fprintf(r->o->progress, "%s %s\n", verbs[what], safe);
		free(safe);
	}
}

static void
import_read_error(struct import_run *r, const char *path, int e, size_t size)
{
	char *msg;

	if (e == EFBIG) {
		msg = size > IMPORT_MAX_BYTES ? import_too_large(size) :
		    xasprintf("file too large (over %u MB, limit %u MB)", IMPORT_MAX_BYTES / IMPORT_MB,
		    IMPORT_MAX_BYTES / IMPORT_MB);
		import_error(r, path, msg);
		free(msg);
	} else {
		import_error(r, path, strerror(e));
	}
}

static void
import_stdin(struct import_run *r)
{
	char *data;
	size_t len;
	int e = util_read_fd(STDIN_FILENO, IMPORT_MAX_BYTES, &data, &len);

	if (e != 0) {
		import_read_error(r, "<stdin>", e, 0);
		return;
	}
	import_data(r, "<stdin>", NULL, data, len);
	free(data);
}

/* import_file: one file that is not a directory. Opened without blocking so that a
 * named pipe is refused rather than waited on. */
static void
import_file(struct import_run *r, const char *path)
{
	struct stat sb;
	char *data, *real;
	size_t len;
	int fd, e;

	fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		import_error(r, path, strerror(errno));
		return;
	}
	if (fstat(fd, &sb) != 0) {
		e = errno;
		close(fd);
		import_error(r, path, strerror(e));
		return;
	}
	if (!S_ISREG(sb.st_mode)) {
		close(fd);
		import_error(r, path, S_ISDIR(sb.st_mode) ? "is a directory" : "not a regular file");
		return;
	}
	if ((uintmax_t)sb.st_size > IMPORT_MAX_BYTES) {
		close(fd);
		import_read_error(r, path, EFBIG, (size_t)sb.st_size);
		return;
	}
	e = util_read_fd(fd, IMPORT_MAX_BYTES, &data, &len);
	close(fd);
	if (e != 0) {
		import_read_error(r, path, e, 0);
		return;
	}
	/* The same file reached by another relative path or link is the same article. */
	real = realpath(path, NULL);
	import_data(r, path, real != NULL ? real : path, data, len);
	free(real);
	free(data);
}

static int
import_cmp(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static void import_path(struct import_run *r, const char *path);

/* import_dir: every entry of a directory not seen before, in byte order of the names,
 * hidden ones skipped. */
static void
import_dir(struct import_run *r, const char *path, const struct stat *sb)
{
	DIR *d;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0, i, plen;
	bool slash;

	for (i = 0; i < r->ndirs; i++)
		if (r->dirs[i].dev == sb->st_dev && r->dirs[i].ino == sb->st_ino)
			return;
	if (r->ndirs == r->capdirs) {
		r->capdirs = r->capdirs == 0 ? 16 : r->capdirs * 2;
		r->dirs = xreallocarray(r->dirs, r->capdirs, sizeof r->dirs[0]);
	}
	r->dirs[r->ndirs].dev = sb->st_dev;
	r->dirs[r->ndirs].ino = sb->st_ino;
	r->ndirs++;

	if ((d = opendir(path)) == NULL) {
		import_error(r, path, strerror(errno));
		return;
	}
	errno = 0;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		if (n == cap) {
			cap = cap == 0 ? 32 : cap * 2;
			names = xreallocarray(names, cap, sizeof names[0]);
		}
		names[n++] = xstrdup(de->d_name);
		errno = 0;
	}
	if (errno != 0)
		import_error(r, path, strerror(errno));
	closedir(d);
	qsort(names, n, sizeof names[0], import_cmp);
	plen = strlen(path);
	slash = plen > 0 && path[plen - 1] == '/';
	for (i = 0; i < n; i++) {
		char *child = xasprintf("%s%s%s", path, slash ? "" : "/", names[i]);

		if (!r->store_failed)
			import_path(r, child);
		free(child);
		free(names[i]);
	}
	free(names);
}

static void
import_path(struct import_run *r, const char *path)
{
	struct stat sb;

	if (strcmp(path, "-") == 0) {
		import_stdin(r);
		return;
	}
	if (stat(path, &sb) != 0) {
		import_error(r, path, strerror(errno));
		return;
	}
	if (S_ISDIR(sb.st_mode))
		import_dir(r, path, &sb);
	else
		import_file(r, path);
}

int
import_paths(struct store *st, char *const *paths, int npaths, const struct import_opts *o,
             struct import_stats *stats)
{
	struct import_stats dummy;
	struct import_run r;
	int i;

	if (stats == NULL)
		stats = &dummy;
	memset(stats, 0, sizeof *stats);
	memset(&r, 0, sizeof r);
	r.st = st;
	r.o = o;
	r.stats = stats;
	r.errs = o->errs != NULL ? o->errs : stderr;
	if (store_begin(st) != 0) {
		fprintf(r.errs, "quoth: %s\n", store_error(st));
		return -1;
	}
	for (i = 0; i < npaths && !r.store_failed; i++)
		import_path(&r, paths[i]);
	free(r.dirs);
	/* An updated article may have left speakers nobody quotes any more. */
	if (!r.store_failed && stats->updated > 0 && store_speakers_gc(st) != 0) {
		fprintf(r.errs, "quoth: %s\n", store_error(st));
		r.store_failed = true;
	}
	if (!r.store_failed && store_commit(st) != 0) {
		fprintf(r.errs, "quoth: %s\n", store_error(st));
		r.store_failed = true;
	}
	if (r.store_failed) {
		store_rollback(st);
		return -1;
	}
	return r.failed ? 1 : 0;
}

/* Re-extracts ids[0..n) inside the caller's transaction; absent articles are skipped
 * when skip_absent (they may have gone since the ids were read). */
static int
import_reextract(struct store *st, const int64_t *ids, size_t n, bool skip_absent,
                 int *narticles, int *nquotes)
{
	struct article a;
	struct quote_result r;
	size_t i, k;
	int rc = 0;

	for (i = 0; i < n && rc == 0; i++) {
		if (store_article_get(st, ids[i], &a) != 0) {
			if (skip_absent)
				continue;
			return -1;
		}
		quote_extract(a.body, a.body_len, &r);
		rc = store_quotes_set(st, a.id, a.body, a.body_len, &r);
		for (k = 0; k < r.nspans; k++)
			*nquotes += r.spans[k].kind != QUOTE_SCARE;
		quote_result_free(&r);
		article_free(&a);
		(*narticles)++;
	}
	return rc;
}

int
import_reindex(struct store *st, int *narticles, int *nquotes)
{
	int64_t *ids = NULL;
	size_t n = 0;
	int rc;

	*narticles = 0;
	*nquotes = 0;
	if (store_begin(st) != 0)
		return -1;
	if (store_article_ids(st, &ids, &n) != 0) {
		store_rollback(st);
		return -1;
	}
	rc = import_reextract(st, ids, n, false, narticles, nquotes);
	free(ids);
	if (rc == 0 && store_speakers_gc(st) == 0 && store_commit(st) == 0)
		return 0;
	store_rollback(st);
	*narticles = 0;
	*nquotes = 0;
	return -1;
}

int
import_reindex_articles(struct store *st, const int64_t *ids, size_t n)
{
	int na = 0, nq = 0;

	if (store_begin(st) != 0)
		return -1;
	if (import_reextract(st, ids, n, true, &na, &nq) == 0 && store_speakers_gc(st) == 0 &&
	    store_commit(st) == 0)
		return 0;
	store_rollback(st);
	return -1;
}
