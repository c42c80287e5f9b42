/* action.c: the action table: default keys per context, lookup, help text, man page KEYS. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "action.h"

static const char *const action_names[ACTION_COUNT] = {
#define ACTION_NAME(id, name, help) name,
	ACTION_LIST(ACTION_NAME)
#undef ACTION_NAME
};

static const char *const action_helps[ACTION_COUNT] = {
#define ACTION_HELP(id, name, help) help,
	ACTION_LIST(ACTION_HELP)
#undef ACTION_HELP
};

static const char *const ctx_names[ACTION_CTX_COUNT] = {
	"global", "list", "body", "quotes", "help", "visual", "picker", "bookmarks", "prompt"
};

static const char *const ctx_titles[ACTION_CTX_COUNT] = {
	"Everywhere", "Article list", "Article body", "Quotes", "Help screen",
	"Selecting a passage (visual mode)", "Speaker picker (type to narrow)",
	"Bookmarks (type to narrow)", "Typing a note or a name"
};

/* Movement is global: it applies to whichever pane has the focus. The order here is
 * the order keys are listed in the help screen and the man page. */
static const struct action_binding default_bindings[] = {
	{ ACTION_CTX_GLOBAL, "q", ACTION_QUIT },
	{ ACTION_CTX_GLOBAL, "?", ACTION_HELP },
	{ ACTION_CTX_GLOBAL, "j", ACTION_DOWN },
	{ ACTION_CTX_GLOBAL, "Down", ACTION_DOWN },
	{ ACTION_CTX_GLOBAL, "k", ACTION_UP },
	{ ACTION_CTX_GLOBAL, "Up", ACTION_UP },
	{ ACTION_CTX_GLOBAL, "PgDn", ACTION_PAGE_DOWN },
	{ ACTION_CTX_GLOBAL, "Space", ACTION_PAGE_DOWN },
	{ ACTION_CTX_GLOBAL, "PgUp", ACTION_PAGE_UP },
	{ ACTION_CTX_GLOBAL, "b", ACTION_PAGE_UP },
	{ ACTION_CTX_GLOBAL, "C-d", ACTION_HALF_DOWN },
	{ ACTION_CTX_GLOBAL, "C-u", ACTION_HALF_UP },
	{ ACTION_CTX_GLOBAL, "g", ACTION_TOP },
	{ ACTION_CTX_GLOBAL, "Home", ACTION_TOP },
	{ ACTION_CTX_GLOBAL, "G", ACTION_BOTTOM },
	{ ACTION_CTX_GLOBAL, "End", ACTION_BOTTOM },
	{ ACTION_CTX_GLOBAL, "Tab", ACTION_NEXT_PANE },
	{ ACTION_CTX_GLOBAL, "BTab", ACTION_PREV_PANE },
	{ ACTION_CTX_GLOBAL, "n", ACTION_NEXT_QUOTE },
	{ ACTION_CTX_GLOBAL, "N", ACTION_PREV_QUOTE },
	{ ACTION_CTX_GLOBAL, "]", ACTION_NEXT_SAME },
	{ ACTION_CTX_GLOBAL, "[", ACTION_PREV_SAME },
	{ ACTION_CTX_GLOBAL, "s", ACTION_SPEAKERS },
	{ ACTION_CTX_GLOBAL, "C-o", ACTION_JUMP_BACK },
	{ ACTION_CTX_GLOBAL, "BSpace", ACTION_JUMP_BACK },
	{ ACTION_CTX_GLOBAL, "C-n", ACTION_JUMP_FORWARD },
	{ ACTION_CTX_GLOBAL, "B", ACTION_BOOKMARKS },
	{ ACTION_CTX_GLOBAL, "o", ACTION_BROWSER },
	{ ACTION_CTX_GLOBAL, "C-l", ACTION_REDRAW },
	{ ACTION_CTX_LIST, "Enter", ACTION_OPEN },
	{ ACTION_CTX_LIST, "u", ACTION_TOGGLE_READ },
	{ ACTION_CTX_BODY, "v", ACTION_VISUAL },
	{ ACTION_CTX_BODY, "m", ACTION_BOOKMARK_QUOTE },
	{ ACTION_CTX_QUOTES, "Enter", ACTION_OPEN },
	{ ACTION_CTX_QUOTES, "m", ACTION_BOOKMARK_QUOTE },
	{ ACTION_CTX_QUOTES, "Esc", ACTION_ARTICLE_QUOTES },
	{ ACTION_CTX_QUOTES, "a", ACTION_FIX_REASSIGN },
	{ ACTION_CTX_QUOTES, "x", ACTION_FIX_NOT_QUOTE },
	{ ACTION_CTX_QUOTES, "M", ACTION_FIX_MERGE },
	{ ACTION_CTX_QUOTES, "R", ACTION_FIX_RENAME },
	{ ACTION_CTX_QUOTES, "S", ACTION_FIX_SPLIT },
	{ ACTION_CTX_QUOTES, "U", ACTION_FIX_UNDO },
	{ ACTION_CTX_HELP, "q", ACTION_CLOSE },
	{ ACTION_CTX_HELP, "?", ACTION_CLOSE },
	{ ACTION_CTX_HELP, "Esc", ACTION_CLOSE },
	{ ACTION_CTX_VISUAL, "l", ACTION_SEL_CHAR_NEXT },
	{ ACTION_CTX_VISUAL, "Right", ACTION_SEL_CHAR_NEXT },
	{ ACTION_CTX_VISUAL, "h", ACTION_SEL_CHAR_PREV },
	{ ACTION_CTX_VISUAL, "Left", ACTION_SEL_CHAR_PREV },
	{ ACTION_CTX_VISUAL, "w", ACTION_SEL_WORD_NEXT },
	{ ACTION_CTX_VISUAL, "b", ACTION_SEL_WORD_PREV },
	{ ACTION_CTX_VISUAL, ")", ACTION_SEL_SENT_NEXT },
	{ ACTION_CTX_VISUAL, "(", ACTION_SEL_SENT_PREV },
	{ ACTION_CTX_VISUAL, "}", ACTION_SEL_PARA_NEXT },
	{ ACTION_CTX_VISUAL, "{", ACTION_SEL_PARA_PREV },
	{ ACTION_CTX_VISUAL, "m", ACTION_BOOKMARK },
	{ ACTION_CTX_VISUAL, "Enter", ACTION_BOOKMARK },
	{ ACTION_CTX_VISUAL, "Esc", ACTION_CLOSE },
	{ ACTION_CTX_VISUAL, "v", ACTION_CLOSE },
	{ ACTION_CTX_PICKER, "Down", ACTION_DOWN },
	{ ACTION_CTX_PICKER, "C-n", ACTION_DOWN },
	{ ACTION_CTX_PICKER, "Up", ACTION_UP },
	{ ACTION_CTX_PICKER, "C-p", ACTION_UP },
	{ ACTION_CTX_PICKER, "PgDn", ACTION_PAGE_DOWN },
	{ ACTION_CTX_PICKER, "PgUp", ACTION_PAGE_UP },
	{ ACTION_CTX_PICKER, "Enter", ACTION_OPEN },
	{ ACTION_CTX_PICKER, "Esc", ACTION_CLOSE },
	{ ACTION_CTX_BOOKMARKS, "Down", ACTION_DOWN },
	{ ACTION_CTX_BOOKMARKS, "C-n", ACTION_DOWN },
	{ ACTION_CTX_BOOKMARKS, "Up", ACTION_UP },
	{ ACTION_CTX_BOOKMARKS, "C-p", ACTION_UP },
	{ ACTION_CTX_BOOKMARKS, "PgDn", ACTION_PAGE_DOWN },
	{ ACTION_CTX_BOOKMARKS, "PgUp", ACTION_PAGE_UP },
	{ ACTION_CTX_BOOKMARKS, "Enter", ACTION_OPEN },
	{ ACTION_CTX_BOOKMARKS, "C-e", ACTION_EDIT_NOTE },
	{ ACTION_CTX_BOOKMARKS, "Delete", ACTION_DELETE },
	{ ACTION_CTX_BOOKMARKS, "C-d", ACTION_DELETE },
	{ ACTION_CTX_BOOKMARKS, "C-r", ACTION_UNDELETE },
	{ ACTION_CTX_BOOKMARKS, "Esc", ACTION_CLOSE },
	{ ACTION_CTX_PROMPT, "Enter", ACTION_SUBMIT },
	{ ACTION_CTX_PROMPT, "Esc", ACTION_CLOSE },
};

#define NBINDINGS (sizeof default_bindings / sizeof default_bindings[0])

const char *
action_name(enum action a)
{
	return (unsigned)a < ACTION_COUNT ? action_names[a] : "";
}

const char *
action_help(enum action a)
{
	return (unsigned)a < ACTION_COUNT ? action_helps[a] : "";
}

const char *
action_ctx_name(enum action_ctx c)
{
	return (unsigned)c < ACTION_CTX_COUNT ? ctx_names[c] : "";
}

const char *
action_ctx_title(enum action_ctx c)
{
	return (unsigned)c < ACTION_CTX_COUNT ? ctx_titles[c] : "";
}

const struct action_binding *
action_bindings(size_t *n)
{
	*n = NBINDINGS;
	return default_bindings;
}

static enum action
action_lookup_exact(enum action_ctx ctx, const char *key)
{
	size_t i;

	for (i = 0; i < NBINDINGS; i++) {
		if (default_bindings[i].ctx == ctx && strcmp(default_bindings[i].key, key) == 0)
			return default_bindings[i].action;
	}
	return ACTION_COUNT;
}

int
action_ctx_modal(enum action_ctx c)
{
	return c == ACTION_CTX_HELP || c == ACTION_CTX_VISUAL || action_ctx_typing(c);
}

int
action_ctx_typing(enum action_ctx c)
{
	return c == ACTION_CTX_PICKER || c == ACTION_CTX_BOOKMARKS || c == ACTION_CTX_PROMPT;
}

enum action
action_lookup(enum action_ctx ctx, const char *key)
{
	enum action a;

	if (key == NULL || (unsigned)ctx >= ACTION_CTX_COUNT)
		return ACTION_COUNT;
	a = action_lookup_exact(ctx, key);
	if (a == ACTION_COUNT && ctx != ACTION_CTX_GLOBAL && !action_ctx_typing(ctx))
		a = action_lookup_exact(ACTION_CTX_GLOBAL, key);
	return a;
}

/* A binding runs a in ctx when it is ctx's own, or global and not shadowed in ctx. */
static int
action_binding_runs(const struct action_binding *b, enum action a, enum action_ctx ctx)
{
	if (b->action != a)
		return 0;
	if (b->ctx == ctx)
		return 1;
	return b->ctx == ACTION_CTX_GLOBAL && !action_ctx_typing(ctx) &&
	       action_lookup_exact(ctx, b->key) == ACTION_COUNT;
}

const char *
action_key(enum action a, enum action_ctx ctx)
{
	size_t i;

	for (i = 0; i < NBINDINGS; i++) {
		if (default_bindings[i].ctx == ctx && default_bindings[i].action == a)
			return default_bindings[i].key;
	}
	for (i = 0; i < NBINDINGS; i++) {
		if (action_binding_runs(&default_bindings[i], a, ctx))
			return default_bindings[i].key;
	}
	return NULL;
}

void
action_keys(enum action a, enum action_ctx ctx, char *buf, size_t size)
{
	size_t i, used = 0;
	int pass;

	if (size == 0)
		return;
	buf[0] = '\0';
	/* The context's own keys first, then the global ones it does not shadow. */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < NBINDINGS; i++) {
			const struct action_binding *b = &default_bindings[i];
			const char *sep = used > 0 ? ", " : "";
			size_t need;

			if (pass == 0 ? (b->ctx != ctx || b->action != a)
			              : (b->ctx == ctx || !action_binding_runs(b, a, ctx)))
				continue;
			need = strlen(sep) + strlen(b->key);
			if (used + need >= size)
				return;
			memcpy(buf + used, sep, strlen(sep));
			memcpy(buf + used + strlen(sep), b->key, strlen(b->key));
			used += need;
			buf[used] = '\0';
		}
	}
}

/* Two bindings clash when they share a key in one context, or when a pane context
 * binds a key the global context binds too (the pane's would hide it by accident). */
static int
action_clash(const struct action_binding *x, const struct action_binding *y)
{
	if (strcmp(x->key, y->key) != 0)
		return 0;
	if (x->ctx == y->ctx)
		return 1;
	if (action_ctx_modal(x->ctx) || action_ctx_modal(y->ctx))
		return 0;
	return x->ctx == ACTION_CTX_GLOBAL || y->ctx == ACTION_CTX_GLOBAL;
}

int
action_check_table(const struct action_binding *b, size_t n, char *buf, size_t size)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		if (b[i].key == NULL || b[i].key[0] == '\0' || (unsigned)b[i].action >= ACTION_COUNT ||
		    (unsigned)b[i].ctx >= ACTION_CTX_COUNT) {
			if (size > 0)
				snprintf(buf, size, "binding %zu is malformed", i);
			return -1;
		}
		for (j = 0; j < i; j++) {
			if (!action_clash(&b[j], &b[i]))
				continue;
			if (size > 0)
				snprintf(buf, size, "key %s is bound to %s (%s) and %s (%s)", b[i].key,
				         action_name(b[j].action), ctx_names[b[j].ctx],
				         action_name(b[i].action), ctx_names[b[i].ctx]);
			return -1;
		}
	}
	if (size > 0)
		buf[0] = '\0';
	return 0;
}

int
action_check(char *buf, size_t size)
{
	return action_check_table(default_bindings, NBINDINGS, buf, size);
}

/* mdoc treats a lone delimiter ("?", ",", "(") as punctuation and a leading '.' or '\''
 * as a request; \& makes such a key a plain word. */
static void
action_mdoc_word(FILE *out, const char *s)
{
	if (strchr(".'", s[0]) != NULL || (s[1] == '\0' && strchr("?!.,:;()[]|", s[0]) != NULL))
		fputs("\\&", out);
	for (; *s != '\0'; s++) {
		if (*s == '\\')
			fputs("\\e", out);
		else
			fputc(*s, out);
	}
}

void
action_write_mdoc(FILE *out)
{
	int c;
	size_t i;

	for (c = 0; c < ACTION_CTX_COUNT; c++) {
		int a, started = 0;

		for (a = 0; a < ACTION_COUNT; a++) {
			int first = 1;

			for (i = 0; i < NBINDINGS; i++) {
				const struct action_binding *b = &default_bindings[i];

				if ((int)b->ctx != c || (int)b->action != a)
					continue;
				if (!started) {
					fprintf(out, ".Ss \"%s\"\n.Bl -tag -width Ds\n", ctx_titles[c]);
					started = 1;
				}
				fputs(first ? ".It Ic " : " , Ic ", out);
				action_mdoc_word(out, b->key);
				first = 0;
			}
			if (!first) {
				fputc('\n', out);
				action_mdoc_word(out, action_helps[a]);
				fputc('\n', out);
			}
		}
		if (started)
			fputs(".El\n", out);
	}
}
