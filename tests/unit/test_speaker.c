/* test_speaker.c: unit tests for name keys and cross-article identity. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include <cmocka.h>

#include "speaker.h"

static void
check_text(char *(*fn)(const char *), const char *in, const char *want)
{
	char *k = fn(in);

	assert_string_equal(k, want);
	free(k);
}

/* the three keyings of speaker.c, each a string in and a new string out */
#define check_key(name, want) check_text(speaker_key, (name), (want))
#define check_surname(name, want) check_text(speaker_surname_key, (name), (want))
#define check_respell(key, want) check_text(speaker_key_respell, (key), (want))
#define check_translit(key, want) check_text(speaker_key_translit, (key), (want))

static void
test_key(void **state)
{
	(void)state;
	check_key("Ingrida Simonytė", "ingrida simonyte");
	check_key("INGRIDA  SIMONYTE", "ingrida simonyte");
	check_key("Volodymyr Zelenskiy", "volodymyr zelensky");
	check_key("Volodymyr Zelenskyy", "volodymyr zelensky");
	check_key("Mr. Otto Brandt Jr.", "otto brandt");
	check_key("Jean-Luc O'Brien", "jean luc obrien");
	check_key("Stephan Phelps", "stefan felps");
	/* letters Unicode does not decompose */
	check_key("Søren Kjærgaard", "soren kjaergaard");
	check_key("SØREN KJÆRGAARD", "soren kjaergaard");
	check_key("Łucja Przybylska", "lucja przybylska");
	check_key("Tarık Özyurt", "tarik ozyurt");
	check_key("Guðrún Þórsdóttir", "gudrun thorsdottir");
	check_key("Đorđe Œuvre", "dorde oeuvre");
	/* Russian and Central Asian names as English, French and German copy spell them */
	check_key("Yerlan Dzhaksybekov", "yerlan jaksybekov");
	check_key("Erlan Jaksybekov", "erlan jaksybekov");
	check_key("Yevgeniy Dzhugashvili", "yevgeny jugashvili");
	/* not what English and Swedish names spell so too */
	check_key("Ben Yelton", "ben yelton");
	check_key("Anna Erikson", "anna erikson");
	check_key("soren kjaergaard", "soren kjaergaard");
	check_key("søren kjærgaard", "soren kjaergaard");
	check_key("", "");
	check_key(NULL, "");
}

/* Migration 4 respells stored keys: the letters change, nothing else does. */
static void
test_respell(void **state)
{
	(void)state;
	check_respell("søren kjærgaard", "soren kjaergaard");
	check_respell("tarık özyurt", "tarik özyurt");
	check_respell("guðrún þórsdóttir", "gudrún thórsdóttir");
	check_respell("dmitry vasiliy", "dmitry vasiliy");
	check_respell("stefan felps", "stefan felps");
	check_respell("", "");
}

/* Migration 5 respells the "dzh" of stored keys, nothing else; a key respelled already
 * stays as it is. */
static void
test_translit(void **state)
{
	(void)state;
	check_translit("yerlan dzhaksybekov", "yerlan jaksybekov");
	check_translit("erlan jaksybekov", "erlan jaksybekov");
	check_translit("dmitry vasiliy", "dmitry vasiliy");
	check_translit("ben yelton", "ben yelton");
	check_translit("", "");
}

static void
test_surname(void **state)
{
	(void)state;
	check_surname("Antony Blinken", "blinken");
	check_surname("Martin Luther King Jr.", "king");
	check_surname("Zoë Nuñez", "nunez");
	check_surname("Bogdan", "bogdan");
	check_surname("", "");
}

/* Asserts that speaker_org_base(key) is want. */
static void
assert_org_base(const char *key, const char *want)
{
	char *b = speaker_org_base(key);

	assert_string_equal(b, want);
	free(b);
}

/* a body's key without its legal form */
static void
test_org_base(void **state)
{
	(void)state;
	assert_org_base("narmada setu constructions pvt ltd", "narmada setu constructions");
	assert_org_base("halden port authority", "halden port authority");
	assert_org_base("ltd", "ltd");
	/* one head dropped, two words left before it */
	assert_org_base("altyn trust bank ltd", "altyn trust");
	assert_org_base("standard bank", "standard bank");
	assert_org_base("harbor trust bank group", "harbor trust bank");
	assert_true(speaker_org_forms_clash("altyn trust bank", "altyn trust group"));
	assert_false(speaker_org_forms_clash("altyn trust bank", "altyn trust"));
	assert_true(speaker_org_forms_clash("global logistics ltd", "global logistics inc"));
	assert_false(speaker_org_forms_clash("narmada setu pvt ltd", "narmada setu private limited"));
	assert_false(speaker_org_forms_clash("narmada setu pvt ltd", "narmada setu"));
}

static void
test_same_person(void **state)
{
	(void)state;
	assert_true(speaker_same_person("Volodymyr Zelensky", "Volodymyr Zelenskiy", false));
	assert_true(speaker_same_person("Ingrida Simonyte", "Ingrida Simonytė", false));
	assert_true(speaker_same_person("Antony Blinken", "A. Blinken", false));
	assert_true(speaker_same_person("Mohammed Salah", "Muhammad Salah", false));
	/* Indonesian names in the spelling before 1972 and after */
	assert_true(speaker_same_person("Rachmat Hidayatullah", "Rahmat Hidayatullah", false));
	assert_true(speaker_same_person("Andi Sjahrir", "Andi Syahrir", false));
	assert_true(speaker_same_person("Djoko Soesilo", "Joko Susilo", false));
	assert_false(speaker_same_person("Chang Wei", "Hang Wei", false));
	assert_false(speaker_same_person("Joe Cole", "Joe Cule", false));
	/* a Ukrainian's given name as Kyiv, Moscow and English copy spell it */
	assert_true(speaker_same_person("Oleksandr Tkachuk", "Alexander Tkachuk", false));
	assert_true(speaker_same_person("Serhii Kovalenko", "Sergei Kovalenko", false));
	assert_false(speaker_same_person("Oleksandr Tkachuk", "Oleksii Tkachuk", false));
	assert_false(speaker_same_person("Olha Tkachuk", "Oleh Tkachuk", false));
	/* and the family name: "iu" or "yu" for "ю", "yi" or "y" for "ий" */
	assert_true(speaker_same_person("Serhiy Dovhalyuk", "Serhii Dovhaliuk", false));
	assert_true(speaker_same_person("Serhiy Mykolayovych Dovhalyuk", "Serhii Dovhaliuk", false));
	assert_true(speaker_same_person("Oleksiy Biletsky", "Oleksii Biletskyi", false));
	assert_true(speaker_same_person("Petro Romanyuk", "Petro Romaniuk", false));
	assert_false(speaker_same_person("Anna Biletsky", "Anna Biletska", false));
	assert_false(speaker_same_person("Tom Lyons", "Tom Lions", false));
	assert_false(speaker_same_person("Tom Bryant", "Tom Briant", false));
	assert_false(speaker_same_person("Ann Myers", "Ann Miers", false));
	assert_false(speaker_same_person("Agus Suharyanto", "Agus Suharianto", false));
	assert_false(speaker_same_person("Sean McBryan", "Sean McBrian", false));
	assert_false(speaker_same_person("Karl Polanyi", "Karl Polany", false));
	/* Hebrew given names as two Israeli outlets romanize them */
	assert_true(speaker_same_person("Tzachi Hershkovitz", "Tzahi Hershkowitz", false));
	assert_true(speaker_same_person("Chen Elkayam", "Hen Elkayam", false));
	assert_true(speaker_same_person("Chaim Shaked-Levi", "Haim Shaked Levi", false));
	assert_false(speaker_same_person("Chan Tai-man", "Han Tai-man", false));
	assert_false(speaker_same_person("Chen Elkayam", "Ken Elkayam", false));
	assert_true(speaker_same_person("Yechiel Brenner", "Yehiel Brenner", false));
	/* the review's traps: only listed Hebrew names, no "w" for "v", no South Slavic "dj",
	 * no Czech "Petr" for "Petro" */
	assert_false(speaker_same_person("Chester Walsh", "Hester Walsh", false));
	assert_false(speaker_same_person("Chang Weiguo", "Hang Weiguo", false));
	assert_false(speaker_same_person("Ewan Thomson", "Evan Thomson", false));
	assert_false(speaker_same_person("Walter Mendes", "Valter Mendes", false));
	assert_false(speaker_same_person("Rachel Haile", "Rahel Haile", false));
	assert_false(speaker_same_person("Djuro Kovacevic", "Juro Kovacevic", false));
	assert_false(speaker_same_person("Petr Novak", "Petro Novak", false));
	/* and without the respellings at all */
	assert_false(speaker_same_person_plain("Oleksandr Tkachuk", "Alexander Tkachuk", false));
	assert_false(speaker_same_person_plain("Rachmat Hidayatullah", "Rahmat Hidayatullah", false));
	assert_true(speaker_same_person_plain("Tzachi Hershkovitz", "Tzahi Hershkowitz", false));
	/* roles share a body's or a place's word, not a role noun */
	assert_true(speaker_roles_share("police spokesman", "Central Java Police spokesman"));
	assert_false(speaker_roles_share("Ukrainian navy spokesman", "Kremlin spokesman"));
	assert_false(speaker_roles_share("senior minister|deputy", "senior adviser"));
	assert_true(speaker_roles_share("mayor|Fenwick councillor", "Fenwick Bay mayor"));
	/* "Mohd" abbreviates Muhammad, not "Mahdi"; "SK" initials the given names */
	assert_true(speaker_same_person("Mohd Aslam Khan", "Mohammed Aslam Khan", false));
	/* Serbian "đ" written "dj" */
	assert_true(speaker_same_person("Djordje Lazarevic", "Đorđe Lazarević", false));
	assert_true(speaker_same_person("Novak Djokovic", "Novak Đoković", false));
	assert_false(speaker_same_person("Marko Mladjenovic", "Marko Mladenovic", false));
	assert_false(speaker_same_person("Mustapha Hadji", "Mustapha Hadi", false));
	assert_false(speaker_same_person("Mohd Aslam Khan", "Mahdi Aslam Khan", false));
	assert_true(speaker_same_person("SK Tiwari", "Santosh Kumar Tiwari", false));
	assert_false(speaker_same_person("SK Tiwari", "Rakesh Kumar Tiwari", false));
	assert_false(speaker_same_person("AK Sharma", "Amit Sharma", false));
	assert_false(speaker_same_person("SK Tiwari", "Sunita Tiwari", false));
	assert_true(speaker_same_person("AK Sharma", "A. K. Sharma", false));
	assert_true(speaker_same_person("SK Tiwari", "Tiwari", true));
	assert_true(speaker_same_person("KT Rama Rao", "Kalvakuntla Taraka Rama Rao", false));
	assert_false(speaker_same_person("KT Rama Rao", "Kalvakuntla Taraka Rao", false));
	assert_false(speaker_same_person("Mohd Aslam Khan", "Mahmud Aslam Khan", false));
	assert_false(speaker_same_person("Md Tariq Hussain", "Mahmood Tariq Hussain", false));
	assert_false(speaker_same_person("Ng Eng Hen", "Nadia Eng Hen", false));
	assert_true(speaker_same_person("Olga Petrova", "Olga Petrowa", false));
	/* a family name one vowel, "y" or doubled letter apart is one name respelled; a
	 * consonant or the vowel of "-sen" and "-son" tells two families apart */
	assert_true(speaker_same_person("Khalid al-Mansouri", "Khaled Al Mansoori", false));
	assert_true(speaker_same_person("Nurlan Saparbaev", "Nurlan Saparbayev", false));
	/* "ou" written for "u"; "Abdul" apart from the word after it or not */
	assert_true(speaker_same_person("Abdulkarim al-Jubouri", "Abdul Karim al-Juburi", false));
	assert_true(speaker_same_person("Samir Mansouri", "Samir Mansuri", false));
	assert_false(speaker_same_person("Abdul Karim", "Abdulkarim Karim", false));
	assert_false(speaker_same_person("Samir Mansour", "Samir Mansor", false));
	assert_false(speaker_same_person("Mary Ellen Bourke", "Mary Ellen Burke", false));
	assert_false(speaker_same_person("Inés Lindsana", "Inés Lindnana", false));
	assert_false(speaker_same_person("Jon Larsen", "Jon Larson", false));
	assert_false(speaker_same_person("Anna Andersen", "Anna Anderson", false));
	/* Western families one letter apart stay two (the reviewer's list), and a woman's
	 * given name is not a man's */
	assert_false(speaker_same_person("David Davis", "David Davies", false));
	assert_false(speaker_same_person("Greg Clark", "Greg Clarke", false));
	assert_false(speaker_same_person("Maria Rossi", "Maria Rosso", false));
	assert_false(speaker_same_person("Sean Kelly", "Sean Kelley", false));
	assert_false(speaker_same_person("Priya Kumar", "Priya Kumari", false));
	assert_false(speaker_same_person("Gareth Hughes", "Gareth Hughs", false));
	assert_false(speaker_same_person("Daniel Costa", "Daniela Costa", false));
	assert_true(speaker_same_person("Mohammed Abdul-Qader al-Hashimi",
	    "Mohamed Abdelkader al-Hashemi", false));
	assert_true(speaker_same_person("Søren Kjærgaard", "Soren Kjaergaard", false));
	assert_true(speaker_same_person("Łucja Przybylska", "Lucja Przybylska", false));
	assert_true(speaker_same_person("Yerlan Dzhaksybekov", "Erlan Jaksybekov", false));
	assert_true(speaker_same_person("Yevgeny Prigozhin", "Evgeny Prigozhin", false));
	assert_false(speaker_same_person("Karl Marks", "Karl Marx", false));
	assert_false(speaker_same_person("Ben Yelton", "Ben Elton", false));
	assert_false(speaker_same_person("Anna Erikson", "Anna Erixon", false));
	assert_false(speaker_same_person("Rahul Saksena", "Rahul Saxena", false));
	/* transliterations of one given name: "y" or "i", "ks" or "x" */
	assert_true(speaker_same_person("Yuliya Zhavoronko", "Iuliia Zhavoronko", false));
	assert_true(speaker_same_person("Oleksandr Hrebin", "Olexandr Hrebin", false));
	assert_false(speaker_same_person("Yana Hrebin", "Inna Hrebin", false));
	assert_false(speaker_same_person("Yan Li", "Ian Li", false));
	assert_false(speaker_same_person("Tony Walsh", "Toni Walsh", false));
	assert_false(speaker_same_person("Ellie Haddad", "Elie Haddad", false));
	assert_false(speaker_same_person("Danny Alves", "Dani Alves", false));
	/* a bare shared surname is not enough */
	assert_false(speaker_same_person("Joe Biden", "Jill Biden", false));
	assert_false(speaker_same_person("Antony Blinken", "Blinken", false));
	assert_true(speaker_same_person("Antony Blinken", "Blinken", true));
	assert_false(speaker_same_person("Blinken", "Antony Blinken", true));
	/* short surnames must match exactly */
	assert_false(speaker_same_person("Wei Li", "Wei Lu", false));
	assert_false(speaker_same_person("Anna Kerr", "Anna Karr", false));
	assert_false(speaker_same_person("Anna Kerr", "Boris Kerr", true));
	assert_false(speaker_same_person("", "", false));
	assert_false(speaker_same_person(NULL, "Anna Kerr", false));
	assert_true(speaker_same_person("Bogdan", "bogdan", false));
	/* a second family name more or fewer, the other words the same */
	assert_true(speaker_same_person("Carlos Ibáñez Ferrer", "Carlos Ibanez", false));
	assert_true(speaker_same_person("Maria Begona Echeverria", "María Begoña Echeverría Solís", false));
	assert_false(speaker_same_person("Carlos Ibáñez Ferrer", "Carlos Ferrer Vidal", false));
	assert_false(speaker_same_person("Carlos Ibáñez Ferrer", "Carlos", false));
	assert_false(speaker_same_person("Ana Ruiz Gil Mora", "Ana Ruiz", false));
	/* the shorter ends in a given name: two people */
	assert_false(speaker_same_person("Juan Carlos", "Juan Carlos Rodríguez", false));
	assert_false(speaker_same_person("Ahmed Hassan Mohamed", "Ahmed Hassan", false));
	/* words between, spelt out on both sides, that differ: two people */
	assert_false(speaker_same_person("Park Ji-hoon", "Park Tae-hoon", false));
	assert_false(speaker_same_person("Anna Maria Berg", "Anna Sofia Berg", false));
	assert_true(speaker_same_person("John F. Kennedy", "John Fitzgerald Kennedy", false));
	assert_true(speaker_same_person("Chan Wai-ming", "Chan Wai-ming", false));
	assert_true(speaker_same_person("Mary Ann Lowry", "Mary Anne Lowry", false));
	assert_true(speaker_same_person("Mohammed bin Salman", "Mohammed ibn Salman", false));
	/* one vowel for another inside the name; two vowels, or a doubled letter, are as
	 * often two families (Burton and Barton are one vowel apart, so only the store's
	 * lookup by the first four letters keeps them apart) */
	assert_true(speaker_same_person("Tariq Mehmood", "Tariq Mahmood", false));
	assert_true(speaker_same_person("Zulqarnain Bokhari", "Zulqarnain Bukhari", false));
	assert_false(speaker_same_person("Ahmed al-Obeidi", "Ahmad al-Ubaidi", false));
	assert_false(speaker_same_person("Hadi Karim", "Hadi Kareem", false));
	assert_false(speaker_same_person("Hassan Hussein", "Hassan Husein", false));
	assert_false(speaker_same_person("Jon Petersen", "Jon Peterson", false));
	assert_false(speaker_same_person("Tom Mahmood", "Tariq Mahmood", false));
	/* folded diacritics are no transliteration: Müller and Möller are two families */
	assert_false(speaker_same_person("Anna Müller", "Anna Möller", false));
	/* a lineage word more or fewer, the rest a full name of two words */
	assert_true(speaker_same_person("Rana Tariq Mahmood", "Tariq Mehmood", false));
	assert_true(speaker_same_person("Zulqarnain Bokhari", "Syed Zulqarnain Bukhari", false));
	assert_false(speaker_same_person("Rana Ayyub", "Ayyub", false));
	assert_false(speaker_same_person("Maria Tariq Mahmood", "Tariq Mahmood", false));
	/* a family name in one word or two */
	assert_true(speaker_same_person("Youssef Benali", "Yousef Ben Ali", false));
	assert_true(speaker_same_person("Ali Abdul-Wahid", "Ali Abdulwahid", false));
	assert_true(speaker_same_person("Nadia Ben Slimane", "Nadia Benslimane", false));
	assert_false(speaker_same_person("Juan Carlos", "Juan Carlos Rodríguez", false));
	assert_false(speaker_same_person("Nadia Ben Slimane", "Leila Benslimane", false));
	assert_true(speaker_same_person("Phillip Okoye", "Philip Okoye", false));
	assert_false(speaker_same_person("Ellie Okoye", "Elie Okoye", false));
}

/* The test for candidates the consonant keys gather: the same letters, once a family
 * name's words are written together and a lineage word is left out. */
static void
test_same_spelling(void **state)
{
	(void)state;
	assert_true(speaker_same_spelling("Youssef Benali", "Yousef Ben Ali"));
	assert_true(speaker_same_spelling("Ali Abdul-Wahid", "Ali Abdulwahid"));
	assert_true(speaker_same_spelling("Rana Tariq Mahmood", "Tariq Mahmood"));
	assert_true(speaker_same_spelling("Zulqarnain Bukhari", "Syed Zulqarnain Bukhari"));
	/* one vowel apart: the key finds them, the spelling does not join two words; three
	 * words each, or a lineage word, do */
	assert_false(speaker_same_spelling("Tim Burton", "Tim Barton"));
	assert_false(speaker_same_spelling("Tariq Mahmood", "Tariq Mehmood"));
	assert_true(speaker_same_spelling("Rana Tariq Mahmood", "Tariq Mehmood"));
	assert_true(speaker_same_spelling("Raghuvir Singh Chauhan", "Raghubir Singh Chouhan"));
	assert_true(speaker_same_spelling("Syed Zulqarnain Bokhari", "Syed Zulqarnain Bukhari"));
	assert_true(speaker_same_spelling("Abdulkarim al-Jubouri", "Abdul Karim al-Juburi"));
	assert_false(speaker_same_spelling("Anna Maria Lindsana", "Anna Maria Lindnana"));
	assert_false(speaker_same_spelling("Anna Maria Burton", "Anna Sofia Barton"));
	/* Western names with two given names are no transliterations (the review's pairs) */
	assert_false(speaker_same_spelling("Mary Ann Walsh", "Mary Ann Welsh"));
	assert_false(speaker_same_spelling("Karen Marie Jensen", "Karen Marie Jansen"));
	assert_false(speaker_same_spelling("Albin Erik Johansson", "Alvin Erik Johansson"));
	assert_false(speaker_same_spelling("Binod Kumar", "Vinod Kumar"));
	assert_false(speaker_same_spelling("Mary Ellen Bourke", "Mary Ellen Burke"));
	/* marked names whose family names are other families (the second review's pairs) */
	assert_false(speaker_same_spelling("Ramesh Kumar Patel", "Ramesh Kumar Patil"));
	assert_false(speaker_same_spelling("Gurpreet Singh Sandhu", "Gurpreet Singh Sindhu"));
	assert_false(speaker_same_spelling("Khalid bin Hamad", "Khalid bin Hamid"));
	assert_false(speaker_same_spelling("Rana Hamad", "Rana Hamid"));
	assert_false(speaker_same_spelling("Anil Kumar Verma", "Anil Kumar Varma"));
	assert_false(speaker_same_spelling("Phillip Burton", "Philip Barton"));
	assert_false(speaker_same_spelling("Tom Mahmood", "Tariq Mahmood"));
	assert_false(speaker_same_spelling("Mahmood", "Mahmood"));
	assert_false(speaker_same_spelling(NULL, "Tariq Mahmood"));
}

/* One Korean name in two romanizations; other names stay apart. */
static void
test_same_korean(void **state)
{
	char *k;

	(void)state;
	assert_true(speaker_same_romanized("Kim Tae-woo", "Kim Tae-u"));
	assert_true(speaker_same_romanized("Chung Dae-sik", "Jeong Dae-sik"));
	assert_true(speaker_same_romanized("Kim Eun-jee", "Kim Eun-ji"));
	assert_true(speaker_same_romanized("Park Soo-jin", "Pak Su-jin"));
	assert_false(speaker_same_romanized("Kim Tae-woo", "Kim Tae-ho"));
	assert_false(speaker_same_romanized("Kim Tae-woo", "Lee Tae-woo"));
	/* not Korean: no family name of the list, no hyphen, or more words */
	assert_false(speaker_same_romanized("Chan Wai-ming", "Chan Wai-ming"));
	assert_false(speaker_same_romanized("Kim Taewoo", "Kim Taewoo"));
	assert_false(speaker_same_romanized("Anna Kim Tae-woo", "Anna Kim Tae-woo"));
	/* the third review's false joins: syllables run together, Ryu and Yu, Chinese names */
	assert_false(speaker_same_romanized("Kim Min-a", "Kim Mi-na"));
	assert_false(speaker_same_romanized("Kim Da-eun", "Kim Dae-un"));
	assert_false(speaker_same_romanized("Ryu Ji-hoon", "Yu Ji-hoon"));
	assert_false(speaker_same_romanized("Chang Chia-hao", "Jang Chia-hao"));
	assert_false(speaker_same_romanized("Chung Wen-hsiung", "Jung Wen-hsiung"));
	assert_true(speaker_same_romanized("Ryu Seung-hee", "Ryoo Seung-hee"));
	/* Vietnamese names in Western and Vietnamese order */
	assert_true(speaker_same_romanized("Lan Nguyen", "Nguyễn Thị Lan"));
	assert_true(speaker_same_romanized("Nguyen Lan", "Lan Nguyen"));
	assert_false(speaker_same_romanized("Lan Nguyen", "Tran Thi Lan"));
	assert_false(speaker_same_romanized("Lan Nguyen", "Nguyen Thi Mai"));
	assert_true(speaker_same_romanized("Mai Le", "Le Thi Mai"));
	assert_false(speaker_same_romanized("Nguyen Van Minh", "Nguyen Thi Minh"));
	assert_false(speaker_same_romanized("Ho Chi Minh", "Minh Ho Chi"));
	k = speaker_skel_key("Chung Dae-sik", 2);
	assert_string_equal(k, "ko:jeong dae-sik");
	free(k);
	assert_null(speaker_skel_key("Tim Burton", 2));
}

/* Keys that gather the candidates speaker_same_spelling decides on. */
static void
test_skel_key(void **state)
{
	char *a, *b;

	(void)state;
	a = speaker_skel_key("Tariq Mehmood", 0);
	b = speaker_skel_key("Rana Tariq Mahmood", 0);
	assert_non_null(a);
	assert_string_equal(a, "mhmd");
	assert_string_equal(a, b);
	free(a);
	free(b);
	a = speaker_skel_key("Youssef Benali", 0);
	b = speaker_skel_key("Yousef Ben Ali", 1);
	assert_string_equal(a, "bnl");
	assert_string_equal(a, b);
	free(a);
	free(b);
	/* no key: one word, a short family name, or no second key for two words */
	assert_null(speaker_skel_key("Mehmood", 0));
	assert_null(speaker_skel_key("Anna Kerr", 0));
	assert_null(speaker_skel_key("Tariq Mehmood", 1));
	assert_null(speaker_skel_key(NULL, 0));
}

/* A family name written with its particles and without the given name ("Ní Bhriain",
 * "Van der Meulen") is a surname alone, not a given name and a surname. */
static void
test_particle_surname(void **state)
{
	(void)state;
	assert_true(speaker_surname_only("Ní Bhriain"));
	assert_true(speaker_surname_only("Van der Meulen"));
	assert_true(speaker_surname_only("Ould Bah"));
	assert_true(speaker_surname_only("Brennan"));
	assert_false(speaker_surname_only("Niamh Ní Bhriain"));
	/* a given name that is a particle elsewhere ("Ben Slimane") stays a given name */
	assert_false(speaker_surname_only("Ben Carter"));
	assert_false(speaker_surname_only("Anna Kerr"));
	assert_true(speaker_same_person("Niamh Ní Bhriain", "Ní Bhriain", true));
	assert_true(speaker_same_person("Ruud van der Meulen", "Van der Meulen", true));
	assert_true(speaker_same_person("Seán Ó Súilleabháin", "O Suilleabhain", true));
	/* as for a surname alone: only with the role as evidence */
	assert_false(speaker_same_person("Niamh Ní Bhriain", "Ní Bhriain", false));
	/* every particle must agree: "Ní Bhriain" is not "Ó Bhriain" */
	assert_false(speaker_same_person("Niamh Ní Bhriain", "Ó Bhriain", true));
	assert_false(speaker_same_person("Ruud van der Meulen", "Van Meulen", true));
	assert_false(speaker_same_person("Joe Biden", "Jill Biden", true));
	assert_false(speaker_same_person("Ní Bhriain", "Niamh Ní Bhriain", true));
	/* an initial is no particle: "O. Smith" is not "Ó Smith" */
	assert_false(speaker_surname_only("O. Smith"));
	assert_true(speaker_same_person("Olivia Smith", "O. Smith", false));
	assert_false(speaker_same_person("Tom O Smith", "O. Smith", true));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_respell),
		cmocka_unit_test(test_translit),
		cmocka_unit_test(test_surname),
		cmocka_unit_test(test_same_person),
		cmocka_unit_test(test_org_base),
		cmocka_unit_test(test_particle_surname),
		cmocka_unit_test(test_same_spelling),
		cmocka_unit_test(test_skel_key),
		cmocka_unit_test(test_same_korean),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
