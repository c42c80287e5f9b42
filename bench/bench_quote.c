/* bench_quote.c: throughput of quote_extract on generated article-like text, and time per
 * MB on hostile inputs at growing sizes (flat numbers mean linear time). */
#include "config.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "quote.h"
#include "util.h"

static const char *const given[] = { "Ada", "Bruno", "Clara", "Dmytro", "Elif", "Farid", "Greta",
	"Hugo", "Ingrid", "Jonas", "Kasia", "Luca", "Maren", "Nils", "Olga", "Pavel", "Zoë", "Łukasz" };
static const char *const family[] = { "Almqvist", "Brennan", "Castell", "Dragan", "Eriksen",
	"Fontaine", "Grünwald", "Haddad", "Ivanenko", "Jaworski", "Kovač", "Lindqvist", "van Dijk",
	"O'Hara", "Nuñez" };
static const char *const roles[] = { "Foreign Minister", "Mayor", "Chief Executive", "Senator",
	"Secretary of State", "harbour master", "union leader" };
static const char *const filler[] = {
	"The council met on Tuesday to discuss the budget for the coming year. ",
	"Prices rose by 3.2% in March, the statistics office reported. ",
	"Residents' groups have campaigned for a new bridge since the '90s. ",
	"The ferry, which has run since 1974, carries about 900 passengers a day. ",
	"Talks are expected to continue next week in the capital. ",
};

static unsigned long rng = 12345;

static unsigned
rnd(unsigned n)
{
	rng = rng * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((rng >> 33) % n);
}

#define PICK(a) (a[rnd(sizeof a / sizeof a[0])])

/* One article of about len bytes: headline, filler, quotations in several styles (about
 * one quotation per 250 bytes, denser than wire copy). */
static void
gen_article(struct buf *b, size_t len)
{
	const char *g = PICK(given), *f = PICK(family);

	b->len = 0;
	buf_printf(b, "%s %s: 'We will not give up'\n\n", g, f);
	buf_printf(b, "%s %s %s said on Friday that the plan was \"dead on arrival\".\n\n",
	    PICK(roles), g, f);
	while (b->len < len) {
		switch (rnd(12)) {
		case 0:
			buf_printf(b, "\u201cWe have waited long enough,\u201d %s said. \u201cNow we act.\u201d\n\n", f);
			break;
		case 1:
			buf_printf(b, "\"Nobody asked us,\" said %s %s, a fisherman from the north.\n\n",
			    PICK(given), PICK(family));
			break;
		case 2:
			buf_printf(b, "%s told reporters: \"The numbers do not add up.\"\n\n", PICK(family));
			break;
		case 3:
			buf_printf(b, "The so-called \"temporary levy\" has lasted ten years. %s%s\n\n",
			    PICK(filler), PICK(filler));
			break;
		case 4:
			buf_printf(b, "\u00ab Nous resterons \u00bb, a d\u00e9clar\u00e9 %s %s.\n\n", PICK(given), PICK(family));
			break;
		case 5:
			buf_printf(b, "\"It is not over,\" she said. \"We will appeal.\n\n\"And we will win.\"\n\n");
			break;
		default:
			buf_printf(b, "%s%s%s\n\n", PICK(filler), PICK(filler), PICK(filler));
			break;
		}
	}
}

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double
run_once(const char *s, size_t n, size_t *nspans)
{
	struct quote_result r;
	double t = now();

	quote_extract(s, n, &r);
	t = now() - t;
	if (nspans)
		*nspans += r.nspans;
	quote_result_free(&r);
	return t;
}

typedef void (*hostile_fn)(struct buf *b, size_t n);

/* A capitalised made-up surname, so that every name is a new person. */
static void
made_up_name(struct buf *b)
{
	int k;

	buf_adds(b, PICK(given));
	buf_adds(b, " K");
	for (k = 0; k < 7; k++)
		buf_printf(b, "%c", 'a' + (int)rnd(26));
}

static void
h_marks(struct buf *b, size_t n)
{
	static const char *const m[] = { "\"", "\u201c", "\u201d", "'", "\u2019", "\u00ab", "\u00bb", "\u300c" };

	while (b->len < n)
		buf_adds(b, m[rnd(8)]);
}

static void
h_paragraph(struct buf *b, size_t n)
{
	while (b->len < n) {
		buf_printf(b, "%s %s said \"yes, ", PICK(given), PICK(family));
		buf_adds(b, PICK(filler));
	}
}

static void
h_nested(struct buf *b, size_t n)
{
	while (b->len < n) {
		buf_adds(b, rnd(3) ? "\u201c\u2018\u00ab\u201e" : "\u201d said X, \"");
		if (rnd(5) == 0)
			buf_adds(b, "\n\n");
	}
}

/* role nouns nobody holds yet, each followed by new people: every quotation waits for a
 * holder named later */
static void
h_pending(struct buf *b, size_t n)
{
	while (b->len < n) {
		buf_adds(b, "\"No,\" the judge said. ");
		made_up_name(b);
		buf_adds(b, " met ");
		made_up_name(b);
		buf_adds(b, rnd(4) ? ". " : ".\n\n");
	}
}

/* an interview in the writer's voice with a new person in every paragraph: each "she"
 * weighs the person mentioned most */
static void
h_interview(struct buf *b, size_t n)
{
	while (b->len < n) {
		made_up_name(b);
		buf_adds(b, " runs a farm with her son. \"It is fine,\" she tells me.\n\n"
		    "\"We sold out,\" she laughs.\n\n");
	}
}

/* new people, each followed by a description with an age nobody was given: every
 * description looks back for a holder of that age */
static void
h_ages(struct buf *b, size_t n)
{
	while (b->len < n) {
		made_up_name(b);
		buf_adds(b, rnd(4) ? " spoke. \"No,\" the 34-year-old said. " : " spoke.\n\n");
	}
}

static void
h_names(struct buf *b, size_t n)
{
	while (b->len < n)
		buf_printf(b, "Minister %s %s, %s said, he said \"it\". ", PICK(given), PICK(family), PICK(roles));
}

/* Extraction over a pool of articles, passes times; prints the best pass and the mean
 * (the best is the machine's speed with the least interference from other load). */
static void
run_pool(const char *label, struct buf *pool, size_t npool, int passes)
{
	size_t bytes = 0, nspans = 0, k;
	double best = 1e9, sum = 0;
	int p;

	for (k = 0; k < npool; k++)
		bytes += pool[k].len;
	for (p = 0; p < passes; p++) {
		double t = 0;

		for (k = 0; k < npool; k++)
			t += run_once(pool[k].s, pool[k].len, p == 0 ? &nspans : NULL);
		sum += t;
		if (t < best)
			best = t;
	}
	printf("%s: %.1f MB in %zu articles, %zu quotations; best of %d passes %.1f MB/s, mean %.1f MB/s\n",
	    label, (double)bytes / (1 << 20), npool, nspans, passes,
	    (double)bytes / (1 << 20) / best, (double)bytes / (1 << 20) * passes / sum);
}

static bool
read_file(const char *path, struct buf *b)
{
	char *text;
	size_t n;
	int e = util_read_file(path, 0, &text, &n);

	if (e != 0) {
		fprintf(stderr, "%s: %s\n", path, strerror(e));
		return false;
	}
	buf_init(b);
	buf_add(b, text, n);
	free(text);
	return true;
}

/* The next free slot of the pool, grown as needed. */
static struct buf *
pool_slot(struct buf **pool, size_t npool, size_t *cap)
{
	if (npool == *cap) {
		*cap = *cap ? *cap * 2 : 1024;
		*pool = xreallocarray(*pool, *cap, sizeof **pool);
	}
	return &(*pool)[npool];
}

/* bench_quote [-q] [MB [FILE...]]: MB (default 16; 0 for none) of generated articles, each
 * pass over them timed, then the hostile inputs; with FILEs, their text is also timed as a
 * pool. -q makes one pass and skips the hostile inputs (for callgrind and perf runs). */
int
main(int argc, char **argv)
{
	bool quick = argc > 1 && strcmp(argv[1], "-q") == 0;
	int a = quick ? 2 : 1;
	size_t total = argc > a ? (size_t)atoll(argv[a]) << 20 : (size_t)16 << 20;
	size_t done = 0, npool = 0, cap = 0, k;
	bool hostile_too = !quick;
	struct buf b, *pool = NULL;
	static const struct { const char *name; hostile_fn fn; } hostile[] = {
		{ "quote marks only", h_marks },
		{ "one long paragraph", h_paragraph },
		{ "nested/unbalanced", h_nested },
		{ "names and cues", h_names },
		{ "pending roles", h_pending },
		{ "interview pronouns", h_interview },
		{ "unheld ages", h_ages },
	};

	while (done < total) {
		buf_init(pool_slot(&pool, npool, &cap));
		gen_article(&pool[npool], 2000 + rnd(6000));
		done += pool[npool++].len;
	}
	if (npool > 0)
		run_pool("generated", pool, npool, hostile_too ? 8 : 1);
	for (k = 0; k < npool; k++)
		buf_free(&pool[k]);
	npool = 0;
	for (k = (size_t)a + 1; k < (size_t)argc; k++) {
		if (read_file(argv[k], pool_slot(&pool, npool, &cap)))
			npool++;
	}
	if (npool > 0)
		run_pool("files", pool, npool, hostile_too ? 200 : 20);
	for (k = 0; k < npool; k++)
		buf_free(&pool[k]);
	free(pool);
	if (!hostile_too)
		return 0;
	buf_init(&b);
	for (k = 0; k < sizeof hostile / sizeof hostile[0]; k++) {
		size_t mb;

		printf("%-20s", hostile[k].name);
		for (mb = 1; mb <= 10; mb *= 2) {
			double best = 1e9;
			int rep;

			b.len = 0;
			hostile[k].fn(&b, mb << 20);
			for (rep = 0; rep < 2; rep++) {
				double x = run_once(b.s, b.len, NULL);

				if (x < best)
					best = x;
			}
			printf("  %2zu MB: %6.1f ms/MB", mb, best * 1000 / ((double)b.len / (1 << 20)));
		}
		printf("\n");
	}
	buf_free(&b);
	return 0;
}
