/* parse_html.c: an HTML page to an article (libxml2): metadata and the article's own text. */
#include "config.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "parse.h"
#include "text.h"
#include "util.h"

#define HTML_TITLE_COLS 100
/* How far up from a <p> to look for the <article> it belongs to, and from text for the
 * <p> or <h1> it is in. */
#define HTML_ARTICLE_DEPTH 64
#define HTML_P_DEPTH 16

/* Elements whose text is never article text. */
static const char *const html_drop_tags[] = {
	"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe",
	"svg", "math", "button", "select", "textarea", "input", "label", "template", "object",
	"embed", "canvas", "video", "audio", "picture", "figure", "figcaption", "menu", "dialog",
	"head", "title", "meta", "link"
};

/* Class or id words that mark boilerplate; a word matches when a part of it (split at
 * '-' and '_') begins with one of these: "site-nav", "navbar", "share_buttons". */
static const char *const html_drop_words[] = {
	"nav", "menu", "footer", "share", "social", "related", "comment", "advert", "promo",
	"newsletter", "cookie", "sidebar", "breadcrumb", "subscribe", "sponsor", "byline"
};

/* Elements that start and end a paragraph. */
static const char *const html_block_tags[] = {
	"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "li", "ul", "ol", "dl",
	"dt", "dd", "pre", "section", "article", "main", "table", "tr", "td", "th", "caption",
	"hr", "address", "center", "body", "html", "details", "summary"
};

struct html_meta {
	char *outlet, *date, *byline, *url, *canonical, *og_title, *title;
	char *time_date;     /* first <time datetime> */
	char *rel_author;    /* text of the first rel=author link */
	char *class_byline;  /* text of the first class="byline" element */
	xmlNode *main;       /* first <main> or role=main */
	xmlNode *article;    /* the <article> with the most paragraph text */
	uintptr_t article_score;
	xmlNode *best_parent; /* the element with the most text in its own <p> children */
	uintptr_t best_score;
};

struct html_collect {
	struct buf par;   /* the paragraph being gathered, raw */
	struct buf body;  /* finished paragraphs, "\n\n" between them */
	bool par_text;    /* par holds something other than white space */
	int brs;          /* <br>s since the last text */
	const char *skip_first; /* a paragraph equal to the headline is not repeated */
	size_t npars;     /* paragraphs seen */
	size_t emitted;   /* paragraphs added to body, the headline not counted */
};

static bool
html_is(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && n->name != NULL &&
	    strcmp((const char *)n->name, name) == 0;
}

static bool
html_in(const xmlNode *n, const char *const *list, size_t nlist)
{
	size_t i;

	if (n->type != XML_ELEMENT_NODE || n->name == NULL)
		return false;
	for (i = 0; i < nlist; i++)
		if (strcmp((const char *)n->name, list[i]) == 0)
			return true;
	return false;
}

/* html_attr: the attribute's value, or NULL; caller frees with xmlFree. */
static char *
html_attr(const xmlNode *n, const char *name)
{
	return (char *)xmlGetNoNsProp(n, (const xmlChar *)name);
}

static bool
html_attr_is(const xmlNode *n, const char *name, const char *value)
{
	char *v = html_attr(n, name);
	bool r = v != NULL && strcasecmp(v, value) == 0;

	xmlFree(v);
	return r;
}

/* html_word_in: true when the space-separated list v holds a word whose '-'/'_' part
 * begins with one of words (case ignored). */
static bool
html_word_in(const char *v, const char *const *words, size_t nwords)
{
	const char *p = v, *end;
	size_t k, n;

	while (*p != '\0') {
		if (strchr(" \t\n\r\f-_", *p) != NULL) {
			p++;
			continue;
		}
		end = p;
		while (*end != '\0' && strchr(" \t\n\r\f-_", *end) == NULL)
			end++;
		n = (size_t)(end - p);
		for (k = 0; k < nwords; k++) {
			size_t wl = strlen(words[k]);

			if (n >= wl && strncasecmp(p, words[k], wl) == 0 &&
			    !(n == 10 && strncasecmp(p, "commentary", 10) == 0))
				return true;
		}
		if ((n == 2 && strncasecmp(p, "ad", 2) == 0) || (n == 3 && strncasecmp(p, "ads", 3) == 0))
			return true;
		p = end;
	}
	return false;
}

static bool
html_class_says(const xmlNode *n, const char *const *words, size_t nwords)
{
	static const char *const attrs[] = { "class", "id" };
	size_t i;
	bool r = false;

	for (i = 0; i < 2 && !r; i++) {
		char *v = html_attr(n, attrs[i]);

		r = v != NULL && html_word_in(v, words, nwords);
		xmlFree(v);
	}
	return r;
}

/* html_dropped: whether n and everything inside it is left out of the body. */
static bool
html_dropped(const xmlNode *n)
{
	char *v;
	bool hidden;

	if (n->type != XML_ELEMENT_NODE)
		return n->type != XML_TEXT_NODE && n->type != XML_CDATA_SECTION_NODE;
	if (html_in(n, html_drop_tags, sizeof html_drop_tags / sizeof html_drop_tags[0]))
		return true;
	v = html_attr(n, "hidden");
	hidden = v != NULL;
	xmlFree(v);
	if (hidden || html_attr_is(n, "aria-hidden", "true"))
		return true;
	if (html_is(n, "html") || html_is(n, "body") || html_is(n, "main"))
		return false;
	return html_class_says(n, html_drop_words, sizeof html_drop_words / sizeof html_drop_words[0]);
}

/* html_next: the node after n in document order within root, descending into n's
 * children unless skip. Iterative, so deeply nested markup cannot exhaust the stack. */
static xmlNode *
html_next(xmlNode *n, const xmlNode *root, bool skip)
{
	if (!skip && n->children != NULL && n->type == XML_ELEMENT_NODE)
		return n->children;
	while (n != NULL && n != root) {
		if (n->next != NULL)
			return n->next;
		n = n->parent;
	}
	return NULL;
}

/* html_text: the text of n's subtree, raw (not yet cleaned). */
static void
html_text(xmlNode *n, struct buf *b)
{
	xmlNode *c;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
		if (n->content != NULL)
			buf_adds(b, (const char *)n->content);
		return;
	}
	for (c = n->children; c != NULL; c = html_next(c, n, false))
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
		    c->content != NULL)
			buf_adds(b, (const char *)c->content);
}

/* html_squeeze: s cleaned (text_clean) with runs of white space made one space and
 * the ends trimmed. Caller frees. */
static char *
html_squeeze(const char *s, size_t len)
{
	size_t clen, i;
	char *c = text_clean(s, len, &clen);
	struct buf b;
	bool space = false;

	buf_init(&b);
	for (i = 0; i < clen; i++) {
		if (c[i] == ' ' || c[i] == '\n') {
			space = b.len > 0;
			continue;
		}
		if (space)
			buf_addc(&b, ' ');
		space = false;
		buf_addc(&b, c[i]);
	}
	free(c);
	return buf_detach(&b);
}

static char *
html_node_text(xmlNode *n)
{
	struct buf b;
	char *s;

	buf_init(&b);
	html_text(n, &b);
	s = html_squeeze(b.s != NULL ? b.s : "", b.len);
	buf_free(&b);
	if (*s == '\0') {
		free(s);
		return NULL;
	}
	return s;
}

static void
html_set(char **slot, const char *v)
{
	if (*slot == NULL && v != NULL) {
		char *s = html_squeeze(v, strlen(v));

		if (*s != '\0')
			*slot = s;
		else
			free(s);
	}
}

/* html_date: the value when it is an ISO 8601 date or date-time, else NULL. */
static char *
html_date(const char *v)
{
	size_t n, i;
	int m, d;

	if (v == NULL)
		return NULL;
	while (*v == ' ')
		v++;
	n = strlen(v);
	while (n > 0 && v[n - 1] == ' ')
		n--;
	if (n < 10)
		return NULL;
	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? v[i] != '-' : (v[i] < '0' || v[i] > '9'))
			return NULL;
	m = atoi(v + 5);
	d = atoi(v + 8);
	if (m < 1 || m > 12 || d < 1 || d > 31)
		return NULL;
	if (n > 10 && v[10] != 'T' && v[10] != ' ')
		return xstrndup(v, 10);
	for (i = 11; i < n; i++)
		if (strchr("0123456789:.+-Z", v[i]) == NULL)
			return xstrndup(v, 10);
	return xstrndup(v, n);
}

static void
html_meta_tag(xmlNode *n, struct html_meta *m)
{
	char *key = html_attr(n, "property");
	char *content;

	if (key == NULL)
		key = html_attr(n, "name");
	if (key == NULL)
		key = html_attr(n, "itemprop");
	content = html_attr(n, "content");
	if (key == NULL || content == NULL)
		goto out;
	if (strcasecmp(key, "og:site_name") == 0) {
		html_set(&m->outlet, content);
	} else if (strcasecmp(key, "article:published_time") == 0 ||
	    strcasecmp(key, "datePublished") == 0 || strcasecmp(key, "date") == 0 ||
	    strcasecmp(key, "pubdate") == 0 || strcasecmp(key, "dc.date") == 0) {
		if (m->date == NULL)
			m->date = html_date(content);
	} else if (strcasecmp(key, "author") == 0 || strcasecmp(key, "article:author") == 0 ||
	    strcasecmp(key, "dc.creator") == 0) {
		if (strncasecmp(content, "http", 4) != 0) /* article:author is often a profile URL */
			html_set(&m->byline, content);
	} else if (strcasecmp(key, "og:url") == 0) {
		html_set(&m->url, content);
	} else if (strcasecmp(key, "og:title") == 0) {
		html_set(&m->og_title, content);
	}
out:
	xmlFree(key);
	xmlFree(content);
}

static bool
html_is_web_url(const char *v)
{
	return v != NULL && (strncasecmp(v, "http://", 7) == 0 || strncasecmp(v, "https://", 8) == 0);
}

/* html_ancestor: the nearest element named name among the depth ancestors of n below
 * stop, or NULL. The bound keeps pathological nesting linear. */
static xmlNode *
html_ancestor(xmlNode *n, const xmlNode *stop, const char *name, int depth)
{
	for (n = n->parent; n != NULL && n != stop && depth > 0; n = n->parent, depth--)
		if (html_is(n, name))
			return n;
	return NULL;
}

/* html_score_text: credits a text node inside a <p> to the p's parent and to the
 * <article> the p is in, once each: _private holds the score (libxml leaves it to the
 * application). Whole paragraphs are never re-read, so nesting costs nothing extra. */
static void
html_score_text(xmlNode *t, struct html_meta *m)
{
	uintptr_t len = t->content != NULL ? strlen((const char *)t->content) : 0;
	xmlNode *p, *art;

	if (len == 0 || (p = html_ancestor(t, NULL, "p", HTML_P_DEPTH)) == NULL ||
	    p->parent == NULL || p->parent->type != XML_ELEMENT_NODE)
		return;
	p->parent->_private = (void *)((uintptr_t)p->parent->_private + len);
	if ((uintptr_t)p->parent->_private > m->best_score) {
		m->best_score = (uintptr_t)p->parent->_private;
		m->best_parent = p->parent;
	}
	if (html_is(p->parent, "article"))
		return;
	art = html_ancestor(p->parent, NULL, "article", HTML_ARTICLE_DEPTH);
	if (art != NULL)
		art->_private = (void *)((uintptr_t)art->_private + len);
}

/* html_scan: one pass over the document for metadata and for the candidates that may
 * hold the article text. */
static void
html_scan(xmlNode *root, struct html_meta *m)
{
	xmlNode *n;
	char *v;
	bool byline_seen = false, author_seen = false;

	for (n = root; n != NULL; n = html_next(n, root, false)) {
		if (n->type == XML_TEXT_NODE)
			html_score_text(n, m);
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (html_is(n, "meta")) {
			html_meta_tag(n, m);
		} else if (html_is(n, "title")) {
			if (m->title == NULL)
				m->title = html_node_text(n);
		} else if (html_is(n, "link") || html_is(n, "a")) {
			v = html_attr(n, "rel");
			if (v != NULL && html_word_in(v, (const char *const[]){ "canonical" }, 1) &&
			    html_is(n, "link")) {
				char *href = html_attr(n, "href");

				if (html_is_web_url(href))
					html_set(&m->canonical, href);
				xmlFree(href);
			} else if (v != NULL && html_word_in(v, (const char *const[]){ "author" }, 1) &&
			    html_is(n, "a") && !author_seen) {
				author_seen = true;
				m->rel_author = html_node_text(n);
			}
			xmlFree(v);
		} else if (html_is(n, "time")) {
			if (m->time_date == NULL) {
				v = html_attr(n, "datetime");
				m->time_date = html_date(v);
				xmlFree(v);
			}
		} else if (html_is(n, "main") || html_attr_is(n, "role", "main")) {
			if (m->main == NULL)
				m->main = n;
		}
		if (!byline_seen && html_class_says(n, (const char *const[]){ "byline" }, 1)) {
			byline_seen = true;
			m->class_byline = html_node_text(n);
		}
	}
	for (n = root; n != NULL; n = html_next(n, root, false)) {
		if (!html_is(n, "article"))
			continue;
		if (m->article == NULL || (uintptr_t)n->_private > m->article_score) {
			m->article = n;
			m->article_score = (uintptr_t)n->_private;
		}
	}
}

static void
html_flush(struct html_collect *c)
{
	char *s;
	bool repeat;

	c->brs = 0;
	if (!c->par_text) {
		c->par.len = 0;
		return;
	}
	s = html_squeeze(c->par.s, c->par.len);
	c->par.len = 0;
	c->par_text = false;
	repeat = c->npars == 0 && c->skip_first != NULL && strcmp(s, c->skip_first) == 0;
	if (*s != '\0' && !repeat) {
		if (c->body.len > 0)
			buf_add(&c->body, "\n\n", 2);
		buf_adds(&c->body, s);
		c->emitted++;
	}
	c->npars++;
	free(s);
}

static void
html_add_text(struct html_collect *c, const char *s)
{
	size_t i;

	for (i = 0; s[i] != '\0'; i++)
		if (strchr(" \t\n\r\f\v", s[i]) == NULL)
			break;
	buf_adds(&c->par, s);
	if (s[i] != '\0') {
		c->par_text = true;
		c->brs = 0;
	}
}

static bool
html_block(const xmlNode *n)
{
	return html_in(n, html_block_tags, sizeof html_block_tags / sizeof html_block_tags[0]);
}

/* html_collect: the text of root's subtree as paragraphs: every block element begins and
 * ends one, two <br>s in a row end one, one <br> is a space. skip (the headline's <h1>)
 * and dropped elements are left out. Iterative, so deep nesting cannot exhaust the stack. */
static void
html_collect(xmlNode *root, const xmlNode *skip, struct html_collect *c)
{
	xmlNode *n = root->children;

	while (n != NULL) {
		if (n != skip && !html_dropped(n)) {
			if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
				if (n->content != NULL)
					html_add_text(c, (const char *)n->content);
			} else if (html_is(n, "br")) {
				if (c->par_text && ++c->brs >= 2)
					html_flush(c);
				else
					buf_addc(&c->par, ' ');
			} else if (html_block(n)) {
				html_flush(c);
			}
			if (n->type == XML_ELEMENT_NODE && n->children != NULL) {
				n = n->children;
				continue;
			}
			if (html_block(n))
				html_flush(c);
		}
		/* Leave n, and every ancestor it was the last child of: blocks end there. */
		while (n->next == NULL) {
			n = n->parent;
			if (n == NULL || n == root)
				goto done;
			if (html_block(n))
				html_flush(c);
		}
		n = n->next;
	}
done:
	html_flush(c);
}

/* html_first_h1: the <h1> holding the first headline text in root's subtree, or NULL. */
static xmlNode *
html_first_h1(xmlNode *root)
{
	xmlNode *n, *h1;
	const char *c;

	for (n = root; n != NULL; n = html_next(n, root, false)) {
		if (n->type != XML_TEXT_NODE || n->content == NULL)
			continue;
		for (c = (const char *)n->content; *c != '\0' && strchr(" \t\n\r\f", *c) != NULL; c++)
			continue;
		if (*c != '\0' && (h1 = html_ancestor(n, root->parent, "h1", HTML_P_DEPTH)) != NULL)
			return h1;
	}
	return NULL;
}

/* html_strip_outlet: removes a " - Outlet" or " | Outlet" suffix from title. */
static void
html_strip_outlet(char *title, const char *outlet)
{
	static const char *const seps[] = { " - ", " | ", " — ", " – ", " · ", " :: " };
	size_t tl = strlen(title), ol = strlen(outlet), k, sl;

	if (ol == 0 || tl <= ol)
		return;
	if (strcasecmp(title + tl - ol, outlet) != 0)
		return;
	for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
		sl = strlen(seps[k]);
		if (tl > ol + sl && strncmp(title + tl - ol - sl, seps[k], sl) == 0) {
			title[tl - ol - sl] = '\0';
			return;
		}
	}
}

static void
html_meta_free(struct html_meta *m)
{
	free(m->outlet);
	free(m->date);
	free(m->byline);
	free(m->url);
	free(m->canonical);
	free(m->og_title);
	free(m->title);
	free(m->time_date);
	free(m->rel_author);
	free(m->class_byline);
}

static char *
html_take(char **p)
{
	char *s = *p;

	*p = NULL;
	return s;
}

static char *
html_strip_by(char *s)
{
	if (s != NULL && strncasecmp(s, "by ", 3) == 0 && s[3] != '\0')
		memmove(s, s + 3, strlen(s + 3) + 1);
	return s;
}

enum parse_format
parse_detect(const char *name, const char *data, size_t len)
{
	static const char *const exts[] = { ".htm", ".html", ".xhtml" };
	static const char *const tags[] = { "<!doctype", "<html", "<head", "<body", "<p", "<article" };
	size_t nl = name != NULL ? strlen(name) : 0, k, i = 0, tl;

	for (k = 0; k < sizeof exts / sizeof exts[0]; k++) {
		size_t el = strlen(exts[k]);

		if (nl > el && strcasecmp(name + nl - el, exts[k]) == 0)
			return PARSE_HTML;
	}
	if (len >= 3 && memcmp(data, "\xef\xbb\xbf", 3) == 0)
		i = 3;
	while (i < len && strchr(" \t\n\r\f", data[i]) != NULL && data[i] != '\0')
		i++;
	for (k = 0; k < sizeof tags / sizeof tags[0]; k++) {
		tl = strlen(tags[k]);
		if (len - i > tl && strncasecmp(data + i, tags[k], tl) == 0 &&
		    strchr(" \t\n\r\f>/", data[i + tl]) != NULL && data[i + tl] != '\0')
			return PARSE_HTML;
	}
	return PARSE_TEXT;
}

/* html_unref_controls: data cleaned with text_clean() after character references to
 * control characters ("&#27;", "&#x9B;") were turned into the characters, so that the
 * escape sequences they begin are removed whole. Caller frees. */
static char *
html_unref_controls(const char *data, size_t len, size_t *outlen)
{
	struct buf b;
	size_t i = 0, j, start = 0;
	unsigned long cp;
	bool hex;
	char *out;

	buf_init(&b);
	while (i + 3 < len) {
		if (data[i] != '&' || data[i + 1] != '#') {
			i++;
			continue;
		}
		j = i + 2;
		hex = data[j] == 'x' || data[j] == 'X';
		j += hex;
		cp = 0;
		while (j < len && j - i < 12 && (hex ? strchr("0123456789abcdefABCDEF", data[j]) != NULL :
		    (data[j] >= '0' && data[j] <= '9')) && data[j] != '\0') {
			cp = cp * (hex ? 16 : 10) + (unsigned long)(data[j] <= '9' ? data[j] - '0' :
			    (data[j] | 0x20) - 'a' + 10);
			j++;
		}
		if (j >= len || data[j] != ';' || j == i + 2 + hex || !((cp >= 1 && cp < 0x20) ||
		    (cp >= 0x7f && cp < 0xa0))) {
			i++;
			continue;
		}
		buf_add(&b, data + start, i - start);
		if (cp < 0x80) {
			buf_addc(&b, (char)cp);
		} else { /* U+0080..U+009F in UTF-8 */
			buf_addc(&b, (char)0xc2);
			buf_addc(&b, (char)cp);
		}
		i = start = j + 1;
	}
	if (start == 0)
		return text_clean(data, len, outlen);
	buf_add(&b, data + start, len - start);
	out = text_clean(b.s, b.len, outlen);
	buf_free(&b);
	return out;
}

int
parse_html(const char *data, size_t len, struct article *a, const char **why)
{
	const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
	struct html_meta m = { 0 };
	struct html_collect c;
	htmlDocPtr doc;
	xmlNode *top, *root, *h1;
	char *title = NULL, *clean;
	size_t clen;

	/* Escape sequences go before libxml sees them: it drops a raw ESC but keeps the
	 * "[31m" after it. Other text is cleaned again paragraph by paragraph. */
	clean = html_unref_controls(data, len, &clen);
	if (clen > INT32_MAX) {
		free(clean);
		*why = "HTML too large";
		return -1;
	}
	doc = htmlReadMemory(clean, (int)clen, NULL, "UTF-8", opts);
	free(clean);
	if (doc == NULL || (top = xmlDocGetRootElement(doc)) == NULL) {
		if (doc != NULL)
			xmlFreeDoc(doc);
		*why = "could not parse HTML";
		return -1;
	}
	html_scan(top, &m);
	if (m.article != NULL && (m.article_score > 0 || m.main == NULL))
		root = m.article;
	else if (m.main != NULL)
		root = m.main;
	else if (m.best_parent != NULL)
		root = m.best_parent;
	else
		root = top;

	h1 = html_first_h1(root);
	if (h1 != NULL) {
		title = html_node_text(h1);
	} else if (m.title != NULL) {
		title = html_take(&m.title);
		if (m.outlet != NULL)
			html_strip_outlet(title, m.outlet);
	} else if (m.og_title != NULL) {
		title = html_take(&m.og_title);
	}

	buf_init(&c.par);
	buf_init(&c.body);
	c.par_text = false;
	c.brs = 0;
	c.npars = 0;
	c.emitted = 0;
	c.skip_first = title;
	if (title != NULL && *title != '\0')
		buf_adds(&c.body, title);
	html_collect(root, h1, &c);
	buf_free(&c.par);
	xmlFreeDoc(doc);

	if (title == NULL || *title == '\0') {
		const char *nl;

		free(title);
		title = NULL;
		if (c.body.len > 0) {
			nl = strstr(c.body.s, "\n\n");
			title = text_cut(c.body.s, nl != NULL ? (size_t)(nl - c.body.s) : c.body.len,
			    HTML_TITLE_COLS);
		}
	}
	if (c.emitted == 0) {
		/* nothing but (at most) a headline */
		free(title);
		buf_free(&c.body);
		html_meta_free(&m);
		*why = "no article text in HTML";
		return -1;
	}

	a->title = title;
	a->body_len = c.body.len;
	a->body = buf_detach(&c.body);
	a->outlet = html_take(&m.outlet);
	a->date = m.date != NULL ? html_take(&m.date) : html_take(&m.time_date);
	a->byline = m.byline != NULL ? html_take(&m.byline) :
	    m.rel_author != NULL ? html_take(&m.rel_author) : html_strip_by(html_take(&m.class_byline));
	a->url = m.canonical != NULL ? html_take(&m.canonical) :
	    html_is_web_url(m.url) ? html_take(&m.url) : NULL;
	html_meta_free(&m);
	return 0;
}
