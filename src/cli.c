/* cli.c: the command line: global options, one table of commands, and each command.
 * Output for people (text) and for scripts (jsonl); errors to stderr. */
#include "config.h"

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>

#include "action.h"
#include "cli.h"
#include "import.h"
#include "store.h"
#include "text.h"
#include "tui.h"
#include "util.h"

#define EXIT_USAGE 2

enum cli_format {
	FORMAT_TEXT,
	FORMAT_JSONL,
	FORMAT_MARKDOWN /* bookmarks only */
};

struct cli {
	const char *db_path; /* --db, or NULL for the default */
	const char *prog;
};

struct cli_command {
	const char *name;
	int (*run)(struct cli *, int, char **);
	const char *args;
	const char *summary;
	const char *options; /* option lines for COMMAND --help */
};

static int cmd_read(struct cli *, int, char **);
static int cmd_import(struct cli *, int, char **);
static int cmd_list(struct cli *, int, char **);
static int cmd_quotes(struct cli *, int, char **);
static int cmd_speakers(struct cli *, int, char **);
static int cmd_reindex(struct cli *, int, char **);
static int cmd_show(struct cli *, int, char **);
static int cmd_fix(struct cli *, int, char **);
static int cmd_bookmarks(struct cli *, int, char **);

static const struct cli_command commands[] = {
	{ "read", cmd_read, "", "open the reader (the default command)", "" },
	{ "import", cmd_import, "[--outlet NAME] [-v] PATH...",
	  "import text and HTML files, directories, or - for standard input",
	  "  -o, --outlet NAME   outlet for files that do not name one\n"
	  "  -v, --verbose       print a line for each file imported\n" },
	{ "list", cmd_list, "[--format=text|jsonl]", "print the stored articles",
	  "  -f, --format FMT    text (default) or jsonl\n" },
	{ "show", cmd_show, "[--format=text|jsonl] ID", "print one article with its body",
	  "  -f, --format FMT    text (default) or jsonl\n" },
	{ "quotes", cmd_quotes, "[--speaker NAME] [--article ID] [--all] [--format=text|jsonl]",
	  "print the extracted quotations",
	  "  -s, --speaker NAME  only this speaker (any alias; case and accents ignored)\n"
	  "  -a, --article ID    only this article\n"
	  "      --all           include scare quotes and titles\n"
	  "  -f, --format FMT    text (default) or jsonl\n" },
	{ "speakers", cmd_speakers, "[--format=text|jsonl]",
	  "print every speaker with counts, aliases and roles",
	  "  -f, --format FMT    text (default) or jsonl\n" },
	{ "reindex", cmd_reindex, "", "re-run quote extraction over the whole store", "" },
	{ "fix", cmd_fix, "reassign QUOTE_ID NAME | not-quote QUOTE_ID | merge FROM INTO |"
	  " rename NAME NEW_NAME | split ALIAS SPEAKER | list [--format=text|jsonl] | undo ID",
	  "correct who said what; corrections survive reindex and re-import",
	  "  -f, --format FMT    text (default) or jsonl, for fix list\n" },
	{ "bookmarks", cmd_bookmarks, "[--format=text|markdown|jsonl] [--article ID] |"
	  " --add ARTICLE_ID:OFFSET:LENGTH [--note TEXT] | --delete ID...",
	  "print, add or delete the bookmarked passages",
	  "  -f, --format FMT    text (default), markdown or jsonl\n"
	  "  -a, --article ID    only the bookmarks of this article\n"
	  "      --add A:OFF:LEN bookmark LEN bytes at byte OFF of article A's body\n"
	  "                      (the offsets of quotes --format=jsonl)\n"
	  "      --note TEXT     the new bookmark's note\n"
	  "      --delete ID...  delete these bookmarks\n" },
};
#define NCOMMANDS (sizeof commands / sizeof commands[0])

static void
usage(FILE *out)
{
	size_t i;

	fprintf(out, "usage: quoth [--db PATH] [COMMAND [ARGS]]\n\n"
	    "A terminal news reader that knows who said what.\n\ncommands:\n");
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fprintf(out, "\noptions:\n"
	    "  --db PATH      the store (default: $QUOTH_DB, else $XDG_DATA_HOME/quoth/quoth.db)\n"
	    "  -h, --help     this help; 'quoth COMMAND --help' for a command\n"
	    "  -V, --version  print the version\n"
	    "\nWith no command quoth opens the reader. See quoth(1).\n");
}

static void
command_usage(const struct cli_command *c, FILE *out)
{
	fprintf(out, "usage: quoth %s %s\n\n%s\n", c->name, c->args, c->summary);
	if (c->options[0] != '\0')
		fprintf(out, "\noptions:\n%s", c->options);
	fprintf(out, "  -h, --help          this help\n");
}

static int
usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int
usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("quoth: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	if (cmd != NULL)
		fprintf(stderr, "\nTry 'quoth %s --help'.\n", cmd);
	else
		fprintf(stderr, "\nTry 'quoth --help'.\n");
	return EXIT_USAGE;
}

/* option_error: the usage error for what getopt_long rejected (optstrings begin "+:"). */
static int
option_error(const char *cmd, int ch, char **argv)
{
	if (ch == ':')
		return usage_error(cmd, "option '%s' needs a value", argv[optind - 1]);
	if (optopt != 0)
		return usage_error(cmd, "unknown option '-%c'", optopt);
	return usage_error(cmd, "unknown option '%s'", argv[optind - 1]);
}

static struct store *
open_store(struct cli *c)
{
	char *path = c->db_path != NULL ? xstrdup(c->db_path) : store_default_path();
	char *err = NULL;
	struct store *st = store_open(path, &err);

	if (st == NULL) {
		fprintf(stderr, "quoth: %s\n", err);
		free(err);
	}
	free(path);
	return st;
}

/* parse_format_md: a --format value; markdown only where the command has it. */
static int
parse_format_md(const char *cmd, const char *v, bool markdown, enum cli_format *f)
{
	if (strcmp(v, "text") == 0)
		*f = FORMAT_TEXT;
	else if (strcmp(v, "jsonl") == 0 || strcmp(v, "json") == 0)
		*f = FORMAT_JSONL;
	else if (markdown && (strcmp(v, "markdown") == 0 || strcmp(v, "md") == 0))
		*f = FORMAT_MARKDOWN;
	else {
		char *safe = text_display(v, strlen(v));
		int rc = usage_error(cmd, "unknown format '%s' (use text%s or jsonl)", safe,
		    markdown ? ", markdown" : "");

		free(safe);
		return rc;
	}
	return 0;
}

static int
parse_format(const char *cmd, const char *v, enum cli_format *f)
{
	return parse_format_md(cmd, v, false, f);
}

/* parse_format_opts: the options of a command whose only option is -f/--format.
 * Returns 0 with optind at the first operand, or the usage status. */
static int
parse_format_opts(const char *cmd, int argc, char **argv, enum cli_format *fmt)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	int ch;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+:f:", opts, NULL)) != -1) {
		if (ch != 'f')
			return option_error(cmd, ch, argv);
		if (parse_format(cmd, optarg, fmt) != 0)
			return EXIT_USAGE;
	}
	return 0;
}

/* is_help: a command's own --help/-h, checked before getopt so it works anywhere. */
static int
wants_help(int argc, char **argv)
{
	int i;

	static const char *const with_value[] = { "-o", "--outlet", "-f", "--format", "-s",
		"--speaker", "-a", "--article", "--add", "--note", "--delete" };

	for (i = 1; i < argc; i++) {
		size_t k;

		if (strcmp(argv[i], "--") == 0)
			return 0;
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return 1;
		for (k = 0; k < sizeof with_value / sizeof with_value[0]; k++)
			if (strcmp(argv[i], with_value[k]) == 0) {
				i++; /* its value may be anything, "-h" included */
				break;
			}
	}
	return 0;
}

static void
json_put_str(json_object *o, const char *k, const char *v)
{
	json_object_object_add(o, k, v != NULL ? json_object_new_string(v) : NULL);
}

static void
json_print(json_object *o)
{
	puts(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE));
	json_object_put(o);
}

/* Text output is for a terminal: every stored string (and file names, which are
 * whatever bytes the file system allows) goes out through text_display(), one line per
 * field, so nothing an article or a path holds can drive the terminal. */

/* put_field: s on one line, terminal-safe (line breaks become spaces). */
static void
put_field(const char *s)
{
	char *line = xstrdup(s != NULL ? s : "-"), *p, *safe;

	for (p = line; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	safe = text_display(line, strlen(line));
	fputs(safe, stdout);
	free(safe);
	free(line);
}

/* put_padded: put_field, then spaces up to cols display columns. */
static void
put_padded(const char *s, int cols)
{
	int w = text_width(s != NULL ? s : "-", strlen(s != NULL ? s : "-"));

	put_field(s);
	while (w++ < cols)
		putchar(' ');
}

/* put_lines: a body, its line breaks kept, each line terminal-safe. */
static void
put_lines(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		const char *nl = memchr(s + i, '\n', len - i);
		size_t n = nl != NULL ? (size_t)(nl - (s + i)) : len - i;
		char *safe = text_display(s + i, n);

		fputs(safe, stdout);
		putchar('\n');
		free(safe);
		i += n + 1;
	}
}

static int
cmd_read(struct cli *c, int argc, char **argv)
{
	struct store *st;
	int rc;

	if (argc > 1)
		return usage_error("read", "unexpected argument '%s'", argv[1]);
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		fprintf(stderr, "quoth: the reader needs a terminal; try 'quoth list' or "
		    "'quoth quotes' in scripts\n");
		return 1;
	}
	if ((st = open_store(c)) == NULL)
		return 1;
	rc = tui_run(st);
	store_close(st);
	return rc;
}

static int
cmd_import(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "outlet", required_argument, NULL, 'o' },
		{ "verbose", no_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 }
	};
	struct import_opts io = { NULL, stderr, NULL };
	struct import_stats stats;
	struct store *st;
	int ch, rc;

	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+:o:v", opts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			if (optarg[0] == '\0')
				return usage_error("import", "--outlet needs a name");
			io.outlet = optarg;
			break;
		case 'v':
			io.progress = stdout;
			break;
		default:
			return option_error("import", ch, argv);
		}
	}
	if (optind >= argc)
		return usage_error("import", "nothing to import: name files, directories or -");
	if ((st = open_store(c)) == NULL)
		return 1;
	memset(&stats, 0, sizeof stats);
	rc = import_paths(st, argv + optind, argc - optind, &io, &stats);
	if (rc >= 0)
		fprintf(stderr, "quoth: %d added, %d updated, %d unchanged, %d failed\n",
		    stats.added, stats.updated, stats.unchanged, stats.failed);
	store_close(st);
	return rc == 0 ? 0 : 1;
}

static int
cmd_list(struct cli *c, int argc, char **argv)
{
	enum cli_format fmt = FORMAT_TEXT;
	struct store_article_row rows[256];
	struct store *st;
	long off = 0, n, i;
	int rc;

	if ((rc = parse_format_opts("list", argc, argv, &fmt)) != 0)
		return rc;
	if (optind < argc)
		return usage_error("list", "unexpected argument '%s'", argv[optind]);
	if ((st = open_store(c)) == NULL)
		return 1;
	for (;;) {
		n = store_article_page(st, off, 256, rows);
		if (n < 0) {
			fprintf(stderr, "quoth: %s\n", store_error(st));
			store_close(st);
			return 1;
		}
		for (i = 0; i < n; i++) {
			struct store_article_row *r = &rows[i];

			if (fmt == FORMAT_JSONL) {
				json_object *o = json_object_new_object();

				json_object_object_add(o, "id", json_object_new_int64(r->id));
				json_put_str(o, "title", r->title);
				json_put_str(o, "outlet", r->outlet);
				json_put_str(o, "date", r->date);
				json_put_str(o, "source", r->source);
				json_object_object_add(o, "quotes",
				    json_object_new_int(r->quote_count));
				json_object_object_add(o, "unread",
				    json_object_new_boolean(r->unread));
				json_print(o);
			} else {
				printf("%6" PRId64 " %c ", r->id, r->unread ? 'N' : ' ');
				put_padded(r->date, 10);
				fputs("  ", stdout);
				put_padded(r->outlet, 20);
				fputs("  ", stdout);
				put_field(r->title);
				printf("  (%d quote%s)\n", r->quote_count,
				    r->quote_count == 1 ? "" : "s");
			}
			store_article_row_free(r);
		}
		if (n < 256)
			break;
		off += n;
	}
	store_close(st);
	return 0;
}

struct quotes_ctx {
	enum cli_format fmt;
	long count;
};

static int
print_quote(const struct store_quote_row *q, void *arg)
{
	struct quotes_ctx *qc = arg;

	qc->count++;
	if (qc->fmt == FORMAT_JSONL) {
		json_object *o = json_object_new_object();

		json_put_str(o, "source", q->source);
		json_object_object_add(o, "article_id", json_object_new_int64(q->article_id));
		json_put_str(o, "title", q->title);
		json_put_str(o, "outlet", q->outlet);
		json_put_str(o, "date", q->date);
		json_put_str(o, "text", q->text);
		json_put_str(o, "speaker", q->speaker);
		json_object_object_add(o, "speaker_id",
		    q->speaker_id != 0 ? json_object_new_int64(q->speaker_id) : NULL);
		json_put_str(o, "mention", q->mention);
		json_put_str(o, "cue", q->cue);
		json_object_object_add(o, "offset", json_object_new_int64((int64_t)q->off));
		json_object_object_add(o, "length", json_object_new_int64((int64_t)q->len));
		json_put_str(o, "kind", quote_kind_name(q->kind));
		{
			char conf[16];

			snprintf(conf, sizeof conf, "%.2f", q->confidence);
			json_object_object_add(o, "confidence",
			    json_object_new_double_s(q->confidence, conf));
		}
		json_object_object_add(o, "also_in", json_object_new_int(q->also_in));
		json_object_object_add(o, "id", json_object_new_int64(q->id));
		json_print(o);
	} else {
		put_field(q->speaker != NULL ? q->speaker : "(unknown)");
		fputs(": \xe2\x80\x9c", stdout);
		put_field(q->text);
		fputs("\xe2\x80\x9d  [", stdout);
		put_field(q->title);
		if (q->outlet != NULL) {
			fputs(", ", stdout);
			put_field(q->outlet);
		}
		fputs("]\n", stdout);
	}
	return 0;
}

static int
parse_id(const char *cmd, const char *what, const char *v, int64_t *out)
{
	char *end;
	long long n;

	errno = 0;
	n = strtoll(v, &end, 10);
	if (errno != 0 || end == v || *end != '\0' || n <= 0)
		return usage_error(cmd, "%s must be a positive number, not '%s'", what, v);
	*out = (int64_t)n;
	return 0;
}

static int
cmd_quotes(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "speaker", required_argument, NULL, 's' },
		{ "article", required_argument, NULL, 'a' },
		{ "all", no_argument, NULL, 'A' },
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	struct store_quote_filter f;
	struct quotes_ctx qc = { FORMAT_TEXT, 0 };
	const char *speaker = NULL;
	struct store *st;
	int64_t *ids = NULL;
	size_t nids = 0, i;
	int ch, rc = 0;

	memset(&f, 0, sizeof f);
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+:s:a:f:", opts, NULL)) != -1) {
		switch (ch) {
		case 's':
			speaker = optarg;
			break;
		case 'a':
			if (parse_id("quotes", "--article", optarg, &f.article_id) != 0)
				return EXIT_USAGE;
			break;
		case 'A':
			f.include_scare = true;
			break;
		case 'f':
			if (parse_format("quotes", optarg, &qc.fmt) != 0)
				return EXIT_USAGE;
			break;
		default:
			return option_error("quotes", ch, argv);
		}
	}
	if (optind < argc)
		return usage_error("quotes", "unexpected argument '%s'", argv[optind]);
	if ((st = open_store(c)) == NULL)
		return 1;
	if (speaker != NULL) {
		if (store_speaker_find(st, speaker, &ids, &nids) != 0) {
			fprintf(stderr, "quoth: %s\n", store_error(st));
			store_close(st);
			return 1;
		}
		if (nids == 0) {
			char *safe = text_display(speaker, strlen(speaker));

			fprintf(stderr, "quoth: no speaker matches '%s' (see 'quoth speakers')\n",
			    safe);
			free(safe);
			store_close(st);
			return 1;
		}
	}
	for (i = 0; rc == 0 && i < (speaker != NULL ? nids : 1); i++) {
		f.speaker_id = speaker != NULL ? ids[i] : 0;
		if (store_quotes_each(st, &f, print_quote, &qc) != 0) {
			fprintf(stderr, "quoth: %s\n", store_error(st));
			rc = 1;
		}
	}
	free(ids);
	store_close(st);
	return rc;
}

static int
print_speaker(const struct store_speaker_row *s, void *arg)
{
	enum cli_format *fmt = arg;

	if (*fmt == FORMAT_JSONL) {
		json_object *o = json_object_new_object();
		json_object *al = json_object_new_array(), *ro = json_object_new_array();
		char *list, *save = NULL, *tok;

		json_object_object_add(o, "id", json_object_new_int64(s->id));
		json_put_str(o, "name", s->name);
		json_object_object_add(o, "quotes", json_object_new_int(s->quote_count));
		json_object_object_add(o, "articles", json_object_new_int(s->article_count));
		json_object_object_add(o, "organisation", json_object_new_boolean(s->is_org));
		list = xstrdup(s->aliases);
		for (tok = strtok_r(list, ";", &save); tok != NULL; tok = strtok_r(NULL, ";", &save))
			json_object_array_add(al, json_object_new_string(tok + (*tok == ' ')));
		free(list);
		list = xstrdup(s->roles);
		save = NULL;
		for (tok = strtok_r(list, ";", &save); tok != NULL; tok = strtok_r(NULL, ";", &save))
			json_object_array_add(ro, json_object_new_string(tok + (*tok == ' ')));
		free(list);
		json_object_object_add(o, "aliases", al);
		json_object_object_add(o, "roles", ro);
		json_print(o);
	} else {
		printf("%6" PRId64 "  ", s->id);
		put_padded(s->name, 28);
		printf(" %4d quote%s in %d article%s", s->quote_count,
		    s->quote_count == 1 ? " " : "s", s->article_count,
		    s->article_count == 1 ? "" : "s");
		if (s->roles[0] != '\0') {
			fputs("  (", stdout);
			put_field(s->roles);
			putchar(')');
		}
		if (s->aliases[0] != '\0') {
			fputs("  aka ", stdout);
			put_field(s->aliases);
		}
		putchar('\n');
	}
	return 0;
}

static int
cmd_speakers(struct cli *c, int argc, char **argv)
{
	enum cli_format fmt = FORMAT_TEXT;
	struct store *st;
	int rc;

	if ((rc = parse_format_opts("speakers", argc, argv, &fmt)) != 0)
		return rc;
	if (optind < argc)
		return usage_error("speakers", "unexpected argument '%s'", argv[optind]);
	if ((st = open_store(c)) == NULL)
		return 1;
	if (store_speakers_each(st, print_speaker, &fmt) != 0) {
		fprintf(stderr, "quoth: %s\n", store_error(st));
		rc = 1;
	}
	store_close(st);
	return rc;
}

static int
cmd_show(struct cli *c, int argc, char **argv)
{
	enum cli_format fmt = FORMAT_TEXT;
	struct article a;
	struct store *st;
	int64_t id;
	int rc;

	if ((rc = parse_format_opts("show", argc, argv, &fmt)) != 0)
		return rc;
	if (optind != argc - 1)
		return usage_error("show", "name one article id (see 'quoth list')");
	if (parse_id("show", "the article id", argv[optind], &id) != 0)
		return EXIT_USAGE;
	if ((st = open_store(c)) == NULL)
		return 1;
	if (store_article_get(st, id, &a) != 0) {
		fprintf(stderr, "quoth: no article with id %" PRId64 "\n", id);
		store_close(st);
		return 1;
	}
	if (fmt == FORMAT_JSONL) {
		json_object *o = json_object_new_object();

		json_object_object_add(o, "id", json_object_new_int64(a.id));
		json_put_str(o, "title", a.title);
		json_put_str(o, "outlet", a.outlet);
		json_put_str(o, "date", a.date);
		json_put_str(o, "byline", a.byline);
		json_put_str(o, "url", a.url);
		json_put_str(o, "source", a.source);
		json_object_object_add(o, "body", json_object_new_string_len(a.body,
		    (int)a.body_len));
		json_object_object_add(o, "quotes", json_object_new_int(a.quote_count));
		json_print(o);
	} else {
		static const char *const label[] = { "Title:  ", "Outlet: ", "Date:   ", "By:     ",
			"Link:   ", "Source: " };
		const char *value[] = { a.title, a.outlet, a.date, a.byline, a.url, a.source };
		size_t i;

		for (i = 0; i < sizeof label / sizeof label[0]; i++) {
			if (value[i] == NULL || (i == 4 && a.source != NULL &&
			    strcmp(a.url, a.source) == 0))
				continue;
			fputs(label[i], stdout);
			put_field(value[i]);
			putchar('\n');
		}
		putchar('\n');
		put_lines(a.body, a.body_len);
	}
	article_free(&a);
	store_close(st);
	return rc;
}

static int
cmd_reindex(struct cli *c, int argc, char **argv)
{
	struct store *st;
	int na = 0, nq = 0, rc = 0;

	if (argc > 1)
		return usage_error("reindex", "unexpected argument '%s'", argv[1]);
	if ((st = open_store(c)) == NULL)
		return 1;
	if (import_reindex(st, &na, &nq) != 0) {
		fprintf(stderr, "quoth: reindex failed, the store is unchanged: %s\n",
		    store_error(st));
		rc = 1;
	} else
		fprintf(stderr, "quoth: %d articles, %d quotes\n", na, nq);
	store_close(st);
	return rc;
}

/* fix_say: "NAME" made terminal-safe, for the one line each fix prints. */
static void
fix_say(const char *fmt, const char *a, const char *b, int64_t id)
{
	char *sa = text_display(a, strlen(a)), *sb = text_display(b != NULL ? b : "",
	    b != NULL ? strlen(b) : 0);

	printf(fmt, sa, sb);
	printf(" (correction %" PRId64 ")\n", id);
	free(sa);
	free(sb);
}

static int
print_correction(const struct store_correction *k, void *arg)
{
	enum cli_format *fmt = arg;

	if (*fmt == FORMAT_JSONL) {
		json_object *o = json_object_new_object();

		json_object_object_add(o, "id", json_object_new_int64(k->id));
		json_put_str(o, "kind", store_fix_name(k->kind));
		json_object_object_add(o, "created", json_object_new_int64(k->created));
		json_object_object_add(o, "article_id", k->article_id != 0 ?
		    json_object_new_int64(k->article_id) : NULL);
		json_put_str(o, "quote", k->quote);
		json_put_str(o, "name", k->name);
		json_put_str(o, "target", k->target);
		json_print(o);
		return 0;
	}
	printf("%6" PRId64 "  %-9s ", k->id, store_fix_name(k->kind));
	switch (k->kind) {
	case STORE_FIX_REASSIGN:
	case STORE_FIX_NOT_QUOTE:
		fputs("\xe2\x80\x9c", stdout);
		put_field(k->quote);
		printf("\xe2\x80\x9d in article %" PRId64, k->article_id);
		if (k->kind == STORE_FIX_REASSIGN) {
			fputs(" -> ", stdout);
			put_field(k->name);
		}
		break;
	case STORE_FIX_MERGE:
	case STORE_FIX_RENAME:
	case STORE_FIX_SPLIT:
		put_field(k->name);
		fputs(k->kind == STORE_FIX_MERGE ? " into " : k->kind == STORE_FIX_RENAME ?
		    " -> " : " off ", stdout);
		put_field(k->target);
		break;
	}
	putchar('\n');
	return 0;
}

/* fix_commit: commits a new correction once it is applied, or says why not. */
static int
fix_commit(struct store *st, int rc)
{
	if (rc == 0 && store_corrections_apply(st) == 0 && store_commit(st) == 0)
		return 0;
	fprintf(stderr, "quoth: %s\n", store_error(st));
	store_rollback(st);
	return 1;
}

static int
cmd_fix(struct cli *c, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ NULL, 0, NULL, 0 }
	};
	enum cli_format fmt = FORMAT_TEXT;
	const char *sub;
	struct store *st;
	int64_t qid = 0, fid = 0;
	int ch, rc, nargs;

	if (argc < 2)
		return usage_error("fix", "name what to fix: reassign, not-quote, merge, rename,"
		    " split, list or undo");
	sub = argv[1];
	argc--;
	argv++;
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, "+:f:", opts, NULL)) != -1) {
		if (ch == 'f' && strcmp(sub, "list") == 0) {
			if (parse_format("fix", optarg, &fmt) != 0)
				return EXIT_USAGE;
		} else if (ch == 'f')
			return usage_error("fix", "--format is for 'fix list'");
		else
			return option_error("fix", ch, argv);
	}
	nargs = argc - optind;
	argv += optind;
	if (strcmp(sub, "reassign") == 0) {
		if (nargs != 2)
			return usage_error("fix", "usage: quoth fix reassign QUOTE_ID SPEAKER_NAME");
	} else if (strcmp(sub, "not-quote") == 0 || strcmp(sub, "undo") == 0) {
		if (nargs != 1)
			return usage_error("fix", "usage: quoth fix %s %s", sub,
			    sub[0] == 'u' ? "ID" : "QUOTE_ID");
	} else if (strcmp(sub, "merge") == 0 || strcmp(sub, "rename") == 0 ||
	    strcmp(sub, "split") == 0) {
		if (nargs != 2)
			return usage_error("fix", "usage: quoth fix %s", sub[0] == 'm' ?
			    "merge FROM_NAME INTO_NAME" : sub[0] == 'r' ? "rename NAME NEW_NAME" :
			    "split ALIAS SPEAKER_NAME");
	} else if (strcmp(sub, "list") == 0) {
		if (nargs != 0)
			return usage_error("fix", "unexpected argument '%s'", argv[0]);
	} else {
		char *safe = text_display(sub, strlen(sub));

		rc = usage_error("fix", "unknown fix '%s'", safe);
		free(safe);
		return rc;
	}
	if ((strcmp(sub, "reassign") == 0 || strcmp(sub, "not-quote") == 0) &&
	    parse_id("fix", "the quote id", argv[0], &qid) != 0)
		return EXIT_USAGE;
	if (strcmp(sub, "undo") == 0 && parse_id("fix", "the correction id", argv[0], &fid) != 0)
		return EXIT_USAGE;
	if ((st = open_store(c)) == NULL)
		return 1;

	if (strcmp(sub, "list") == 0) {
		rc = store_corrections_each(st, print_correction, &fmt) != 0;
		if (rc != 0)
			fprintf(stderr, "quoth: %s\n", store_error(st));
		store_close(st);
		return rc;
	}
	if (strcmp(sub, "undo") == 0) {
		int na = 0, nq = 0;

		if (store_begin(st) != 0) {
			fprintf(stderr, "quoth: %s\n", store_error(st));
			store_close(st);
			return 1;
		}
		rc = store_correction_delete(st, fid);
		if (rc != 0 || store_commit(st) != 0) {
			fprintf(stderr, "quoth: %s\n", store_error(st));
			store_rollback(st);
			store_close(st);
			return 1;
		}
		/* What the correction changed is only known to extraction: run it again. */
		if (import_reindex(st, &na, &nq) != 0) {
			fprintf(stderr, "quoth: correction %" PRId64 " removed, but re-extraction "
			    "failed (run 'quoth reindex'): %s\n", fid, store_error(st));
			store_close(st);
			return 1;
		}
		printf("removed correction %" PRId64 "; re-extracted %d articles\n", fid, na);
		store_close(st);
		return 0;
	}

	if (store_begin(st) != 0) {
		fprintf(stderr, "quoth: %s\n", store_error(st));
		store_close(st);
		return 1;
	}
	if (strcmp(sub, "reassign") == 0)
		rc = store_fix_quote(st, STORE_FIX_REASSIGN, qid, argv[1], &fid);
	else if (strcmp(sub, "not-quote") == 0)
		rc = store_fix_quote(st, STORE_FIX_NOT_QUOTE, qid, NULL, &fid);
	else
		rc = store_fix_speaker(st, sub[0] == 'm' ? STORE_FIX_MERGE : sub[0] == 'r' ?
		    STORE_FIX_RENAME : STORE_FIX_SPLIT, argv[0], argv[1], &fid);
	if (fix_commit(st, rc) != 0) {
		store_close(st);
		return 1;
	}
	if (strcmp(sub, "reassign") == 0)
		fix_say("quote %s now attributed to %s", argv[0], argv[1], fid);
	else if (strcmp(sub, "not-quote") == 0)
		fix_say("quote %s marked as not a quotation%s", argv[0], NULL, fid);
	else if (sub[0] == 'm')
		fix_say("merged speaker %s into %s", argv[0], argv[1], fid);
	else if (sub[0] == 'r')
		fix_say("speaker %s renamed to %s", argv[0], argv[1], fid);
	else
		fix_say("split %s off speaker %s", argv[0], argv[1], fid);
	store_close(st);
	return 0;
}

/* Bookmarks. Text is one block per bookmark for people, markdown is what a reader pastes
 * into notes, jsonl is every field for scripts. */

struct bookmarks_ctx {
	enum cli_format fmt;
	long count;
};

/* iso_utc: t as "YYYY-MM-DDTHH:MM:SSZ" into out; false when t is out of range. */
static bool
iso_utc(int64_t t, char out[32])
{
	time_t tt = (time_t)t;
	struct tm tm;

	if ((int64_t)tt != t || gmtime_r(&tt, &tm) == NULL)
		return false;
	return strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm) != 0;
}

/* md_inline: s (NULL for nothing) as Markdown text on one line: line breaks become
 * spaces, and the characters that would start emphasis, code, a link or HTML are
 * escaped, so a title holding "]" cannot end its link early. */
static void
md_inline(struct buf *b, const char *s)
{
	for (; s != NULL && *s != '\0'; s++) {
		if (*s == '\n') {
			buf_addc(b, ' ');
			continue;
		}
		if (strchr("\\`*_[]<", *s) != NULL)
			buf_addc(b, '\\');
		buf_addc(b, *s);
	}
}

/* md_dest: a link destination. Plain when nothing in it can end or split the link,
 * otherwise in angle brackets, where only "<", ">" and "\" need escaping. */
static void
md_dest(struct buf *b, const char *s)
{
	const char *p;

	if (strpbrk(s, " ()<>\\\n") == NULL) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '<');
	for (p = s; *p != '\0'; p++) {
		if (*p == '\n') {
			buf_adds(b, "%0A");
			continue;
		}
		if (*p == '<' || *p == '>' || *p == '\\')
			buf_addc(b, '\\');
		buf_addc(b, *p);
	}
	buf_addc(b, '>');
}

/* md_put: one line of Markdown out, terminal-safe. */
static void
md_put(struct buf *b)
{
	char *safe = text_display(b->s != NULL ? b->s : "", b->len);

	fputs(safe, stdout);
	putchar('\n');
	free(safe);
	b->len = 0;
	if (b->s != NULL)
		b->s[0] = '\0';
}

/* md_block: every line of s behind prefix ("> " for the passage, "" for a note), with
 * the indentation that would make a code block dropped and a line-start that would make
 * a heading, list, rule or nested quote escaped; an empty line is the bare prefix
 * without its trailing space, so the block does not end. */
static void
md_block(struct buf *b, const char *prefix, const char *s)
{
	while (s != NULL) {
		const char *nl = strchr(s, '\n');
		size_t n = nl != NULL ? (size_t)(nl - s) : strlen(s), k = 0;
		char *line;

		while (n > 0 && (*s == ' ' || *s == '\t')) {
			s++;
			n--;
		}
		while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
			n--;
		line = xstrndup(s, n);
		if (n == 0) {
			buf_add(b, prefix, strcspn(prefix, " "));
		} else {
			buf_adds(b, prefix);
			while (k < n && line[k] >= '0' && line[k] <= '9')
				k++;
			if (k > 0 && k < n && (line[k] == '.' || line[k] == ')')) {
				buf_add(b, line, k); /* "1." would start a list */
				buf_addc(b, '\\');
				md_inline(b, line + k);
			} else {
				if (strchr("#+-=>|~", line[0]) != NULL)
					buf_addc(b, '\\');
				md_inline(b, line);
			}
		}
		free(line);
		md_put(b);
		s = nl != NULL ? nl + 1 : NULL;
	}
}

static void
print_bookmark_markdown(const struct store_bookmark *bm)
{
	struct buf b;
	const char *link = bm->url != NULL ? bm->url : bm->source;

	buf_init(&b);
	md_block(&b, "> ", bm->text);
	md_put(&b);
	if (bm->speaker != NULL) {
		buf_adds(&b, "\xe2\x80\x94 ");
		md_inline(&b, bm->speaker);
		buf_adds(&b, ", ");
	}
	if (bm->title == NULL && bm->article_id == 0) {
		buf_adds(&b, "*(article deleted)*");
	} else if (link != NULL) {
		buf_addc(&b, '[');
		md_inline(&b, bm->title != NULL ? bm->title : link);
		buf_adds(&b, "](");
		md_dest(&b, link);
		buf_addc(&b, ')');
	} else
		md_inline(&b, bm->title != NULL ? bm->title : "(untitled)");
	if (bm->outlet != NULL) {
		buf_adds(&b, ", ");
		md_inline(&b, bm->outlet);
	}
	if (bm->date != NULL) {
		buf_adds(&b, ", ");
		md_inline(&b, bm->date);
	}
	if (bm->orphaned)
		buf_adds(&b, " *(orphaned: these words are no longer in the article)*");
	md_put(&b);
	if (bm->note != NULL) {
		md_put(&b);
		md_block(&b, "", bm->note);
	}
	buf_free(&b);
}

static void
print_bookmark_jsonl(const struct store_bookmark *bm)
{
	json_object *o = json_object_new_object();
	char iso[32];

	json_object_object_add(o, "id", json_object_new_int64(bm->id));
	json_object_object_add(o, "article_id", bm->article_id != 0 ?
	    json_object_new_int64(bm->article_id) : NULL);
	json_object_object_add(o, "offset", json_object_new_int64((int64_t)bm->off));
	json_object_object_add(o, "length", json_object_new_int64((int64_t)bm->len));
	json_put_str(o, "text", bm->text);
	json_put_str(o, "before", bm->before);
	json_put_str(o, "after", bm->after);
	json_put_str(o, "note", bm->note);
	json_object_object_add(o, "speaker_id", bm->speaker_id != 0 ?
	    json_object_new_int64(bm->speaker_id) : NULL);
	json_put_str(o, "speaker", bm->speaker);
	json_object_object_add(o, "orphaned", json_object_new_boolean(bm->orphaned));
	json_object_object_add(o, "created", json_object_new_int64(bm->created));
	json_put_str(o, "created_utc", iso_utc(bm->created, iso) ? iso : NULL);
	json_put_str(o, "title", bm->title);
	json_put_str(o, "outlet", bm->outlet);
	json_put_str(o, "date", bm->date);
	json_put_str(o, "url", bm->url);
	json_put_str(o, "source", bm->source);
	json_print(o);
}

static void
print_bookmark_text(const struct store_bookmark *bm)
{
	printf("%" PRId64 "  ", bm->id);
	put_field(bm->date);
	fputs("  ", stdout);
	put_field(bm->outlet);
	fputs("  ", stdout);
	if (bm->title == NULL && bm->article_id == 0)
		fputs("(article deleted)", stdout);
	else
		put_field(bm->title != NULL ? bm->title : bm->source);
	if (bm->orphaned)
		fputs("  [orphaned]", stdout);
	fputs("\n    ", stdout);
	put_field(bm->text);
	putchar('\n');
	if (bm->speaker != NULL) {
		fputs("    \xe2\x80\x94 ", stdout);
		put_field(bm->speaker);
		putchar('\n');
	}
	if (bm->note != NULL) {
		fputs("    note: ", stdout);
		put_field(bm->note);
		putchar('\n');
	}
}

static int
print_bookmark(const struct store_bookmark *bm, void *arg)
{
	struct bookmarks_ctx *bc = arg;

	/* Blocks are separated by a blank line; jsonl is one object a line. */
	if (bc->count++ > 0 && bc->fmt != FORMAT_JSONL)
		putchar('\n');
	if (bc->fmt == FORMAT_JSONL)
		print_bookmark_jsonl(bm);
	else if (bc->fmt == FORMAT_MARKDOWN)
		print_bookmark_markdown(bm);
	else
		print_bookmark_text(bm);
	return 0;
}

/* parse_size: s[0..n) as a decimal number, digits only (strtoull would take "-1" and
 * " 1"); false when it is not one or does not fit. */
static bool
parse_size(const char *s, size_t n, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	if (n == 0)
		return false;
	for (i = 0; i < n; i++) {
		uint64_t d = (uint64_t)(s[i] - '0');

		if (s[i] < '0' || s[i] > '9' || v > (UINT64_MAX - d) / 10)
			return false;
		v = v * 10 + d;
	}
	*out = v;
	return true;
}

/* parse_add_spec: "ARTICLE_ID:OFFSET:LENGTH". Returns 0 or the usage status. */
static int
parse_add_spec(const char *v, int64_t *aid, size_t *off, size_t *len)
{
	const char *c1 = strchr(v, ':'), *c2 = c1 != NULL ? strchr(c1 + 1, ':') : NULL;
	uint64_t a, o, l;
	char *safe;
	int rc;

	if (c2 != NULL && parse_size(v, (size_t)(c1 - v), &a) &&
	    parse_size(c1 + 1, (size_t)(c2 - c1 - 1), &o) && parse_size(c2 + 1, strlen(c2 + 1), &l)) {
		if (a == 0 || a > INT64_MAX)
			return usage_error("bookmarks", "the article id of --add must be a positive "
			    "number");
		if (l == 0)
			return usage_error("bookmarks", "the length of --add must be at least 1 byte");
		if (o > SIZE_MAX || l > SIZE_MAX)
			return usage_error("bookmarks", "the range of --add is too large");
		*aid = (int64_t)a;
		*off = (size_t)o;
		*len = (size_t)l;
		return 0;
	}
	safe = text_display(v, strlen(v));
	rc = usage_error("bookmarks", "--add wants ARTICLE_ID:OFFSET:LENGTH in numbers, not '%s'",
	    safe);
	free(safe);
	return rc;
}

struct quote_pick {
	size_t off, len, best;
	int64_t speaker_id;
	char *speaker;
};

/* pick_speaker: the quotation (with its marks) that overlaps the passage most gives the
 * bookmark its speaker; quotations of unknown speakers do not count. */
static int
pick_speaker(const struct store_quote_row *q, void *arg)
{
	struct quote_pick *p = arg;
	size_t lo = q->mark_off > p->off ? q->mark_off : p->off;
	size_t qend = q->mark_off + q->mark_len, bend = p->off + p->len;
	size_t hi = qend < bend ? qend : bend;

	if (q->speaker_id == 0 || q->speaker == NULL || hi <= lo || hi - lo <= p->best)
		return 0;
	p->best = hi - lo;
	p->speaker_id = q->speaker_id;
	free(p->speaker);
	p->speaker = xstrdup(q->speaker);
	return 0;
}

/* is_cont: a UTF-8 continuation byte: an offset there would split a character. */
static bool
is_cont(const char *body, size_t len, size_t at)
{
	return at < len && ((unsigned char)body[at] & 0xc0) == 0x80;
}

/* bookmarks_add: checks the range against the stored body so a mistake gets a precise
 * message, then stores the bookmark with the speaker of the quotation it covers. */
static int
bookmarks_add(struct store *st, int64_t aid, size_t off, size_t len, const char *note,
              bool show, enum cli_format fmt)
{
	struct store_quote_filter f;
	struct quote_pick pick;
	struct store_bookmark b;
	struct article a;
	int rc;

	if (store_article_get(st, aid, &a) != 0) {
		fprintf(stderr, "quoth: no article with id %" PRId64 "\n", aid);
		return 1;
	}
	if (off > a.body_len || len > a.body_len - off) {
		fprintf(stderr, "quoth: bytes %zu to %zu are outside article %" PRId64 "'s body, "
		    "which has %zu bytes\n", off, off > SIZE_MAX - len ? SIZE_MAX : off + len, aid,
		    a.body_len);
		article_free(&a);
		return 1;
	}
	if (is_cont(a.body, a.body_len, off) || is_cont(a.body, a.body_len, off + len)) {
		fprintf(stderr, "quoth: bytes %zu to %zu of article %" PRId64 " split a character\n",
		    off, off + len, aid);
		article_free(&a);
		return 1;
	}
	article_free(&a);

	memset(&f, 0, sizeof f);
	f.article_id = aid;
	memset(&pick, 0, sizeof pick);
	pick.off = off;
	pick.len = len;
	if (store_quotes_each(st, &f, pick_speaker, &pick) != 0) {
		fprintf(stderr, "quoth: %s\n", store_error(st));
		free(pick.speaker);
		return 1;
	}
	memset(&b, 0, sizeof b);
	b.article_id = aid;
	b.off = off;
	b.len = len;
	b.speaker_id = pick.speaker_id;
	b.speaker = pick.speaker;
	if (note != NULL) {
		size_t n;

		b.note = text_clean(note, strlen(note), &n);
		if (n == 0) {
			free(b.note);
			b.note = NULL;
		}
	}
	rc = store_bookmark_add(st, &b);
	if (rc != 0) {
		fprintf(stderr, "quoth: cannot bookmark bytes %zu to %zu of article %" PRId64
		    ": %s\n", off, off + len, aid, store_error(st));
		store_bookmark_free(&b);
		return 1;
	}
	if (!show) {
		printf("added bookmark %" PRId64 "\n", b.id);
	} else {
		struct bookmarks_ctx bc = { fmt, 0 };
		struct store_bookmark got;

		if (store_bookmark_get(st, b.id, &got) != 0) {
			fprintf(stderr, "quoth: bookmark %" PRId64 " added but not read back: %s\n",
			    b.id, store_error(st));
			store_bookmark_free(&b);
			return 1;
		}
		print_bookmark(&got, &bc);
		store_bookmark_free(&got);
	}
	store_bookmark_free(&b);
	return 0;
}

/* bookmarks_delete: every id is tried; an unknown one is named and makes the status 1. */
static int
bookmarks_delete(struct store *st, const int64_t *ids, size_t n)
{
	size_t i;
	int rc = 0;

	for (i = 0; i < n; i++) {
		switch (store_bookmark_delete(st, ids[i])) {
		case 0:
			printf("deleted bookmark %" PRId64 "\n", ids[i]);
			break;
		case 1:
			fprintf(stderr, "quoth: no bookmark with id %" PRId64 "\n", ids[i]);
			rc = 1;
			break;
		default:
			fprintf(stderr, "quoth: cannot delete bookmark %" PRId64 ": %s\n", ids[i],
			    store_error(st));
			rc = 1;
			break;
		}
	}
	return rc;
}

static int
cmd_bookmarks(struct cli *c, int argc, char **argv)
{
	enum { OPT_ADD = 256, OPT_NOTE, OPT_DELETE };
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "article", required_argument, NULL, 'a' },
		{ "add", required_argument, NULL, OPT_ADD },
		{ "note", required_argument, NULL, OPT_NOTE },
		{ "delete", required_argument, NULL, OPT_DELETE },
		{ NULL, 0, NULL, 0 }
	};
	struct bookmarks_ctx bc = { FORMAT_TEXT, 0 };
	const char *add = NULL, *note = NULL;
	bool fmt_given = false;
	int64_t article_id = 0, aid = 0, *del;
	size_t ndel = 0, off = 0, len = 0;
	struct store *st;
	int ch, rc;

	/* Every argument could be an id to delete. */
	del = xcalloc((size_t)argc, sizeof *del);
	optind = 1;
	opterr = 0;
	rc = 0;
	while (rc == 0 && (ch = getopt_long(argc, argv, "+:f:a:", opts, NULL)) != -1) {
		switch (ch) {
		case 'f':
			rc = parse_format_md("bookmarks", optarg, true, &bc.fmt);
			fmt_given = true;
			break;
		case 'a':
			rc = parse_id("bookmarks", "--article", optarg, &article_id);
			break;
		case OPT_ADD:
			if (add != NULL)
				rc = usage_error("bookmarks", "one --add at a time");
			add = optarg;
			break;
		case OPT_NOTE:
			note = optarg;
			break;
		case OPT_DELETE:
			rc = parse_id("bookmarks", "the bookmark id", optarg, &del[ndel++]);
			break;
		default:
			rc = option_error("bookmarks", ch, argv);
			break;
		}
	}
	if (rc == 0 && ndel > 0) {
		for (; rc == 0 && optind < argc; optind++)
			rc = parse_id("bookmarks", "the bookmark id", argv[optind], &del[ndel++]);
	} else if (rc == 0 && optind < argc)
		rc = usage_error("bookmarks", "unexpected argument '%s' (ids go after --delete)",
		    argv[optind]);
	if (rc == 0 && add != NULL && ndel > 0)
		rc = usage_error("bookmarks", "--add and --delete do not go together");
	else if (rc == 0 && note != NULL && add == NULL)
		rc = usage_error("bookmarks", "--note goes with --add");
	else if (rc == 0 && article_id != 0 && (add != NULL || ndel > 0))
		rc = usage_error("bookmarks", "--article is for listing; --add names its article");
	else if (rc == 0 && fmt_given && ndel > 0)
		rc = usage_error("bookmarks", "--format is not for --delete");
	if (rc == 0 && add != NULL)
		rc = parse_add_spec(add, &aid, &off, &len);
	if (rc != 0) {
		free(del);
		return rc;
	}
	if ((st = open_store(c)) == NULL) {
		free(del);
		return 1;
	}
	if (add != NULL)
		rc = bookmarks_add(st, aid, off, len, note, fmt_given, bc.fmt);
	else if (ndel > 0)
		rc = bookmarks_delete(st, del, ndel);
	else if (store_bookmarks_each(st, article_id, print_bookmark, &bc) != 0) {
		fprintf(stderr, "quoth: %s\n", store_error(st));
		rc = 1;
	}
	free(del);
	store_close(st);
	return rc;
}

int
cli_main(int argc, char **argv)
{
	struct cli c = { NULL, "quoth" };
	const struct cli_command *cmd = NULL;
	int i = 1;
	size_t k;

	/* Global options come before the command. */
	while (i < argc && argv[i][0] == '-' && argv[i][1] != '\0') {
		const char *a = argv[i];

		if (strcmp(a, "--") == 0) {
			i++;
			break;
		} else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			usage(stdout);
			return 0;
		} else if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
			printf("quoth %s\n", QUOTH_VERSION);
			return 0;
		} else if (strcmp(a, "--keys-mdoc") == 0) {
			action_write_mdoc(stdout);
			return 0;
		} else if (strcmp(a, "--db") == 0) {
			if (i + 1 >= argc)
				return usage_error(NULL, "--db needs a path");
			c.db_path = argv[++i];
		} else if (strncmp(a, "--db=", 5) == 0) {
			c.db_path = a + 5;
		} else
			return usage_error(NULL, "unknown option '%s'", a);
		if (c.db_path != NULL && c.db_path[0] == '\0')
			return usage_error(NULL, "--db needs a path");
		i++;
	}
	if (i >= argc)
		return cmd_read(&c, 1, (char *[]){ "read", NULL });
	if (strcmp(argv[i], "help") == 0) {
		if (i + 1 >= argc) {
			usage(stdout);
			return 0;
		}
		i++;
		for (k = 0; k < NCOMMANDS; k++)
			if (strcmp(argv[i], commands[k].name) == 0) {
				command_usage(&commands[k], stdout);
				return 0;
			}
		return usage_error(NULL, "unknown command '%s'", argv[i]);
	}
	for (k = 0; k < NCOMMANDS; k++)
		if (strcmp(argv[i], commands[k].name) == 0)
			cmd = &commands[k];
	if (cmd == NULL)
		return usage_error(NULL, "unknown command '%s'", argv[i]);
	if (wants_help(argc - i, argv + i)) {
		command_usage(cmd, stdout);
		return 0;
	}
	return cmd->run(&c, argc - i, argv + i);
}
