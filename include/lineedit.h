/* lineedit.h: a one-line text editor for prompts (notes, speaker names), pure: UTF-8 aware,
 * moves and deletes by grapheme cluster, knows display columns through text.h. No curses:
 * keys arrive by the action table's names ("Left", "C-u", "BSpace", or the character). */
#ifndef QUOTH_LINEEDIT_H
#define QUOTH_LINEEDIT_H

#include <stdbool.h>
#include <stddef.h>

/* LINEEDIT_MAX: bytes a line may hold; insertions beyond it are refused. */
#define LINEEDIT_MAX 4096

struct lineedit {
	char *s;       /* NUL-terminated, valid UTF-8, never NULL after init */
	size_t len;    /* bytes in s */
	size_t cap;
	size_t cursor; /* byte offset, always on a grapheme cluster boundary, <= len */
};

/* lineedit_init: starts with initial (may be NULL) cleaned of control characters and
 * newlines, the cursor at its end. */
void lineedit_init(struct lineedit *e, const char *initial);
void lineedit_free(struct lineedit *e);

/* lineedit_key: applies one key; returns true when the key is the editor's (then the
 * text or the cursor may have changed), false for keys the caller handles (Enter, Esc,
 * anything unbound). The editor's keys:
 *   Left, C-b / Right, C-f    one grapheme cluster
 *   M-b / M-f                 one word
 *   Home, C-a / End, C-e      start / end of the line
 *   BSpace, C-h               delete the cluster before the cursor
 *   Delete, C-d               delete the cluster under the cursor
 *   C-u                       delete from the start of the line to the cursor
 *   C-k                       delete from the cursor to the end
 *   C-w                       delete the word before the cursor
 *   Space                     insert a space
 *   a single printable character (any UTF-8, including wide and combining ones)
 *                             insert it at the cursor (a combining mark joins the
 *                             cluster before it; the cursor stays on a boundary) */
bool lineedit_key(struct lineedit *e, const char *key);

/* lineedit_insert: inserts s[0..n) at the cursor, dropping control characters and
 * invalid bytes (a paste). Returns false when the line would exceed LINEEDIT_MAX (then
 * nothing is inserted). */
bool lineedit_insert(struct lineedit *e, const char *s, size_t n);

/* lineedit_view: how to show the line in cols columns: *start is the byte offset of the
 * first visible cluster (scrolled so the cursor is visible, with the cursor kept off the
 * last column when text follows it), *cursor_col the cursor's column relative to it
 * (0 <= *cursor_col < cols when cols > 0). */
void lineedit_view(const struct lineedit *e, int cols, size_t *start, int *cursor_col);

#endif
