/* test_color.c: unit tests of the colour roles, the speaker palette and highlight layering
 * on real terminfo entries (8, 256 colours, monochrome, NO_COLOR, few colour pairs). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "color.h"
#include "spans.h"

/*
 * Curses keeps one set of colour pairs per process, so each terminal is probed in a
 * child: it opens the terminal on /dev/null (no tty needed), runs color_init, records
 * what the parent checks and sends it back through a pipe.
 */

#define PROBE_SLOTS 24 /* slots -1 .. 22 are recorded */
#define PROBE_PAIRS 256

#define K(kind) (1u << SPAN_##kind)

/* The segments whose attributes are recorded; style 3 is a speaker's palette slot. */
enum {
	SEG_PLAIN, SEG_QUOTE3, SEG_NEUTRAL, SEG_QUOTE3_MARK, SEG_NEUTRAL_MARK, SEG_MARK,
	SEG_MENTION3, SEG_CURRENT3, SEG_CURRENT_NEUTRAL, SEG_SEARCH_QUOTE3, SEG_SEARCH,
	SEG_SELECTION, SEG_SELECTION_QUOTE3, SEG_POINT, SEG_POINT_SELECTION, SEG_ALL, SEG_COUNT
};

static const struct {
	unsigned kinds;
	int quote_style;
} probe_segs[SEG_COUNT] = {
	[SEG_PLAIN] = { 0, -1 },
	[SEG_QUOTE3] = { K(QUOTE), 3 },
	[SEG_NEUTRAL] = { K(QUOTE), -1 },
	[SEG_QUOTE3_MARK] = { K(QUOTE) | K(BOOKMARK), 3 },
	[SEG_NEUTRAL_MARK] = { K(QUOTE) | K(BOOKMARK), -1 },
	[SEG_MARK] = { K(BOOKMARK), -1 },
	[SEG_MENTION3] = { K(MENTION), 3 },
	[SEG_CURRENT3] = { K(QUOTE) | K(CURRENT), 3 },
	[SEG_CURRENT_NEUTRAL] = { K(QUOTE) | K(CURRENT), -1 },
	[SEG_SEARCH_QUOTE3] = { K(QUOTE) | K(SEARCH), 3 },
	[SEG_SEARCH] = { K(SEARCH), -1 },
	[SEG_SELECTION] = { K(SELECTION), -1 },
	[SEG_SELECTION_QUOTE3] = { K(QUOTE) | K(SELECTION), 3 },
	[SEG_POINT] = { K(POINT), -1 },
	[SEG_POINT_SELECTION] = { K(SELECTION) | K(POINT), -1 },
	[SEG_ALL] = { (1u << SPAN_KIND_COUNT) - 1, 3 },
};

struct probe {
	int opened, on, slots, colors, pairs;
	attr_t speaker[PROBE_SLOTS]; /* speaker[s + 1] = color_speaker_attr(s) */
	attr_t role[COLOR_ROLE_COUNT];
	attr_t role_out_of_range;
	attr_t seg[SEG_COUNT];
	short fg[PROBE_PAIRS], bg[PROBE_PAIRS]; /* pair_content of the pairs in use */
};

static attr_t
speaker(const struct probe *p, int slot)
{
	return p->speaker[slot + 1];
}

static void
probe_child(const char *term, const char *no_color, const char *terminfo, struct probe *p)
{
	FILE *out = fopen("/dev/null", "w"), *in = fopen("/dev/null", "r");
	SCREEN *scr;
	int i, k;

	if (no_color != NULL)
		setenv("NO_COLOR", no_color, 1);
	else
		unsetenv("NO_COLOR");
	if (terminfo != NULL)
		setenv("TERMINFO", terminfo, 1);
	if (out == NULL || in == NULL)
		return;
	scr = newterm(term, out, in);
	if (scr == NULL)
		return;
	p->opened = 1;
	color_init();
	p->on = color_enabled();
	p->slots = color_speaker_slots();
	p->colors = COLORS;
	p->pairs = COLOR_PAIRS;
	for (i = 0; i < PROBE_SLOTS; i++)
		p->speaker[i] = color_speaker_attr(i - 1);
	for (i = 0; i < COLOR_ROLE_COUNT; i++)
		p->role[i] = color_attr((enum color_role)i);
	p->role_out_of_range = color_attr((enum color_role)COLOR_ROLE_COUNT);
	for (i = 0; i < SEG_COUNT; i++) {
		struct span_seg seg = { 0, 1, probe_segs[i].kinds, { 0 } };

		for (k = 0; k < SPAN_KIND_COUNT; k++)
			seg.style[k] = -1;
		if (seg.kinds & K(QUOTE))
			seg.style[SPAN_QUOTE] = probe_segs[i].quote_style;
		if (seg.kinds & K(MENTION))
			seg.style[SPAN_MENTION] = probe_segs[i].quote_style;
		p->seg[i] = color_span_attr(&seg);
	}
	for (i = 0; i < PROBE_PAIRS && i < COLOR_PAIRS; i++) {
		if (pair_content((short)i, &p->fg[i], &p->bg[i]) != OK)
			p->fg[i] = p->bg[i] = -2;
	}
	endwin();
	delscreen(scr);
	fclose(out);
	fclose(in);
}

static void
probe(const char *term, const char *no_color, const char *terminfo, struct probe *p)
{
	int fd[2], status;
	pid_t pid;
	size_t got = 0;
	ssize_t r;

	memset(p, 0, sizeof *p);
	assert_int_equal(pipe(fd), 0);
	fflush(NULL);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		close(fd[0]);
		probe_child(term, no_color, terminfo, p);
		if (write(fd[1], p, sizeof *p) != (ssize_t)sizeof *p)
			_exit(2);
		_exit(0);
	}
	close(fd[1]);
	while (got < sizeof *p && (r = read(fd[0], (char *)p + got, sizeof *p - got)) > 0)
		got += (size_t)r;
	close(fd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_int_equal(got, sizeof *p);
	if (!p->opened)
		fail_msg("no terminfo entry for %s (looked in TERMINFO, /etc/terminfo, "
		    "/lib/terminfo, /usr/share/terminfo)", term);
}

static short
fg_of(const struct probe *p, attr_t a)
{
	int pair = PAIR_NUMBER(a);

	assert_true(pair > 0 && pair < PROBE_PAIRS);
	return p->fg[pair];
}

static short
bg_of(const struct probe *p, attr_t a)
{
	int pair = PAIR_NUMBER(a);

	assert_true(pair > 0 && pair < PROBE_PAIRS);
	return p->bg[pair];
}

/* Every attribute recorded uses a pair the terminal has, holding colours it has. */
static void
check_pairs_exist(const struct probe *p)
{
	attr_t all[PROBE_SLOTS + COLOR_ROLE_COUNT + SEG_COUNT];
	size_t n = 0, i;
	int pair;

	for (i = 0; i < PROBE_SLOTS; i++)
		all[n++] = p->speaker[i];
	for (i = 0; i < COLOR_ROLE_COUNT; i++)
		all[n++] = p->role[i];
	for (i = 0; i < SEG_COUNT; i++)
		all[n++] = p->seg[i];
	for (i = 0; i < n; i++) {
		pair = PAIR_NUMBER(all[i]);
		if (pair == 0)
			continue;
		assert_true(pair < p->pairs);
		assert_true(pair < PROBE_PAIRS);
		assert_true(p->fg[pair] >= -1 && p->fg[pair] < p->colors);
		assert_true(p->bg[pair] >= -1 && p->bg[pair] < p->colors);
	}
}

/* What every colour terminal must give, whatever its palette. */
static void
check_colour(const struct probe *p)
{
	int i, j;
	attr_t q3 = speaker(p, 3);

	assert_true(p->on);
	assert_true(p->slots >= 2);
	check_pairs_exist(p);
	for (i = 0; i < p->slots; i++) {
		assert_int_not_equal(PAIR_NUMBER(speaker(p, i)), 0);
		assert_int_not_equal(speaker(p, i), speaker(p, -1));
		for (j = 0; j < i; j++) {
			assert_int_not_equal(speaker(p, i), speaker(p, j));
			/* different colours, not just different pair numbers */
			assert_int_not_equal(fg_of(p, speaker(p, i)), fg_of(p, speaker(p, j)));
		}
	}
	/* beyond the palette it repeats */
	for (i = p->slots; i + 1 < PROBE_SLOTS; i++)
		assert_int_equal(speaker(p, i), speaker(p, i % p->slots));
	assert_int_equal(p->role_out_of_range, A_NORMAL);

	assert_int_equal(p->seg[SEG_PLAIN], p->role[COLOR_ROLE_NORMAL]);
	assert_int_equal(p->seg[SEG_QUOTE3], q3);
	assert_int_equal(p->seg[SEG_NEUTRAL], speaker(p, -1));
	assert_int_equal(p->seg[SEG_NEUTRAL], p->role[COLOR_ROLE_QUOTE]);
	assert_int_equal(p->seg[SEG_MENTION3], q3 | A_BOLD | A_UNDERLINE);
	assert_int_equal(p->seg[SEG_CURRENT3], q3 | A_BOLD);
	assert_int_not_equal(p->seg[SEG_CURRENT_NEUTRAL], p->seg[SEG_NEUTRAL]);
	assert_true(p->seg[SEG_CURRENT_NEUTRAL] & A_BOLD);
	/* a search hit has its own colour, in or out of a quote */
	assert_int_not_equal(PAIR_NUMBER(p->seg[SEG_SEARCH]), 0);
	assert_int_equal(PAIR_NUMBER(p->seg[SEG_SEARCH]), PAIR_NUMBER(p->role[COLOR_ROLE_SEARCH]));
	assert_int_equal(PAIR_NUMBER(p->seg[SEG_SEARCH_QUOTE3]),
	    PAIR_NUMBER(p->role[COLOR_ROLE_SEARCH]));
	assert_int_equal(p->seg[SEG_SELECTION], p->role[COLOR_ROLE_NORMAL] | A_REVERSE);
	assert_int_equal(p->seg[SEG_SELECTION_QUOTE3], q3 | A_REVERSE);
	assert_int_equal(p->seg[SEG_POINT] & (A_REVERSE | A_BOLD), A_REVERSE | A_BOLD);
	assert_int_not_equal(p->seg[SEG_POINT_SELECTION], p->seg[SEG_SELECTION]);
	assert_true((p->seg[SEG_ALL] & (A_REVERSE | A_BOLD | A_UNDERLINE)) ==
	    (A_REVERSE | A_BOLD | A_UNDERLINE));
	/* bookmarked text: underlined, quoted or not */
	assert_true(p->seg[SEG_MARK] & A_UNDERLINE);
	assert_true(p->seg[SEG_QUOTE3_MARK] & A_UNDERLINE);
	assert_true(p->seg[SEG_NEUTRAL_MARK] & A_UNDERLINE);
}

static void
test_256_colours(void **state)
{
	struct probe p;
	short mark_bg;
	int i;

	probe("xterm-256color", NULL, NULL, &p);
	assert_int_equal(p.colors, 256);
	check_colour(&p);
	assert_true(p.slots >= 12);
	/* a bookmarked quote keeps its speaker's colour over the bookmark's background */
	mark_bg = bg_of(&p, p.role[COLOR_ROLE_BOOKMARK]);
	assert_true(mark_bg >= 0);
	assert_int_equal(bg_of(&p, p.seg[SEG_MARK]), mark_bg);
	assert_int_equal(fg_of(&p, p.seg[SEG_QUOTE3_MARK]), fg_of(&p, speaker(&p, 3)));
	assert_int_equal(bg_of(&p, p.seg[SEG_QUOTE3_MARK]), mark_bg);
	assert_int_equal(fg_of(&p, p.seg[SEG_NEUTRAL_MARK]), fg_of(&p, speaker(&p, -1)));
	assert_int_equal(bg_of(&p, p.seg[SEG_NEUTRAL_MARK]), mark_bg);
	/* the speaker colours are xterm-256 indexes beyond the 16 system colours */
	for (i = 0; i < p.slots; i++)
		assert_true(fg_of(&p, speaker(&p, i)) >= 16);
}

static void
test_8_colours(void **state)
{
	struct probe p, wide;
	short fg;
	int i;

	probe("xterm", NULL, NULL, &p);
	assert_int_equal(p.colors, 8);
	check_colour(&p);
	probe("xterm-256color", NULL, NULL, &wide);
	assert_true(wide.slots > p.slots);
	assert_int_equal(p.slots, 6);
	for (i = 0; i < p.slots; i++) {
		fg = fg_of(&p, speaker(&p, i));
		assert_true(fg != COLOR_BLACK && fg != COLOR_WHITE);
		assert_true(bg_of(&p, speaker(&p, i)) == -1);
	}
	/* no background for bookmarks here: the quote keeps its pair and is underlined */
	assert_int_equal(p.seg[SEG_QUOTE3_MARK], speaker(&p, 3) | A_UNDERLINE);
	assert_int_equal(p.seg[SEG_MARK], p.role[COLOR_ROLE_NORMAL] | A_UNDERLINE);
}

/* 88 colours: neither the 256-colour indexes nor fewer than the eight hues. */
static void
test_88_colours(void **state)
{
	struct probe p;

	probe("rxvt-unicode", NULL, NULL, &p);
	assert_int_equal(p.colors, 88);
	check_colour(&p);
	assert_int_equal(p.slots, 6);
}

static void
check_mono(const struct probe *p)
{
	int i;

	assert_false(p->on);
	assert_int_equal(p->slots, 1);
	/* every slot, the unknown speaker too, is the one quote attribute */
	for (i = 0; i < PROBE_SLOTS; i++)
		assert_int_equal(p->speaker[i], A_UNDERLINE);
	for (i = 0; i < COLOR_ROLE_COUNT; i++)
		assert_int_equal(PAIR_NUMBER(p->role[i]), 0);
	for (i = 0; i < SEG_COUNT; i++)
		assert_int_equal(PAIR_NUMBER(p->seg[i]), 0);
	assert_int_equal(p->seg[SEG_PLAIN], A_NORMAL);
	assert_int_equal(p->seg[SEG_QUOTE3], A_UNDERLINE);
	assert_int_equal(p->seg[SEG_CURRENT3], A_UNDERLINE | A_BOLD);
	assert_int_equal(p->seg[SEG_MENTION3], A_UNDERLINE | A_BOLD);
	assert_int_equal(p->seg[SEG_SEARCH], A_REVERSE);
	assert_int_equal(p->seg[SEG_SELECTION], A_REVERSE);
	assert_int_equal(p->seg[SEG_SELECTION_QUOTE3], A_REVERSE | A_UNDERLINE);
	assert_int_equal(p->seg[SEG_POINT], A_REVERSE | A_BOLD);
}

static void
test_monochrome_terminal(void **state)
{
	struct probe p;

	probe("vt100", NULL, NULL, &p);
	check_mono(&p);
	/* no italics on a vt100: bookmarks fall back to underline */
	assert_int_equal(p.seg[SEG_MARK], A_UNDERLINE);
	assert_int_equal(p.seg[SEG_QUOTE3_MARK], A_UNDERLINE);
}

static void
test_no_color(void **state)
{
	struct probe p;

	probe("xterm-256color", "1", NULL, &p);
	check_mono(&p);
	/* xterm has italics: a bookmarked quote is both underlined and italic */
	assert_int_equal(p.seg[SEG_MARK], A_ITALIC);
	assert_int_equal(p.seg[SEG_QUOTE3_MARK], A_UNDERLINE | A_ITALIC);
	assert_int_equal(p.seg[SEG_NEUTRAL_MARK], A_UNDERLINE | A_ITALIC);

	/* an empty NO_COLOR does not count */
	probe("xterm-256color", "", NULL, &p);
	check_colour(&p);
}

/* A terminal with few colour pairs gets fewer speaker colours, never pair numbers past
 * COLOR_PAIRS; with too few for the roles it is monochrome. Needs tic to build the entry. */
static void
probe_pairs(int pairs, struct probe *p)
{
	char dir[] = "/tmp/quoth-test-color-XXXXXX", cmd[256], src[128];
	FILE *f;
	int rc;

	assert_non_null(mkdtemp(dir));
	snprintf(src, sizeof src, "%s/few.src", dir);
	f = fopen(src, "w");
	assert_non_null(f);
	fprintf(f, "quoth-few|256 colours few pairs, pairs#%d, use=xterm-256color,\n", pairs);
	fclose(f);
	snprintf(cmd, sizeof cmd, "tic -o %s %s >/dev/null 2>&1", dir, src);
	rc = system(cmd);
	if (rc == 0)
		probe("quoth-few", NULL, dir, p);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
	if (rc != 0)
		skip();
	assert_int_equal(p->pairs, pairs);
}

static void
test_few_pairs(void **state)
{
	struct probe p;
	int i;

	/* room for the roles and nine speakers, none for bookmark layering */
	probe_pairs(COLOR_ROLE_COUNT + 10, &p);
	check_colour(&p);
	assert_int_equal(p.slots, 9);
	assert_int_equal(p.seg[SEG_QUOTE3_MARK], speaker(&p, 3) | A_UNDERLINE);

	/* room for the roles only: colours, but one quote colour for every speaker */
	probe_pairs(COLOR_ROLE_COUNT + 2, &p);
	assert_true(p.on);
	check_pairs_exist(&p);
	assert_int_equal(p.slots, 1);
	for (i = 0; i < PROBE_SLOTS; i++)
		assert_int_equal(p.speaker[i], p.role[COLOR_ROLE_QUOTE]);

	/* not even room for the roles */
	probe_pairs(COLOR_ROLE_COUNT, &p);
	check_mono(&p);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_256_colours),
		cmocka_unit_test(test_8_colours),
		cmocka_unit_test(test_88_colours),
		cmocka_unit_test(test_monochrome_terminal),
		cmocka_unit_test(test_no_color),
		cmocka_unit_test(test_few_pairs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
