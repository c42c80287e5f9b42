/* quote.h: extraction of direct quotations and their speakers from an article body.
 * A pure function of the text: no curses, no SQLite, no global state. */
#ifndef QUOTH_QUOTE_H
#define QUOTH_QUOTE_H

#include <stddef.h>

enum quote_kind {
	QUOTE_SPEECH,   /* a full quotation of speech or writing */
	QUOTE_PARTIAL,  /* a quoted fragment inside reported speech: defend "every inch" */
	QUOTE_SCARE,    /* scare quotes, titles, terms: not speech, not a speaker's quote */
	QUOTE_KIND_COUNT
};

/* quote_kind_name: "speech", "partial", "scare". */
const char *quote_kind_name(enum quote_kind k);

/* A person or organisation that speaks in the article. */
struct quote_entity {
	char *name;      /* fullest name the article gives: "Antony Blinken" */
	char *role;      /* "Secretary of State", or NULL */
	char **aliases;  /* other forms written in the article ("Blinken"), naliases of them */
	size_t naliases;
	int is_org;      /* 1 for organisations ("the State Department") */
	int unnamed;     /* 1 for a speaker known only by a description ("a senior official",
	                  * "local residents", "the ministry"): one article's, merged with no
	                  * other speaker but by the user's correction */
};

struct quote_span {
	size_t off, len;          /* the quotation without its marks; bytes into the body */
	size_t mark_off, mark_len; /* the same with its marks, for highlighting */
	size_t mention_off, mention_len; /* the speaker mention as written; len 0 when none */
	int entity;               /* index into entities, -1 when the speaker is unknown */
	char cue[32];             /* cue word as written ("said", "told", ":"), "" if none */
	enum quote_kind kind;
	float confidence;         /* 0..1 */
};

struct quote_result {
	struct quote_span *spans; /* in body order */
	size_t nspans;
	struct quote_entity *entities;
	size_t nentities;
};

/* quote_extract: finds every quotation in body[0..len) (NFC UTF-8, paragraphs separated
 * by "\n\n") and attributes it. Runs in time linear in len. *out is overwritten; free it
 * with quote_result_free. */
void quote_extract(const char *body, size_t len, struct quote_result *out);
void quote_result_free(struct quote_result *r);

#endif
