/* speaker.h: names and identity: folding names into keys and deciding, conservatively,
 * whether two names from different articles denote the same person. Pure functions. */
#ifndef QUOTH_SPEAKER_H
#define QUOTH_SPEAKER_H

#include <stdbool.h>

/* speaker_key: the identity key of a full name: folded (case, diacritics), with
 * transliteration variants normalised (-iy/-yy/-y endings, "ph"/"f", "dzh"/"j"...). Two
 * names with equal keys are the same person. Caller frees. */
char *speaker_key(const char *name);

/* speaker_key_respell: a key stored before speaker_key spelled æ ø ð þ ı đ ł œ in ASCII,
 * spelled as it now does. Only the letters change: keying a key again would shorten some
 * endings twice ("vasiliy" from "Vasiliiy" would become "vasily"). Caller frees. */
char *speaker_key_respell(const char *key);

/* speaker_key_translit: a key stored before speaker_key respelled the "dzh" of Russian and
 * Central Asian names as "j", respelled so; nothing else changes. Caller frees. */
char *speaker_key_translit(const char *key);

/* speaker_surname_key: the key of the last name part ("Antony Blinken" -> "blinken"),
 * used to find candidates in the store. Caller frees. */
char *speaker_surname_key(const char *name);

/* speaker_org_base: a body's key (speaker_key) without the legal form it ends in, and
 * without one head ("bank", "group", "holdings", "partners", "care") that two words or more
 * go before: "narmada setu constructions pvt ltd" -> "narmada setu constructions", "altyn
 * trust bank" -> "altyn trust" ("standard bank" stays). A copy of the key when it ends in
 * none; never empty for a key of words. Caller frees. */
char *speaker_org_base(const char *key);

/* speaker_org_forms_clash: whether two bodies' keys both end in a legal form and the forms
 * differ ("global logistics ltd", "global logistics inc"): two firms, in two countries as
 * often as not. "pvt ltd" and "private limited" are one form. */
bool speaker_org_forms_clash(const char *a, const char *b);

/* speaker_initials: how many capitals (2 or 3) open name as the initials of its given
 * names ("SK Tiwari" gives 2), 0 when it does not open so. */
size_t speaker_initials(const char *name);

/* speaker_skel_key: a key that gathers the forms of a name the surname key keeps apart:
 * for which 0, the consonants of the family name ("Rana Tariq Mahmood" and "Tariq Mahmood"
 * give "mhmd"); for which 1, those of every word after the first, written together ("Yousef
 * Ben Ali" gives "bnl", as "Youssef Benali" does for 0); for which 2, a Korean name's
 * romanizations ("Chung Dae-sik" and "Jeong Dae-sik" give "ko:jeong dae-sik") or a
 * Vietnamese name in either order ("Lan Nguyen" and "Nguyen Thi Lan" give "vi:nguyen
 * lan"). NULL when the name has no such key (one word, a family name under five letters,
 * fewer than two consonants, no Korean or Vietnamese name). The key only gathers
 * candidates; speaker_same_spelling (speaker_same_romanized for 2) decides. Caller frees. */
char *speaker_skel_key(const char *name, int which);

/* speaker_same_romanized: true when two Korean names (family name first, a given name of
 * two syllables joined by a hyphen) are one name in two romanizations, or two Vietnamese
 * names one in Western order ("Lan Nguyen"), one in Vietnamese ("Nguyen Thi Lan"):
 * speaker_skel_key 2, which reads the family name's spellings as one ("Jeong", "Chung")
 * and the given name's syllables as romanizations agree on them ("Tae-woo", "Tae-u"), or
 * the Vietnamese family and given names in that order, is the same. */
bool speaker_same_romanized(const char *a, const char *b);

/* speaker_same_spelling: true when two names of two words or more have the same given
 * name (speaker_given_match) and the same family part letter for letter once its words
 * are written together and a lineage word opening the longer is left out: "Yousef Ben
 * Ali" and "Youssef Benali", "Syed Zulqarnain Bukhari" and "Zulqarnain Bukhari". No vowel
 * may differ between names of two words: a candidate found by its consonants alone is as
 * often another family (Burton and Barton, Mason and Meson). Names of three words or more
 * each, or with a lineage word, are also the same when speaker_same_person says so
 * ("Raghuvir Singh Chauhan" and "Raghubir Singh Chouhan", "Rana Tariq Mahmood" and "Tariq
 * Mehmood"). */
bool speaker_same_spelling(const char *a, const char *b);

/* speaker_same_person: true when name a and name b (each a fullest in-article name)
 * should be one identity store-wide: equal keys, or the same given name (or its initial,
 * or its transliteration: "Yuliya"/"Iuliia", "Yevgeny"/"Evgeny") and the same family name
 * or one respelled as transliterations differ (a vowel inside it, in names without
 * diacritics; "v"/"w"; a "y" between vowels), with a lineage word more or fewer ("Syed",
 * "Rana"), or written in one word or two ("Ben Ali", "Benali"), or the same words but for a
 * second family name ending one of them, the shorter
 * of two words or more and not ending in a given name ("Carlos Ibanez", "Carlos Ibáñez
 * Ferrer"; not "Juan Carlos", "Juan Carlos Rodríguez"). A bare shared surname is not
 * enough, except that a surname-only name b (one word, or particles and a word: "Ní
 * Bhriain") matches a full name a that ends in it when allow_surname is true. */
bool speaker_same_person(const char *a, const char *b, bool allow_surname);

/* speaker_same_person_plain: the same without the respellings across languages and
 * spelling reforms ("Oleksandr" and "Alexander", "Rachmat" and "Rahmat"), which join two
 * stored people only when their roles do not differ. (A listed Hebrew given name in two
 * romanizations, "Tzachi" and "Tzahi", counts here too.) */
bool speaker_same_person_plain(const char *a, const char *b, bool allow_surname);

/* speaker_roles_share: true when a word of four letters or more of role, no role noun
 * itself, is a word of one of the roles stored ("|"-joined): "police spokesman" and
 * "Central Java Police spokesman" share "police"; "Ukrainian navy spokesman" and "Kremlin
 * spokesman" share none. */
bool speaker_roles_share(const char *stored, const char *role);

/* speaker_surname_only: true when a name is a family name alone: one word, or a family
 * name with its particles ("Van der Meulen", "Ní Bhriain", "Ould Bah"). */
bool speaker_surname_only(const char *name);

#endif
