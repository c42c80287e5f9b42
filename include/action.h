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
	X(NEXT_QUOTE,  "next-quote",   "go to the next quote in the article") \
	X(PREV_QUOTE,  "prev-quote",   "go to the previous quote in the article") \
	X(NEXT_SAME,   "next-same",    "next quote by the same speaker, on into later articles") \
	X(PREV_SAME,   "prev-same",    "previous quote by the same speaker, back into earlier articles") \
	X(SPEAKERS,    "speakers",     "pick a speaker and list all their quotes") \
	X(JUMP_BACK,   "jump-back",    "go back to where you were before the last jump") \
	X(JUMP_FORWARD, "jump-forward", "go forward again after jump-back") \
	X(BOOKMARKS,   "bookmarks",    "show every bookmark in the store") \
	X(VISUAL,      "visual",       "start selecting a passage at the cursor") \
	X(BOOKMARK_QUOTE, "bookmark-quote", "bookmark the current quote, with its speaker") \
	X(ARTICLE_QUOTES, "article-quotes", "show the article's own quotes again") \
	X(FIX_REASSIGN, "reassign",    "attribute the quote to another speaker") \
	X(FIX_NOT_QUOTE, "not-quote",  "mark the quote as not a quotation") \
	X(FIX_MERGE,   "merge",        "merge the quote's speaker into another speaker") \
	X(FIX_RENAME,  "rename",       "rename the quote's speaker") \
	X(FIX_SPLIT,   "split",        "split the quote's mention off as a speaker of its own") \
	X(FIX_UNDO,    "undo-fix",     "undo the last correction made in this session") \
	X(SEL_CHAR_NEXT, "char-right", "grow the selection by a character") \
	X(SEL_CHAR_PREV, "char-left",  "shrink the selection by a character") \
	X(SEL_WORD_NEXT, "word-right", "grow the selection to the next word") \
	X(SEL_WORD_PREV, "word-left",  "move the selection's end back a word") \
	X(SEL_SENT_NEXT, "sentence-right", "grow the selection to the next sentence") \
	X(SEL_SENT_PREV, "sentence-left", "move the selection's end back a sentence") \
	X(SEL_PARA_NEXT, "paragraph-right", "grow the selection to the next paragraph") \
	X(SEL_PARA_PREV, "paragraph-left", "move the selection's end back a paragraph") \
	X(BOOKMARK,    "bookmark",     "bookmark the selection (then type an optional note)") \
	X(EDIT_NOTE,   "edit-note",    "edit the bookmark's note") \
	X(DELETE,      "delete",       "delete the bookmark") \
	X(UNDELETE,    "undelete",     "bring back the bookmark deleted last") \
	X(SUBMIT,      "submit",       "accept what was typed") \
	X(CLOSE,       "close",        "close, or cancel")

enum action {
#define ACTION_ENUM(id, name, help) ACTION_##id,
	ACTION_LIST(ACTION_ENUM)
#undef ACTION_ENUM
	ACTION_COUNT
};

/* The contexts a binding applies in: the focused pane, or everywhere, or a modal mode
 * (help screen, visual selection, speaker picker, bookmarks view, a prompt). Modal
 * contexts may shadow global keys on purpose (q closes the help). The picker, the
 * bookmarks view and prompts are "typing" contexts: keys they do not bind are text
 * (a filter, a note), never global actions. */
enum action_ctx {
	ACTION_CTX_GLOBAL,
	ACTION_CTX_LIST,
	ACTION_CTX_BODY,
	ACTION_CTX_QUOTES,
	ACTION_CTX_HELP,
	ACTION_CTX_VISUAL,
	ACTION_CTX_PICKER,
	ACTION_CTX_BOOKMARKS,
	ACTION_CTX_PROMPT,
	ACTION_CTX_COUNT
};

/* action_ctx_modal: true for the help screen, visual mode, picker, bookmarks, prompt. */
int action_ctx_modal(enum action_ctx c);
/* action_ctx_typing: true for contexts whose unbound keys are text. */
int action_ctx_typing(enum action_ctx c);

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

/* action_lookup: the action bound to key in ctx, falling back to the global context
 * (except in typing contexts); ACTION_COUNT when none. */
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
