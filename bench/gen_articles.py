#!/usr/bin/env python3
"""gen_articles.py DIR N: writes N synthetic articles (plain text, ~2 KB each, with
quotations in several styles) into DIR, 1000 per subdirectory, for the benchmarks."""
import os, random, sys

FIRST = ["Anna", "Marek", "Zoë", "Łukasz", "Inés", "Kenji", "Amara", "Oskar", "Lena", "Tomás"]
LAST = ["Novak", "Lindqvist", "Okafor", "Brennan", "Sato", "Wróbel", "Núñez", "Haddad", "Costa", "Berg"]
# Five thousand people: ten first names times five hundred surnames made of syllables,
# so the speaker picker has a realistic number of rows to load and narrow.
SYLL = ["ber", "na", "kov", "lind", "ok", "sa", "haf", "mar", "ten", "ro"]
LAST += [(a + b + c).capitalize() for a in SYLL for b in SYLL for c in SYLL[:5]][:490]
OUTLETS = ["The Harbour Ledger", "Nordwind Wire", "Courrier du Lac", "Valley Post"]
WORDS = ("the council said plans for the new bridge would be reviewed after residents raised "
         "concerns about traffic noise and costs while engineers argued that delays could "
         "raise the final price considerably next year").split()

def sentence(r, n):
    return " ".join(r.choice(WORDS) for _ in range(n)).capitalize() + "."

def article(r, i):
    a = f"{r.choice(FIRST)} {r.choice(LAST)}"
    b = f"{r.choice(FIRST)} {r.choice(LAST)}"
    paras = [f"Outlet: {r.choice(OUTLETS)}", f"Date: 2026-{r.randint(1,12):02d}-{r.randint(1,28):02d}", "",
             f"Story {i}: {sentence(r, 6)[:-1]}", ""]
    body = [sentence(r, 30),
            f'"{sentence(r, 12)[:-1]}," {a} said on Monday.',
            sentence(r, 25),
            f'{b}, the minister, told reporters: "{sentence(r, 15)}"',
            f'"{sentence(r, 10)[:-1]}," said {a.split()[1]}. "{sentence(r, 8)}"',
            sentence(r, 40),
            f'According to {b}, the plan was "{" ".join(r.choice(WORDS) for _ in range(3))}".',
            sentence(r, 35)]
    return "\n".join(paras) + "\n\n".join(body) + "\n"

def main():
    out, n = sys.argv[1], int(sys.argv[2])
    r = random.Random(42)
    for i in range(n):
        d = os.path.join(out, f"{i // 1000:04d}")
        if i % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, f"a{i:06d}.txt"), "w", encoding="utf-8") as f:
            f.write(article(r, i))

main()
