/* util.h: allocation wrappers that never return NULL, fatal errors, a growable buffer. */
#ifndef QUOTH_UTIL_H
#define QUOTH_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* Allocation wrappers: on failure they call fatal(), so callers never see NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t nmemb, size_t size);
void *xrealloc(void *p, size_t n);
/* xreallocarray: xrealloc(p, nmemb * size) with an overflow check. */
void *xreallocarray(void *p, size_t nmemb, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* fatal: the "cannot happen" level. Runs the registered hook (the TUI restores the
 * terminal there), prints "quoth: MESSAGE" to stderr and exits with status 1. */
void fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
void util_set_fatal_hook(void (*hook)(void));

/* A growable byte buffer; s is always NUL-terminated once anything was added. */
struct buf {
	char *s;
	size_t len;
	size_t cap;
};
void buf_init(struct buf *b);
void buf_add(struct buf *b, const char *s, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* buf_detach: returns the string (caller frees; never NULL) and resets b. */
char *buf_detach(struct buf *b);
void buf_free(struct buf *b);

/* util_hash64: FNV-1a 64-bit over bytes, written as 16 lowercase hex digits + NUL. */
void util_hash64(const char *s, size_t n, char out[17]);

/* util_read_file: reads a whole file into a NUL-terminated buffer (caller frees).
 * Returns 0, or an errno value on failure. max_bytes 0 means no limit; a larger
 * file returns EFBIG. */
int util_read_file(const char *path, size_t max_bytes, char **out, size_t *outlen);
/* util_read_fd: the same for an open descriptor (standard input). */
int util_read_fd(int fd, size_t max_bytes, char **out, size_t *outlen);

#endif
