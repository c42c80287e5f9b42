/* test_store.c: unit tests for the SQLite store: migrations, refusal of newer schemas,
 * article put/update/dedupe, paging, quotes and speaker identity, corrections (split),
 * bookmarks and their re-anchoring. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store.h"
#include "text.h"
#include "util.h"


/* One schema version past this build's, which it must refuse. */
#define STORE_NEWER 9
#define STORE_STR2(x) #x
#define STORE_STR(x) STORE_STR2(x)
_Static_assert(STORE_NEWER == STORE_SCHEMA_VERSION + 1, "STORE_NEWER follows the schema");

static char tmpdir[] = "/tmp/quoth-test-store-XXXXXX";

static char *
db_path(const char *name)
{
	return xasprintf("%s/%s", tmpdir, name);
}

static struct store *
open_ok(const char *path)
{
	char *err = NULL;
	struct store *st = store_open(path, &err);

	if (st == NULL)
		fail_msg("store_open: %s", err);
	return st;
}

static void
make_article(struct article *a, const char *source, const char *title, const char *date,
    const char *body)
{
	struct buf b;

	memset(a, 0, sizeof *a);
	a->source = xstrdup(source);
	a->title = xstrdup(title);
	a->date = date != NULL ? xstrdup(date) : NULL;
	a->outlet = xstrdup("The Test Gazette");
	a->body = xstrdup(body);
	a->body_len = strlen(body);
	buf_init(&b);
	buf_printf(&b, "%s\n%s", title, body);
	util_hash64(b.s, b.len, a->hash);
	buf_free(&b);
}

static void
test_create_mode_and_version(void **state)
{
	char *path = db_path("new/sub/q.db");
	struct store *st = open_ok(path);
	struct stat sb;
	sqlite3 *db;
	sqlite3_stmt *s;

	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(store_article_count(st), 0);
	store_close(st);

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), STORE_SCHEMA_VERSION);
	sqlite3_finalize(s);
	sqlite3_close(db);
	free(path);
}

static void
test_newer_schema_refused_untouched(void **state)
{
	char *path = db_path("newer.db"), *err = NULL;
	sqlite3 *db;
	struct stat before, after;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE x(y); PRAGMA user_version = 99;", NULL,
	    NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(stat(path, &before), 0);

	assert_null(store_open(path, &err));
	assert_non_null(err);
	assert_non_null(strstr(err, "newer quoth"));
	assert_non_null(strstr(err, path));
	free(err);
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(before.st_size, after.st_size);
	assert_true(before.st_mtime == after.st_mtime);
	free(path);
}

static void
test_not_a_database(void **state)
{
	char *path = db_path("junk.db"), *err = NULL;
	FILE *f = fopen(path, "w");

	fputs("this is not a database, just words, and more words to fill a page.\n", f);
	fclose(f);
	assert_null(store_open(path, &err));
	assert_non_null(strstr(err, path));
	free(err);
	err = NULL;
	assert_null(store_open(tmpdir, &err)); /* a directory */
	assert_non_null(strstr(err, "directory"));
	free(err);
	free(path);
}

static void
test_put_dedupe_update(void **state)
{
	char *path = db_path("put.db");
	struct store *st = open_ok(path);
	struct article a, b, c, got;
	enum store_put what;

	make_article(&a, "/x/one.txt", "One", "2026-01-02", "One\n\nFirst body.");
	assert_int_equal(store_article_put(st, &a, &what), 0);
	assert_int_equal(what, STORE_PUT_NEW);
	assert_true(a.id > 0);

	/* Same source, same content: unchanged. */
	make_article(&b, "/x/one.txt", "One", "2026-01-02", "One\n\nFirst body.");
	assert_int_equal(store_article_put(st, &b, &what), 0);
	assert_int_equal(what, STORE_PUT_SAME);
	assert_int_equal(b.id, a.id);
	article_free(&b);

	/* Same content from another path: not duplicated. */
	make_article(&b, "/y/copy.txt", "One", "2026-01-02", "One\n\nFirst body.");
	assert_int_equal(store_article_put(st, &b, &what), 0);
	assert_int_equal(what, STORE_PUT_SAME);
	article_free(&b);

	/* Edited file: updated in place. */
	make_article(&c, "/x/one.txt", "One, edited", "2026-01-02", "One, edited\n\nNew body.");
	assert_int_equal(store_article_put(st, &c, &what), 0);
	assert_int_equal(what, STORE_PUT_UPDATED);
	assert_int_equal(c.id, a.id);
	assert_int_equal(store_article_count(st), 1);
	assert_int_equal(store_article_get(st, a.id, &got), 0);
	assert_string_equal(got.title, "One, edited");
	assert_string_equal(got.body, "One, edited\n\nNew body.");
	assert_int_equal(got.unread, 1);
	article_free(&got);
	assert_int_equal(store_article_get(st, 9999, &got), -1);

	article_free(&a);
	article_free(&c);
	store_close(st);
	free(path);
}

static void
test_paging_order_and_index(void **state)
{
	char *path = db_path("page.db");
	struct store *st = open_ok(path);
	struct store_article_row rows[10];
	enum store_put what;
	int64_t ids[5];
	long n;
	int i;
	const char *dates[5] = { "2026-01-03", NULL, "2026-01-05", "2026-01-01", "2026-01-05" };

	assert_int_equal(store_begin(st), 0);
	for (i = 0; i < 5; i++) {
		struct article a;
		char src[32], title[32];

		snprintf(src, sizeof src, "s%d", i);
		snprintf(title, sizeof title, "T%d", i);
		make_article(&a, src, title, dates[i], title);
		assert_int_equal(store_article_put(st, &a, &what), 0);
		ids[i] = a.id;
		article_free(&a);
	}
	assert_int_equal(store_commit(st), 0);

	/* Newest date first, newer id first on ties, undated last. */
	n = store_article_page(st, 0, 10, rows);
	assert_int_equal(n, 5);
	assert_string_equal(rows[0].title, "T4");
	assert_string_equal(rows[1].title, "T2");
	assert_string_equal(rows[2].title, "T0");
	assert_string_equal(rows[3].title, "T3");
	assert_string_equal(rows[4].title, "T1");
	for (i = 0; i < n; i++) {
		assert_int_equal(store_article_index(st, rows[i].id), i);
		store_article_row_free(&rows[i]);
	}
	n = store_article_page(st, 3, 10, rows);
	assert_int_equal(n, 2);
	assert_string_equal(rows[0].title, "T3");
	for (i = 0; i < n; i++)
		store_article_row_free(&rows[i]);
	assert_int_equal(store_article_page(st, 10, 10, rows), 0);
	assert_int_equal(store_article_index(st, 12345), -1);

	assert_int_equal(store_article_set_unread(st, ids[0], 0), 0);
	n = store_article_page(st, 2, 1, rows);
	assert_int_equal(rows[0].unread, 0);
	store_article_row_free(&rows[0]);
	store_close(st);
	free(path);
}

static void
test_savepoint_rollback_keeps_others(void **state)
{
	char *path = db_path("sp.db");
	struct store *st = open_ok(path);
	struct article a, b;
	enum store_put what;

	assert_int_equal(store_begin(st), 0);
	assert_int_equal(store_savepoint(st), 0);
	make_article(&a, "keep", "Keep", NULL, "kept");
	assert_int_equal(store_article_put(st, &a, &what), 0);
	assert_int_equal(store_release(st), 0);
	assert_int_equal(store_savepoint(st), 0);
	make_article(&b, "drop", "Drop", NULL, "dropped");
	assert_int_equal(store_article_put(st, &b, &what), 0);
	store_rollback_savepoint(st);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(store_article_count(st), 1);

	/* A whole batch rolled back leaves nothing. */
	article_free(&b);
	assert_int_equal(store_begin(st), 0);
	make_article(&b, "gone", "Gone", NULL, "gone");
	assert_int_equal(store_article_put(st, &b, &what), 0);
	store_rollback(st);
	assert_int_equal(store_article_count(st), 1);
	article_free(&a);
	article_free(&b);
	store_close(st);
	free(path);
}

#define COLLECT_MAX 12

struct collect {
	int n;
	char texts[COLLECT_MAX][64];
	char speakers[COLLECT_MAX][64];
	int64_t sids[COLLECT_MAX];
};

static int
collect_quote(const struct store_quote_row *q, void *arg)
{
	struct collect *c = arg;

	if (c->n < COLLECT_MAX) {
		snprintf(c->texts[c->n], 64, "%s", q->text);
		snprintf(c->speakers[c->n], 64, "%s", q->speaker != NULL ? q->speaker : "-");
		c->sids[c->n] = q->speaker_id;
	}
	c->n++;
	return 0;
}

/* A speech quotation of entity, cue "said": the first occurrence of quote in body, its
 * marks the bytes either side. */
static struct quote_span
speech_span(const char *body, const char *quote, int entity)
{
	struct quote_span sp;
	const char *p = strstr(body, quote);

	assert_non_null(p);
	memset(&sp, 0, sizeof sp);
	sp.off = (size_t)(p - body);
	sp.len = strlen(quote);
	sp.mark_off = sp.off - 1;
	sp.mark_len = sp.len + 2;
	sp.entity = entity;
	snprintf(sp.cue, sizeof sp.cue, "said");
	sp.kind = QUOTE_SPEECH;
	sp.confidence = 0.9f;
	return sp;
}

/* One hand-made extraction result: entities and spans, as quote.c would produce. */
static void
put_quotes(struct store *st, int64_t id, const char *body, const char *name, const char *role,
    const char *quote, const char *scare)
{
	struct quote_entity e;
	struct quote_span sp[2];
	struct quote_result r;
	const char *q = strstr(body, scare);

	assert_non_null(q);
	memset(&e, 0, sizeof e);
	e.name = (char *)name;
	e.role = (char *)role;
	memset(sp, 0, sizeof sp);
	sp[0] = speech_span(body, quote, 0);
	sp[1].off = (size_t)(q - body);
	sp[1].len = strlen(scare);
	sp[1].entity = -1;
	sp[1].kind = QUOTE_SCARE;
	sp[1].confidence = 0.2f;
	if (sp[1].off < sp[0].off) {
		struct quote_span t = sp[0];

		sp[0] = sp[1];
		sp[1] = t;
	}
	r.spans = sp;
	r.nspans = 2;
	r.entities = &e;
	r.nentities = 1;
	assert_int_equal(store_quotes_set(st, id, body, strlen(body), &r), 0);
}

static int
count_speaker(const struct store_speaker_row *s, void *arg)
{
	(*(int *)arg)++;
	return 0;
}

static void
test_quotes_and_identity(void **state)
{
	char *path = db_path("quotes.db");
	struct store *st = open_ok(path);
	struct article a, b, c, got;
	enum store_put what;
	struct store_quote_filter f;
	struct collect col;
	int64_t *ids;
	size_t nids;
	int nspk = 0;
	const char *b1 = "Headline\n\n\"We hold the line,\" Marta Kowalczyk said of the \"deal\".";
	const char *b2 = "Other\n\n\"We hold the line,\" said Marta Kowalczyk, citing a \"plan\".";
	const char *b3 = "Third\n\n\"Nothing changes,\" said Piotr Kowalczyk of the \"idea\".";

	make_article(&a, "a", "Headline", "2026-02-01", b1);
	make_article(&b, "b", "Other", "2026-02-02", b2);
	make_article(&c, "c", "Third", "2026-02-03", b3);
	assert_int_equal(store_article_put(st, &a, &what), 0);
	assert_int_equal(store_article_put(st, &b, &what), 0);
	assert_int_equal(store_article_put(st, &c, &what), 0);
	put_quotes(st, a.id, b1, "Marta Kowalczyk", "Mayor", "We hold the line,", "deal");
	put_quotes(st, b.id, b2, "Marta Kowalczyk", NULL, "We hold the line,", "plan");
	put_quotes(st, c.id, b3, "Piotr Kowalczyk", NULL, "Nothing changes,", "idea");

	memset(&f, 0, sizeof f);
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, 3); /* scare quotes left out */
	assert_string_equal(col.texts[0], "We hold the line,");
	assert_string_equal(col.speakers[0], "Marta Kowalczyk");
	/* Same person across articles: one id; same surname, other given name: apart. */
	assert_true(col.sids[0] == col.sids[1]);
	assert_true(col.sids[2] != col.sids[0]);

	f.include_scare = true;
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, 6);

	/* Case- and accent-insensitive lookup by any alias. */
	assert_int_equal(store_speaker_find(st, "MARTA KOWALCZYK", &ids, &nids), 0);
	assert_int_equal(nids, 1);
	free(ids);
	assert_int_equal(store_speaker_find(st, "Nobody Here", &ids, &nids), 0);
	assert_int_equal(nids, 0);
	free(ids);

	assert_int_equal(store_speakers_each(st, count_speaker, &nspk), 0);
	assert_int_equal(nspk, 2);

	/* Re-running extraction replaces, never duplicates. */
	put_quotes(st, a.id, b1, "Marta Kowalczyk", "Mayor", "We hold the line,", "deal");
	memset(&f, 0, sizeof f);
	f.article_id = a.id;
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, 1);
	assert_int_equal(store_article_get(st, a.id, &got), 0);
	assert_int_equal(got.quote_count, 1);
	article_free(&got);
	article_free(&c);

	article_free(&a);
	article_free(&b);
	store_close(st);
	free(path);
}

/* The schema of a version 2 store exactly as quoth 2 wrote it (frozen: migration 3 must
 * keep upgrading stores like this one). */
static const char v2_schema[] =
	"CREATE TABLE feeds (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, title TEXT,"
	"  added INTEGER NOT NULL, last_fetch INTEGER, last_error TEXT);"
	"CREATE TABLE articles (id INTEGER PRIMARY KEY,"
	"  feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,"
	"  source TEXT NOT NULL UNIQUE,"
	"  url TEXT, outlet TEXT, title TEXT NOT NULL, byline TEXT, date TEXT,"
	"  body TEXT NOT NULL, hash TEXT NOT NULL, unread INTEGER NOT NULL DEFAULT 1,"
	"  quote_count INTEGER NOT NULL DEFAULT 0, added INTEGER NOT NULL,"
	"  updated INTEGER NOT NULL);"
	"CREATE INDEX articles_hash ON articles(hash);"
	"CREATE INDEX articles_order ON articles(coalesce(date, ''), id);"
	"CREATE TABLE speakers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL,"
	"  surname_key TEXT NOT NULL, is_org INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX speakers_key ON speakers(key);"
	"CREATE INDEX speakers_surname ON speakers(surname_key);"
	"CREATE TABLE speaker_aliases ("
	"  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,"
	"  alias TEXT NOT NULL, fold TEXT NOT NULL, PRIMARY KEY (speaker_id, fold));"
	"CREATE INDEX speaker_aliases_fold ON speaker_aliases(fold);"
	"CREATE TABLE speaker_roles ("
	"  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,"
	"  role TEXT NOT NULL, PRIMARY KEY (speaker_id, role));"
	"CREATE TABLE quotes (id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL,"
	"  mark_off INTEGER NOT NULL, mark_len INTEGER NOT NULL,"
	"  mention_off INTEGER NOT NULL, mention_len INTEGER NOT NULL, mention TEXT,"
	"  speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL, cue TEXT,"
	"  kind INTEGER NOT NULL, confidence REAL NOT NULL, text TEXT NOT NULL,"
	"  text_key TEXT NOT NULL);"
	"CREATE INDEX quotes_article ON quotes(article_id, off);"
	"CREATE INDEX quotes_speaker ON quotes(speaker_id);"
	"CREATE INDEX quotes_text_key ON quotes(text_key);"
	"CREATE TABLE bookmarks (id INTEGER PRIMARY KEY,"
	"  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL,"
	"  text TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL, note TEXT,"
	"  quote_id INTEGER, speaker_id INTEGER, orphaned INTEGER NOT NULL DEFAULT 0,"
	"  created INTEGER NOT NULL);"
	"CREATE INDEX bookmarks_article ON bookmarks(article_id);"
	"PRAGMA user_version = 1;"
	"CREATE TABLE corrections (id INTEGER PRIMARY KEY, kind TEXT NOT NULL,"
	"  created INTEGER NOT NULL,"
	"  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,"
	"  text_key TEXT, quote TEXT, name TEXT, fold TEXT, target TEXT, target_fold TEXT,"
	"  old TEXT);"
	"CREATE INDEX corrections_article ON corrections(article_id);"
	"ALTER TABLE speaker_aliases ADD COLUMN correction_id INTEGER;"
	"PRAGMA user_version = 2;";

static int
user_version(const char *path)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int v;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static int
count_rows(const char *path, const char *sql)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	int v;

	assert_int_equal(sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, sql, -1, &s, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	v = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

static void
test_migrate_v2_store(void **state)
{
	char *path = db_path("v2.db");
	sqlite3 *db;
	struct store *st;
	struct store_bookmark b;
	struct store_article_row row;

	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, v2_schema, NULL, NULL, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
	    "INSERT INTO articles(id, source, title, body, hash, added, updated) VALUES"
	    " (7, '/old.txt', 'Old', 'Old\n\nAn old body that was bookmarked.', 'h', 1, 1);"
	    "INSERT INTO bookmarks(id, article_id, off, len, text, before, after, note,"
	    " speaker_id, created) VALUES (3, 7, 8, 6, 'An old', 'Old\n\n', ' body', 'kept',"
	    " NULL, 100);"
	    "INSERT INTO corrections(kind, created, name, fold, target, target_fold)"
	    " VALUES ('rename', 1, 'A', 'a', 'B', 'b');"
	    "INSERT INTO speakers(id, name, key, surname_key, is_org) VALUES"
	    " (5, 'Søren Kjærgaard', 'søren kjærgaard', 'kjærgaard', 0),"
	    " (6, 'Dmitrii Vasiliiy', 'dmitry vasiliy', 'vasiliy', 0),"
	    " (8, 'Yerlan Dzhaksybekov', 'yerlan dzhaksybekov', 'dzhaksybekov', 0),"
	    " (9, 'Chung Dae-sik', 'chung dae sik', 'sik', 0),"
	    " (10, 'Nguyễn Thị Lan', 'nguyen thi lan', 'lan', 0);", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(user_version(path), 2);

	st = open_ok(path);
	assert_int_equal(store_bookmark_get(st, 3, &b), 0);
	assert_int_equal(b.article_id, 7);
	assert_string_equal(b.text, "An old");
	assert_string_equal(b.note, "kept");
	assert_null(b.speaker);
	assert_int_equal(b.speaker_id, 0);
	assert_false(b.orphaned);
	assert_string_equal(b.title, "Old");
	assert_string_equal(b.source, "/old.txt");
	store_bookmark_free(&b);
	assert_int_equal(store_article_page(st, 0, 1, &row), 1);
	assert_int_equal(row.id, 7);
	store_article_row_free(&row);
	store_close(st);
	/* migration 4 rekeyed the speaker in ASCII */
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speakers WHERE id = 5 AND"
	    " key = 'soren kjaergaard' AND surname_key = 'kjaergaard'"), 1);
	/* and changed nothing else: keying the key again would make "vasily" */
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speakers WHERE id = 6 AND"
	    " key = 'dmitry vasiliy' AND surname_key = 'vasiliy'"), 1);
	/* migration 5 respelled the Kazakh name as speaker_key now writes it */
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speakers WHERE id = 8 AND"
	    " key = 'yerlan jaksybekov' AND surname_key = 'jaksybekov'"), 1);
	/* migration 6 gave the people stored their consonant keys */
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE speaker_id = 8"
	    " AND skel = 'jksbkv'"), 1);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE speaker_id = 5"
	    " AND skel = 'kjrgrd'"), 1);
	/* migration 7 gave the Korean name its key */
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE speaker_id = 9"
	    " AND skel = 'ko:jeong dae-sik'"), 1);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE skel LIKE 'ko:%'"), 1);
	/* and migration 8 the Vietnamese one */
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE speaker_id = 10"
	    " AND skel = 'vi:nguyen lan'"), 1);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE skel LIKE 'vi:%'"), 1);

	assert_int_equal(user_version(path), STORE_SCHEMA_VERSION);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM sqlite_master WHERE"
	    " type = 'index' AND name IN ('bookmarks_created', 'bookmarks_article')"), 2);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM pragma_table_info('bookmarks')"
	    " WHERE name = 'speaker'"), 1);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM corrections"), 1);
	/* Opening a current store again migrates nothing. */
	st = open_ok(path);
	store_close(st);
	assert_int_equal(user_version(path), STORE_SCHEMA_VERSION);
	free(path);
}

static void
test_newer_store_refused_untouched(void **state)
{
	char *path = db_path("one-ahead.db"), *err = NULL;
	struct store *st = open_ok(path);
	sqlite3 *db;
	struct stat before, after;

	store_close(st);
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "PRAGMA journal_mode = DELETE; PRAGMA user_version = "
	    STORE_STR(STORE_NEWER) ";", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(stat(path, &before), 0);
	assert_null(store_open(path, &err));
	assert_non_null(err);
	assert_non_null(strstr(err, "newer quoth"));
	assert_non_null(strstr(err, "version " STORE_STR(STORE_NEWER)));
	free(err);
	assert_int_equal(stat(path, &after), 0);
	assert_int_equal(before.st_size, after.st_size);
	assert_true(before.st_mtime == after.st_mtime);
	assert_int_equal(user_version(path), STORE_NEWER);
	free(path);
}

/* put_entity_quote: one speech quotation (quote, first occurrence in body) by the one
 * entity e; its mention the first occurrence of mention after it, or none when NULL. */
static void
put_entity_quote(struct store *st, int64_t id, const char *body, struct quote_entity *e,
    const char *quote, const char *mention)
{
	struct quote_span sp;
	struct quote_result r;
	const char *p = strstr(body, quote), *m = NULL;

	assert_non_null(p);
	if (mention != NULL) {
		m = strstr(p + strlen(quote), mention);
		assert_non_null(m);
	}
	sp = speech_span(body, quote, 0);
	if (m != NULL) {
		sp.mention_off = (size_t)(m - body);
		sp.mention_len = strlen(mention);
	}
	r.spans = &sp;
	r.nspans = 1;
	r.entities = e;
	r.nentities = 1;
	assert_int_equal(store_quotes_set(st, id, body, strlen(body), &r), 0);
}

/* put_speech: one speech quotation (quote, first occurrence in body) by one entity, the
 * mention the first occurrence of mention after it. */
static void
put_speech(struct store *st, int64_t id, const char *body, const char *name,
    const char *role, const char *alias, const char *quote, const char *mention)
{
	struct quote_entity e;
	char *aliases[1];

	memset(&e, 0, sizeof e);
	e.name = (char *)name;
	e.role = (char *)role;
	if (alias != NULL) {
		aliases[0] = (char *)alias;
		e.aliases = aliases;
		e.naliases = 1;
	}
	put_entity_quote(st, id, body, &e, quote, mention);
}

/* put_described: one speech quotation by one entity, unnamed or not, named by name. */
static void
put_described(struct store *st, int64_t id, const char *body, const char *name, int unnamed,
    const char *quote)
{
	struct quote_entity e;

	memset(&e, 0, sizeof e);
	e.name = (char *)name;
	e.is_org = unnamed;
	e.unnamed = unnamed;
	put_entity_quote(st, id, body, &e, quote, NULL);
}

static int64_t
put_article(struct store *st, const char *source, const char *title, const char *date,
    const char *outlet, const char *body)
{
	struct article a;
	enum store_put what;
	int64_t id;

	make_article(&a, source, title, date, body);
	free(a.outlet);
	a.outlet = outlet != NULL ? xstrdup(outlet) : NULL;
	assert_int_equal(store_article_put(st, &a, &what), 0);
	assert_int_equal(what, STORE_PUT_NEW);
	id = a.id;
	article_free(&a);
	return id;
}

/* Stores n one-quotation articles, body b[i] with the quotation said[i] by who[i], a
 * person or (is_org) a body, and gives in sid[i] the speaker each quotation was filed
 * under. */
static void
put_one_each_as(struct store *st, size_t n, const char *const *b, const char *const *who,
    const char *const *said, int64_t *sid, int is_org, const char *const *roles)
{
	struct store_quote_filter f;
	struct collect col;
	size_t i;
	int k;

	for (i = 0; i < n; i++) {
		char src[2] = { (char)('a' + i), 0 };
		int64_t id = put_article(st, src, "T", NULL, NULL, b[i]);

		struct quote_entity e;

		memset(&e, 0, sizeof e);
		e.name = (char *)who[i];
		e.is_org = is_org;
		e.role = roles != NULL ? (char *)roles[i] : NULL;
		put_entity_quote(st, id, b[i], &e, said[i], NULL);
		sid[i] = 0;
	}
	memset(&f, 0, sizeof f);
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, (int)n);
	for (k = 0; k < col.n; k++)
		for (i = 0; i < n; i++)
			if (strcmp(col.texts[k], said[i]) == 0)
				sid[i] = col.sids[k];
	for (i = 0; i < n; i++)
		assert_true(sid[i] != 0);
}

static void
put_one_each(struct store *st, size_t n, const char *const *b, const char *const *who,
    const char *const *said, int64_t *sid)
{
	put_one_each_as(st, n, b, who, said, sid, 0, NULL);
}

/* "Narmada Setu Constructions Pvt Ltd" in one story is "Narmada Setu Constructions
 * Private Limited" in another and "Narmada Setu Constructions" in a third: a body's name
 * with its legal form or without; "Narmada Setu Holdings" is another body */
static void
test_org_legal_form_joins(void **state)
{
	char *path = db_path("orgbase.db");
	struct store *st = open_ok(path);
	const char *who[4] = { "Narmada Setu Constructions Pvt Ltd",
	    "Narmada Setu Constructions Private Limited", "Narmada Setu Constructions",
	    "Narmada Setu Holdings" };
	const char *b[4] = { "T\n\n\"No,\" said Narmada Setu Constructions Pvt Ltd.",
	    "T\n\n\"Yes,\" said Narmada Setu Constructions Private Limited.",
	    "T\n\n\"Maybe,\" said Narmada Setu Constructions.",
	    "T\n\n\"Later,\" said Narmada Setu Holdings." };
	const char *said[4] = { "No,", "Yes,", "Maybe,", "Later," };
	int64_t sid[4];

	(void)state;
	put_one_each_as(st, 4, b, who, said, sid, 1, NULL);
	assert_true(sid[0] != 0 && sid[3] != 0);
	assert_int_equal(sid[0], sid[1]);
	assert_int_equal(sid[0], sid[2]);
	assert_true(sid[0] != sid[3]);
	store_close(st);
	free(path);
}

/* "Carlos Ibanez" in one story is "Carlos Ibáñez Ferrer" of another, whichever comes
 * first: a second family name more; one word of a given name is not enough */
static void
test_second_surname_joins(void **state)
{
	char *path = db_path("second.db");
	struct store *st = open_ok(path);
	const char *b[4] = { "Bid\n\n\"No sale,\" said Carlos Ibanez.",
	    "Oferta\n\n\"No,\" dijo Carlos Ibáñez Ferrer.",
	    "Port\n\n\"Yes,\" said Ana Ruiz Gil.", "Dock\n\n\"Maybe,\" said Ana Ruiz." };
	const char *who[4] = { "Carlos Ibanez", "Carlos Ibáñez Ferrer", "Ana Ruiz Gil", "Ana Ruiz" };
	const char *said[4] = { "No sale,", "No,", "Yes,", "Maybe," };
	int64_t s[4];

	(void)state;
	put_one_each(st, 4, b, who, said, s);
	assert_int_equal(s[0], s[1]);
	assert_int_equal(s[2], s[3]);
	assert_true(s[0] != s[2]);
	store_close(st);
	free(path);
}

/* "Khaled Al Mansoori" in one story is "Khalid al-Mansouri" in another: a family name
 * spelled one vowel apart, found though its surname key differs; "Inés Lindsana" and
 * "Inés Lindnana", one consonant apart, "Jon Larsen" and "Jon Larson" and "Tim Burton" and
 * "Tim Barton" stay two */
static void
test_respelled_surname_joins(void **state)
{
	char *path = db_path("respelled.db");
	struct store *st = open_ok(path);
	const char *b[8] = { "Bid\n\n\"No sale,\" said Khaled Al Mansoori.",
	    "Port\n\n\"No,\" said Khalid al-Mansouri.",
	    "Dam\n\n\"Yes,\" said Inés Lindsana.", "Pier\n\n\"Maybe,\" said Inés Lindnana.",
	    "Mill\n\n\"Soon,\" said Jon Larsen.", "Quay\n\n\"Later,\" said Jon Larson.",
	    "Dock\n\n\"Again,\" said Tim Burton.", "Yard\n\n\"Once,\" said Tim Barton." };
	const char *who[8] = { "Khaled Al Mansoori", "Khalid al-Mansouri", "Inés Lindsana",
	    "Inés Lindnana", "Jon Larsen", "Jon Larson", "Tim Burton", "Tim Barton" };
	const char *said[8] = { "No sale,", "No,", "Yes,", "Maybe,", "Soon,", "Later,", "Again,",
	    "Once," };
	int64_t sid[8];

	(void)state;
	put_one_each(st, 8, b, who, said, sid);
	assert_int_equal(sid[0], sid[1]);
	assert_true(sid[2] != sid[3]);
	assert_true(sid[4] != sid[5]);
	/* one vowel apart, which the consonant keys gather: two families */
	assert_true(sid[6] != sid[7]);
	store_close(st);
	free(path);
}

/* A name with a lineage word in one story only ("Tariq Mahmood", "Rana Tariq Mahmood"),
 * and a family name written in one word or two ("Yousef Ben Ali", "Youssef Benali"),
 * share no surname key: their consonant keys find them, as they find "Raghubir Singh
 * Chouhan" for "Raghuvir Singh Chauhan". "Jon Petersen" and "Jon Peterson" share those keys
 * and stay two, as do "Tom Mahmood" and "Tariq Mahmood". */
static void
test_consonant_keys_join(void **state)
{
	char *path = db_path("skel.db");
	struct store *st = open_ok(path);
	const char *b[10] = { "Bid\n\n\"No sale,\" said Tariq Mahmood.",
	    "Port\n\n\"No,\" said Rana Tariq Mahmood.",
	    "Dam\n\n\"Yes,\" said Yousef Ben Ali.", "Pier\n\n\"Maybe,\" said Youssef Benali.",
	    "Mill\n\n\"Soon,\" said Jon Petersen.", "Quay\n\n\"Later,\" said Jon Peterson.",
	    "Wharf\n\n\"Never,\" said Tom Mahmood.",
	    "Fort\n\n\"Here,\" said Raghuvir Singh Chauhan.",
	    "Gate\n\n\"There,\" said Raghubir Singh Chouhan.",
	    "Camp\n\n\"Where,\" said Raghuvir Pal Chouhan." };
	const char *who[10] = { "Tariq Mahmood", "Rana Tariq Mahmood", "Yousef Ben Ali",
	    "Youssef Benali", "Jon Petersen", "Jon Peterson", "Tom Mahmood",
	    "Raghuvir Singh Chauhan", "Raghubir Singh Chouhan", "Raghuvir Pal Chouhan" };
	const char *said[10] = { "No sale,", "No,", "Yes,", "Maybe,", "Soon,", "Later,", "Never,",
	    "Here,", "There,", "Where," };
	int64_t sid[10];

	(void)state;
	put_one_each(st, 10, b, who, said, sid);
	assert_int_equal(sid[0], sid[1]);
	assert_int_equal(sid[2], sid[3]);
	assert_true(sid[4] != sid[5]);
	assert_true(sid[6] != sid[0]);
	/* three words each, "v" for "b" and a vowel respelled: one person; another middle
	 * name, another */
	assert_int_equal(sid[7], sid[8]);
	assert_true(sid[9] != sid[7]);
	store_close(st);
	/* the keys are kept, one row each */
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE skel = 'mhmd'"), 2);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM speaker_skels WHERE skel = 'bnl'"), 1);
	free(path);
}

/* "Kim Tae-woo" in one story is "Kim Tae-u" in another, "Chung Dae-sik" is "Jeong
 * Dae-sik": one Korean name in two romanizations; "Kim Tae-ho" and "Lee Dae-sik" are others */
static void
test_korean_romanizations_join(void **state)
{
	char *path = db_path("korean.db");
	struct store *st = open_ok(path);
	const char *b[6] = { "Bid\n\n\"No sale,\" said Kim Tae-woo.", "Port\n\n\"No,\" said Kim Tae-u.",
	    "Dam\n\n\"Yes,\" said Chung Dae-sik.", "Pier\n\n\"Maybe,\" said Jeong Dae-sik.",
	    "Mill\n\n\"Soon,\" said Kim Tae-ho.", "Quay\n\n\"Later,\" said Lee Dae-sik." };
	const char *who[6] = { "Kim Tae-woo", "Kim Tae-u", "Chung Dae-sik", "Jeong Dae-sik",
	    "Kim Tae-ho", "Lee Dae-sik" };
	const char *said[6] = { "No sale,", "No,", "Yes,", "Maybe,", "Soon,", "Later," };
	int64_t sid[6];

	(void)state;
	put_one_each(st, 6, b, who, said, sid);
	assert_int_equal(sid[0], sid[1]);
	assert_int_equal(sid[2], sid[3]);
	assert_true(sid[4] != sid[0]);
	assert_true(sid[5] != sid[2]);
	store_close(st);
	free(path);
}

/* "Lan Nguyen" in one story is "Nguyen Thi Lan" in another: a Vietnamese name in Western
 * order and in Vietnamese; "Minh Nguyen" joins neither "Nguyen Van Minh" nor "Nguyen Thi
 * Minh" when both are stored, and "Tran Thi Lan" is someone else */
static void
test_vietnamese_order_join(void **state)
{
	char *path = db_path("viet.db");
	struct store *st = open_ok(path);
	const char *b[6] = { "Pool\n\n\"Ask them,\" said Lan Nguyen.", "Ao\n\n\"Hoi ho,\" said Nguyen Thi Lan.",
	    "Mill\n\n\"Soon,\" said Tran Thi Lan.", "Dam\n\n\"Yes,\" said Nguyen Van Minh.",
	    "Pier\n\n\"No,\" said Nguyen Thi Minh.", "Quay\n\n\"Later,\" said Minh Nguyen." };
	const char *who[6] = { "Lan Nguyen", "Nguyen Thi Lan", "Tran Thi Lan", "Nguyen Van Minh",
	    "Nguyen Thi Minh", "Minh Nguyen" };
	const char *said[6] = { "Ask them,", "Hoi ho,", "Soon,", "Yes,", "No,", "Later," };
	int64_t sid[6];

	(void)state;
	put_one_each(st, 6, b, who, said, sid);
	assert_int_equal(sid[0], sid[1]);
	assert_true(sid[2] != sid[0]);
	assert_true(sid[3] != sid[4]);
	assert_true(sid[5] != sid[3] && sid[5] != sid[4]);
	store_close(st);
	free(path);
}

/* A name respelled across languages joins no one whose role differs: "Oleksandr Melnyk",
 * a medic, is not "Alexander Melnyk", an MP; "Djoko Santoso", a police spokesman, is "Joko
 * Santoso", a spokesman for the Central Java police; a role on one side only joins */
static void
test_respelled_roles_apart(void **state)
{
	char *path = db_path("respelled_roles.db");
	struct store *st = open_ok(path);
	const char *b[6] = { "Front\n\n\"Hold,\" said Oleksandr Melnyk.", "Ottawa\n\n\"Aid,\" said Alexander Melnyk.",
	    "Java\n\n\"Mercury,\" said Djoko Santoso.", "Semarang\n\n\"Arrests,\" said Joko Santoso.",
	    "Kyiv\n\n\"Power,\" said Serhii Kovalenko.", "Kharkiv\n\n\"Light,\" said Sergei Kovalenko." };
	const char *who[6] = { "Oleksandr Melnyk", "Alexander Melnyk", "Djoko Santoso", "Joko Santoso",
	    "Serhii Kovalenko", "Sergei Kovalenko" };
	const char *said[6] = { "Hold,", "Aid,", "Mercury,", "Arrests,", "Power,", "Light," };
	const char *roles[6] = { "combat medic", "MP", "police spokesman",
	    "Central Java Police spokesman", "deputy governor", NULL };
	int64_t sid[6];

	(void)state;
	put_one_each_as(st, 6, b, who, said, sid, 0, roles);
	assert_true(sid[0] != sid[1]);
	assert_int_equal(sid[2], sid[3]);
	assert_int_equal(sid[4], sid[5]);
	store_close(st);
	free(path);
}

/* A Vietnamese name in the other order joins no one whose role shares nothing but a role
 * noun: "Hung Le", a Sydney chef, is no "Le Hung", a Hanoi police colonel; "Lan Nguyen", a
 * nurse, is "Nguyen Thi Lan" with no role stored */
static void
test_vietnamese_roles_apart(void **state)
{
	char *path = db_path("viet_roles.db");
	struct store *st = open_ok(path);
	const char *b[4] = { "Menu\n\n\"Fresh,\" said Hung Le.", "Hanoi\n\n\"Arrests,\" said Le Hung.",
	    "Ward\n\n\"Tired,\" said Lan Nguyen.", "Ao\n\n\"Met,\" said Nguyen Thi Lan." };
	const char *who[4] = { "Hung Le", "Le Hung", "Lan Nguyen", "Nguyen Thi Lan" };
	const char *said[4] = { "Fresh,", "Arrests,", "Tired,", "Met," };
	const char *roles[4] = { "chef", "police colonel", "nurse", NULL };
	int64_t sid[4];

	(void)state;
	put_one_each_as(st, 4, b, who, said, sid, 0, roles);
	assert_true(sid[0] != sid[1]);
	assert_int_equal(sid[2], sid[3]);
	store_close(st);
	free(path);
}

/* "a senior official" in one story and "a senior official" in another are two people: an
 * unnamed speaker stays its article's, through a re-import too, while a named one joins. */
static void
test_unnamed_speakers_apart(void **state)
{
	char *path = db_path("unnamed.db");
	struct store *st = open_ok(path);
	struct store_quote_filter f;
	struct collect col;
	const char *b1 = "Port\n\n\"Nobody signed,\" a senior official said. \"Yes,\" said Ida Brenn.";
	const char *b2 = "Dam\n\n\"The wall held,\" a senior official said. \"No,\" said Ida Brenn.";
	int64_t a, b;

	(void)state;
	a = put_article(st, "p", "Port", NULL, NULL, b1);
	b = put_article(st, "d", "Dam", NULL, NULL, b2);
	put_described(st, a, b1, "a senior official", 1, "Nobody signed,");
	put_described(st, b, b2, "a senior official", 1, "The wall held,");
	put_described(st, b, b2, "a senior official", 1, "The wall held,");
	memset(&f, 0, sizeof f);
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, 2);
	assert_string_equal(col.speakers[0], "a senior official");
	assert_string_equal(col.speakers[1], "a senior official");
	assert_true(col.sids[0] != col.sids[1]);
	/* the same description again in the same article is the same speaker */
	put_described(st, a, b1, "a senior official", 1, "Nobody signed,");
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, 2);
	assert_true(col.sids[0] != col.sids[1]);
	{
		int64_t first = col.sids[0];

		put_described(st, a, b1, "Ida Brenn", 0, "Yes,");
		put_described(st, b, b2, "Ida Brenn", 0, "No,");
		memset(&col, 0, sizeof col);
		assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
		assert_int_equal(col.n, 2);
		assert_int_equal(col.sids[0], col.sids[1]);
		assert_true(col.sids[0] != first);
	}
	store_close(st);
	free(path);
}

/* "Kerry Ashdown" and "Mr Ashdown", two entities the extraction kept apart in one story,
 * stay two speakers, though they share a role: the surname alone does not join the one
 * its own article named in full. The same surname alone in another story is the same
 * key, and joins it. */
static void
test_article_namesakes_apart(void **state)
{
	char *path = db_path("namesakes.db");
	struct store *st = open_ok(path);
	struct store_quote_filter f;
	struct collect col;
	const char *b1 = "Tree\n\n\"It is cruel,\" said Kerry Ashdown. \"I built it,\" said Mr Ashdown.";
	const char *b2 = "Appeal\n\n\"We will appeal,\" Ashdown said.";
	struct quote_entity e[2];
	struct quote_span sp[2];
	struct quote_result r;
	int64_t a, b;

	(void)state;
	a = put_article(st, "t", "Tree", NULL, NULL, b1);
	b = put_article(st, "a", "Appeal", NULL, NULL, b2);
	memset(e, 0, sizeof e);
	e[0].name = (char *)"Kerry Ashdown";
	e[1].name = (char *)"Ashdown";
	/* the same role, with which a surname alone joins a full name across stories */
	e[0].role = (char *)"resident";
	e[1].role = (char *)"resident";
	sp[0] = speech_span(b1, "It is cruel,", 0);
	sp[1] = speech_span(b1, "I built it,", 1);
	r.spans = sp;
	r.nspans = 2;
	r.entities = e;
	r.nentities = 2;
	assert_int_equal(store_quotes_set(st, a, b1, strlen(b1), &r), 0);
	put_described(st, b, b2, "Ashdown", 0, "We will appeal,");
	memset(&f, 0, sizeof f);
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, 3);
	assert_string_equal(col.speakers[0], "Kerry Ashdown");
	assert_string_equal(col.speakers[1], "Ashdown");
	assert_true(col.sids[0] != col.sids[1]);
	assert_int_equal(col.sids[2], col.sids[1]);
	store_close(st);
	free(path);
}

/* "Ní Bhriain" in one story is "Niamh Ní Bhriain" of another when both hold the same role,
 * as a surname alone would be; without the role she stays apart. */
static void
test_particle_surname_joins(void **state)
{
	char *path = db_path("particle.db");
	struct store *st = open_ok(path);
	struct store_quote_filter f;
	struct collect col;
	const char *b1 = "Homes\n\n\"It is a start,\" said Niamh Ní Bhriain.";
	const char *b2 = "Rents\n\n\"We will act,\" Ms Ní Bhriain said.";
	const char *b3 = "Ferry\n\n\"The boat runs,\" Ms Ní Bhriain said.";
	int64_t a, b, d;

	(void)state;
	a = put_article(st, "h", "Homes", NULL, NULL, b1);
	b = put_article(st, "r", "Rents", NULL, NULL, b2);
	d = put_article(st, "f", "Ferry", NULL, NULL, b3);
	put_speech(st, a, b1, "Niamh Ní Bhriain", "Minister for Housing", NULL, "It is a start,", "Niamh");
	put_speech(st, b, b2, "Ní Bhriain", "Minister for Housing", NULL, "We will act,", "Ní Bhriain");
	put_speech(st, d, b3, "Ní Bhriain", NULL, NULL, "The boat runs,", "Ní Bhriain");
	memset(&f, 0, sizeof f);
	memset(&col, 0, sizeof col);
	assert_int_equal(store_quotes_each(st, &f, collect_quote, &col), 0);
	assert_int_equal(col.n, 3);
	assert_int_equal(col.sids[0], col.sids[1]);
	assert_string_equal(col.speakers[1], "Niamh Ní Bhriain");
	assert_true(col.sids[2] != col.sids[0]);
	store_close(st);
	free(path);
}

struct outlets {
	int n;
	int64_t article_id[8];
	int also_in[8];
	char also[8][128];
};

static int
collect_outlets(const struct store_quote_row *q, void *arg)
{
	struct outlets *o = arg;

	if (o->n < 8) {
		o->article_id[o->n] = q->article_id;
		o->also_in[o->n] = q->also_in;
		if (q->also_outlets != NULL)
			snprintf(o->also[o->n], sizeof o->also[0], "%s", q->also_outlets);
		else
			snprintf(o->also[o->n], sizeof o->also[0], "(null)");
	}
	o->n++;
	return 0;
}

static void
test_also_outlets(void **state)
{
	char *path = db_path("also.db");
	struct store *st = open_ok(path);
	struct store_quote_filter f;
	struct outlets o;
	const char *body = "T\n\n\"We hold the line,\" said Marta Kowalczyk.";
	const char *lone = "L\n\n\"Nobody else says this,\" said Marta Kowalczyk.";
	int64_t a, b, c, d, e, l, *ids;
	size_t n;

	/* Same quotation in five articles: two from one outlet, one without an outlet, one
	 * with an empty outlet. */
	a = put_article(st, "a", "Alpha story", "2026-01-01", "Zeta Post", body);
	b = put_article(st, "b", "Beta story", "2026-01-02", "Daily", "B\n\n\"We hold the "
	    "line,\" said Marta Kowalczyk.");
	c = put_article(st, "c", "Gamma story", "2026-01-03", NULL, "C\n\n\"We hold the "
	    "line,\" said Marta Kowalczyk.");
	d = put_article(st, "d", "Delta story", "2026-01-04", "Daily", "D\n\n\"We hold the "
	    "line,\" said Marta Kowalczyk.");
	e = put_article(st, "e", "Epsilon story", "2026-01-05", "", "E\n\n\"We hold the "
	    "line,\" said Marta Kowalczyk.");
	l = put_article(st, "l", "Lone story", "2026-01-06", "Daily", lone);
	put_speech(st, a, body, "Marta Kowalczyk", NULL, NULL, "We hold the line,", "Marta");
	put_speech(st, b, "B\n\n\"We hold the line,\" said Marta Kowalczyk.", "Marta Kowalczyk",
	    NULL, NULL, "We hold the line,", "Marta");
	put_speech(st, c, "C\n\n\"We hold the line,\" said Marta Kowalczyk.", "Marta Kowalczyk",
	    NULL, NULL, "We hold the line,", "Marta");
	put_speech(st, d, "D\n\n\"We hold the line,\" said Marta Kowalczyk.", "Marta Kowalczyk",
	    NULL, NULL, "We hold the line,", "Marta");
	put_speech(st, e, "E\n\n\"We hold the line,\" said Marta Kowalczyk.", "Marta Kowalczyk",
	    NULL, NULL, "We hold the line,", "Marta");
	put_speech(st, l, lone, "Marta Kowalczyk", NULL, NULL, "Nobody else says this,",
	    "Marta");

	memset(&f, 0, sizeof f);
	memset(&o, 0, sizeof o);
	assert_int_equal(store_quotes_each(st, &f, collect_outlets, &o), 0);
	assert_int_equal(o.n, 6);
	/* Import order: a, b, c, d, e, l. Distinct, sorted; titles stand in for missing or
	 * empty outlets. */
	assert_int_equal(o.article_id[0], a);
	assert_int_equal(o.also_in[0], 4);
	assert_string_equal(o.also[0], "Daily, Epsilon story, Gamma story");
	assert_int_equal(o.also_in[1], 4);
	assert_string_equal(o.also[1], "Daily, Epsilon story, Gamma story, Zeta Post");
	assert_string_equal(o.also[2], "Daily, Epsilon story, Zeta Post");
	assert_string_equal(o.also[4], "Daily, Gamma story, Zeta Post");
	assert_int_equal(o.article_id[5], l);
	assert_int_equal(o.also_in[5], 0);
	assert_string_equal(o.also[5], "(null)");

	/* Through the speaker and article filters too. */
	f.article_id = b;
	memset(&o, 0, sizeof o);
	assert_int_equal(store_quotes_each(st, &f, collect_outlets, &o), 0);
	assert_int_equal(o.n, 1);
	assert_string_equal(o.also[0], "Daily, Epsilon story, Gamma story, Zeta Post");
	assert_int_equal(store_speaker_find(st, "Marta Kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 1);
	f.article_id = 0;
	f.speaker_id = ids[0];
	free(ids);
	memset(&o, 0, sizeof o);
	assert_int_equal(store_quotes_each(st, &f, collect_outlets, &o), 0);
	assert_int_equal(o.n, 6);
	assert_string_equal(o.also[0], "Daily, Epsilon story, Gamma story");
	assert_string_equal(o.also[5], "(null)");
	store_close(st);
	free(path);
}

static int
find_speaker_row(const struct store_speaker_row *r, void *arg)
{
	struct store_speaker_row *want = arg;

	if (r->id != want->id)
		return 0;
	want->name = xstrdup(r->name);
	want->aliases = xstrdup(r->aliases);
	want->roles = xstrdup(r->roles);
	want->quote_count = r->quote_count;
	want->article_count = r->article_count;
	want->is_org = r->is_org;
	return 1;
}

static void
test_speaker_get(void **state)
{
	char *path = db_path("spkget.db");
	struct store *st = open_ok(path);
	struct store_speaker_row got, listed;
	const char *b1 = "One\n\n\"We hold,\" said Mayor Marta Kowalczyk.";
	const char *b2 = "Two\n\n\"We still hold,\" Kowalczyk said.";
	int64_t a1, a2, *ids;
	size_t n;

	a1 = put_article(st, "1", "One", "2026-01-01", "P", b1);
	a2 = put_article(st, "2", "Two", "2026-01-02", "P", b2);
	put_speech(st, a1, b1, "Marta Kowalczyk", "Mayor", "Kowalczyk", "We hold,", "Marta");
	put_speech(st, a2, b2, "Kowalczyk", "Mayor", NULL, "We still hold,", "Kowalczyk");
	assert_int_equal(store_speaker_find(st, "marta kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 1);

	assert_int_equal(store_speaker_get(st, ids[0], &got), 0);
	memset(&listed, 0, sizeof listed);
	listed.id = ids[0];
	assert_int_equal(store_speakers_each(st, find_speaker_row, &listed), 1);
	assert_int_equal(got.id, ids[0]);
	assert_string_equal(got.name, "Marta Kowalczyk");
	assert_string_equal(got.name, listed.name);
	assert_string_equal(got.aliases, "Kowalczyk");
	assert_string_equal(got.aliases, listed.aliases);
	assert_string_equal(got.roles, "Mayor");
	assert_int_equal(got.quote_count, 2);
	assert_int_equal(got.article_count, 2);
	assert_int_equal(got.quote_count, listed.quote_count);
	assert_int_equal(got.article_count, listed.article_count);
	assert_int_equal(got.is_org, 0);
	store_speaker_row_free(&got);
	assert_null(got.name);
	store_speaker_row_free(&listed);

	/* Absent: 1, the row left empty and safe to free. */
	assert_int_equal(store_speaker_get(st, ids[0] + 1000, &got), 1);
	assert_non_null(strstr(store_error(st), "no speaker"));
	assert_null(got.name);
	store_speaker_row_free(&got);
	assert_int_equal(store_speaker_get(st, 0, &got), 1);
	assert_int_equal(store_speaker_get(st, -5, &got), 1);
	free(ids);
	store_close(st);
	free(path);
}

static void
test_speaker_next_article(void **state)
{
	char *path = db_path("next.db");
	struct store *st = open_ok(path);
	const char *body = "H\n\n\"We hold the line,\" said Marta Kowalczyk.";
	const char *other = "H\n\n\"Nothing changes,\" said Piotr Nowak.";
	int64_t a[7], sid, pid, fix, qid, out, *ids;
	size_t n;
	int i;
	sqlite3 *db;
	sqlite3_stmt *s;

	/* List order: a6, a4, a3, a2 (a4, a3, a2 share a date), a1, a0, a5 (undated); a0
	 * has nobody's quote. */
	a[0] = put_article(st, "0", "A0", "2026-02-28", "P", "Nothing quoted here.");
	a[1] = put_article(st, "1", "A1", "2026-03-01", "P", "1\n\n\"We hold the line,\" said"
	    " Marta Kowalczyk.");
	a[2] = put_article(st, "2", "A2", "2026-03-02", "P", "2\n\n\"We hold the line,\" said"
	    " Marta Kowalczyk.");
	a[3] = put_article(st, "3", "A3", "2026-03-02", "P", "3\n\n\"We hold the line,\" said"
	    " Marta Kowalczyk.");
	a[4] = put_article(st, "4", "A4", "2026-03-02", "P", "4\n\n\"We hold the line,\" said"
	    " Marta Kowalczyk.");
	a[5] = put_article(st, "5", "A5", NULL, "P", body);
	a[6] = put_article(st, "6", "A6", "2026-03-03", "P", other);
	for (i = 1; i <= 4; i++) {
		char b[64];

		snprintf(b, sizeof b, "%d\n\n\"We hold the line,\" said Marta Kowalczyk.", i);
		put_speech(st, a[i], b, "Marta Kowalczyk", NULL, NULL, "We hold the line,",
		    "Marta");
	}
	put_speech(st, a[5], body, "Marta Kowalczyk", NULL, NULL, "We hold the line,", "Marta");
	put_speech(st, a[6], other, "Piotr Nowak", NULL, NULL, "Nothing changes,", "Piotr");
	assert_int_equal(store_speaker_find(st, "Marta Kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 1);
	sid = ids[0];
	free(ids);
	assert_int_equal(store_speaker_find(st, "Piotr Nowak", &ids, &n), 0);
	pid = ids[0];
	free(ids);

	/* A4's quote is marked as not one: a scare quote, still with her id, which must
	 * not count. */
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT id FROM quotes WHERE article_id = ?1",
	    -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_int64(s, 1, a[4]);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	qid = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	assert_int_equal(store_fix_quote(st, STORE_FIX_NOT_QUOTE, qid, NULL, &fix), 0);
	assert_int_equal(store_corrections_apply(st), 0);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM quotes WHERE kind = 2 AND"
	    " speaker_id IS NOT NULL"), 1);

	/* Down the list (dir > 0), ties on date broken by id like the list. */
	assert_int_equal(store_speaker_next_article(st, sid, a[6], 1, &out), 0);
	assert_int_equal(out, a[3]);
	assert_int_equal(store_speaker_next_article(st, sid, a[4], 1, &out), 0);
	assert_int_equal(out, a[3]);
	assert_int_equal(store_speaker_next_article(st, sid, a[3], 1, &out), 0);
	assert_int_equal(out, a[2]);
	assert_int_equal(store_speaker_next_article(st, sid, a[2], 1, &out), 0);
	assert_int_equal(out, a[1]);
	assert_int_equal(store_speaker_next_article(st, sid, a[1], 7, &out), 0);
	assert_int_equal(out, a[5]);
	assert_int_equal(store_speaker_next_article(st, sid, a[5], 1, &out), 1);
	assert_int_equal(out, 0);
	assert_int_equal(store_speaker_next_article(st, sid, a[0], 1, &out), 0);
	assert_int_equal(out, a[5]);
	/* Up the list. */
	assert_int_equal(store_speaker_next_article(st, sid, a[0], -1, &out), 0);
	assert_int_equal(out, a[1]);
	assert_int_equal(store_speaker_next_article(st, sid, a[5], -1, &out), 0);
	assert_int_equal(out, a[1]);
	assert_int_equal(store_speaker_next_article(st, sid, a[1], -1, &out), 0);
	assert_int_equal(out, a[2]);
	assert_int_equal(store_speaker_next_article(st, sid, a[2], -3, &out), 0);
	assert_int_equal(out, a[3]);
	assert_int_equal(store_speaker_next_article(st, sid, a[3], -1, &out), 1);
	assert_int_equal(store_speaker_next_article(st, sid, a[4], -1, &out), 1);
	assert_int_equal(store_speaker_next_article(st, pid, a[6], -1, &out), 1);
	assert_int_equal(store_speaker_next_article(st, pid, a[0], -1, &out), 0);
	assert_int_equal(out, a[6]);

	/* Nobody's quotes, unknown speakers, absent articles, no direction. */
	assert_int_equal(store_speaker_next_article(st, sid + pid + 100, a[6], 1, &out), 1);
	assert_int_equal(store_speaker_next_article(st, 0, a[6], 1, &out), 1);
	assert_int_equal(store_speaker_next_article(st, sid, 99999, 1, &out), -1);
	assert_non_null(strstr(store_error(st), "no article"));
	assert_int_equal(store_speaker_next_article(st, sid, a[6], 0, &out), -1);
	store_close(st);
	free(path);
}

struct speaker_of {
	int n;
	char speakers[4][64];
};

static int
collect_speaker_names(const struct store_quote_row *q, void *arg)
{
	struct speaker_of *c = arg;

	if (c->n < 4)
		snprintf(c->speakers[c->n], 64, "%s", q->speaker != NULL ? q->speaker : "-");
	c->n++;
	return 0;
}

/* assert_speakers: the speakers of article id's quotes, in order, ";"-joined, are want. */
static void
assert_speakers(struct store *st, int64_t id, const char *want)
{
	struct store_quote_filter f;
	struct speaker_of c;
	char got[256] = "";
	int i;

	memset(&f, 0, sizeof f);
	f.article_id = id;
	memset(&c, 0, sizeof c);
	assert_int_equal(store_quotes_each(st, &f, collect_speaker_names, &c), 0);
	for (i = 0; i < c.n && i < 4; i++) {
		if (i > 0)
			strcat(got, ";");
		strcat(got, c.speakers[i]);
	}
	assert_string_equal(got, want);
}

/* Two articles: Mayor Marta Kowalczyk in one, a "Kowalczyk" credited to her in the other
 * (her role makes the surname match). */
static const char split_b1[] = "One\n\n\"We hold,\" said Mayor Marta Kowalczyk.";
static const char split_b2[] = "Two\n\n\"We never held anything,\" Kowalczyk said.";

static void
split_extract(struct store *st, int64_t a1, int64_t a2)
{
	put_speech(st, a1, split_b1, "Marta Kowalczyk", "Mayor", NULL, "We hold,", "Marta Kowalczyk");
	put_speech(st, a2, split_b2, "Kowalczyk", "Mayor", NULL, "We never held anything,",
	    "Kowalczyk");
}

static void
test_split_refusals(void **state)
{
	char *path = db_path("splitno.db");
	struct store *st = open_ok(path);
	int64_t a1, a2, fix = 0;

	a1 = put_article(st, "1", "One", "2026-01-01", "P", split_b1);
	a2 = put_article(st, "2", "Two", "2026-01-02", "P", split_b2);
	split_extract(st, a1, a2);
	assert_speakers(st, a2, "Marta Kowalczyk");

	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "Marta Kowalczyk",
	    "Marta Kowalczyk", &fix), 1);
	assert_non_null(strstr(store_error(st), "own name"));
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "MARTA KOWALCZYK",
	    "kowalczyk", &fix), 1);
	assert_non_null(strstr(store_error(st), "own name"));
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "Nowak", "Marta Kowalczyk",
	    &fix), 1);
	assert_non_null(strstr(store_error(st), "not a name of"));
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "Kowalczyk", "Nobody Known",
	    &fix), 1);
	assert_non_null(strstr(store_error(st), "no speaker matches 'Nobody Known'"));
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, " ", "Marta Kowalczyk", &fix), 1);
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "Kowalczyk", "", &fix), 1);
	/* Hostile names are shown safely in the message. */
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "K\x1b[2Jz", "Marta Kowalczyk",
	    &fix), 1);
	assert_null(strchr(store_error(st), '\x1b'));
	assert_int_equal(fix, 0);
	assert_speakers(st, a2, "Marta Kowalczyk");
	assert_string_equal(store_fix_name(STORE_FIX_SPLIT), "split");
	store_close(st);
	free(path);
}

struct cors {
	int n;
	int64_t id[4];
	enum store_fix kind[4];
	char name[4][32], target[4][32];
};

static int
collect_cor(const struct store_correction *c, void *arg)
{
	struct cors *v = arg;

	if (v->n < 4) {
		v->id[v->n] = c->id;
		v->kind[v->n] = c->kind;
		snprintf(v->name[v->n], 32, "%s", c->name != NULL ? c->name : "-");
		snprintf(v->target[v->n], 32, "%s", c->target != NULL ? c->target : "-");
	}
	v->n++;
	return 0;
}

static void
test_split_survives_reindex_and_undo(void **state)
{
	char *path = db_path("split.db");
	struct store *st = open_ok(path);
	struct store_speaker_row r;
	struct quote_result none;
	struct cors c;
	int64_t a1, a2, fix, refused = 0, marta, *ids;
	size_t n;

	a1 = put_article(st, "1", "One", "2026-01-01", "P", split_b1);
	a2 = put_article(st, "2", "Two", "2026-01-02", "P", split_b2);
	split_extract(st, a1, a2);
	assert_int_equal(store_speaker_find(st, "Marta Kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 1);
	marta = ids[0];
	free(ids);
	assert_int_equal(store_speaker_get(st, marta, &r), 0);
	assert_string_equal(r.aliases, "Kowalczyk");
	assert_int_equal(r.quote_count, 2);
	store_speaker_row_free(&r);

	/* Names are compared folded; the new speaker is named as the articles wrote it. */
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "KOWALCZYK", "marta kowalczyk",
	    &fix), 0);
	assert_int_equal(store_corrections_apply(st), 0);
	assert_speakers(st, a1, "Marta Kowalczyk");
	assert_speakers(st, a2, "Kowalczyk");
	assert_int_equal(store_speaker_get(st, marta, &r), 0);
	assert_string_equal(r.aliases, "");
	assert_int_equal(r.quote_count, 1);
	store_speaker_row_free(&r);
	assert_int_equal(store_speaker_find(st, "kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 1);
	assert_true(ids[0] != marta);
	free(ids);
	/* Splitting it again: it is no longer her name. */
	assert_int_equal(store_fix_speaker(st, STORE_FIX_SPLIT, "Kowalczyk", "Marta Kowalczyk",
	    &refused), 1);
	assert_int_equal(refused, 0);
	memset(&c, 0, sizeof c);
	assert_int_equal(store_corrections_each(st, collect_cor, &c), 0);
	assert_int_equal(c.n, 1);
	assert_int_equal(c.kind[0], STORE_FIX_SPLIT);
	assert_string_equal(c.name[0], "KOWALCZYK");
	assert_string_equal(c.target[0], "marta kowalczyk");

	/* A fresh extraction puts the alias back on her; the split is re-applied, per
	 * article and over the whole store, also after unused speakers are removed. */
	assert_int_equal(store_begin(st), 0);
	split_extract(st, a1, a2);
	assert_int_equal(store_speakers_gc(st), 0);
	assert_int_equal(store_commit(st), 0);
	assert_speakers(st, a2, "Kowalczyk");
	assert_int_equal(store_corrections_apply(st), 0);
	assert_speakers(st, a1, "Marta Kowalczyk");
	assert_speakers(st, a2, "Kowalczyk");
	assert_int_equal(store_speaker_find(st, "Kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 1);
	assert_true(ids[0] != marta);
	free(ids);
	/* The quotation vanishes and unused speakers are removed, the split one with them;
	 * when it comes back, extraction credits her again and the split is made anew. */
	memset(&none, 0, sizeof none);
	assert_int_equal(store_quotes_set(st, a2, split_b2, strlen(split_b2), &none), 0);
	assert_int_equal(store_speakers_gc(st), 0);
	assert_int_equal(store_speaker_find(st, "Kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 0);
	free(ids);
	put_speech(st, a2, split_b2, "Kowalczyk", "Mayor", NULL, "We never held anything,",
	    "Kowalczyk");
	assert_speakers(st, a2, "Kowalczyk");
	assert_int_equal(store_speaker_get(st, marta, &r), 0);
	assert_string_equal(r.aliases, "");
	store_speaker_row_free(&r);

	/* Undo: her quotes and her name come back; the split-off speaker is gone. */
	assert_int_equal(c.id[0], fix);
	assert_int_equal(store_correction_delete(st, fix), 0);
	assert_speakers(st, a2, "Marta Kowalczyk");
	assert_int_equal(store_speaker_get(st, marta, &r), 0);
	assert_string_equal(r.aliases, "Kowalczyk");
	assert_int_equal(r.quote_count, 2);
	store_speaker_row_free(&r);
	assert_int_equal(store_speaker_find(st, "Kowalczyk", &ids, &n), 0);
	assert_int_equal(n, 1);
	assert_int_equal(ids[0], marta);
	free(ids);
	assert_int_equal(store_corrections_apply(st), 0);
	assert_speakers(st, a2, "Marta Kowalczyk");
	/* And a reindex after the undo does not split again. */
	split_extract(st, a1, a2);
	assert_speakers(st, a2, "Marta Kowalczyk");
	assert_int_equal(store_correction_delete(st, fix), 1);
	store_close(st);
	free(path);
}

static const char bm_body[] = "Title\n\nThe mayor said the bridge will open in May. "
	"\"We hold the line,\" she said. Zoë Ö agreed.";

static void
bm_init(struct store_bookmark *b, int64_t article_id, const char *body, const char *passage)
{
	const char *p = strstr(body, passage);

	assert_non_null(p);
	memset(b, 0, sizeof *b);
	b->article_id = article_id;
	b->off = (size_t)(p - body);
	b->len = strlen(passage);
}

static void
test_bookmark_add_get_and_refusals(void **state)
{
	char *path = db_path("bm.db");
	struct store *st = open_ok(path);
	struct store_bookmark b, got;
	struct article a;
	enum store_put what;
	int64_t id;
	size_t blen = strlen(bm_body);
	const char *zo = strstr(bm_body, "Zoë");

	make_article(&a, "/bm.txt", "Title", "2026-04-01", bm_body);
	free(a.url);
	a.url = xstrdup("https://example.org/bm");
	assert_int_equal(store_article_put(st, &a, &what), 0);
	id = a.id;
	article_free(&a);

	bm_init(&b, id, bm_body, "We hold the line,");
	b.speaker_id = 42;
	b.speaker = xstrdup("Marta Kowalczyk");
	b.note = xstrdup("the key line");
	assert_int_equal(store_bookmark_add(st, &b), 0);
	assert_true(b.id > 0);
	assert_string_equal(b.text, "We hold the line,");
	assert_non_null(b.before);
	assert_non_null(b.after);
	assert_true(strlen(b.before) > 0 && strlen(b.after) > 0);
	assert_non_null(strstr(bm_body, b.before));
	assert_non_null(strstr(b.after, "she said"));
	assert_false(b.orphaned);
	assert_true(b.created > 0);
	assert_string_equal(b.title, "Title");

	assert_int_equal(store_bookmark_get(st, b.id, &got), 0);
	assert_int_equal(got.id, b.id);
	assert_int_equal(got.article_id, id);
	assert_int_equal(got.off, b.off);
	assert_int_equal(got.len, b.len);
	assert_string_equal(got.text, "We hold the line,");
	assert_string_equal(got.before, b.before);
	assert_string_equal(got.after, b.after);
	assert_string_equal(got.note, "the key line");
	assert_int_equal(got.speaker_id, 42);
	assert_string_equal(got.speaker, "Marta Kowalczyk");
	assert_false(got.orphaned);
	assert_int_equal(got.created, b.created);
	assert_string_equal(got.title, "Title");
	assert_string_equal(got.outlet, "The Test Gazette");
	assert_string_equal(got.date, "2026-04-01");
	assert_string_equal(got.url, "https://example.org/bm");
	assert_string_equal(got.source, "/bm.txt");
	store_bookmark_free(&got);
	assert_null(got.text);
	store_bookmark_free(&b);

	/* The whole body, and a passage at its very end; no note, no speaker. */
	memset(&b, 0, sizeof b);
	b.article_id = id;
	b.len = blen;
	assert_int_equal(store_bookmark_add(st, &b), 0);
	assert_string_equal(b.text, bm_body);
	assert_string_equal(b.before, "");
	assert_string_equal(b.after, "");
	assert_int_equal(store_bookmark_get(st, b.id, &got), 0);
	assert_null(got.note);
	assert_null(got.speaker);
	assert_int_equal(got.speaker_id, 0);
	store_bookmark_free(&got);
	store_bookmark_free(&b);
	bm_init(&b, id, bm_body, "agreed.");
	b.note = xstrdup("");
	assert_int_equal(store_bookmark_add(st, &b), 0);
	assert_string_equal(b.after, "");
	assert_int_equal(store_bookmark_get(st, b.id, &got), 0);
	assert_null(got.note); /* "" is no note */
	store_bookmark_free(&got);
	store_bookmark_free(&b);

	/* Refusals: absent article, empty range, past the body, overflowing length, a
	 * range that cuts a character in two. Nothing is stored. */
	bm_init(&b, id + 100, bm_body, "mayor");
	assert_int_equal(store_bookmark_add(st, &b), 1);
	assert_non_null(strstr(store_error(st), "no article"));
	bm_init(&b, 0, bm_body, "mayor");
	assert_int_equal(store_bookmark_add(st, &b), 1);
	bm_init(&b, id, bm_body, "mayor");
	b.len = 0;
	assert_int_equal(store_bookmark_add(st, &b), 1);
	assert_non_null(strstr(store_error(st), "not a passage"));
	b.off = blen;
	b.len = 1;
	assert_int_equal(store_bookmark_add(st, &b), 1);
	b.off = blen + 10;
	assert_int_equal(store_bookmark_add(st, &b), 1);
	b.off = blen - 3;
	b.len = 4;
	assert_int_equal(store_bookmark_add(st, &b), 1);
	b.off = 5;
	b.len = SIZE_MAX - 2;
	assert_int_equal(store_bookmark_add(st, &b), 1);
	b.off = (size_t)(zo - bm_body) + 3; /* inside the two bytes of "ë" */
	b.len = 2;
	assert_int_equal(store_bookmark_add(st, &b), 1);
	b.off = (size_t)(zo - bm_body);
	b.len = 3; /* "Zo" and the first byte of "ë" */
	assert_int_equal(store_bookmark_add(st, &b), 1);
	b.len = 4;
	assert_int_equal(store_bookmark_add(st, &b), 0);
	assert_string_equal(b.text, "Zoë");
	assert_true(text_valid_utf8(b.after, strlen(b.after)));
	store_bookmark_free(&b);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM bookmarks"), 4);

	/* Inside the caller's transaction: refused, and the transaction is not disturbed. */
	assert_int_equal(store_begin(st), 0);
	bm_init(&b, id, bm_body, "bridge");
	assert_int_equal(store_bookmark_add(st, &b), -1);
	assert_non_null(strstr(store_error(st), "inside a transaction"));
	assert_int_equal(store_bookmark_set_note(st, 1, "x"), -1);
	assert_int_equal(store_bookmark_delete(st, 1), -1);
	got.id = 999;
	got.text = (char *)"x";
	assert_int_equal(store_bookmark_restore(st, &got), -1);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM bookmarks"), 4);
	assert_int_equal(store_bookmark_get(st, 12345, &got), 1);
	assert_non_null(strstr(store_error(st), "no bookmark"));
	assert_null(got.text);
	store_close(st);
	free(path);
}

static void
test_bookmark_note_delete_restore(void **state)
{
	char *path = db_path("bmundo.db");
	struct store *st = open_ok(path);
	struct store_bookmark b, got, other;
	int64_t id, old;

	id = put_article(st, "/n.txt", "Title", "2026-04-01", "P", bm_body);
	bm_init(&b, id, bm_body, "bridge");
	b.speaker_id = 3;
	b.speaker = xstrdup("Someone");
	assert_int_equal(store_bookmark_add(st, &b), 0);

	assert_int_equal(store_bookmark_set_note(st, b.id, "first thought"), 0);
	assert_int_equal(store_bookmark_get(st, b.id, &got), 0);
	assert_string_equal(got.note, "first thought");
	store_bookmark_free(&got);
	assert_int_equal(store_bookmark_set_note(st, b.id, ""), 0);
	assert_int_equal(store_bookmark_get(st, b.id, &got), 0);
	assert_null(got.note);
	store_bookmark_free(&got);
	assert_int_equal(store_bookmark_set_note(st, b.id, "second"), 0);
	assert_int_equal(store_bookmark_set_note(st, b.id, NULL), 0);
	assert_int_equal(store_bookmark_get(st, b.id, &got), 0);
	assert_null(got.note);
	store_bookmark_free(&got);
	assert_int_equal(store_bookmark_set_note(st, b.id + 50, "x"), 1);
	assert_non_null(strstr(store_error(st), "no bookmark"));
	assert_int_equal(store_bookmark_set_note(st, b.id, "kept across undo"), 0);

	/* Delete keeps what the reader holds; restore puts it back under its old id. */
	assert_int_equal(store_bookmark_get(st, b.id, &got), 0);
	old = got.id;
	assert_int_equal(store_bookmark_delete(st, old), 0);
	assert_int_equal(store_bookmark_get(st, old, &other), 1);
	assert_int_equal(store_bookmark_delete(st, old), 1);
	assert_int_equal(store_bookmark_restore(st, &got), 0);
	assert_int_equal(store_bookmark_get(st, old, &other), 0);
	assert_int_equal(other.id, old);
	assert_int_equal(other.article_id, id);
	assert_int_equal(other.off, got.off);
	assert_int_equal(other.len, got.len);
	assert_string_equal(other.text, "bridge");
	assert_string_equal(other.note, "kept across undo");
	assert_string_equal(other.speaker, "Someone");
	assert_int_equal(other.speaker_id, 3);
	assert_int_equal(other.created, got.created);
	store_bookmark_free(&other);
	/* Restoring over a live bookmark is refused and changes nothing. */
	assert_int_equal(store_bookmark_set_note(st, old, "newer"), 0);
	assert_int_equal(store_bookmark_restore(st, &got), 1);
	assert_non_null(strstr(store_error(st), "in use"));
	assert_int_equal(store_bookmark_get(st, old, &other), 0);
	assert_string_equal(other.note, "newer");
	store_bookmark_free(&other);

	/* The id was taken by a new bookmark while the old one was gone. */
	assert_int_equal(store_bookmark_delete(st, old), 0);
	bm_init(&other, id, bm_body, "mayor");
	assert_int_equal(store_bookmark_add(st, &other), 0);
	assert_int_equal(other.id, old); /* SQLite reuses the highest rowid */
	assert_int_equal(store_bookmark_restore(st, &got), 1);
	assert_int_equal(store_bookmark_delete(st, other.id), 0);
	store_bookmark_free(&other);
	assert_int_equal(store_bookmark_restore(st, &got), 0);

	/* A bookmark whose article is gone comes back unattached; a nonsense one is -1. */
	assert_int_equal(store_bookmark_delete(st, old), 0);
	got.article_id = id + 1000;
	assert_int_equal(store_bookmark_restore(st, &got), 0);
	assert_int_equal(store_bookmark_get(st, old, &other), 0);
	assert_int_equal(other.article_id, 0);
	assert_null(other.title);
	assert_string_equal(other.text, "bridge");
	store_bookmark_free(&other);
	got.id = 0;
	assert_int_equal(store_bookmark_restore(st, &got), -1);
	got.id = 77;
	free(got.text);
	got.text = NULL;
	assert_int_equal(store_bookmark_restore(st, &got), -1);
	store_bookmark_free(&got);
	store_bookmark_free(&b);
	store_close(st);
	free(path);
}

struct bms {
	int n, stop;
	int64_t id[16];
	char text[16][32];
};

static int
collect_bm(const struct store_bookmark *b, void *arg)
{
	struct bms *v = arg;

	if (v->n < 16) {
		v->id[v->n] = b->id;
		snprintf(v->text[v->n], 32, "%s", b->text);
	}
	v->n++;
	return v->stop != 0 && v->n == v->stop ? 7 : 0;
}

static void
test_bookmarks_each_order(void **state)
{
	char *path = db_path("bmeach.db");
	struct store *st = open_ok(path);
	struct store_bookmark b, old;
	struct bms v;
	int64_t a1, a2, ids[3];

	a1 = put_article(st, "/1.txt", "One", "2026-04-01", "P", bm_body);
	a2 = put_article(st, "/2.txt", "Two", "2026-04-02", "P", "Two\n\nAnother body here.");
	memset(&v, 0, sizeof v);
	assert_int_equal(store_bookmarks_each(st, 0, collect_bm, &v), 0);
	assert_int_equal(v.n, 0);

	bm_init(&b, a1, bm_body, "mayor");
	assert_int_equal(store_bookmark_add(st, &b), 0);
	ids[0] = b.id;
	store_bookmark_free(&b);
	bm_init(&b, a2, "Two\n\nAnother body here.", "Another");
	assert_int_equal(store_bookmark_add(st, &b), 0);
	ids[1] = b.id;
	store_bookmark_free(&b);
	bm_init(&b, a1, bm_body, "bridge");
	assert_int_equal(store_bookmark_add(st, &b), 0);
	ids[2] = b.id;
	store_bookmark_free(&b);
	/* An old bookmark restored under a new id sorts by when it was made. */
	bm_init(&old, a1, bm_body, "May");
	old.id = 500;
	old.text = xstrdup("May");
	old.before = xstrdup("");
	old.after = xstrdup("");
	old.created = 1000;
	assert_int_equal(store_bookmark_restore(st, &old), 0);
	store_bookmark_free(&old);

	/* Newest first; on the same second, the later one first. */
	memset(&v, 0, sizeof v);
	assert_int_equal(store_bookmarks_each(st, 0, collect_bm, &v), 0);
	assert_int_equal(v.n, 4);
	assert_int_equal(v.id[0], ids[2]);
	assert_int_equal(v.id[1], ids[1]);
	assert_int_equal(v.id[2], ids[0]);
	assert_int_equal(v.id[3], 500);
	memset(&v, 0, sizeof v);
	assert_int_equal(store_bookmarks_each(st, a1, collect_bm, &v), 0);
	assert_int_equal(v.n, 3);
	assert_string_equal(v.text[0], "bridge");
	assert_string_equal(v.text[1], "mayor");
	assert_string_equal(v.text[2], "May");
	memset(&v, 0, sizeof v);
	assert_int_equal(store_bookmarks_each(st, a2 + 100, collect_bm, &v), 0);
	assert_int_equal(v.n, 0);
	/* The callback stops the walk and its value comes back. */
	memset(&v, 0, sizeof v);
	v.stop = 2;
	assert_int_equal(store_bookmarks_each(st, 0, collect_bm, &v), 7);
	assert_int_equal(v.n, 2);
	store_close(st);
	free(path);
}

static void
update_body(struct store *st, const char *source, const char *body, int64_t want_id)
{
	struct article a;
	enum store_put what;

	make_article(&a, source, "Title", "2026-04-01", body);
	assert_int_equal(store_article_put(st, &a, &what), 0);
	assert_int_equal(what, STORE_PUT_UPDATED);
	assert_int_equal(a.id, want_id);
	article_free(&a);
}

static void
test_bookmark_reanchor_and_orphan(void **state)
{
	char *path = db_path("bmre.db");
	struct store *st = open_ok(path);
	struct store_bookmark line, bridge, got;
	const char *v2 = "Title\n\nUpdated 10:00. The mayor said the bridge will open in June. "
	    "\"We hold the line,\" she said. Zoë Ö agreed.";
	const char *v3 = "Title\n\nThe story was withdrawn.";
	const char *p;
	int64_t id;

	id = put_article(st, "/re.txt", "Title", "2026-04-01", "P", bm_body);
	bm_init(&line, id, bm_body, "We hold the line,");
	line.note = xstrdup("keep");
	assert_int_equal(store_bookmark_add(st, &line), 0);
	bm_init(&bridge, id, bm_body, "will open in May");
	assert_int_equal(store_bookmark_add(st, &bridge), 0);

	/* The article is edited (inside an import batch): the line moves, "May" is gone. */
	assert_int_equal(store_begin(st), 0);
	update_body(st, "/re.txt", v2, id);
	assert_int_equal(store_commit(st), 0);
	assert_int_equal(store_bookmark_get(st, line.id, &got), 0);
	p = strstr(v2, "We hold the line,");
	assert_int_equal(got.off, (size_t)(p - v2));
	assert_int_equal(got.len, strlen("We hold the line,"));
	assert_string_equal(got.text, "We hold the line,");
	assert_false(got.orphaned);
	assert_string_equal(got.note, "keep");
	assert_non_null(strstr(got.before, "June"));
	store_bookmark_free(&got);
	assert_int_equal(store_bookmark_get(st, bridge.id, &got), 0);
	assert_true(got.orphaned);
	assert_string_equal(got.text, "will open in May");
	assert_int_equal(got.off, bridge.off);
	store_bookmark_free(&got);

	/* Everything gone: both orphaned, none deleted. */
	update_body(st, "/re.txt", v3, id);
	assert_int_equal(count_rows(path, "SELECT count(*) FROM bookmarks WHERE orphaned = 1"), 2);
	assert_int_equal(store_bookmark_get(st, line.id, &got), 0);
	assert_true(got.orphaned);
	assert_string_equal(got.text, "We hold the line,");
	store_bookmark_free(&got);

	/* The first version comes back: both found again. */
	update_body(st, "/re.txt", bm_body, id);
	assert_int_equal(store_bookmark_get(st, bridge.id, &got), 0);
	assert_false(got.orphaned);
	assert_int_equal(got.off, bridge.off);
	assert_string_equal(got.text, "will open in May");
	store_bookmark_free(&got);
	assert_int_equal(store_bookmark_get(st, line.id, &got), 0);
	assert_false(got.orphaned);
	assert_int_equal(got.off, line.off);
	store_bookmark_free(&got);

	/* A restored bookmark is found in the body as it is now, not as it was. */
	assert_int_equal(store_bookmark_get(st, line.id, &got), 0);
	assert_int_equal(store_bookmark_delete(st, line.id), 0);
	update_body(st, "/re.txt", v2, id);
	assert_int_equal(store_bookmark_restore(st, &got), 0);
	store_bookmark_free(&got);
	assert_int_equal(store_bookmark_get(st, line.id, &got), 0);
	assert_int_equal(got.off, (size_t)(strstr(v2, "We hold") - v2));
	assert_false(got.orphaned);
	store_bookmark_free(&got);

	/* An unchanged re-import leaves the bookmarks alone. */
	{
		struct article a;
		enum store_put what;

		make_article(&a, "/re.txt", "Title", "2026-04-01", v2);
		assert_int_equal(store_article_put(st, &a, &what), 0);
		assert_int_equal(what, STORE_PUT_SAME);
		article_free(&a);
	}
	store_bookmark_free(&line);
	store_bookmark_free(&bridge);
	store_close(st);
	free(path);
}

static void
test_bookmarks_two_handles(void **state)
{
	char *path = db_path("bm2.db");
	struct store *one = open_ok(path), *two = open_ok(path);
	struct store_bookmark b;
	struct bms v;
	int64_t id;
	int i;
	const char *words[6] = { "mayor", "bridge", "open", "line", "agreed", "Title" };

	id = put_article(one, "/2h.txt", "Title", "2026-04-01", "P", bm_body);
	for (i = 0; i < 6; i++) {
		bm_init(&b, id, bm_body, words[i]);
		assert_int_equal(store_bookmark_add(i % 2 == 0 ? one : two, &b), 0);
		store_bookmark_free(&b);
	}
	memset(&v, 0, sizeof v);
	assert_int_equal(store_bookmarks_each(one, 0, collect_bm, &v), 0);
	assert_int_equal(v.n, 6);
	memset(&v, 0, sizeof v);
	assert_int_equal(store_bookmarks_each(two, id, collect_bm, &v), 0);
	assert_int_equal(v.n, 6);
	assert_string_equal(v.text[0], "Title");
	assert_string_equal(v.text[5], "mayor");
	assert_int_equal(store_bookmark_delete(two, v.id[1]), 0);
	assert_int_equal(store_bookmark_set_note(one, v.id[2], "from one"), 0);
	assert_int_equal(store_bookmark_get(two, v.id[2], &b), 0);
	assert_string_equal(b.note, "from one");
	store_bookmark_free(&b);
	assert_int_equal(store_bookmark_get(one, v.id[1], &b), 1);
	bm_init(&b, id, bm_body, "said");
	assert_int_equal(store_bookmark_add(two, &b), 0);
	store_bookmark_free(&b);
	memset(&v, 0, sizeof v);
	assert_int_equal(store_bookmarks_each(one, 0, collect_bm, &v), 0);
	assert_int_equal(v.n, 6);
	store_close(one);
	store_close(two);
	free(path);
}

static int
setup(void **state)
{
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char *cmd = xasprintf("rm -rf '%s'", tmpdir);
	int rc = system(cmd);

	free(cmd);
	return rc == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_create_mode_and_version),
		cmocka_unit_test(test_newer_schema_refused_untouched),
		cmocka_unit_test(test_not_a_database),
		cmocka_unit_test(test_put_dedupe_update),
		cmocka_unit_test(test_paging_order_and_index),
		cmocka_unit_test(test_savepoint_rollback_keeps_others),
		cmocka_unit_test(test_quotes_and_identity),
		cmocka_unit_test(test_migrate_v2_store),
		cmocka_unit_test(test_newer_store_refused_untouched),
		cmocka_unit_test(test_also_outlets),
		cmocka_unit_test(test_unnamed_speakers_apart),
		cmocka_unit_test(test_article_namesakes_apart),
		cmocka_unit_test(test_second_surname_joins),
		cmocka_unit_test(test_org_legal_form_joins),
		cmocka_unit_test(test_respelled_surname_joins),
		cmocka_unit_test(test_consonant_keys_join),
		cmocka_unit_test(test_korean_romanizations_join),
		cmocka_unit_test(test_vietnamese_order_join),
		cmocka_unit_test(test_respelled_roles_apart),
		cmocka_unit_test(test_vietnamese_roles_apart),
		cmocka_unit_test(test_particle_surname_joins),
		cmocka_unit_test(test_speaker_get),
		cmocka_unit_test(test_speaker_next_article),
		cmocka_unit_test(test_split_refusals),
		cmocka_unit_test(test_split_survives_reindex_and_undo),
		cmocka_unit_test(test_bookmark_add_get_and_refusals),
		cmocka_unit_test(test_bookmark_note_delete_restore),
		cmocka_unit_test(test_bookmarks_each_order),
		cmocka_unit_test(test_bookmark_reanchor_and_orphan),
		cmocka_unit_test(test_bookmarks_two_handles),
	};

	umask(022);
	return cmocka_run_group_tests(tests, setup, teardown);
}
