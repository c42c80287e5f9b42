/* tui_int.h: the reader's state, shared by the files of the curses front end only:
 * tui.c (panes, loop, jumps, corrections), tui_picker.c (the speaker picker) and
 * tui_bookmarks.c (visual selection, bookmarks and their view). Nothing outside src/tui*.c
 * includes it. */
#ifndef QUOTH_TUI_INT_H
#define QUOTH_TUI_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <curses.h>

#include "action.h"
#include "article.h"
#include "jumplist.h"
#include "layout.h"
#include "lineedit.h"
#include "spans.h"
#include "store.h"
#include "textobj.h"
#include "tui_draw.h"
#include "wrap.h"

enum tui_result {
	TUI_DONE,      /* the action changed something */
	TUI_NOOP,      /* nothing to do (at the end of a list) */
	TUI_ERROR,     /* failed; the reason is in the status line */
	TUI_UNHANDLED  /* not this context's: try the next table */
};

/* A quote as the reader shows it: in the article's own list and in a speaker's list. */
struct tui_quote {
	int64_t id, article_id, speaker_id; /* speaker_id 0 when unknown */
	char *speaker;      /* NULL when unknown */
	char *mention;      /* as written; NULL when none */
	char *text;         /* one line: newlines became spaces */
	char *also;         /* other outlets carrying it; NULL when none */
	char *where;        /* "date outlet" of its article, for a speaker's list */
	size_t mark_off, mark_len, mention_off, mention_len;
};

struct tui_help_line {
	char *text;
	bool heading;
};

/* What covers the panes, if anything. */
enum tui_overlay {
	TUI_OV_NONE,
	TUI_OV_HELP,
	TUI_OV_PICKER,
	TUI_OV_BOOKMARKS
};

struct tui;
/* What a prompt does with the text typed when Enter ends it. */
typedef void (*tui_prompt_fn)(struct tui *t, const char *text);

struct tui {
	struct store *st;
	int rows, cols;
	struct layout lay;
	struct tui_pane pane[LAYOUT_PANE_COUNT];
	struct tui_pane over;  /* the overlay: help, picker or bookmarks */
	enum tui_overlay ov;
	WINDOW *status;
	enum layout_pane focus;
	bool frame_dirty, status_dirty, quit;
	char msg[256];

	/* The window of list rows held in memory: positions [win_off, win_off + win_n). */
	struct store_article_row *win;
	long win_off, win_n;

	/* The article under the list cursor, wrapped to the body pane's width. */
	struct article art;
	bool have_art;
	struct wrap_line *lines;
	size_t nlines;
	size_t headline_len;
	int wrap_cols;
	size_t point;          /* the body's cursor: a byte offset into art.body */
	struct tui_seg *segs;  /* scratch for one body row's segments */
	size_t segs_cap;
	struct span *spans;    /* the body's highlights, built once per paint of the body */
	size_t nspans;

	/* The article's quotes (highlighting, n/N) and the quotes pane's list, which is either
	 * the same array or one speaker's quotes across the store (pane_speaker != 0). */
	struct tui_quote *aq;
	size_t naq;
	struct tui_quote *sq;
	size_t nsq;
	int64_t pane_speaker;
	char *pane_speaker_name;

	/* The article's bookmarks, for highlighting. */
	struct store_bookmark *abm;
	size_t nabm;

	/* Visual mode: the selection runs from the anchor to the point, in whole units. */
	bool visual;
	size_t vis_anchor;
	enum textobj_unit vis_unit;

	struct jumplist jumps;

	/* Corrections made in this session, newest last, for undo. */
	int64_t *fixes;
	size_t nfixes;

	/* A prompt in the status line. */
	bool prompting;
	struct lineedit ed;
	char prompt_label[160];
	tui_prompt_fn prompt_done;
	int64_t prompt_id;     /* what the prompt is about (a quote, a bookmark) */
	char *prompt_arg;      /* and a name it needs (the speaker's); NULL when none */

	/* The filter of the picker and the bookmarks view, typed straight into the overlay. */
	struct lineedit filter;

	/* The speaker picker: every speaker, their folded search text, the matching rows. */
	struct store_speaker_row *spk;
	char **spk_fold;
	bool *spk_detail;      /* aliases and roles read for this row */
	size_t nspk;
	bool spk_loaded, spk_full; /* full: every row has its aliases and roles */
	size_t *spk_match;
	size_t nspk_match;

	/* The bookmarks view, and the bookmark deleted last (for undelete). */
	struct store_bookmark *bm;
	char **bm_fold;
	size_t nbm;
	size_t *bm_match;
	size_t nbm_match;
	struct store_bookmark undel;
	bool have_undel;

	struct tui_help_line *help_lines;
	size_t nhelp;
};

typedef enum tui_result (*tui_handler)(struct tui *t, enum action a);

/* tui.c, for the other tui files */
void tui_message(struct tui *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
enum action_ctx tui_ctx(const struct tui *t);
/* tui_nav: the movement actions on a list (cursor) or a text (view) pane. */
enum tui_result tui_nav(struct tui_pane *p, bool text, enum action a);
/* tui_goto: opens article_id in the body with the point at off (scrolled into view),
 * moving the list cursor to it. jump records where the reader was, for jump-back.
 * Returns 0, or -1 (message set). */
int tui_goto(struct tui *t, int64_t article_id, size_t off, size_t len, bool jump);
/* tui_prompt: opens a prompt in the status line, prefilled with initial (may be NULL). */
void tui_prompt(struct tui *t, const char *label, const char *initial, tui_prompt_fn done,
                int64_t id);
/* tui_reload_marks: re-reads the article's bookmarks (after one is added or removed). */
void tui_reload_marks(struct tui *t);
/* tui_overlay_open: shows the overlay ov with these callbacks and an empty filter. */
void tui_overlay_open(struct tui *t, enum tui_overlay ov,
                      void (*row)(void *, long, struct tui_row *, struct buf *),
                      void (*title)(void *, struct buf *), const char *empty);
void tui_overlay_close(struct tui *t);
/* tui_show_speaker: fills the quotes pane with every quote of a speaker, newest first. */
int tui_show_speaker(struct tui *t, int64_t speaker_id, const char *name);

/* The quotes pane's list and the article's quotes, read again (after a correction). */
void tui_article_quotes_load(struct tui *t);
void tui_show_article_quotes(struct tui *t);
/* tui_selected_quote: the quote selected in the quotes pane, or NULL. */
struct tui_quote *tui_selected_quote(const struct tui *t);
/* tui_list_reload: re-reads the article count and the visible rows. */
void tui_list_reload(struct tui *t);

/* tui_fix.c */
enum tui_result tui_h_fix(struct tui *t, enum action a);
enum tui_result tui_h_fix_undo(struct tui *t, enum action a);

/* tui_picker.c */
enum tui_result tui_picker_open(struct tui *t, enum action a);
extern const tui_handler tui_picker_handlers[ACTION_COUNT];
/* tui_picker_filter: re-applies the filter text to the speakers. */
void tui_picker_filter(struct tui *t);
/* tui_picker_forget: drops the loaded speakers (they changed: a correction). */
void tui_picker_forget(struct tui *t);

/* tui_bookmarks.c */
enum tui_result tui_bookmarks_open(struct tui *t, enum action a);
extern const tui_handler tui_bookmarks_handlers[ACTION_COUNT];
extern const tui_handler tui_visual_handlers[ACTION_COUNT];
void tui_bookmarks_filter(struct tui *t);
void tui_bookmarks_free(struct tui *t);
enum tui_result tui_visual_start(struct tui *t, enum action a);
enum tui_result tui_bookmark_quote(struct tui *t, enum action a);
/* tui_visual_range: the selection as [*start, *end) of the body; false when not in visual
 * mode. */
bool tui_visual_range(const struct tui *t, size_t *start, size_t *end);

#endif
