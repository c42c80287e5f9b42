/* test_store.c: unit tests for the SQLite store: migrations, refusal of newer schemas,
 * article put/update/dedupe, paging, quotes and speaker identity. */
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
#include "util.h"

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

struct collect {
	int n;
	char texts[8][64];
	char speakers[8][64];
	int64_t sids[8];
};

static int
collect_quote(const struct store_quote_row *q, void *arg)
{
	struct collect *c = arg;

	if (c->n < 8) {
		snprintf(c->texts[c->n], 64, "%s", q->text);
		snprintf(c->speakers[c->n], 64, "%s", q->speaker != NULL ? q->speaker : "-");
		c->sids[c->n] = q->speaker_id;
	}
	c->n++;
	return 0;
}

/* One hand-made extraction result: entities and spans, as quote.c would produce. */
static void
put_quotes(struct store *st, int64_t id, const char *body, const char *name, const char *role,
    const char *quote, const char *scare)
{
	struct quote_entity e;
	struct quote_span sp[2];
	struct quote_result r;
	const char *p = strstr(body, quote), *q = strstr(body, scare);

	assert_non_null(p);
	assert_non_null(q);
	memset(&e, 0, sizeof e);
	e.name = (char *)name;
	e.role = (char *)role;
	memset(sp, 0, sizeof sp);
	sp[0].off = (size_t)(p - body);
	sp[0].len = strlen(quote);
	sp[0].mark_off = sp[0].off - 1;
	sp[0].mark_len = sp[0].len + 2;
	sp[0].entity = 0;
	snprintf(sp[0].cue, sizeof sp[0].cue, "said");
	sp[0].kind = QUOTE_SPEECH;
	sp[0].confidence = 0.9f;
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
	};

	umask(022);
	return cmocka_run_group_tests(tests, setup, teardown);
}
