/* action.h: the one table of user actions and their default keys. It drives key dispatch,
 * the help screen, the status-bar hints and the KEYS section of the man page.
 * No curses here: keys are named as strings ("j", "Down", "C-d", "Tab", "BTab", "Enter"). */
#ifndef QUOTH_ACTION_H
#define QUOTH_ACTION_H

#include <stddef.h>
#include <stdio.h>

/* X(ID, name, help) */
#define ACTION_LIST(X) \
	X(QUIT,        "quit",         "quit quoth") \
	X(HELP,        "help",         "show this help screen") \
	X(DOWN,        "down",         "move down one line") \
	X(UP,          "up",           "move up one line") \
	X(PAGE_DOWN,   "page-down",    "move down one page") \
	X(PAGE_UP,     "page-up",      "move up one page") \
	X(HALF_DOWN,   "half-down",    "move down half a page") \
	X(HALF_UP,     "half-up",      "move up half a page") \
	X(TOP,         "top",          "go to the first line") \
	X(BOTTOM,      "bottom",       "go to the last line") \
	X(NEXT_PANE,   "next-pane",    "focus the next pane") \
	X(PREV_PANE,   "prev-pane",    "focus the previous pane") \
	X(OPEN,        "open",         "open the selected article or quote") \
	X(BROWSER,     "browser",      "open the article's link with $BROWSER") \
	X(TOGGLE_READ, "toggle-read",  "mark the article read or unread") \
	X(REDRAW,      "redraw",       "redraw the screen") \
	X(CLOSE,       "close",        "close the help screen")

enum action {
#define ACTION_ENUM(id, name, help) ACTION_##id,
	ACTION_LIST(ACTION_ENUM)
#undef ACTION_ENUM
	ACTION_COUNT
};

/* The contexts a binding applies in: the focused pane, or everywhere. The help screen
 * is modal: its own bindings may shadow global ones on purpose (q closes it). */
enum action_ctx {
	ACTION_CTX_GLOBAL,
	ACTION_CTX_LIST,
	ACTION_CTX_BODY,
	ACTION_CTX_QUOTES,
	ACTION_CTX_HELP,
	ACTION_CTX_COUNT
};

struct action_binding {
	enum action_ctx ctx;
	const char *key; /* "j", "Down", "C-d", "PgDn", "Space", "Tab", "BTab", "Enter", "?" */
	enum action action;
};

const char *action_name(enum action a);
const char *action_help(enum action a);
/* action_ctx_name: a short lowercase name ("global", "list", ...). */
const char *action_ctx_name(enum action_ctx c);
/* action_ctx_title: a heading for the help screen and the man page ("Article list"). */
const char *action_ctx_title(enum action_ctx c);

/* action_bindings: the default binding table, *n entries. */
const struct action_binding *action_bindings(size_t *n);

/* action_lookup: the action bound to key in ctx, falling back to the global context;
 * ACTION_COUNT when none. */
enum action action_lookup(enum action_ctx ctx, const char *key);

/* action_keys: the keys bound to a in ctx (global included unless shadowed in ctx),
 * joined with ", " into buf; "" when none. Always NUL-terminates when size > 0,
 * truncating at a whole key. */
void action_keys(enum action a, enum action_ctx ctx, char *buf, size_t size);

/* action_key: the first key that runs a in ctx (its own bindings first, then unshadowed
 * global ones), or NULL. For the status-bar hints. */
const char *action_key(enum action a, enum action_ctx ctx);

/* action_check: 0 when no key is bound twice in one context (global counts in every
 * pane; the modal help context may shadow global keys), else -1 with a description of
 * the first clash in buf. */
int action_check(char *buf, size_t size);
/* action_check_table: the same check on any table (for tests of the check itself). */
int action_check_table(const struct action_binding *b, size_t n, char *buf, size_t size);

/* action_write_mdoc: the man page KEYS section body, as mdoc, from the table: per
 * context an .Ss heading and a .Bl -tag list of ".It Ic key , Ic key" and the help. */
void action_write_mdoc(FILE *out);

#endif
