/* quote_cues.h: the words quote attribution reasons with (speech verbs, role and
 * organisation nouns, pronouns, name particles, honorifics), kept as data in one table. */
#ifndef QUOTH_QUOTE_CUES_H
#define QUOTH_QUOTE_CUES_H

#include <stddef.h>
#include <stdint.h>

/* Flags of a word; one word may carry several. */
enum {
	QC_SAY = 1u << 0,       /* speech verb whose subject speaks; may invert ("said X") */
	QC_TELL = 1u << 1,      /* speech verb whose object is the listener ("told Reuters") */
	QC_DESCRIBE = 1u << 2,  /* introduces a partial quote only ("called it", "described as") */
	QC_SAYING = 1u << 3,    /* participle: the speaker is the clause's subject */
	QC_ROLE = 1u << 4,      /* role noun or title: "minister", "President", "Sen." */
	QC_ROLEMOD = 1u << 5,   /* word inside a role: "Foreign", "Prime", "Energy" */
	QC_ORG = 1u << 6,       /* organisation head noun: "ministry", "Department" */
	QC_NPMOD = 1u << 7,     /* lowercase modifier inside a speaker phrase: "top", "senior" */
	QC_PARTICLE = 1u << 8,  /* lowercase name particle: "de", "van", "bin" */
	QC_HONOR = 1u << 9,     /* honorific stripped from a name: "Mr.", "Dr." */
	QC_MALE = 1u << 10,     /* gender hint: pronoun, honorific, role or given name */
	QC_FEMALE = 1u << 11,
	QC_PRONOUN = 1u << 12,  /* subject pronoun that can speak: he, she, they */
	QC_PLURAL = 1u << 13,   /* plural or indefinite head: "officials", "they" */
	QC_AUX = 1u << 14,      /* may stand between a subject and its verb: "also", "has" */
	QC_DET = 1u << 15,      /* determiner opening a noun phrase: "the", "a" */
	QC_STOP = 1u << 16,     /* capitalised at a sentence start but never a name: "The" */
	QC_ABBR = 1u << 17,     /* abbreviation whose period does not end a sentence */
	QC_GIVEN = 1u << 18,    /* a common given name (with QC_MALE or QC_FEMALE) */
	QC_INDEF = 1u << 19,    /* indefinite determiner: "a", "an", "another" */
	QC_ELISION = 1u << 20,  /* word after a leading apostrophe: 'em, 'til, 'n' */
	QC_VERB = 1u << 21,     /* irregular finite verb ("won", "spent"): a name before it is a subject */
	QC_PREP = 1u << 22,     /* preposition or "whose": a name after it is no subject ("against X") */
	QC_NATION = 1u << 23,   /* demonym no ending rule finds: "Spaniard", "Briton", "Swiss" */
	QC_DOC = 1u << 24,      /* a document that speaks for whoever issued it: "statement" */
	QC_TIME = 1u << 25,     /* a day or "yesterday" that may stand between an inverted verb
	                         * and its subject: "dijo ayer el ministro" */
	QC_PERSON = 1u << 26    /* a noun for a person by sex or youth, standing for one named:
	                         * "woman", "homme" (with QC_MALE or QC_FEMALE), "joven" */
};

/* quote_cue_flags: the flags of the word w[0..n), compared without regard to ASCII case,
 * with one trailing period ignored when the word is listed without it. 0 when unknown
 * or longer than the longest listed word. */
unsigned quote_cue_flags(const char *w, size_t n);

/* quote_cue_table_sorted: true when the table is in strictly ascending order without
 * duplicates, its hash slots find every word, quote_cue_flags_packed and _packed16 agree with
 * quote_cue_flags on the short ones and quote_cue_maybe_opener passes every opener (the
 * unit test checks it). */
int quote_cue_table_sorted(void);

/* The short-word table: every listed word of one to sixteen ASCII bytes, packed into two
 * uint64_t (byte i in bits 8i..8i+7 of key for i < 8, of key2 from byte 8 on, zero padding)
 * in an open-addressed table, so that such a word is found with a multiply and a few integer
 * comparisons instead of lowering, hashing and comparing strings. An ASCII key can only
 * equal an ASCII word of its own length, so a miss here is final. quote_cues.c builds it
 * before main runs, so lookups never race its building; at about a third full, the run of
 * taken slots a miss walks stays short. It is declared here, with its lookups as inline
 * functions, because every word of every article is looked up and a call per word into
 * quote_cues.c costs more than the lookup. */
#define QUOTE_CUE_NSHORT 16384

/* A key and its flags side by side, so that a hit reads one cache line, not two. */
struct quote_cue_short {
	uint64_t key;      /* 0: empty slot */
	uint64_t key2;     /* bytes 8 to 15, 0 for a word of up to eight */
	unsigned flags;
};

extern struct quote_cue_short quote_cue_short[QUOTE_CUE_NSHORT];

/* A word a speaker phrase may open with though it is lowercase: a determiner ("the"), or a
 * body spoken of collectively ("police"). */
static inline int
quote_cue_opener(unsigned f)
{
	return (f & QC_DET) || (f & (QC_ORG | QC_PLURAL)) == (QC_ORG | QC_PLURAL);
}

/* For each ASCII first byte, bit L is set when an opener of L bytes begins with it (in
 * either case), and bit L + 1 for the same word with a trailing period. */
extern uint32_t quote_cue_opener_lens[128];

/* The second half only stirs the slot of a longer word: a word of up to eight bytes, by far
 * the most looked up, lands by one multiply. */
static inline uint32_t
quote_cue_short_slot(uint64_t k, uint64_t k2)
{
	return (uint32_t)(((k ^ (k2 * 0xff51afd7ed558ccdull)) * 0x9e3779b97f4a7c15ull) >> 40) &
	    (QUOTE_CUE_NSHORT - 1);
}

static inline unsigned
quote_cue_short_find(uint64_t k, uint64_t k2)
{
	uint32_t slot = quote_cue_short_slot(k, k2);

	while (quote_cue_short[slot].key != 0) {
		if (quote_cue_short[slot].key == k && quote_cue_short[slot].key2 == k2)
			return quote_cue_short[slot].flags;
		slot = (slot + 1) & (QUOTE_CUE_NSHORT - 1);
	}
	return 0;
}

/* The flags of the lowercase ASCII word packed as k, k2 (n bytes); like quote_cue_flags, a
 * trailing period the table does not list is tried without. */
static inline unsigned
quote_cue_short_lookup(uint64_t k, uint64_t k2, size_t n)
{
	unsigned f = quote_cue_short_find(k, k2);

	if (f == 0 && n > 1) {
		uint64_t *last = n > 8 ? &k2 : &k;
		unsigned sh = (unsigned)(8 * ((n - 1) % 8));

		if ((*last >> sh) == '.') {
			*last &= ~((uint64_t)0xff << sh);
			f = quote_cue_short_find(k, k2);
		}
	}
	return f;
}

/* Lowers all eight bytes at once: every byte is below 0x80, so adding 0x3f sets its top bit
 * exactly when it is 'A' or above, adding 0x25 when it is above 'Z', and no sum carries into
 * the next byte. Where the two differ the byte is a capital. */
static inline uint64_t
quote_cue_lower8(uint64_t k)
{
	const uint64_t ones = 0x0101010101010101ull;
	uint64_t upper = ((k + 0x3f * ones) ^ (k + 0x25 * ones)) & 0x80 * ones;

	return k | upper >> 2;
}

/* quote_cue_flags_packed: quote_cue_flags of a word of n bytes, 1 <= n <= 8, all of them
 * ASCII and none NUL, given packed as byte i in bits 8i..8i+7 of k with the bits from byte n
 * on zero. For callers that already hold the word's bytes in a register. */
static inline unsigned
quote_cue_flags_packed(uint64_t k, size_t n)
{
	return quote_cue_short_lookup(quote_cue_lower8(k), 0, n);
}

/* quote_cue_flags_packed16: the same for a word of 9 <= n <= 16 bytes, its first eight
 * packed in k and the rest in k2 (byte 8 + i in bits 8i..8i+7, zero from byte n on). */
static inline unsigned
quote_cue_flags_packed16(uint64_t k, uint64_t k2, size_t n)
{
	return quote_cue_short_lookup(quote_cue_lower8(k), quote_cue_lower8(k2), n);
}

/* quote_cue_maybe_opener: 0 when quote_cue_flags(w, n) is certainly no quote_cue_opener; 1
 * when it may be one. A filter by first byte and length, much cheaper than the lookup, for callers that
 * test every word of an article for a determiner. A non-ASCII first byte is left to the
 * full lookup rather than decoded here. */
static inline int
quote_cue_maybe_opener(const char *w, size_t n)
{
	unsigned char c0 = n > 0 ? (unsigned char)w[0] : 0x80;

	return c0 >= 0x80 || (n < 32 && (quote_cue_opener_lens[c0] >> n & 1));
}

/* Japanese attribution works on bytes, not words (the script has no spaces), so its cues
 * are kept here as lists of UTF-8 strings. */
enum quote_ja_kind {
	QJA_NONE,
	QJA_HONOR,   /* honorific ending a name: "さん", "氏" */
	QJA_ROLE,    /* role noun ending a name or standing alone: "町長", "外相" */
	QJA_ORG      /* organisation head ending a name: "省", "協会" */
};

/* quote_cue_ja_verb: the length of the speech verb that s[0..n) begins with ("話した",
 * "述べた", "語った", "説明した", "強調した" and their other forms), 0 when none. */
size_t quote_cue_ja_verb(const char *s, size_t n);

/* quote_cue_ja_suffix: the length of the longest listed honorific, role or organisation
 * noun that s[0..n) ends with, its kind in *kind; 0 (and QJA_NONE) when none. */
size_t quote_cue_ja_suffix(const char *s, size_t n, enum quote_ja_kind *kind);

#endif
