/* anchor.h: keeping a bookmarked passage attached to the same words when its article's
 * text changes: the passage's text plus some context on each side, found again in the new
 * text. Pure. */
#ifndef QUOTH_ANCHOR_H
#define QUOTH_ANCHOR_H

#include <stddef.h>

/* Bytes of context kept on each side of a passage (cut back to a UTF-8 boundary). */
#define ANCHOR_CONTEXT 80

/* anchor_context: new copies of up to ANCHOR_CONTEXT bytes of body before off and after
 * off + n (both clamped to the body), never splitting a UTF-8 sequence. */
void anchor_context(const char *body, size_t len, size_t off, size_t n, char **before,
                    char **after);

struct anchor {
	size_t off, len;     /* where the passage was */
	const char *text;    /* its exact text (len bytes, NUL-terminated) */
	const char *before;  /* context, as anchor_context made it */
	const char *after;
};

/* anchor_find: where the passage is in body[0..len). Tries, in order: the same text at the
 * old offset; the occurrence of the text whose surrounding context agrees best with the
 * stored context (ties go to the one nearest the old offset); the text with runs of white
 * space compared as one space. On success returns 0 and sets *off and *n (n may differ
 * from a->len only in the white-space case). Returns -1 when the text is gone (the
 * bookmark is then orphaned). Linear in len times the number of occurrences. */
int anchor_find(const char *body, size_t len, const struct anchor *a, size_t *off, size_t *n);

#endif
