/* fuzz_parse.c: libFuzzer target for import_prepare: validation, decoding, text and HTML. */
#include "config.h"

/* The first byte picks the file name, so both parsers and the content sniffing see the
 * rest. Build with clang -fsanitize=fuzzer,address and link libquoth.a. */

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "import.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const names[] = { "a.txt", "a.html", "-", "a.xhtml" };
	struct article a;
	char *why = NULL;
	const char *name;

	if (size == 0)
		return 0;
	name = names[data[0] % 4];
	if (import_prepare(name, (const char *)data + 1, size - 1, "Outlet", &a, &why) != 0) {
		if (why == NULL || why[0] == '\0')
			abort();
		free(why);
		return 0;
	}
	/* The contract every consumer relies on: clean UTF-8, a title, the body's length. */
	if (a.title == NULL || a.body == NULL || a.body_len != strlen(a.body) ||
	    !text_valid_utf8(a.title, strlen(a.title)) || !text_valid_utf8(a.body, a.body_len) ||
	    strchr(a.body, '\x1b') != NULL || strchr(a.title, '\x1b') != NULL ||
	    strchr(a.title, '\n') != NULL || a.source == NULL || strlen(a.hash) != 16 ||
	    a.body_len == 0 || a.body[0] == '\n' || a.body[0] == ' ' ||
	    a.body[a.body_len - 1] == '\n' || a.body[a.body_len - 1] == ' ' ||
	    strstr(a.body, "\n\n\n") != NULL)
		abort();
	article_free(&a);
	return 0;
}
