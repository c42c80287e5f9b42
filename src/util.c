/* util.c: allocation wrappers, fatal(), growable buffers, file reading, hashing. */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util.h"

static void (*fatal_hook)(void);

void
util_set_fatal_hook(void (*hook)(void))
{
	fatal_hook = hook;
}

void
fatal(const char *fmt, ...)
{
	va_list ap;

	if (fatal_hook != NULL) {
		void (*hook)(void) = fatal_hook;
		fatal_hook = NULL; /* a failing hook must not recurse */
		hook();
	}
	fputs("quoth: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *
xmalloc(size_t n)
{
	void *p = malloc(n == 0 ? 1 : n);

	if (p == NULL)
		fatal("out of memory (%zu bytes)", n);
	return p;
}

void *
xcalloc(size_t nmemb, size_t size)
{
	void *p = calloc(nmemb == 0 ? 1 : nmemb, size == 0 ? 1 : size);

	if (p == NULL)
		fatal("out of memory (%zu x %zu bytes)", nmemb, size);
	return p;
}

void *
xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n == 0 ? 1 : n);

	if (q == NULL)
		fatal("out of memory (%zu bytes)", n);
	return q;
}

void *
xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		fatal("allocation overflow (%zu x %zu)", nmemb, size);
	return xrealloc(p, nmemb * size);
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	struct buf b;

	buf_init(&b);
	va_start(ap, fmt);
	{
		va_list aq;
		int n;

		va_copy(aq, ap);
		n = vsnprintf(NULL, 0, fmt, aq);
		va_end(aq);
		if (n < 0)
			fatal("xasprintf: bad format");
		b.s = xmalloc((size_t)n + 1);
		vsnprintf(b.s, (size_t)n + 1, fmt, ap);
	}
	va_end(ap);
	return b.s;
}

void
buf_init(struct buf *b)
{
	b->s = NULL;
	b->len = 0;
	b->cap = 0;
}

static void
buf_grow(struct buf *b, size_t more)
{
	size_t need;

	if (more > SIZE_MAX - b->len - 1)
		fatal("buffer overflow");
	need = b->len + more + 1;
	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < need)
		b->cap = b->cap > SIZE_MAX / 2 ? need : b->cap * 2;
	b->s = xrealloc(b->s, b->cap);
}

void
buf_add(struct buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	if (n > 0)
		memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap, aq;
	int n;

	va_start(ap, fmt);
	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		fatal("buf_printf: bad format");
	buf_grow(b, (size_t)n);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
	va_end(ap);
}

char *
buf_detach(struct buf *b)
{
	char *s = b->s != NULL ? b->s : xstrdup("");

	buf_init(b);
	return s;
}

void
buf_free(struct buf *b)
{
	free(b->s);
	buf_init(b);
}

void
util_hash64(const char *s, size_t n, char out[17])
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

int
util_read_fd(int fd, size_t max_bytes, char **out, size_t *outlen)
{
	struct buf b;
	char chunk[65536];
	ssize_t r;

	buf_init(&b);
	buf_grow(&b, 0);
	b.s[0] = '\0';
	for (;;) {
		r = read(fd, chunk, sizeof chunk);
		if (r < 0) {
			int e = errno;

			if (e == EINTR)
				continue;
			buf_free(&b);
			return e;
		}
		if (r == 0)
			break;
		if (max_bytes != 0 && b.len + (size_t)r > max_bytes) {
			buf_free(&b);
			return EFBIG;
		}
		buf_add(&b, chunk, (size_t)r);
	}
	*outlen = b.len;
	*out = buf_detach(&b);
	return 0;
}

int
util_read_file(const char *path, size_t max_bytes, char **out, size_t *outlen)
{
	struct stat sb;
	int fd, e;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return errno;
	if (fstat(fd, &sb) != 0) {
		e = errno;
		close(fd);
		return e;
	}
	if (S_ISDIR(sb.st_mode)) {
		close(fd);
		return EISDIR;
	}
	if (max_bytes != 0 && S_ISREG(sb.st_mode) && (size_t)sb.st_size > max_bytes) {
		close(fd);
		return EFBIG;
	}
	e = util_read_fd(fd, max_bytes, out, outlen);
	close(fd);
	return e;
}
