/* color.c: one table of colour roles and a speaker palette, turned into curses pairs or
 * monochrome attributes, and the layering of body highlights into one attribute. */
#include "config.h"

#include <stdlib.h>

#include "color.h"

struct color_spec {
	short fg, bg, fg256, bg256;
	attr_t attr, mono;
};

static const struct color_spec color_specs[COLOR_ROLE_COUNT] = {
#define COLOR_ROLE_SPEC(id, fg, bg, fg256, bg256, attr, mono) { fg, bg, fg256, bg256, attr, mono },
	COLOR_ROLE_LIST(COLOR_ROLE_SPEC)
#undef COLOR_ROLE_SPEC
};

/* Six hues, no black or white (one of them is the background); neighbours alternate
 * cool and warm so consecutive speakers never look alike. */
static const short color_palette8[] = {
	COLOR_CYAN, COLOR_RED, COLOR_GREEN, COLOR_MAGENTA, COLOR_YELLOW, COLOR_BLUE,
};

/* xterm-256 indexes of middle lightness, readable on a dark and on a light default
 * background, spread round the hue circle; again neighbours are far apart. */
static const short color_palette256[] = {
	160, /* red */    37,  /* teal */   166, /* orange */ 63,  /* blue */
	136, /* gold */   164, /* magenta */ 34, /* green */  168, /* pink */
	106, /* lime */   98,  /* purple */ 130, /* brown */  32,  /* sky */
};

#define COLOR_SLOTS_MAX ((int)(sizeof color_palette256 / sizeof color_palette256[0]))
#define COLOR_NELEM(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* COLOR_PAIR() keeps 8 bits of pair number in an attr_t: roles, speakers, and speakers
 * over the bookmark background must all fit. */
_Static_assert(COLOR_ROLE_COUNT + 2 * COLOR_SLOTS_MAX + 2 <= 256, "too many colour pairs");

static attr_t color_attrs[COLOR_ROLE_COUNT];
static attr_t color_speakers[COLOR_SLOTS_MAX];
/* Bookmarked quotes keep their speaker's colour over the bookmark background, when the
 * terminal has 256 colours and pairs to spare (color_layered). */
static attr_t color_speakers_marked[COLOR_SLOTS_MAX];
static attr_t color_neutral_marked;
static bool color_layered;
static int color_slots = 1;
static bool color_on;

/* https://no-color.org: any non-empty value turns colour off. */
static bool
color_wanted(void)
{
	const char *v = getenv("NO_COLOR");

	if (v != NULL && v[0] != '\0')
		return false;
	return has_colors();
}

/* Italics are missing from many terminals (vt100, the Linux console): underline there. */
static attr_t
color_mono(attr_t mono)
{
	if ((mono & A_ITALIC) && !(termattrs() & A_ITALIC))
		mono = (mono & ~A_ITALIC) | A_UNDERLINE;
	return mono;
}

/* Pair number pair as fg on bg, or -1 when curses refuses it; without default colours
 * (-1) the terminal's usual white on black stands in. */
static int
color_pair(int pair, short fg, short bg, bool defaults)
{
	if (!defaults) {
		fg = fg < 0 ? COLOR_WHITE : fg;
		bg = bg < 0 ? COLOR_BLACK : bg;
	}
	if (pair >= COLOR_PAIRS || init_pair((short)pair, fg, bg) != OK)
		return -1;
	return pair;
}

static void
color_init_mono(void)
{
	int i;

	color_on = false;
	color_layered = false;
	color_slots = 1;
	for (i = 0; i < COLOR_ROLE_COUNT; i++)
		color_attrs[i] = color_mono(color_specs[i].mono);
	color_speakers[0] = color_attrs[COLOR_ROLE_QUOTE];
}

void
color_init(void)
{
	int i, p, next;
	bool defaults, wide;
	const short *palette;
	short fg, bg;

	if (!color_wanted() || start_color() != OK || COLOR_PAIRS <= COLOR_ROLE_COUNT) {
		color_init_mono();
		return;
	}
	color_on = true;
	defaults = use_default_colors() == OK;
	/* 256-colour indexes only where they exist: init_pair fails on them elsewhere. */
	wide = COLORS >= 256;
	for (i = 0; i < COLOR_ROLE_COUNT; i++) {
		const struct color_spec *c = &color_specs[i];

		fg = wide ? c->fg256 : c->fg;
		bg = wide ? c->bg256 : c->bg;
		color_attrs[i] = c->attr;
		if (fg < 0 && bg < 0)
			continue;
		p = color_pair(i + 1, fg, bg, defaults);
		color_attrs[i] = p < 0 ? color_mono(c->mono) : c->attr | COLOR_PAIR(p);
	}

	palette = wide ? color_palette256 : color_palette8;
	color_slots = wide ? COLOR_NELEM(color_palette256) : COLOR_NELEM(color_palette8);
	next = COLOR_ROLE_COUNT + 1;
	/* Fewer speaker colours rather than pair numbers the terminal does not have. */
	for (i = 0; i < color_slots; i++) {
		p = color_pair(next + i, palette[i], -1, defaults);
		if (p < 0) {
			color_slots = i;
			break;
		}
		color_speakers[i] = COLOR_PAIR(p);
	}
	next += color_slots;
	if (color_slots < 2) {
		/* Nothing to tell speakers apart by: one quote colour, as on monochrome. */
		color_slots = 1;
		color_speakers[0] = color_attrs[COLOR_ROLE_QUOTE];
	}

	/* On 8 colours a bookmark is only underlined: any background would hide one hue. */
	color_layered = false;
	if (wide && color_slots > 1 && COLOR_PAIRS - next > color_slots) {
		bg = color_specs[COLOR_ROLE_BOOKMARK].bg256;
		color_layered = true;
		for (i = 0; i < color_slots && color_layered; i++) {
			p = color_pair(next + i, palette[i], bg, defaults);
			color_layered = p >= 0;
			color_speakers_marked[i] = p < 0 ? 0 : COLOR_PAIR(p);
		}
		p = color_pair(next + color_slots, color_specs[COLOR_ROLE_QUOTE].fg256, bg, defaults);
		color_layered = color_layered && p >= 0;
		color_neutral_marked = p < 0 ? 0 : COLOR_PAIR(p);
	}
}

attr_t
color_attr(enum color_role role)
{
	if ((unsigned)role >= COLOR_ROLE_COUNT)
		return A_NORMAL;
	return color_attrs[role];
}

int
color_speaker_slots(void)
{
	return color_slots;
}

attr_t
color_speaker_attr(int slot)
{
	if (!color_on || slot < 0 || color_slots < 2)
		return color_attrs[COLOR_ROLE_QUOTE];
	return color_speakers[slot % color_slots];
}

/* a with over layered on top: over's colour (if it has one) replaces a's. */
static attr_t
color_over(attr_t a, attr_t over)
{
	if (over & A_COLOR)
		a &= ~A_COLOR;
	return a | over;
}

attr_t
color_span_attr(const struct span_seg *seg)
{
	attr_t a = color_attrs[COLOR_ROLE_NORMAL];
	unsigned k = seg->kinds;
	int slot = -1;
	bool quoted = false;

	if (k & (1u << SPAN_QUOTE)) {
		slot = seg->style[SPAN_QUOTE];
		a = color_speaker_attr(slot);
		quoted = true;
	}
	if (k & (1u << SPAN_MENTION)) {
		slot = seg->style[SPAN_MENTION];
		a = color_speaker_attr(slot) | A_BOLD | A_UNDERLINE;
		quoted = true;
	}
	/* Bold alone would not show on text that is bold already. */
	if (k & (1u << SPAN_CURRENT))
		a |= (a & A_BOLD) ? A_BOLD | A_UNDERLINE : A_BOLD;
	if (k & (1u << SPAN_BOOKMARK)) {
		attr_t mark = color_attrs[COLOR_ROLE_BOOKMARK];

		/* A quote keeps its speaker's colour: over the bookmark background where
		 * there are pairs for that, else the bookmark shows by its attributes alone. */
		if (quoted && color_layered && slot >= 0)
			mark = color_speakers_marked[slot % color_slots] | (mark & ~A_COLOR);
		else if (quoted && color_layered)
			mark = color_neutral_marked | (mark & ~A_COLOR);
		else if (quoted)
			mark &= ~A_COLOR;
		a = color_over(a, mark);
	}
	if (k & (1u << SPAN_SEARCH))
		a = color_over(a, color_attrs[COLOR_ROLE_SEARCH]);
	if (k & (1u << SPAN_SELECTION))
		a |= A_REVERSE;
	if (k & (1u << SPAN_POINT))
		a |= A_REVERSE | A_BOLD;
	return a;
}

bool
color_enabled(void)
{
	return color_on;
}
