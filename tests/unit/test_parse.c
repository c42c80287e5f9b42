/* test_parse.c: text and HTML parsing, format detection, import_prepare, import_paths. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "import.h"
#include "parse.h"
#include "text.h"
#include "util.h"

static void
text_ok(const char *in, struct article *a)
{
	const char *why = NULL;

	memset(a, 0, sizeof *a);
	assert_int_equal(parse_text(in, strlen(in), a, &why), 0);
	assert_non_null(a->title);
	assert_non_null(a->body);
	assert_int_equal(a->body_len, strlen(a->body));
}

static void
html_ok(const char *in, struct article *a)
{
	const char *why = NULL;

	memset(a, 0, sizeof *a);
	assert_int_equal(parse_html(in, strlen(in), a, &why), 0);
	assert_non_null(a->title);
	assert_non_null(a->body);
	assert_int_equal(a->body_len, strlen(a->body));
}

static void
test_text_headline(void **state)
{
	struct article a;

	(void)state;
	text_ok("Council approves bridge\n\nThe council voted on Tuesday.\n\nWork starts in May.\n", &a);
	assert_string_equal(a.title, "Council approves bridge");
	assert_string_equal(a.body, "Council approves bridge\n\nThe council voted on Tuesday.\n\n"
	    "Work starts in May.");
	assert_null(a.outlet);
	assert_null(a.date);
	assert_null(a.byline);
	assert_null(a.url);
	article_free(&a);

	/* a short sentence is still a headline */
	text_ok("Mayor resigns.\n\nShe left on Friday.", &a);
	assert_string_equal(a.title, "Mayor resigns.");
	assert_string_equal(a.body, "Mayor resigns.\n\nShe left on Friday.");
	article_free(&a);

	/* a file of one short line: the headline is the whole body */
	text_ok("  Storm closes harbour  \n", &a);
	assert_string_equal(a.title, "Storm closes harbour");
	assert_string_equal(a.body, "Storm closes harbour");
	article_free(&a);
}

static void
test_text_no_headline(void **state)
{
	struct article a;
	const char *sentence = "The harbour master said on Monday that the storm had closed the port "
	    "for the third time this winter, and that repairs would take weeks.";
	char *in = xasprintf("%s Fishermen were angry.\n\nMore later.\n", sentence);

	(void)state;
	/* a long first line ending in '.' is body text, even with a blank line after it */
	text_ok(in, &a);
	assert_int_equal(text_width(a.title, strlen(a.title)), 100);
	assert_true(strlen(a.title) > 3 &&
	    strcmp(a.title + strlen(a.title) - 3, "…") == 0);
	assert_memory_equal(a.title, sentence, strlen(a.title) - 3);
	assert_int_equal(strncmp(a.body, sentence, strlen(sentence)), 0);
	assert_string_equal(a.body + strlen(sentence), " Fishermen were angry.\n\nMore later.");
	article_free(&a);
	free(in);

	/* a first line followed by text is not a headline: the title is the first sentence,
	 * not cut after "Dr." or an initial */
	text_ok("Dr. J. Smith met the mayor. They talked\nfor an hour.\n", &a);
	assert_string_equal(a.title, "Dr. J. Smith met the mayor.");
	assert_string_equal(a.body, "Dr. J. Smith met the mayor. They talked for an hour.");
	article_free(&a);

	/* a sentence that ends in a closing quote */
	text_ok("\"We will rebuild!\" she said. Then she left.\nShe came back.", &a);
	assert_string_equal(a.title, "\"We will rebuild!\" she said.");
	article_free(&a);
}

static void
test_text_headers(void **state)
{
	struct article a;
	const char *why = NULL;

	(void)state;
	text_ok("\nURL: https://gazette.example/a\nbyline: Jane Roe\nOutlet:  The Fictional Gazette \n"
	    "Date: Tuesday, March 5, 2024\n\nBridge opens\n\nCars crossed at noon.\n", &a);
	assert_string_equal(a.outlet, "The Fictional Gazette");
	assert_string_equal(a.byline, "Jane Roe");
	assert_string_equal(a.url, "https://gazette.example/a");
	assert_string_equal(a.date, "2024-03-05");
	assert_string_equal(a.title, "Bridge opens");
	assert_string_equal(a.body, "Bridge opens\n\nCars crossed at noon.");
	article_free(&a);

	text_ok("By: A. Writer\nDate: 5 Sept 2023\nHeadline here\n\nText.", &a);
	assert_string_equal(a.byline, "A. Writer");
	assert_string_equal(a.date, "2023-09-05");
	assert_string_equal(a.title, "Headline here");
	article_free(&a);

	text_ok("Date: 2024-01-02T10:00:00Z\nHeadline\n\nText.", &a);
	assert_string_equal(a.date, "2024-01-02T10:00:00Z");
	article_free(&a);

	/* a date quoth cannot read is not stored; a bad month is not a date */
	text_ok("Date: last Tuesday\nHeadline\n\nText.", &a);
	assert_null(a.date);
	article_free(&a);
	text_ok("Date: 2024-13-01\nHeadline\n\nText.", &a);
	assert_null(a.date);
	article_free(&a);

	/* a header-like line after the headline is text */
	text_ok("Headline\n\nDate: tomorrow, said the clerk.", &a);
	assert_null(a.date);
	assert_string_equal(a.body, "Headline\n\nDate: tomorrow, said the clerk.");
	article_free(&a);

	/* header lines and nothing else */
	memset(&a, 0, sizeof a);
	assert_int_equal(parse_text("Outlet: X\nBy: Y\n\n  \n", 17, &a, &why), -1);
	assert_string_equal(why, "no text");
	article_free(&a);
}

static void
test_text_wrapped_crlf(void **state)
{
	struct article a, b;

	(void)state;
	text_ok("Title  line   \n\n\n  First   line of\n   a wrapped    paragraph.   \n"
	    "Still it.\n   \n\nSecond.\n\n\n", &a);
	assert_string_equal(a.title, "Title line");
	assert_string_equal(a.body, "Title line\n\nFirst line of a wrapped paragraph. Still it.\n\n"
	    "Second.");
	text_ok("Title  line   \r\n\r\n\r\n  First   line of\r\n   a wrapped    paragraph.   \r\n"
	    "Still it.\r\n   \r\n\r\nSecond.\r\n\r\n\r\n", &b);
	assert_string_equal(a.body, b.body);
	assert_string_equal(a.title, b.title);
	article_free(&a);
	article_free(&b);

	/* tabs, lone CRs, and terminal escapes in the text */
	text_ok("Head\tline\r\rOne\ttwo \x1b[31mred\x1b[0m.\x1b]0;owned\x07", &a);
	assert_string_equal(a.title, "Head line");
	assert_string_equal(a.body, "Head line\n\nOne two red.");
	article_free(&a);
}

static void
test_text_long_line(void **state)
{
	size_t n = 5 * 1024 * 1024, i;
	char *big = xmalloc(n + 1);
	struct article a;

	(void)state;
	for (i = 0; i < n; i++)
		big[i] = i % 7 == 6 ? ' ' : 'a';
	big[n] = '\0';
	text_ok(big, &a);
	assert_int_equal(a.body_len, strlen(big));
	assert_null(strchr(a.body, '\n'));
	assert_int_equal(text_width(a.title, strlen(a.title)), 100);
	article_free(&a);
	free(big);
}

static const char page[] =
	"<!DOCTYPE html>\n<html><head>\n"
	"<title>Bridge vote passes | The Fictional Gazette</title>\n"
	"<meta property=\"og:site_name\" content=\"The Fictional Gazette\">\n"
	"<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00Z\">\n"
	"<meta name=\"author\" content=\"Jane Roe\">\n"
	"<meta property=\"og:url\" content=\"https://gazette.example/og\">\n"
	"<link rel=\"canonical\" href=\"https://gazette.example/bridge\">\n"
	"<style>p { color: red }</style>\n"
	"<script>document.write('<p>script text</p>');</script>\n"
	"</head><body>\n"
	"<nav><ul><li>Home</li><li>World</li></ul></nav>\n"
	"<header><p>Site banner</p></header>\n"
	"<div class=\"cookie-banner\"><p>We use cookies</p></div>\n"
	"<article>\n"
	"<h1>Bridge  vote &amp; what <em>comes</em> next</h1>\n"
	"<div class=\"social-share\"><p>Share on everything</p></div>\n"
	"<p>The council voted\n   on Tuesday. &ldquo;It is a <b>great</b> day,&rdquo; said the "
	"<a href=\"/mayor\">mayor</a>.</p>\n"
	"<p>Caf&eacute; owners cheered&nbsp;loudly.</p>\n"
	"<blockquote><p>Nested <span><i>quote</i></span></p></blockquote>\n"
	"<h2>What next</h2>\n"
	"<ul><li>Item A</li><li>Item B</li></ul>\n"
	"<figure><img src=\"x.jpg\"><figcaption>Photo: somebody</figcaption></figure>\n"
	"<aside><p>Related: other bridges</p></aside>\n"
	"<div id=\"comments\"><p>First!</p></div>\n"
	"<noscript><p>Enable JavaScript</p></noscript>\n"
	"<form><p>Sign up</p></form>\n"
	"</article>\n"
	"<footer><p>Copyright Gazette</p></footer>\n"
	"</body></html>\n";

static void
test_html_page(void **state)
{
	struct article a;

	(void)state;
	html_ok(page, &a);
	assert_string_equal(a.title, "Bridge vote & what comes next");
	assert_string_equal(a.body,
	    "Bridge vote & what comes next\n\n"
	    "The council voted on Tuesday. “It is a great day,” said the mayor.\n\n"
	    "Café owners cheered\xc2\xa0loudly.\n\n"
	    "Nested quote\n\n"
	    "What next\n\n"
	    "Item A\n\n"
	    "Item B");
	assert_string_equal(a.outlet, "The Fictional Gazette");
	assert_string_equal(a.date, "2024-03-05T09:30:00Z");
	assert_string_equal(a.byline, "Jane Roe");
	assert_string_equal(a.url, "https://gazette.example/bridge");
	article_free(&a);
}

static void
test_html_title_and_meta(void **state)
{
	struct article a;

	(void)state;
	/* no <h1>: <title> with the outlet's suffix cut off */
	html_ok("<html><head><title>Harbour reopens - The Fictional Gazette</title>"
	    "<meta property=\"og:site_name\" content=\"The Fictional Gazette\">"
	    "<meta property=\"og:url\" content=\"https://gazette.example/h\"></head>"
	    "<body><p>Boats returned.</p></body></html>", &a);
	assert_string_equal(a.title, "Harbour reopens");
	assert_string_equal(a.body, "Harbour reopens\n\nBoats returned.");
	assert_string_equal(a.url, "https://gazette.example/h");
	article_free(&a);

	/* a suffix naming someone else stays; a relative og:url is no link */
	html_ok("<html><head><title>Harbour reopens - Other Paper</title>"
	    "<meta property=\"og:site_name\" content=\"The Fictional Gazette\">"
	    "<meta property=\"og:url\" content=\"/h\"></head>"
	    "<body><p>Boats returned.</p></body></html>", &a);
	assert_string_equal(a.title, "Harbour reopens - Other Paper");
	assert_null(a.url);
	article_free(&a);

	/* <time datetime>, rel=author, a repeated headline paragraph said only once */
	html_ok("<html><head><title>Page</title></head><body><main>"
	    "<h1>Storm  warning</h1><p>Storm warning</p>"
	    "<p>By <a rel=\"author\" href=\"/r\">Rick Doe</a>, "
	    "<time datetime=\"2023-11-02\">2 Nov</time></p>"
	    "<p>Winds rose.</p></main></body></html>", &a);
	assert_string_equal(a.title, "Storm warning");
	assert_string_equal(a.body, "Storm warning\n\nBy Rick Doe, 2 Nov\n\nWinds rose.");
	assert_string_equal(a.date, "2023-11-02");
	assert_string_equal(a.byline, "Rick Doe");
	article_free(&a);

	/* a .byline element gives the byline and stays out of the body */
	html_ok("<html><body><article><h1>Head</h1><div class=\"story-byline\">By Ann Other</div>"
	    "<p>Text.</p></article></body></html>", &a);
	assert_string_equal(a.byline, "Ann Other");
	assert_string_equal(a.body, "Head\n\nText.");
	article_free(&a);
}

static void
test_html_choose_body(void **state)
{
	struct article a;

	(void)state;
	/* no <article> nor <main>: the element with the most paragraph text */
	html_ok("<html><body><div class=\"top\"><p>Tiny.</p></div>"
	    "<div class=\"story\"><p>A long first paragraph of the story.</p>"
	    "<p>And a second one.</p></div><div><p>Small print.</p></div></body></html>", &a);
	assert_string_equal(a.title, "A long first paragraph of the story.");
	assert_string_equal(a.body, "A long first paragraph of the story.\n\nAnd a second one.");
	article_free(&a);

	/* of several <article>s, the one with the most text */
	html_ok("<html><body><article><h1>Teaser</h1><p>Short.</p></article>"
	    "<article><h1>Main story</h1><p>Much longer text of the real story.</p></article>"
	    "</body></html>", &a);
	assert_string_equal(a.title, "Main story");
	assert_string_equal(a.body, "Main story\n\nMuch longer text of the real story.");
	article_free(&a);

	/* <br><br> ends a paragraph, one <br> is a space; loose text in a div is kept */
	html_ok("<html><body><article><h1>H</h1>"
	    "<div>Line one<br>line two<br><br>Next para<br></div>"
	    "<div>Loose <b>text</b></div></article></body></html>", &a);
	assert_string_equal(a.body, "H\n\nLine one line two\n\nNext para\n\nLoose text");
	article_free(&a);
}

static void
test_html_broken(void **state)
{
	struct article a;
	const char *why = NULL;
	struct buf b;
	int i;

	(void)state;
	/* unclosed elements, stray end tags, no <html> nor <body> */
	html_ok("<title>Broken</title><p>One <b>bold <i>both</b> text\n<p>Two</div></span>"
	    "<p>Three &amp; &lt;tag&gt; &#x263A; &bogus;", &a);
	assert_string_equal(a.title, "Broken");
	assert_string_equal(a.body, "Broken\n\nOne bold both text\n\nTwo\n\n"
	    "Three & <tag> ☺ &bogus;");
	article_free(&a);

	/* terminal escapes and controls, raw and as character references, are removed */
	html_ok("<h1>Safe\x1b[2J title</h1><p>red \x1b[31mtext\x1b[0m and &#27;[1mbold&#27;[0m "
	    "bell\x07 &#x9b;end</p>", &a);
	assert_string_equal(a.title, "Safe title");
	assert_null(strchr(a.body, '\x1b'));
	assert_null(strchr(a.body, '\x07'));
	assert_null(strstr(a.body, "\xc2\x9b"));
	assert_non_null(strstr(a.body, "red text and bold bell"));
	article_free(&a);

	/* a meta charset must not undo the UTF-8 the importer already decoded */
	html_ok("<meta charset=\"iso-8859-1\"><h1>Caf\xc3\xa9</h1><p>Cr\xc3\xa8me.</p>", &a);
	assert_string_equal(a.body, "Café\n\nCrème.");
	article_free(&a);

	/* nothing but boilerplate, or only a headline */
	memset(&a, 0, sizeof a);
	assert_int_equal(parse_html("<html><body><nav>Home</nav><script>x()</script></body></html>",
	    62, &a, &why), -1);
	assert_string_equal(why, "no article text in HTML");
	article_free(&a);
	memset(&a, 0, sizeof a);
	why = NULL;
	assert_int_equal(parse_html("<h1>Only</h1>", 13, &a, &why), -1);
	assert_non_null(why);
	article_free(&a);

	/* very deep nesting neither crashes nor loses the text */
	buf_init(&b);
	for (i = 0; i < 20000; i++)
		buf_adds(&b, "<div>");
	buf_adds(&b, "<p>Deep text.</p>");
	html_ok(b.s, &a);
	assert_non_null(strstr(a.body, "Deep text."));
	article_free(&a);
	buf_free(&b);
}

static void
test_detect(void **state)
{
	(void)state;
	assert_int_equal(parse_detect("a.HTML", "plain", 5), PARSE_HTML);
	assert_int_equal(parse_detect("dir/a.htm", "plain", 5), PARSE_HTML);
	assert_int_equal(parse_detect("a.xhtml", "", 0), PARSE_HTML);
	assert_int_equal(parse_detect("a.txt", "  \n<!DOCTYPE html><p>x", 22), PARSE_HTML);
	assert_int_equal(parse_detect("-", "\xef\xbb\xbf<html lang=en>", 18), PARSE_HTML);
	assert_int_equal(parse_detect(NULL, "<P>para", 7), PARSE_HTML);
	assert_int_equal(parse_detect("a.txt", "<article>", 9), PARSE_HTML);
	assert_int_equal(parse_detect("a.txt", "<pun> intended", 14), PARSE_TEXT);
	assert_int_equal(parse_detect("a.txt", "<p", 2), PARSE_TEXT);
	assert_int_equal(parse_detect("html", "Hello <p>", 9), PARSE_TEXT);
	assert_int_equal(parse_detect("a.txt", "", 0), PARSE_TEXT);
}

static void
prepare_fails(const char *data, size_t len, const char *reason)
{
	struct article a;
	char *why = NULL;

	assert_int_equal(import_prepare("f.txt", data, len, "Opt", &a, &why), -1);
	assert_non_null(why);
	assert_string_equal(why, reason);
	assert_null(a.title);
	assert_null(a.body);
	assert_null(a.source);
	free(why);
}

static void
test_prepare_bad(void **state)
{
	static const char only_markup[] = "<html><body><script>x</script></body></html>";
	char rnd[4096];
	uint32_t x = 12345;
	size_t i;
	char *big;

	(void)state;
	prepare_fails("", 0, "empty file");
	prepare_fails(" \n\t\r\n  ", 7, "empty file");
	prepare_fails("\xef\xbb\xbf\n\n", 5, "empty file");
	prepare_fails("text\0more", 9, "binary file (contains NUL bytes)");
	prepare_fails("\xff\xfeH\0i\0", 6, "UTF-16 text is not supported (convert it to UTF-8)");
	/* random bytes without NULs are not Latin-1 text */
	for (i = 0; i < sizeof rnd; i++) {
		x = x * 1103515245u + 12345u;
		rnd[i] = (char)((x >> 16) % 255 + 1);
	}
	prepare_fails(rnd, sizeof rnd, "not UTF-8 text");
	/* mostly high bytes is not Latin-1 text either */
	prepare_fails("\xe9\xe8\xe0\xf9", 4, "not UTF-8 text");
	/* control bytes */
	prepare_fails("abc\x01\x02\x03\x04\x05\xe9", 9, "not UTF-8 text");
	/* only markup */
	prepare_fails(only_markup, strlen(only_markup), "no article text in HTML");

	big = xmalloc(IMPORT_MAX_BYTES + 1);
	memset(big, 'a', IMPORT_MAX_BYTES + 1);
	prepare_fails(big, IMPORT_MAX_BYTES + 1, "file too large (65 MB, limit 64 MB)");
	free(big);
}

static void
test_prepare_good(void **state)
{
	struct article a;
	char *why = NULL, hash[17];
	struct buf h;

	(void)state;
	/* Latin-1 */
	assert_int_equal(import_prepare("latin.txt", "caf\xe9", 4, NULL, &a, &why), 0);
	assert_null(why);
	assert_string_equal(a.title, "café");
	assert_string_equal(a.body, "café");
	assert_string_equal(a.source, "latin.txt");
	assert_null(a.outlet);
	assert_int_equal(a.unread, 1);
	assert_int_equal(a.id, 0);
	article_free(&a);

	/* Windows-1252 quotes */
	assert_int_equal(import_prepare("w.txt", "Head\n\n\x93Yes,\x94 he said \x96 caf\xe9.", 28,
	    NULL, &a, &why), 0);
	assert_string_equal(a.body, "Head\n\n“Yes,” he said – café.");
	article_free(&a);

	/* BOM stripped; outlet from the options only when the file names none; hash */
	assert_int_equal(import_prepare("b.txt", "\xef\xbb\xbfHead\n\nBody.", 14, "Opt Outlet",
	    &a, &why), 0);
	assert_string_equal(a.title, "Head");
	assert_string_equal(a.body, "Head\n\nBody.");
	assert_string_equal(a.outlet, "Opt Outlet");
	buf_init(&h);
	buf_printf(&h, "%s\n%s", a.title, a.body);
	util_hash64(h.s, h.len, hash);
	assert_string_equal(a.hash, hash);
	buf_free(&h);
	article_free(&a);

	assert_int_equal(import_prepare("b.txt", "Outlet: Own\nHead\n\nBody.", 23, "Opt Outlet",
	    &a, &why), 0);
	assert_string_equal(a.outlet, "Own");
	article_free(&a);

	/* HTML by content, whatever the name */
	assert_int_equal(import_prepare("-", page, sizeof page - 1, NULL, &a, &why), 0);
	assert_string_equal(a.title, "Bridge vote & what comes next");
	assert_string_equal(a.source, "-");
	article_free(&a);

	/* different text, different hash; same text, same hash */
	{
		struct article b;

		assert_int_equal(import_prepare("x", "One\n\nTwo.", 9, NULL, &a, &why), 0);
		assert_int_equal(import_prepare("y", "One\n\nTwo!", 9, NULL, &b, &why), 0);
		assert_string_not_equal(a.hash, b.hash);
		article_free(&b);
		assert_int_equal(import_prepare("z", "One\r\n\r\nTwo.\r\n", 13, NULL, &b, &why), 0);
		assert_string_equal(a.hash, b.hash);
		article_free(&a);
		article_free(&b);
	}
}

static void
write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(data, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

/* import_paths and import_reindex against a real store in a temporary directory. */
static void
test_import_paths(void **state)
{
	char dir[] = "/tmp/quoth-test-parse.XXXXXX";
	char *db, *good, *bad, *sub, *errs_text = NULL, *prog_text = NULL, *err;
	char *paths[3];
	size_t errs_len = 0, prog_len = 0;
	struct import_stats stats;
	struct import_opts o;
	struct store *st;
	int na, nq;
	char *want;
	static const char pier[] = "Pier opens\n\n\"Welcome,\" said Lena Hart.\n";

	(void)state;
	assert_non_null(mkdtemp(dir));
	db = xasprintf("%s/q.db", dir);
	good = xasprintf("%s/good.txt", dir);
	bad = xasprintf("%s/bad.txt", dir);
	sub = xasprintf("%s/sub", dir);
	write_file(good, pier, strlen(pier));
	write_file(bad, "no\0text", 7);
	st = store_open(db, &err);
	assert_non_null(st);

	o.outlet = NULL;
	o.errs = open_memstream(&errs_text, &errs_len);
	o.progress = open_memstream(&prog_text, &prog_len);
	paths[0] = good;
	paths[1] = bad;
	paths[2] = sub;
	assert_int_equal(import_paths(st, paths, 3, &o, &stats), 1);
	fflush(o.errs);
	fflush(o.progress);
	assert_int_equal(stats.added, 1);
	assert_int_equal(stats.updated, 0);
	assert_int_equal(stats.unchanged, 0);
	assert_int_equal(stats.failed, 2);
	want = xasprintf("quoth: %s: binary file (contains NUL bytes)\n"
	    "quoth: %s: No such file or directory\n", bad, sub);
	assert_string_equal(errs_text, want);
	free(want);
	want = xasprintf("added %s\n", good);
	assert_string_equal(prog_text, want);
	free(want);
	assert_int_equal(store_article_count(st), 1);

	/* the same file again: unchanged, and a clean batch returns 0 */
	assert_int_equal(import_paths(st, paths, 1, &o, &stats), 0);
	assert_int_equal(stats.unchanged, 1);
	assert_int_equal(stats.failed, 0);
	assert_int_equal(store_article_count(st), 1);

	/* reindex finds the quote again */
	assert_int_equal(import_reindex(st, &na, &nq), 0);
	assert_int_equal(na, 1);
	assert_true(nq >= 1);

	fclose(o.errs);
	fclose(o.progress);
	free(errs_text);
	free(prog_text);
	store_close(st);
	unlink(good);
	unlink(bad);
	unlink(db);
	{
		char *side = xasprintf("%s-wal", db);

		unlink(side);
		free(side);
		side = xasprintf("%s-shm", db);
		unlink(side);
		free(side);
		side = xasprintf("%s-journal", db);
		unlink(side);
		free(side);
	}
	assert_int_equal(rmdir(dir), 0);
	free(db);
	free(good);
	free(bad);
	free(sub);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_headline),
		cmocka_unit_test(test_text_no_headline),
		cmocka_unit_test(test_text_headers),
		cmocka_unit_test(test_text_wrapped_crlf),
		cmocka_unit_test(test_text_long_line),
		cmocka_unit_test(test_html_page),
		cmocka_unit_test(test_html_title_and_meta),
		cmocka_unit_test(test_html_choose_body),
		cmocka_unit_test(test_html_broken),
		cmocka_unit_test(test_detect),
		cmocka_unit_test(test_prepare_bad),
		cmocka_unit_test(test_prepare_good),
		cmocka_unit_test(test_import_paths),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
