/* article.h: an article as parsed and as stored. Plain data shared by parse, store, views. */
#ifndef QUOTH_ARTICLE_H
#define QUOTH_ARTICLE_H

#include <stdint.h>
#include <stddef.h>

/* All strings are NFC UTF-8 cleaned by text_clean(), owned by the struct, may be NULL
 * except title and body. body holds paragraphs separated by "\n\n"; it begins with the
 * headline when the input has one, so a quote in the headline has an offset like any
 * other (a title derived from the first sentence is not repeated). */
struct article {
	int64_t id;      /* store id; 0 before it is stored */
	char *source;    /* path or URL imported from */
	char *url;       /* link to open in a browser (may equal source) */
	char *outlet;
	char *title;
	char *byline;
	char *date;      /* ISO 8601 (YYYY-MM-DD or full) when known */
	char *body;
	size_t body_len;
	char hash[17];   /* util_hash64 of title + body */
	int unread;      /* 1 until opened in the reader */
	int quote_count;
	int64_t feed_id; /* 0 for imported files */
};

void article_free(struct article *a); /* frees the strings, not a itself */

#endif
