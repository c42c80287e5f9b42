/* bench_quote.c: throughput of quote_extract on generated article-like text, and time per
 * MB on hostile inputs at growing sizes (flat numbers mean linear time). */
#include "config.h"

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

static void
h_names(struct buf *b, size_t n)
{
	while (b->len < n)
		buf_printf(b, "Minister %s %s, %s said, he said \"it\". ", PICK(given), PICK(family), PICK(roles));
}

int
main(int argc, char **argv)
{
	size_t total = argc > 1 ? (size_t)atoll(argv[1]) << 20 : (size_t)128 << 20;
	size_t done = 0, nspans = 0, narticles = 0, k;
	double t = 0;
	struct buf b;
	static const struct { const char *name; hostile_fn fn; } hostile[] = {
		{ "quote marks only", h_marks },
		{ "one long paragraph", h_paragraph },
		{ "nested/unbalanced", h_nested },
		{ "names and cues", h_names },
	};

	buf_init(&b);
	while (done < total) {
		gen_article(&b, 2000 + rnd(6000));
		t += run_once(b.s, b.len, &nspans);
		done += b.len;
		narticles++;
	}
	printf("articles: %zu MB in %zu articles, %zu quotations, %.3f s, %.1f MB/s\n",
	    done >> 20, narticles, nspans, t, (double)done / (1 << 20) / t);
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
