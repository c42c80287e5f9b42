/* textobj.h: pure text units for selecting passages in an article body: grapheme
 * clusters, words, sentences and paragraphs, as byte offsets. No curses. */
#ifndef QUOTH_TEXTOBJ_H
#define QUOTH_TEXTOBJ_H

#include <stddef.h>

enum textobj_unit {
	TEXTOBJ_CHAR,      /* one grapheme cluster */
	TEXTOBJ_WORD,      /* a run of letters/digits (with inner apostrophes and hyphens) */
	TEXTOBJ_SENTENCE,  /* up to and including . ! ? … (and closing quotes/brackets after
	                    * them) followed by space or the paragraph's end; abbreviations
	                    * such as "Mr." "U.S." and decimals "3.5" do not end a sentence */
	TEXTOBJ_PARAGRAPH  /* text between blank lines ("\n\n") */
};

/* textobj_around: the unit that contains byte pos of s[0..len): [*start, *end), never
 * including leading or trailing white space. When pos is on white space between units,
 * the next unit (or the previous one at the end of the text). Empty text gives [0, 0). */
void textobj_around(const char *s, size_t len, size_t pos, enum textobj_unit u,
                    size_t *start, size_t *end);

/* textobj_next: the start of the next unit after the one containing pos (vim's w, ")",
 * "}"); len when there is none. For TEXTOBJ_CHAR the next cluster boundary. */
size_t textobj_next(const char *s, size_t len, size_t pos, enum textobj_unit u);

/* textobj_prev: the start of the unit containing pos, or of the previous unit when pos
 * is already at a start (vim's b, "(", "{"); 0 when there is none. For TEXTOBJ_CHAR the
 * previous cluster boundary. */
size_t textobj_prev(const char *s, size_t len, size_t pos, enum textobj_unit u);

/* textobj_span: the selection between two positions a and b (either order), each grown
 * to whole units of u: [*start, *end) from the start of a's unit to the end of b's. */
void textobj_span(const char *s, size_t len, size_t a, size_t b, enum textobj_unit u,
                  size_t *start, size_t *end);

#endif
