/* text.h: the one UTF-8 module. Validity, cleaning of hostile text, display width per
 * grapheme cluster (utf8proc), cutting to a width with "…", case/accent folding.
 * Nothing else in quoth counts columns or calls wcwidth. */
#ifndef QUOTH_TEXT_H
#define QUOTH_TEXT_H

#include <stdbool.h>
#include <stddef.h>

/* text_valid_utf8: true when s[0..len) is well-formed UTF-8 (no overlongs, no surrogates). */
bool text_valid_utf8(const char *s, size_t len);

/* text_from_latin1: converts ISO-8859-1 bytes to UTF-8. Caller frees the result. */
char *text_from_latin1(const char *s, size_t len, size_t *outlen);

/* text_clean: makes untrusted text safe to store and show. Invalid bytes become U+FFFD;
 * ESC sequences (CSI, OSC, other) and C0/C1 controls are removed, except '\n' (kept) and
 * '\t' (a space); "\r\n" and lone '\r' become '\n'; U+2028/2029 become '\n'; bidi override
 * and isolate controls (U+202A-202E, U+2066-2069) are removed; the result is NFC.
 * Caller frees. */
char *text_clean(const char *s, size_t len, size_t *outlen);

/* text_grapheme: the grapheme cluster starting at byte pos of s[0..len).
 * Returns its length in bytes (>= 1 while pos < len, 0 at the end) and stores its display
 * width in *width (0 for a lone combining mark or zero-width character, 2 for wide and
 * emoji-presentation clusters). Invalid bytes form a one-byte cluster of width 1 (drawn
 * as U+FFFD); a control character has width 0 and *is_control is set (may be NULL). */
size_t text_grapheme(const char *s, size_t len, size_t pos, int *width, bool *is_control);

/* text_width: display columns of s[0..len), summed per grapheme cluster. */
int text_width(const char *s, size_t len);

/* text_cut: a copy of s[0..len) that fits in cols columns; when it had to cut, the last
 * column holds "…". Never splits a grapheme cluster. cols <= 0 gives "". Caller frees. */
char *text_cut(const char *s, size_t len, int cols);

/* text_prefix_fit: the longest byte length of a whole-cluster prefix of s[0..len) whose
 * width is <= cols; its width goes to *width (may be NULL). */
size_t text_prefix_fit(const char *s, size_t len, int cols, int *width);

/* text_display: a copy safe to hand to the terminal: controls and invalid bytes become
 * U+FFFD, everything else unchanged. Caller frees. */
char *text_display(const char *s, size_t len);

/* text_fold: a comparison key: NFKC case fold, diacritics stripped, runs of white space
 * to one space, trimmed. "Simonytė" and "SIMONYTE" fold alike. Caller frees. */
char *text_fold(const char *s, size_t len);

/* text_cp_start: where the code point that contains byte pos (< len) starts, as a reader
 * decoding from the start with text_decode would see it: pos itself unless pos is a
 * continuation byte inside a valid sequence that began at most three bytes earlier. */
size_t text_cp_start(const char *s, size_t len, size_t pos);

/* text_decode: the code point at s[*pos], advancing *pos; invalid bytes decode to
 * U+FFFD and advance by one. Returns -1 at the end. */
long text_decode(const char *s, size_t len, size_t *pos);

#endif
