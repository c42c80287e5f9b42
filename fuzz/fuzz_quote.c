/* fuzz_quote.c: libFuzzer target for quote_extract; checks the result's invariants. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct quote_result r;
	char *body = malloc(size + 1);
	size_t i;

	if (body == NULL)
		return 0;
	memcpy(body, data, size);
	body[size] = '\0';
	quote_extract(body, size, &r);
	for (i = 0; i < r.nspans; i++) {
		const struct quote_span *sp = &r.spans[i];

		if (sp->mark_off > sp->off || sp->off + sp->len > sp->mark_off + sp->mark_len ||
		    sp->mark_off + sp->mark_len > size || sp->entity < -1 ||
		    sp->entity >= (int)r.nentities || sp->kind >= QUOTE_KIND_COUNT ||
		    sp->mention_off + sp->mention_len > size || memchr(sp->cue, '\0', sizeof sp->cue) == NULL ||
		    (i > 0 && r.spans[i - 1].mark_off + r.spans[i - 1].mark_len > sp->mark_off) ||
		    sp->len == 0 || memmem(body + sp->off, sp->len, "\n\n", 2) != NULL)
			abort();
	}
	for (i = 0; i < r.nentities; i++)
		if (r.entities[i].name == NULL)
			abort();
	quote_result_free(&r);
	free(body);
	return 0;
}
