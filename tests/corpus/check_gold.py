#!/usr/bin/env python3
"""Checks the corpus gold against the articles before anything is scored.

usage: check_gold.py [CORPUS_DIR]   (default: the directory this script is in)

Fails (exit 1, one line per problem) when: a gold line is not a JSON object with exactly
file/quote/entity/kind; the kind is not full/partial/optional; the file is not in articles/;
the entity is neither null nor a key of entities.json; the quote text does not occur in its
article (white space folded), or not in article order; a full or partial quote is not bounded
by quote marks (or, for a paragraph of a multi-paragraph quote, by the paragraph's end);
an entity has no names or is never used; or a double-marked quotation in an article (“ ”,
" ", « », » «, „ “, 「 」) is covered by no gold line, which is how forgotten quotes are caught.
"""
import html
import json
import os
import re
import sys

KINDS = ("full", "partial", "optional")
OPENERS = "“\"‘'«»„‚「『‹›"
CLOSERS = "”\"’'»«“‘」』›‹"
PAIRS = (("“", "”"), ("«", "»"), ("»", "«"), ("„", "“"), ("「", "」"), ("『", "』"))


def squash(text):
	return re.sub(r"\s+", " ", text).strip()


def html_text(raw):
	"""The visible article text of an HTML page: <article> if present, paragraphs split."""
	m = re.search(r"<article\b.*?>(.*?)</article>", raw, re.S | re.I)
	body = m.group(1) if m else raw
	body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
	body = re.sub(r"</(p|h1|h2|h3|li|div)>", "\n\n", body, flags=re.I)
	body = re.sub(r"<[^>]*>", " ", body)
	return html.unescape(body)


def article_text(path):
	with open(path, encoding="utf-8") as f:
		raw = f.read()
	if path.endswith((".html", ".htm")):
		return html_text(raw)
	head, sep, rest = raw.partition("\n\n")
	if not all(re.match(r"^(Outlet|Date|By|URL): ", l) for l in head.split("\n")):
		raise ValueError("header lines Outlet/Date/By/URL missing")
	return rest


def paragraphs(text):
	return [squash(p) for p in re.split(r"\n\s*\n", text) if p.strip()]


def bounded(para, start, end):
	"""Is para[start:end] bounded by an opening mark and a closing mark or paragraph end?"""
	i = start - 1
	while i >= 0 and para[i].isspace():
		i -= 1
	j = end
	while j < len(para) and para[j].isspace():
		j += 1
	return i >= 0 and para[i] in OPENERS and (j == len(para) or para[j] in CLOSERS)


def marked_spans(para):
	"""Quotations marked with double-style marks in one paragraph, unclosed ones to its end."""
	spans = []
	i = 0
	while i < len(para):
		c = para[i]
		close = None
		if c == '"':
			close = '"'
		else:
			for o, cl in PAIRS:
				if c == o:
					close = cl
					break
		if close is None:
			i += 1
			continue
		k = para.find(close, i + 1)
		if k < 0:
			spans.append(para[i + 1:].strip())
			break
		spans.append(para[i + 1:k].strip())
		i = k + 1
	return [s for s in spans if s]


def main(argv):
	root = argv[0] if argv else os.path.dirname(os.path.abspath(__file__))
	adir = os.path.join(root, "articles")
	errs = []
	try:
		with open(os.path.join(root, "entities.json"), encoding="utf-8") as f:
			ents = json.load(f)
	except (OSError, ValueError) as e:
		print(f"check_gold: entities.json: {e}")
		return 1
	if not isinstance(ents, dict):
		print("check_gold: entities.json is not an object")
		return 1
	for k, v in ents.items():
		if not isinstance(v, list) or not v or not all(isinstance(n, str) and n.strip() for n in v):
			errs.append(f"entity {k!r}: needs a list of non-empty names")

	texts, paras = {}, {}
	for name in sorted(os.listdir(adir)):
		if name.startswith("."):
			continue
		try:
			t = article_text(os.path.join(adir, name))
		except (OSError, ValueError, UnicodeDecodeError) as e:
			errs.append(f"{name}: {e}")
			continue
		paras[name] = paragraphs(t)
		texts[name] = "\n".join(paras[name])

	gold = []
	try:
		with open(os.path.join(root, "gold.jsonl"), encoding="utf-8") as f:
			for n, line in enumerate(f, 1):
				if not line.strip():
					continue
				try:
					g = json.loads(line)
				except ValueError:
					errs.append(f"gold line {n}: not JSON")
					continue
				if not isinstance(g, dict) or set(g) != {"file", "quote", "entity", "kind"}:
					errs.append(f"gold line {n}: needs exactly file, quote, entity, kind")
					continue
				gold.append((n, g))
	except OSError as e:
		print(f"check_gold: gold.jsonl: {e}")
		return 1

	used = set()
	last = {}
	for n, g in gold:
		where = f"gold line {n} ({g['file']})"
		if g["kind"] not in KINDS:
			errs.append(f"{where}: kind {g['kind']!r}")
		if g["entity"] is not None:
			if g["entity"] not in ents:
				errs.append(f"{where}: unknown entity {g['entity']!r}")
			used.add(g["entity"])
		if g["file"] not in texts:
			errs.append(f"{where}: no such article")
			continue
		if not isinstance(g["quote"], str) or not g["quote"].strip():
			errs.append(f"{where}: empty quote")
			continue
		q = squash(g["quote"])
		text = texts[g["file"]]
		prev = last.get(g["file"], -1)
		at = text.find(q, prev + 1)
		if at < 0:
			errs.append(f"{where}: {'out of order' if q in text else 'not in the article'}: {q[:60]!r}")
			continue
		last[g["file"]] = at
		if g["kind"] != "optional":
			pstart = text.rfind("\n", 0, at) + 1
			pend = text.find("\n", at)
			para = text[pstart:pend if pend >= 0 else len(text)]
			if not bounded(para, at - pstart, at - pstart + len(q)):
				errs.append(f"{where}: not bounded by quote marks: {q[:60]!r}")
	for k in sorted(set(ents) - used):
		errs.append(f"entity {k!r} is never used")

	covered = {}
	for _, g in gold:
		covered.setdefault(g["file"], []).append(squash(g["quote"]))
	for name, ps in paras.items():
		for p in ps:
			for s in marked_spans(p):
				if not any(s in c or c in s for c in covered.get(name, [])):
					errs.append(f"{name}: quotation without gold: {s[:60]!r}")

	for e in errs:
		print(f"check_gold: {e}")
	files = len({g['file'] for _, g in gold})
	print(f"check_gold: {len(gold)} gold quotations in {files} of {len(texts)} articles, "
	      f"{len(ents)} entities: {'FAILED' if errs else 'ok'}")
	return 1 if errs else 0


if __name__ == "__main__":
	sys.exit(main(sys.argv[1:]))
