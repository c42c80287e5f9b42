/* store.c: the SQLite store: schema migrations, articles, quotes, speakers. The only
 * module that speaks SQL; every statement is prepared once and bound, never printed. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "speaker.h"
#include "store.h"
#include "text.h"
#include "util.h"

/* The quote listing: one column list, three WHERE clauses. Each filter gets its own
 * statement because "?1 = 0 OR article_id = ?1" would keep SQLite off the index and scan
 * every quote in the store on each cursor move. */
#define Q_SELECT "SELECT q.id, q.article_id, coalesce(q.speaker_id, 0), a.source, a.title," \
	" a.outlet, a.date, q.text, s.name, q.mention, q.cue, q.off, q.len, q.mark_off," \
	" q.mark_len, q.mention_off, q.mention_len, q.kind, q.confidence," \
	" (SELECT count(DISTINCT q2.article_id) FROM quotes q2 WHERE q2.text_key = q.text_key" \
	"  AND q2.article_id <> q.article_id)" \
	" FROM quotes q JOIN articles a ON a.id = q.article_id" \
	" LEFT JOIN speakers s ON s.id = q.speaker_id"
#define Q_ORDER " ORDER BY CASE WHEN ?5 THEN coalesce(a.date, '') END DESC," \
	" CASE WHEN ?5 THEN a.id END DESC, a.id, q.off"

/* Every statement quoth runs, by id; prepared on first use and kept. */
#define STMT_LIST(X) \
	X(BEGIN, "BEGIN IMMEDIATE") \
	X(COMMIT, "COMMIT") \
	X(ROLLBACK, "ROLLBACK") \
	X(SAVEPOINT, "SAVEPOINT quoth_item") \
	X(RELEASE, "RELEASE quoth_item") \
	X(ROLLBACK_TO, "ROLLBACK TO quoth_item") \
	X(ART_BY_SOURCE, "SELECT id, hash FROM articles WHERE source = ?1") \
	X(ART_BY_HASH, "SELECT id FROM articles WHERE hash = ?1 LIMIT 1") \
	X(ART_INSERT, "INSERT INTO articles(feed_id, source, url, outlet, title, byline, date," \
	  " body, hash, unread, added, updated) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1," \
	  " ?10, ?10)") \
	X(ART_UPDATE, "UPDATE articles SET url = ?2, outlet = ?3, title = ?4, byline = ?5," \
	  " date = ?6, body = ?7, hash = ?8, updated = ?9 WHERE id = ?1") \
	X(ART_COUNT, "SELECT count(*) FROM articles") \
	X(ART_PAGE, "SELECT id, title, outlet, date, source, quote_count, unread FROM articles" \
	  " ORDER BY coalesce(date, '') DESC, id DESC LIMIT ?1 OFFSET ?2") \
	X(ART_ORDER_KEY, "SELECT coalesce(date, '') FROM articles WHERE id = ?1") \
	X(ART_INDEX, "SELECT count(*) FROM articles WHERE (coalesce(date, ''), id) > (?1, ?2)") \
	X(ART_GET, "SELECT id, source, url, outlet, title, byline, date, body, hash, unread," \
	  " quote_count, coalesce(feed_id, 0) FROM articles WHERE id = ?1") \
	X(ART_SET_UNREAD, "UPDATE articles SET unread = ?2 WHERE id = ?1") \
	X(ART_IDS, "SELECT id FROM articles ORDER BY coalesce(date, '') DESC, id DESC") \
	X(ART_SET_QCOUNT, "UPDATE articles SET quote_count = (SELECT count(*) FROM quotes" \
	  " WHERE article_id = ?1 AND kind <> ?2) WHERE id = ?1") \
	X(Q_DELETE, "DELETE FROM quotes WHERE article_id = ?1") \
	X(Q_INSERT, "INSERT INTO quotes(article_id, off, len, mark_off, mark_len, mention_off," \
	  " mention_len, mention, speaker_id, cue, kind, confidence, text, text_key) VALUES" \
	  " (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)") \
	X(Q_BY_ARTICLE, Q_SELECT " WHERE q.article_id = ?1 AND (?2 = 0 OR q.speaker_id = ?2)" \
	  " AND (?3 OR q.kind <> ?4)" Q_ORDER) \
	X(Q_BY_SPEAKER, Q_SELECT " WHERE q.speaker_id = ?2 AND (?3 OR q.kind <> ?4)" Q_ORDER) \
	X(Q_ALL, Q_SELECT " WHERE (?3 OR q.kind <> ?4)" Q_ORDER) \
	X(SPK_BY_KEY, "SELECT id FROM speakers WHERE key = ?1 ORDER BY id LIMIT 1") \
	X(SPK_BY_SURNAME, "SELECT s.id, s.name, (SELECT group_concat(role, '|') FROM" \
	  " speaker_roles r WHERE r.speaker_id = s.id) FROM speakers s WHERE surname_key = ?1" \
	  " AND is_org = ?2") \
	X(SPK_INSERT, "INSERT INTO speakers(name, key, surname_key, is_org) VALUES (?1, ?2, ?3, ?4)") \
	X(SPK_UPGRADE_NAME, "UPDATE speakers SET name = ?2 WHERE id = ?1 AND" \
	  " (length(?2) > length(name) OR (length(?2) = length(name) AND" \
	  "  length(CAST(?2 AS BLOB)) > length(CAST(name AS BLOB))))") \
	X(SPK_ALIAS_ADD, "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, fold)" \
	  " VALUES (?1, ?2, ?3)") \
	X(SPK_ROLE_ADD, "INSERT OR IGNORE INTO speaker_roles(speaker_id, role) VALUES (?1, ?2)") \
	X(SPK_EACH, "SELECT s.id, s.name, s.is_org," \
	  " (SELECT group_concat(alias, '; ') FROM speaker_aliases a WHERE a.speaker_id = s.id" \
	  "  AND a.alias <> s.name)," \
	  " (SELECT group_concat(role, '; ') FROM speaker_roles r WHERE r.speaker_id = s.id)," \
	  " count(q.id), count(DISTINCT q.article_id)" \
	  " FROM speakers s JOIN quotes q ON q.speaker_id = s.id AND q.kind <> ?1" \
	  " GROUP BY s.id ORDER BY count(q.id) DESC, s.name") \
	X(SPK_FIND, "SELECT DISTINCT speaker_id FROM speaker_aliases WHERE fold = ?1" \
	  " ORDER BY speaker_id") \
	X(SPK_GC, "DELETE FROM speakers WHERE NOT EXISTS (SELECT 1 FROM quotes q" \
	  " WHERE q.speaker_id = speakers.id)") \
	X(SPK_BY_FOLD, "SELECT speaker_id FROM speaker_aliases WHERE fold = ?1" \
	  " ORDER BY speaker_id LIMIT 1") \
	X(SPK_NAME, "SELECT name FROM speakers WHERE id = ?1") \
	X(Q_KEY, "SELECT article_id, text_key, text FROM quotes WHERE id = ?1") \
	X(COR_INSERT, "INSERT INTO corrections(kind, created, article_id, text_key, quote," \
	  " name, fold, target, target_fold, old) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9," \
	  " ?10)") \
	X(COR_EACH, "SELECT id, kind, created, coalesce(article_id, 0), quote, name, target" \
	  " FROM corrections ORDER BY id") \
	X(COR_APPLY_ALL, "SELECT id, kind, coalesce(article_id, 0), text_key, name, fold," \
	  " target, target_fold FROM corrections ORDER BY id") \
	X(COR_APPLY_ART, "SELECT id, kind, coalesce(article_id, 0), text_key, name, fold," \
	  " target, target_fold FROM corrections WHERE article_id = ?1 OR article_id IS NULL" \
	  " ORDER BY id") \
	X(COR_GET, "SELECT kind, fold, old FROM corrections WHERE id = ?1") \
	X(COR_DELETE, "DELETE FROM corrections WHERE id = ?1") \
	X(FIX_SPEAKER, "UPDATE quotes SET speaker_id = ?3 WHERE article_id = ?1 AND text_key = ?2") \
	X(FIX_KIND, "UPDATE quotes SET kind = ?3 WHERE article_id = ?1 AND text_key = ?2") \
	X(FIX_MERGE_ART, "UPDATE quotes SET speaker_id = ?3 WHERE article_id = ?1 AND" \
	  " speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE fold = ?2) AND" \
	  " speaker_id <> ?3") \
	X(FIX_MERGE_ALL, "UPDATE quotes SET speaker_id = ?3 WHERE" \
	  " speaker_id IN (SELECT speaker_id FROM speaker_aliases WHERE fold = ?2) AND" \
	  " speaker_id <> ?3") \
	X(FIX_MERGE_ALIASES, "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, fold," \
	  " correction_id) SELECT ?2, alias, fold, ?3 FROM speaker_aliases WHERE speaker_id IN" \
	  " (SELECT speaker_id FROM speaker_aliases WHERE fold = ?1) AND speaker_id <> ?2") \
	X(FIX_RENAME, "UPDATE speakers SET name = ?2 WHERE id IN (SELECT speaker_id FROM" \
	  " speaker_aliases WHERE fold = ?1)") \
	X(FIX_RENAME_ALIAS, "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, fold," \
	  " correction_id) SELECT DISTINCT speaker_id, ?2, ?3, ?4 FROM speaker_aliases" \
	  " WHERE fold = ?1") \
	X(ALIAS_UNTAG, "DELETE FROM speaker_aliases WHERE correction_id = ?1") \
	X(ART_QCOUNT_ALL, "UPDATE articles SET quote_count = (SELECT count(*) FROM quotes" \
	  " WHERE article_id = articles.id AND kind <> ?1)")

enum stmt_id {
#define STMT_ENUM(id, sql) STMT_##id,
	STMT_LIST(STMT_ENUM)
#undef STMT_ENUM
	STMT_COUNT
};

static const char *const stmt_sql[STMT_COUNT] = {
#define STMT_SQL(id, sql) sql,
	STMT_LIST(STMT_SQL)
#undef STMT_SQL
};

struct store {
	sqlite3 *db;
	char *path;
	char *error;
	sqlite3_stmt *stmt[STMT_COUNT];
};

/* The schema, one script per version; each runs in its own transaction. */
static const char *const migrations[] = {
	/* 1: articles, feeds, speakers, quotes, bookmarks */
	"CREATE TABLE feeds ("
	"  id INTEGER PRIMARY KEY,"
	"  url TEXT NOT NULL UNIQUE,"
	"  title TEXT,"
	"  added INTEGER NOT NULL,"
	"  last_fetch INTEGER,"
	"  last_error TEXT);"
	"CREATE TABLE articles ("
	"  id INTEGER PRIMARY KEY,"
	"  feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,"
	"  source TEXT NOT NULL UNIQUE,"
	"  url TEXT, outlet TEXT, title TEXT NOT NULL, byline TEXT, date TEXT,"
	"  body TEXT NOT NULL,"
	"  hash TEXT NOT NULL,"
	"  unread INTEGER NOT NULL DEFAULT 1,"
	"  quote_count INTEGER NOT NULL DEFAULT 0,"
	"  added INTEGER NOT NULL,"
	"  updated INTEGER NOT NULL);"
	"CREATE INDEX articles_hash ON articles(hash);"
	"CREATE INDEX articles_order ON articles(coalesce(date, ''), id);"
	"CREATE TABLE speakers ("
	"  id INTEGER PRIMARY KEY,"
	"  name TEXT NOT NULL,"
	"  key TEXT NOT NULL,"
	"  surname_key TEXT NOT NULL,"
	"  is_org INTEGER NOT NULL DEFAULT 0);"
	"CREATE INDEX speakers_key ON speakers(key);"
	"CREATE INDEX speakers_surname ON speakers(surname_key);"
	"CREATE TABLE speaker_aliases ("
	"  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,"
	"  alias TEXT NOT NULL,"
	"  fold TEXT NOT NULL,"
	"  PRIMARY KEY (speaker_id, fold));"
	"CREATE INDEX speaker_aliases_fold ON speaker_aliases(fold);"
	"CREATE TABLE speaker_roles ("
	"  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,"
	"  role TEXT NOT NULL,"
	"  PRIMARY KEY (speaker_id, role));"
	"CREATE TABLE quotes ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL,"
	"  mark_off INTEGER NOT NULL, mark_len INTEGER NOT NULL,"
	"  mention_off INTEGER NOT NULL, mention_len INTEGER NOT NULL,"
	"  mention TEXT,"
	"  speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,"
	"  cue TEXT,"
	"  kind INTEGER NOT NULL,"
	"  confidence REAL NOT NULL,"
	"  text TEXT NOT NULL,"
	"  text_key TEXT NOT NULL);"
	"CREATE INDEX quotes_article ON quotes(article_id, off);"
	"CREATE INDEX quotes_speaker ON quotes(speaker_id);"
	"CREATE INDEX quotes_text_key ON quotes(text_key);"
	"CREATE TABLE bookmarks ("
	"  id INTEGER PRIMARY KEY,"
	"  article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
	"  off INTEGER NOT NULL, len INTEGER NOT NULL,"
	"  text TEXT NOT NULL, before TEXT NOT NULL, after TEXT NOT NULL,"
	"  note TEXT,"
	"  quote_id INTEGER, speaker_id INTEGER,"
	"  orphaned INTEGER NOT NULL DEFAULT 0,"
	"  created INTEGER NOT NULL);"
	"CREATE INDEX bookmarks_article ON bookmarks(article_id);"
	"PRAGMA user_version = 1;",
	/* 2: user corrections, kept apart from the automatic rows; aliases they add are
	 * tagged so undoing one removes exactly those */
	"CREATE TABLE corrections ("
	"  id INTEGER PRIMARY KEY,"
	"  kind TEXT NOT NULL,"
	"  created INTEGER NOT NULL,"
	"  article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,"
	"  text_key TEXT,"
	"  quote TEXT,"
	"  name TEXT, fold TEXT,"
	"  target TEXT, target_fold TEXT,"
	"  old TEXT);"
	"CREATE INDEX corrections_article ON corrections(article_id);"
	"ALTER TABLE speaker_aliases ADD COLUMN correction_id INTEGER;"
	"PRAGMA user_version = 2;",
};
#define MIGRATION_COUNT ((int)(sizeof migrations / sizeof migrations[0]))

static void
store_set_error(struct store *st, const char *what)
{
	free(st->error);
	st->error = xasprintf("%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
}

const char *
store_error(struct store *st)
{
	return st->error != NULL ? st->error : "no error";
}

const char *
store_path(struct store *st)
{
	return st->path;
}

/* stmt: the prepared statement id, reset and with bindings cleared. Preparing a
 * constant statement can only fail on a schema mismatch, which is a bug. */
static sqlite3_stmt *
stmt(struct store *st, enum stmt_id id)
{
	sqlite3_stmt *s = st->stmt[id];

	if (s == NULL) {
		if (sqlite3_prepare_v3(st->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT,
		    &s, NULL) != SQLITE_OK)
			fatal("%s: preparing statement %d: %s", st->path, (int)id,
			    sqlite3_errmsg(st->db));
		st->stmt[id] = s;
	}
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
	return s;
}

static void
bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v == NULL)
		sqlite3_bind_null(s, i);
	else
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
}

static char *
col_strdup(sqlite3_stmt *s, int i)
{
	const unsigned char *v = sqlite3_column_text(s, i);

	return v == NULL ? NULL : xstrdup((const char *)v);
}

/* run: steps a statement that returns no rows. */
static int
run(struct store *st, sqlite3_stmt *s, const char *what)
{
	int rc = sqlite3_step(s);

	sqlite3_reset(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
		store_set_error(st, what);
		return -1;
	}
	return 0;
}

char *
store_default_path(void)
{
	const char *v;

	if ((v = getenv("QUOTH_DB")) != NULL && *v != '\0')
		return xstrdup(v);
	if ((v = getenv("XDG_DATA_HOME")) != NULL && *v == '/')
		return xasprintf("%s/quoth/quoth.db", v);
	if ((v = getenv("HOME")) != NULL && *v != '\0')
		return xasprintf("%s/.local/share/quoth/quoth.db", v);
	return xstrdup("quoth.db");
}

/* make_parents: mkdir -p for the directories above path, mode 0700. */
static int
make_parents(const char *path)
{
	char *p = xstrdup(path), *q;
	int rc = 0;

	for (q = p + 1; *q != '\0'; q++) {
		if (*q != '/')
			continue;
		*q = '\0';
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			rc = -1;
			break;
		}
		*q = '/';
	}
	free(p);
	return rc;
}

static int
store_user_version(struct store *st, int *version)
{
	sqlite3_stmt *s;
	int rc;

	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return rc == SQLITE_ROW ? 0 : -1;
}

/* exec_retry: runs constant SQL, retrying while another quoth holds a lock that the busy
 * handler does not wait for (switching to WAL needs the database to itself). */
static int
exec_retry(struct store *st, const char *sql, char **msg)
{
	int rc, tries = 0;

	for (;;) {
		rc = sqlite3_exec(st->db, sql, NULL, NULL, msg);
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			return rc;
		if (++tries > 500)
			return rc;
		if (msg != NULL) {
			sqlite3_free(*msg);
			*msg = NULL;
		}
		sqlite3_sleep(10);
	}
}

/* migrate: brings the schema to MIGRATION_COUNT one step at a time. Each step reads the
 * version inside its own write transaction, so two quoth processes opening a new store
 * at once never run a step twice, and a failed step leaves the store as it was. */
static int
store_migrate(struct store *st)
{
	for (;;) {
		char *msg = NULL;
		int version = 0, bumped = 0;

		if (exec_retry(st, "BEGIN IMMEDIATE", &msg) != SQLITE_OK)
			goto fail;
		if (store_user_version(st, &version) != 0)
			goto fail;
		if (version >= MIGRATION_COUNT) {
			sqlite3_exec(st->db, "COMMIT", NULL, NULL, NULL);
			return 0;
		}
		/* Each script ends by setting its own version, as a constant. */
		if (sqlite3_exec(st->db, migrations[version], NULL, NULL, &msg) != SQLITE_OK ||
		    store_user_version(st, &bumped) != 0 || bumped != version + 1 ||
		    sqlite3_exec(st->db, "COMMIT", NULL, NULL, &msg) != SQLITE_OK) {
			free(st->error);
			st->error = xasprintf("%s: migrating the store to version %d failed: %s",
			    st->path, version + 1, msg != NULL ? msg : sqlite3_errmsg(st->db));
			sqlite3_free(msg);
			sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
			return -1;
		}
		continue;
fail:
		free(st->error);
		st->error = xasprintf("%s: %s", st->path, msg != NULL ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
		return -1;
	}
}

struct store *
store_open(const char *path, char **err)
{
	struct store *st;
	struct stat sb;
	int version = 0, fd;
	const char *why;

	*err = NULL;
	if (make_parents(path) != 0) {
		*err = xasprintf("%s: cannot create its directory: %s", path, strerror(errno));
		return NULL;
	}
	if (stat(path, &sb) != 0) {
		/* Create it ourselves so the mode is 0600 whatever the umask. */
		fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST) {
			*err = xasprintf("%s: %s", path, strerror(errno));
			return NULL;
		}
		if (fd >= 0)
			close(fd);
	} else if (S_ISDIR(sb.st_mode)) {
		*err = xasprintf("%s: is a directory, not a store", path);
		return NULL;
	}

	st = xcalloc(1, sizeof *st);
	st->path = xstrdup(path);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
	    NULL) != SQLITE_OK) {
		why = st->db != NULL ? sqlite3_errmsg(st->db) : "cannot open";
		*err = xasprintf("%s: %s", path, why);
		store_close(st);
		return NULL;
	}
	sqlite3_busy_timeout(st->db, 5000);
	sqlite3_extended_result_codes(st->db, 1);

	if (store_user_version(st, &version) != 0) {
		*err = xasprintf("%s: not a quoth store (%s)", path, sqlite3_errmsg(st->db));
		store_close(st);
		return NULL;
	}
	if (version > MIGRATION_COUNT) {
		*err = xasprintf("%s: written by a newer quoth (schema version %d; this quoth "
		    "knows up to %d); refusing to touch it", path, version, MIGRATION_COUNT);
		store_close(st);
		return NULL;
	}
	if (exec_retry(st, "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;"
	    " PRAGMA synchronous = NORMAL;", NULL) != SQLITE_OK) {
		*err = xasprintf("%s: %s", path, sqlite3_errmsg(st->db));
		store_close(st);
		return NULL;
	}
	if (store_migrate(st) != 0) {
		*err = xstrdup(st->error);
		store_close(st);
		return NULL;
	}
	return st;
}

void
store_close(struct store *st)
{
	int i;

	if (st == NULL)
		return;
	for (i = 0; i < STMT_COUNT; i++)
		sqlite3_finalize(st->stmt[i]);
	sqlite3_close(st->db);
	free(st->path);
	free(st->error);
	free(st);
}

int
store_begin(struct store *st)
{
	return run(st, stmt(st, STMT_BEGIN), "begin");
}

int
store_commit(struct store *st)
{
	return run(st, stmt(st, STMT_COMMIT), "commit");
}

void
store_rollback(struct store *st)
{
	if (!sqlite3_get_autocommit(st->db))
		run(st, stmt(st, STMT_ROLLBACK), "rollback");
}

int
store_savepoint(struct store *st)
{
	return run(st, stmt(st, STMT_SAVEPOINT), "savepoint");
}

int
store_release(struct store *st)
{
	return run(st, stmt(st, STMT_RELEASE), "release");
}

void
store_rollback_savepoint(struct store *st)
{
	run(st, stmt(st, STMT_ROLLBACK_TO), "rollback");
	run(st, stmt(st, STMT_RELEASE), "release");
}

int
store_article_put(struct store *st, struct article *a, enum store_put *what)
{
	sqlite3_stmt *s;
	int64_t now = (int64_t)time(NULL);
	int rc;

	s = stmt(st, STMT_ART_BY_SOURCE);
	bind_text(s, 1, a->source);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(s, 0);
		int same = strcmp((const char *)sqlite3_column_text(s, 1), a->hash) == 0;

		sqlite3_reset(s);
		a->id = id;
		if (same) {
			*what = STORE_PUT_SAME;
			return 0;
		}
		s = stmt(st, STMT_ART_UPDATE);
		sqlite3_bind_int64(s, 1, id);
		bind_text(s, 2, a->url);
		bind_text(s, 3, a->outlet);
		bind_text(s, 4, a->title);
		bind_text(s, 5, a->byline);
		bind_text(s, 6, a->date);
		sqlite3_bind_text(s, 7, a->body, (int)a->body_len, SQLITE_STATIC);
		bind_text(s, 8, a->hash);
		sqlite3_bind_int64(s, 9, now);
		if (run(st, s, "updating an article") != 0)
			return -1;
		*what = STORE_PUT_UPDATED;
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_set_error(st, "looking up an article");
		return -1;
	}

	s = stmt(st, STMT_ART_BY_HASH);
	bind_text(s, 1, a->hash);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		a->id = sqlite3_column_int64(s, 0);
		sqlite3_reset(s);
		*what = STORE_PUT_SAME;
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_set_error(st, "looking up an article");
		return -1;
	}

	s = stmt(st, STMT_ART_INSERT);
	if (a->feed_id != 0)
		sqlite3_bind_int64(s, 1, a->feed_id);
	bind_text(s, 2, a->source);
	bind_text(s, 3, a->url);
	bind_text(s, 4, a->outlet);
	bind_text(s, 5, a->title);
	bind_text(s, 6, a->byline);
	bind_text(s, 7, a->date);
	sqlite3_bind_text(s, 8, a->body, (int)a->body_len, SQLITE_STATIC);
	bind_text(s, 9, a->hash);
	sqlite3_bind_int64(s, 10, now);
	if (run(st, s, "adding an article") != 0)
		return -1;
	a->id = sqlite3_last_insert_rowid(st->db);
	*what = STORE_PUT_NEW;
	return 0;
}

void
store_article_row_free(struct store_article_row *r)
{
	free(r->title);
	free(r->outlet);
	free(r->date);
	free(r->source);
	memset(r, 0, sizeof *r);
}

long
store_article_count(struct store *st)
{
	sqlite3_stmt *s = stmt(st, STMT_ART_COUNT);
	long n = -1;

	if (sqlite3_step(s) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(s, 0);
	else
		store_set_error(st, "counting articles");
	sqlite3_reset(s);
	return n;
}

long
store_article_page(struct store *st, long offset, long limit, struct store_article_row *rows)
{
	sqlite3_stmt *s = stmt(st, STMT_ART_PAGE);
	long n = 0;
	int rc;

	sqlite3_bind_int64(s, 1, limit);
	sqlite3_bind_int64(s, 2, offset);
	while (n < limit && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_article_row *r = &rows[n++];

		r->id = sqlite3_column_int64(s, 0);
		r->title = col_strdup(s, 1);
		r->outlet = col_strdup(s, 2);
		r->date = col_strdup(s, 3);
		r->source = col_strdup(s, 4);
		r->quote_count = sqlite3_column_int(s, 5);
		r->unread = sqlite3_column_int(s, 6);
	}
	if (n < limit && rc != SQLITE_DONE) {
		store_set_error(st, "listing articles");
		while (n > 0)
			store_article_row_free(&rows[--n]);
		sqlite3_reset(s);
		return -1;
	}
	sqlite3_reset(s);
	return n;
}

long
store_article_index(struct store *st, int64_t id)
{
	sqlite3_stmt *s = stmt(st, STMT_ART_ORDER_KEY);
	char *key;
	long n = -1;

	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) != SQLITE_ROW) {
		store_set_error(st, "finding an article");
		sqlite3_reset(s);
		return -1;
	}
	key = col_strdup(s, 0);
	sqlite3_reset(s);
	s = stmt(st, STMT_ART_INDEX);
	bind_text(s, 1, key);
	sqlite3_bind_int64(s, 2, id);
	if (sqlite3_step(s) == SQLITE_ROW)
		n = (long)sqlite3_column_int64(s, 0);
	else
		store_set_error(st, "finding an article");
	sqlite3_reset(s);
	free(key);
	return n;
}

int
store_article_get(struct store *st, int64_t id, struct article *out)
{
	sqlite3_stmt *s = stmt(st, STMT_ART_GET);
	const char *hash;

	memset(out, 0, sizeof *out);
	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) != SQLITE_ROW) {
		free(st->error);
		st->error = xasprintf("%s: no article %lld", st->path, (long long)id);
		sqlite3_reset(s);
		return -1;
	}
	out->id = sqlite3_column_int64(s, 0);
	out->source = col_strdup(s, 1);
	out->url = col_strdup(s, 2);
	out->outlet = col_strdup(s, 3);
	out->title = col_strdup(s, 4);
	out->byline = col_strdup(s, 5);
	out->date = col_strdup(s, 6);
	out->body_len = (size_t)sqlite3_column_bytes(s, 7);
	out->body = xstrndup((const char *)sqlite3_column_text(s, 7), out->body_len);
	hash = (const char *)sqlite3_column_text(s, 8);
	snprintf(out->hash, sizeof out->hash, "%s", hash != NULL ? hash : "");
	out->unread = sqlite3_column_int(s, 9);
	out->quote_count = sqlite3_column_int(s, 10);
	out->feed_id = sqlite3_column_int64(s, 11);
	sqlite3_reset(s);
	return 0;
}

int
store_article_set_unread(struct store *st, int64_t id, int unread)
{
	sqlite3_stmt *s = stmt(st, STMT_ART_SET_UNREAD);

	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, unread != 0);
	return run(st, s, "marking an article");
}

int
store_article_ids(struct store *st, int64_t **ids, size_t *n)
{
	sqlite3_stmt *s = stmt(st, STMT_ART_IDS);
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap == 0 ? 256 : cap * 2;
			*ids = xreallocarray(*ids, cap, sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_set_error(st, "listing articles");
		free(*ids);
		*ids = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* add_alias: records a written form of a speaker's name, folded for lookup. */
static int
add_alias(struct store *st, int64_t id, const char *alias)
{
	sqlite3_stmt *s;
	char *fold = text_fold(alias, strlen(alias));
	int rc;

	s = stmt(st, STMT_SPK_ALIAS_ADD);
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, alias);
	bind_text(s, 3, fold);
	rc = run(st, s, "adding a speaker alias");
	free(fold);
	return rc;
}

/* roles_agree: the new entity's role is among the candidate's stored roles ("|"-joined),
 * compared folded. Used as the extra evidence a surname-only match needs. */
static int
roles_agree(const char *stored, const char *role)
{
	char *want, *all;
	int found = 0;

	if (stored == NULL || role == NULL)
		return 0;
	want = text_fold(role, strlen(role));
	all = text_fold(stored, strlen(stored));
	{
		char *save = NULL, *tok;

		for (tok = strtok_r(all, "|", &save); tok != NULL; tok = strtok_r(NULL, "|", &save))
			if (strcmp(tok, want) == 0)
				found = 1;
	}
	free(want);
	free(all);
	return found;
}

/* resolve_speaker: the store-wide id for an article's entity: the same key, or one
 * candidate with the same surname that speaker_same_person accepts; else a new speaker.
 * The display name becomes the fullest form seen; on a tie the one with diacritics
 * ("Zoë" over "Zoe"), since a transliteration loses what the original keeps. */
static int
resolve_speaker(struct store *st, const struct quote_entity *e, int64_t *out)
{
	sqlite3_stmt *s;
	char *key = speaker_key(e->name), *sur = speaker_surname_key(e->name);
	int64_t id = 0, cand = 0;
	int ncand = 0, rc = -1, step;
	size_t i;

	s = stmt(st, STMT_SPK_BY_KEY);
	bind_text(s, 1, key);
	step = sqlite3_step(s);
	if (step == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (step != SQLITE_ROW && step != SQLITE_DONE) {
		store_set_error(st, "looking up a speaker");
		goto out;
	}

	if (id == 0) {
		s = stmt(st, STMT_SPK_BY_SURNAME);
		bind_text(s, 1, sur);
		sqlite3_bind_int(s, 2, e->is_org != 0);
		while ((step = sqlite3_step(s)) == SQLITE_ROW) {
			const char *name = (const char *)sqlite3_column_text(s, 1);
			const char *roles = (const char *)sqlite3_column_text(s, 2);
			bool by_role = roles_agree(roles, e->role);

			ncand++;
			if (speaker_same_person(name, e->name, by_role)) {
				if (cand == 0)
					cand = sqlite3_column_int64(s, 0);
			}
		}
		sqlite3_reset(s);
		if (step != SQLITE_DONE) {
			store_set_error(st, "looking up a speaker");
			goto out;
		}
		/* A surname-only entity matches only when it is unambiguous. */
		if (cand != 0 && (strchr(e->name, ' ') != NULL || ncand == 1))
			id = cand;
	}

	if (id == 0) {
		s = stmt(st, STMT_SPK_INSERT);
		bind_text(s, 1, e->name);
		bind_text(s, 2, key);
		bind_text(s, 3, sur);
		sqlite3_bind_int(s, 4, e->is_org != 0);
		if (run(st, s, "adding a speaker") != 0)
			goto out;
		id = sqlite3_last_insert_rowid(st->db);
	} else {
		s = stmt(st, STMT_SPK_UPGRADE_NAME);
		sqlite3_bind_int64(s, 1, id);
		bind_text(s, 2, e->name);
		if (run(st, s, "naming a speaker") != 0)
			goto out;
	}
	if (add_alias(st, id, e->name) != 0)
		goto out;
	for (i = 0; i < e->naliases; i++)
		if (add_alias(st, id, e->aliases[i]) != 0)
			goto out;
	if (e->role != NULL) {
		s = stmt(st, STMT_SPK_ROLE_ADD);
		sqlite3_bind_int64(s, 1, id);
		bind_text(s, 2, e->role);
		if (run(st, s, "adding a speaker role") != 0)
			goto out;
	}
	*out = id;
	rc = 0;
out:
	free(key);
	free(sur);
	return rc;
}

static int corrections_apply(struct store *st, int64_t article_id);

int
store_quotes_set(struct store *st, int64_t article_id, const char *body, size_t body_len,
    const struct quote_result *r)
{
	sqlite3_stmt *s;
	int64_t *ids = NULL;
	size_t i;
	int rc = -1;

	s = stmt(st, STMT_Q_DELETE);
	sqlite3_bind_int64(s, 1, article_id);
	if (run(st, s, "clearing quotes") != 0)
		return -1;

	if (r->nentities > 0)
		ids = xcalloc(r->nentities, sizeof *ids);
	for (i = 0; i < r->nentities; i++) {
		/* Only entities that are credited with a quote become speakers. */
		size_t j;
		int used = 0;

		for (j = 0; j < r->nspans && !used; j++)
			used = r->spans[j].entity == (int)i && r->spans[j].kind != QUOTE_SCARE;
		if (used && resolve_speaker(st, &r->entities[i], &ids[i]) != 0)
			goto out;
	}

	for (i = 0; i < r->nspans; i++) {
		const struct quote_span *q = &r->spans[i];
		char *fold, key[17];

		if (q->off > body_len || q->len > body_len - q->off)
			continue; /* an extraction bug must not corrupt the store */
		fold = text_fold(body + q->off, q->len);
		util_hash64(fold, strlen(fold), key);
		free(fold);

		s = stmt(st, STMT_Q_INSERT);
		sqlite3_bind_int64(s, 1, article_id);
		sqlite3_bind_int64(s, 2, (sqlite3_int64)q->off);
		sqlite3_bind_int64(s, 3, (sqlite3_int64)q->len);
		sqlite3_bind_int64(s, 4, (sqlite3_int64)q->mark_off);
		sqlite3_bind_int64(s, 5, (sqlite3_int64)q->mark_len);
		sqlite3_bind_int64(s, 6, (sqlite3_int64)q->mention_off);
		sqlite3_bind_int64(s, 7, (sqlite3_int64)q->mention_len);
		if (q->mention_len > 0 && q->mention_off <= body_len &&
		    q->mention_len <= body_len - q->mention_off)
			sqlite3_bind_text(s, 8, body + q->mention_off, (int)q->mention_len,
			    SQLITE_STATIC);
		if (q->entity >= 0 && (size_t)q->entity < r->nentities && ids[q->entity] != 0)
			sqlite3_bind_int64(s, 9, ids[q->entity]);
		if (q->cue[0] != '\0')
			bind_text(s, 10, q->cue);
		sqlite3_bind_int(s, 11, (int)q->kind);
		sqlite3_bind_double(s, 12, q->confidence);
		sqlite3_bind_text(s, 13, body + q->off, (int)q->len, SQLITE_STATIC);
		bind_text(s, 14, key);
		if (run(st, s, "adding a quote") != 0)
			goto out;
	}

	if (corrections_apply(st, article_id) != 0)
		goto out;
	s = stmt(st, STMT_ART_SET_QCOUNT);
	sqlite3_bind_int64(s, 1, article_id);
	sqlite3_bind_int(s, 2, QUOTE_SCARE);
	rc = run(st, s, "counting quotes");
out:
	free(ids);
	return rc;
}

void
store_quote_row_free(struct store_quote_row *r)
{
	free(r->source);
	free(r->title);
	free(r->outlet);
	free(r->date);
	free(r->text);
	free(r->speaker);
	free(r->mention);
	free(r->cue);
	memset(r, 0, sizeof *r);
}

int
store_quotes_each(struct store *st, const struct store_quote_filter *f,
    int (*fn)(const struct store_quote_row *, void *), void *ctx)
{
	sqlite3_stmt *s;
	struct store_quote_row r;
	int rc, ret = 0;

	s = stmt(st, f->article_id != 0 ? STMT_Q_BY_ARTICLE :
	    f->speaker_id != 0 ? STMT_Q_BY_SPEAKER : STMT_Q_ALL);
	sqlite3_bind_int64(s, 1, f->article_id);
	sqlite3_bind_int64(s, 2, f->speaker_id);
	sqlite3_bind_int(s, 3, f->include_scare);
	sqlite3_bind_int(s, 4, QUOTE_SCARE);
	sqlite3_bind_int(s, 5, f->newest_first);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int kind;

		memset(&r, 0, sizeof r);
		r.id = sqlite3_column_int64(s, 0);
		r.article_id = sqlite3_column_int64(s, 1);
		r.speaker_id = sqlite3_column_int64(s, 2);
		r.source = col_strdup(s, 3);
		r.title = col_strdup(s, 4);
		r.outlet = col_strdup(s, 5);
		r.date = col_strdup(s, 6);
		r.text = col_strdup(s, 7);
		r.speaker = col_strdup(s, 8);
		r.mention = col_strdup(s, 9);
		r.cue = col_strdup(s, 10);
		r.off = (size_t)sqlite3_column_int64(s, 11);
		r.len = (size_t)sqlite3_column_int64(s, 12);
		r.mark_off = (size_t)sqlite3_column_int64(s, 13);
		r.mark_len = (size_t)sqlite3_column_int64(s, 14);
		r.mention_off = (size_t)sqlite3_column_int64(s, 15);
		r.mention_len = (size_t)sqlite3_column_int64(s, 16);
		kind = sqlite3_column_int(s, 17);
		r.kind = kind >= 0 && kind < QUOTE_KIND_COUNT ? (enum quote_kind)kind : QUOTE_SCARE;
		r.confidence = sqlite3_column_double(s, 18);
		r.also_in = sqlite3_column_int(s, 19);
		ret = fn(&r, ctx);
		store_quote_row_free(&r);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE) {
		store_set_error(st, "listing quotes");
		ret = -1;
	}
	sqlite3_reset(s);
	return ret;
}

int
store_speakers_each(struct store *st, int (*fn)(const struct store_speaker_row *, void *),
    void *ctx)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_EACH);
	int rc, ret = 0;

	sqlite3_bind_int(s, 1, QUOTE_SCARE);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_speaker_row r;
		const char *al = (const char *)sqlite3_column_text(s, 3);
		const char *ro = (const char *)sqlite3_column_text(s, 4);

		r.id = sqlite3_column_int64(s, 0);
		r.name = col_strdup(s, 1);
		r.is_org = sqlite3_column_int(s, 2);
		r.aliases = xstrdup(al != NULL ? al : "");
		r.roles = xstrdup(ro != NULL ? ro : "");
		r.quote_count = sqlite3_column_int(s, 5);
		r.article_count = sqlite3_column_int(s, 6);
		ret = fn(&r, ctx);
		free(r.name);
		free(r.aliases);
		free(r.roles);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE) {
		store_set_error(st, "listing speakers");
		ret = -1;
	}
	sqlite3_reset(s);
	return ret;
}

int
store_speaker_find(struct store *st, const char *name, int64_t **ids, size_t *n)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_FIND);
	char *fold = text_fold(name, strlen(name));
	size_t cap = 0;
	int rc;

	*ids = NULL;
	*n = 0;
	bind_text(s, 1, fold);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap == 0 ? 4 : cap * 2;
			*ids = xreallocarray(*ids, cap, sizeof **ids);
		}
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	free(fold);
	if (rc != SQLITE_DONE) {
		store_set_error(st, "finding a speaker");
		return -1;
	}
	return 0;
}

/* store_speakers_gc: drops speakers no quote refers to any more (after a reindex). */
int
store_speakers_gc(struct store *st)
{
	return run(st, stmt(st, STMT_SPK_GC), "removing unused speakers");
}

static const char *const fix_names[] = { "reassign", "not-quote", "merge", "rename" };

const char *
store_fix_name(enum store_fix k)
{
	return (unsigned)k < sizeof fix_names / sizeof fix_names[0] ? fix_names[k] : "unknown";
}

/* fix_parse: the kind stored as text; -1 for a kind this quoth does not know. */
static int
fix_parse(const char *v)
{
	size_t i;

	for (i = 0; v != NULL && i < sizeof fix_names / sizeof fix_names[0]; i++)
		if (strcmp(v, fix_names[i]) == 0)
			return (int)i;
	return -1;
}

static void
store_set_message(struct store *st, const char *msg)
{
	free(st->error);
	st->error = xstrdup(msg);
}

/* speaker_by_fold: the lowest speaker id with an alias folding to fold; 0 when none. */
static int
speaker_by_fold(struct store *st, const char *fold, int64_t *id)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_BY_FOLD);
	int rc;

	*id = 0;
	bind_text(s, 1, fold);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(st, "finding a speaker");
		return -1;
	}
	return 0;
}

/* speaker_for_name: the speaker a reassign names, created (a person, the name its own
 * alias) when no alias matches. */
static int
speaker_for_name(struct store *st, const char *name, const char *fold, int64_t *id)
{
	sqlite3_stmt *s;
	char *key, *sur;
	int rc;

	if (speaker_by_fold(st, fold, id) != 0)
		return -1;
	if (*id != 0)
		return 0;
	key = speaker_key(name);
	sur = speaker_surname_key(name);
	s = stmt(st, STMT_SPK_INSERT);
	bind_text(s, 1, name);
	bind_text(s, 2, key);
	bind_text(s, 3, sur);
	sqlite3_bind_int(s, 4, 0);
	rc = run(st, s, "adding a speaker");
	free(key);
	free(sur);
	if (rc != 0)
		return -1;
	*id = sqlite3_last_insert_rowid(st->db);
	return add_alias(st, *id, name);
}

/* apply_one: applies the correction in the current row of s (COR_APPLY_*), to the quotes
 * of article_id only when it is not 0. */
static int
apply_one(struct store *st, sqlite3_stmt *row, int64_t article_id)
{
	int64_t cid = sqlite3_column_int64(row, 0), art = sqlite3_column_int64(row, 2), sid;
	int kind = fix_parse((const char *)sqlite3_column_text(row, 1));
	char *key = col_strdup(row, 3), *name = col_strdup(row, 4), *fold = col_strdup(row, 5);
	char *target = col_strdup(row, 6), *tfold = col_strdup(row, 7);
	sqlite3_stmt *s;
	int rc = 0;

	switch (kind) {
	case STORE_FIX_REASSIGN:
		if (key == NULL || name == NULL || fold == NULL)
			break;
		if ((rc = speaker_for_name(st, name, fold, &sid)) != 0)
			break;
		s = stmt(st, STMT_FIX_SPEAKER);
		sqlite3_bind_int64(s, 1, art);
		bind_text(s, 2, key);
		sqlite3_bind_int64(s, 3, sid);
		rc = run(st, s, "reassigning a quote");
		break;
	case STORE_FIX_NOT_QUOTE:
		if (key == NULL)
			break;
		s = stmt(st, STMT_FIX_KIND);
		sqlite3_bind_int64(s, 1, art);
		bind_text(s, 2, key);
		sqlite3_bind_int(s, 3, QUOTE_SCARE);
		rc = run(st, s, "marking a quote");
		break;
	case STORE_FIX_MERGE:
		if (fold == NULL || tfold == NULL)
			break;
		/* Until extraction meets the target again, the merge waits. */
		if ((rc = speaker_by_fold(st, tfold, &sid)) != 0 || sid == 0)
			break;
		s = stmt(st, STMT_FIX_MERGE_ALIASES);
		bind_text(s, 1, fold);
		sqlite3_bind_int64(s, 2, sid);
		sqlite3_bind_int64(s, 3, cid);
		if ((rc = run(st, s, "merging speaker aliases")) != 0)
			break;
		s = stmt(st, article_id != 0 ? STMT_FIX_MERGE_ART : STMT_FIX_MERGE_ALL);
		sqlite3_bind_int64(s, 1, article_id);
		bind_text(s, 2, fold);
		sqlite3_bind_int64(s, 3, sid);
		rc = run(st, s, "merging speakers");
		break;
	case STORE_FIX_RENAME:
		if (fold == NULL || target == NULL || tfold == NULL)
			break;
		s = stmt(st, STMT_FIX_RENAME);
		bind_text(s, 1, fold);
		bind_text(s, 2, target);
		if ((rc = run(st, s, "renaming a speaker")) != 0)
			break;
		s = stmt(st, STMT_FIX_RENAME_ALIAS);
		bind_text(s, 1, fold);
		bind_text(s, 2, target);
		bind_text(s, 3, tfold);
		sqlite3_bind_int64(s, 4, cid);
		rc = run(st, s, "renaming a speaker");
		break;
	default:
		break; /* a kind from a newer quoth: left alone */
	}
	free(key);
	free(name);
	free(fold);
	free(target);
	free(tfold);
	return rc;
}

/* corrections_apply: every correction that concerns article_id (all when 0), in id
 * order. The rows are read first: applying one writes tables the cursor would see. */
static int
corrections_apply(struct store *st, int64_t article_id)
{
	sqlite3_stmt *rows = NULL;
	int rc, ret = 0;

	/* A private statement: apply_one uses the shared ones, and reindex calls this per
	 * article while no other cursor is open on corrections. */
	if (sqlite3_prepare_v2(st->db, stmt_sql[article_id != 0 ? STMT_COR_APPLY_ART :
	    STMT_COR_APPLY_ALL], -1, &rows, NULL) != SQLITE_OK) {
		store_set_error(st, "reading corrections");
		return -1;
	}
	if (article_id != 0)
		sqlite3_bind_int64(rows, 1, article_id);
	while (ret == 0 && (rc = sqlite3_step(rows)) == SQLITE_ROW)
		ret = apply_one(st, rows, article_id);
	if (ret == 0 && rc != SQLITE_DONE) {
		store_set_error(st, "reading corrections");
		ret = -1;
	}
	sqlite3_finalize(rows);
	return ret;
}

int
store_corrections_apply(struct store *st)
{
	sqlite3_stmt *s;

	if (corrections_apply(st, 0) != 0)
		return -1;
	s = stmt(st, STMT_ART_QCOUNT_ALL);
	sqlite3_bind_int(s, 1, QUOTE_SCARE);
	return run(st, s, "counting quotes");
}

/* cor_insert: one correction row; NULL values stay NULL. */
static int
cor_insert(struct store *st, enum store_fix kind, int64_t article_id, const char *key,
    const char *quote, const char *name, const char *target, const char *old, int64_t *id)
{
	sqlite3_stmt *s = stmt(st, STMT_COR_INSERT);
	char *fold = name != NULL ? text_fold(name, strlen(name)) : NULL;
	char *tfold = target != NULL ? text_fold(target, strlen(target)) : NULL;
	int rc;

	bind_text(s, 1, store_fix_name(kind));
	sqlite3_bind_int64(s, 2, (int64_t)time(NULL));
	if (article_id != 0)
		sqlite3_bind_int64(s, 3, article_id);
	bind_text(s, 4, key);
	bind_text(s, 5, quote);
	bind_text(s, 6, name);
	bind_text(s, 7, fold);
	bind_text(s, 8, target);
	bind_text(s, 9, tfold);
	bind_text(s, 10, old);
	rc = run(st, s, "recording a correction");
	free(fold);
	free(tfold);
	if (rc == 0)
		*id = sqlite3_last_insert_rowid(st->db);
	return rc;
}

/* blank: nothing but spaces, which folds to a name no speaker can have. */
static bool
blank(const char *v)
{
	while (*v == ' ' || *v == '\t')
		v++;
	return *v == '\0';
}

int
store_fix_quote(struct store *st, enum store_fix kind, int64_t quote_id, const char *speaker,
    int64_t *fix_id)
{
	sqlite3_stmt *s;
	int64_t art;
	char *key, *text;
	int rc;

	if (kind != STORE_FIX_REASSIGN && kind != STORE_FIX_NOT_QUOTE) {
		store_set_message(st, "not a quote correction");
		return -1;
	}
	if (kind == STORE_FIX_REASSIGN && (speaker == NULL || blank(speaker))) {
		store_set_message(st, "a quote is reassigned to a speaker's name, not to nothing");
		return 1;
	}
	s = stmt(st, STMT_Q_KEY);
	sqlite3_bind_int64(s, 1, quote_id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		if (rc != SQLITE_DONE) {
			store_set_error(st, "finding a quote");
			return -1;
		}
		free(st->error);
		st->error = xasprintf("no quote with id %lld (see 'quoth quotes --format=jsonl')",
		    (long long)quote_id);
		return 1;
	}
	art = sqlite3_column_int64(s, 0);
	key = col_strdup(s, 1);
	text = col_strdup(s, 2);
	sqlite3_reset(s);
	rc = cor_insert(st, kind, art, key, text, kind == STORE_FIX_REASSIGN ? speaker : NULL,
	    NULL, NULL, fix_id);
	free(key);
	free(text);
	return rc;
}

int
store_fix_speaker(struct store *st, enum store_fix kind, const char *name, const char *target,
    int64_t *fix_id)
{
	sqlite3_stmt *s;
	char *fold, *tfold, *old = NULL;
	int64_t from = 0, into = 0;
	int rc = -1;

	if (kind != STORE_FIX_MERGE && kind != STORE_FIX_RENAME) {
		store_set_message(st, "not a speaker correction");
		return -1;
	}
	if (blank(name) || blank(target)) {
		store_set_message(st, "a speaker's name cannot be empty");
		return 1;
	}
	fold = text_fold(name, strlen(name));
	tfold = text_fold(target, strlen(target));
	if (speaker_by_fold(st, fold, &from) != 0 ||
	    (kind == STORE_FIX_MERGE && speaker_by_fold(st, tfold, &into) != 0))
		goto out;
	rc = 1;
	if (from == 0 || (kind == STORE_FIX_MERGE && into == 0)) {
		char *safe = text_display(from == 0 ? name : target,
		    strlen(from == 0 ? name : target));

		free(st->error);
		st->error = xasprintf("no speaker matches '%s' (see 'quoth speakers')", safe);
		free(safe);
		goto out;
	}
	if (kind == STORE_FIX_MERGE && (strcmp(fold, tfold) == 0 || from == into)) {
		store_set_message(st, "those names are already the same speaker");
		goto out;
	}
	if (kind == STORE_FIX_RENAME) {
		s = stmt(st, STMT_SPK_NAME);
		sqlite3_bind_int64(s, 1, from);
		if (sqlite3_step(s) == SQLITE_ROW)
			old = col_strdup(s, 0);
		sqlite3_reset(s);
	}
	rc = cor_insert(st, kind, 0, NULL, NULL, name, target, old, fix_id);
out:
	free(fold);
	free(tfold);
	free(old);
	return rc;
}

int
store_corrections_each(struct store *st, int (*fn)(const struct store_correction *, void *),
    void *ctx)
{
	sqlite3_stmt *s = stmt(st, STMT_COR_EACH);
	int rc, ret = 0;

	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		struct store_correction c;
		int kind = fix_parse((const char *)sqlite3_column_text(s, 1));

		if (kind < 0)
			continue; /* from a newer quoth; nothing this one can say about it */
		c.id = sqlite3_column_int64(s, 0);
		c.kind = (enum store_fix)kind;
		c.created = sqlite3_column_int64(s, 2);
		c.article_id = sqlite3_column_int64(s, 3);
		c.quote = col_strdup(s, 4);
		c.name = col_strdup(s, 5);
		c.target = col_strdup(s, 6);
		ret = fn(&c, ctx);
		free(c.quote);
		free(c.name);
		free(c.target);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE) {
		store_set_error(st, "listing corrections");
		ret = -1;
	}
	sqlite3_reset(s);
	return ret;
}

int
store_correction_delete(struct store *st, int64_t id)
{
	sqlite3_stmt *s = stmt(st, STMT_COR_GET);
	char *kind, *fold, *old;
	int rc;

	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		if (rc != SQLITE_DONE) {
			store_set_error(st, "finding a correction");
			return -1;
		}
		free(st->error);
		st->error = xasprintf("no correction with id %lld (see 'quoth fix list')",
		    (long long)id);
		return 1;
	}
	kind = col_strdup(s, 0);
	fold = col_strdup(s, 1);
	old = col_strdup(s, 2);
	sqlite3_reset(s);
	rc = 0;
	/* The name a rename replaced comes back; extraction only ever lengthens names. */
	if (fix_parse(kind) == STORE_FIX_RENAME && fold != NULL && old != NULL) {
		s = stmt(st, STMT_FIX_RENAME);
		bind_text(s, 1, fold);
		bind_text(s, 2, old);
		rc = run(st, s, "restoring a speaker's name");
	}
	if (rc == 0) {
		s = stmt(st, STMT_ALIAS_UNTAG);
		sqlite3_bind_int64(s, 1, id);
		rc = run(st, s, "removing aliases a correction added");
	}
	if (rc == 0) {
		s = stmt(st, STMT_COR_DELETE);
		sqlite3_bind_int64(s, 1, id);
		rc = run(st, s, "removing a correction");
	}
	free(kind);
	free(fold);
	free(old);
	return rc;
}
