/* jumplist.c: vim's jump list: the positions before each jump, walked back and forward. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "jumplist.h"
#include "util.h"

static int
jumplist_same(struct jump_pos a, struct jump_pos b)
{
	return a.article_id == b.article_id && a.off == b.off;
}

/* Appends p unless it is the newest entry; at the cap the oldest entry goes. */
static void
jumplist_append(struct jumplist *j, struct jump_pos p)
{
	if (j->n > 0 && jumplist_same(j->pos[j->n - 1], p))
		return;
	if (j->pos == NULL)
		j->pos = xreallocarray(NULL, JUMPLIST_MAX, sizeof *j->pos);
	if (j->n == JUMPLIST_MAX) {
		memmove(j->pos, j->pos + 1, (JUMPLIST_MAX - 1) * sizeof *j->pos);
		j->n--;
	}
	j->pos[j->n++] = p;
}

void
jumplist_init(struct jumplist *j)
{
	j->pos = NULL;
	j->n = 0;
	j->at = 0;
}

void
jumplist_free(struct jumplist *j)
{
	free(j->pos);
	jumplist_init(j);
}

void
jumplist_push(struct jumplist *j, struct jump_pos here)
{
	/* Jumping from the middle keeps where back/forward brought us, drops what lay ahead. */
	if (j->at < j->n)
		j->n = j->at + 1;
	jumplist_append(j, here);
	j->at = j->n;
}

int
jumplist_back(struct jumplist *j, struct jump_pos here, struct jump_pos *to)
{
	size_t k;
	int first = j->at >= j->n;

	if (j->n == 0)
		return -1;
	if (first) {
		/* The first step back: remember here as the end forward returns to. */
		jumplist_append(j, here);
		j->at = j->n - 1;
	} else {
		/* The reader may have scrolled since arriving; forward returns to where they are. */
		j->pos[j->at] = here;
	}
	/* Going "back" to where the reader already is would look like a key doing nothing. */
	for (k = j->at; k > 0 && jumplist_same(j->pos[k - 1], here); k--)
		;
	if (k == 0) {
		if (first)
			j->at = j->n;
		return -1;
	}
	j->at = k - 1;
	*to = j->pos[j->at];
	return 0;
}

int
jumplist_forward(struct jumplist *j, struct jump_pos here, struct jump_pos *to)
{
	size_t k;

	if (j->at >= j->n)
		return -1;
	for (k = j->at + 1; k < j->n && jumplist_same(j->pos[k], here); k++)
		;
	if (k >= j->n)
		return -1;
	j->pos[j->at] = here;
	j->at = k;
	*to = j->pos[j->at];
	return 0;
}
