/* speaker.c: identity keys for speakers' names and the conservative test for "same person"
 * across articles (transliteration and diacritic variants, initials). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "quote_cues.h"
#include "speaker.h"
#include "text.h"
#include "util.h"

#define SPEAKER_MAX_WORDS 12

/* Words that follow a surname without being it. */
static bool
speaker_suffix(const char *w)
{
	return strcmp(w, "jr") == 0 || strcmp(w, "sr") == 0 || strcmp(w, "ii") == 0 ||
	    strcmp(w, "iii") == 0 || strcmp(w, "iv") == 0;
}

/* Whether w is one of the n words of list. */
static bool
speaker_listed(const char *w, const char *const *list, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(w, list[i]) == 0)
			return true;
	return false;
}

static bool
speaker_honorific(const char *w)
{
	static const char *const h[] = { "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof" };

	return speaker_listed(w, h, sizeof h / sizeof h[0]);
}

/* Respells folded words in place as Russian and Central Asian names are spelled in
 * English, French and German copy alike: "dzh" as "j" ("Dzhaksybekov", "Jaksybekov"), a
 * spelling no other language's names have. (Given names' other variants, "Yerlan" and
 * "Erlan", "Aleksei" and "Alexei", are speaker_given_match's; as keys they would join
 * "Yelton" and "Elton", "Erikson" and "Erixon".) Respelling a word again changes
 * nothing. */
static void
speaker_translit_word(char *w)
{
	size_t n = strlen(w), i, o = 0;

	for (i = 0; i < n; i++) {
		if (w[i] == 'd' && i + 2 < n && w[i + 1] == 'z' && w[i + 2] == 'h') {
			w[o++] = 'j';
			i += 2;
		} else {
			w[o++] = w[i];
		}
	}
	w[o] = '\0';
}

/* Normalises one folded word in place: transliteration variants of endings (-iy, -yy, -ii,
 * -ij all become -y), "ph" spelled "f", and speaker_translit_word's respellings. */
static void
speaker_norm_word(char *w)
{
	size_t n, i, o = 0;

	speaker_translit_word(w);
	n = strlen(w);
	for (i = 0; i < n; i++) {
		if (w[i] == 'p' && i + 1 < n && w[i + 1] == 'h') {
			w[o++] = 'f';
			i++;
			continue;
		}
		w[o++] = w[i];
	}
	w[o] = '\0';
	n = o;
	if (n > 4 && (strcmp(w + n - 2, "iy") == 0 || strcmp(w + n - 2, "yy") == 0 ||
	    strcmp(w + n - 2, "ii") == 0 || strcmp(w + n - 2, "ij") == 0)) {
		w[n - 2] = 'y';
		w[n - 1] = '\0';
	}
}

/* The ASCII a folded letter stands for when Unicode gives it no decomposition, so that
 * "Kjærgaard" and "Kjaergaard", "Łucja" and "Lucja", "Tarık" and "Tarik" are one key
 * (the folding already lowered them and stripped the marks of everything else). */
static const char *
speaker_translit(unsigned char b0, unsigned char b1)
{
	switch (b0 << 8 | b1) {
	case 0xc3a6: return "ae";  /* æ */
	case 0xc3b8: return "o";   /* ø */
	case 0xc3b0: return "d";   /* ð */
	case 0xc3be: return "th";  /* þ */
	case 0xc4b1: return "i";   /* dotless ı */
	case 0xc491: return "d";   /* đ */
	case 0xc582: return "l";   /* ł */
	case 0xc593: return "oe";  /* œ */
	default: return NULL;
	}
}

/* Splits a name into folded, normalised words: punctuation dropped, hyphens as spaces,
 * honorifics removed. Returns the count; words point into *store (caller frees). */
static size_t
speaker_words(const char *name, char **store, char *words[SPEAKER_MAX_WORDS])
{
	char *f = text_fold(name, strlen(name));
	char *o = xmalloc(strlen(f) + 1);
	size_t i, n = 0, k = 0;
	char *p;
	const char *t;

	for (i = 0; f[i]; i++) {
		unsigned char ch = (unsigned char)f[i];

		if (ch == '-' || ch == ' ' || ch == '_')
			o[k++] = ' ';
		else if (ch == '.')
			o[k++] = ' ';
		else if (ch == '\'' || ch == ',' || ch == '"' || ch == '(' || ch == ')')
			continue;
		else if ((t = speaker_translit(ch, (unsigned char)f[i + 1])) != NULL) {
			/* never longer than the two bytes it replaces, so o keeps its size */
			while (*t)
				o[k++] = *t++;
			i++;
		} else if (ch == 0xe2 && f[i + 1] && f[i + 2]) {
			/* typographic apostrophes and dashes */
			i += 2;
			continue;
		} else
			o[k++] = (char)ch;
	}
	o[k] = '\0';
	free(f);
	p = strtok(o, " ");
	while (p != NULL && n < SPEAKER_MAX_WORDS) {
		if (!speaker_honorific(p)) {
			speaker_norm_word(p);
			words[n++] = p;
		}
		p = strtok(NULL, " ");
	}
	while (n > 1 && speaker_suffix(words[n - 1]))
		n--;
	*store = o;
	return n;
}

char *
speaker_key_respell(const char *key)
{
	size_t i, k = 0;
	char *o = xmalloc(strlen(key) + 1);
	const char *t;

	for (i = 0; key[i]; i++) {
		if ((t = speaker_translit((unsigned char)key[i], (unsigned char)key[i + 1])) != NULL) {
			while (*t)
				o[k++] = *t++;
			i++;
		} else {
			o[k++] = key[i];
		}
	}
	o[k] = '\0';
	return o;
}

char *
speaker_key_translit(const char *key)
{
	char *o = xstrdup(key);

	/* "dzh" holds no space: the key is respelled whole */
	speaker_translit_word(o);
	return o;
}

char *
speaker_key(const char *name)
{
	char *store, *words[SPEAKER_MAX_WORDS];
	size_t n = speaker_words(name ? name : "", &store, words), i;
	struct buf b;

	buf_init(&b);
	buf_adds(&b, "");
	for (i = 0; i < n; i++) {
		if (i > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, words[i]);
	}
	free(store);
	return buf_detach(&b);
}

/* Words a body's name may end in or leave out: its legal form. */
static bool
speaker_legal_form(const char *w, size_t n)
{
	static const char *const f[] = { "ltd", "limited", "pvt", "private", "inc", "incorporated",
		"corp", "corporation", "co", "llc", "plc", "gmbh", "ag", "sa", "nv", "bv", "pte",
		"pty", "llp", "lp", "sdn", "bhd" };
	size_t i;

	for (i = 0; i < sizeof f / sizeof f[0]; i++)
		if (strlen(f[i]) == n && memcmp(f[i], w, n) == 0)
			return true;
	return false;
}

/* Whether a folded word is a head a body's short name drops: "Altyn Trust" for "Altyn
 * Trust Bank", "Goldman Sachs" for "Goldman Sachs Group" (not "Foundation" and the like,
 * named after people). */
static bool
speaker_org_head(const char *w, size_t n)
{
	static const char *const h[] = { "bank", "group", "holdings", "partners", "care",
		"healthcare" };
	size_t i;

	for (i = 0; i < sizeof h / sizeof h[0]; i++)
		if (strlen(h[i]) == n && memcmp(h[i], w, n) == 0)
			return true;
	return false;
}

char *
speaker_org_base(const char *key)
{
	size_t n = strlen(key), e = n, b;
	bool head = false;

	for (;;) {
		for (b = e; b > 0 && key[b - 1] != ' '; b--)
			;
		if (b == 0)
			break;
		/* one head, with two words or more left before it */
		if (!speaker_legal_form(key + b, e - b) && (head || !speaker_org_head(key + b, e - b) ||
		    memchr(key, ' ', b - 1) == NULL))
			break;
		head = head || !speaker_legal_form(key + b, e - b);
		e = b - 1;
	}
	return xstrndup(key, e);
}

/* The legal form a word of a body's name is written for: "limited" is "ltd", "private"
 * "pvt", "incorporated" "inc", "corporation" "corp". */
static const char *
speaker_legal_norm(const char *w, size_t n)
{
	static const char *const pairs[][2] = { { "limited", "ltd" }, { "private", "pvt" },
		{ "incorporated", "inc" }, { "corporation", "corp" } };
	size_t i;

	for (i = 0; i < sizeof pairs / sizeof pairs[0]; i++)
		if (strlen(pairs[i][0]) == n && memcmp(pairs[i][0], w, n) == 0)
			return pairs[i][1];
	return NULL;
}

bool
speaker_org_forms_clash(const char *a, const char *b)
{
	char *ba = speaker_org_base(a), *bb = speaker_org_base(b);
	const char *ta = a + strlen(ba), *tb = b + strlen(bb);
	bool clash = false;

	free(ba);
	free(bb);
	while (*ta == ' ')
		ta++;
	while (*tb == ' ')
		tb++;
	if (*ta == '\0' || *tb == '\0')
		return false;
	/* word by word, each normalised */
	while (*ta != '\0' && *tb != '\0' && !clash) {
		size_t la = strcspn(ta, " "), lb = strcspn(tb, " ");
		const char *na = speaker_legal_norm(ta, la), *nb = speaker_legal_norm(tb, lb);
		size_t lna = na != NULL ? strlen(na) : la, lnb = nb != NULL ? strlen(nb) : lb;

		clash = lna != lnb || memcmp(na != NULL ? na : ta, nb != NULL ? nb : tb, lna) != 0;
		ta += la;
		tb += lb;
		while (*ta == ' ')
			ta++;
		while (*tb == ' ')
			tb++;
	}
	return clash || *ta != *tb;
}

char *
speaker_surname_key(const char *name)
{
	char *store, *words[SPEAKER_MAX_WORDS], *r;
	size_t n = speaker_words(name ? name : "", &store, words);

	r = xstrdup(n > 0 ? words[n - 1] : "");
	free(store);
	return r;
}

/* The consonants of a word, vowels (and "y" after its first letter: "Yelton" keeps its
 * "y", which "Elton" has not) dropped and doubles collapsed, appended to out: "mehmood"
 * and "mahmood" both give "mhmd". */
static void
speaker_consonants(const char *w, struct buf *out)
{
	const char *p;
	char last = '\0';

	for (p = w; *p != '\0'; p++) {
		if (strchr("aeiou", *p) != NULL || (*p == 'y' && p > w) || *p == last)
			continue;
		buf_addc(out, *p);
		last = *p;
	}
}

/* The family name of a Korean name as one romanization writes it, for the ways others
 * write it ("Chung" and "Jeong", "Lee", "Yi" and "Rhee", "Park" and "Pak"); NULL when w
 * is none of the common ones. */
static const char *
speaker_korean_family(const char *w)
{
	static const char *const classes[][6] = {
		{ "kim", "gim" }, { "lee", "yi", "rhee", "ri", "rhie" }, { "park", "pak", "bak" },
		{ "choi", "choe" }, { "jeong", "jung", "chung", "cheong", "joung" },
		{ "kang", "gang" }, { "cho", "jo" }, { "yoon", "yun", "youn" }, { "jang", "chang" },
		{ "lim", "im", "rim" }, { "han" }, { "oh", "o" }, { "seo", "suh" },
		{ "shin", "sin" }, { "kwon", "gwon" }, { "hwang" }, { "ahn", "an" }, { "song" },
		{ "ryu", "ryoo" }, { "yu", "yoo" }, { "hong" }, { "jeon", "chun", "jun" },
		{ "ko", "go" }, { "moon", "mun" }, { "yang" }, { "son", "sohn" },
		{ "bae", "pae" }, { "baek", "paik", "paek", "baik" }, { "heo", "huh", "hur" },
		{ "nam" }, { "noh", "roh" }, { "kwak", "gwak" }, { "sung", "seong" }, { "cha" },
		{ "joo", "ju" }, { "min" } };
	size_t i, k;

	for (i = 0; i < sizeof classes / sizeof classes[0]; i++)
		for (k = 0; k < 6 && classes[i][k] != NULL; k++)
			if (strcmp(classes[i][k], w) == 0)
				return classes[i][0];
	return NULL;
}

/* Whether a folded syllable may be Korean: an initial (none, "g", "k", "kk", "n", "d",
 * "t", "r", "l", "m", "b", "p", "s", "ss", "j", "ch", "h", "y", "w"), a vowel of the
 * romanizations ("a", "eo", "eu", "ae", "oe", "ui", "oo", "ee", ...) and a final (none,
 * "k", "g", "n", "l", "m", "p", "b", "ng"). Chinese syllables written with a hyphen are
 * not ("Chia-hao", "Wen-hsiung", "Wai-man"). */
static bool
speaker_korean_syllable_ok(const char *w)
{
	static const char *const initials[] = { "kk", "ss", "ch", "g", "k", "n", "d", "t", "r",
		"l", "m", "b", "p", "s", "j", "h", "y", "w", "" };
	static const char *const vowels[] = { "eo", "eu", "ae", "oe", "ui", "oo", "ee", "wa",
		"wo", "wi", "ya", "yo", "yu", "ye", "a", "o", "u", "i", "e" };
	static const char *const finals[] = { "ng", "k", "g", "n", "l", "m", "p", "b", "" };
	size_t i, j, k, li, lv;

	for (i = 0; i < sizeof initials / sizeof initials[0]; i++) {
		li = strlen(initials[i]);
		if (strncmp(w, initials[i], li) != 0)
			continue;
		for (j = 0; j < sizeof vowels / sizeof vowels[0]; j++) {
			lv = strlen(vowels[j]);
			if (strncmp(w + li, vowels[j], lv) != 0)
				continue;
			for (k = 0; k < sizeof finals / sizeof finals[0]; k++)
				if (strcmp(w + li + lv, finals[k]) == 0)
					return true;
		}
	}
	return false;
}

/* Appends a syllable of a Korean given name as romanizations agree on it: "woo" and "oo"
 * as "u", "ee" as "i" ("Tae-woo" and "Tae-u", "Eun-jee" and "Eun-ji", "Soo-jin" and
 * "Su-jin"). */
static void
speaker_korean_syllable(const char *w, struct buf *out)
{
	if (strcmp(w, "woo") == 0 || strcmp(w, "wu") == 0) {
		buf_addc(out, 'u');
		return;
	}
	for (; *w != '\0'; w++) {
		if ((w[0] == 'o' && w[1] == 'o') || (w[0] == 'e' && w[1] == 'e')) {
			buf_addc(out, w[0] == 'o' ? 'u' : 'i');
			w++;
		} else {
			buf_addc(out, *w);
		}
	}
}

/* Whether a folded word is one of the family names most Vietnamese bear ("Kim" left out:
 * Korean copy writes it so, with no hyphen in the given name at times). */
static bool
speaker_viet_family(const char *w)
{
	static const char *const f[] = { "nguyen", "tran", "le", "pham", "hoang", "huynh",
		"phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh",
		"truong", "trinh", "dao", "luong" };

	return speaker_listed(w, f, sizeof f / sizeof f[0]);
}

/* The family name of a Vietnamese name in either order, and its given name in *given:
 * "Lan Nguyen" as Western copy writes it, "Nguyen Thi Lan" (a middle name that marks
 * the sex, or another common one) and "Nguyen Lan" as Vietnamese copy does; NULL for any
 * other name, or one whose two words could both be family names ("Mai Le"). */
static const char *
speaker_viet_order(char *const *w, size_t n, const char **given)
{
	static const char *const middle[] = { "thi", "van", "duc", "huu", "ngoc", "thanh", "minh",
		"quoc", "xuan", "cong", "hong", "thu" };

	if (n == 2 && speaker_viet_family(w[1]) != speaker_viet_family(w[0])) {
		*given = speaker_viet_family(w[1]) ? w[0] : w[1];
		return speaker_viet_family(w[1]) ? w[1] : w[0];
	}
	if (n == 3 && speaker_viet_family(w[0]) && speaker_listed(w[1], middle,
	    sizeof middle / sizeof middle[0]) && !speaker_viet_family(w[2])) {
		*given = w[2];
		return w[0];
	}
	return NULL;
}

char *
speaker_skel_key(const char *name, int which)
{
	char *store, *words[SPEAKER_MAX_WORDS];
	size_t n = speaker_words(name ? name : "", &store, words), i;
	struct buf b;

	buf_init(&b);
	/* a Korean name, its family name first and a given name of two syllables joined by
	 * a hyphen ("Kim Tae-woo"), as every romanization writes it */
	if (which == 2) {
		const char *sp = name != NULL ? strchr(name, ' ') : NULL, *fam, *given;

		if (n == 3 && sp != NULL && strchr(sp + 1, ' ') == NULL && strchr(sp + 1, '-') != NULL &&
		    strchr(name, '-') > sp && (fam = speaker_korean_family(words[0])) != NULL &&
		    speaker_korean_syllable_ok(words[1]) && speaker_korean_syllable_ok(words[2])) {
			buf_adds(&b, "ko:");
			buf_adds(&b, fam);
			buf_addc(&b, ' ');
			/* the syllables kept apart: "Min-a" is not "Mi-na" */
			speaker_korean_syllable(words[1], &b);
			buf_addc(&b, '-');
			speaker_korean_syllable(words[2], &b);
			free(store);
			return buf_detach(&b);
		}
		if ((fam = speaker_viet_order(words, n, &given)) != NULL) {
			buf_adds(&b, "vi:");
			buf_adds(&b, fam);
			buf_addc(&b, ' ');
			buf_adds(&b, given);
			free(store);
			return buf_detach(&b);
		}
		free(store);
		buf_free(&b);
		return NULL;
	}
	buf_adds(&b, "");
	if (n >= 2 && which == 0 && strlen(words[n - 1]) >= 5)
		speaker_consonants(words[n - 1], &b);
	else if (n >= 3 && which == 1)
		for (i = 1; i < n; i++)
			speaker_consonants(words[i], &b);
	free(store);
	if (b.len < 2) {
		buf_free(&b);
		return NULL;
	}
	return buf_detach(&b);
}

/* Levenshtein distance capped: returns 0, 1 or 2 (meaning "more than one"). */
static int
speaker_dist_le1(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la > lb + 1 || lb > la + 1)
		return 2;
	while (i < la && i < lb && a[i] == b[i])
		i++;
	if (i == la && i == lb)
		return 0;
	if (la == lb)
		return strcmp(a + i + 1, b + i + 1) == 0 ? 1 : 2;
	if (la > lb)
		return strcmp(a + i + 1, b + i) == 0 ? 1 : 2;
	return strcmp(a + i, b + i + 1) == 0 ? 1 : 2;
}

/* The consonant skeleton of a given name, doubles collapsed: "mohammed" and "muhammad"
 * both give "mhmd". */
static void
speaker_skeleton(const char *w, char *out, size_t cap)
{
	size_t k = 0;

	for (; *w && k + 1 < cap; w++) {
		if (strchr("aeiouy", *w) != NULL)
			continue;
		if (k > 0 && out[k - 1] == *w)
			continue;
		out[k++] = *w;
	}
	out[k] = '\0';
}

static bool
speaker_vowel(char ch)
{
	return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u';
}

/* A given name as transliterations from Cyrillic differ in writing it: "y" as "i" (not
 * at the end, where English diminutives differ: Tony and Toni, Mary and Mari), "ks" as
 * "x", "ii" as "i". "Yuliya" and "Iuliia" both give "iulia", "Oleksandr" and "Olexandr"
 * "olexandr"; "Ellie" and "Elie" stay two. */
static void
speaker_translit_given(const char *w, char *out, size_t cap)
{
	size_t k = 0;
	char ch;

	/* "Yerlan" and "Erlan", "Yevgeny" and "Evgeny" (not "Yeo") */
	if (w[0] == 'y' && w[1] == 'e' && w[2] != '\0' && !speaker_vowel(w[2]) && w[2] != 'y')
		w++;

	for (; *w && k + 1 < cap; w++) {
		ch = *w == 'y' && w[1] != '\0' ? 'i' : *w;
		if (ch == 'k' && w[1] == 's') {
			ch = 'x';
			w++;
		}
		if (ch == 'i' && k > 0 && out[k - 1] == 'i')
			continue;
		out[k++] = ch;
	}
	out[k] = '\0';
}

/* Whether a and b, one letter apart in length, differ by a letter doubled in the longer. */
static bool
speaker_doubled(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la < lb) {
		const char *t = a;

		a = b;
		b = t;
		la = lb;
	}
	if (la != strlen(b) + 1)
		return false;
	while (b[i] != '\0' && a[i] == b[i])
		i++;
	return i > 0 && a[i] == a[i - 1] && strcmp(a + i + 1, b + i) == 0;
}

/* Whether a folded given name is an abbreviation of Muhammad ("Mohd", "Md", "Muhd"). */
static bool
speaker_muhammad_abbr(const char *w)
{
	return strcmp(w, "mohd") == 0 || strcmp(w, "md") == 0 || strcmp(w, "muhd") == 0;
}

/* The class of a folded Slavic given name in its Ukrainian, Russian and English forms
 * ("Oleksandr", "Aleksandr", "Alexander"), 1 on; 0 for a name not listed. Copy spells a
 * Ukrainian's name as Kyiv does or as Moscow did, and Western copy in English. The
 * forms ending in "-y" are speaker_norm_word's of "-ii" and "-iy". */
static int
speaker_slavic_given(const char *w)
{
	static const char *const classes[] = {
		" oleksandr olexander oleksander aleksandr alexandr alexander aleksander ",
		" oleksii oleksiy oleksy olexiy olexy aleksei alexei alexey aleksey ",
		" volodymyr vladimir ",
		" mykola mikola nikolai nikolay ",
		" serhii serhiy serhy sergii sergiy sergy sergei sergey ",
		" andrii andriy andry andrei andrey ",
		" dmytro dmitry dmitri dmitriy ",
		" mykhailo mykhaylo mikhail ",
		" yurii yuriy yuri yury ",
		" petro pyotr ",
		" ihor igor ",
		" hennadii hennadiy hennady gennady gennadiy gennadi ",
		" yevhen yevgeny yevgeniy evgeny evgeniy ",
		" pavlo pavel ",
		" vasyl vasily vasiliy vasili ",
		" anatolii anatoliy anatoly ",
		" vitalii vitaliy vitaly ",
		" valerii valeriy valery ",
		" heorhii heorhiy heorhy georgy georgiy ",
		" oleh oleg ",
		" olha olga ",
		" halyna galina ",
		" tetiana tetyana tatiana tatyana ",
		" kateryna yekaterina ekaterina ",
		" nataliia natalia natalya ",
		" iryna irina ",
		" maryna marina ",
	};
	char key[32];
	size_t k, n = strlen(w);

	if (n < 3 || n + 3 > sizeof key)
		return 0;
	key[0] = ' ';
	memcpy(key + 1, w, n);
	key[n + 1] = ' ';
	key[n + 2] = '\0';
	for (k = 0; k < sizeof classes / sizeof classes[0]; k++)
		if (strstr(classes[k], key) != NULL)
			return (int)k + 1;
	return 0;
}

/* Whether one of the n folded words w has five letters or more. */
static bool
speaker_long_word(char *const *w, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strlen(w[k]) >= 5)
			return true;
	return false;
}

/* Respells a folded given name the way Hebrew romanizations differ into out: "ch" as "h",
 * "tz" as "ts". (Not "w" as "v": "Ewan" and "Evan", "Walter" and "Valter" are two names;
 * nor a final "y" as "i": "Tony" and "Toni".) */
static void
speaker_hebrew_form(const char *w, char *out, size_t cap)
{
	size_t k = 0;

	for (; *w != '\0' && k + 1 < cap; w++) {
		if (w[0] == 'c' && w[1] == 'h') {
			out[k++] = 'h';
			w++;
		} else if (w[0] == 't' && w[1] == 'z') {
			out[k++] = 't';
			if (k + 1 < cap)
				out[k++] = 's';
			w++;
		} else {
			out[k++] = w[0];
		}
	}
	out[k] = '\0';
}

/* Whether two folded given names are one Hebrew name romanized two ways
 * (speaker_hebrew_form), one of them a Hebrew name listed as a romanization writes it with
 * "ch" or "tz": not "Chester" and "Hester", "Chang" and "Hang". */
static bool
speaker_hebrew_given(const char *a, const char *b)
{
	static const char *const hebrew[] = { "chaim", "haim", "chen", "hen", "chana", "hana",
		"chava", "hava", "chaya", "haya", "chanan", "hanan", "chagai", "hagai", "chanoch",
		"hanoch", "chemi", "hemi", "tzachi", "tzahi", "tsachi", "tsahi", "tzvi", "tsvi",
		"tzipi", "tsipi", "tzion", "tsion", "yitzchak", "yitzhak", "menachem", "menahem",
		"nachum", "nahum", "yochanan", "yohanan", "yochai", "yohai", "elchanan", "elhanan",
		"michal", "mihal", "nechama", "nehama", "tzila", "tsila", "achinoam", "ahinoam",
		"yechiel", "yehiel", "yechezkel", "yehezkel", "rachamim", "rahamim", "tzuriel",
		"tsuriel" };
	char sa[64], sb[64];

	if (strlen(a) < 3 || strlen(b) < 3 || strlen(a) * 2 >= sizeof sa || strlen(b) * 2 >= sizeof sb ||
	    !speaker_listed(a, hebrew, sizeof hebrew / sizeof hebrew[0]) ||
	    !speaker_listed(b, hebrew, sizeof hebrew / sizeof hebrew[0]))
		return false;
	speaker_hebrew_form(a, sa, sizeof sa);
	speaker_hebrew_form(b, sb, sizeof sb);
	return strcmp(sa, sb) == 0;
}

/* Whether two folded given names are one: the same, an initial of the other, one
 * transliterated or abbreviated two ways; with variants, also the Ukrainian, Russian and
 * English forms of a Slavic name (speaker_slavic_given). */
static bool
speaker_given_match(const char *a, const char *b, bool variants)
{
	char sa[64], sb[64];
	int ca;

	if (strcmp(a, b) == 0)
		return true;
	/* "Oleksandr Tkachuk" and "Alexander Tkachuk" */
	if (variants && (ca = speaker_slavic_given(a)) != 0 && ca == speaker_slavic_given(b))
		return true;
	if ((strlen(a) == 1 && a[0] == b[0]) || (strlen(b) == 1 && a[0] == b[0]))
		return true;
	if (strlen(a) >= 4 && strlen(b) >= 4 && strlen(a) < sizeof sa && strlen(b) < sizeof sb) {
		speaker_translit_given(a, sa, sizeof sa);
		speaker_translit_given(b, sb, sizeof sb);
		if (strcmp(sa, sb) == 0)
			return true;
	}
	/* "Mohd Aslam Khan" is "Mohammed Aslam Khan": the abbreviations of Muhammad */
	if (speaker_muhammad_abbr(a) || speaker_muhammad_abbr(b)) {
		const char *full = speaker_muhammad_abbr(a) ? b : a;

		/* Mohammed, Muhammad, Mohamed; not Mahmud nor Mahmood, whose consonants
		 * are the same */
		speaker_skeleton(full, sa, sizeof sa);
		return strlen(full) < sizeof sa && full[0] == 'm' && (full[1] == 'o' || full[1] == 'u') &&
		    strcmp(sa, "mhmd") == 0;
	}
	/* "Youssef" and "Yousef", "Phillip" and "Philip": a letter doubled or not */
	if (strlen(a) >= 5 && strlen(b) >= 5 && speaker_doubled(a, b))
		return true;
	/* "Mohammed" and "Muhammad", not "Daniel" and "Daniela": the ending that tells a
	 * woman's name from a man's stays */
	if (a[0] != b[0] || strlen(a) < 4 || strlen(b) < 4 || a[strlen(a) - 1] != b[strlen(b) - 1])
		return false;
	speaker_skeleton(a, sa, sizeof sa);
	speaker_skeleton(b, sb, sizeof sb);
	return strlen(sa) >= 3 && strcmp(sa, sb) == 0;
}

/* Whether a folded word opens a family name as a particle: "van", "de", "bin", and the
 * Irish and Arabic ones ("ni" of "Ní Bhriain", "o" of "Ó Súilleabháin", "ould"). Not
 * "ben", a given name as often ("Ben Carter"): across articles a wrong merge costs more
 * than a missed one. Some are names elsewhere ("Van" in "Nguyen Van Thanh", "Ni" in
 * "Ni Jun"); a surname alone still needs the roles to agree before it joins anyone. */
static bool
speaker_particle(const char *w)
{
	static const char *const p[] = { "van", "von", "vom", "zu", "de", "der", "den", "del",
		"della", "di", "da", "das", "dos", "du", "des", "la", "le", "ter", "ten", "bin", "ibn",
		"bint", "abu", "al", "el", "ni", "nic", "o", "ua", "ui", "mac", "mag", "mhic",
		"ould" };

	return speaker_listed(w, p, sizeof p / sizeof p[0]);
}

/* The number of leading words of a name that are a surname's particles ("Van der Meulen"
 * gives 2), when every word but the last is one; 0 otherwise. */
static size_t
speaker_particles(char *const *w, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i++)
		if (!speaker_particle(w[i]))
			return 0;
	return n - 1;
}

bool
speaker_surname_only(const char *name)
{
	char *store, *words[SPEAKER_MAX_WORDS];
	size_t n = speaker_words(name ? name : "", &store, words);
	/* "O. Smith" is an initial, not "Ó Smith" */
	bool only = n == 1 || (n >= 2 && strchr(name, '.') == NULL &&
	    speaker_particles(words, n) == n - 1);

	free(store);
	return only;
}

/* Whether the first n words of a and b are the same. */
static bool
speaker_words_equal(char *const *a, char *const *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

/* Whether two family names one letter apart (speaker_dist_le1) are one name transliterated
 * two ways, as Arabic and Cyrillic names are: a vowel inside the name for another
 * ("Mansouri" and "Mansoori", "Hashimi" and "Hashemi"), "v" for "w" ("Petrova",
 * "Petrowa"), "-iuk" for "-yuk" ("Dovhalyuk", "Dovhaliuk"), "-skyi" for "-sky"
 * ("Biletskyi", "Biletsky"), or a "y" more between two vowels ("Saparbaev",
 * "Saparbayev"). Not a vowel at the end, nor one more or fewer, nor a consonant: those
 * are families of their own in the languages that spell them (Rossi and Rosso, Davis
 * and Davies, Clark and Clarke, Lindsana and Lindnana), and so are "-sen" and "-son"
 * (Larsen and Larson). A vowel for a vowel counts only when vowels is true: for names
 * written without diacritics, since a folded umlaut is no transliteration (Müller and
 * Möller are two families). */
static bool
speaker_respelled(const char *a, const char *b, bool vowels)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;

	if (la == lb) {
		while (i < la && a[i] == b[i])
			i++;
		if (i + 1 >= la)
			return false;
		if ((a[i] == 'v' && b[i] == 'w') || (a[i] == 'w' && b[i] == 'v'))
			return true;
		/* the Ukrainian ending "-юк" as "-yuk" or "-iuk" ("Dovhalyuk" and "Dovhaliuk",
		 * "Romanyuk" and "Romaniuk"); only there: elsewhere names of other languages
		 * differ so ("Suharyanto" and "Suharianto", "McBryan" and "McBrian") */
		if (vowels && i >= 3 && i + 3 == la && ((a[i] == 'y' && b[i] == 'i') ||
		    (a[i] == 'i' && b[i] == 'y')) && a[i + 1] == 'u' && a[i + 2] == 'k' &&
		    !speaker_vowel(a[i - 1]))
			return true;
		if (!vowels || !speaker_vowel(a[i]) || !speaker_vowel(b[i]))
			return false;
		/* Larsen and Larson */
		return !(i == la - 2 && a[i - 1] == 's' && a[la - 1] == 'n');
	}
	if (la + 1 == lb)
		return speaker_respelled(b, a, vowels);
	if (la != lb + 1)
		return false;
	/* a is the longer: the letter it has more is a "y" between vowels, or the "o" of an
	 * "ou" written for "u" in an Arabic name ending in "i" ("Jubouri" and "Juburi",
	 * "Mansouri" and "Mansuri"; not "Bourke" and "Burke") */
	while (i < lb && a[i] == b[i])
		i++;
	if (vowels && i > 0 && a[i] == 'o' && a[i + 1] == 'u' && a[la - 1] == 'i')
		return true;
	/* "Biletskyi" and "Biletsky": the "-ський" of a Ukrainian family name as "-skyi" or
	 * "-sky" (not "Polanyi", "Polany") */
	if (vowels && i == lb && i >= 5 && a[i] == 'i' && a[i - 1] == 'y' && a[i - 2] == 'k' &&
	    (a[i - 3] == 's' || a[i - 3] == 'z' || a[i - 3] == 'c'))
		return true;
	return a[i] == 'y' && i > 0 && i + 1 < la && speaker_vowel(a[i - 1]) && speaker_vowel(a[i + 1]);
}

/* Whether a word opening a name is a lineage or courtesy word that South Asian and Arabic
 * names carry in one outlet's copy and not in another's: "Syed Zulqarnain Bukhari" is
 * "Zulqarnain Bokhari", "Rana Tariq Mahmood" is "Tariq Mehmood". Some are given names too
 * ("Rana Ayyub"), so a name is only ever compared without it when the rest, two words or
 * more, is a full name of its own. */
static bool
speaker_lineage(const char *w)
{
	static const char *const l[] = { "syed", "sayed", "sayyid", "seyed", "seyyed", "haji",
		"hajji", "rana", "mian", "chaudhry", "chaudhary", "choudhary", "makhdoom" };

	return speaker_listed(w, l, sizeof l / sizeof l[0]);
}

/* The words to pass over at the start of a and of b (0 or 1): the lineage word of the
 * longer, one word longer, when the other has two words or more. */
static void
speaker_lineage_skip(char *const *wa, size_t na, char *const *wb, size_t nb, size_t *oa,
    size_t *ob)
{
	*oa = na == nb + 1 && nb >= 2 && speaker_lineage(wa[0]);
	*ob = nb == na + 1 && na >= 2 && speaker_lineage(wb[0]);
}

/* Whether a byte string is all ASCII (a name written without diacritics). */
static bool
speaker_ascii(const char *s)
{
	for (; *s != '\0'; s++)
		if ((unsigned char)*s >= 0x80)
			return false;
	return true;
}

/* The family part of a name, its words after the first written together: "Yousef Ben
 * Ali" and "Youssef Benali" both give "benali", "Ali Abdul-Wahid" gives "abdulwahid". */
static void
speaker_family_joined(char *const *w, size_t n, char *out, size_t cap)
{
	size_t i, k = 0, m;

	out[0] = '\0';
	for (i = 1; i < n; i++) {
		m = strlen(w[i]);
		if (k + m + 1 > cap)
			return;
		memcpy(out + k, w[i], m);
		k += m;
		out[k] = '\0';
	}
}

/* Whether two names of two words or more have the same given name and the same family
 * part, its words written together (five letters or more). */
static bool
speaker_joined_alike(char *const *wa, size_t na, char *const *wb, size_t nb)
{
	char ja[128], jb[128];

	/* not a Slavic name's other forms: the consonant-key lookup that asks this knows no
	 * roles to tell "Oleksandr Melnyk" the medic from "Alexander Melnyk" the MP */
	if (na < 2 || nb < 2 || !speaker_given_match(wa[0], wb[0], false))
		return false;
	speaker_family_joined(wa, na, ja, sizeof ja);
	speaker_family_joined(wb, nb, jb, sizeof jb);
	return strlen(ja) >= 5 && strcmp(ja, jb) == 0;
}

/* The test of two full names of two words or more each: the same given name, and the same
 * family name or one respelled. */
static bool
speaker_same_full(char *const *wa, size_t na, char *const *wb, size_t nb, bool ascii, bool variants)
{
	const char *la = wa[na - 1], *lb = wb[nb - 1];
	int d = speaker_dist_le1(la, lb);
	bool same;
	size_t i;

	/* a Hebrew given name as two outlets romanize it ("Tzachi" and "Tzahi", "Chen" and
	 * "Hen"), with a word of five letters or more after it (not
	 * "Chan Tai-man" and "Han Tai-man") */
	if (!speaker_given_match(wa[0], wb[0], variants) && !(speaker_long_word(wa + 1, na - 1) &&
	    speaker_hebrew_given(wa[0], wb[0])))
		return false;
	same = d == 0 || (d == 1 && strlen(la) >= 5 && strlen(lb) >= 5 && speaker_respelled(la, lb, ascii));
	/* "Lee Ji-hoon" and "Lee Tae-hoon", "Anna Maria Berg" and "Anna Sofia Berg":
	 * words between that are spelt out on both sides and differ tell two people
	 * apart. An initial ("John F. Kennedy"), a spelling one letter off ("Mary Ann",
	 * "Mary Anne") and a particle ("bin", "ibn") still match. */
	if (same && na == nb && na >= 3) {
		for (i = 1; i + 1 < na && same; i++)
			if (strlen(wa[i]) >= 2 && strlen(wb[i]) >= 2 &&
			    !speaker_given_match(wa[i], wb[i], variants) &&
			    speaker_dist_le1(wa[i], wb[i]) > 1 &&
			    !(speaker_particle(wa[i]) && speaker_particle(wb[i])))
				same = false;
	}
	return same;
}

/* Whether a name carries a word that marks it South Asian or Arabic, where transliteration
 * respells names freely: a lineage word first ("Syed", "Rana"), or between the first and
 * the last word "Singh", "Kumar" and the like or an Arabic particle ("al", "bin"). Western
 * names have no such word, and their one-vowel pairs are families of their own
 * (Walsh/Welsh, Jensen/Jansen, Bourke/Burke). */
static bool
speaker_translit_marked(char *const *w, size_t n)
{
	static const char *const mid[] = { "singh", "kumar", "kaur", "devi", "prasad", "lal",
		"nath", "chand", "bai", "al", "el", "bin", "ibn", "bint", "abu", "abdul", "abd",
		"abdel" };
	size_t i;

	/* "Rana" and "Haji" are given names too ("Rana Hamad"): first of three words */
	if (n >= 3 && speaker_lineage(w[0]))
		return true;
	for (i = 1; i + 1 < n; i++)
		if (speaker_listed(w[i], mid, sizeof mid / sizeof mid[0]))
			return true;
	return false;
}

/* Whether two family names differ by a vowel as transliterations of one name do: "au"
 * and "ou" (Chauhan, Chouhan), "o" and "u" (Bokhari, Bukhari), "e" and "a" beside an "h"
 * (Mehmood, Mahmood), the "o" of an "ou" before a final "i" (Jubouri, Juburi); or not at
 * all. Not "a" and "i", "e" and "i" nor "e" and "a" elsewhere: Patel and Patil, Hamad and
 * Hamid, Sandhu and Sindhu, Verma and Varma are other families. */
static bool
speaker_vowel_alternation(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i = 0;
	char x, y;

	if (strcmp(a, b) == 0)
		return true;
	if (la + 1 == lb)
		return speaker_vowel_alternation(b, a);
	while (a[i] != '\0' && a[i] == b[i])
		i++;
	if (la == lb + 1)
		return a[i] == 'o' && a[i + 1] == 'u' && a[la - 1] == 'i' && strcmp(a + i + 1, b + i) == 0;
	if (la != lb || strcmp(a + i + 1, b + i + 1) != 0)
		return false;
	x = a[i] < b[i] ? a[i] : b[i];
	y = a[i] < b[i] ? b[i] : a[i];
	if (x == 'o' && y == 'u')
		return true;
	if (x == 'a' && y == 'o')
		return a[i + 1] == 'u';
	if (x == 'a' && y == 'e')
		return (i > 0 && a[i - 1] == 'h') || a[i + 1] == 'h';
	return false;
}

/* speaker_same_person with "v" read as "b" in both names, as South Asian copy writes the
 * one letter of Hindi, Nepali and Bengali either way ("Raghuvir", "Raghubir"). */
static char *
speaker_vb_copy(const char *s)
{
	char *c = xstrdup(s), *p;

	for (p = c; *p != '\0'; p++)
		if (*p == 'v' || *p == 'V')
			*p = (char)(*p - ('v' - 'b'));
	return c;
}

static bool
speaker_same_vb(const char *a, const char *b)
{
	char *ca, *cb;
	bool same;

	if (strpbrk(a, "vV") == NULL && strpbrk(b, "vV") == NULL)
		return false;
	ca = speaker_vb_copy(a);
	cb = speaker_vb_copy(b);
	same = speaker_same_person(ca, cb, false);
	free(ca);
	free(cb);
	return same;
}

bool
speaker_same_romanized(const char *a, const char *b)
{
	char *ka = speaker_skel_key(a, 2), *kb = ka != NULL ? speaker_skel_key(b, 2) : NULL;
	bool same = ka != NULL && kb != NULL && strcmp(ka, kb) == 0;

	/* "Nguyen Van Minh" is a man, "Nguyen Thi Minh" a woman: two middle names differ */
	if (same && strncmp(ka, "vi:", 3) == 0) {
		char *sa, *sb, *wa[SPEAKER_MAX_WORDS], *wb[SPEAKER_MAX_WORDS];
		size_t na = speaker_words(a, &sa, wa), nb = speaker_words(b, &sb, wb);

		if (na == 3 && nb == 3 && strcmp(wa[1], wb[1]) != 0)
			same = false;
		free(sa);
		free(sb);
	}
	free(ka);
	free(kb);
	return same;
}

bool
speaker_same_spelling(const char *a, const char *b)
{
	char *sa, *sb, *wa[SPEAKER_MAX_WORDS], *wb[SPEAKER_MAX_WORDS];
	size_t na, nb, oa, ob;
	bool same, marked;

	if (a == NULL || b == NULL)
		return false;
	na = speaker_words(a, &sa, wa);
	nb = speaker_words(b, &sb, wb);
	/* "Rana Tariq Mahmood" and "Tariq Mahmood": the lineage word of the longer */
	speaker_lineage_skip(wa, na, wb, nb, &oa, &ob);
	same = speaker_joined_alike(wa + oa, na - oa, wb + ob, nb - ob);
	marked = (speaker_translit_marked(wa, na) || speaker_translit_marked(wb, nb)) &&
	    na >= 2 && nb >= 2 && speaker_vowel_alternation(wa[na - 1], wb[nb - 1]);
	free(sa);
	free(sb);
	/* "Raghuvir Singh Chauhan" and "Raghubir Singh Chouhan", "Rana Tariq Mahmood" and
	 * "Tariq Mehmood", "Abdulkarim al-Jubouri" and "Abdul Karim al-Juburi": a vowel
	 * respelled near the family name's start (as transliterations alternate,
	 * speaker_vowel_alternation), or "v" for "b", which makes other families of Western
	 * names ("Tim Burton", "Tim Barton"; "Alvin", "Albin"), is a respelling in a name
	 * transliteration marks */
	if (!same && marked)
		same = speaker_same_person(a, b, false) || speaker_same_vb(a, b);
	return same;
}

/* Whether a name holds the letter "đ" or "Đ". */
static bool
speaker_has_dj_letter(const char *name)
{
	return strstr(name, "\xc4\x91") != NULL || strstr(name, "\xc4\x90") != NULL;
}

/* Respells a folded word's "dj" as "d" in place. */
static void
speaker_dj_word(char *w)
{
	size_t i, o = 0;

	for (i = 0; w[i] != '\0'; i++) {
		w[o++] = w[i];
		if (w[i] == 'd' && w[i + 1] == 'j')
			i++;
	}
	w[o] = '\0';
}

/* Whether a folded word ends as South Slavic family names do: "-ic", "-ich". */
static bool
speaker_slavic_family(const char *w)
{
	size_t n = strlen(w);

	return (n > 3 && strcmp(w + n - 2, "ic") == 0) || (n > 4 && strcmp(w + n - 3, "ich") == 0);
}

/* Whether a folded word holds a digraph of the Dutch-era Indonesian spelling that names keep
 * ("Sjahrir", "Soeharto", "Djoko", "Tjahjo", "Rachmat"): "sj", "oe", "dj", "tj", or "ch"
 * after a vowel and before a consonant. */
static bool
speaker_ejaan_old(const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0' && w[i + 1] != '\0'; i++) {
		if ((w[i] == 's' || w[i] == 'd' || w[i] == 't') && w[i + 1] == 'j')
			return true;
		if (w[i] == 'o' && w[i + 1] == 'e')
			return true;
		if (w[i] == 'c' && w[i + 1] == 'h' && i > 0 && speaker_vowel(w[i - 1]) &&
		    w[i + 2] != '\0' && !speaker_vowel(w[i + 2]))
			return true;
	}
	return false;
}

/* Respells a folded word in the spelling of 1972 in place: "sj" as "sy", "dj" as "j",
 * "tj" as "c", "oe" as "u", that "ch" as "h" ("Rachmat Sjahrir" is "Rahmat Syahrir"). */
static void
speaker_ejaan_word(char *w)
{
	size_t i, o = 0;

	for (i = 0; w[i] != '\0'; i++) {
		char n = w[i + 1];

		if (w[i] == 's' && n == 'j') {
			w[o++] = 's';
			w[o++] = 'y';
			i++;
		} else if (w[i] == 'd' && n == 'j') {
			w[o++] = 'j';
			i++;
		} else if (w[i] == 't' && n == 'j') {
			w[o++] = 'c';
			i++;
		} else if (w[i] == 'o' && n == 'e') {
			w[o++] = 'u';
			i++;
		} else if (w[i] == 'c' && n == 'h' && i > 0 && speaker_vowel(w[i - 1]) &&
		    w[i + 2] != '\0' && !speaker_vowel(w[i + 2])) {
			w[o++] = 'h';
			i++;
		} else {
			w[o++] = w[i];
		}
	}
	w[o] = '\0';
}

/* The number of capitals (two or three) that open name as one word before a capitalised
 * family name: the initials of the given names ("SK Tiwari"); 0 otherwise. */
size_t
speaker_initials(const char *name)
{
	size_t k = 0;

	while (k < 4 && name[k] >= 'A' && name[k] <= 'Z')
		k++;
	return (k == 2 || k == 3) && name[k] == ' ' && name[k + 1] >= 'A' && name[k + 1] <= 'Z' ? k : 0;
}

/* Joins an Arabic given name's "Abdul", "Abdel" or "Abd" to the word after it when a
 * family name stays after both ("Abdul Karim al-Juburi" reads as "Abdulkarim al-Juburi");
 * buf (cap bytes) holds the joined word. */
static void
speaker_join_abd(char **w, size_t *n, char *buf, size_t cap)
{
	size_t i, l0, l1;

	if (*n < 3 || !(strcmp(w[0], "abdul") == 0 || strcmp(w[0], "abdel") == 0 ||
	    strcmp(w[0], "abd") == 0))
		return;
	l0 = strlen(w[0]);
	l1 = strlen(w[1]);
	if (l0 + l1 + 1 > cap)
		return;
	memcpy(buf, w[0], l0);
	memcpy(buf + l0, w[1], l1 + 1);
	w[0] = buf;
	for (i = 1; i + 1 < *n; i++)
		w[i] = w[i + 1];
	(*n)--;
}

/* speaker_same_person's test; with variants, the respellings of given names across
 * languages and of Indonesian names across spelling reforms count too. */
static bool
speaker_same_person_v(const char *a, const char *b, bool allow_surname, bool variants)
{
	char ja[64], jb[64];
	char *sa, *sb, *wa[SPEAKER_MAX_WORDS], *wb[SPEAKER_MAX_WORDS];
	size_t na, nb, ia = speaker_initials(a != NULL ? a : ""), ib = speaker_initials(b != NULL ? b : "");
	bool same = false;

	if (a == NULL || b == NULL)
		return false;
	na = speaker_words(a, &sa, wa);
	nb = speaker_words(b, &sb, wb);
	if (na == 0 || nb == 0)
		goto out;
	speaker_join_abd(wa, &na, ja, sizeof ja);
	speaker_join_abd(wb, &nb, jb, sizeof jb);
	/* "Djordje Lazarevic" is "Đorđe Lazarević": the "dj" English copy writes for the
	 * Serbian and Croatian "đ", which folds to "d"; only when the other name writes
	 * "đ" ("Mladjenovic" and "Mladenovic", "Hadji" and "Hadi" are other names) */
	if (speaker_has_dj_letter(a) != speaker_has_dj_letter(b)) {
		char **wd = speaker_has_dj_letter(a) ? wb : wa;
		size_t k, nd = wd == wb ? nb : na;

		for (k = 0; k < nd; k++)
			speaker_dj_word(wd[k]);
	}
	/* "SK Tiwari" is "Santosh Kumar Tiwari": one given name for each initial, each
	 * opening with it, and the same family name; not "Sunita Tiwari", nor "Amit" for "AK" */
	if ((ia != 0) != (ib != 0) && (ia != 0 ? nb : na) >= 2) {
		char *const *wi = ia != 0 ? wa : wb, *const *wf = ia != 0 ? wb : wa;
		size_t ni = ia != 0 ? na : nb, nf = ia != 0 ? nb : na, k, ninit = ia != 0 ? ia : ib;

		/* "KT Rama Rao" and "Kalvakuntla Taraka Rama Rao": the words after the
		 * initials are the same too */
		if (nf != ninit + ni - 1)
			goto out;
		for (k = 0; k < ninit; k++)
			if (wf[k][0] != wi[0][k])
				goto out;
		for (k = 1; k < ni; k++)
			if (strcmp(wi[k], wf[ninit + k - 1]) != 0)
				goto out;
		same = true;
		goto out;
	}
	if (na == nb && (same = speaker_words_equal(wa, wb, na)))
		goto out;
	/* "Carlos Ibáñez Ferrer" and "Carlos Ibanez": a second family name more, every other
	 * word the same; not when the shorter ends in a given name, as "Juan Carlos" and
	 * "Juan Carlos Rodríguez", "Ahmed Hassan" and "Ahmed Hassan Mohamed" (Arabic names run
	 * on with the father's) are two people */
	if ((na == nb + 1 && nb >= 2) || (nb == na + 1 && na >= 2)) {
		const char *last = na < nb ? wa[na - 1] : wb[nb - 1];   /* the shorter's */

		if (!(quote_cue_flags(last, strlen(last)) & QC_GIVEN) &&
		    (same = speaker_words_equal(wa, wb, na < nb ? na : nb)))
			goto out;
	}
	if (nb >= 2 && na > nb && allow_surname && strchr(b, '.') == NULL &&
	    speaker_particles(wb, nb) == nb - 1) {
		/* "Ní Bhriain" is "Niamh Ní Bhriain": a family name with its particles, alone */
		size_t i;

		same = true;
		for (i = 0; i < nb; i++)
			if (strcmp(wa[na - nb + i], wb[i]) != 0)
				same = false;
	} else if (na >= 2 && nb >= 2) {
		bool ascii = speaker_ascii(a) && speaker_ascii(b);
		size_t oa, ob;

		same = speaker_same_full(wa, na, wb, nb, ascii, variants);
		/* "Rana Tariq Mahmood" and "Tariq Mehmood": a lineage word more */
		speaker_lineage_skip(wa, na, wb, nb, &oa, &ob);
		if (!same && oa + ob > 0)
			same = speaker_same_full(wa + oa, na - oa, wb + ob, nb - ob, ascii, variants);
		/* "Yousef Ben Ali" and "Youssef Benali", "Ali Abdul-Wahid" and "Ali
		 * Abdulwahid": the family name in one word or in two */
		if (!same && na != nb)
			same = speaker_joined_alike(wa, na, wb, nb);
	} else if (nb == 1 && na >= 2 && allow_surname) {
		same = strcmp(wa[na - 1], wb[0]) == 0;
	}
	/* "Rachmat Hidayatullah" and "Rahmat Hidayatullah", "Andi Sjahrir" and "Andi
	 * Syahrir": Indonesian names in the old spelling and the new, two words or more,
	 * every word the same once respelled (each name is respelled: "Soeharto" is
	 * "Suharto") */
	if (!same && variants && na >= 2 && na == nb) {
		size_t k;
		bool old = false;

		for (k = 0; k < na; k++)
			old = old || speaker_ejaan_old(wa[k]) || speaker_ejaan_old(wb[k]);
		/* not South Slavic names, whose "dj" English copy drops ("Djuro" and "Juro
		 * Kovacevic" are two people) */
		for (k = 0; k < na && old; k++)
			if (speaker_slavic_family(wa[k]) || speaker_slavic_family(wb[k]))
				old = false;
		if (old) {
			for (k = 0; k < na; k++) {
				speaker_ejaan_word(wa[k]);
				speaker_ejaan_word(wb[k]);
			}
			same = speaker_words_equal(wa, wb, na);
		}
	}
out:
	free(sa);
	free(sb);
	return same;
}

bool
speaker_same_person(const char *a, const char *b, bool allow_surname)
{
	return speaker_same_person_v(a, b, allow_surname, true);
}

bool
speaker_same_person_plain(const char *a, const char *b, bool allow_surname)
{
	return speaker_same_person_v(a, b, allow_surname, false);
}

bool
speaker_roles_share(const char *stored, const char *role)
{
	char *sr, *wr[SPEAKER_MAX_WORDS], *copy, *piece, *save = NULL;
	size_t nr, k;
	bool found = false;

	if (stored == NULL || role == NULL)
		return false;
	nr = speaker_words(role, &sr, wr);
	copy = xstrdup(stored);
	for (piece = strtok_r(copy, "|", &save); piece != NULL && !found; piece = strtok_r(NULL, "|", &save)) {
		char *ss, *ws[SPEAKER_MAX_WORDS];
		size_t ns = speaker_words(piece, &ss, ws), j;

		for (j = 0; j < ns && !found; j++) {
			/* a role noun is shared by too many ("spokesman", "minister"): only a
			 * body's or a place's word tells */
			unsigned f = quote_cue_flags(ws[j], strlen(ws[j]));

			if (strlen(ws[j]) < 4 || (f & (QC_ROLE | QC_HONOR | QC_STOP)) ||
			    ((f & QC_ROLEMOD) && !(f & (QC_ORG | QC_NATION))))
				continue;
			for (k = 0; k < nr && !found; k++)
				found = strcmp(ws[j], wr[k]) == 0;
		}
		free(ss);
	}
	free(copy);
	free(sr);
	return found;
}
