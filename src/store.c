/* store.c: the SQLite store: schema migrations, articles, quotes, speakers, corrections,
 * bookmarks. The only module that speaks SQL; every statement is prepared once and bound,
 * never printed. */
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

#include "anchor.h"
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
	"  AND q2.article_id <> q.article_id), q.text_key" \
	" FROM quotes q JOIN articles a ON a.id = q.article_id" \
	" LEFT JOIN speakers s ON s.id = q.speaker_id"
/* The bookmark readers: the bookmark and what its article says about itself. */
#define BM_SELECT "SELECT b.id, coalesce(b.article_id, 0), b.off, b.len, b.text, b.before," \
	" b.after, b.note, coalesce(b.speaker_id, 0), b.speaker, b.orphaned, b.created," \
	" a.title, a.outlet, a.date, a.url, a.source" \
	" FROM bookmarks b LEFT JOIN articles a ON a.id = b.article_id"
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
	/* Two range counts on articles_order: a row-value comparison would scan the table. */ \
	X(ART_INDEX, "SELECT (SELECT count(*) FROM articles WHERE coalesce(date, '') > ?1)" \
	  " + (SELECT count(*) FROM articles WHERE coalesce(date, '') = ?1 AND id > ?2)") \
	X(ART_GET, "SELECT id, source, url, outlet, title, byline, date, body, hash, unread," \
	  " quote_count, coalesce(feed_id, 0) FROM articles WHERE id = ?1") \
	X(ART_SET_UNREAD, "UPDATE articles SET unread = ?2 WHERE id = ?1") \
	X(ART_IDS, "SELECT id FROM articles ORDER BY coalesce(date, '') DESC, id DESC") \
	X(ART_BODY, "SELECT body FROM articles WHERE id = ?1") \
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
	X(Q_ALSO_OUTLETS, "SELECT DISTINCT coalesce(nullif(a.outlet, ''), a.title) AS o" \
	  " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.text_key = ?1" \
	  " AND q.article_id <> ?2 ORDER BY o") \
	X(SPK_BY_KEY, "SELECT id FROM speakers WHERE key = ?1 ORDER BY id LIMIT 1") \
	X(SPK_BY_SURNAME, "SELECT s.id, s.name, (SELECT group_concat(role, '|') FROM" \
	  " speaker_roles r WHERE r.speaker_id = s.id) FROM speakers s WHERE surname_key = ?1" \
	  " AND is_org = ?2") \
	X(SPK_INSERT, "INSERT INTO speakers(name, key, surname_key, is_org) VALUES (?1, ?2, ?3, ?4)") \
	/* the bodies whose key is ?1 or ?1's words and more (a legal form): a range on \
	 * speakers_key */ \
	X(SPK_ORG_BY_BASE, "SELECT id, key FROM speakers WHERE is_org = 1 AND (key = ?1 OR" \
	  " (key > ?1 || ' ' AND key < ?1 || '!')) ORDER BY id") \
	/* the people whose key is ?1's words and more: a range on speakers_key */ \
	X(SPK_BY_KEY_LONGER, "SELECT id, name FROM speakers WHERE key > ?1 || ' ' AND" \
	  " key < ?1 || '!' AND is_org = 0 ORDER BY id") \
	/* the people whose family name opens with ?1's first four letters but is not ?1: a \
	 * range on speakers_surname, for names spelled one letter apart */ \
	X(SPK_BY_SURNAME_PREFIX, "SELECT id, name FROM speakers WHERE surname_key >= ?2 AND" \
	  " surname_key < ?3 AND surname_key <> ?1 AND is_org = 0 ORDER BY id") \
	/* the people one of whose names gave the key ?1, ?2 or ?3 (speaker_skel_key) */ \
	X(SPK_BY_SKEL, "SELECT DISTINCT s.id, s.name, (SELECT group_concat(role, '|') FROM" \
	  " speaker_roles r WHERE r.speaker_id = s.id) FROM speaker_skels k JOIN speakers s ON" \
	  " s.id = k.speaker_id WHERE k.skel IN (?1, ?2, ?3) AND s.is_org = 0 ORDER BY s.id") \
	X(SPK_SKEL_ADD, "INSERT OR IGNORE INTO speaker_skels(skel, speaker_id) VALUES (?1, ?2)") \
	X(SPK_PERSON_BY_KEY, "SELECT id, name FROM speakers WHERE key = ?1 AND is_org = 0" \
	  " ORDER BY id LIMIT 1") \
	X(SPK_UPGRADE_NAME, "UPDATE speakers SET name = ?2 WHERE id = ?1 AND" \
	  " (length(?2) > length(name) OR (length(?2) = length(name) AND" \
	  "  length(CAST(?2 AS BLOB)) > length(CAST(name AS BLOB))))") \
	X(SPK_ALIAS_ADD, "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, fold)" \
	  " VALUES (?1, ?2, ?3)") \
	X(SPK_ROLE_ADD, "INSERT OR IGNORE INTO speaker_roles(speaker_id, role) VALUES (?1, ?2)") \
	/* The counts are kept in speakers (SPK_RECOUNT_*), so listing every speaker does not \
	 * aggregate every quote in the store. */ \
	X(SPK_EACH, "SELECT s.id, s.name, s.is_org," \
	  " (SELECT group_concat(alias, '; ') FROM speaker_aliases a WHERE a.speaker_id = s.id" \
	  "  AND a.alias <> s.name)," \
	  " (SELECT group_concat(role, '; ') FROM speaker_roles r WHERE r.speaker_id = s.id)," \
	  " s.nquotes, s.narticles FROM speakers s WHERE s.nquotes > 0 AND ?1 = ?1" \
	  " ORDER BY s.nquotes DESC, s.name") \
	X(SPK_BRIEF, "SELECT s.id, s.name, s.is_org, NULL, NULL, s.nquotes, s.narticles" \
	  " FROM speakers s WHERE s.nquotes > 0 AND ?1 = ?1 ORDER BY s.nquotes DESC, s.name") \
	X(SPK_GET, "SELECT s.id, s.name, s.is_org," \
	  " (SELECT group_concat(alias, '; ') FROM speaker_aliases a WHERE a.speaker_id = s.id" \
	  "  AND a.alias <> s.name)," \
	  " (SELECT group_concat(role, '; ') FROM speaker_roles r WHERE r.speaker_id = s.id)," \
	  " s.nquotes, s.narticles FROM speakers s WHERE s.id = ?2 AND ?1 = ?1") \
	X(SPK_ART_SPEAKERS, "SELECT DISTINCT speaker_id FROM quotes WHERE article_id = ?1" \
	  " AND speaker_id IS NOT NULL") \
	X(SPK_RECOUNT_ONE, "UPDATE speakers SET" \
	  " nquotes = (SELECT count(*) FROM quotes q WHERE q.speaker_id = ?1 AND q.kind <> ?2)," \
	  " narticles = (SELECT count(DISTINCT article_id) FROM quotes q" \
	  "  WHERE q.speaker_id = ?1 AND q.kind <> ?2) WHERE id = ?1") \
	X(SPK_RECOUNT_ALL, "UPDATE speakers SET" \
	  " nquotes = (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id" \
	  "  AND q.kind <> ?1)," \
	  " narticles = (SELECT count(DISTINCT article_id) FROM quotes q" \
	  "  WHERE q.speaker_id = speakers.id AND q.kind <> ?1)") \
	/* CROSS JOIN keeps quotes as the outer loop, reached through quotes_speaker: the \
	 * planner would otherwise walk articles_order to skip the sort, which reads the \
	 * whole store when the speaker's nearest article is far away. */ \
	X(SPK_NEXT_ART, "SELECT a.id FROM quotes q CROSS JOIN articles a ON a.id = q.article_id" \
	  " WHERE q.speaker_id = ?1 AND q.kind <> ?2 AND (coalesce(a.date, ''), a.id) < (?3, ?4)" \
	  " ORDER BY coalesce(a.date, '') DESC, a.id DESC LIMIT 1") \
	X(SPK_PREV_ART, "SELECT a.id FROM quotes q CROSS JOIN articles a ON a.id = q.article_id" \
	  " WHERE q.speaker_id = ?1 AND q.kind <> ?2 AND (coalesce(a.date, ''), a.id) > (?3, ?4)" \
	  " ORDER BY coalesce(a.date, ''), a.id LIMIT 1") \
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
	X(COR_GET, "SELECT kind, fold, old, name, target_fold FROM corrections WHERE id = ?1") \
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
	X(ALIAS_KEEP, "UPDATE speaker_aliases SET correction_id = NULL WHERE correction_id = ?1") \
	X(SPLIT_IS_ALIAS, "SELECT 1 FROM speaker_aliases WHERE speaker_id = ?1 AND fold = ?2") \
	X(SPLIT_FIND, "SELECT speaker_id, alias FROM speaker_aliases WHERE correction_id = ?1" \
	  " ORDER BY speaker_id LIMIT 1") \
	X(SPLIT_WRITTEN, "SELECT alias FROM speaker_aliases WHERE speaker_id = ?1 AND fold = ?2") \
	X(SPLIT_NEW, "INSERT INTO speakers(name, key, surname_key, is_org)" \
	  " SELECT ?1, ?2, ?3, is_org FROM speakers WHERE id = ?4") \
	X(SPLIT_ALIAS, "INSERT OR IGNORE INTO speaker_aliases(speaker_id, alias, fold," \
	  " correction_id) VALUES (?1, ?2, ?3, ?4)") \
	X(SPLIT_DROP_ALIAS, "DELETE FROM speaker_aliases WHERE speaker_id = ?1 AND fold = ?2") \
	X(SPLIT_MOVE_ALL, "UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1" \
	  " AND quoth_fold(mention) = ?3") \
	/* "+speaker_id": through quotes_article, one article's few quotes, not through all \
	 * of a prolific speaker's. */ \
	X(SPLIT_MOVE_ART, "UPDATE quotes SET speaker_id = ?2 WHERE article_id = ?4" \
	  " AND +speaker_id = ?1 AND quoth_fold(mention) = ?3") \
	X(SPLIT_UNDO, "UPDATE quotes SET speaker_id = ?2 WHERE speaker_id = ?1") \
	X(SPK_DELETE, "DELETE FROM speakers WHERE id = ?1") \
	X(BM_INSERT, "INSERT INTO bookmarks(article_id, off, len, text, before, after, note," \
	  " speaker_id, speaker, created) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)") \
	X(BM_GET, BM_SELECT " WHERE b.id = ?1") \
	X(BM_BY_ARTICLE, BM_SELECT " WHERE b.article_id = ?1 ORDER BY b.created DESC, b.id DESC") \
	X(BM_ALL, BM_SELECT " ORDER BY b.created DESC, b.id DESC") \
	X(BM_SET_NOTE, "UPDATE bookmarks SET note = ?2 WHERE id = ?1") \
	X(BM_DELETE, "DELETE FROM bookmarks WHERE id = ?1") \
	X(BM_EXISTS, "SELECT 1 FROM bookmarks WHERE id = ?1") \
	X(BM_RESTORE, "INSERT INTO bookmarks(id, article_id, off, len, text, before, after," \
	  " note, speaker_id, speaker, orphaned, created) VALUES (?1, (SELECT id FROM articles" \
	  " WHERE id = ?2), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)") \
	X(BM_OF_ARTICLE, "SELECT id, off, text, before, after FROM bookmarks" \
	  " WHERE article_id = ?1") \
	X(BM_MOVE, "UPDATE bookmarks SET off = ?2, len = ?3, text = ?4, before = ?5, after = ?6," \
	  " orphaned = 0 WHERE id = ?1") \
	X(BM_ORPHAN, "UPDATE bookmarks SET orphaned = 1 WHERE id = ?1") \
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
/* Migrations are constant text: the one enum value they need is spelled out here and
 * checked against quote.h below. */
#define QUOTE_SCARE_VALUE 2
#define STORE_STR2(x) #x
#define STORE_STR(x) STORE_STR2(x)

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
	/* 3: bookmarks keep their speaker's name as it was; listed newest first, per article
	 * and overall, from an index. The few aliases corrections added are found by an
	 * index, since a split looks for its speaker on every article imported. */
	"ALTER TABLE bookmarks ADD COLUMN speaker TEXT;"
	"DROP INDEX bookmarks_article;"
	"CREATE INDEX bookmarks_article ON bookmarks(article_id, created);"
	"CREATE INDEX bookmarks_created ON bookmarks(created);"
	"CREATE INDEX speaker_aliases_correction ON speaker_aliases(correction_id)"
	"  WHERE correction_id IS NOT NULL;"
	/* Speakers keep their speech-quote and article counts, for the picker: aggregating
	 * every quote on each opening is far too slow in a large store. The speaker index
	 * covers kind and article so recounting one speaker reads only the index. */
	"ALTER TABLE speakers ADD COLUMN nquotes INTEGER NOT NULL DEFAULT 0;"
	"ALTER TABLE speakers ADD COLUMN narticles INTEGER NOT NULL DEFAULT 0;"
	"DROP INDEX quotes_speaker;"
	"CREATE INDEX quotes_speaker ON quotes(speaker_id, kind, article_id);"
	"UPDATE speakers SET"
	"  nquotes = (SELECT count(*) FROM quotes q WHERE q.speaker_id = speakers.id"
	"   AND q.kind <> " STORE_STR(QUOTE_SCARE_VALUE) "),"
	"  narticles = (SELECT count(DISTINCT article_id) FROM quotes q"
	"   WHERE q.speaker_id = speakers.id AND q.kind <> " STORE_STR(QUOTE_SCARE_VALUE) ");"
	"PRAGMA user_version = 3;",
	/* 4: speaker keys spell æ ø ð þ ı đ ł œ in ASCII ("Kjærgaard" is "Kjaergaard"): the
	 * stored keys have those letters respelled, and nothing else changed */
	"UPDATE speakers SET key = quoth_key_respell(key),"
	"  surname_key = quoth_key_respell(surname_key);"
	"PRAGMA user_version = 4;",
	/* 5: speaker keys respell the "dzh" of Russian and Central Asian names ("Dzhaksybekov"
	 * is "Jaksybekov"); nothing else changed */
	"UPDATE speakers SET key = quoth_key_translit(key),"
	"  surname_key = quoth_key_translit(surname_key);"
	"PRAGMA user_version = 5;",
	/* 6: the consonant keys of people's names (speaker_skel_key), which gather the forms
	 * of a name the surname key keeps apart (in one word or two, "Ben Ali" and "Benali";
	 * with a lineage word, "Rana Tariq Mahmood"); filled from the names stored.
	 * An unnamed speaker's key holds its article ("a senior official @12"): it has none. */
	"CREATE TABLE speaker_skels ("
	"  skel TEXT NOT NULL,"
	"  speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,"
	"  PRIMARY KEY (skel, speaker_id)) WITHOUT ROWID;"
	"CREATE INDEX speaker_skels_speaker ON speaker_skels(speaker_id);"
	"INSERT OR IGNORE INTO speaker_skels(skel, speaker_id)"
	"  SELECT quoth_skel_family(name), id FROM speakers"
	"  WHERE is_org = 0 AND instr(key, '@') = 0 AND quoth_skel_family(name) IS NOT NULL;"
	"INSERT OR IGNORE INTO speaker_skels(skel, speaker_id)"
	"  SELECT quoth_skel_words(name), id FROM speakers"
	"  WHERE is_org = 0 AND instr(key, '@') = 0 AND quoth_skel_words(name) IS NOT NULL;"
	"PRAGMA user_version = 6;",
	/* 7: the keys of Korean names as romanizations write them (speaker_skel_key 2:
	 * "Chung Dae-sik" and "Jeong Dae-sik", "Kim Tae-woo" and "Kim Tae-u"), filled from
	 * the names stored */
	"INSERT OR IGNORE INTO speaker_skels(skel, speaker_id)"
	"  SELECT quoth_skel_romanized(name), id FROM speakers"
	"  WHERE is_org = 0 AND instr(key, '@') = 0 AND quoth_skel_romanized(name) IS NOT NULL;"
	"PRAGMA user_version = 7;",
	/* 8: the same keys for Vietnamese names in either order (speaker_skel_key 2: "Lan
	 * Nguyen" and "Nguyen Thi Lan" give "vi:nguyen lan"), filled from the names stored */
	"INSERT OR IGNORE INTO speaker_skels(skel, speaker_id)"
	"  SELECT quoth_skel_romanized(name), id FROM speakers"
	"  WHERE is_org = 0 AND instr(key, '@') = 0 AND quoth_skel_romanized(name) LIKE 'vi:%';"
	"PRAGMA user_version = 8;",
};
#define MIGRATION_COUNT ((int)(sizeof migrations / sizeof migrations[0]))
_Static_assert(QUOTE_SCARE == QUOTE_SCARE_VALUE, "migration 3 counts speech quotes");
_Static_assert(sizeof migrations / sizeof migrations[0] == STORE_SCHEMA_VERSION,
    "one migration per schema version");

static void
store_set_error(struct store *st, const char *what)
{
	free(st->error);
	st->error = xasprintf("%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
}

static void
store_set_message(struct store *st, const char *msg)
{
	free(st->error);
	st->error = xstrdup(msg);
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

/* SQL functions over one text argument, NULL for NULL: quoth_fold (text_fold), so a
 * correction compares the names written in articles the way every other name comparison
 * in quoth does; quoth_key_respell (speaker_key_respell) and quoth_key_translit
 * (speaker_key_translit), for the migrations that respell keys; quoth_skel_family,
 * quoth_skel_words and quoth_skel_romanized (speaker_skel_key 0, 1 and 2), for the ones
 * that fill speaker_skels. A
 * function returning NULL gives SQL NULL. */
struct store_sql_text_fn {
	const char *name;
	char *(*fn)(const char *s, size_t len);
};

static char *
store_key_respell_n(const char *s, size_t len)
{
	(void)len;
	return speaker_key_respell(s);
}

static char *
store_key_translit_n(const char *s, size_t len)
{
	(void)len;
	return speaker_key_translit(s);
}

static char *
store_skel_family_n(const char *s, size_t len)
{
	(void)len;
	return speaker_skel_key(s, 0);
}

static char *
store_skel_words_n(const char *s, size_t len)
{
	(void)len;
	return speaker_skel_key(s, 1);
}

static char *
store_skel_romanized_n(const char *s, size_t len)
{
	(void)len;
	return speaker_skel_key(s, 2);
}

static const struct store_sql_text_fn store_sql_fns[] = {
	{ "quoth_fold", text_fold },
	{ "quoth_key_respell", store_key_respell_n },
	{ "quoth_key_translit", store_key_translit_n },
	{ "quoth_skel_family", store_skel_family_n },
	{ "quoth_skel_words", store_skel_words_n },
	{ "quoth_skel_romanized", store_skel_romanized_n },
};

static void
store_sql_text(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const struct store_sql_text_fn *f = sqlite3_user_data(ctx);
	const char *v = (const char *)sqlite3_value_text(argv[0]);
	char *r;

	(void)argc;
	if (v == NULL) {
		sqlite3_result_null(ctx);
		return;
	}
	r = f->fn(v, (size_t)sqlite3_value_bytes(argv[0]));
	if (r == NULL)
		sqlite3_result_null(ctx);
	else
		sqlite3_result_text(ctx, r, -1, free);
}

struct store *
store_open(const char *path, char **err)
{
	struct store *st;
	struct stat sb;
	int version = 0, fd;
	const char *why;
	size_t i;

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
	/* Direct-only: the schema never depends on it, so other SQLite tools can open the
	 * store. */
	for (i = 0; i < sizeof store_sql_fns / sizeof store_sql_fns[0]; i++)
		if (sqlite3_create_function(st->db, store_sql_fns[i].name, 1, SQLITE_UTF8 |
		    SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY, (void *)&store_sql_fns[i],
		    store_sql_text, NULL, NULL) != SQLITE_OK) {
			*err = xasprintf("%s: %s", path, sqlite3_errmsg(st->db));
			store_close(st);
			return NULL;
		}

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

/* A bookmark as re-anchoring needs it. */
struct bm_anchor {
	int64_t id;
	size_t off;
	char *text, *before, *after;
};

/* bookmarks_reanchor: finds every bookmark of article_id again in its new body: found,
 * it moves there with fresh context; gone, it is flagged orphaned and keeps its words.
 * Bookmarks are never deleted here. The rows are read first because each is rewritten. */
static int
bookmarks_reanchor(struct store *st, int64_t article_id, const char *body, size_t len)
{
	sqlite3_stmt *s = stmt(st, STMT_BM_OF_ARTICLE);
	struct bm_anchor *v = NULL;
	size_t n = 0, cap = 0, i;
	int rc, ret = 0;

	sqlite3_bind_int64(s, 1, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		if (n == cap) {
			cap = cap == 0 ? 8 : cap * 2;
			v = xreallocarray(v, cap, sizeof *v);
		}
		v[n].id = sqlite3_column_int64(s, 0);
		v[n].off = (size_t)sqlite3_column_int64(s, 1);
		v[n].text = col_strdup(s, 2);
		v[n].before = col_strdup(s, 3);
		v[n].after = col_strdup(s, 4);
		n++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_set_error(st, "reading bookmarks");
		ret = -1;
	}
	for (i = 0; i < n && ret == 0; i++) {
		struct anchor an;
		size_t off, got;

		an.off = v[i].off;
		an.text = v[i].text != NULL ? v[i].text : "";
		an.len = strlen(an.text);
		an.before = v[i].before != NULL ? v[i].before : "";
		an.after = v[i].after != NULL ? v[i].after : "";
		if (an.len > 0 && anchor_find(body, len, &an, &off, &got) == 0 && got > 0 &&
		    off <= len && got <= len - off) {
			char *before, *after;

			anchor_context(body, len, off, got, &before, &after);
			s = stmt(st, STMT_BM_MOVE);
			sqlite3_bind_int64(s, 1, v[i].id);
			sqlite3_bind_int64(s, 2, (sqlite3_int64)off);
			sqlite3_bind_int64(s, 3, (sqlite3_int64)got);
			sqlite3_bind_text(s, 4, body + off, (int)got, SQLITE_STATIC);
			bind_text(s, 5, before);
			bind_text(s, 6, after);
			ret = run(st, s, "moving a bookmark");
			free(before);
			free(after);
		} else {
			s = stmt(st, STMT_BM_ORPHAN);
			sqlite3_bind_int64(s, 1, v[i].id);
			ret = run(st, s, "orphaning a bookmark");
		}
	}
	for (i = 0; i < n; i++) {
		free(v[i].text);
		free(v[i].before);
		free(v[i].after);
	}
	free(v);
	return ret;
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
		if (run(st, s, "updating an article") != 0 ||
		    bookmarks_reanchor(st, id, a->body, a->body_len) != 0)
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

/* Whether id is among the n ids of taken. */
static bool
id_taken(const int64_t *taken, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (taken[i] == id)
			return true;
	return false;
}

/* Steps s, whose rows are (id, name), and counts the people not among taken (n ids) whom
 * speaker_same_person (speaker_same_spelling when spelling is true) takes for name; the
 * last of them in *cand. -1 on an error. */
static int
count_same_person(struct store *st, sqlite3_stmt *s, const char *name, const char *role,
    const int64_t *taken, size_t ntaken, bool spelling, int64_t *cand)
{
	int n = 0, step;
	char *k2 = spelling ? speaker_skel_key(name, 2) : NULL;
	/* a Vietnamese name in the other order ("Hung Le", "Le Hung") joins no one whose role
	 * differs, as a name respelled across languages does not (a Korean romanization's
	 * key is narrow enough alone) */
	bool vi = k2 != NULL && strncmp(k2, "vi:", 3) == 0;

	free(k2);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		int64_t cid = sqlite3_column_int64(s, 0);
		const char *other = (const char *)sqlite3_column_text(s, 1);
		const char *roles = vi ? (const char *)sqlite3_column_text(s, 2) : NULL;

		if (!id_taken(taken, ntaken, cid) && (spelling ? (speaker_same_spelling(other, name) ||
		    (speaker_same_romanized(other, name) && (roles == NULL || role == NULL ||
		    speaker_roles_share(roles, role)))) : speaker_same_person(other, name, false))) {
			*cand = cid;
			n++;
		}
	}
	sqlite3_reset(s);
	if (step != SQLITE_DONE) {
		store_set_error(st, "looking up a speaker");
		return -1;
	}
	return n;
}

/* The one person stored whose name is name (its key given) with a family name more or one
 * fewer, as Spanish and Portuguese copy writes a name with both family names or the first
 * alone (speaker_same_person decides); 0 in *id when none is, or more than one. */
static int
second_surname_match(struct store *st, const char *key, const char *name, int64_t *id)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_BY_KEY_LONGER);
	const char *sp = strrchr(key, ' ');
	int64_t cand = 0;
	int n, step;

	*id = 0;
	bind_text(s, 1, key);
	if ((n = count_same_person(st, s, name, NULL, NULL, 0, false, &cand)) < 0)
		return -1;
	/* the shorter name: the key without its last word, looked up whole */
	if (n == 0 && sp != NULL && strchr(key, ' ') != sp) {
		char *shorter = xstrndup(key, (size_t)(sp - key));

		s = stmt(st, STMT_SPK_PERSON_BY_KEY);
		bind_text(s, 1, shorter);
		step = sqlite3_step(s);
		if (step == SQLITE_ROW &&
		    speaker_same_person((const char *)sqlite3_column_text(s, 1), name, false)) {
			cand = sqlite3_column_int64(s, 0);
			n = 1;
		}
		sqlite3_reset(s);
		free(shorter);
		if (step != SQLITE_ROW && step != SQLITE_DONE) {
			store_set_error(st, "looking up a speaker");
			return -1;
		}
	}
	if (n == 1)
		*id = cand;
	return 0;
}

/* The one person stored under another spelling of the family name sur (surname key),
 * who speaker_same_person says is name: "Khaled Al Mansoori" in one story is "Khalid
 * al-Mansouri" in another, "Saparbaev" is "Saparbayev". The candidates share the first
 * four letters of the family name, so the lookup stays a range on an index; 0 in *id when
 * no one, or more than one, is. Those in taken are passed over. */
static int
respelled_match(struct store *st, const char *sur, const char *name, const int64_t *taken,
    size_t ntaken, int64_t *id)
{
	sqlite3_stmt *s;
	char lo[5], hi[5];
	int64_t cand = 0;
	int n;

	*id = 0;
	if (strlen(sur) < 5 || (unsigned char)sur[3] == 0xff)
		return 0;
	memcpy(lo, sur, 4);
	lo[4] = '\0';
	memcpy(hi, lo, 5);
	hi[3] = (char)((unsigned char)hi[3] + 1);
	s = stmt(st, STMT_SPK_BY_SURNAME_PREFIX);
	bind_text(s, 1, sur);
	bind_text(s, 2, lo);
	bind_text(s, 3, hi);
	if ((n = count_same_person(st, s, name, NULL, taken, ntaken, false, &cand)) < 0)
		return -1;
	if (n == 1)
		*id = cand;
	return 0;
}

/* The one person stored, not among taken, one of whose names gave one of name's consonant
 * keys (speaker_skel_key) and whose name speaker_same_spelling says is name: "Tariq
 * Mahmood" in one story is "Rana Tariq Mahmood" in another, "Youssef Benali" is "Yousef
 * Ben Ali"; 0 in *id when no one, or more than one, is. */
static int
skel_match(struct store *st, char *const skel[3], const char *name, const char *role,
    const int64_t *taken, size_t ntaken, int64_t *id)
{
	sqlite3_stmt *s;
	int64_t cand = 0;
	int n;

	*id = 0;
	if (skel[0] == NULL && skel[1] == NULL && skel[2] == NULL)
		return 0;
	s = stmt(st, STMT_SPK_BY_SKEL);
	bind_text(s, 1, skel[0]);
	bind_text(s, 2, skel[1]);
	bind_text(s, 3, skel[2]);
	if ((n = count_same_person(st, s, name, role, taken, ntaken, true, &cand)) < 0)
		return -1;
	if (n == 1)
		*id = cand;
	return 0;
}

/* Records the consonant keys skel (speaker_skel_key 0 and 1, each NULL for none) of one
 * of person id's names. */
static int
add_skels(struct store *st, int64_t id, char *const skel[3])
{
	int which;

	for (which = 0; which < 3; which++) {
		sqlite3_stmt *s;

		if (skel[which] == NULL)
			continue;
		s = stmt(st, STMT_SPK_SKEL_ADD);
		bind_text(s, 1, skel[which]);
		sqlite3_bind_int64(s, 2, id);
		if (run(st, s, "adding a speaker key") != 0)
			return -1;
	}
	return 0;
}

/* The body stored under key without its legal form, or with one (speaker_org_base),
 * into *id; 0 in *id when there is none. -1 on a database error. */
static int
org_base_match(struct store *st, const char *key, int64_t *id)
{
	char *base = speaker_org_base(key);
	sqlite3_stmt *s = stmt(st, STMT_SPK_ORG_BY_BASE);
	int step;

	*id = 0;
	bind_text(s, 1, base);
	while ((step = sqlite3_step(s)) == SQLITE_ROW) {
		const char *okey = (const char *)sqlite3_column_text(s, 1);
		char *other = speaker_org_base(okey);
		bool same = strcmp(other, base) == 0 && !speaker_org_forms_clash(okey, key);

		free(other);
		if (same) {
			*id = sqlite3_column_int64(s, 0);
			break;
		}
	}
	sqlite3_reset(s);
	free(base);
	if (step != SQLITE_ROW && step != SQLITE_DONE) {
		store_set_error(st, "looking up a speaker");
		return -1;
	}
	return 0;
}

/* resolve_speaker: the store-wide id for an article's entity: the same key, or one
 * candidate with the same surname that speaker_same_person accepts, or the one person
 * stored with a second family name more or fewer or the family name respelled (by its
 * first letters, then by its consonants); else a new speaker.
 * A candidate another entity of the same article has taken (taken[0, ntaken)) is
 * passed over: the extraction told the two apart ("Kerry Ashdown" and her husband, "Mr
 * Ashdown"). The display name becomes the fullest form seen; on a tie the one with
 * diacritics ("Zoë" over "Zoe"), since a transliteration loses what the original keeps. */
static int
resolve_speaker(struct store *st, int64_t article_id, const struct quote_entity *e,
    const int64_t *taken, size_t ntaken, int64_t *out)
{
	sqlite3_stmt *s;
	char *key = speaker_key(e->name), *sur, *skel[3] = { NULL, NULL, NULL };
	int64_t id = 0, cand = 0;
	int ncand = 0, nsame = 0, rc = -1, step;
	size_t i;

	/* "a senior official" in one story is nobody's namesake in another: an unnamed
	 * speaker's key is its article's, and it never joins anyone by surname */
	if (e->unnamed) {
		struct buf b;

		buf_init(&b);
		buf_printf(&b, "%s @%lld", key, (long long)article_id);
		free(key);
		key = buf_detach(&b);
		sur = xstrdup(key);
	} else {
		sur = speaker_surname_key(e->name);
	}

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

	/* "Narmada Setu Constructions Pvt Ltd" in one story is "Narmada Setu Constructions"
	 * in another: a body's name with its legal form or without */
	if (id == 0 && e->is_org && !e->unnamed && org_base_match(st, key, &id) != 0)
		goto out;
	/* a name found by its key has its consonant keys stored with it already */
	if (id == 0 && !e->unnamed && !e->is_org) {
		skel[0] = speaker_skel_key(e->name, 0);
		skel[1] = speaker_skel_key(e->name, 1);
		skel[2] = speaker_skel_key(e->name, 2);
	}
	if (id == 0 && !e->unnamed) {
		s = stmt(st, STMT_SPK_BY_SURNAME);
		bind_text(s, 1, sur);
		sqlite3_bind_int(s, 2, e->is_org != 0);
		while ((step = sqlite3_step(s)) == SQLITE_ROW) {
			const char *name = (const char *)sqlite3_column_text(s, 1);
			const char *roles = (const char *)sqlite3_column_text(s, 2);

			if (id_taken(taken, ntaken, sqlite3_column_int64(s, 0)))
				continue;
			ncand++;
			int agree = roles_agree(roles, e->role);

			/* a name respelled across languages joins no one whose role differs
			 * ("Oleksandr Melnyk", a medic, and "Alexander Melnyk", an MP) */
			if (speaker_same_person(name, e->name, agree) && (agree || roles == NULL ||
			    e->role == NULL || speaker_roles_share(roles, e->role) ||
			    speaker_same_person_plain(name, e->name, agree))) {
				nsame++;
				if (cand == 0)
					cand = sqlite3_column_int64(s, 0);
			}
		}
		sqlite3_reset(s);
		if (step != SQLITE_DONE) {
			store_set_error(st, "looking up a speaker");
			goto out;
		}
		/* A surname-only entity matches only when it is unambiguous; so do initials
		 * ("SK Tiwari" with both Sunil and Santosh Kumar Tiwari stored is neither) */
		if (cand != 0 && ((strchr(e->name, ' ') != NULL && !speaker_surname_only(e->name) &&
		    !(speaker_initials(e->name) != 0 && nsame > 1)) || ncand == 1))
			id = cand;
	}
	/* "Carlos Ibanez" in one story, "Carlos Ibáñez Ferrer" in another: the same name
	 * with or without a second family name, whose surname key differs; then a family
	 * name spelled another way ("Khaled Al Mansoori", "Khalid al-Mansouri") */
	if (id == 0 && !e->unnamed && !e->is_org && strchr(key, ' ') != NULL &&
	    (second_surname_match(st, key, e->name, &id) != 0 ||
	    (id == 0 && respelled_match(st, sur, e->name, taken, ntaken, &id) != 0) ||
	    (id == 0 && skel_match(st, skel, e->name, e->role, taken, ntaken, &id) != 0)))
		goto out;

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
	if (add_skels(st, id, skel) != 0)
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
	free(skel[0]);
	free(skel[1]);
	free(skel[2]);
	return rc;
}

static int corrections_apply(struct store *st, int64_t article_id);

/* Recounts the kept speech-quote and article counts of one speaker. */
static int
recount_speaker(struct store *st, int64_t id)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_RECOUNT_ONE);

	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int(s, 2, QUOTE_SCARE);
	return run(st, s, "counting a speaker's quotes");
}

/* Recounts every speaker: after corrections, which move quotes anywhere. */
static int
recount_speakers(struct store *st)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_RECOUNT_ALL);

	sqlite3_bind_int(s, 1, QUOTE_SCARE);
	return run(st, s, "counting speakers' quotes");
}

/* The speakers an article quotes now (caller frees *ids). */
static int
article_speakers(struct store *st, int64_t article_id, int64_t **ids, size_t *n)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_ART_SPEAKERS);
	int rc;

	*ids = NULL;
	*n = 0;
	sqlite3_bind_int64(s, 1, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*ids = xreallocarray(*ids, *n + 1, sizeof **ids);
		(*ids)[(*n)++] = sqlite3_column_int64(s, 0);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		store_set_error(st, "reading an article's speakers");
		free(*ids);
		*ids = NULL;
		*n = 0;
		return -1;
	}
	return 0;
}

/* Recounts the speakers an article quoted before (before[0..nbefore)) and quotes now. */
static int
recount_article_speakers(struct store *st, int64_t article_id, const int64_t *before,
    size_t nbefore)
{
	int64_t *now;
	size_t n, i;
	int rc = 0;

	if (article_speakers(st, article_id, &now, &n) != 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++)
		rc = recount_speaker(st, now[i]);
	for (i = 0; i < nbefore && rc == 0; i++)
		rc = recount_speaker(st, before[i]);
	free(now);
	return rc;
}

int
store_quotes_set(struct store *st, int64_t article_id, const char *body, size_t body_len,
    const struct quote_result *r)
{
	sqlite3_stmt *s;
	int64_t *ids = NULL, *before = NULL;
	size_t i, nbefore = 0;
	int rc = -1;

	if (article_speakers(st, article_id, &before, &nbefore) != 0)
		return -1;
	s = stmt(st, STMT_Q_DELETE);
	sqlite3_bind_int64(s, 1, article_id);
	if (run(st, s, "clearing quotes") != 0) {
		free(before);
		return -1;
	}

	if (r->nentities > 0)
		ids = xcalloc(r->nentities, sizeof *ids);
	for (i = 0; i < r->nentities; i++) {
		/* Only entities that are credited with a quote become speakers. */
		size_t j;
		int used = 0;

		for (j = 0; j < r->nspans && !used; j++)
			used = r->spans[j].entity == (int)i && r->spans[j].kind != QUOTE_SCARE;
		if (used && resolve_speaker(st, article_id, &r->entities[i], ids, i, &ids[i]) != 0)
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
	if (rc == 0)
		rc = recount_article_speakers(st, article_id, before, nbefore);
out:
	free(ids);
	free(before);
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
	free(r->also_outlets);
	memset(r, 0, sizeof *r);
}

/* also_outlets: the outlets (titles where the outlet is unknown) of the other articles
 * whose quotation has text_key, distinct and sorted, ", "-joined; NULL when none. A
 * statement of its own, stepped to the end while the listing's cursor waits. */
static int
also_outlets(struct store *st, const char *key, int64_t article_id, char **out)
{
	sqlite3_stmt *s = stmt(st, STMT_Q_ALSO_OUTLETS);
	struct buf b;
	int rc;

	*out = NULL;
	buf_init(&b);
	bind_text(s, 1, key);
	sqlite3_bind_int64(s, 2, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *o = (const char *)sqlite3_column_text(s, 0);

		if (o == NULL)
			continue;
		if (b.len > 0)
			buf_adds(&b, ", ");
		buf_adds(&b, o);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		buf_free(&b);
		store_set_error(st, "listing the outlets of a quotation");
		return -1;
	}
	if (b.len > 0)
		*out = buf_detach(&b);
	buf_free(&b);
	return 0;
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
		if (r.also_in > 0 && also_outlets(st, (const char *)sqlite3_column_text(s, 20),
		    r.article_id, &r.also_outlets) != 0) {
			store_quote_row_free(&r);
			sqlite3_reset(s);
			return -1;
		}
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

static int speakers_rows(struct store *st, sqlite3_stmt *s,
    int (*fn)(const struct store_speaker_row *, void *), void *ctx);

int
store_speakers_each(struct store *st, int (*fn)(const struct store_speaker_row *, void *),
    void *ctx)
{
	return speakers_rows(st, stmt(st, STMT_SPK_EACH), fn, ctx);
}

int
store_speakers_brief(struct store *st, int (*fn)(const struct store_speaker_row *, void *),
    void *ctx)
{
	return speakers_rows(st, stmt(st, STMT_SPK_BRIEF), fn, ctx);
}

static int
speakers_rows(struct store *st, sqlite3_stmt *s,
    int (*fn)(const struct store_speaker_row *, void *), void *ctx)
{
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

void
store_speaker_row_free(struct store_speaker_row *r)
{
	free(r->name);
	free(r->aliases);
	free(r->roles);
	memset(r, 0, sizeof *r);
}

/* store_speaker_get: unlike the listing, a speaker left without quotes (after a
 * correction) is still found, with counts of 0. */
int
store_speaker_get(struct store *st, int64_t id, struct store_speaker_row *out)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_GET);
	const char *al, *ro;
	int rc;

	memset(out, 0, sizeof *out);
	sqlite3_bind_int(s, 1, QUOTE_SCARE);
	sqlite3_bind_int64(s, 2, id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		if (rc != SQLITE_DONE) {
			store_set_error(st, "finding a speaker");
			return -1;
		}
		free(st->error);
		st->error = xasprintf("no speaker with id %lld", (long long)id);
		return 1;
	}
	al = (const char *)sqlite3_column_text(s, 3);
	ro = (const char *)sqlite3_column_text(s, 4);
	out->id = sqlite3_column_int64(s, 0);
	out->name = col_strdup(s, 1);
	out->is_org = sqlite3_column_int(s, 2);
	out->aliases = xstrdup(al != NULL ? al : "");
	out->roles = xstrdup(ro != NULL ? ro : "");
	out->quote_count = sqlite3_column_int(s, 5);
	out->article_count = sqlite3_column_int(s, 6);
	sqlite3_reset(s);
	return 0;
}

int
store_speaker_next_article(struct store *st, int64_t speaker_id, int64_t article_id, int dir,
    int64_t *out)
{
	sqlite3_stmt *s;
	char *key;
	int rc;

	*out = 0;
	if (dir == 0) {
		store_set_message(st, "store_speaker_next_article: no direction");
		return -1;
	}
	s = stmt(st, STMT_ART_ORDER_KEY);
	sqlite3_bind_int64(s, 1, article_id);
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW) {
		sqlite3_reset(s);
		if (rc != SQLITE_DONE)
			store_set_error(st, "finding an article");
		else {
			free(st->error);
			st->error = xasprintf("%s: no article %lld", st->path,
			    (long long)article_id);
		}
		return -1;
	}
	key = col_strdup(s, 0);
	sqlite3_reset(s);
	s = stmt(st, dir > 0 ? STMT_SPK_NEXT_ART : STMT_SPK_PREV_ART);
	sqlite3_bind_int64(s, 1, speaker_id);
	sqlite3_bind_int(s, 2, QUOTE_SCARE);
	bind_text(s, 3, key);
	sqlite3_bind_int64(s, 4, article_id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	free(key);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE) {
		store_set_error(st, "finding a speaker's next article");
		return -1;
	}
	return 1;
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

static const char *const fix_names[] = { "reassign", "not-quote", "merge", "rename", "split" };

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

/* split_speaker: the speaker correction cid split off, made (named name, a person or an
 * organisation like from, holding the alias tagged with cid) when it does not exist,
 * which is the case after every reindex that left it without quotes. */
static int
split_speaker(struct store *st, int64_t cid, int64_t from, const char *name,
    const char *fold, int64_t *to)
{
	sqlite3_stmt *s = stmt(st, STMT_SPLIT_FIND);
	char *key, *sur;
	int rc;

	*to = 0;
	sqlite3_bind_int64(s, 1, cid);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		*to = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(st, "finding a split speaker");
		return -1;
	}
	if (*to != 0)
		return 0;
	key = speaker_key(name);
	sur = speaker_surname_key(name);
	s = stmt(st, STMT_SPLIT_NEW);
	bind_text(s, 1, name);
	bind_text(s, 2, key);
	bind_text(s, 3, sur);
	sqlite3_bind_int64(s, 4, from);
	rc = run(st, s, "adding a split speaker");
	free(key);
	free(sur);
	if (rc != 0)
		return -1;
	*to = sqlite3_last_insert_rowid(st->db);
	s = stmt(st, STMT_SPLIT_ALIAS);
	sqlite3_bind_int64(s, 1, *to);
	bind_text(s, 2, name);
	bind_text(s, 3, fold);
	sqlite3_bind_int64(s, 4, cid);
	return run(st, s, "adding a split speaker");
}

/* folds_to_name: speaker id's display name folds to fold. */
static bool
folds_to_name(struct store *st, int64_t id, const char *fold)
{
	sqlite3_stmt *s = stmt(st, STMT_SPK_NAME);
	bool same = false;

	sqlite3_bind_int64(s, 1, id);
	if (sqlite3_step(s) == SQLITE_ROW) {
		const char *v = (const char *)sqlite3_column_text(s, 0);
		char *f = text_fold(v != NULL ? v : "", v != NULL ? strlen(v) : 0);

		same = strcmp(f, fold) == 0;
		free(f);
	}
	sqlite3_reset(s);
	return same;
}

/* apply_split: alias name (folded fold) of the speaker named target (tfold) becomes a
 * speaker of its own: the alias row and the quotes whose written mention folds to fold
 * move to it. A mention is compared whole ("Kowalczyk" moves the quotes attributed to
 * "Kowalczyk", not those to "Marta Kowalczyk" or "she"). Waits, like a merge, while no
 * speaker is named target; does nothing once the alias has become target's display
 * name, which a split must never take away. */
static int
apply_split(struct store *st, int64_t cid, const char *name, const char *fold,
    const char *tfold, int64_t article_id)
{
	sqlite3_stmt *s;
	int64_t from, to;
	char *written;
	int rc;

	if (speaker_by_fold(st, tfold, &from) != 0)
		return -1;
	if (from == 0 || folds_to_name(st, from, fold))
		return 0;
	/* The new speaker is named as the articles wrote the alias, not as it was typed. */
	s = stmt(st, STMT_SPLIT_WRITTEN);
	sqlite3_bind_int64(s, 1, from);
	bind_text(s, 2, fold);
	rc = sqlite3_step(s);
	written = rc == SQLITE_ROW ? col_strdup(s, 0) : NULL;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(st, "finding a speaker's names");
		return -1;
	}
	rc = split_speaker(st, cid, from, written != NULL ? written : name, fold, &to);
	free(written);
	if (rc != 0)
		return -1;
	if (to == from)
		return 0;
	s = stmt(st, STMT_SPLIT_DROP_ALIAS);
	sqlite3_bind_int64(s, 1, from);
	bind_text(s, 2, fold);
	if (run(st, s, "splitting a speaker") != 0)
		return -1;
	s = stmt(st, article_id != 0 ? STMT_SPLIT_MOVE_ART : STMT_SPLIT_MOVE_ALL);
	sqlite3_bind_int64(s, 1, from);
	sqlite3_bind_int64(s, 2, to);
	bind_text(s, 3, fold);
	if (article_id != 0)
		sqlite3_bind_int64(s, 4, article_id);
	return run(st, s, "splitting a speaker");
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
	case STORE_FIX_SPLIT:
		if (name == NULL || fold == NULL || tfold == NULL)
			break;
		rc = apply_split(st, cid, name, fold, tfold, article_id);
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

	if (corrections_apply(st, 0) != 0 || recount_speakers(st) != 0)
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

/* split_check: 0 when name (folded fold) is another name of the speaker named target,
 * so splitting it off makes sense; 1 with the reason in store_error when not. */
static int
split_check(struct store *st, const char *name, const char *fold, const char *target,
    const char *tfold)
{
	sqlite3_stmt *s;
	int64_t id;
	char *sname, *starget;
	int rc;

	if (speaker_by_fold(st, tfold, &id) != 0)
		return -1;
	sname = text_display(name, strlen(name));
	starget = text_display(target, strlen(target));
	rc = 1;
	free(st->error);
	st->error = NULL;
	if (id == 0) {
		st->error = xasprintf("no speaker matches '%s' (see 'quoth speakers')", starget);
	} else if (strcmp(fold, tfold) == 0 || folds_to_name(st, id, fold)) {
		st->error = xasprintf("'%s' is the speaker's own name; only another name of it "
		    "can be split off", sname);
	} else {
		s = stmt(st, STMT_SPLIT_IS_ALIAS);
		sqlite3_bind_int64(s, 1, id);
		bind_text(s, 2, fold);
		rc = sqlite3_step(s);
		sqlite3_reset(s);
		if (rc == SQLITE_ROW)
			rc = 0;
		else if (rc == SQLITE_DONE) {
			st->error = xasprintf("'%s' is not a name of speaker '%s' (see 'quoth "
			    "speakers')", sname, starget);
			rc = 1;
		} else {
			store_set_error(st, "finding a speaker's names");
			rc = -1;
		}
	}
	free(sname);
	free(starget);
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

	if (kind != STORE_FIX_MERGE && kind != STORE_FIX_RENAME && kind != STORE_FIX_SPLIT) {
		store_set_message(st, "not a speaker correction");
		return -1;
	}
	if (blank(name) || blank(target)) {
		store_set_message(st, "a speaker's name cannot be empty");
		return 1;
	}
	fold = text_fold(name, strlen(name));
	tfold = text_fold(target, strlen(target));
	if (kind == STORE_FIX_SPLIT) {
		if ((rc = split_check(st, name, fold, target, tfold)) == 0)
			rc = cor_insert(st, kind, 0, NULL, NULL, name, target, NULL, fix_id);
		goto out;
	}
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

/* undo_split: the split speaker's quotes and the alias (as the articles wrote it) go
 * back to the speaker named by target fold tfold, and the split speaker is removed, so
 * extraction cannot find it by its key again. With no such speaker left, the split
 * speaker stays as an ordinary one. */
static int
undo_split(struct store *st, int64_t cid, const char *name, const char *tfold)
{
	sqlite3_stmt *s = stmt(st, STMT_SPLIT_FIND);
	int64_t from, to = 0;
	char *written = NULL;
	int rc;

	sqlite3_bind_int64(s, 1, cid);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		to = sqlite3_column_int64(s, 0);
		written = col_strdup(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_set_error(st, "finding a split speaker");
		return -1;
	}
	if (speaker_by_fold(st, tfold, &from) != 0) {
		free(written);
		return -1;
	}
	if (from == 0 || from == to) {
		free(written);
		s = stmt(st, STMT_ALIAS_KEEP);
		sqlite3_bind_int64(s, 1, cid);
		return run(st, s, "keeping a split speaker");
	}
	rc = add_alias(st, from, written != NULL ? written : name);
	free(written);
	if (rc != 0)
		return -1;
	if (to == 0)
		return 0;
	s = stmt(st, STMT_SPLIT_UNDO);
	sqlite3_bind_int64(s, 1, to);
	sqlite3_bind_int64(s, 2, from);
	if (run(st, s, "undoing a split") != 0)
		return -1;
	s = stmt(st, STMT_SPK_DELETE);
	sqlite3_bind_int64(s, 1, to);
	return run(st, s, "undoing a split");
}

int
store_correction_delete(struct store *st, int64_t id)
{
	sqlite3_stmt *s = stmt(st, STMT_COR_GET);
	char *kind, *fold, *old, *name, *tfold;
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
	name = col_strdup(s, 3);
	tfold = col_strdup(s, 4);
	sqlite3_reset(s);
	rc = 0;
	if (fix_parse(kind) == STORE_FIX_SPLIT && name != NULL && tfold != NULL)
		rc = undo_split(st, id, name, tfold);
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
	if (rc == 0)
		rc = recount_speakers(st); /* an undone split moved quotes back */
	free(kind);
	free(fold);
	free(old);
	free(name);
	free(tfold);
	return rc;
}

/* bm_begin: the write transaction of one bookmark call. Bookmarks are written the moment
 * they are made, so a call inside the caller's transaction is a bug: its bookmark would
 * be lost with a rollback the reader never asked for. */
static int
bm_begin(struct store *st, const char *what)
{
	char *msg = NULL;

	if (!sqlite3_get_autocommit(st->db)) {
		free(st->error);
		st->error = xasprintf("%s: %s: not allowed inside a transaction", st->path, what);
		return -1;
	}
	if (exec_retry(st, "BEGIN IMMEDIATE", &msg) != SQLITE_OK) {
		free(st->error);
		st->error = xasprintf("%s: %s: %s", st->path, what,
		    msg != NULL ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		return -1;
	}
	return 0;
}

/* bm_end: commits when rc is 0, else rolls back; returns rc, or -1 when the commit
 * fails. */
static int
bm_end(struct store *st, int rc, const char *what)
{
	char *msg = NULL;

	if (rc == 0 && exec_retry(st, "COMMIT", &msg) != SQLITE_OK) {
		free(st->error);
		st->error = xasprintf("%s: %s: %s", st->path, what,
		    msg != NULL ? msg : sqlite3_errmsg(st->db));
		sqlite3_free(msg);
		rc = -1;
	}
	if (rc != 0)
		store_rollback(st);
	return rc;
}

void
store_bookmark_free(struct store_bookmark *b)
{
	free(b->text);
	free(b->before);
	free(b->after);
	free(b->note);
	free(b->speaker);
	free(b->title);
	free(b->outlet);
	free(b->date);
	free(b->url);
	free(b->source);
	memset(b, 0, sizeof *b);
}

/* bm_fill: a bookmark from the current row of a BM_SELECT statement. */
static void
bm_fill(sqlite3_stmt *s, struct store_bookmark *b)
{
	b->id = sqlite3_column_int64(s, 0);
	b->article_id = sqlite3_column_int64(s, 1);
	b->off = (size_t)sqlite3_column_int64(s, 2);
	b->len = (size_t)sqlite3_column_int64(s, 3);
	b->text = col_strdup(s, 4);
	b->before = col_strdup(s, 5);
	b->after = col_strdup(s, 6);
	b->note = col_strdup(s, 7);
	b->speaker_id = sqlite3_column_int64(s, 8);
	b->speaker = col_strdup(s, 9);
	b->orphaned = sqlite3_column_int(s, 10) != 0;
	b->created = sqlite3_column_int64(s, 11);
	b->title = col_strdup(s, 12);
	b->outlet = col_strdup(s, 13);
	b->date = col_strdup(s, 14);
	b->url = col_strdup(s, 15);
	b->source = col_strdup(s, 16);
}

/* bm_read: bookmark id into *out (zeroed first); 0, 1 when absent, or -1. */
static int
bm_read(struct store *st, int64_t id, struct store_bookmark *out)
{
	sqlite3_stmt *s = stmt(st, STMT_BM_GET);
	int rc;

	memset(out, 0, sizeof *out);
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		bm_fill(s, out);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE) {
		store_set_error(st, "reading a bookmark");
		return -1;
	}
	free(st->error);
	st->error = xasprintf("no bookmark with id %lld", (long long)id);
	return 1;
}

/* article_body: a copy of article id's body; 0, 1 when there is no such article, or -1. */
static int
article_body(struct store *st, int64_t id, char **body, size_t *len)
{
	sqlite3_stmt *s = stmt(st, STMT_ART_BODY);
	int rc;

	*body = NULL;
	*len = 0;
	sqlite3_bind_int64(s, 1, id);
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*len = (size_t)sqlite3_column_bytes(s, 0);
		*body = xstrndup((const char *)sqlite3_column_text(s, 0), *len);
	}
	sqlite3_reset(s);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE) {
		store_set_error(st, "reading an article");
		return -1;
	}
	free(st->error);
	st->error = xasprintf("no article with id %lld", (long long)id);
	return 1;
}

/* utf8_inside: byte i of s[0..len) continues a UTF-8 sequence, so a range may not start
 * or end there. */
static bool
utf8_inside(const char *s, size_t len, size_t i)
{
	return i < len && ((unsigned char)s[i] & 0xc0) == 0x80;
}

static int
bm_add(struct store *st, struct store_bookmark *b)
{
	sqlite3_stmt *s;
	struct store_bookmark got;
	char *body, *before = NULL, *after = NULL;
	const char *note = b->note != NULL && *b->note != '\0' ? b->note : NULL;
	size_t len;
	int64_t now = (int64_t)time(NULL);
	int rc;

	if ((rc = article_body(st, b->article_id, &body, &len)) != 0)
		return rc;
	if (b->len == 0 || b->off > len || b->len > len - b->off ||
	    utf8_inside(body, len, b->off) || utf8_inside(body, len, b->off + b->len)) {
		free(st->error);
		st->error = xasprintf("bytes %zu+%zu are not a passage of article %lld "
		    "(%zu bytes)", b->off, b->len, (long long)b->article_id, len);
		free(body);
		return 1;
	}
	anchor_context(body, len, b->off, b->len, &before, &after);
	s = stmt(st, STMT_BM_INSERT);
	sqlite3_bind_int64(s, 1, b->article_id);
	sqlite3_bind_int64(s, 2, (sqlite3_int64)b->off);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)b->len);
	sqlite3_bind_text(s, 4, body + b->off, (int)b->len, SQLITE_STATIC);
	bind_text(s, 5, before);
	bind_text(s, 6, after);
	bind_text(s, 7, note);
	if (b->speaker_id != 0)
		sqlite3_bind_int64(s, 8, b->speaker_id);
	bind_text(s, 9, b->speaker);
	sqlite3_bind_int64(s, 10, now);
	rc = run(st, s, "adding a bookmark");
	free(body);
	free(before);
	free(after);
	if (rc != 0)
		return -1;
	if ((rc = bm_read(st, sqlite3_last_insert_rowid(st->db), &got)) != 0)
		return -1;
	/* The caller's note and speaker stay the caller's; the rest is ours to fill. */
	b->id = got.id;
	b->text = got.text;
	b->before = got.before;
	b->after = got.after;
	b->orphaned = got.orphaned;
	b->created = got.created;
	b->title = got.title;
	b->outlet = got.outlet;
	b->date = got.date;
	b->url = got.url;
	b->source = got.source;
	free(got.note);
	free(got.speaker);
	return 0;
}

int
store_bookmark_add(struct store *st, struct store_bookmark *b)
{
	if (bm_begin(st, "adding a bookmark") != 0)
		return -1;
	return bm_end(st, bm_add(st, b), "adding a bookmark");
}

int
store_bookmark_get(struct store *st, int64_t id, struct store_bookmark *out)
{
	return bm_read(st, id, out);
}

/* bm_changed: 0 when the last statement changed a row, else 1 naming bookmark id. */
static int
bm_changed(struct store *st, int64_t id)
{
	if (sqlite3_changes(st->db) > 0)
		return 0;
	free(st->error);
	st->error = xasprintf("no bookmark with id %lld", (long long)id);
	return 1;
}

int
store_bookmark_set_note(struct store *st, int64_t id, const char *note)
{
	sqlite3_stmt *s;
	int rc;

	if (bm_begin(st, "noting a bookmark") != 0)
		return -1;
	s = stmt(st, STMT_BM_SET_NOTE);
	sqlite3_bind_int64(s, 1, id);
	bind_text(s, 2, note != NULL && *note != '\0' ? note : NULL);
	rc = run(st, s, "noting a bookmark");
	if (rc == 0)
		rc = bm_changed(st, id);
	return bm_end(st, rc, "noting a bookmark");
}

int
store_bookmark_delete(struct store *st, int64_t id)
{
	sqlite3_stmt *s;
	int rc;

	if (bm_begin(st, "deleting a bookmark") != 0)
		return -1;
	s = stmt(st, STMT_BM_DELETE);
	sqlite3_bind_int64(s, 1, id);
	rc = run(st, s, "deleting a bookmark");
	if (rc == 0)
		rc = bm_changed(st, id);
	return bm_end(st, rc, "deleting a bookmark");
}

/* bm_restore: the row as it was; then, since the article may have changed while the
 * bookmark was gone, its bookmarks are found again in the current body. */
static int
bm_restore(struct store *st, const struct store_bookmark *b)
{
	sqlite3_stmt *s = stmt(st, STMT_BM_EXISTS);
	char *body;
	size_t len;
	int rc;

	sqlite3_bind_int64(s, 1, b->id);
	rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc == SQLITE_ROW) {
		free(st->error);
		st->error = xasprintf("bookmark id %lld is in use again", (long long)b->id);
		return 1;
	}
	if (rc != SQLITE_DONE) {
		store_set_error(st, "restoring a bookmark");
		return -1;
	}
	s = stmt(st, STMT_BM_RESTORE);
	sqlite3_bind_int64(s, 1, b->id);
	sqlite3_bind_int64(s, 2, b->article_id);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)b->off);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)b->len);
	bind_text(s, 5, b->text);
	bind_text(s, 6, b->before != NULL ? b->before : "");
	bind_text(s, 7, b->after != NULL ? b->after : "");
	bind_text(s, 8, b->note != NULL && *b->note != '\0' ? b->note : NULL);
	if (b->speaker_id != 0)
		sqlite3_bind_int64(s, 9, b->speaker_id);
	bind_text(s, 10, b->speaker);
	sqlite3_bind_int(s, 11, b->orphaned);
	sqlite3_bind_int64(s, 12, b->created);
	if (run(st, s, "restoring a bookmark") != 0)
		return -1;
	if (b->article_id == 0)
		return 0;
	if ((rc = article_body(st, b->article_id, &body, &len)) != 0)
		return rc < 0 ? -1 : 0; /* the article is gone: the bookmark stays, unattached */
	rc = bookmarks_reanchor(st, b->article_id, body, len);
	free(body);
	return rc;
}

int
store_bookmark_restore(struct store *st, const struct store_bookmark *b)
{
	if (b->id <= 0 || b->text == NULL || *b->text == '\0') {
		store_set_message(st, "store_bookmark_restore: not a bookmark that was stored");
		return -1;
	}
	if (bm_begin(st, "restoring a bookmark") != 0)
		return -1;
	return bm_end(st, bm_restore(st, b), "restoring a bookmark");
}

int
store_bookmarks_each(struct store *st, int64_t article_id,
    int (*fn)(const struct store_bookmark *, void *), void *ctx)
{
	sqlite3_stmt *s = stmt(st, article_id != 0 ? STMT_BM_BY_ARTICLE : STMT_BM_ALL);
	struct store_bookmark b;
	int rc, ret = 0;

	if (article_id != 0)
		sqlite3_bind_int64(s, 1, article_id);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		memset(&b, 0, sizeof b);
		bm_fill(s, &b);
		ret = fn(&b, ctx);
		store_bookmark_free(&b);
		if (ret != 0)
			break;
	}
	if (ret == 0 && rc != SQLITE_DONE) {
		store_set_error(st, "listing bookmarks");
		ret = -1;
	}
	sqlite3_reset(s);
	return ret;
}
