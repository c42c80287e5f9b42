/* color.c: one table of colour roles, turned into curses pairs or monochrome attributes. */
#include "config.h"

#include <stdlib.h>

#include "color.h"

struct color_spec {
	short fg, bg;
	attr_t attr, mono;
};

static const struct color_spec color_specs[COLOR_ROLE_COUNT] = {
#define COLOR_ROLE_SPEC(id, fg, bg, attr, mono) { fg, bg, attr, mono },
	COLOR_ROLE_LIST(COLOR_ROLE_SPEC)
#undef COLOR_ROLE_SPEC
};

static attr_t color_attrs[COLOR_ROLE_COUNT];
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

void
color_init(void)
{
	int i;
	bool defaults = false;

	color_on = color_wanted() && start_color() == OK && COLOR_PAIRS > COLOR_ROLE_COUNT;
	if (color_on)
		defaults = use_default_colors() == OK;
	for (i = 0; i < COLOR_ROLE_COUNT; i++) {
		const struct color_spec *c = &color_specs[i];
		short fg = c->fg, bg = c->bg;

		if (!color_on) {
			color_attrs[i] = c->mono;
			continue;
		}
		/* Without default colours, -1 means the usual white on black. */
		if (!defaults) {
			fg = fg < 0 ? COLOR_WHITE : fg;
			bg = bg < 0 ? COLOR_BLACK : bg;
		}
		if (fg < 0 && bg < 0) {
			color_attrs[i] = c->attr;
			continue;
		}
		if (init_pair((short)(i + 1), fg, bg) == OK)
			color_attrs[i] = c->attr | COLOR_PAIR(i + 1);
		else
			color_attrs[i] = c->mono;
	}
}

attr_t
color_attr(enum color_role role)
{
	if ((unsigned)role >= COLOR_ROLE_COUNT)
		return A_NORMAL;
	return color_attrs[role];
}

enum color_role
color_speaker(long n)
{
	if (n < 0)
		n = -n;
	return (enum color_role)(COLOR_ROLE_SPEAKER1 + n % COLOR_SPEAKERS);
}

bool
color_enabled(void)
{
	return color_on;
}
