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
	QC_DOC = 1u << 24       /* a document that speaks for whoever issued it: "statement" */
};

/* quote_cue_flags: the flags of the word w[0..n), compared without regard to ASCII case,
 * with one trailing period ignored when the word is listed without it. 0 when unknown
 * or longer than the longest listed word. */
unsigned quote_cue_flags(const char *w, size_t n);

/* quote_cue_table_sorted: true when the table is in strictly ascending order without
 * duplicates, its hash slots find every word, quote_cue_flags_packed and _packed16 agree with
 * quote_cue_flags on the short ones and quote_cue_maybe_det passes every determiner (the
 * unit test checks it). */
int quote_cue_table_sorted(void);

/* quote_cue_flags_packed: quote_cue_flags of a word of n bytes, 1 <= n <= 8, all of them
 * ASCII and none NUL, given packed as byte i in bits 8i..8i+7 of k with the bits from byte n
 * on zero. For callers that already hold the word's bytes in a register. */
unsigned quote_cue_flags_packed(uint64_t k, size_t n);

/* quote_cue_flags_packed16: the same for a word of 9 <= n <= 16 bytes, its first eight
 * packed in k and the rest in k2 (byte 8 + i in bits 8i..8i+7, zero from byte n on). */
unsigned quote_cue_flags_packed16(uint64_t k, uint64_t k2, size_t n);

/* quote_cue_maybe_det: 0 when quote_cue_flags(w, n) certainly lacks QC_DET; 1 when it may
 * have it. A filter by first byte and length, much cheaper than the lookup, for callers that
 * test every word of an article for a determiner. */
int quote_cue_maybe_det(const char *w, size_t n);

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
