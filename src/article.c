/* article.c: the article record's lifetime. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "article.h"

void
article_free(struct article *a)
{
	free(a->source);
	free(a->url);
	free(a->outlet);
	free(a->title);
	free(a->byline);
	free(a->date);
	free(a->body);
	memset(a, 0, sizeof *a);
}
