/* jumplist.h: where the reader was before each jump (vim's jump list): back and forward
 * through positions, pure. */
#ifndef QUOTH_JUMPLIST_H
#define QUOTH_JUMPLIST_H

#include <stddef.h>
#include <stdint.h>

/* JUMPLIST_MAX: the oldest positions are forgotten beyond this many. */
#define JUMPLIST_MAX 100

struct jump_pos {
	int64_t article_id;
	size_t off; /* byte offset into the body (the quote or the top line) */
};

struct jumplist {
	struct jump_pos *pos;
	size_t n;   /* positions held */
	size_t at;  /* index of the current position when moving back/forward, == n otherwise */
};

void jumplist_init(struct jumplist *j);
void jumplist_free(struct jumplist *j);

/* jumplist_push: before a jump from here: forgets the forward history, appends here
 * (not when it equals the newest entry). */
void jumplist_push(struct jumplist *j, struct jump_pos here);

/* jumplist_back: the position before the last jump; here is remembered so that
 * jumplist_forward returns to it. Returns 0 and sets *to, or -1 when there is none. */
int jumplist_back(struct jumplist *j, struct jump_pos here, struct jump_pos *to);

/* jumplist_forward: undoes a jumplist_back. Returns 0 and sets *to, or -1. */
int jumplist_forward(struct jumplist *j, struct jump_pos here, struct jump_pos *to);

#endif
