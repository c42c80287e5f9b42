/* parse_html.c: an HTML page to an article with libxml2: metadata, the article's own text,
 * boilerplate (navigation, scripts, share bars, comments) left out. */
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
/* How far up from a <p> to look for the <article> it belongs to. */
#define HTML_ARTICLE_DEPTH 64

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
	size_t npars;
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

/* html_score_p: credits a <p>'s text length to its parent and to the <article> it is in. */
static void
html_score_p(xmlNode *p, struct html_meta *m)
{
	struct buf b;
	uintptr_t len;
	xmlNode *up;
	int depth;

	buf_init(&b);
	html_text(p, &b);
	len = b.len;
	buf_free(&b);
	if (len == 0 || p->parent == NULL || p->parent->type != XML_ELEMENT_NODE)
		return;
	p->parent->_private = (void *)((uintptr_t)p->parent->_private + len);
	if ((uintptr_t)p->parent->_private > m->best_score) {
		m->best_score = (uintptr_t)p->parent->_private;
		m->best_parent = p->parent;
	}
	for (up = p->parent, depth = 0; up != NULL && depth < HTML_ARTICLE_DEPTH;
	    up = up->parent, depth++) {
		if (!html_is(up, "article"))
			continue;
		/* an article's own score lives beside its parent's p-score: in the high half */
		up->_private = (void *)((uintptr_t)up->_private + (len << 32 >> 32));
		break;
	}
}

/* html_scan: one pass over the document for metadata and for the candidates that may
 * hold the article text. */
static void
html_scan(xmlNode *root, struct html_meta *m)
{
	xmlNode *n;
	char *v;

	for (n = root; n != NULL; n = html_next(n, root, false)) {
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
			    html_is(n, "a") && m->rel_author == NULL) {
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
		} else if (html_is(n, "p")) {
			html_score_p(n, m);
		}
		if (m->class_byline == NULL &&
		    html_class_says(n, (const char *const[]){ "byline" }, 1))
			m->class_byline = html_node_text(n);
	}
	/* Each <p>'s length was added to its parent; an <article> that is itself a parent
	 * counts its own paragraphs once more below, which only strengthens it. */
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

	c->brs = 0;
	if (!c->par_text) {
		c->par.len = 0;
		return;
	}
	s = html_squeeze(c->par.s, c->par.len);
	c->par.len = 0;
	c->par_text = false;
	if (*s != '\0' && !(c->npars == 0 && c->skip_first != NULL && strcmp(s, c->skip_first) == 0)) {
		if (c->body.len > 0)
			buf_add(&c->body, "\n\n", 2);
		buf_adds(&c->body, s);
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

/* html_collect: the text of root's subtree as paragraphs: every block element begins and
 * ends one, two <br>s in a row end one, one <br> is a space. skip (the headline's <h1>)
 * and dropped elements are left out. */
static void
html_collect(xmlNode *root, const xmlNode *skip, struct html_collect *c)
{
	xmlNode *n = root->children, *up;
	bool block;

	while (n != NULL) {
		bool leave = n == skip || html_dropped(n);

		if (!leave) {
			if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
				if (n->content != NULL)
					html_add_text(c, (const char *)n->content);
			} else if (html_is(n, "br")) {
				if (c->par_text && ++c->brs >= 2)
					html_flush(c);
				else
					buf_addc(&c->par, ' ');
			} else if (html_in(n, html_block_tags,
			    sizeof html_block_tags / sizeof html_block_tags[0])) {
				html_flush(c);
			}
		}
		if (!leave && n->type == XML_ELEMENT_NODE && n->children != NULL) {
			n = n->children;
			continue;
		}
		/* Leaving n and, while it was the last child, its ancestors: blocks end there. */
		up = n;
		for (;;) {
			block = html_in(up, html_block_tags,
			    sizeof html_block_tags / sizeof html_block_tags[0]);
			if (block && !(up == skip || (up != n ? false : leave)))
				html_flush(c);
			if (up->next != NULL) {
				n = up->next;
				break;
			}
			up = up->parent;
			if (up == NULL || up == root) {
				n = NULL;
				break;
			}
		}
	}
	html_flush(c);
}

/* html_first_h1: the first <h1> in root's subtree with some text, or NULL. */
static xmlNode *
html_first_h1(xmlNode *root)
{
	xmlNode *n;
	char *t;

	for (n = root; n != NULL; n = html_next(n, root, false)) {
		if (!html_is(n, "h1"))
			continue;
		t = html_node_text(n);
		if (t != NULL) {
			free(t);
			return n;
		}
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

int
parse_html(const char *data, size_t len, struct article *a, const char **why)
{
	const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC;
	struct html_meta m = { 0 };
	struct html_collect c;
	htmlDocPtr doc;
	xmlNode *top, *root, *h1;
	char *title = NULL;

	if (len > INT32_MAX) {
		*why = "HTML too large";
		return -1;
	}
	doc = htmlReadMemory(data, (int)len, NULL, "UTF-8", opts);
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
	c.skip_first = title;
	if (title != NULL && *title != '\0') {
		buf_adds(&c.body, title);
		c.npars = 0;
	}
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
	if (title == NULL || c.body.len == strlen(title)) {
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
