#!/usr/bin/env python3
"""quoth's corpus scorer: how well `quoth quotes --format=jsonl` finds and attributes quotations.

usage: score.py GOLD.jsonl ENTITIES.json PREDICTED.jsonl
                [--min-f1 F] [--min-attr A] [--min-cluster C] [--verbose]
       (each threshold may also be written --min-f1=F)

GOLD.jsonl      one quotation a line, in article order:
                {"file": basename, "quote": text without its marks, "entity": key or null,
                 "kind": "full" | "partial" | "optional"}
ENTITIES.json   {entity key: [accepted speaker names]}
PREDICTED.jsonl one quotation a line with "source" (its last path component is the file),
                "text", "speaker" (name or null) and "speaker_id" (int or null).

Matching: both texts are folded (Unicode compatibility form without accents, case, every kind
of quote mark, dashes, runs of white space, punctuation at either end). A prediction matches an
unused gold quotation of the same file when the folded texts are equal, or when one contains
the other and the shorter is at least 75% of the longer. Exact matches are preferred, then
the earliest (both files are in article order). Optional
gold quotations (scare quotes, titles, headlines, Q&A answers) absorb a match and count neither
way. Predictions from files the gold does not mention are ignored.

Figures: quote precision, recall and F1; attribution = share of matched quotations with a
non-null gold entity whose predicted speaker is one of the entity's accepted names;
found-and-attributed = the same over all non-optional gold quotations with an entity;
speaker identity = over pairs of attributed matches that both carry a speaker_id and either
share a gold entity or share a speaker_id, the share where both agree.
The last line printed is the summary. Exit status 1 when a threshold is missed, 2 on bad input.
"""
import itertools
import json
import re
import sys
import unicodedata

_MARKS = {}
for _c in "\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f\u301d\u301e\u2033\uff02":
	_MARKS[ord(_c)] = '"'
for _c in "\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u0060\u00b4":
	_MARKS[ord(_c)] = "'"
for _c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
	_MARKS[ord(_c)] = "-"
_EDGE = " \"'.,;:!?\u2026\u3002\u3001\uff01\uff1f"


def fold(text):
	"""The comparison form of a quotation or a name."""
	text = unicodedata.normalize("NFKD", text or "")
	text = "".join(c for c in text if not unicodedata.combining(c))
	text = text.translate(_MARKS)
	text = " ".join(text.split()).casefold()
	return text.strip(_EDGE)


def basename(source):
	return re.split(r"[/\\]", source or "")[-1]


def similar(a, b):
	"""0 when a and b do not match, 2 when equal, 1 when one holds the other closely."""
	if a == b:
		return 2
	short, longer = (a, b) if len(a) <= len(b) else (b, a)
	if short and short in longer and len(short) >= 0.75 * len(longer):
		return 1
	return 0


def read_jsonl(path, what):
	rows = []
	with open(path, encoding="utf-8") as f:
		for n, line in enumerate(f, 1):
			if not line.strip():
				continue
			try:
				row = json.loads(line)
			except ValueError:
				raise SystemExit(f"score.py: {what} line {n} is not JSON: {line[:80]!r}")
			if not isinstance(row, dict):
				raise SystemExit(f"score.py: {what} line {n} is not an object")
			rows.append(row)
	return rows


def parse_args(argv):
	files, opts = [], {}
	it = iter(argv)
	for a in it:
		if not a.startswith("--"):
			files.append(a)
			continue
		key, eq, val = a[2:].partition("=")
		if key in ("min-f1", "min-attr", "min-cluster"):
			if not eq:
				val = next(it, None)
			try:
				opts[key] = float(val)
			except (TypeError, ValueError):
				raise SystemExit(f"score.py: --{key} needs a number")
		elif key == "verbose":
			opts[key] = True
		else:
			raise SystemExit(f"score.py: unknown option --{key}")
	if len(files) != 3:
		raise SystemExit(__doc__.split("\n\n")[1])
	return files, opts


def score(gold, ents, pred, verbose=False, out=print):
	for g in gold:
		if g.get("entity") is not None and g["entity"] not in ents:
			raise SystemExit(f"score.py: gold names unknown entity {g['entity']!r}")
	files = {g["file"] for g in gold}
	gfold = [fold(g["quote"]) for g in gold]
	used = set()
	tp = fp = 0
	hits = []
	for p in pred:
		src = basename(p.get("source"))
		if src not in files:
			continue
		text = fold(p.get("text") if isinstance(p.get("text"), str) else "")
		# Best match first: exact over contained, then the earliest. Gold and predictions
		# are both in article order, so a headline that repeats a body quotation meets
		# the headline's (optional) gold line, and the body's quotation the body's.
		best, best_s = None, (0, 0)
		for j, g in enumerate(gold):
			if j in used or g["file"] != src:
				continue
			s = (similar(text, gfold[j]), -j)
			if s[0] and s > best_s:
				best, best_s = j, s
		if best is None:
			fp += 1
			if verbose:
				out(f"  extra: {src}: {p.get('text', '')[:70]!r}")
			continue
		used.add(best)
		if gold[best]["kind"] != "optional":
			tp += 1
			hits.append((gold[best], p))
	need = [g for g in gold if g["kind"] != "optional"]
	if verbose:
		for j, g in enumerate(gold):
			if j not in used and g["kind"] != "optional":
				out(f"  missed: {g['file']}: {g['quote'][:70]!r}")
	prec = tp / (tp + fp) if tp + fp else 0.0
	rec = tp / len(need) if need else 0.0
	f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0

	named = [(g, p) for g, p in hits if g.get("entity") is not None]
	right = 0
	for g, p in named:
		speaker = p.get("speaker") if isinstance(p.get("speaker"), str) else ""
		if fold(speaker) and fold(speaker) in {fold(n) for n in ents[g["entity"]]}:
			right += 1
		elif verbose:
			out(f"  wrong speaker: {g['file']}: {g['quote'][:50]!r}: "
			    f"{p.get('speaker')!r}, expected {ents[g['entity']][0]!r}")
	attr = right / len(named) if named else 0.0
	gold_named = sum(1 for g in need if g.get("entity") is not None)
	e2e = right / gold_named if gold_named else 0.0

	pairs = agree = 0
	for (g1, p1), (g2, p2) in itertools.combinations(named, 2):
		i1, i2 = p1.get("speaker_id"), p2.get("speaker_id")
		if i1 is None or i2 is None:
			continue
		same_gold = g1["entity"] == g2["entity"]
		if same_gold or i1 == i2:
			pairs += 1
			if same_gold and i1 == i2:
				agree += 1
			elif verbose:
				how = "split" if same_gold else "merged"
				out(f"  identity {how}: {g1['entity']} (id {i1}) / {g2['entity']} (id {i2})")
	cluster = agree / pairs if pairs else 0.0
	return {"gold": len(need), "predicted": tp + fp, "matched": tp, "p": prec, "r": rec,
	        "f1": f1, "attr": attr, "e2e": e2e, "cluster": cluster, "pairs": pairs}


def main(argv):
	(gpath, epath, ppath), opts = parse_args(argv)
	gold = read_jsonl(gpath, "gold")
	with open(epath, encoding="utf-8") as f:
		ents = json.load(f)
	pred = read_jsonl(ppath, "prediction")
	r = score(gold, ents, pred, verbose=opts.get("verbose", False))
	print(f"quotes: gold {r['gold']}, predicted {r['predicted']}, matched {r['matched']}; "
	      f"identity pairs {r['pairs']}")
	missed = []
	for key, name in (("min-f1", "f1"), ("min-attr", "attr"), ("min-cluster", "cluster")):
		if key in opts and r[name] < opts[key]:
			missed.append(f"{name} {r[name]:.3f} < {opts[key]:.3f}")
	if missed:
		print("below threshold: " + ", ".join(missed))
	print(f"summary: quote P={r['p']:.3f} R={r['r']:.3f} F1={r['f1']:.3f} "
	      f"attribution={r['attr']:.3f} found-and-attributed={r['e2e']:.3f} "
	      f"speaker-identity={r['cluster']:.3f}")
	return 1 if missed else 0


if __name__ == "__main__":
	try:
		sys.exit(main(sys.argv[1:]))
	except SystemExit as e:
		if isinstance(e.code, str):
			print(e.code, file=sys.stderr)
			sys.exit(2)
		raise
	except (OSError, ValueError, KeyError, TypeError) as e:
		print(f"score.py: {e}", file=sys.stderr)
		sys.exit(2)
