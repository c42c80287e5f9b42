/* wrap.h: pure word wrapping of an article body into display lines (no curses). */
#ifndef QUOTH_WRAP_H
#define QUOTH_WRAP_H

#include <stddef.h>

/* One display line: bytes [off, off+len) of the body, width columns wide.
 * A blank separator line between paragraphs has len 0 and off at the paragraph break. */
struct wrap_line {
	size_t off;
	size_t len;
	int width;
};

/* wrap_text: wraps text (paragraphs separated by one or more blank lines, a single '\n'
 * is a hard line break) to cols columns (cols >= 1), breaking at spaces and never inside
 * a grapheme cluster; a word wider than cols is split by cluster. Leading spaces of a
 * continuation line are not shown (they are skipped by off). Returns the line count and
 * stores a new array in *out (caller frees; NULL when 0 lines). */
size_t wrap_text(const char *text, size_t len, int cols, struct wrap_line **out);

/* wrap_find_line: the index of the line that shows byte offset off (the last line whose
 * off <= the offset), for scrolling to a position. */
size_t wrap_find_line(const struct wrap_line *lines, size_t n, size_t off);

#endif
