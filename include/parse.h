/* parse.h: turning a file's bytes into an article: plain text and HTML (libxml2). */
#ifndef QUOTH_PARSE_H
#define QUOTH_PARSE_H

#include <stddef.h>
#include "article.h"

enum parse_format {
	PARSE_TEXT,
	PARSE_HTML,
	PARSE_FORMAT_COUNT
};

/* parse_detect: HTML when the name ends in .htm/.html/.xhtml or the first non-blank
 * bytes look like markup ("<!doctype", "<html", "<head", "<body", "<p", "<article"). */
enum parse_format parse_detect(const char *name, const char *data, size_t len);

/* parse_text / parse_html: data must be valid UTF-8 already (see import.c).
 * Fill a's title, body (headline first, paragraphs joined by "\n\n", text_clean()ed),
 * and where the input says so byline, date, outlet, url. Return 0 on success, or -1 with
 * a static English reason in *why (e.g. "no text", "no article text in HTML"). On
 * failure a may hold fields already filled; free it with article_free. */
int parse_text(const char *data, size_t len, struct article *a, const char **why);
int parse_html(const char *data, size_t len, struct article *a, const char **why);

#endif
