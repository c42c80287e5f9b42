/* test_quote.c: unit tests for quotation extraction and attribution (invented sentences). */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "quote.h"
#include "quote_cues.h"

/* One expectation: the quotation's text without marks, its speaker's name (NULL for
 * unknown) and kind (-1: any kind but scare). */
struct want {
	const char *text;
	const char *speaker;
	int kind;
};

struct qcase {
	const char *name;
	const char *body;
	struct want w[4];
	size_t nw;          /* non-scare quotations expected in all */
};

#define ANY (-1)

static const struct qcase qcases[] = {
	{ "said after, straight", "Water rates will rise, the council said.\n\n\"We have no other choice,\" Mayor Hilda Brandt said.",
	  { { "We have no other choice,", "Hilda Brandt", QUOTE_SPEECH } }, 1 },
	/* the tokeniser measures words under sixteen bytes by masks and longer ones by a loop:
	 * names of 15, 16 and 17 letters, an abbreviation, and a name ending the text */
	{ "word lengths at the scanner's edges", "\"The tide turned,\" said Ingrid Abercrombiewort. "
	  "\"Then it fell,\" said Tor Abercrombieworth.\n\n\"Not quite,\" Dr. Ola Abercrombieworthy "
	  "said.\n\n\"It rose again,\" said Ana Lukic",
	  { { "The tide turned,", "Ingrid Abercrombiewort", QUOTE_SPEECH },
	    { "Then it fell,", "Tor Abercrombieworth", QUOTE_SPEECH },
	    { "Not quite,", "Ola Abercrombieworthy", QUOTE_SPEECH },
	    { "It rose again,", "Ana Lukic", QUOTE_SPEECH } }, 4 },
	{ "speaker is a title", "\"We will pass it,\" Assembly Speaker Ray Calloway said.\n\n"
	  "\"Not this week,\" the speaker added.",
	  { { "We will pass it,", "Ray Calloway", QUOTE_SPEECH }, { "Not this week,", "Ray Calloway", QUOTE_SPEECH } }, 2 },
	{ "organisation of X and Y", "The Office of Management and Budget said the order was \"a precaution.\"\n\n"
	  "\"We act now,\" the Ministry of Trade and Industry said.",
	  { { "a precaution.", "Office of Management and Budget", ANY },
	    { "We act now,", "Ministry of Trade and Industry", QUOTE_SPEECH } }, 2 },
	{ "said role, name", "\"The lights stay on,\" said the town's mayor, Edda Tornquist.\n\n"
	  "\"Not for long,\" said the head of the union, Bram Okafor, on Monday.",
	  { { "The lights stay on,", "Edda Tornquist", QUOTE_SPEECH }, { "Not for long,", "Bram Okafor", QUOTE_SPEECH } }, 2 },
	{ "role of parliament, name, verb", "The local member of parliament, Hedda Lunde, welcomed the "
	  "grant but said the valley needed \"roads, not speeches\".",
	  { { "roads, not speeches", "Hedda Lunde", ANY } }, 1 },
	{ "role at an organisation; the company", "\"The data are clear,\" said Dr. Ife Adeyemi, Chief "
	  "Executive Officer of Corvane Therapeutics.\n\nThe company said in a statement that the drug "
	  "was \"well tolerated\".",
	  { { "The data are clear,", "Ife Adeyemi", QUOTE_SPEECH }, { "well tolerated", "Corvane Therapeutics", ANY } }, 2 },
	{ "business named in apposition", "The carrier, Nordlys Airways, said it would \"fight this in court\".\n\n"
	  "\"Costs rose,\" said the operator, Compagnie Fluviale d'Arles.",
	  { { "fight this in court", "Nordlys Airways", ANY }, { "Costs rose,", "Compagnie Fluviale d'Arles", QUOTE_SPEECH } }, 2 },
	{ "one unnamed person", "Minister Helga Marr spoke first.\n\n\"It has been a nightmare,\" said one "
	  "commuter, who asked not to be named.",
	  { { "It has been a nightmare,", "one commuter", QUOTE_SPEECH } }, 1 },
	{ "generic head of a role", "Alliance Secretary-General Jonas Berglund, speaking in Vienna, urged "
	  "allies to act. \"We need it now,\" he said. The alliance's chief added that it was \"not a "
	  "party to the conflict\".\n\n\"The shelling is heavy,\" said Oleksii Marchenko, governor of the region.",
	  { { "We need it now,", "Jonas Berglund", QUOTE_SPEECH }, { "not a party to the conflict", "Jonas Berglund", ANY },
	    { "The shelling is heavy,", "Oleksii Marchenko", QUOTE_SPEECH } }, 3 },
	{ "French roles and a describing verb", "Le maire de Brionne, Gaspard Lemoine, a dénoncé « une prise "
	  "d'otages des usagers ».\n\n« Nous ne céderons pas », a déclaré la ministre des Transports, "
	  "Odile Ferrand.\n\n« On verra bien la suite », a dit le maire.",
	  { { "une prise d'otages des usagers", "Gaspard Lemoine", ANY }, { "Nous ne céderons pas", "Odile Ferrand", QUOTE_SPEECH },
	    { "On verra bien la suite", "Gaspard Lemoine", QUOTE_SPEECH } }, 3 },
	{ "German describing verb, Spanish role", "Bahn-Vorständin Greta Vogt nannte den Streik „völlig "
	  "unverhältnismäßig“.\n\n\"No vamos a ceder\", dijo la alcaldesa de Toledo, Inés Prado.",
	  { { "völlig unverhältnismäßig", "Greta Vogt", ANY }, { "No vamos a ceder", "Inés Prado", QUOTE_SPEECH } }, 2 },
	/* a cue-less quotation opening a paragraph is speech from three words: its words are
	 * counted sixteen bytes at a time, so a word crossing byte 16 is one word and a word
	 * starting there is a new one */
	{ "word count across sixteen bytes", "The ferry left at noon.\n\n\u201cLighthousekeepers lanternbearers\u201d\n\n"
	  "\u201cHarbourmistress lanternbearers glow\u201d",
	  { { "Harbourmistress lanternbearers glow", NULL, QUOTE_SPEECH } }, 1 },
	/* roles known by their ending alone ("-ist", "-keeper"), not listed as words */
	{ "role by its ending", "\u201cWe played every night,\u201d said the cellist, Oda Lindqvist.\n\n"
	  "Lars Berg, a sound engineer, joined later.\n\n\u201cIt was loud,\u201d the cellist said.\n\n"
	  "\u201cThe lamp stays lit,\u201d the lighthousekeeper, Ivo Marsh, said. Marsh left at dawn.\n\n"
	  "\u201cNever again,\u201d the lighthousekeeper said.",
	  { { "We played every night,", "Oda Lindqvist", QUOTE_SPEECH }, { "It was loud,", "Oda Lindqvist", QUOTE_SPEECH },
	    { "The lamp stays lit,", "Ivo Marsh", QUOTE_SPEECH }, { "Never again,", "Ivo Marsh", QUOTE_SPEECH } }, 4 },
	/* a description in the next paragraph means the last subject of the one before, and
	 * names that person again for the description after it */
	{ "description after a paragraph break", "Rovers manager Erik Solvang, whose side have won six "
	  "games, praised the team.\n\n\"We were too slow,\" the 52-year-old said.\n\n"
	  "\"We have won nothing yet,\" the Norwegian added.",
	  { { "We were too slow,", "Erik Solvang", QUOTE_SPEECH }, { "We have won nothing yet,", "Erik Solvang", QUOTE_SPEECH } }, 2 },
	/* Spanish and Italian drop a pronoun subject: the cue stands alone after the comma */
	{ "subjectless cue", "La alcaldesa, Marta Ibarrola, rechaz\u00f3 la idea. \u00abNo se trata de colores\u00bb, "
	  "dijo, \u00abse trata del agua\u00bb.\n\nIl sindaco Marco Rossi ha parlato ai giornalisti. "
	  "\u00abNon ci fermeremo\u00bb, ha detto.\n\n\u00abSi no llueve, habr\u00e1 cortes\u00bb, seg\u00fan "
	  "el presidente del organismo, Fernando Aguirre.",
	  { { "No se trata de colores", "Marta Ibarrola", QUOTE_SPEECH }, { "se trata del agua", "Marta Ibarrola", ANY },
	    { "Non ci fermeremo", "Marco Rossi", QUOTE_SPEECH }, { "Si no llueve, habrá cortes", "Fernando Aguirre", QUOTE_SPEECH } }, 4 },
	{ "tabloid and spanish speech verbs", "\u201cHe is my forever!\u201d gushed Sienna Marlowe.\n\n"
	  "\u00abLlenamos garrafas\u00bb, cont\u00f3 Rosario M\u00e9ndez, de 71 a\u00f1os.",
	  { { "He is my forever!", "Sienna Marlowe", QUOTE_SPEECH }, { "Llenamos garrafas", "Rosario Méndez", QUOTE_SPEECH } }, 2 },
	/* executive titles as initials match their words, both ways */
	{ "ceo is chief executive", "Chief Executive Ingrid Haldane said profits rose.\n\n"
	  "Norvalis said in a statement that output fell. On the call, the CEO was pressed by analysts.\n\n"
	  "\"We are a long-term investor,\" she said.\n\n\"Costs fell,\" said CFO Ana Lind. "
	  "\"They will fall again,\" the chief financial officer added.",
	  { { "We are a long-term investor,", "Ingrid Haldane", QUOTE_SPEECH }, { "Costs fell,", "Ana Lind", QUOTE_SPEECH },
	    { "They will fall again,", "Ana Lind", QUOTE_SPEECH } }, 3 },
	/* a demonym no ending rule finds stands for the person last named */
	{ "irregular demonym", "Karl Voss made three fine saves.\n\n"
	  "\"I went left, he went right,\" the Spaniard said. \"It happens,\" the Swiss added.",
	  { { "I went left, he went right,", "Karl Voss", QUOTE_SPEECH }, { "It happens,", "Karl Voss", QUOTE_SPEECH } }, 2 },
	/* a statement speaks for who issued it; an unknown issuer stays unknown */
	{ "the statement said", "The Vardan Provincial Police said in a statement that 38 bodies had been found.\n\n"
	  "\"Search operations are continuing,\" the statement said.\n\n"
	  "A man was seen on the bridge at dawn.\n\nNobody was hurt.\n\n\"We have no comment,\" the letter said.",
	  { { "Search operations are continuing,", "Vardan Provincial Police", QUOTE_SPEECH },
	    { "We have no comment,", NULL, QUOTE_SPEECH } }, 2 },
	/* a relative clause after an apposition: the name speaks, not the place in the role */
	{ "apposition then who-clause", "Priya Chaudhuri, the Labour MP for Haverford East, who joined the "
	  "picket line on Tuesday, said: \"These are the people who kept us going.\"\n\n"
	  "The bloc's envoy, Ayaka Morimoto, who is attending as an observer, told reporters the talks were "
	  "\"an important signal for our companies\".",
	  { { "These are the people who kept us going.", "Priya Chaudhuri", QUOTE_SPEECH },
	    { "an important signal for our companies", "Ayaka Morimoto", ANY } }, 2 },
	/* "Name at Firm": the person speaks, the firm is where they work */
	{ "name at firm", "Another analyst, Tom Whitlock at Grayson Pryce, said the market had "
	  "\"overreacted\" to the news.\n\nAna Lind from Harbour Bank said: \"It is over.\"\n\n"
	  "Economists at Strandbank said the cut was \"overdue and welcome\".",
	  { { "overreacted", "Tom Whitlock", ANY }, { "It is over.", "Ana Lind", QUOTE_SPEECH },
	    { "overdue and welcome", "Strandbank", ANY } }, 3 },
	/* a business named for its trade is an organisation that "the company" may mean */
	{ "company named for its trade", "Halvard Energy cut its forecast on Thursday.\n\n"
	  "The company said in a statement that its gas project was \"on schedule and on budget\".",
	  { { "on schedule and on budget", "Halvard Energy", ANY } }, 1 },
	/* an abbreviated title stands for its word, and picks the namesake who holds it */
	{ "abbreviated titles", "Sen. Gerald Pruitt wants a vote. Gov. Denise Pruitt, who is not related "
	  "to him, opposes the bill.\n\n\"It is a raid,\" the governor said.\n\n\"We will pass it,\" "
	  "Sen. Pruitt said.\n\n\"Read the text,\" the senator said.",
	  { { "It is a raid,", "Denise Pruitt", QUOTE_SPEECH }, { "We will pass it,", "Gerald Pruitt", QUOTE_SPEECH },
	    { "Read the text,", "Gerald Pruitt", QUOTE_SPEECH } }, 3 },
	/* bodies known by a description in lowercase are named by it, and told apart by it; a
	 * body never named is known as the article calls it */
	{ "lowercase bodies", "Vestria's foreign ministry said the talks had failed. \"There is nothing "
	  "to discuss,\" the ministry said.\n\n\"We are ready,\" the country's defence ministry said.\n\n"
	  "The state weather service said rain would continue. \"It is a rare event,\" the service "
	  "said.\n\n\"We will appeal,\" the company said.",
	  { { "There is nothing to discuss,", "Vestria's foreign ministry", QUOTE_SPEECH },
	    { "We are ready,", "defence ministry", QUOTE_SPEECH },
	    { "It is a rare event,", "state weather service", QUOTE_SPEECH },
	    { "We will appeal,", "the company", QUOTE_SPEECH } }, 4 },
	/* the same with a curly apostrophe */
	{ "lowercase bodies, curly", "Vestria\u2019s foreign ministry said the talks had failed. "
	  "\"There is nothing to discuss,\" the ministry said.\n\n\"We are ready,\" the defence "
	  "ministry said.",
	  { { "There is nothing to discuss,", "Vestria\u2019s foreign ministry", QUOTE_SPEECH },
	    { "We are ready,", "defence ministry", QUOTE_SPEECH } }, 2 },
	/* a spokesperson speaks for the body named after "for" or before the word */
	{ "spokesperson for a body", "Halvard Energy sold the unit.\n\n\"We are investigating,\" a "
	  "spokesperson for Halvard Energy said.\n\n\"No comment,\" said a spokesman for the company.\n\n"
	  "A spokeswoman for Halvard said the firm was \"looking at options\".\n\n"
	  "A Merebrook Police spokeswoman said: \"Officers were called.\"",
	  { { "We are investigating,", "Halvard Energy", QUOTE_SPEECH }, { "No comment,", "Halvard Energy", QUOTE_SPEECH },
	    { "looking at options", "Halvard Energy", ANY }, { "Officers were called.", "Merebrook Police", QUOTE_SPEECH } }, 4 },
	/* a headline repeating a quotation said further down takes its speaker */
	{ "repeated quotation", "\u2018Watched on our own doorstep\u2019: anger over camera vans\n\n"
	  "Residents were not consulted.\n\n\u2018Watched on our own doorstep,\u2019 said Amira Haddow, 54.",
	  { { "Watched on our own doorstep", "Amira Haddow", QUOTE_SPEECH },
	    { "Watched on our own doorstep,", "Amira Haddow", QUOTE_SPEECH } }, 2 },
	/* a party and state after a name ("R-Linwood") is passed over like any apposition */
	{ "party designation", "Sen. Tom Ruckert, R-Linwood, the minority leader, said the plan relied "
	  "on \"accounting tricks\" and a transfer.\n\n\"We will not vote for it,\" Sen. Mark Hale, "
	  "D-Texas, told reporters.",
	  { { "accounting tricks", "Tom Ruckert", ANY }, { "We will not vote for it,", "Mark Hale", QUOTE_SPEECH } }, 2 },
	/* "the spokesperson" is whoever last spoke through one, when no person holds the role */
	{ "the spokesperson again", "A Home Office spokesperson said: \"It is an important tool.\"\n\n"
	  "The spokesperson added that ministers would set out a \"clear legal framework\" soon.",
	  { { "It is an important tool.", "Home Office", QUOTE_SPEECH }, { "clear legal framework", "Home Office", ANY } }, 2 },
	/* court reporting: letters after a name, "prosecuting", and one role in two words */
	{ "counsel in court", "Keble's defence barrister, Jonathan Pike KC, told the jury his client had "
	  "\"never hidden anything\".\n\nNaomi Verrall KC, prosecuting, said the money was spent.\n\n"
	  "\"The trustees signed every payment,\" the defence lawyer said.\n\n"
	  "\"You will hear about a racehorse,\" the prosecutor said.",
	  { { "never hidden anything", "Jonathan Pike", ANY },
	    { "The trustees signed every payment,", "Jonathan Pike", QUOTE_SPEECH },
	    { "You will hear about a racehorse,", "Naomi Verrall", QUOTE_SPEECH } }, 3 },
	/* an abbreviated title and its synonym are one role word */
	{ "abbreviation of a synonym", "Atty. Gen. Maria Ruiz opened an inquiry on Monday.\n\n"
	  "\"No one is above the law,\" the attorney general said.",
	  { { "No one is above the law,", "Maria Ruiz", QUOTE_SPEECH } }, 1 },
	/* a member's seat after the name is the role "the MP" finds */
	{ "member's seat", "Priya Chaudhuri MP, who joined the picket, said: \"It is a disgrace.\"\n\n"
	  "Ministers did not reply.\n\n\"It is wrong,\" the MP added.",
	  { { "It is a disgrace.", "Priya Chaudhuri", QUOTE_SPEECH },
	    { "It is wrong,", "Priya Chaudhuri", QUOTE_SPEECH } }, 2 },
	/* a role noun whose holder is named with the role two paragraphs on, unquoted */
	{ "role named later", "\"Sit down,\" the judge said.\n\nThe hearing went on until noon.\n\n"
	  "Judge Ada Holm also warned jurors not to search online.",
	  { { "Sit down,", "Ada Holm", QUOTE_SPEECH } }, 1 },
	/* a document speaks for whoever issued it, named after "by" or "from" */
	{ "document issuers", "The Marlowe Farm Bureau sided with the senator. \"We cannot wait,\" "
	  "according to a statement released by the group.\n\nAn emergency warning issued by the "
	  "Kestrel Valley Fire Service at 3pm read: \"Seek shelter now.\"\n\n\"We will reopen on "
	  "Monday,\" said a statement issued by the Harlow Transit Authority.",
	  { { "We cannot wait,", "Marlowe Farm Bureau", QUOTE_SPEECH },
	    { "Seek shelter now.", "Kestrel Valley Fire Service", QUOTE_SPEECH },
	    { "We will reopen on Monday,", "Harlow Transit Authority", QUOTE_SPEECH } }, 3 },
	/* "A spokeswoman ... She added": the pronoun means the body she speaks for */
	{ "spokesperson then a pronoun", "Fenmoor District Council will close the centre.\n\n"
	  "A council spokeswoman said: \"No decision has been made.\"\n\nShe added that the council "
	  "was talking to \"several groups\".\n\n\"We will see,\" said a spokesman for Brann "
	  "Holdings. \"It is done,\" he said.",
	  { { "No decision has been made.", "Fenmoor District Council", QUOTE_SPEECH },
	    { "several groups", "Fenmoor District Council", ANY },
	    { "We will see,", "Brann Holdings", QUOTE_SPEECH }, { "It is done,", "Brann Holdings", QUOTE_SPEECH } }, 4 },
	/* a person's spokesperson is someone else, unnamed, whose pronoun is hers; one named
	 * after her role is herself */
	{ "spokesperson for a person", "Governor Marcus Hale signed the bill.\n\n\"He will not resign,\" "
	  "a spokesman for Hale said.\n\nA spokeswoman for Sport Minister Daniel Ferrante said the pool "
	  "was \"a matter for council\".\n\n\"We urge talks,\" she said.\n\nOpposition spokesperson for "
	  "planning Ramona Farrugia said: \"It is a mockery.\"",
	  { { "He will not resign,", "a spokesman for Hale", QUOTE_SPEECH },
	    { "a matter for council", "A spokeswoman for Sport Minister Daniel Ferrante", ANY },
	    { "We urge talks,", "A spokeswoman for Sport Minister Daniel Ferrante", QUOTE_SPEECH },
	    { "It is a mockery.", "Ramona Farrugia", QUOTE_SPEECH } }, 4 },
	/* not when a body is named with the word too */
	{ "spokesperson for a body named like a person", "Bill Ford chairs the board.\n\nFord Motor "
	  "Company said it would cut jobs.\n\nA spokesman for Ford said the cuts were \"necessary\".",
	  { { "necessary", "Ford Motor Company", ANY } }, 1 },
	/* a role noun nobody holds, in a paragraph that names nobody, is the person whose name
	 * opened the paragraph before, when it named no one else and told of speech (not the
	 * man jailed before "said the judge") */
	{ "role after a lone subject", "Coach keeps faith\n\nRuud van Wijk had been asked the "
	  "question four ways before he answered it.\n\n\"No. We will not change,\" said the "
	  "Castlebridge Rovers head coach.\n\nAda Holm met Tom Reed at the ground.\n\n\"We are "
	  "fine,\" the captain said.\n\nLiam Carver was jailed for eight years.\n\n\"You showed "
	  "no remorse,\" said the judge.",
	  { { "No. We will not change,", "Ruud van Wijk", QUOTE_SPEECH },
	    { "We are fine,", NULL, QUOTE_SPEECH }, { "You showed no remorse,", NULL, QUOTE_SPEECH } }, 3 },
	/* a role word that is a given name ("Dean Halloran") opens a name, and alone names
	 * the person once named; not after an article, nor before a full name */
	{ "given name that is a role", "Keeper and son\n\nThe alarm goes at 4.45am. Dean Halloran "
	  "does not need it.\n\nHis son is Jamie Halloran. \"It is weird,\" Jamie says.\n\nDean "
	  "remembers how he found out.\n\n\"The gaffer just turned to me.\"\n\n\"I was right,\" Dean "
	  "says.\n\nThe dean of law, Ada Holm, agreed. \"We are proud,\" the dean said.",
	  { { "It is weird,", "Jamie Halloran", QUOTE_SPEECH },
	    { "The gaffer just turned to me.", "Dean Halloran", QUOTE_SPEECH },
	    { "I was right,", "Dean Halloran", QUOTE_SPEECH },
	    { "We are proud,", "Ada Holm", QUOTE_SPEECH } }, 4 },
	/* "Dean" before the family name of someone named is the title */
	{ "dean before a known surname", "Fees cut\n\nElaine Morrison, dean of the medical school, "
	  "announced it. \"No one is priced out,\" Dean Morrison said.",
	  { { "No one is priced out,", "Elaine Morrison", QUOTE_SPEECH } }, 1 },
	/* "who" after a note that ends on a body means the person the note is set after, also
	 * when the role heading the note is followed by more words */
	{ "who after a long note", "Strike\n\nDr Shoaib was joined by Dr Saima Niazi, a senior "
	  "registrar in the gynaecology department of Jinnah Hospital, who said it had been \"the "
	  "hardest decision\" of her career.\n\n\"I call them myself,\" she said.",
	  { { "the hardest decision", "Saima Niazi", ANY }, { "I call them myself,", "Saima Niazi", QUOTE_SPEECH } }, 2 },
	/* a person after a sentence's opening "For" and before its comma is whom it is about,
	 * whom the next "he said" means */
	{ "for whom the story is", "Slip closes road\n\nSystem manager Simon Garrick said crews "
	  "were on site.\n\nFor Tokomaru Bay kaum\u0101tua R\u0101wiri K\u014dhere, it is a familiar "
	  "story.\n\n\"Every time it rains, we hold our breath,\" he said.",
	  { { "Every time it rains, we hold our breath,", "R\u0101wiri K\u014dhere", QUOTE_SPEECH } }, 1 },
	/* "Late on Monday," opens a sentence as "Earlier" does: no one's name */
	{ "opening 'Late'", "Strike goes on\n\nLate on Monday, the department told officials to "
	  "act, saying the absentees would be \"proceeded against\".\n\nThe late John Smith once "
	  "said he was \"never afraid\".",
	  { { "proceeded against", "the department", ANY }, { "never afraid", "John Smith", ANY } }, 2 },
	/* Ukrainian copy's labels: "Quote from X:" names the speaker, "Quote:" goes on from
	 * the paragraph before; the label is nobody */
	{ "quote labels", "Mayor suspected\n\nAndrii Kravets, the defence lawyer, told journalists "
	  "that the case was weak.\n\nQuote: \"They compare the summer with the winter.\"\n\n"
	  "Quote from Savchuk at the hearing: \"This is not an accounting mistake.\"",
	  { { "They compare the summer with the winter.", "Andrii Kravets", QUOTE_SPEECH },
	    { "This is not an accounting mistake.", "Savchuk", QUOTE_SPEECH } }, 2 },
	/* a place after "MP for" is no subject, even where a relative clause runs on to "said" */
	{ "seat after 'for'", "Priya Chaudhuri, the MP for Haverford East, who joined the picket, said: "
	  "\"It is a disgrace.\"\n\nShe said she had written to the minister.\n\n\"Ministers must act.\"",
	  { { "It is a disgrace.", "Priya Chaudhuri", QUOTE_SPEECH },
	    { "Ministers must act.", "Priya Chaudhuri", QUOTE_SPEECH } }, 2 },
	/* the name set off after a role that ends in "for X and Y" speaks */
	{ "name after a seat", "The MP for Fenmoor and Marshby, Richard Tallis, said he was \"deeply "
	  "concerned\" by the plan.",
	  { { "deeply concerned", "Richard Tallis", ANY } }, 1 },
	/* what a speech verb next to it says is speech, though nobody is named */
	{ "unnamed shouts", "During the session, someone in the public gallery shouted \"Do your "
	  "jobs!\" as senators left.\n\nAs a van pulled in, \u2018Turn it off!\u2019 someone shouted.",
	  { { "Do your jobs!", NULL, ANY }, { "Turn it off!", NULL, ANY } }, 2 },
	/* an unlisted word an article puts before a person's name becomes a role noun for it */
	{ "learned role nouns", "Former footballer Danny Hale was at home on Friday. His neighbour, "
	  "Ola Berg, said the raid was loud.\n\n\"It was awful,\" the footballer said.\n\nHer "
	  "partner, the boxer Petra Lund, was out.\n\nAnna Holm said the lights were on.\n\n"
	  "\"I heard nothing,\" the boxer said.",
	  { { "It was awful,", "Danny Hale", QUOTE_SPEECH }, { "I heard nothing,", "Petra Lund", QUOTE_SPEECH } }, 2 },
	/* "gave her": an object pronoun tells nothing of the subject's gender */
	{ "object pronoun", "The couple live in leafy Marrow Vale.\n\nDanny Wilk gave her the keys at "
	  "the gate and left.\n\n\"I should have stayed,\" he said.",
	  { { "I should have stayed,", "Danny Wilk", QUOTE_SPEECH } }, 1 },
	/* the body a title belongs to is part of it: "Sen." and "the senator" find the Senate's
	 * leader, not the governor of the same surname named since */
	{ "senate leader", "Senate Majority Leader Gerald Pruitt had hoped to bring the package to "
	  "the floor. But opposition from Gov. Denise Pruitt has unsettled several Republicans.\n\n"
	  "Asked whether he would delay the vote, the senator said he would \"take the temperature\" "
	  "of his conference.\n\n\"I am not in the business of bringing bills to the floor to watch "
	  "them fail,\" Sen. Pruitt said.",
	  { { "take the temperature", "Gerald Pruitt", ANY },
	    { "I am not in the business of bringing bills to the floor to watch them fail,", "Gerald Pruitt", QUOTE_SPEECH } }, 2 },
	/* a surname alone means the person the article has named most with it */
	{ "shared surname", "Zsofia Kormendi restores old organs. Kormendi has rebuilt more than 60 "
	  "instruments.\n\nHer mother, Ilona Kormendi, now 72, laughed at the memory. \"She took the "
	  "clock apart,\" she said.\n\nAsked about the roof, Kormendi shrugged: \"The roof is not my "
	  "department.\"",
	  { { "She took the clock apart,", "Ilona Kormendi", QUOTE_SPEECH },
	    { "The roof is not my department.", "Zsofia Kormendi", QUOTE_SPEECH } }, 2 },
	/* reported speech, then a quotation with no cue of its own: the reporter's subject */
	{ "after reported speech", "Mayor Ann Lee spoke on Monday. She said the plan was dead. "
	  "\"We will not support it.\"\n\nOn Sunday, as the smoke turned the sky orange, Tom Berg "
	  "said he had made the decision to leave. \"When the warning went up, that was it.\"",
	  { { "We will not support it.", "Ann Lee", QUOTE_SPEECH },
	    { "When the warning went up, that was it.", "Tom Berg", QUOTE_SPEECH } }, 2 },
	/* French writes the pronoun subject after its verb, hyphenated: "ajoute-t-elle" */
	{ "French inversion", "Le maire, Paul Girard, a parlé lundi devant le conseil.\n\nMarie "
	  "Lenoir, conseillère d\u2019opposition, est furieuse. \u00ab C\u2019est vraiment une honte "
	  "\u00bb, ajoute-t-elle.\n\n\u00ab Nous verrons bien demain \u00bb, dit-il.",
	  { { "C\u2019est vraiment une honte", "Marie Lenoir", QUOTE_SPEECH },
	    { "Nous verrons bien demain", "Paul Girard", QUOTE_SPEECH } }, 2 },
	/* a role noun named later passes its holder on to the quotations that continue it, in
	 * its paragraph and in the quote-only paragraph after */
	{ "continues a role named later", "The hearing opened on Monday.\n\nThe judge addressed "
	  "the jury. \"Stay calm,\" the judge said. \"Your verdicts rest on the evidence.\"\n\n"
	  "\"Nothing else.\"\n\nJudge Alicia Penhallow also warned jurors.",
	  { { "Stay calm,", "Alicia Penhallow", QUOTE_SPEECH },
	    { "Your verdicts rest on the evidence.", "Alicia Penhallow", QUOTE_SPEECH },
	    { "Nothing else.", "Alicia Penhallow", QUOTE_SPEECH } }, 3 },
	/* the agent of an opening participle is not whom the sentence's pronoun means */
	{ "asked by someone else", "Simon Tevendale, prosecuting, told the court the money was "
	  "gone.\n\nDarren Pickering admitted taking it. \"I meant to pay it back,\" he told the "
	  "jury.\n\nAsked by Mr Tevendale why he had gone on, he replied: \"I don't know.\"",
	  { { "I meant to pay it back,", "Darren Pickering", QUOTE_SPEECH },
	    { "I don't know.", "Darren Pickering", QUOTE_SPEECH } }, 2 },
	/* two holders of one role told apart by the country each holds it for */
	{ "role held for a country", "Karvenian President Oleksandr Hrytsyna and Belmarsk "
	  "President Dmitri Volkonsky met on Friday.\n\nVolkonsky was guarded. \"We will "
	  "judge it later,\" he said.\n\nAsked about trust, the Karvenian president paused. "
	  "\"Trust is built at the crossings,\" he said.",
	  { { "We will judge it later,", "Dmitri Volkonsky", QUOTE_SPEECH },
	    { "Trust is built at the crossings,", "Oleksandr Hrytsyna", QUOTE_SPEECH } }, 2 },
	/* "and" inside a body's name: one word, then a run holding the body's head */
	{ "organisation with and", "A spokesman for Ashcombe and District Hospitals NHS Trust "
	  "said: \"We did not take this decision lightly.\"",
	  { { "We did not take this decision lightly.", "Ashcombe and District Hospitals NHS Trust",
	      QUOTE_SPEECH } }, 1 },
	/* "it" before a speech verb is the organisation last named, when one is in reach */
	{ "it said", "Vantor Bank said on Monday that the trial had been paused.\n\n\"We take "
	  "safety seriously,\" it said in a statement.\n\n\"The data will follow,\" it added.",
	  { { "We take safety seriously,", "Vantor Bank", QUOTE_SPEECH },
	    { "The data will follow,", "Vantor Bank", QUOTE_SPEECH } }, 2 },
	/* a name set off by a business's head ("the supplier") is that business */
	{ "business by apposition", "Kremnor Gas, the state-owned supplier, rejected the claim. "
	  "\"The other side refused every compromise,\" the company said.",
	  { { "The other side refused every compromise,", "Kremnor Gas", QUOTE_SPEECH } }, 1 },
	/* a party tag's period inside commas ends no sentence; before a space it does */
	{ "party tag", "Sen. Ann Roe, R-Okla., called the deal \"a surrender dressed up as a "
	  "compromise\" and left.\n\n\"We will see,\" said Rep. Al Ray, D-Calif. \"It is over "
	  "now.\"",
	  { { "a surrender dressed up as a compromise", "Ann Roe", QUOTE_PARTIAL },
	    { "We will see,", "Al Ray", QUOTE_SPEECH },
	    { "It is over now.", "Al Ray", QUOTE_SPEECH } }, 3 },
	/* an initial opening a sentence is no role; an age in brackets after a name */
	{ "initial and age in brackets", "K. Lakshmi Priya said: \"They came at night.\"\n\n"
	  "Another victim, R. Kavitha Nair (24), a nurse from Thirumalpet, said she had paid. "
	  "\"They even held an interview,\" she said.",
	  { { "They came at night.", "K. Lakshmi Priya", QUOTE_SPEECH },
	    { "They even held an interview,", "R. Kavitha Nair", QUOTE_SPEECH } }, 2 },
	/* "for" inside a body's name, before a spokesperson or after "for" itself */
	{ "body with for", "A Department for Transport spokeswoman said: \"This is for the "
	  "unions.\"\n\n\"We will not intervene,\" said a spokesman for the Department for "
	  "Housing.",
	  { { "This is for the unions.", "Department for Transport", QUOTE_SPEECH },
	    { "We will not intervene,", "Department for Housing", QUOTE_SPEECH } }, 2 },
	/* a byline names the writer, whom no pronoun of the article means */
	{ "byline", "Port strike goes on\n\nBy Tom Castell, Industry Correspondent\n\nThe "
	  "union said its members had voted to strike. One docker, who did not want to be "
	  "named, agreed. \"Every day counts,\" he said.",
	  { { "Every day counts,", NULL, QUOTE_SPEECH } }, 1 },
	/* a place after a role and "of" is the role's, however many words it takes */
	{ "role of a place", "The mayor of Fenwick Bay announced a freeze on Monday. \"The streets "
	  "are empty,\" the mayor said.\n\nThe mayor of Fenwick Bay, Jo Smith, took office in May.",
	  { { "The streets are empty,", "Jo Smith", QUOTE_SPEECH } }, 1 },
	/* the same with a particle; a headline's role before a colon waits for its name */
	{ "role de place, headline colon", "El alcalde de Puerto Albarrán congela las licencias: "
	  "«El barrio se vacía»\n\nEl alcalde de Puerto Albarrán, Íñigo Peñalver, anunció la "
	  "suspensión.\n\nEl alcalde admitió el error. «Me equivoqué», respondió.",
	  { { "El barrio se vacía", "Íñigo Peñalver", QUOTE_SPEECH },
	    { "Me equivoqué", "Íñigo Peñalver", QUOTE_SPEECH } }, 2 },
	/* quotations joined by a conjunction share the verb before the first */
	{ "coordinated partials", "Sen. Hal Whitby called the measure \"reckless\" and \"a blank "
	  "check for utilities\" on Tuesday.\n\nThe governor, Mae Dunmore, said Whitby was "
	  "\"entitled to his opinion\" but \"wrong on the math.\"",
	  { { "reckless", "Hal Whitby", QUOTE_PARTIAL },
	    { "a blank check for utilities", "Hal Whitby", QUOTE_PARTIAL },
	    { "entitled to his opinion", "Mae Dunmore", QUOTE_PARTIAL },
	    { "wrong on the math.", "Mae Dunmore", QUOTE_PARTIAL } }, 4 },
	/* and a relative pronoun between them */
	{ "partials joined by who", "Mrs Carol Wetherby said her father had been \u2018a proud "
	  "man\u2019 who \u2018hated being a nuisance\u2019.",
	  { { "a proud man", "Carol Wetherby", QUOTE_PARTIAL },
	    { "hated being a nuisance", "Carol Wetherby", QUOTE_PARTIAL } }, 2 },
	/* one name with an age, the subject of a verb, is a person */
	{ "first name with age", "Dr. Teodora Villas leads the study.\n\nRosalía, 52, has "
	  "picked grapes for 31 years. Her brother started dialysis at 44.\n\n\"He used to "
	  "carry two crates,\" she says.",
	  { { "He used to carry two crates,", "Rosalía", QUOTE_SPEECH } }, 1 },
	/* a legal form after a name makes it a company, for "the company" to find */
	{ "legal form", "Veltrion Cell AB cut its forecast on Thursday.\n\n\"We do not comment "
	  "on speculation,\" the company said.",
	  { { "We do not comment on speculation,", "Veltrion Cell AB", QUOTE_SPEECH } }, 1 },
	/* a role that tells its holder's sex ("her husband, Ken,") tells it of the name */
	{ "gender from a family role", "Nell Audsley lives by the sea.\n\nShe began writing "
	  "after her husband, Ken, died. She went back to work because, she says, \"the house "
	  "was too loud\".",
	  { { "the house was too loud", "Nell Audsley", QUOTE_SPEECH } }, 1 },
	/* a surname with a title of the other sex is not the namesake named most */
	{ "namesake of the other sex", "The man was charged in the death of Héctor Villalba, "
	  "61.\n\nMr. Villalba was counting receipts. Mr. Villalba ran the shop.\n\nHis "
	  "daughter, Lucía Villalba, wept.\n\n\"My father came here with nothing,\" Ms. "
	  "Villalba said.",
	  { { "My father came here with nothing,", "Lucía Villalba", QUOTE_SPEECH } }, 1 },
	/* the body a speaker works for, set between the name and the verb */
	{ "affiliation before the verb", "\"He gave up the money,\" Lt. Denise Harrow of the "
	  "New Carrick Police Department's major case squad said.\n\nDr. Ana Ruiz of the "
	  "University of Aalvik said: \"It is over.\"\n\nAnalysts at Ferris Whitlock wrote "
	  "that it would be \"a cleaner story.\"",
	  { { "He gave up the money,", "Denise Harrow", QUOTE_SPEECH },
	    { "It is over.", "Ana Ruiz", QUOTE_SPEECH },
	    { "a cleaner story.", "Ferris Whitlock", QUOTE_PARTIAL } }, 3 },
	{ "headline quotation, colon, name", "\u2018I baked through the blackout\u2019: Tove Rasmark on "
	  "bread and patience\n\nTove Rasmark opens the oven. \u201cStill warm,\u201d she says.\n\n"
	  "\u2018Heartbroken\u2019: Ilse Varga\u2019s family pays tribute",
	  { { "I baked through the blackout", "Tove Rasmark", QUOTE_SPEECH },
	    { "Still warm,", "Tove Rasmark", QUOTE_SPEECH } }, 2 },
	{ "laughs as a speech verb", "Greta Olsen runs the ferry with her son. \"It floats,\" Olsen said.\n\n"
	  "Tomas Brek sailed on it once with his dog.\n\n\"Barely,\" she laughs.",
	  { { "It floats,", "Greta Olsen", QUOTE_SPEECH }, { "Barely,", "Greta Olsen", QUOTE_SPEECH } }, 2 },
	{ "an interview's pronoun is its subject's", "Mirela Kostic is counting jars in her shed. "
	  "She has been awake, she tells me, since five.\n\nKostic started the business when she "
	  "retired. Kostic writes every label by hand, and Kostic keeps the books. Kostic sells at the "
	  "market on Saturdays; Kostic drives the van.\n\n\u201cThree "
	  "hundred,\u201d she says.\n\nIt was Hana Petrak, a grocer in the town, who first stocked "
	  "the jars. \u201cThey sold in a day,\u201d Petrak recalls.\n\n\u201cI still get the jars "
	  "wrong,\u201d she laughs. \u201cEvery batch is different.\u201d",
	  { { "Three hundred,", "Mirela Kostic", QUOTE_SPEECH }, { "They sold in a day,", "Hana Petrak", QUOTE_SPEECH },
	    { "I still get the jars wrong,", "Mirela Kostic", QUOTE_SPEECH },
	    { "Every batch is different.", "Mirela Kostic", QUOTE_SPEECH } }, 4 },
	/* the same without the writer's "tells me": the latest subject speaks */
	{ "no interview, the pronoun is the latest subject's", "Mirela Kostic is counting jars in her shed. "
	  "She has been awake since five.\n\nKostic started the business when she "
	  "retired. Kostic writes every label by hand, and Kostic keeps the books. Kostic sells at the "
	  "market on Saturdays; Kostic drives the van.\n\n\u201cThree "
	  "hundred,\u201d she says.\n\nIt was Hana Petrak, a grocer in the town, who first stocked "
	  "the jars. \u201cThey sold in a day,\u201d Petrak recalls.\n\n\u201cI still get the jars "
	  "wrong,\u201d she laughs. \u201cEvery batch is different.\u201d",
	  { { "Three hundred,", "Mirela Kostic", QUOTE_SPEECH }, { "They sold in a day,", "Hana Petrak", QUOTE_SPEECH },
	    { "I still get the jars wrong,", "Hana Petrak", QUOTE_SPEECH },
	    { "Every batch is different.", "Hana Petrak", QUOTE_SPEECH } }, 4 },
	{ "Dutch cues", "\u201eDe pont moet blijven\u201d, zegt burgemeester Anouk Verhoef.\n\n"
	  "Volgens Verhoef is het besluit \u201eeen klap voor het dorp\u201d.\n\n"
	  "Wethouder Daan Kuipers is het daar niet mee eens. \u201eHet geld is op\u201d, zei hij.",
	  { { "De pont moet blijven", "Anouk Verhoef", QUOTE_SPEECH }, { "een klap voor het dorp", "Anouk Verhoef", ANY },
	    { "Het geld is op", "Daan Kuipers", QUOTE_SPEECH } }, 3 },
	{ "the bank is the one named Bank", "Harlow Bank\u2019s chief executive, Ines Mathers, defended "
	  "the cuts.\n\n\"The margin is the story,\" said Tom Reed, an analyst at Brightwater "
	  "Securities.\n\nThe bank said staff would be redeployed \"wherever possible\".",
	  { { "The margin is the story,", "Tom Reed", QUOTE_SPEECH }, { "wherever possible", "Harlow Bank", ANY } }, 2 },
	{ "the company is the subject, not the analyst's firm", "Kestrel Foods Ltd cut its forecast on "
	  "Monday. \"Demand is soft,\" said Ana Ruiz, an analyst at Brightwater Securities.\n\n"
	  "The company said it would \"protect the dividend\".",
	  { { "Demand is soft,", "Ana Ruiz", QUOTE_SPEECH }, { "protect the dividend", "Kestrel Foods Ltd", ANY } }, 2 },
	{ "two clauses of what was said", "Senator Ola Brenn said the two sides were \"closer than "
	  "people think\" and that a deal could come \"in days, not weeks\".",
	  { { "closer than people think", "Ola Brenn", ANY }, { "in days, not weeks", "Ola Brenn", ANY } }, 2 },
	{ "Italian verbs of attack and insistence; il before a role", "\u00abChiudono tutto\u00bb, attacca "
	  "la consigliera Marta Ferri.\n\n\u00abNon \u00e8 una scelta economica\u00bb, ribadisce Paolo "
	  "Santini.\n\n\u00abBasta\u00bb, dice il sindaco Marco Gallo.",
	  { { "Chiudono tutto", "Marta Ferri", QUOTE_SPEECH }, { "Non \u00e8 una scelta economica", "Paolo Santini", QUOTE_SPEECH },
	    { "Basta", "Marco Gallo", QUOTE_SPEECH } }, 3 },
	{ "according to a role, then the name set off", "La ministra Lucia Ferro ha parlato ieri.\n\n"
	  "Secondo il ministro della Salute, Renato Caporaso, le regole \u00abnon sono un dogma\u00bb.",
	  { { "non sono un dogma", "Renato Caporaso", ANY } }, 1 },
	/* a body spoken of collectively speaks as itself, and through its statement */
	{ "police with no force named", "\"Stay off the ice,\" police said.\n\nIn a statement, police "
	  "said two skaters had been rescued.\n\n\"The lake is not frozen through,\" the statement said.",
	  { { "Stay off the ice,", "police", QUOTE_SPEECH }, { "The lake is not frozen through,", "police", QUOTE_SPEECH } }, 2 },
	{ "the agency is the body named in passing", "The harvest failed in three districts, according to "
	  "figures from the Office for Coastal Relief.\n\n\"We need boats, not promises,\" the agency said.",
	  { { "We need boats, not promises,", "Office for Coastal Relief", QUOTE_SPEECH } }, 1 },
	/* Spanish: the compound past inverted, a day between the verb and its subject, and
	 * the subject dropped before a phrase that names nobody */
	{ "Spanish cues: ha asegurado, dijo ayer, a dropped subject", "La ministra de Vivienda, Rosa "
	  "Vidal, habl\u00f3 el lunes. \u00abNo vamos a ceder\u00bb, afirm\u00f3 durante la rueda de "
	  "prensa.\n\n\u00abEs pronto para cambiar la norma\u00bb, dijo ayer el alcalde Luis Gil.\n\n"
	  "\u00abLlegamos tarde a la cita\u00bb, ha asegurado Gil.",
	  { { "No vamos a ceder", "Rosa Vidal", QUOTE_SPEECH }, { "Es pronto para cambiar la norma", "Luis Gil", QUOTE_SPEECH },
	    { "Llegamos tarde a la cita", "Luis Gil", QUOTE_SPEECH } }, 3 },
	{ "a role's portfolio after for or para", "The Minister for Coastal Affairs, Inge Marsh, visited "
	  "the harbour.\n\n\"We will rebuild the wall,\" the minister said.\n\nEl ministro para la "
	  "Transici\u00f3n Energ\u00e9tica, Andr\u00e9s Olmo, respondi\u00f3.\n\n\u00abHemos movilizado "
	  "fondos\u00bb, dijo el ministro.",
	  { { "We will rebuild the wall,", "Inge Marsh", QUOTE_SPEECH }, { "Hemos movilizado fondos", "Andr\u00e9s Olmo", QUOTE_SPEECH } }, 2 },
	{ "a relative clause hangs on the name; a daughter named by her role", "La alcaldesa Rosa Vidal "
	  "habl\u00f3 el lunes. \u00abNo va contra nadie\u00bb, ha insistido Vidal, que ha calificado de "
	  "\u00ababsolutamente falsas\u00bb las cr\u00edticas.\n\nSu hija Roc\u00edo, de 34 a\u00f1os, se "
	  "march\u00f3 el a\u00f1o pasado. \u00abPagaba 950 euros por un piso\u00bb, explica por "
	  "tel\u00e9fono.",
	  { { "No va contra nadie", "Rosa Vidal", QUOTE_SPEECH }, { "absolutamente falsas", "Rosa Vidal", ANY },
	    { "Pagaba 950 euros por un piso", "Roc\u00edo", QUOTE_SPEECH } }, 3 },
	{ "the Arabic article before a capital is part of the name", "\"We expect a deal,\" said "
	  "Foreign Minister Salim Haddad al-Jubouri.\n\n\"Not this week,\" al-Jubouri added.",
	  { { "We expect a deal,", "Salim Haddad al-Jubouri", QUOTE_SPEECH },
	    { "Not this week,", "Salim Haddad al-Jubouri", QUOTE_SPEECH } }, 2 },
	/* the fuzzer's find: an article opening the text, read back from the name, once led
	 * the portfolio test before the first token */
	{ "a lowercase article opens the text", "el Alcalde Luis Gil dijo: \u00abNos vamos ya de "
	  "aqu\u00ed\u00bb.",
	  { { "Nos vamos ya de aqu\u00ed", "Luis Gil", QUOTE_SPEECH } }, 1 },
	/* a later quotation of a sentence shares the speaker a cue before the first named,
	 * unless a clause with its own subject stands between */
	{ "two quotations of one sentence share its cue", "Secondo il sindaco, Ugo Neri, le regole "
	  "\u00abnon sono un dogma\u00bb e consentono deroghe \u00abquando servono davvero\u00bb.",
	  { { "non sono un dogma", "Ugo Neri", ANY }, { "quando servono davvero", "Ugo Neri", ANY } }, 2 },
	{ "a clause of its own keeps its quotation", "Mayor Ada Holm said the levy was \"not a tax\" "
	  "and would end \"when the wall is built\", while Kurt Vale called it \"a tax by another "
	  "name\" for the town.",
	  { { "not a tax", "Ada Holm", ANY }, { "when the wall is built", "Ada Holm", ANY },
	    { "a tax by another name", "Kurt Vale", ANY } }, 3 },
	/* "for" opening a sentence gives whose view it reports */
	{ "for a person opens the sentence", "Per la consigliera Marta Lo Iacono la chiusura \u00e8 "
	  "\u00abun colpo alle aree interne\u00bb.\n\nFor Ms Holm, the levy is \"a fair price for a dry "
	  "town\".\n\nFor years, the levy was \"a quiet scandal in the port\".",
	  { { "un colpo alle aree interne", "Marta Lo Iacono", ANY },
	    { "a fair price for a dry town", "Holm", ANY }, { "a quiet scandal in the port", NULL, ANY } }, 3 },
	{ "an ampersand joins a firm's name", "\"We are sorry,\" Allegheny & Lakes Railroad said.\n\n"
	  "\"It works,\" said Procter & Gamble chief Anna Holt.",
	  { { "We are sorry,", "Allegheny & Lakes Railroad", QUOTE_SPEECH },
	    { "It works,", "Anna Holt", QUOTE_SPEECH } }, 2 },
	/* after a quotation's comma any inverted verb speaks: French "-t-il" on a verb no list
	 * holds, or such a verb before a name that ends the sentence */
	{ "an inverted verb no list holds", "Sur la place, Yann Kervella regarde le lavoir. "
	  "\u00ab En soixante ans, je n\u2019ai jamais vu \u00e7a \u00bb, soupire-t-il.\n\n"
	  "\u00ab Il faut partir \u00bb, sourit Anne Roux.",
	  { { "En soixante ans, je n\u2019ai jamais vu \u00e7a", "Yann Kervella", QUOTE_SPEECH },
	    { "Il faut partir", "Anne Roux", QUOTE_SPEECH } }, 2 },
	/* an auxiliary and a day before the inverted subject; "then" in Italian opens a clause */
	{ "ha detto ieri; poi aggiunge", "\u00abCi hanno dimenticati\u00bb, ha detto ieri il sindaco "
	  "Gianni Dell\u2019Acqua, 47 anni.\n\nLa prefetta, Maria Teresa Sgamma, risponde. "
	  "\u00abAbbiamo attivato i soccorsi\u00bb, spiega. Poi aggiunge: \u00abNessuno \u00e8 stato lasciato solo\u00bb.",
	  { { "Ci hanno dimenticati", "Gianni Dell\u2019Acqua", QUOTE_SPEECH },
	    { "Abbiamo attivato i soccorsi", "Maria Teresa Sgamma", QUOTE_SPEECH },
	    { "Nessuno \u00e8 stato lasciato solo", "Maria Teresa Sgamma", QUOTE_SPEECH } }, 3 },
	/* the impersonal cue of a statement is the body last named's, as "it said" is; a
	 * German body is one compound word, but "Insgesamt" is none */
	{ "hie\u00df es and si legge", "Am Montag wies das Innenministerium die Kritik zur\u00fcck. "
	  "\u201eDie Kommunen wurden fr\u00fch informiert\u201c, hie\u00df es in einer Stellungnahme.\n\n"
	  "La Regione Piemonte ha risposto in serata. \u00abI lavori partiranno entro l\u2019estate\u00bb, "
	  "si legge nel comunicato.",
	  { { "Die Kommunen wurden fr\u00fch informiert", "Innenministerium", QUOTE_SPEECH },
	    { "I lavori partiranno entro l\u2019estate", "Regione Piemonte", QUOTE_SPEECH } }, 2 },
	/* "Landratsamt" joins its parts with an s: the -amt of a body, not "insgesamt" */
	{ "a compound body joined by s", "Am Montag wies das Landratsamt die Kritik zur\u00fcck. "
	  "\u201eDie Stra\u00dfe bleibt gesperrt\u201c, hie\u00df es in einer Mitteilung.",
	  { { "Die Stra\u00dfe bleibt gesperrt", "Landratsamt", QUOTE_SPEECH } }, 1 },
	{ "no body, no speaker for hie\u00df es", "Insgesamt wurden zw\u00f6lf Wachen geschlossen. "
	  "\u201eDas ist bitter f\u00fcr uns alle\u201c, hie\u00df es.",
	  { { "Das ist bitter f\u00fcr uns alle", NULL, ANY } }, 1 },
	/* a tabloid's "the mother-of-two" is someone named, as "the 34-year-old" is */
	{ "the mother-of-two", "Kayla Dunn, 34, was hurt in May. She set up a page for the East "
	  "Anglian Air Ambulance.\n\n\"Those crews are unbelievable,\" the mother-of-two told "
	  "reporters.",
	  { { "Those crews are unbelievable,", "Kayla Dunn", QUOTE_SPEECH } }, 1 },
	/* "the 34-year-old" is the one given that age, however far back; never one given
	 * another age */
	{ "the age a description gives", "Mara Teel, 34, was crossing the square when the van "
	  "hit.\n\nHer husband, Rob Teel, 37, said it came from nowhere.\n\n\"I remember the noise,\" "
	  "the 34-year-old said.\n\nRob Teel waited outside. \"It was chaos,\" the 37-year-old said. "
	  "\"We ran,\" the 50-year-old said.",
	  { { "I remember the noise,", "Mara Teel", QUOTE_SPEECH }, { "It was chaos,", "Rob Teel", QUOTE_SPEECH },
	    { "We ran,", NULL, ANY } }, 3 },
	/* a known person's first name alone opens a sentence: unlisted, it is that person */
	{ "a first name alone opens the sentence", "Kayla Brun was hurt in May. Her brother Rob "
	  "Brun said the van came from nowhere.\n\nKayla, who still walks with a frame, hopes to "
	  "return to work.\n\n\"Those crews are heroes,\" the mother-of-two told reporters.",
	  { { "Those crews are heroes,", "Kayla Brun", QUOTE_SPEECH } }, 1 },
	/* a headline's role noun is named in the story, a few paragraphs on, before the
	 * headline's last subject is taken for it */
	{ "a headline's role named in the story", "Grandmother-of-three, 61, hurt by falling sign as angry husband calls council 'reckless'\n\nA grandmother was hurt when "
	  "a shop sign fell in Lowmarsh on Friday.\n\nMila Rusk, 61, was waiting for a bus with her "
	  "grandson.\n\nHer husband Dan Rusk said the sign had hung loose for weeks.",
	  { { "reckless", "Dan Rusk", ANY } }, 1 },
	/* a name after a portfolio's last role word: "Minister for Europe" alone is no name */
	{ "a name after the portfolio", "\"Every day counts,\" Secretary for Development Edmund "
	  "Harlow said.\n\n\"Not this way,\" said Minister for Foreign Affairs Ana Brisk.",
	  { { "Every day counts,", "Edmund Harlow", QUOTE_SPEECH }, { "Not this way,", "Ana Brisk", QUOTE_SPEECH } }, 2 },
	/* family name first, a two-syllable given name after it: a father and a daughter are
	 * both "Wong", told apart by Mr and Ms; an age makes a person of a name */
	{ "family name first", "For Wong Siu-kei, 68, who has sold noodles here since 1979, the news "
	  "came as a shock.\n\n\"My father built this stall,\" Mr Wong told reporters.\n\n"
	  "His daughter, Wong Ka-wai, 35, said the family had not decided. \"He would stay until 90,\" "
	  "Ms Wong said.\n\nLawmaker Vivian Lau Ka-yan spoke next. \"Nobody asked them,\" Lau said.",
	  { { "My father built this stall,", "Wong Siu-kei", QUOTE_SPEECH },
	    { "He would stay until 90,", "Wong Ka-wai", QUOTE_SPEECH },
	    { "Nobody asked them,", "Vivian Lau Ka-yan", QUOTE_SPEECH } }, 3 },
	/* an unnamed spokesman of no named body is the one the next "the spokesman" means */
	{ "the spokesman again", "A government spokesman said the offer was \"generous and fair\".\n\n"
	  "\"The department has met the tenants 20 times,\" the spokesman said.",
	  { { "generous and fair", "A government spokesman", ANY },
	    { "The department has met the tenants 20 times,", "A government spokesman", QUOTE_SPEECH } }, 2 },
	/* Indian English: "opined", and the honorifics Shri and Smt. before a name */
	{ "opined; Shri and Smt.", "\u201cAll is well,\u201d said Ravi Menon.\n\nProf. Anand Rao "
	  "studied the pipes. \u201cOld lines run next to sewage lines,\u201d he opined.\n\n"
	  "\u201cWe will act,\u201d said Shri P. Naidu. \u201cThe supply is safe,\u201d Smt. Lata Gowda said.",
	  { { "All is well,", "Ravi Menon", QUOTE_SPEECH }, { "Old lines run next to sewage lines,", "Anand Rao", QUOTE_SPEECH },
	    { "We will act,", "P. Naidu", QUOTE_SPEECH }, { "The supply is safe,", "Lata Gowda", QUOTE_SPEECH } }, 4 },
	/* a colon's cue before a quotation that ends its sentence outranks the next
	 * sentence's; a part of the day may follow a day between subject and verb */
	{ "stated: before the next sentence", "Mayor Ann Holt stated: \u201cThe clerk acted alone.\u201d "
	  "Her deputy, Bo Lind, added that the clerk had been suspended.\n\nA statement issued by the "
	  "Harbour Authority on Sunday evening said: \u201cWe will act now.\u201d",
	  { { "The clerk acted alone.", "Ann Holt", QUOTE_SPEECH }, { "We will act now.", "Harbour Authority", QUOTE_SPEECH } }, 2 },
	/* an article between a role's "de" and its portfolio: "Santé" is no name, and the
	 * person set off after the role holds it; a body after the article stays one */
	{ "la ministre de la Sant\u00e9", "Plus t\u00f4t, la ministre de la Sant\u00e9, Claire Vasseur, avait "
	  "annonc\u00e9 un moratoire. \u00ab J\u2019ai entendu les familles \u00bb, a affirm\u00e9 la ministre.\n\n"
	  "Mar\u00eda Ruiz, portavoz de la Plataforma de Afectados, celebra la ley. \u00abLlevamos tres a\u00f1os "
	  "esperando\u00bb, lamenta.",
	  { { "J\u2019ai entendu les familles", "Claire Vasseur", QUOTE_SPEECH },
	    { "Llevamos tres a\u00f1os esperando", "Mar\u00eda Ruiz", QUOTE_SPEECH } }, 2 },
	/* members of other legislatures: MLA, MSP, TD, ... are titles as MP is */
	{ "MLA and TD", "Opposition MLA Shobha Menon accused the government of \"playing with numbers\".\n\n"
	  "Labour TD for Galway East Se\u00e1n \u00d3 D\u00e1laigh, who has campaigned for the scheme, "
	  "described the pause as \"a kick in the teeth\".",
	  { { "playing with numbers", "Shobha Menon", ANY },
	    { "a kick in the teeth", "Se\u00e1n \u00d3 D\u00e1laigh", ANY } }, 2 },
	/* a body's spokesperson named without a quotation is the one a later "the
	 * spokesperson" means; "the hospital" is a named medical center */
	{ "spokesperson for a body; the hospital", "A spokesperson for the Army said the injured "
	  "included four soldiers.\n\n\"We are working to notify next of kin,\" the spokesperson told "
	  "reporters.\n\nSt. Brendan Medical Center in Tulsa said it had received five of the injured. "
	  "\"Our trauma teams are providing care,\" the hospital said in a statement.",
	  { { "We are working to notify next of kin,", "Army", QUOTE_SPEECH },
	    { "Our trauma teams are providing care,", "St. Brendan Medical Center", QUOTE_SPEECH } }, 2 },
	/* the owner at the head of a clause's subject is whom the clause is about; a street
	 * is nobody "she" can mean */
	{ "the owner heads the subject", "\"It is nothing,\" Ms. Whitlock said, standing on Broad "
	  "Street.\n\nThe mayor, Lydia Santo, disagreed. She said the fares were fair.\n\nBack at the "
	  "shelter on Broad Street, Ms. Whitlock's bus finally pulled up. She climbed aboard. "
	  "\"Tell the mayor I voted for her,\" she said.",
	  { { "It is nothing,", "Whitlock", QUOTE_SPEECH }, { "Tell the mayor I voted for her,", "Whitlock", QUOTE_SPEECH } }, 2 },
	/* a name set off by "a small Nordic charity" is a body; its possessive later names
	 * that body, not a person "she" can mean */
	{ "a body set off by an indefinite head", "That spring Ida Lund answered an advertisement from "
	  "Calm Tide, a small Nordic charity that was trying to crew its first ship.\n\n"
	  "\"She was right,\" says Bo Lind, Calm Tide's operations director.\n\nMarta Vik, who joined "
	  "Calm Tide in 2019, says donations have fallen. \"People get tired,\" she says.\n\n"
	  "\"It was politics,\" the charity said.",
	  { { "She was right,", "Bo Lind", QUOTE_SPEECH }, { "People get tired,", "Marta Vik", QUOTE_SPEECH },
	    { "It was politics,", "Calm Tide", QUOTE_SPEECH } }, 3 },
	/* Lane and Morning are surnames too: a street's word or a part of the day ends a
	 * name only where the name is a place or the day is one */
	{ "surnames that are streets or times", "Diane Lane arrived at noon. \"I loved the film,\" "
	  "she said.\n\nAnchor Jo Morning said: \"We go on.\"",
	  { { "I loved the film,", "Diane Lane", QUOTE_SPEECH }, { "We go on.", "Jo Morning", QUOTE_SPEECH } }, 2 },
	/* German: the article before a capitalised role is "the"; a compound title is held by
	 * its last part ("Innenminister" is a minister), a mayor goes by "Rathauschef"; "von"
	 * before one place word is "of", before a body it ends the name */
	{ "German roles after the article", "Innenministerin Hedda Vogelsang (SPD) \u00e4u\u00dferte "
	  "sich am Dienstag. \u201eWir lassen das nicht zu\u201c, sagte die Ministerin.\n\n"
	  "B\u00fcrgermeister Ansgar Tiedemann war auch da. \u201eDas ist eine Lage\u201c, sagte der "
	  "Rathauschef von Ulmenau.\n\nDie Datenforscherin Lale Yurt von der Technischen Hochschule "
	  "Nordheide widersprach. \u201eSo geht das nicht\u201c, sagt die Forscherin.",
	  { { "Wir lassen das nicht zu", "Hedda Vogelsang", QUOTE_SPEECH },
	    { "Das ist eine Lage", "Ansgar Tiedemann", QUOTE_SPEECH },
	    { "So geht das nicht", "Lale Yurt", QUOTE_SPEECH } }, 3 },
	/* a German article before a noun and a sentence's opening adverb or preposition name
	 * nobody ("die Tür", "Darauf", "Según Ibarra") */
	{ "German nouns and opening function words", "B\u00fcrgermeister Jens Kolbe hat einen Zettel "
	  "an die T\u00fcr des Rathauses geh\u00e4ngt. Darauf steht eine Telefonnummer.\n\n\u201eWir "
	  "haben viel gelernt\u201c, sagt er.\n\nLa portavoz Marta Ibarra habl\u00f3 ayer. Seg\u00fan "
	  "Ibarra, el agua no alcanza. \u00abNos quieren vender el agua dos veces\u00bb, subray\u00f3.",
	  { { "Wir haben viel gelernt", "Jens Kolbe", QUOTE_SPEECH },
	    { "Nos quieren vender el agua dos veces", "Marta Ibarra", QUOTE_SPEECH } }, 2 },
	/* a note in brackets after the name ("(D-Ore.)") stands between it and its verb or
	 * apposition; the subject of the reported clause is no speaker */
	{ "party in brackets before the verb", "Sen. Ida Marsh (D-Ore.), the bill\u2019s lead author, "
	  "said Republicans had \u201cmoved the goal posts\u201d again.\n\nRep. Tom Ruiz (R-Ariz.) said the "
	  "Senate standoff was \u201ca mess.\u201d",
	  { { "moved the goal posts", "Ida Marsh", ANY }, { "a mess.", "Tom Ruiz", ANY } }, 2 },
	/* "the bank" is a body named "Bank of ...", before a nearer body; "in 2024" stands
	 * between a report's issuer and its verb */
	{ "the bank of a place; a year before the verb", "The National Bank of Vestria left its rate "
	  "at 4%.\n\nEconomists had expected a cut.\n\nPrices rose 9%, according to the State "
	  "Statistics Service.\n\n\"Shortages feed into "
	  "costs,\" the central bank said in a statement.\n\nThe Heat Office met. Then the minister spoke of "
	  "the Harbour Board. A report published by the Heat Office in 2024 warned that heat \"will "
	  "increasingly affect residents\".",
	  { { "Shortages feed into costs,", "National Bank of Vestria", QUOTE_SPEECH },
	    { "will increasingly affect residents", "Heat Office", ANY } }, 2 },
	/* a lede's role noun is the one person the story later names with that role, however
	 * far below */
	{ "a lede's role named far below", "Port fees\n\nProtests spread on Thursday as the country's "
	  "fisheries minister insisted that the cuts were \"unavoidable\".\n\nRoads were blocked.\n\n"
	  "Shops closed.\n\nSchools shut early.\n\nIn a televised address, Fisheries Minister Ana Prieto "
	  "spoke of rain.",
	  { { "unavoidable", "Ana Prieto", ANY } }, 1 },
	/* a nearer verb whose subject names nobody known stands inside what the sentence's
	 * speaker said */
	{ "a partial inside a clause of reported speech", "Lea Dorn is a hydrologist.\n\nDorn said the "
	  "government had announced three plants but that only one was built, and it ran at \"a "
	  "fraction\" of its capacity.",
	  { { "a fraction", "Lea Dorn", ANY } }, 1 },
	{ "a partial said by someone unnamed", "Rhys Lloyd is an engineer.\n\nLloyd said a manager had "
	  "told him the findings were \"too alarming to circulate\".",
	  { { "too alarming to circulate", NULL, ANY } }, 1 },
	/* an unlisted word before a role's modifier and the role opens the role phrase */
	{ "an unlisted word before a modifier and a role", "Norland\u2019s rural affairs minister, "
	  "Kaarel Tamm, went further, writing on social media: \u201cThe coast cannot be saved by "
	  "sinking its people.\u201d",
	  { { "The coast cannot be saved by sinking its people.", "Kaarel Tamm", QUOTE_SPEECH } }, 1 },
	/* a portfolio of two words joined by "and" ends before the given name */
	{ "a portfolio with and before a name", "Secretary for Labour and Welfare Harriet Lau Ka-yan "
	  "said on Tuesday that the plan was \"late\". \"We have listened,\" Ms Lau said.",
	  { { "late", "Harriet Lau Ka-yan", ANY }, { "We have listened,", "Harriet Lau Ka-yan", QUOTE_SPEECH } }, 2 },
	/* what the German and foreign-word rules leave alone: a particle inside a name, "von"
	 * and one surname after a title, a given name that is a Latin word, a body named after
	 * a "von" person */
	{ "name particles and names like function words", "\"We are on track,\" said Kees den "
	  "Hartog.\n\n\"We will hold the line,\" said General von Moltke.\n\nAnte Rebi\u0107 said the "
	  "club was \"ready\".\n\nThe Alexander von Humboldt Foundation said the grant was \"generous\".",
	  { { "We are on track,", "Kees den Hartog", QUOTE_SPEECH }, { "We will hold the line,", "von Moltke", QUOTE_SPEECH },
	    { "ready", "Ante Rebi\u0107", ANY }, { "generous", "Alexander von Humboldt Foundation", ANY } }, 4 },
	/* "and" before a name with no role before it; ", and that" goes on with the inner
	 * verb's report; a bank named in passing is not "the bank" */
	{ "no portfolio, an inner report, a bank in passing", "Jo Smith and Ilhan Ali Omar said the "
	  "bill was \"cruel\".\n\nPolice said a witness told officers the driver had fled, and that the "
	  "car was \"going very fast\".\n\nThe Reserve Bank of Norland raised its rate, a move "
	  "economists at Bank of Vestria had predicted. \"Inflation remains too high,\" the bank said.",
	  { { "cruel", "Ilhan Ali Omar", ANY }, { "going very fast", "a witness", ANY },
	    { "Inflation remains too high,", "Reserve Bank of Norland", QUOTE_SPEECH } }, 3 },
	/* "and" inside a body's name of several words after "the" */
	{ "a body's name with and", "The Valdoria Grain and Livestock Council, a trade group, said "
	  "it was \"deeply disappointed\".",
	  { { "deeply disappointed", "Valdoria Grain and Livestock Council", ANY } }, 1 },
	/* "who" after a role of a body set off after a name means the name */
	{ "who after a role of a body", "The charge came from Marit Olsen-Kaya, the chair of the "
	  "Fenmoor Harbour Committee, who said tenants had been \"strung along\".\n\nIt was "
	  "backed by the Fenwick Rowing Club, which said it was \"overdue\".",
	  { { "strung along", "Marit Olsen-Kaya", ANY }, { "overdue", "Fenwick Rowing Club", ANY } }, 2 },
	/* right before "of" a describing verb is passive: its subject is the one accused */
	{ "accused of", "The mayor accused of \"lying\" about the budget resigned on Monday.\n\n"
	  "Tom Berg accused the harbour board of \"cheating\".",
	  { { "lying", NULL, ANY }, { "cheating", "Tom Berg", ANY } }, 2 },
	/* a lede's role held for a place is the one holder named for that place */
	{ "a lede's role and its place", "Karvenia defends steel aid\n\nKarvenia's economy minister has insisted that the aid is "
	  "\"an investment\".\n\nThe plan was announced on Monday.\n\nUnions welcomed it.\n\n"
	  "Brussels is worried.\n\nKarvenia's Economy Minister Aron Vell defended the plan.\n\n"
	  "Norland's state economy minister, Ida Holm, said the region could not wait.",
	  { { "an investment", "Aron Vell", ANY } }, 1 },
	/* a role said of a subject ("has been the mayor of") tells two namesakes apart */
	{ "a role stated of a namesake", "Tom Arneberg runs the bait shop. \"We need the lake,\" "
	  "Arneberg said.\n\nRuth Arneberg has been the mayor of Vesper Falls since 2019.\n\n"
	  "\"The math no longer works,\" Mayor Arneberg said.\n\n\"They still come,\" the mayor said.",
	  { { "We need the lake,", "Tom Arneberg", QUOTE_SPEECH }, { "The math no longer works,", "Ruth Arneberg", QUOTE_SPEECH },
	    { "They still come,", "Ruth Arneberg", QUOTE_SPEECH } }, 3 },
	/* a knight is "Sir Malcolm" for short: a bare surname is the namesake without the title */
	{ "a knight and a namesake", "Sir Malcolm Wrenfield, the chair, said the board was united. "
	  "Sir Malcolm said it twice.\n\nDaniel Wrenfield, a fund manager, backed the deal.\n\n"
	  "\"Everyone wants it until they see the bill,\" Wrenfield said.",
	  { { "Everyone wants it until they see the bill,", "Daniel Wrenfield", QUOTE_SPEECH } }, 1 },
	/* a verb before "by" and its agent is passive; "which" after a body's role noun */
	{ "claimed by, which called", "Spokesperson Anel Steenkamp said the bill came to R4-million, "
	  "not the R11-million claimed by the union, and that pay was late because of \"errors\".\n\n"
	  "The Metro Workers Union struck on Monday. The figure was disputed by the union, which "
	  "called it \"fantasy\".",
	  { { "errors", "Anel Steenkamp", ANY }, { "fantasy", "Metro Workers Union", ANY } }, 2 },
	/* near misses of the rules above: two bodies joined by "and"; "accused of" after its
	 * subject; a role held once ("was the mayor until"); a knight the article never
	 * shortens to "Sir Given" keeps his surname */
	{ "near misses: and, accused, was, Sir", "Officials from the Kestrel Islands and European Union "
	  "said the talks were \"constructive\".\n\nTom Reed named the official he accused of "
	  "\"lying\".\n\nSir Alan Marsh spoke. Sir Alan Marsh was cheered. Lee Marsh, a local "
	  "councillor, attended.\n\n\"It was special,\" Marsh said.\n\nJane Roe was the mayor of "
	  "Vesper Falls until 2019. Her successor, Tom Cole, took office in January.\n\n\"We will cut "
	  "taxes,\" the mayor said.",
	  { { "constructive", "European Union", ANY }, { "lying", "Tom Reed", ANY },
	    { "It was special,", "Alan Marsh", QUOTE_SPEECH }, { "We will cut taxes,", NULL, QUOTE_SPEECH } }, 4 },
	/* someone unnamed, first the subject of another verb, is whom "the official" means;
	 * not the minister named before, and never "the company" */
	{ "unnamed official again", "Trade Minister Lara Quist defended the tariff on Monday.\n\n"
	  "A senior Ostravian trade ministry official, who asked not to be named, disagreed. "
	  "\"Nobody will sign this week,\" the official said.",
	  { { "Nobody will sign this week,", "A senior Ostravian trade ministry official", QUOTE_SPEECH } }, 1 },
	{ "unnamed engineer, not the company", "Veltrix Labs paused sales of its headset on Monday.\n\n"
	  "One former Veltrix engineer told the Courier the fault was known. \"We all saw it,\" the "
	  "engineer said.\n\nIn a blog post, the company said the review would take \"at least a "
	  "month\".",
	  { { "We all saw it,", "One former Veltrix engineer", QUOTE_SPEECH },
	    { "at least a month", "Veltrix Labs", ANY } }, 2 },
	/* a body the article never names is the one it calls "the ministry" */
	{ "the ministry, never named", "Rice prices rose again in November.\n\n"
	  "The ministry said in a statement that the release \"will not weaken the reserve\".",
	  { { "will not weaken the reserve", "The ministry", ANY } }, 1 },
	{ "reported subject is no speaker", "\"Rationing is necessary,\" Ines Dridi, a hydrologist, "
	  "told the Courier.\n\nDridi said the government had announced three new plants in 2021 "
	  "but that only one had been completed, and it was operating at \"a fraction\" of its "
	  "capacity.",
	  { { "Rationing is necessary,", "Ines Dridi", QUOTE_SPEECH }, { "a fraction", "Ines Dridi", ANY } }, 2 },
	/* a description is found again only by its own words: "the senior officer" is not "a
	 * junior officer"; a plural opening a sentence is no company */
	{ "the senior officer", "A senior police officer attended. A junior officer arrived later. "
	  "\"It was chaos,\" the senior officer said.",
	  { { "It was chaos,", "A senior police officer", QUOTE_SPEECH } }, 1 },
	{ "critics are no company", "Lumora Systems posted a loss. Critics attacked its plan. "
	  "\"We disagree,\" the company said.",
	  { { "We disagree,", "Lumora Systems", QUOTE_SPEECH } }, 1 },
	/* a relative clause after "the mayor of PLACE" hangs on the mayor, not the place */
	{ "who after the role's place", "The plan was welcomed by Jane Doran, the mayor (Labour) of "
	  "Kettlewick, who called it \"a lifeline for the valley\".",
	  { { "a lifeline for the valley", "Jane Doran", ANY } }, 1 },
	{ "qui after the role's place", "Les habitants sont inquiets, tranche Hervé Duchêne, le maire "
	  "(divers gauche) de Saint-Lunel, qui dit avoir appris la nouvelle « par un journaliste ».",
	  { { "par un journaliste", "Hervé Duchêne", ANY } }, 1 },
	/* French reflexive verbs of speech, with the elided "s'" */
	{ "s'indigne", "« Avec quel argent ? », s\u2019indigne Laetitia Gomès, 29 ans. « Je préfère ne "
	  "pas y penser », s'exclame Rémi Vidal.",
	  { { "Avec quel argent ?", "Laetitia Gomès", QUOTE_SPEECH },
	    { "Je préfère ne pas y penser", "Rémi Vidal", QUOTE_SPEECH } }, 2 },
	/* a crosshead quotes a line of the text below it, not the paragraph before */
	{ "crosshead", "\"We ran out of water twice last week,\" said Mona Ferris, a resident.\n\n"
	  "'The south comes last'\n\nFarid Nouri, a farmer, has waited three years for a pump. "
	  "\"People here say the south comes last, and they are right,\" Nouri said.",
	  { { "We ran out of water twice last week,", "Mona Ferris", QUOTE_SPEECH },
	    { "The south comes last", "Farid Nouri", ANY },
	    { "People here say the south comes last, and they are right,", "Farid Nouri", QUOTE_SPEECH } }, 3 },
	/* a family name with its particle, alone, is the person whose full name ends in it; one
	 * that ends no name is someone new */
	{ "particle surnames", "Housing minister Niamh Ní Bhriain opened the estate. \"It is a "
	  "start,\" Ms Ní Bhriain said. \"The rents are too high,\" said Mohamed Ould Bah, a "
	  "tenant. \"Nobody listens,\" Ould Bah added. \"We need more,\" said Van Dijk.",
	  { { "It is a start,", "Niamh Ní Bhriain", QUOTE_SPEECH },
	    { "The rents are too high,", "Mohamed Ould Bah", QUOTE_SPEECH },
	    { "Nobody listens,", "Mohamed Ould Bah", QUOTE_SPEECH },
	    { "We need more,", "Van Dijk", QUOTE_SPEECH } }, 4 },
	/* two family names: the article shortens the name to the first, or to both */
	{ "spanish surnames", "Albarrán: «No habrá recortes»\n\nLa consejera de Sanidad, Remedios "
	  "Albarrán Quintero, presentó el plan. «Es un paso firme», dijo Albarrán. «Sin prisa», "
	  "añadió Albarrán Quintero. «Lo veremos», dijo Tomás Vidal Serrano, y Vidal rió.",
	  { { "No habrá recortes", "Remedios Albarrán Quintero", ANY },
	    { "Es un paso firme", "Remedios Albarrán Quintero", QUOTE_SPEECH },
	    { "Sin prisa", "Remedios Albarrán Quintero", QUOTE_SPEECH },
	    { "Lo veremos", "Tomás Vidal Serrano", QUOTE_SPEECH } }, 4 },
	/* French and Spanish honorifics; "M." is "Monsieur" when no given name fits, and never
	 * a woman */
	{ "mme and m.", "La maire, Claire Lefèvre, a ouvert la séance avec Léa Roux. « Nous "
	  "tiendrons », a dit Mme Lefèvre. Le député Paul Kerbrat était là. « Rien ne change », a "
	  "répondu M. Kerbrat. « Non », a dit M. Roux. \"Yes,\" said Sra. Montoya.",
	  { { "Nous tiendrons", "Claire Lefèvre", QUOTE_SPEECH },
	    { "Rien ne change", "Paul Kerbrat", QUOTE_SPEECH },
	    { "Non", "M. Roux", QUOTE_SPEECH },
	    { "Yes,", "Montoya", QUOTE_SPEECH } }, 4 },
	/* a body's name in the words that end a role, before the name set off after it */
	{ "role of a body, then the name", "\"It burns,\" said the spokesman of the Union group, "
	  "Tom Weiss. „Die Kommunen brennen“, sagte der Sprecher der Unionsfraktion, Thorsten "
	  "Weißhaupt. «Es una decisión técnica», afirmó el consejero de Agricultura, Ramón Peñalver, "
	  "en rueda de prensa. « Nous serons là », promet son porte-parole, Mathis Aït-Kaci.",
	  { { "It burns,", "Tom Weiss", QUOTE_SPEECH },
	    { "Die Kommunen brennen", "Thorsten Weißhaupt", QUOTE_SPEECH },
	    { "Es una decisión técnica", "Ramón Peñalver", QUOTE_SPEECH },
	    { "Nous serons là", "Mathis Aït-Kaci", QUOTE_SPEECH } }, 4 },
	/* a party in brackets inside the apposition; a subjectless cue that names the paper
	 * told */
	{ "party in the apposition", "The mayor, Jo Hart (Labour), sees it otherwise. \"Not "
	  "there,\" she said.\n\n«Es técnico», afirmó el consejero Ramón Peñalver.\n\nLa "
	  "alcaldesa, Pilar Núñez (PSOE), lo ve de otra manera. «Aquí no hay nada técnico», ha "
	  "explicado a EL PAÍS por teléfono.",
	  { { "Not there,", "Jo Hart", QUOTE_SPEECH }, { "Es técnico", "Ramón Peñalver", QUOTE_SPEECH },
	    { "Aquí no hay nada técnico", "Pilar Núñez", QUOTE_SPEECH } }, 3 },
	/* French: an object pronoun before the inverted verb and its subject */
	{ "lui a-t-elle lancé", "La députée Sandrine Moulinier était furieuse. « C’est un échec », "
	  "lui a-t-elle lancé. Le maire Paul Roux a parlé. « Rien ne va », nous a-t-il confié.",
	  { { "C’est un échec", "Sandrine Moulinier", QUOTE_SPEECH },
	    { "Rien ne va", "Paul Roux", QUOTE_SPEECH } }, 2 },
	/* guards: a person named exactly so is meant before a longer name that ends so; "M."
	 * is an initial in English copy; "Sig" is a given name without its period */
	{ "namesakes stay apart", "The architect Keegan Doyle spoke first. Retired judge Ronald "
	  "Keegan Doyle sat beside him. \"It will stand,\" Keegan Doyle added. Police chief Tom "
	  "Berg was there. \"Nobody asked us,\" said M. Berg. \"Haul it in,\" said Sig Hansen.",
	  { { "It will stand,", "Keegan Doyle", QUOTE_SPEECH },
	    { "Nobody asked us,", "M. Berg", QUOTE_SPEECH },
	    { "Haul it in,", "Sig Hansen", QUOTE_SPEECH } }, 3 },
	/* a noun for a person of one sex stands for the one named of that sex; French, German
	 * and English; an age given in French years makes a person; "une" is "a" */
	{ "the young woman said", "Anna Berg, 29, lost her home. Her neighbour Tom Reyes helped "
	  "her. \"Everything is gone,\" the young woman said. \"We start again,\" the man added.",
	  { { "Everything is gone,", "Anna Berg", QUOTE_SPEECH },
	    { "We start again,", "Tom Reyes", QUOTE_SPEECH } }, 2 },
	{ "souffle la jeune femme", "Une infirmière, qui a souhaité garder l’anonymat, est amère : "
	  "« Plus personne n’y croit. » Amandine Roux, 29 ans, est enceinte. Son voisin Loïc Gall "
	  "l’aide. « Tout est perdu », souffle la jeune femme. « On verra », soupire l’homme.",
	  { { "Plus personne n’y croit.", NULL, QUOTE_SPEECH },
	    { "Tout est perdu", "Amandine Roux", QUOTE_SPEECH },
	    { "On verra", "Loïc Gall", QUOTE_SPEECH } }, 3 },
	{ "sagte die 54-Jährige", "Katrin Böhm (54) und Jan Wolf (61) pendeln täglich. „Das ist "
	  "bitter“, sagte die 54-Jährige. „Das ist schlimm“, sagt der 61-Jährige.",
	  { { "Das ist bitter", "Katrin Böhm", QUOTE_SPEECH },
	    { "Das ist schlimm", "Jan Wolf", QUOTE_SPEECH } }, 2 },
	/* a role set off after a name holds no second name: the three capitalised words after
	 * "of" are all the school, and Ní Dhomhnaill stays the paragraph's subject */
	{ "role of a long name, set off", "Nuala Ní Dhomhnaill, principal of Scoil Inis Caorach, "
	  "told the paper that enrolment had fallen.\n\n\"Every family that leaves takes two "
	  "children with it.\"",
	  { { "Every family that leaves takes two children with it.", "Nuala Ní Dhomhnaill",
	      QUOTE_SPEECH } }, 1 },
	/* a street or road is nobody a pronoun means, possessive or after a modifier */
	{ "a street is nobody", "Alder Street's 240 pupils will be split between two schools."
	  "\n\nMi-rae Lindqvist, whose two children attend Alder Street, told the board that the "
	  "school was the reason they moved.\n\n\"We looked at houses in six towns,\" she said.",
	  { { "We looked at houses in six towns,", "Mi-rae Lindqvist", QUOTE_SPEECH } }, 1 },
	{ "a road is nobody", "\"We hold every front,\" Fire Chief Emeka Obiora said on Monday."
	  "\n\nObiora said crews had pulled back from the eastern flank overnight after flames "
	  "jumped a containment line near State Route 9. \"I am not going to risk crews,\" he said.",
	  { { "We hold every front,", "Emeka Obiora", QUOTE_SPEECH },
	    { "I am not going to risk crews,", "Emeka Obiora", QUOTE_SPEECH } }, 2 },
	/* a crosshead's capitals after a role's modifier are nobody; two ministers of different
	 * portfolios are not one */
	{ "a crosshead is nobody", "Defence chief Tom Reyes met the envoys on Monday.\n\n"
	  "SECURITY CONCERNS\n\n\"Troops will stay where they are,\" he said.",
	  { { "Troops will stay where they are,", "Tom Reyes", QUOTE_SPEECH } }, 1 },
	{ "the foreign minister is not the water minister", "Velmora's water minister, Agnieszka "
	  "Kowal, said the figures would be published.\n\n\"We will use every instrument,\" the "
	  "foreign minister said. \"We will check them,\" the water minister said.",
	  { { "We will use every instrument,", NULL, QUOTE_SPEECH },
	    { "We will check them,", "Agnieszka Kowal", QUOTE_SPEECH } }, 2 },
	/* a role set off after a name and described further holds too */
	{ "a cardiologist who", "\"We were born in that building,\" said Dr. Stavros Galanis, a "
	  "cardiologist who has practised there since 1998.\n\nMaria Lopez, a nurse, agreed.\n\n"
	  "\"They never asked us,\" the cardiologist said.",
	  { { "We were born in that building,", "Stavros Galanis", QUOTE_SPEECH },
	    { "They never asked us,", "Stavros Galanis", QUOTE_SPEECH } }, 2 },
	/* traps for the rules above: an unnamed woman, the UN, an actor called Lane, an
	 * opening phrase before a role, a name after "about" */
	{ "a woman walked in", "Fishmonger Sam Kent opened early. A woman walked in. \"I cannot "
	  "afford it,\" the woman said. \"We need a ceasefire now,\" the UN said.\n\nNathan "
	  "Lane's new play opened on Friday. \"It is a comedy about grief,\" he said.",
	  { { "I cannot afford it,", NULL, QUOTE_SPEECH },
	    { "We need a ceasefire now,", "UN", QUOTE_SPEECH },
	    { "It is a comedy about grief,", "Nathan Lane", QUOTE_SPEECH } }, 3 },
	{ "on Tuesday, mayor of", "On Tuesday, Mayor of Porto Zorvik Peltaq said the derby would "
	  "go ahead.\n\n\"It is safe,\" he said.",
	  { { "It is safe,", "Zorvik Peltaq", QUOTE_SPEECH } }, 1 },
	{ "asked about X, the mayor", "Asked about Joe Hart, the mayor in Fenwick said nothing "
	  "new.\n\n\"Joe is a friend,\" the mayor said.",
	  { { "Joe is a friend,", NULL, QUOTE_SPEECH } }, 1 },
	/* a closing ", X said." is the whole sentence's, whatever an earlier clause cites; a
	 * league's name in it is nobody's words */
	{ "a closing X said", "Harbour Trust chief Ilse Varga spoke on Monday. The trust lost "
	  "$9 million, according to state filings, and its reserves would last \"roughly eleven "
	  "months\" at this rate, Ms. Varga said. Odell coached in the \"Hoops for Hope\" "
	  "league, police said.",
	  { { "roughly eleven months", "Ilse Varga", QUOTE_PARTIAL } }, 1 },
	/* a prefecture is a body that speaks */
	{ "the prefecture", "Ferry operator Lise Aubert said the river was closed. The local "
	  "prefecture has banned boating and said water was tested \"every six hours\".",
	  { { "every six hours", "local prefecture", QUOTE_PARTIAL } }, 1 },
	/* a paragraph that ends with a colon hands its subject to the quotation after it,
	 * past a long opening phrase and another name */
	{ "a paragraph ending in a colon", "Nurse Ada Quist spoke first. \"We want a contract,\" "
	  "Ms. Quist said.\n\nAt a union meeting on Thursday night in the basement of a church "
	  "on Mill Lane near the old Harbour Trust office, she read aloud from testimony:\n\n"
	  "\"The unit delivered 611 babies last year. Where are they supposed to go?\"",
	  { { "We want a contract,", "Ada Quist", QUOTE_SPEECH },
	    { "The unit delivered 611 babies last year. Where are they supposed to go?",
	      "Ada Quist", QUOTE_SPEECH } }, 2 },
	/* "the chief" is the one whose role has "chief" for its head, not a chief executive */
	{ "the chief is no chief executive", "\"The wind writes the rules,\" Fire Chief Tomas "
	  "Okafor said.\n\nHarrow Power chief executive Luis Ortega declined to comment. The "
	  "company's chief executive said the lines were safe.\n\nAt the briefing, the chief "
	  "urged residents to leave.\n\n\"If you are thinking about leaving, leave,\" he said.",
	  { { "The wind writes the rules,", "Tomas Okafor", QUOTE_SPEECH },
	    { "If you are thinking about leaving, leave,", "Tomas Okafor", QUOTE_SPEECH } }, 2 },
	/* a role before "of" and the body it serves, then the name set off */
	{ "the envoy of the council, Name,", "The special envoy of the Council of Riverine "
	  "States, Selin Aksoy, who has mediated since autumn, said she would go on.\n\n"
	  "\"They were brought here to sign,\" Omar Benali said.\n\n\"A walkout is not the "
	  "end,\" the envoy said.",
	  { { "They were brought here to sign,", "Omar Benali", QUOTE_SPEECH },
	    { "A walkout is not the end,", "Selin Aksoy", QUOTE_SPEECH } }, 2 },
	/* a party tag in brackets between the name and the verb */
	{ "X (D-Ore.), the negotiator, told", "\"We had a deal,\" Sen. Margaret Elwood (D-Ore.), "
	  "the lead negotiator, told reporters. \"It is gone,\" Rep. Tom Ruiz (R-Ky.) said.",
	  { { "We had a deal,", "Margaret Elwood", QUOTE_SPEECH },
	    { "It is gone,", "Tom Ruiz", QUOTE_SPEECH } }, 2 },
	/* "the Kentucky Republican" is a member of Congress the story has named */
	{ "the Kentucky Republican", "Sen. Dale Pruett (R-Ky.), who led the objection, said he "
	  "had not seen the text.\n\n\"I will not sign it,\" the Kentucky Republican told "
	  "reporters.",
	  { { "I will not sign it,", "Dale Pruett", QUOTE_SPEECH } }, 1 },
	/* a second role set off after a name that has one adds its words */
	{ "co-author X, a climate scientist", "Co-author Peter Obi, a climate scientist at "
	  "Halden, says the heatwaves were long.\n\nMartin Kessel says he raised the point with "
	  "Obi. \"He took it seriously,\" Kessel says.\n\n\"The threshold moved,\" the climate "
	  "scientist says.",
	  { { "He took it seriously,", "Martin Kessel", QUOTE_SPEECH },
	    { "The threshold moved,", "Peter Obi", QUOTE_SPEECH } }, 2 },
	/* a sister and a brother named Vos: the surname alone, then "she", is the sister */
	{ "siblings with one surname", "On the morning I meet Tamsin Vos, she has been awake "
	  "since four. \"I hate it,\" she says.\n\nHer brother sees it differently. Pieter Vos "
	  "runs a store. \"I stay,\" he says. Pieter Vos straightens the padlocks.\n\n\"Tamsin never talked,\" Ingrid Berg says.\n\nVos has heard "
	  "the criticism, and she does not dispute it.\n\n\"It stays,\" she says.",
	  { { "I hate it,", "Tamsin Vos", QUOTE_SPEECH }, { "I stay,", "Pieter Vos", QUOTE_SPEECH },
	    { "Tamsin never talked,", "Ingrid Berg", QUOTE_SPEECH },
	    { "It stays,", "Tamsin Vos", QUOTE_SPEECH } }, 4 },
	/* Australian councils write "Cr" for councillor */
	{ "Cr for councillor", "Yelbarra mayor Phil Dunn toured the levee. \"It held,\" Cr Dunn "
	  "said.",
	  { { "It held,", "Phil Dunn", QUOTE_SPEECH } }, 1 },
	/* "he" after "X said his cousin Ray had offered" is X; not so after an opening
	 * "Asked whether ..., Tolliver smiled" */
	{ "a subject inside reported speech", "Carl Dempsey runs the bait shop.\n\nDempsey said "
	  "his cousin Ray Holt had offered to help. \"He has a generator,\" he said.\n\n"
	  "Manager Graham Tolliver spoke first. Asked whether he had a preference, Tom Riley "
	  "smiled. \"Whoever it is,\" he said.",
	  { { "He has a generator,", "Carl Dempsey", QUOTE_SPEECH },
	    { "Whoever it is,", "Tom Riley", QUOTE_SPEECH } }, 2 },
	/* traps for the rules above: a verb of the quotation's own before a closing "X said";
	 * a colon after another's words; the head of "Lt. Col."; a party that does not match */
	{ "traps for closing cues, colons, heads, parties", "Councillor Ann Lee spoke first. Lee "
	  "called the plan \"a blank check for developers,\" but the council approved it, "
	  "officials said.\n\nAt the meeting, Mayor Tom Dunn read aloud from the letter Pike "
	  "sent before her death:\n\n\"Please do not close the library.\"\n\nCol. Tom Ruiz "
	  "led the first unit. Lt. Col. Ada Cole led the second. \"We held,\" the colonel "
	  "said.\n\nSen. Dale Pruett (R-Ky.) objected. Sen. Ann Vega (D-Ore.), who drafted the "
	  "bill, said talks would go on.\n\n\"I will not sign it,\" the Kentucky Republican "
	  "told reporters.",
	  { { "a blank check for developers,", "Ann Lee", QUOTE_PARTIAL },
	    { "Please do not close the library.", NULL, QUOTE_SPEECH },
	    { "We held,", "Ada Cole", QUOTE_SPEECH },
	    { "I will not sign it,", "Dale Pruett", QUOTE_SPEECH } }, 4 },
	/* and a surname given its sex, a firm called CR, a role inside a role */
	{ "traps for surnames, CR and roles of roles", "Pieter Vos runs the store. His sister, "
	  "Tamsin Vos, wrote a book.\n\nMayor Ingrid Berg toured the store on Monday. Mr. Vos "
	  "showed her the flood line, and she promised help. \"We will rebuild,\" she said.\n\n"
	  "Glazing firm CR Smith said it would cut jobs. \"We regret it,\" the councillor "
	  "said.\n\nThe spokeswoman of the president of the Council of Riverine States, Ann "
	  "Lee, said talks would resume.\n\n\"We are ready,\" the president said.",
	  { { "We will rebuild,", "Ingrid Berg", QUOTE_SPEECH },
	    { "We regret it,", NULL, QUOTE_SPEECH },
	    { "We are ready,", NULL, QUOTE_SPEECH } }, 3 },
	/* a possessive owner is at hand for a later pronoun, unless someone else is named
	 * before it in its paragraph (the trap: the captain's crew, not the captain) */
	{ "a possessive owner for a pronoun", "Tamsin Ravel makes films.\n\n\"It was hard,\" "
	  "says Ingrid Quist, a friend.\n\n\"Salt Year,\" Ravel's first feature, was admired and "
	  "little seen.\n\n\"That is flattering,\" she says.\n\nSunniva Holt captains the ship. "
	  "\"It is hard,\" says Omar Nasri, a mediator.\n\nIn 2020, Nasri was pulled from the "
	  "sea by Holt's crew.\n\nThe captain admits she forgot him.\n\n\"I was cold,\" he says.",
	  { { "It was hard,", "Ingrid Quist", QUOTE_SPEECH },
	    { "That is flattering,", "Tamsin Ravel", QUOTE_SPEECH },
	    { "It is hard,", "Omar Nasri", QUOTE_SPEECH },
	    { "I was cold,", "Omar Nasri", QUOTE_SPEECH } }, 4 },
	/* a surname alone, two people as often named with it: the first named; "He has
	 * farmed" is a subject though "has" may stand before a verb */
	{ "a surname shared by father and son", "Jerome Lefevre walked between the vines on "
	  "Sunday. He has farmed them for forty years.\n\nLefevre's son Mathis, who runs the "
	  "estate, said the losses were total.\n\n\"It is gone,\" said Mathis Lefevre, 29.\n\n"
	  "Back among his vines, the elder Lefevre said he had not decided.\n\n\"Ask me in a "
	  "month,\" he said.",
	  { { "It is gone,", "Mathis Lefevre", QUOTE_SPEECH },
	    { "Ask me in a month,", "Jerome Lefevre", QUOTE_SPEECH } }, 2 },
	/* a noun and its adjective are one portfolio; two words that only begin alike are not */
	{ "finance chief and chief financial officer", "Ada Holm, chief executive, spoke first. "
	  "Ben Tarr, chief financial officer, said costs rose.\n\nAsked about the sale, Tarr "
	  "declined to be drawn. \"We look at everything,\" the finance chief said.\n\nOmar "
	  "Vik, minister for communications, left early. Rita Sand, the communities minister, "
	  "stayed.\n\n\"We will see,\" the communications minister said.",
	  { { "We look at everything,", "Ben Tarr", QUOTE_SPEECH },
	    { "We will see,", "Omar Vik", QUOTE_SPEECH } }, 2 },
	/* a wire dateline names nobody; "Shares" opening a sentence is no name */
	{ "a dateline", "LONDON/LAGOS, May 14 (Reuters) - Shares in Halden Metals fell 18% on "
	  "Tuesday after the miner shut its refinery, and said its guidance was \"under "
	  "review\".\n\n\"We are sorry,\" Chief Executive Ada Brun said.",
	  { { "under review", NULL, QUOTE_PARTIAL },
	    { "We are sorry,", "Ada Brun", QUOTE_SPEECH } }, 2 },
	/* a body's first word alone is the body; "the company" is no party or hospital */
	{ "a company by its first word, and no hospital", "Halvern Care Group runs nine homes "
	  "in the county.\n\nHalvern said staff would move to \"dynamic rostering\" in May.\n\n"
	  "Lena Holt of the Green Party opposes the plan. Her father was treated at Ostby General "
	  "Hospital.\n\nThe company said it \"remains committed\" to the homes.",
	  { { "dynamic rostering", "Halvern Care Group", QUOTE_PARTIAL },
	    { "remains committed", "Halvern Care Group", QUOTE_PARTIAL } }, 2 },
	/* a subject after "when" inside the sentence is not what the sentence is about; a
	 * Cantonese given name marks where the person begins after a portfolio; Indian
	 * police ranks */
	{ "subordinate subjects, syllabic names, ranks", "Manager Rui Sequeira was unhappy "
	  "about a claim that was waved away when Dayo Fagbemi-Walsh went down. \"I do not speak "
	  "about referees,\" the 46-year-old said.\n\nDirector-General of Civil Aviation Szeto "
	  "Man-kit said: \"Our radar saw drones.\"\n\nSHO Rakesh Yadav said the fire started at "
	  "2 am. Mohan Lal, a neighbour, called for help.\n\n\"It spread fast,\" the SHO said.",
	  { { "I do not speak about referees,", "Rui Sequeira", QUOTE_SPEECH },
	    { "Our radar saw drones.", "Szeto Man-kit", QUOTE_SPEECH },
	    { "It spread fast,", "Rakesh Yadav", QUOTE_SPEECH } }, 3 },
	/* a name set off after "the battery maker," is the business, not a person */
	{ "a business named after its description", "Governor Abubakar Gidado visited Dakwa on "
	  "Thursday. Gidado disclosed that the state had received funds from Kanbari Lithium "
	  "Limited, a subsidiary of the Czech battery maker, Stormvale Batteries.\n\nHe stated, "
	  "\"I want to assure our people.\"\n\n\"We regret it,\" the company said.",
	  { { "I want to assure our people.", "Abubakar Gidado", QUOTE_SPEECH },
	    { "We regret it,", "Stormvale Batteries", QUOTE_SPEECH } }, 2 },
	/* the review's traps for the rules above: an owner in the pronoun's own paragraph; a
	 * surname each named once; a clause of time whose sentence is about no person; an
	 * acronym opening a name; "police" is not "policy"; a person after "the group," */
	{ "review traps: owners, surnames, clauses", "Ines Ravel won the prize. Leda Brant, the "
	  "jury president, spoke after her.\n\nAsked about Ravel's film, she said: \"It is the "
	  "best debut in years.\"\n\nThe firm was founded by Erik Brandt in 1950. His grandson, "
	  "Tomas Brandt, now runs it. \"We keep growing,\" Brandt said.\n\nFirefighter Lena Hart "
	  "was praised. The fire started after Mira Cole left a candle burning. \"I feel "
	  "terrible,\" she said.",
	  { { "It is the best debut in years.", "Leda Brant", QUOTE_SPEECH },
	    { "We keep growing,", "Tomas Brandt", QUOTE_SPEECH },
	    { "I feel terrible,", "Mira Cole", QUOTE_SPEECH } }, 3 },
	{ "review traps: acronyms, portfolios, groups", "UBS Chief Executive Tomas Halder - "
	  "appointed in April - said costs would fall. \"We are in good shape,\" he said.\n\n"
	  "Lem Vasko, policy chief, spoke first. Dara Orr, police chief, spoke next.\n\n\"We need "
	  "more data,\" the policy chief said.\n\nThe deal was signed by the head of the group, "
	  "Mila Sorensen, on Monday. \"It is a big step,\" Sorensen said.",
	  { { "We are in good shape,", "Tomas Halder", QUOTE_SPEECH },
	    { "We need more data,", "Lem Vasko", QUOTE_SPEECH },
	    { "It is a big step,", "Mila Sorensen", QUOTE_SPEECH } }, 3 },
	/* "The minister of water and sanitation, X,": a portfolio np_back reads as no phrase */
	{ "a role with its portfolio set off before a name", "The minister of water and "
	  "sanitation, Thandeka Mokoena, toured the dam on Friday. Engineer Piet Visser showed "
	  "her the cracked wall.\n\n\"We will rebuild it,\" the minister said.",
	  { { "We will rebuild it,", "Thandeka Mokoena", QUOTE_SPEECH } }, 1 },
	/* a Vietnamese middle name follows the family name, which no role word is */
	{ "a Vietnamese name at a sentence start", "Tran Thi Kim Oanh, who sells fish at the "
	  "market, said prices had doubled. \"We cannot live like this,\" she said.\n\n"
	  "Bassist Marguerite Ndour said: \"We play on.\"",
	  { { "We cannot live like this,", "Tran Thi Kim Oanh", QUOTE_SPEECH },
	    { "We play on.", "Marguerite Ndour", QUOTE_SPEECH } }, 2 },
	/* a note in brackets between a title and a name ("DCP (Outer North) X") */
	{ "a note between a title and a name", "\"The shed had no licence,\" DCP (West) K. R. "
	  "Venkatesan said.\n\n\"We were late,\" said Superintendent (Fire) Maria Lopes. The "
	  "shed's owner, Ravi Das (44), was held.",
	  { { "The shed had no licence,", "K. R. Venkatesan", QUOTE_SPEECH },
	    { "We were late,", "Maria Lopes", QUOTE_SPEECH } }, 2 },
	/* "a union official in Wales called": the official, not the place, speaks, and the
	 * place takes no later "he" */
	{ "a role held in a place", "Tomas Brenner, an analyst at Ostrava Capital, spoke on "
	  "Monday.\n\nBrenner said the closure, which a union official in Wales called \"a "
	  "betrayal\", had hurt the shares. \"It will weigh on them,\" he said.",
	  { { "a betrayal", "a union official", QUOTE_PARTIAL },
	    { "It will weigh on them,", "Tomas Brenner", QUOTE_SPEECH } }, 2 },
	/* a quotation standing alone, then a sentence pointing back at it with the speaker's
	 * name; "That was before ..." points at nobody */
	{ "a sentence pointing back at a quotation", "Ines Duarte runs the bakery.\n\n\"We "
	  "never closed, not once.\"\n\nThat is how Marta Sousa, 61, remembers the war years. "
	  "\"Bread was bread,\" she said.\n\n\"It was the end of the town.\" Those were the "
	  "words Rui Costa used at the meeting.\n\n\"Nobody listened.\"\n\nThat was before "
	  "Ines Duarte spoke.",
	  { { "We never closed, not once.", "Marta Sousa", QUOTE_SPEECH },
	    { "Bread was bread,", "Marta Sousa", QUOTE_SPEECH },
	    { "It was the end of the town.", "Rui Costa", QUOTE_SPEECH },
	    { "Nobody listened.", "Rui Costa", QUOTE_SPEECH } }, 4 },
	/* a cooperative is a body: "the cooperative" finds the one named */
	{ "a cooperative speaks", "Growers met at the offices of the Tarn Valley Fruit "
	  "Cooperative on Friday.\n\nThe cooperative said in a statement that it was "
	  "\"deeply concerned\" about the frost.",
	  { { "deeply concerned", "Tarn Valley Fruit Cooperative", QUOTE_PARTIAL } }, 1 },
	/* family names first: "Mr Tan" and "Madam Tan" are told apart by the title's sex */
	{ "a family name first, shared", "Madam Goh Mei Fong, 71, lost her fridge.\n\nHer "
	  "neighbour, Mr Goh Kah Wee, 38, a driver, helped all night. \"We just came out,\" "
	  "said Mr Goh.\n\nMs Ong Bee Lay, 29, said the lift broke. \"We were stuck,\" she "
	  "said.\n\nMadam Goh, meanwhile, has started drying her books. \"Buy new things, my "
	  "grandson says,\" she said.",
	  { { "We just came out,", "Goh Kah Wee", QUOTE_SPEECH },
	    { "We were stuck,", "Ong Bee Lay", QUOTE_SPEECH },
	    { "Buy new things, my grandson says,", "Goh Mei Fong", QUOTE_SPEECH } }, 3 },
	/* an age before the verb of a sentence that quotes in part; an age with a role, its
	 * holder by that age; an age no one was given is nobody's, not the role holder's */
	{ "an age describes the speaker", "Dagny Holm, 41, a shop steward, spoke first. \"We "
	  "stay out,\" Holm said.\n\nThe 41-year-old said the offer was \"an insult to every "
	  "welder\".\n\nThe 41-year-old engineer, who joined in 2004, said the strike was \"far "
	  "from over\".\n\nUnion organiser Erik Holt praised the pickets.\n\nThe 19-year-old "
	  "engineer said he was \"scared for the future\".",
	  { { "We stay out,", "Dagny Holm", QUOTE_SPEECH },
	    { "an insult to every welder", "Dagny Holm", QUOTE_PARTIAL },
	    { "far from over", "Dagny Holm", QUOTE_PARTIAL },
	    { "scared for the future", NULL, QUOTE_PARTIAL } }, 4 },
	/* the review's traps for the rules above: a role held for a person ("the lawyer for
	 * the boy, X,"); a role word before a Vietnamese middle name; a sentence pointing at
	 * a deed, not at words; "Ms Wang", whose family name the table lists as a man's
	 * given name */
	{ "review traps: portfolios, middle names", "The lawyer for the boy, Ayaan Khan, 14, "
	  "told the hearing the school had failed him.\n\n\"He was bullied for months,\" the "
	  "lawyer said.\n\nWang Lili, a nurse, has not left her compound. \"We are running out "
	  "of rice,\" Ms Wang said.",
	  { { "He was bullied for months,", NULL, QUOTE_SPEECH },
	    { "We are running out of rice,", "Wang Lili", QUOTE_SPEECH } }, 2 },
	{ "review traps: pointing back, vloggers", "Vlogger Thị Hoa, whose videos draw "
	  "millions, said she would go on.\n\n\"People want the truth,\" she said.\n\n\"I once "
	  "waited two hours for a bus.\"\n\nThat is what councillor Ada Lin has promised to "
	  "change.",
	  { { "People want the truth,", "Thị Hoa", QUOTE_SPEECH },
	    { "I once waited two hours for a bus.", "Thị Hoa", QUOTE_SPEECH } }, 2 },
	/* a headline quotes in short what the story quotes in full; words scattered over a
	 * longer quotation are no abridgement */
	{ "headline abridges a quotation below", "\u2018We were told it would never flood\u2019: "
	  "anger in Marrow Bay\n\nResidents met on Monday.\n\n\"We were told, again and again, "
	  "that it would never flood,\" said Inés Aarø, 52.",
	  { { "We were told it would never flood", "Inés Aarø", ANY },
	    { "We were told, again and again, that it would never flood,", "Inés Aarø", QUOTE_SPEECH } }, 2 },
	{ "a slogan in a headline is nobody's", "\u2018Make Harbour Great Again\u2019 caps "
	  "banned\n\n\"The caps say Make Harbour Great Again on the front,\" said Ola Brekke.",
	  { { "Make Harbour Great Again", NULL, ANY },
	    { "The caps say Make Harbour Great Again on the front,", "Ola Brekke", QUOTE_SPEECH } }, 2 },
	{ "headline words scattered below", "\u2018The water came up fast\u2019: a street "
	  "remembers\n\n\"The council told us the water never came up in this street, and then "
	  "it did, and fast,\" said Ola Brekke.",
	  { { "The water came up fast", NULL, ANY },
	    { "The council told us the water never came up in this street, and then it did, and fast,",
	      "Ola Brekke", QUOTE_SPEECH } }, 2 },
	/* an unnamed speaker is nobody, not the one quoted before; one who gives a name is
	 * that name, for a later pronoun too */
	{ "an unnamed speaker is nobody", "Alice Berg said the pier was old. \"It is old and "
	  "wet,\" she said.\n\n\"Not again and again,\" said a woman.\n\n\"We will rebuild "
	  "it,\" one man said.",
	  { { "It is old and wet,", "Alice Berg", QUOTE_SPEECH },
	    { "Not again and again,", NULL, QUOTE_SPEECH },
	    { "We will rebuild it,", NULL, QUOTE_SPEECH } }, 3 },
	{ "an unnamed speaker names herself", "Alice Berg said the pier was old. \"It is old "
	  "and wet,\" she said.\n\n\"We ran from it,\" said one woman, who gave her name only "
	  "as Nadia.\n\n\"It was loud,\" she said.",
	  { { "It is old and wet,", "Alice Berg", QUOTE_SPEECH },
	    { "We ran from it,", "Nadia", QUOTE_SPEECH },
	    { "It was loud,", "Nadia", QUOTE_SPEECH } }, 3 },
	/* a document named by its source: the body or the person it comes from speaks */
	{ "a body's statement, a person's letter", "The Lisk Fire Service sent crews.\n\nA fire "
	  "service statement said crews had found \"no sign of arson\".\n\nA Garda statement said "
	  "there had been \"no arrests of note\".\n\nThe Ministry of Water sent pumps. The ministry's "
	  "statement said it was \"ready for more\".\n\nMayor Ann Kerr's letter said the town was "
	  "\"broke and tired\".",
	  { { "no sign of arson", "Lisk Fire Service", QUOTE_PARTIAL },
	    { "no arrests of note", "Garda", QUOTE_PARTIAL },
	    { "ready for more", "Ministry of Water", QUOTE_PARTIAL },
	    { "broke and tired", "Ann Kerr", QUOTE_PARTIAL } }, 4 },
	/* a Korean name is a person even in passing; a family name alone is the namesake the
	 * paragraph has just named, not one named more often before */
	{ "shared Korean family names", "Islands back the pilot\n\nThe nearest doctor to Park "
	  "Soon-ja is a ferry ride away.\n\n\"The boat stopped for nine days,\" Park said.\n\n"
	  "First Vice Minister Kim Jae-won spoke. \"We are sure,\" the vice minister said.\n\n"
	  "Rep. Kim Hye-jin, who sits on the committee, welcomed it. \"It is a pilot budget,\" "
	  "Kim said.",
	  { { "The boat stopped for nine days,", "Park Soon-ja", QUOTE_SPEECH },
	    { "We are sure,", "Kim Jae-won", QUOTE_SPEECH },
	    { "It is a pilot budget,", "Kim Hye-jin", QUOTE_SPEECH } }, 3 },
	/* a Spanish first family name, of someone named since, over a name that ends in it */
	{ "first family name named since", "Economy Minister Carlos Ibáñez Ferrer did not hide "
	  "his unease. \"We will study it,\" he said.\n\nIn the valley, the news alarmed people. "
	  "\"It is a neighbour,\" said the mayor, Montserrat Ferrer Vidal.\n\n\"The decisions are "
	  "made elsewhere,\" Ferrer added.",
	  { { "We will study it,", "Carlos Ibáñez Ferrer", QUOTE_SPEECH },
	    { "It is a neighbour,", "Montserrat Ferrer Vidal", QUOTE_SPEECH },
	    { "The decisions are made elsewhere,", "Montserrat Ferrer Vidal", QUOTE_SPEECH } }, 3 },
	/* Indian court reporting: an advocate's title, and the Bench that speaks */
	{ "an advocate and the Bench", "A Division Bench heard the petitions.\n\n\"The tank is "
	  "held in trust,\" the Bench observed.\n\nSenior Advocate N. Kailasanathan, appearing for "
	  "the firm, argued that it had every licence. \"It cannot be made a scapegoat,\" he said.",
	  { { "The tank is held in trust,", "Bench", QUOTE_SPEECH },
	    { "It cannot be made a scapegoat,", "N. Kailasanathan", QUOTE_SPEECH } }, 2 },
	/* a photo credit names no one a pronoun means; a name described after a comma as
	 * someone of an age or a trade is a person's */
	{ "a photo credit, a described name", "Families wait at the crossing [Dana Rees/Gulf "
	  "Wire]\n\nAmong them was Umm Khaled, a 58-year-old widow from Kafr Dalia.\n\n\"We have "
	  "waited four years,\" she said.",
	  { { "We have waited four years,", "Umm Khaled", QUOTE_SPEECH } }, 1 },
	/* a quotation that ends its sentence ends the subject's search for the colon after */
	{ "a new sentence after a quotation", "Matteo Ferri faced his brother Luca. \"It is "
	  "strange,\" Matteo said. \"He kicked me twice.\" Luca Ferri, speaking later, was less "
	  "amused: \"He will be unbearable at Christmas.\"",
	  { { "It is strange,", "Matteo Ferri", QUOTE_SPEECH },
	    { "He kicked me twice.", "Matteo Ferri", QUOTE_SPEECH },
	    { "He will be unbearable at Christmas.", "Luca Ferri", QUOTE_SPEECH } }, 3 },
	/* the review's traps for this session's rules: a namesake named in passing after the
	 * one meant; "who called X" names X's critic, not X; a name with its role beside a
	 * slash */
	{ "review traps: namesakes, callers, slogans", "President Joe Biden spoke. Biden was "
	  "introduced by first lady Jill Biden. \"We are not done yet,\" Biden said.\n\n\"I'm "
	  "voting for change,\" said one woman, who called Trump a danger.\n\nThe play stars "
	  "writer/director Greta Gerwig. \"I am thrilled,\" Gerwig said. \"Make Harbour Great "
	  "Again is a slogan I hate.\"",
	  { { "We are not done yet,", "Joe Biden", QUOTE_SPEECH },
	    { "I'm voting for change,", NULL, QUOTE_SPEECH },
	    { "I am thrilled,", "Greta Gerwig", QUOTE_SPEECH },
	    { "Make Harbour Great Again is a slogan I hate.", "Greta Gerwig", QUOTE_SPEECH } }, 4 },
	/* "the judge" means the one titled Justice; a name set off after a head no list
	 * knows ("the amicus curiae, advocate X,") speaks, before the cue or after it */
	{ "a justice, an unlisted head", "Writing for the Bench, Justice Indira Vaidehi said the "
	  "court could not wait. \"The bund is failing,\" the judge wrote.\n\n\"It is not enough,\" "
	  "the amicus curiae, advocate G. Hemalatha, told the court.\n\n\"We disagree,\" said the "
	  "court-appointed assessor, Dr Tomas Ruiz.",
	  { { "The bund is failing,", "Indira Vaidehi", QUOTE_SPEECH },
	    { "It is not enough,", "G. Hemalatha", QUOTE_SPEECH },
	    { "We disagree,", "Tomas Ruiz", QUOTE_SPEECH } }, 3 },
	/* the name after "says" inverted after a quotation is the subject a pronoun then
	 * means, though the article never gives that person's sex */
	{ "an inverted speaker as a pronoun's subject", "Sofía Quiñones led the study. \"We were "
	  "surprised,\" she says.\n\n\"It is lovely work,\" says Ingibjörg Þórsdóttir, a "
	  "systems neuroscientist at Northfjord University who was not involved. She cautions that the bats flew one tunnel. "
	  "\"They may have memorised it,\" she says.",
	  { { "We were surprised,", "Sofía Quiñones", QUOTE_SPEECH },
	    { "It is lovely work,", "Ingibjörg Þórsdóttir", QUOTE_SPEECH },
	    { "They may have memorised it,", "Ingibjörg Þórsdóttir", QUOTE_SPEECH } }, 3 },
	/* a relative clause on "whose" after the apposition is passed over as one on "who" */
	{ "an apposition, then whose", "Maj. Gen. Luanne Ostrowski, the adjutant general of the "
	  "Arizona National Guard, whose soldiers have trucked water to Pruett since October, said "
	  "her units could keep up deliveries \"through the summer, but not much longer\" without "
	  "new money.",
	  { { "through the summer, but not much longer", "Luanne Ostrowski", QUOTE_PARTIAL } }, 1 },
	/* the first of two family names alone is a mention of the person, at hand for a role
	 * noun after it, though no entity's last word is that name */
	{ "a paternal surname as a mention", "Its CEO, María Begoña Echeverría Solís, rejected "
	  "the bid.\n\nPieter-Jan Vosselaar, the chief executive of Brenholt, replied. \"It is "
	  "fair,\" he said.\n\nBack at the headquarters, Echeverría insisted that she was not "
	  "closing the door. \"We are not against a deal,\" the CEO said.",
	  { { "It is fair,", "Pieter-Jan Vosselaar", QUOTE_SPEECH },
	    { "We are not against a deal,", "María Begoña Echeverría Solís", QUOTE_SPEECH } }, 2 },
	/* a long participle clause before the subject of a colon; an honorific that opens
	 * the sentence opens its subject, no adverbial to pass over */
	{ "a long participle, an honorific subject", "Pieter-Jan Vosselaar leads Brenholt.\n\n"
	  "Asked by this newspaper whether Brenholt would go straight to shareholders with a "
	  "hostile offer, Vosselaar was brief: \"All options remain on the table.\"\n\nMr Rennie "
	  "declined to say whether the steering had failed, telling reporters it "
	  "would be \"wrong to speculate\" for now.",
	  { { "All options remain on the table.", "Pieter-Jan Vosselaar", QUOTE_SPEECH },
	    { "wrong to speculate", "Rennie", QUOTE_PARTIAL } }, 2 },
	/* a namesake first named as a subject, and quoted, in the paragraph before is the
	 * surname's, not the one named more; not once the other is named after it */
	{ "a namesake from the paragraph before", "Vice Minister Lee Tae-hoon opened the "
	  "clinic. Lee Tae-hoon praised it. Lee Tae-hoon toured it.\n\nProf. Lee Eun-kyung of Hanbit University, who led "
	  "the evaluation, called the results \"mixed\".\n\n\"The sample is small,\" Lee said."
	  "\n\nProf. Lee Min-ji, who ran the clinic, called it \"a success\". Lee Tae-hoon agreed."
	  "\n\n\"It is enough,\" Lee said.",
	  { { "mixed", "Lee Eun-kyung", QUOTE_PARTIAL },
	    { "The sample is small,", "Lee Eun-kyung", QUOTE_SPEECH },
	    { "a success", "Lee Min-ji", QUOTE_PARTIAL },
	    { "It is enough,", "Lee Tae-hoon", QUOTE_SPEECH } }, 4 },
	/* a full name set before a noun after an article is a person's ("a Callum Reid
	 * penalty"), "the Christian Democrat" no one's; a role held for a place no holder is
	 * known for describes the role-less subject just named */
	{ "a name before a noun, a role for a place", "Harwood led after a Callum Reid "
	  "penalty, and the Christian Democrat mayor watched.\n\nReid disagreed. \"He clipped "
	  "my ankle,\" the forward said.\n\nKingsmere defender Liam Ashworth was booked.\n\n"
	  "Hörður Þórisson, 31, has captained Harwood all season. The Iceland defender said the "
	  "room had been \"silent\" after the match.",
	  { { "He clipped my ankle,", "Callum Reid", QUOTE_SPEECH },
	    { "silent", "Hörður Þórisson", QUOTE_PARTIAL } }, 2 },
	/* the role after a role and "to" is the one served: the press secretary is no
	 * governor, whom "the governor" then means; "letters to the Commissioner, X," keep X's */
	{ "a role serving another", "Governor Nnamdi Achugo spoke at noon.\n\nIn a statement, "
	  "the Chief Press Secretary to the state governor, Tunde Alabi-Hassan, said it went "
	  "well. He quoted the governor as saying: \"Criminals will not win.\"\n\nThe elders wrote "
	  "to the Commissioner for Mines, Ngozi Eze, in May. \"They were answered,\" the "
	  "commissioner said.",
	  { { "Criminals will not win.", "Nnamdi Achugo", QUOTE_SPEECH },
	    { "They were answered,", "Ngozi Eze", QUOTE_SPEECH } }, 2 },
	/* "he begins" after a quotation is a cue; "The trial began" before one is none */
	{ "begins as a cue", "Ebersbach, 52, a chemist, waits for the noise to die down. \"I "
	  "understand that you are worried,\" he begins.\n\nThe trial began on Monday. \"It is "
	  "a farce.\"",
	  { { "I understand that you are worried,", "Ebersbach", QUOTE_SPEECH },
	    { "It is a farce.", NULL, QUOTE_SPEECH } }, 2 },
	/* a business set off as "a maker of ..." is the one "the company" means */
	{ "a maker of things", "The leak began at a tank operated by Velmora Chemie, a maker of "
	  "paint thinners and industrial cleaners that employs 400 people.\n\nThe company said "
	  "that \"a quantity of solvent\" had escaped.",
	  { { "a quantity of solvent", "Velmora Chemie", QUOTE_PARTIAL } }, 1 },
	/* the review's traps for this session's rules: a portfolio named Justice is no judge;
	 * a name before a noun is no one a pronoun means; a place on a role someone holds
	 * with none; a second role after "to" and its holder */
	{ "review traps: judges, films, managers, governors", "Secretary for Justice Paul Lam "
	  "spoke.\n\nIn a separate case, a magistrate jailed a protester. \"Your conduct was "
	  "deliberate,\" the judge said.\n\nThe curator, Hélène Duval, spent two years on it. "
	  "Visitors can watch a Grace Kelly film in a small cinema. \"People cry in there,\" she "
	  "said.\n\nManager Steve Clarke watched. Erling Haaland scored for Norway. \"We switched "
	  "off,\" the Scotland manager said.\n\nMaria Lopez was chief of staff to the governor, "
	  "Ron DeSantis, until May. \"She served well,\" the governor said.",
	  { { "Your conduct was deliberate,", NULL, QUOTE_SPEECH },
	    { "People cry in there,", "Hélène Duval", QUOTE_SPEECH },
	    { "We switched off,", "Steve Clarke", QUOTE_SPEECH },
	    { "She served well,", "Ron DeSantis", QUOTE_SPEECH } }, 4 },
	/* a namesake named in passing in the paragraph before; a name set off inside an
	 * opening clause; a city that is a person's first family name */
	{ "review traps: namesakes, clauses, cities", "President Joe Biden signed the bill. Biden "
	  "thanked Congress.\n\nHunter Biden, who had kept a low profile, sat in the front row."
	  "\n\n\"This is a great day,\" Biden said.\n\nAfter talks with the head of human resources, Claire "
	  "Boyd, Mick Lynch was scathing: \"It's an insult.\"\n\nThe CEO, Ainhoa Bilbao "
	  "Etxeberria, sold the plant.\n\nThe union leader Miren Garate said workers were "
	  "stunned. Bilbao voted for the government last year. \"We feel betrayed,\" she said.",
	  { { "This is a great day,", "Joe Biden", QUOTE_SPEECH },
	    { "It's an insult.", "Mick Lynch", QUOTE_SPEECH },
	    { "We feel betrayed,", "Miren Garate", QUOTE_SPEECH } }, 3 },
	/* a role noun as the subject of a clause a pronoun reports is no one a later pronoun
	 * of that sex means before the reporter */
	{ "role in a reported clause", "Councillor Dai Rees's former deputy, Mair Lloyd, called "
	  "the audit \"a whitewash\". She has since left politics.\n\n\"It was ugly,\" says "
	  "Siân Pugh, who chaired the committee. She says the deputy was never heard. \"Nobody "
	  "listened,\" she adds.",
	  { { "a whitewash", "Mair Lloyd", QUOTE_PARTIAL }, { "It was ugly,", "Siân Pugh", QUOTE_SPEECH },
	    { "Nobody listened,", "Siân Pugh", QUOTE_SPEECH } }, 3 },
	/* a business's head in lowercase before its name names the business, which "the
	 * company" finds; not a person whose name opens with a given name */
	{ "head before a business's name", "The ferry operator Nordkyst said on Friday that two "
	  "routes would close.\n\nThe airline pilot Jonas Berg flew the last service. \"It was "
	  "emotional,\" he said.\n\n\"Fuel costs left us no choice,\" the company said.",
	  { { "It was emotional,", "Jonas Berg", QUOTE_SPEECH },
	    { "Fuel costs left us no choice,", "Nordkyst", QUOTE_SPEECH } }, 2 },
	/* a document owned by "his" or "her" is the pronoun's person's */
	{ "his letter", "Fisheries minister Arne Vik met the co-operative on Monday. Its chair, "
	  "Ingrid Aasen, thanked him.\n\nHis letter said the ministry wanted \"a fair deal\".",
	  { { "a fair deal", "Arne Vik", QUOTE_PARTIAL } }, 1 },
	/* a headline quotation of two or three words takes the speaker of a quotation below
	 * that opens with those words; not of one that holds them later */
	{ "short headline quotation", "'Not our fault': ferry firm blames the weather\n\nThe "
	  "Nordkyst ferry ran aground on Friday.\n\n\"It was, frankly, not our fault,\" said "
	  "Arne Vik, the harbour master.\n\n\"Not our fault, and not the crew's,\" said "
	  "Ingrid Aasen, who runs the ferry firm.",
	  { { "Not our fault", "Ingrid Aasen", QUOTE_SPEECH },
	    { "It was, frankly, not our fault,", "Arne Vik", QUOTE_SPEECH },
	    { "Not our fault, and not the crew's,", "Ingrid Aasen", QUOTE_SPEECH } }, 3 },
	/* an honorific makes one word a person the first time the article names them */
	{ "honorific and one word", "The hostages were freed at dawn.\n\nMr Oyelaran met the "
	  "families at the station. \"You are home now,\" he told them.\n\nSome relatives "
	  "were angry. \"Nobody called us,\" one of them said.",
	  { { "You are home now,", "Oyelaran", QUOTE_SPEECH }, { "Nobody called us,", NULL, QUOTE_SPEECH } }, 2 },
	/* the name a copula specifies is whom the sentence is about, for a pronoun after */
	{ "name after a copula", "Dr Halvor Moe wrote the report on the clinic.\n\nThe one "
	  "who keeps the clinic open is Siri, 58, a retired nurse who does the rota. \"Nobody "
	  "else would,\" she said.",
	  { { "Nobody else would,", "Siri", QUOTE_SPEECH } }, 1 },
	/* a Spanish or Portuguese body's head written without its accents */
	{ "unaccented federacion", "The Federacion Andina de Ciclismo said on Monday that the "
	  "stage would be \"neutralised for safety\".",
	  { { "neutralised for safety", "Federacion Andina de Ciclismo", QUOTE_PARTIAL } }, 1 },
	/* a saint's name as a possessive is a church's or a hospital's, no one a pronoun means */
	{ "saint's possessive", "Nurse Maren Tollefsen worked nights for 30 years.\n\nOn Sunday "
	  "Tollefsen walked me past St. Odran's, now boarded up.\n\nWe stood there a while.\n\n"
	  "\"I miss the noise,\" she said.",
	  { { "I miss the noise,", "Maren Tollefsen", QUOTE_SPEECH } }, 1 },
	/* a speaker given an age alone that nobody has is the person the story is about;
	 * not when the article gave that person another age */
	{ "age alone, the story's focus", "Winger Dario Castellan scored twice on Sunday. "
	  "Castellan has now scored in five straight games.\n\nA stoppage-time "
	  "winner from Castellan sealed it.\n\n\"I just hit it,\" the 22-year-old said.",
	  { { "I just hit it,", "Dario Castellan", QUOTE_SPEECH } }, 1 },
	{ "age alone, another age told", "Winger Dario Castellan, 22, scored twice on Sunday. "
	  "Castellan has now scored in five straight games.\n\nA stoppage-time "
	  "winner from Castellan sealed it.\n\n\"I just hit it,\" the 24-year-old said.",
	  { { "I just hit it,", NULL, QUOTE_SPEECH } }, 1 },
	/* a full name named again is the one named so before, not a namesake the surname
	 * alone has meant since */
	{ "full name again, not the namesake", "Jodie Kerslake, 38, and her husband built "
	  "the den.\n\n\"It is cruel,\" Mrs Kerslake said.\n\n\"I built it properly,\" Mr "
	  "Kerslake said.\n\nPictured: Jodie Kerslake at the den.",
	  { { "It is cruel,", "Jodie Kerslake", QUOTE_SPEECH },
	    { "I built it properly,", "Kerslake", QUOTE_SPEECH } }, 2 },
	/* a relative clause with a sum of money in it is passed over to the name */
	{ "relative clause with money", "Prof Ines Kallio, chair of the governors, who took "
	  "over when the school owed €1.2m to the bank, said the vote was \"painful\".",
	  { { "painful", "Ines Kallio", QUOTE_PARTIAL } }, 1 },
	/* a role noun set off as someone who asked not to be named is nobody named later */
	{ "anonymous source", "Talks on the merger resumed on Friday.\n\n\"They will not walk away "
	  "now,\" said the source, who asked not to be identified.\n\nPetra Lindgren, who "
	  "owns 12% of the airline, said she would \"look at any offer\".",
	  { { "They will not walk away now,", NULL, QUOTE_SPEECH },
	    { "look at any offer", "Petra Lindgren", QUOTE_PARTIAL } }, 2 },
	/* the review's traps for this session's rules: a role after "but" is no reported
	 * clause's; a business's head before a name that founded it; an honorific after a
	 * verb; a copula after someone else's possessive */
	{ "review traps: but, founded, Mr Darcy, predecessor", "Council leader Ruth Amos and "
	  "the mayor, Gail Penrose, met the builders.\n\nAmos said the scheme was fine, but the "
	  "mayor was unmoved. \"Show me the sums,\" she said.\n\nBackers put $5m into the "
	  "startup Obinna Eze founded in 2020. \"We began with one laptop,\" Eze said.\n\n"
	  "Hugh Lorrimer, who became famous playing Mr Rochester, is back on stage. \"I was "
	  "terrified,\" he said.\n\nNadia Holm took charge of the trust in May. Her "
	  "predecessor was Jane Hart. \"I am thrilled,\" she said.",
	  { { "Show me the sums,", "Gail Penrose", QUOTE_SPEECH },
	    { "We began with one laptop,", "Obinna Eze", QUOTE_SPEECH },
	    { "I was terrified,", "Hugh Lorrimer", QUOTE_SPEECH },
	    { "I am thrilled,", "Nadia Holm", QUOTE_SPEECH } }, 4 },
	/* a short headline phrase that does not end the first clause of the quotation below;
	 * an age description with an unnamed person of that age at hand */
	{ "review traps: short headline, unnamed age", "'Time to leave': veteran MP stands "
	  "down\n\n\"Time to leave is never a simple call,\" said Colm Farr, the whip.\n\n"
	  "\"Time to leave, after 24 years,\" said Ivo Brent, who is retiring.\n\nIn the park, "
	  "Edna Lyle was robbed. Lyle broke her wrist. Lyle's son called it cowardly.\n\nA "
	  "67-year-old man said he chased the thief. \"He ran off,\" the 67-year-old said.",
	  { { "Time to leave", "Ivo Brent", QUOTE_SPEECH },
	    { "Time to leave is never a simple call,", "Colm Farr", QUOTE_SPEECH },
	    { "Time to leave, after 24 years,", "Ivo Brent", QUOTE_SPEECH },
	    { "He ran off,", NULL, QUOTE_SPEECH } }, 4 },
	/* a nickname in quotation marks inside a name is nobody's speech, and the name runs
	 * on across it: the full name, and a surname alone with a role, make one person */
	{ "nickname inside a name", "Robert \"Bobby\" Tannehill, a trustee since 2009, was "
	  "saddened. \"This should never have become personal,\" Tannehill said.\n\nMa. Lourdes "
	  "\u201cMalou\u201d Ferrer-Ocampo, the treasurer, disagreed. \u201cThe numbers were "
	  "always available,\u201d she said.",
	  { { "This should never have become personal,", "Robert Tannehill", QUOTE_SPEECH },
	    { "The numbers were always available,", "Ma. Lourdes Ferrer-Ocampo", QUOTE_SPEECH } }, 2 },
	/* a document speaks for its source: with a word of its own before it, and not for
	 * whom it was sent to */
	{ "a document's source", "Harriet Vance resigned on Monday.\n\nHer resignation letter "
	  "said: \"I was kept in the dark.\"\n\nMarcus Oyelaran, the chairman, wrote back. His "
	  "letter to the board said: \"We hide nothing.\"\n\nA letter from the chairman to staff "
	  "said: \"We will publish everything.\"\n\nThe police statement said: \"Inquiries "
	  "continue.\"",
	  { { "I was kept in the dark.", "Harriet Vance", QUOTE_SPEECH },
	    { "We hide nothing.", "Marcus Oyelaran", QUOTE_SPEECH },
	    { "We will publish everything.", "Marcus Oyelaran", QUOTE_SPEECH },
	    { "Inquiries continue.", "police", QUOTE_SPEECH } }, 4 },
	/* a quotation after a sentence that opens with a participle ("Asked ...") and reports
	 * someone laughing: the participle has no subject, the later cue has; "boss" is the
	 * manager */
	{ "participle before the cue", "Tomas Paez has won four titles with the club.\n\n"
	  "Asked whether he would stay, he laughed. \"Ask me in May.\"\n\nFenwick Rovers "
	  "manager Tom Kerr named his side.\n\nAsked whether he would rest Kwame Asante, the "
	  "Rovers boss laughed. \"Not a chance.\"",
	  { { "Ask me in May.", "Tomas Paez", QUOTE_SPEECH },
	    { "Not a chance.", "Tom Kerr", QUOTE_SPEECH } }, 2 },
	/* "Ma." is the Filipino "María", kept with its period inside the name */
	{ "Ma. before a given name", "Committee chair Senator Ma. Consuelo Villaseñor opened "
	  "the hearing.\n\n\"Is this all?\" the senator asked.",
	  { { "Is this all?", "Ma. Consuelo Villaseñor", QUOTE_SPEECH } }, 1 },
	/* a generic head ("boss", now hashed as "manager") fits the latest person named with
	 * any role */
	{ "generic head after a synonym", "The bank's chief executive, Dana Whitmore, met "
	  "investors on Monday.\n\n\"We are sound,\" the bank's boss said.",
	  { { "We are sound,", "Dana Whitmore", QUOTE_SPEECH } }, 1 },
	/* "Limited" ends a company's name, which "the company" then finds */
	{ "Limited is a company", "The contractor, Gidanmu Civil Works Limited, which "
	  "rehabilitated the bridge in 2022, has denied liability.\n\nIn a statement, the "
	  "company said the work was \"completed in line with specifications\".",
	  { { "completed in line with specifications", "Gidanmu Civil Works Limited",
	      QUOTE_PARTIAL } }, 1 },
	/* the review's traps for this session's rules: a one-word reply after a verb and the
	 * name it was told to; a title after a full name; a surname Ma ending a sentence */
	{ "review traps: reply, title, Ma", "President Joan Hart phoned Viktor Sorin.\n\nHart "
	  "told Sorin \u201cEnough\u201d Tuesday morning, aides said.\n\nNovelist Clara Hume "
	  "\"Silent Water\" Launch drew hundreds.\n\n\"I wrote it in lockdown,\" Hume said.\n\n"
	  "The group was founded by Jack Ma. Daniel Zhang, its chairman, spoke.\n\n\"We must "
	  "move faster,\" Zhang said.",
	  { { "Enough", "Joan Hart", QUOTE_PARTIAL },
	    { "I wrote it in lockdown,", "Clara Hume", QUOTE_SPEECH },
	    { "We must move faster,", "Daniel Zhang", QUOTE_SPEECH } }, 3 },
	/* a document after "the" and a word of its own is nobody's we can tell; a cue inside
	 * the opening participle's clause is not the main clause's; a manager is not the
	 * boss when someone is called the boss */
	{ "review traps: anonymous letter, clause, boss", "Mayor Owen Pryce faced the "
	  "meeting. \"We hear you,\" Pryce said.\n\nThe anonymous letter said: \"The mayor "
	  "has lied.\"\n\nAsked whether the union's leader, Ken Hale, had told her the strike "
	  "would go ahead, Rita Grant nodded. \"We are still talking.\"\n\nStore manager Karl "
	  "Lentz said staff were upset.\n\nHolm Foods boss Martin Lyle said it was painful.\n\n"
	  "The manager said he would help. \"I won't abandon them.\"",
	  { { "We hear you,", "Owen Pryce", QUOTE_SPEECH },
	    { "The mayor has lied.", NULL, QUOTE_SPEECH },
	    { "We are still talking.", NULL, QUOTE_SPEECH },
	    { "I won't abandon them.", "Karl Lentz", QUOTE_SPEECH } }, 4 },
	/* a document speaks for whoever the words after it say wrote it, not for whoever
	 * "seen by" names, nor for the recipient after a means ("by email to X") */
	{ "document's author", "The letter, sent by email to Mayor Robert Ainsley, said: "
	  "\"Families live with mould.\"\n\nJohn Pell, the driver, apologised.\n\nThe letter, "
	  "signed by Ann Dee and two others, said: \"The rail firm lied.\"\n\nJohn Pell spoke "
	  "first. The memo, seen by the Ledger, says: \"Never.\"\n\nHis apology said: "
	  "\"I am deeply sorry.\"",
	  { { "Families live with mould.", NULL, QUOTE_SPEECH },
	    { "The rail firm lied.", "Ann Dee", QUOTE_SPEECH },
	    { "Never.", "John Pell", QUOTE_SPEECH },
	    { "I am deeply sorry.", "John Pell", QUOTE_SPEECH } }, 4 },
	/* a trade's word ends a company's name, which "the company" finds */
	{ "the company: a trade's word", "The Harlow pit is operated by Karsten "
	  "Lithium. \"We take safety seriously,\" the company said.",
	  { { "We take safety seriously,", "Karsten Lithium", QUOTE_SPEECH } }, 1 },
	/* a portfolio of five words, one a modifier ending like a verb, before the name */
	{ "said the minister for Europe and foreign affairs, X", "Karinform announced it.\n\n"
	  "\u201cThey are free,\u201d said the minister for Europe and foreign affairs, "
	  "H\u00e9l\u00e8ne Vasseur-Lagarde, at a press conference.",
	  { { "They are free,", "H\u00e9l\u00e8ne Vasseur-Lagarde", QUOTE_SPEECH } }, 1 },
	/* a participle's clause opening the sentence names nobody; a surname ending like a
	 * participle still speaks */
	{ "opening participle clauses", "Interior Minister Ivan Petrov visited the dam.\n\n"
	  "Speaking later at a press conference, the minister defended the plan: \"The alert "
	  "was sent.\"\n\nReached by telephone by Le Monde, Erjan Saparbaev, the foreign "
	  "minister, spoke of a \"sovereign decision\" and denounced the \"campaign of lies\" in "
	  "the press.\n\nManning later "
	  "defended the plan: \"Maybe.\"",
	  { { "The alert was sent.", "Ivan Petrov", QUOTE_SPEECH },
	    { "campaign of lies", "Erjan Saparbaev", ANY },
	    { "Maybe.", "Manning", QUOTE_SPEECH } }, 3 },
	/* an acronym in brackets inside the role set off after the name */
	{ "name, role (ACRONYM), told", "In Bir Saraf, schools have become shelters.\n\n"
	  "\u201cThe needs are enormous,\u201d Park Ji-yeon, country director of the "
	  "International Relief Committee (IRC), told Al Jazeera by phone.",
	  { { "The needs are enormous,", "Park Ji-yeon", QUOTE_SPEECH } }, 1 },
	/* a unit of government, "of" and a place is a body; a spokesperson's role after a
	 * body's name leaves the person the speaker */
	{ "the City of X; Ministry of X spokeswoman Y", "A water main broke on Elm Street.\n\n"
	  "\"Crews are working around the clock,\" the City of Millbrook said.\n\n"
	  "\"No one was hurt,\" Ministry of Works spokeswoman Ann Dee said.\n\n"
	  "\"We will help,\" Port of Haldra spokesman Tim Berg said.",
	  { { "Crews are working around the clock,", "City of Millbrook", QUOTE_SPEECH },
	    { "No one was hurt,", "Ann Dee", QUOTE_SPEECH },
	    { "We will help,", "Tim Berg", QUOTE_SPEECH } }, 3 },
	/* a role's lowercase portfolio after "of", in an apposition: "the minister" finds them */
	{ "Name, the minister of lowercase portfolio,", "Lee Jung-sik, the minister of employment "
	  "and labor, visited the site and said the ministry had sent inspectors.\n\n"
	  "\"Growth cannot cost lives,\" the minister said.",
	  { { "Growth cannot cost lives,", "Lee Jung-sik", QUOTE_SPEECH } }, 1 },
	/* an official from, at or with a body speaks for it, as a spokesperson does; a nurse
	 * at a hospital does not */
	{ "an official from the X said", "A fire broke out.\n\n\"We have the footage,\" an "
	  "official from the Dongjin Police Agency said.\n\n\"It is safe,\" said a senior "
	  "official at the Ministry of Health.\n\n\"We were scared,\" said a nurse at the "
	  "hospital.",
	  { { "We have the footage,", "Dongjin Police Agency", QUOTE_SPEECH },
	    { "It is safe,", "Ministry of Health", QUOTE_SPEECH },
	    { "We were scared,", NULL, QUOTE_SPEECH } }, 3 },
	/* bodies by their head word: a forum, a guild, a panel */
	{ "the forum said", "The Digital Payments Operators Forum (DPOF), an industry body, urged "
	  "the bank to act.\n\n\"The framework places an unsustainable burden on us,\" the forum "
	  "said in a statement.",
	  { { "The framework places an unsustainable burden on us,", "Digital Payments Operators Forum",
	      QUOTE_SPEECH } }, 1 },
	/* a quotation, then "That was the verdict of X", "the closing words of X's memo": the
	 * noun says they are X's words, whatever X does next */
	{ "that was the verdict of X", "The club was angry.\n\n\"It is a disgrace.\" That was "
	  "the verdict of Thornbury captain Marcus Ellery, who had to be pulled away by "
	  "teammates.\n\n\"We will come out of this leaner.\" Those were the closing words of "
	  "Oluwaseun Adebayo's memo, which he signed simply \"Seun\".",
	  { { "It is a disgrace.", "Marcus Ellery", QUOTE_SPEECH },
	    { "We will come out of this leaner.", "Oluwaseun Adebayo", QUOTE_SPEECH } }, 2 },
	/* "the Rotterdam-based company": a place made an adjective names no body */
	{ "the X-based company said", "Noordwal Chemie NV rejected a takeover proposal.\n\n"
	  "The proposal \"does not reflect the value of Noordwal,\" the Rotterdam-based company "
	  "said in a statement.",
	  { { "does not reflect the value of Noordwal,", "Noordwal Chemie NV", ANY } }, 1 },
	/* review traps for the rules above: a role word inside a body's name; a title the
	 * table does not list after "Town of X"; a former minister's apposition; an official
	 * of a body nobody named; a noun that is no one's words */
	{ "review traps: bodies, ministers, officials, legacies", "\"We will appeal,\" the "
	  "Ministry of Justice said.\n\n\"Taxes stay flat,\" Town of Hempstead Clerk Kate "
	  "Murray said.\n\nFinance Minister Kim Moon-soo presented the budget. Lee Jung-sik, the "
	  "former minister of employment and labor, criticised it.\n\n\"The budget is sound,\" "
	  "the minister said after the vote.\n\n\"We knew nothing,\" said an official at a rival "
	  "supplier.",
	  { { "We will appeal,", "Ministry of Justice", QUOTE_SPEECH },
	    { "Taxes stay flat,", "Clerk Kate Murray", QUOTE_SPEECH },
	    { "The budget is sound,", "Kim Moon-soo", QUOTE_SPEECH },
	    { "We knew nothing,", "an official", QUOTE_SPEECH } }, 4 },
	{ "review traps: that is the legacy of X", "Dave Hollis, a miner, said: \"It was hard.\""
	  "\n\n\"Her policies destroyed this town.\" That is the legacy of Margaret Thatcher in "
	  "the valley.",
	  { { "It was hard.", "Dave Hollis", QUOTE_SPEECH },
	    { "Her policies destroyed this town.", "Dave Hollis", QUOTE_SPEECH } }, 2 },
	/* a headline in sentence case: "Chemical company fined" is a description when the
	 * article writes "chemical" in lowercase too, a name when it never does ("Ostrian") */
	{ "sentence-case headline, then the company said", "Chemical company fined after river "
	  "spill\n\nThe chemical levels of the Arle rose for a week.\n\nA spokesperson for Arle "
	  "Valley Trust said: \"We are sorry.\"\n\nThe company said the leak had been \"brief and "
	  "contained\".\n\nOstrian central bank holds rates\n\nThe bank said inflation had \"come "
	  "down a long way\".",
	  { { "We are sorry.", "Arle Valley Trust", QUOTE_SPEECH },
	    { "brief and contained", "Arle Valley Trust", ANY },
	    { "come down a long way", "Ostrian central bank", ANY } }, 3 },
	/* a role set off after a name that is an object ("according to X, a spokeswoman for
	 * Y.") is X's when it runs verbless to the full stop; not when a verb follows */
	{ "according to X, a spokeswoman for Y.", "The ferry ran aground, according to Ilse "
	  "Brandvold, a spokeswoman for the Coastal Administration.\n\n\"Nobody was hurt,\" the "
	  "spokeswoman told reporters.\n\nAsked about Joe Hart, a spokesman for the club said: "
	  "\"He is fine.\"",
	  { { "Nobody was hurt,", "Ilse Brandvold", QUOTE_SPEECH },
	    { "He is fine.", NULL, QUOTE_SPEECH } }, 2 },
	/* verbs of praise, blame and thanks bring a fragment of the subject's words */
	{ "thanked, praises, apologised for a fragment", "Harbour master Lise Aamodt thanked the "
	  "crews for their \"calm and courage\".\n\nIn his memoir, Piet Vos praises the "
	  "\"quiet discipline\" of the crews.\n\nMinister Odd Hauge apologised for \"any distress "
	  "caused\".",
	  { { "calm and courage", "Lise Aamodt", QUOTE_PARTIAL },
	    { "quiet discipline", "Piet Vos", QUOTE_PARTIAL },
	    { "any distress caused", "Odd Hauge", QUOTE_PARTIAL } }, 3 },
	/* two fragments of one sentence share its speaker across a place named after "at";
	 * not across a person after "for" */
	{ "fragments share a speaker across \"at Place\"", "The Harbour Board said it had "
	  "carried out \"detailed checks\" at Fenby Quay and found that repairs were \"no longer "
	  "sustainable\".\n\nAnn Dee called the plan \"sound\", but for Bo Lind it was "
	  "\"reckless\".",
	  { { "detailed checks", "Harbour Board", QUOTE_PARTIAL },
	    { "no longer sustainable", "Harbour Board", QUOTE_PARTIAL },
	    { "sound", "Ann Dee", QUOTE_PARTIAL } }, 3 },
	/* "a spokeswoman said", for nobody named: the body that was the latest subject; not
	 * when a person was */
	{ "a spokeswoman for the body just the subject", "The Tessel Shipping Company says it "
	  "is reviewing the contract. A spokeswoman said the firm was \"in close contact\" with "
	  "the port.\n\nThe Ministry of Works announced cuts on Monday. Union leader Ann Dee was "
	  "furious.\n\n\"It is a disgrace,\" a spokesman said.",
	  { { "in close contact", "Tessel Shipping Company", QUOTE_PARTIAL },
	    { "It is a disgrace,", NULL, QUOTE_SPEECH } }, 2 },
	/* "the MD": the managing director, as "the CEO" is the chief executive; not the
	 * degree after a name */
	{ "the MD said", "\"We will finish in March,\" Harbour Metro managing director Vikram "
	  "Patil told reporters.\n\nThe mayor was unhappy.\n\n\"There is no pressure on us,\" the "
	  "MD said.\n\n\"I am fine,\" said Jane Roe, MD, a surgeon.",
	  { { "We will finish in March,", "Vikram Patil", QUOTE_SPEECH },
	    { "There is no pressure on us,", "Vikram Patil", QUOTE_SPEECH },
	    { "I am fine,", "Jane Roe", QUOTE_SPEECH } }, 3 },
	/* where a body is based is no word of its name */
	{ "Doha-based X said", "Doha-based Nahr Capital, which owns ports in Spain, said it was "
	  "\"deeply disappointed\".",
	  { { "deeply disappointed", "Nahr Capital", ANY } }, 1 },
	/* review traps for the rules above: a person after a participle's object; a place
	 * of three capitals holding a name; two bodies before "a spokesman said" */
	{ "review traps: in Place Name, X sued Y, asked about X", "Ann Dee called the plan "
	  "\"sound\", but in Fenby Bo Lind thought it \"reckless\".\n\nHarbour Brewing Company "
	  "sued Cask & Barrel Ltd on Monday. \"The claim has no merit,\" a spokesman said.\n\n"
	  "Asked about Joe Hartley, a spokesman for the club hung up.\n\n\"Joe has our full "
	  "support,\" the spokesman said.",
	  { { "sound", "Ann Dee", QUOTE_PARTIAL },
	    { "The claim has no merit,", NULL, QUOTE_SPEECH },
	    { "Joe has our full support,", NULL, QUOTE_SPEECH } }, 3 },
	/* a Welsh patronymic "ap" is a name particle; a place that opens with a point of the
	 * compass is no person a pronoun can mean, and a body named so speaks as one */
	{ "Cllr Siân ap Rhys; in Tarn, South Wales; Northern Fells Water", "Councillor Siân ap "
	  "Rhys said she was \"not out to catch anyone\".\n\nOwen Bryn runs a farm near Tarn, "
	  "South Wales, where the river flooded.\n\n\"We lost everything,\" he said.\n\n"
	  "Northern Fells Water apologised on Monday. \"We got it wrong,\" it said.",
	  { { "not out to catch anyone", "Siân ap Rhys", QUOTE_PARTIAL },
	    { "We lost everything,", "Owen Bryn", QUOTE_SPEECH },
	    { "We got it wrong,", "Northern Fells Water", QUOTE_SPEECH } }, 3 },
	/* "Mr. Mansouri" is "Khalid al-Mansouri"; a body named as an owner ("Qatari-backed
	 * Nahr Capital’s offer") is the one its first word alone names, and no "he" */
	{ "al-Mansouri is Mr. Mansouri; Nahr Capital’s offer, then Nahr said", "Headline\n\n"
	  "The minister blocked Qatari-backed Nahr Capital\xe2\x80\x99s offer for the port.\n\n"
	  "Nahr said it was \"deeply disappointed\". Khalid al-Mansouri, its chief executive, "
	  "was in Doha.\n\n\"We will appeal,\" Mr. Mansouri said.\n\nAsked whether Nahr would "
	  "sue, he said lawyers were \"studying all options\".",
	  { { "deeply disappointed", "Nahr Capital", ANY },
	    { "We will appeal,", "Khalid al-Mansouri", QUOTE_SPEECH },
	    { "studying all options", "Khalid al-Mansouri", QUOTE_PARTIAL } }, 3 },
	/* "Co." heads a company's name, which "the company" means before a government body
	 * that spoke; a subject with a company's form stays; "Co Donegal" is a county */
	{ "the company is Products Co., not the Directorate; Chemie NV stays the subject",
	  "Headline\n\nThe fire spread \"within seconds\", according to the Civil Defence "
	  "Directorate, which said 17 died.\n\nThe depot is run by the state-owned Delta Fuel "
	  "Products Co., which supplies diesel. The company said it had \"suspended loading\" "
	  "there.\n\nVeldhaven Chemie NV rejected an offer from Hanmir Materials Co. on Monday."
	  "\n\nThe offer was \"far too low\", the Rotterdam-based company said.\n\nTom Kerr of "
	  "Co Donegal was \"shocked\", he said.",
	  { { "within seconds", "Civil Defence Directorate", ANY },
	    { "suspended loading", "Delta Fuel Products Co.", ANY },
	    { "far too low", "Veldhaven Chemie NV", ANY },
	    { "shocked", "Tom Kerr", ANY } }, 4 },
	/* a quotation without a cue, then a sentence that opens on someone new as a verb's
	 * subject, who then speaks: theirs, in the same paragraph or the next when nobody
	 * else's; a quotation that continues a speaker stays theirs */
	{ "'...' Hadi Kerem, 52, lives nearby; a continued quote, then a newcomer",
	  "Headline\n\n\"I keep a bag in the car now.\"\n\nDana Orlov is 34 weeks pregnant. "
	  "She says the pass scares her.\n\n\"It sounded like the end of the world.\" Hadi "
	  "Kerem, 52, who lives by the depot, ran outside. He said the windows broke.\n\n\"We will rebuild,\" said Mayor Ivo Brandt.\n\n\"It will take years.\""
	  "\n\nLena Voss, a baker, is less sure.",
	  { { "I keep a bag in the car now.", "Dana Orlov", QUOTE_SPEECH },
	    { "It sounded like the end of the world.", "Hadi Kerem", QUOTE_SPEECH },
	    { "We will rebuild,", "Ivo Brandt", QUOTE_SPEECH },
	    { "It will take years.", "Ivo Brandt", QUOTE_SPEECH } }, 4 },
	/* review traps: a newcomer who only does something is whom the quotation is about,
	 * not who said it (a defendant, the dead of a tribute) */
	{ "review traps: '...' X, 45, denies murder; a tribute, then X, 16, died",
	  "Headline\n\n\"She lit up every room.\"\n\nAisha Rahman, 16, died in hospital on "
	  "Sunday.\n\nProsecutor Helen Ward told the jury the man was attacked at home. \"He "
	  "never stood a chance,\" she said.\n\n\"The defendant acted with cruelty.\" Michael "
	  "Dunn, 45, of Bradford, denies murder.",
	  { { "She lit up every room.", NULL, QUOTE_SPEECH },
	    { "He never stood a chance,", "Helen Ward", QUOTE_SPEECH },
	    { "The defendant acted with cruelty.", "Helen Ward", QUOTE_SPEECH } }, 3 },
	/* German business compounds ("-technik", "-werke", "-kasse") name a body, which "the
	 * company" then means; a family name of that shape alone is no compound ("Kammer") */
	{ "Kessler Antriebstechnik, the company cited", "Headline\n\nKessler Antriebstechnik "
	  "announced on Monday that it would close the plant.\n\nIn a statement, the company "
	  "cited \"a dramatic decline in demand\".\n\n\"We are stunned,\" said Hans Kammer, a "
	  "welder.",
	  { { "a dramatic decline in demand", "Kessler Antriebstechnik", ANY },
	    { "We are stunned,", "Hans Kammer", QUOTE_SPEECH } }, 2 },
	/* review traps: a place by the compass takes no "it" from the body before; "the
	 * company" is not a body with a company's form named in passing, nor "Mayo Co Co", a
	 * county council */
	{ "review traps: it after 'in Leeds, West Yorkshire'; a Ltd in passing; Co Co",
	  "Headline\n\nHarland Textiles said on Tuesday it would cut jobs at its mill in "
	  "Huddersfield, West Yorkshire.\n\n\"Orders have fallen,\" it said.\n\nHarwell Mining, "
	  "which sells ore to smelter Tarrant Metals Ltd, said the mine would reopen.\n\n\"The "
	  "damage is less than we feared,\" the company said.\n\nMayo Co Co was fined on "
	  "Monday. \"We lost a harvest,\" the company said.",
	  { { "Orders have fallen,", "Harland Textiles", QUOTE_SPEECH },
	    { "The damage is less than we feared,", "Harwell Mining", QUOTE_SPEECH },
	    { "We lost a harvest,", "Harwell Mining", QUOTE_SPEECH } }, 3 },
	/* a family name that opens on a lowercase particle, written without its given name,
	 * before or after the cue; not a number before a people or a party ("ten Labour MPs",
	 * "ten Ukrainians") */
	{ "'...,' van der Berg said; said de Souza; ter Horst said; not ten Labour MPs",
	  "Headline\n\n\"The vote was rigged,\" ten Labour MPs said in a letter.\n\n\"It is a "
	  "disgrace,\" said de Souza, a fisherman.\n\nJeroen van der Berg, the coach, was calm. "
	  "\"We lost,\" van der Berg said.\n\n\"A fine result,\" ter Horst said. \"We stay,\" "
	  "ten Ukrainians told reporters.",
	  { { "The vote was rigged,", NULL, QUOTE_SPEECH },
	    { "It is a disgrace,", "de Souza", QUOTE_SPEECH },
	    { "We lost,", "Jeroen van der Berg", QUOTE_SPEECH },
	    { "A fine result,", "ter Horst", QUOTE_SPEECH } }, 4 },
	/* "the statement said" means who issued the statement, not the last subject named
	 * ("the company said the hospital delivered ..."); "read" is a cue after a document;
	 * a participle's compound before a name is no verb ("The state-owned X said") */
	{ "In a statement, the company said the hospital ...; the statement read",
	  "Headline\n\nThe Marrow Valley hospital is owned by Tessaly Health Partners, a nonprofit "
	  "group. In a written statement to reporters, the company said the hospital delivered "
	  "62 babies last year.\n\n\"Safe care needs more staff,\" the statement said.\n\nThe "
	  "state-owned Orvane Fuel Company said in a statement that it had halted work.\n\n"
	  "\"We extend our condolences to the families,\" the statement read.",
	  { { "Safe care needs more staff,", "Tessaly Health Partners", QUOTE_SPEECH },
	    { "We extend our condolences to the families,", "Orvane Fuel Company", QUOTE_SPEECH } }, 2 },
	/* a German article after a full name is the object's ("sagte X den Reportern"), not
	 * the particle of a Dutch name ("Kees den Hartog") */
	{ "sagte Jens Kalb den Reportern; Anna Roth der Zeitung; Kees den Hartog",
	  "Schlagzeile\n\n\u201eWir bleiben hier\u201c, sagte Bürgermeister Jens Kalb den "
	  "Reportern.\n\n\u201eDas ist ein guter Tag\u201c, sagte Anna Roth der Zeitung.\n\n"
	  "\"We won,\" said Kees den Hartog.",
	  { { "Wir bleiben hier", "Jens Kalb", QUOTE_SPEECH },
	    { "Das ist ein guter Tag", "Anna Roth", QUOTE_SPEECH },
	    { "We won,", "Kees den Hartog", QUOTE_SPEECH } }, 3 },
	/* a family name with its particles and no given name ("Van Rijn") is the full name
	 * named later; the object of a phrasal verb ("singled out X") is no subject, whom "the
	 * Dutchman" would mean; a newcomer brought in by a role right after a cue-less
	 * quotation said it */
	{ "Van Rijn hails; singled out Tom Hale; Mill Town manager Gary Pell did not ...",
	  "Van Rijn hails 'ruthless' Harbour side\n\nHarbour beat Mill Town 3-1 on Saturday.\n\n"
	  "Harbour head coach Joost van Rijn told reporters: \"We were ruthless today.\"\n\nVan "
	  "Rijn also singled out Tom Hale for praise. The Dutchman described the midfielder as "
	  "\"the heart of the team\".\n\n\"We gave them a goal and then a game.\" Mill Town "
	  "manager Gary Pell did not look for excuses after the defeat.",
	  { { "ruthless", "Joost van Rijn", ANY },
	    { "We were ruthless today.", "Joost van Rijn", QUOTE_SPEECH },
	    { "the heart of the team", "Joost van Rijn", ANY },
	    { "We gave them a goal and then a game.", "Gary Pell", QUOTE_SPEECH } }, 4 },
	/* "the striker" is the current one, just named as a subject, not "Former Harbour
	 * striker Sean Holl"; a retired judge is still "the judge" when nobody else is, and
	 * "the dean" is the one named with that title */
	{ "Former striker Sean Holl; Kouassi, 24, ... the striker; retired judge; Dean Sarah Jones",
	  "Headline\n\nFormer Harbour striker Sean Holl watched from the stand. \"Harbour were "
	  "the better side,\" Holl said.\n\nJean Kouassi, 24, has now scored nine goals this "
	  "season.\n\n\"I have never heard a noise like that,\" the striker told reporters.\n\n"
	  "Retired judge Ann Vale spoke at the dinner. \"Justice is slow,\" the judge said.\n\n"
	  "Dean Sarah Jones of the law school said fees would rise. \"We have no choice,\" the "
	  "dean said.",
	  { { "Harbour were the better side,", "Sean Holl", QUOTE_SPEECH },
	    { "I have never heard a noise like that,", "Jean Kouassi", QUOTE_SPEECH },
	    { "Justice is slow,", "Ann Vale", QUOTE_SPEECH },
	    { "We have no choice,", "Sarah Jones", QUOTE_SPEECH } }, 4 },
	/* "which" hangs on a body: a name with a relative clause of "which" that then speaks
	 * is one, which "the company" means; a place with one is no speaker for "it" */
	{ "Talas Capital, which has interests in ..., said; the company; Kiev, which ...",
	  "Headline\n\nOrda Bank sued the tycoon in London on Monday.\n\nTalas Capital, which has "
	  "interests in grain trading, cement and port logistics, said its operations were "
	  "unaffected.\n\n\"The group is solvent,\" the company said in a separate statement.\n\n"
	  "Kiev, which was shelled overnight, remains calm.\n\n\"It was quiet,\" it said.",
	  { { "The group is solvent,", "Talas Capital", QUOTE_SPEECH },
	    { "It was quiet,", NULL, QUOTE_SPEECH } }, 2 },
	/* a general noun means the holder of a narrower role ("the tycoon" a businessman, "the
	 * lawmaker" an assemblywoman), never the other way ("the senator" is nobody here);
	 * "alleges" is a verb of speech */
	{ "businessman ... the tycoon; Assemblywoman ... the lawmaker; the senator; the bank alleges",
	  "Headline\n\nKazakh businessman Orken Baimagambetov was in court. \"I am innocent,\" "
	  "the tycoon said.\n\nAssemblywoman Dana Whitfield opposed the bill. \"It is a disgrace,\" the "
	  "lawmaker said.\n\n\"We will see,\" the senator said.\n\nThe bank alleges that the "
	  "loans went to firms \"owned by his family\".",
	  { { "I am innocent,", "Orken Baimagambetov", QUOTE_SPEECH },
	    { "It is a disgrace,", "Dana Whitfield", QUOTE_SPEECH },
	    { "We will see,", NULL, QUOTE_SPEECH },
	    { "owned by his family", "The bank", ANY } }, 4 },
	/* a preposition opening the sentence is no name; inside one it may be ("Institute
	 * for Near Eastern Antiquity") */
	{ "Near the end of our day, I asked her the question ...: (nobody); Institute for Near",
	  "Headline\n\n\xe2\x80\x9cShe forgets,\xe2\x80\x9d Bram says.\n\nNear the end of our "
	  "second day, I asked her the question I suspected she had heard a hundred times: "
	  "\xe2\x80\x9cWould you take it?\xe2\x80\x9d\n\nThe Institute for Near Eastern Studies "
	  "said: \"We are relieved.\"",
	  { { "She forgets,", "Bram", QUOTE_SPEECH },
	    { "Would you take it?", NULL, QUOTE_SPEECH },
	    { "We are relieved.", "Institute for Near Eastern Studies", QUOTE_SPEECH } }, 3 },
	/* a surname alone after a namesake is introduced and quoted at length (over two
	 * paragraphs) is the newcomer, though the other was named more */
	{ "Kim Sang-woo x2; Kim Young-ho waited; a quotation over two paragraphs; Kim said",
	  "Headline\n\n\"The fire began upstairs,\" Kim Sang-woo, the fire chief, said.\n\n"
	  "About 35,000 cells were stored there, Kim said.\n\nKim Young-ho, whose brother died, "
	  "waited outside the hospital.\n\n\"He called me last week.\n\n\"Now I want to know "
	  "why,\" Kim said.",
	  { { "The fire began upstairs,", "Kim Sang-woo", QUOTE_SPEECH },
	    { "He called me last week.", "Kim Young-ho", QUOTE_SPEECH },
	    { "Now I want to know why,", "Kim Young-ho", QUOTE_SPEECH } }, 3 },
	/* the namesake called by a role noun since ("not related to the utilities director")
	 * is not named again: the surname alone is still the newcomer's; not when the role
	 * noun is a clause's subject ("The utilities director said"), which the reader has
	 * in mind */
	{ "Director Dale Peterson; Karen Peterson ... not related to the director; Peterson said",
	  "Headline\n\n\"It's a big one,\" Utilities Director Dale Peterson said. Peterson says "
	  "crews are at work.\n\nKaren Peterson, who lives nearby, said water ran \"like a "
	  "creek\". She is not related to the utilities director.\n\n\"I looked out the "
	  "window,\" Peterson said.",
	  { { "It's a big one,", "Dale Peterson", QUOTE_SPEECH },
	    { "like a creek", "Karen Peterson", ANY },
	    { "I looked out the window,", "Karen Peterson", QUOTE_SPEECH } }, 3 },
	/* a sentence after a cue-less quotation that points back at the words names who said
	 * them: "X made the pledge", "With this message, ..., X alluded" */
	{ "\"...\" Hnatiuk made the pledge; \"...\" With this message, posted on X, V.-L. alluded",
	  "Headline\n\nThe mayor, Serhii Hnatiuk, visited the plant. \"We are cold,\" said Olena "
	  "Bondar, a resident.\n\n\xe2\x80\x9cHeat will return to every home.\xe2\x80\x9d Hnatiuk "
	  "made the pledge in a video address.\n\n\xe2\x80\x9c" "France will not forget them."
	  "\xe2\x80\x9d With this message, posted on X shortly after the announcement, H\xc3\xa9l"
	  "\xc3\xa8ne Vasseur-Lagarde alluded to three other prisoners.",
	  { { "We are cold,", "Olena Bondar", QUOTE_SPEECH },
	    { "Heat will return to every home.", "Serhii Hnatiuk", QUOTE_SPEECH },
	    { "France will not forget them.", "H\xc3\xa9l\xc3\xa8ne Vasseur-Lagarde", QUOTE_SPEECH } }, 3 },
	/* a "which" after a body that is a preposition's object hangs on the body, not on the
	 * speaker named before the apposition; after a body set off alone it is the body's */
	{ "X, a partner at Y, which ..., said; The owner, Orla Capital, which ..., said",
	  "Headline\n\nRonke Adesanya, a partner at Lagos-based Kestrel Ventures, which is not an "
	  "investor in Zenora Pay, said founders faced \"very different conversations\" now.\n\n"
	  "The owner, Orla Capital, which bought the site in 2019, said the deal was \"dead in "
	  "the water\".",
	  { { "very different conversations", "Ronke Adesanya", ANY },
	    { "dead in the water", "Orla Capital", ANY } }, 2 },
	/* the object of a verb after a modal ("will assess the defender") is no subject: "he"
	 * means the paragraph's subject, not the defender named earlier */
	{ "defender Tobi Okafor; Pellow was concerned ...; will assess the defender; he said",
	  "Headline\n\nThornbury defender Tobi Okafor was booked. \"For me, it was a penalty,\" "
	  "said Kingsmere manager Gareth Pellow.\n\nPellow, meanwhile, was more concerned about "
	  "left-back Jamie Reddin. The club will assess the defender on Monday. \"It does not look "
	  "great, if I am honest,\" he said.",
	  { { "For me, it was a penalty,", "Gareth Pellow", QUOTE_SPEECH },
	    { "It does not look great, if I am honest,", "Gareth Pellow", QUOTE_SPEECH } }, 2 },
	/* "according to X," right before a quotation that ends its sentence is its cue, not
	 * the next sentence's "Management says" */
	{ "The package is, according to Öztürk, \"...\" Management says it is generous",
	  "Headline\n\nMehmet \xc3\x96zt\xc3\xbcrk heads the works council.\n\nThe package is, "
	  "according to \xc3\x96zt\xc3\xbcrk, \xe2\x80\x9c" "an insult to people who gave this "
	  "company their lives.\xe2\x80\x9d Management says it is generous.",
	  { { "an insult to people who gave this company their lives.", "Mehmet \xc3\x96zt\xc3\xbcrk",
	      ANY } }, 1 },
	/* a team named before a plural noun after a preposition and a quantity ("one of the
	 * few Harbour City players"), or as the subject of a plural verb ("Harbour City
	 * insist"), is no person for "he" */
	{ "one of the few Harbour City players; Western Plains are ..., and Harbour City insist; he",
	  "Headline\n\nNathan Okafor-Reid is the captain.\n\nOkafor-Reid stayed on the pitch. He "
	  "was one of the few Harbour City players to emerge with credit. Asked about the anger, he "
	  "said: \"They pay their money.\"\n\nWestern Plains are contenders, and Harbour City "
	  "insist he is not for sale. \"I am happy here,\" he said.",
	  { { "They pay their money.", "Nathan Okafor-Reid", QUOTE_SPEECH },
	    { "I am happy here,", "Nathan Okafor-Reid", QUOTE_SPEECH } }, 2 },
	/* a bulleted paragraph opens on its quotation, which goes on with the speaker before;
	 * a colon after a name and a note set off by a comma ("X (D-Minn.), who led ...:") */
	{ "bullets continuing a quotation; Sen. X (D-Minn.), who led a letter: \"...\"",
	  "Headline\n\n\xe2\x80\xa2 \"We don't set prices by who you are,\" Basketly CEO Jae-won "
	  "Park told Axios.\n\n\xe2\x80\xa2 \"If a grocer runs a coupon, nobody calls that "
	  "surveillance.\"\n\nThe other side: Sen. Dana Whitcombe (D-Minn.), who led a letter from "
	  "11 Democrats: \"Families should not have to wonder.\"\n\n- \"That is the whole "
	  "problem.\"",
	  { { "We don't set prices by who you are,", "Jae-won Park", QUOTE_SPEECH },
	    { "If a grocer runs a coupon, nobody calls that surveillance.", "Jae-won Park", QUOTE_SPEECH },
	    { "Families should not have to wonder.", "Dana Whitcombe", QUOTE_SPEECH },
	    { "That is the whole problem.", "Dana Whitcombe", QUOTE_SPEECH } }, 4 },
	/* two notes between an inverted name and its verb ("X, 58, who captains a boat,
	 * told"); "Sato, who is not related to the minister," is the newcomer */
	{ "Minister Takeshi Sato x2; \"...,\" Kenji Sato, 58, who captains ..., told; Sato, who is "
	  "not related",
	  "Headline\n\nFisheries Minister Takeshi Sato met his counterpart. Sato said the talks "
	  "went well.\n\n\"We would come back with the hold full,\" Kenji Sato, 58, who captains "
	  "a 19-ton squid boat, told a Kyodo News reporter.\n\nSato, who is not related to the "
	  "minister, said three boats had been sold.\n\n\"A survey is fine,\" he said.",
	  { { "We would come back with the hold full,", "Kenji Sato", QUOTE_SPEECH },
	    { "A survey is fine,", "Kenji Sato", QUOTE_SPEECH } }, 2 },
	{ "\"...\" So wrote Dr. Lior Avivi, a surgeon, in a post",
	  "Headline\n\n\"We have 38 beds and 52 patients,\" said Dr. Samer Haj-Yahia.\n\n"
	  "\xe2\x80\x9cWhoever reads this letter has not understood a thing.\xe2\x80\x9d So wrote "
	  "Dr. Lior Avivi, a senior vascular surgeon, in a post on Facebook.",
	  { { "We have 38 beds and 52 patients,", "Samer Haj-Yahia", QUOTE_SPEECH },
	    { "Whoever reads this letter has not understood a thing.", "Lior Avivi", QUOTE_SPEECH } }, 2 },
	/* a name set off after a role inside a preposition's phrase is no subject for "the
	 * letter states" to fall back on */
	{ "In a letter sent to Minister X and the director general, Y, the doctors wrote; the letter",
	  "Headline\n\nIn a letter sent on Sunday to Health Minister Avi Dahan and the ministry's "
	  "director general, Moshe Bar-Natan, the doctors wrote that patients slept \"in "
	  "corridors, in storerooms and, twice, in the lobby.\"\n\n\"We are no longer able to "
	  "guarantee care,\" the letter states.",
	  { { "in corridors, in storerooms and, twice, in the lobby.", NULL, ANY },
	    { "We are no longer able to guarantee care,", NULL, QUOTE_SPEECH } }, 2 },
	{ "Dale Peterson; Karen Peterson ... The utilities director said ...; Peterson said",
	  "Headline\n\n\"It's a big one,\" Utilities Director Dale Peterson said.\n\nKaren "
	  "Peterson, who lives nearby, said water ran \"like a creek\". The utilities director "
	  "said the main would be replaced by Friday.\n\n\"We have crews on site,\" Peterson said.",
	  { { "It's a big one,", "Dale Peterson", QUOTE_SPEECH },
	    { "like a creek", "Karen Peterson", ANY },
	    { "We have crews on site,", "Dale Peterson", QUOTE_SPEECH } }, 3 },
	/* near misses of this session's rules: a sentence's first word that is a preposition
	 * before a name ("Than said", "Via Rail said") is a name; an apology is no message
	 * its sentence's subject sent; a name after "will sign" may be whom "he" means */
	{ "Than said; Via Rail said; With that apology, Judge X sentenced him; will sign striker X",
	  "Headline\n\nThe general Than Htay spoke in Yangon. Than said: \"I will continue.\"\n\n"
	  "Via Rail said: \"Service will run normally.\"\n\nAsked whether he had anything to say, "
	  "Mark Diaz stood up.\n\n\"I am sorry for what I did.\" With that apology, Judge Ana "
	  "Ruiz sentenced him.\n\nManager Gareth Pellow confirmed the deal. The club will sign "
	  "striker Tobi Okafor on Friday. In an interview with the club website, he said: \"I "
	  "cannot wait to start.\"",
	  { { "I will continue.", "Than Htay", QUOTE_SPEECH },
	    { "Service will run normally.", "Via Rail", QUOTE_SPEECH },
	    { "I am sorry for what I did.", "Mark Diaz", QUOTE_SPEECH },
	    { "I cannot wait to start.", "Tobi Okafor", QUOTE_SPEECH } }, 4 },
	/* a headline's one quoted word is the partial quotation below of the same word; not
	 * one the story quotes only inside a longer sentence, nor a title in capitals */
	{ "Headline 'monstrous' over X called the plan \"monstrous\"",
	  "Villagers\xe2\x80\x99 fury as \xe2\x80\x98monstrous\xe2\x80\x99 wind farm approved\n\n"
	  "Parish chair Margaret Ilves called the plan \xe2\x80\x9cmonstrous\xe2\x80\x9d on Monday."
	  "\n\n\xe2\x80\x9cWe were ignored,\xe2\x80\x9d she said.",
	  { { "monstrous", "Margaret Ilves", QUOTE_PARTIAL },
	    { "monstrous", "Margaret Ilves", ANY },
	    { "We were ignored,", "Margaret Ilves", QUOTE_SPEECH } }, 3 },
	{ "Headline 'smart' and 'Heat' stay scare quotes",
	  "Fury over \xe2\x80\x98smart\xe2\x80\x99 roads and the film \xe2\x80\x98Heat\xe2\x80\x99\n\n"
	  "\xe2\x80\x9cSmart roads are deadly,\xe2\x80\x9d said Dana Cole. The film \xe2\x80\x9cHeat"
	  "\xe2\x80\x9d was shown.",
	  { { "Smart roads are deadly,", "Dana Cole", QUOTE_SPEECH } }, 1 },
	/* a body's acronym, given after its name, is the body, named before or after it; one
	 * the text never gave it is not ("CIA" beside the Central Illinois Authority) */
	{ "Kharazan National Oil Company (KNOC) ... KNOC said; the KPF said",
	  "Headline\n\nProsecutors detained the head of Kharazan National Oil Company (KNOC) on "
	  "Tuesday. KNOC said in a statement that \"operations continue as normal.\" The KPF "
	  "said: \"We were not told.\"",
	  { { "operations continue as normal.", "Kharazan National Oil Company", ANY },
	    { "We were not told.", "KPF", QUOTE_SPEECH } }, 2 },
	{ "The SFRS said before the Scottish Fire and Rescue Service (SFRS); CIA and Central Illinois Authority",
	  "Headline\n\nThe SFRS said crews were \"still on site\". The Scottish Fire and Rescue "
	  "Service (SFRS) said: \"The fire is out.\" The Central Illinois Authority said: \"No "
	  "comment.\"\n\nA CIA spokesperson said: \"None of ours.\"",
	  { { "still on site", "Scottish Fire and Rescue Service", ANY },
	    { "The fire is out.", "Scottish Fire and Rescue Service", QUOTE_SPEECH },
	    { "No comment.", "Central Illinois Authority", QUOTE_SPEECH },
	    { "None of ours.", "CIA", QUOTE_SPEECH } }, 4 },
	/* "and" inside a body's name after "a", when a role word follows the name */
	{ "A Scottish Fire and Rescue Service spokesman said",
	  "Headline\n\nCrews worked through the night. A Scottish Fire and Rescue Service "
	  "spokesman said: \"The fire is out.\" Ann Roe joined a Fire and Rescue Service crew "
	  "in 2010. \"It was hard,\" she said.",
	  { { "The fire is out.", "Scottish Fire and Rescue Service", QUOTE_SPEECH },
	    { "It was hard,", "Ann Roe", QUOTE_SPEECH } }, 2 },
	/* a portfolio of words the table knows as such, then a name it does not know; a
	 * body's "of" phrase of two words and "and" */
	{ "Minister for Enterprise and Employment Dara X said; the Ministry of Human Resources and Emiratisation",
	  "Headline\n\nMinister for Enterprise and Employment Dara \xc3\x93 Laoghaire said he was "
	  "\"deeply disappointed\" by the news.\n\nThe Ministry of Human Resources and "
	  "Emiratisation said it was \"aware of the case\". The Minister for Justice said: "
	  "\"We will act.\"",
	  { { "deeply disappointed", "Dara \xc3\x93 Laoghaire", ANY },
	    { "aware of the case", "Ministry of Human Resources and Emiratisation", ANY },
	    { "We will act.", NULL, QUOTE_SPEECH } }, 3 },
	/* a title's posting after "in" is no part of the name; "in" after no title is */
	{ "Consul General in Dubai Zulqarnain Bokhari said:",
	  "Headline\n\nConsul General in Dubai Zulqarnain Bokhari said: \"We are ready.\"\n\n"
	  "Crowds gathered in Dubai. Amir Latif said: \"We waited.\"",
	  { { "We are ready.", "Zulqarnain Bokhari", QUOTE_SPEECH },
	    { "We waited.", "Amir Latif", QUOTE_SPEECH } }, 2 },
	/* a participant known by a given name alone, described after it, is a person a
	 * later pronoun means; a place described so is not ("Paris, a city of light, is") */
	{ "Marek, a nurse on a rotating roster, said he ...",
	  "Headline\n\nDeb, an emergency nurse, told us: \"You just push through.\"\n\n"
	  "Marek, a nurse on a rotating roster, said he sometimes took tablets.\n\n"
	  "\"I know, I know,\" he said.\n\nParis, a city of light, is dark. \"Yes,\" he said.",
	  { { "You just push through.", "Deb", QUOTE_SPEECH },
	    { "I know, I know,", "Marek", QUOTE_SPEECH },
	    { "Yes,", "Marek", QUOTE_SPEECH } }, 3 },
	/* the description may hold a word before its noun; not one that is no person's */
	{ "Aroha, a surgical nurse in her 40s, told us",
	  "Headline\n\nAroha, a surgical nurse in her 40s, told us she had nodded off.\n\n"
	  "\"I pulled over,\" she said.\n\n"
	  "Kelvin, a quiet river town, is flooded. \"We left,\" she said.",
	  { { "I pulled over,", "Aroha", QUOTE_SPEECH },
	    { "We left,", "Aroha", QUOTE_SPEECH } }, 2 },
	/* a firm described by an agent noun names no person ("Lazard, a financial adviser");
	 * a posting's place of two words ("in New York") */
	{ "Lazard, a financial adviser, said; Consul General in New York X",
	  "Headline\n\nActivist Mary Doyle has campaigned for months.\n\n"
	  "Lazard, a financial adviser to the board, said the offer was fair. "
	  "\"It is an insult,\" she said.\n\n"
	  "Meanwhile, Consul General in New York Sam Osei said donations had doubled.\n\n"
	  "\"People have been generous,\" he said.",
	  { { "It is an insult,", "Mary Doyle", QUOTE_SPEECH },
	    { "People have been generous,", "Sam Osei", QUOTE_SPEECH } }, 2 },
	/* the same after a sentence's opening adverb and comma, which is no name in
	 * apposition ("Roe, Mayor of Fenwick Bay, said" keeps its place whole) */
	{ "Meanwhile, Consul General in Dubai X said ... he said",
	  "Headline\n\nTariq Mehmood said he would appeal.\n\n"
	  "Meanwhile, Consul General in Dubai Zulqarnain Bokhari said food had arrived.\n\n"
	  "\"We are ready,\" he said.\n\n"
	  "Ada Roe, Mayor of Fenwick Bay, said: \"We waited.\"",
	  { { "We are ready,", "Zulqarnain Bokhari", QUOTE_SPEECH },
	    { "We waited.", "Ada Roe", QUOTE_SPEECH } }, 2 },
	/* near misses: a title of lowercase and capitalised words in a headline (a scare quote
	 * in the story too, so no fourth quotation); a body's
	 * "of" phrase and "and" before a person's title; a title after "the" and "in" */
	{ "Headline 'Game of Thrones'; Department of Foreign Affairs and Tanaiste X; the Ambassador in Washington",
	  "Tourists flock to \xe2\x80\x98Game of Thrones\xe2\x80\x99 castle\n\nGuides call it "
	  "\"Game of Thrones\" country.\n\nThe Department of Foreign Affairs and Tanaiste "
	  "Miche\xc3\xa1l Martin were briefed. \"We demand answers,\" Mr Martin said.\n\nAfter "
	  "meeting the Ambassador in Washington Business Secretary Jon Reyes said: \"We made "
	  "progress.\" Later, the ambassador said: \"There is work to do.\"",
	  { { "We demand answers,", "Tanaiste Miche\xc3\xa1l Martin", QUOTE_SPEECH },
	    { "We made progress.", "Jon Reyes", QUOTE_SPEECH },
	    { "There is work to do.", NULL, QUOTE_SPEECH } }, 3 },
	{ "said inverted", "\"The bridge is safe,\" said engineer Tomas Reyes-Lund.",
	  { { "The bridge is safe,", "Tomas Reyes-Lund", QUOTE_SPEECH } }, 1 },
	{ "colon before", "Councillor Priya Nandakumar said: \"We will vote against it.\"",
	  { { "We will vote against it.", "Priya Nandakumar", QUOTE_SPEECH } }, 1 },
	{ "apposition told", "\"Nobody expected this,\" Oskar Vint, the harbour master, told reporters.",
	  { { "Nobody expected this,", "Oskar Vint", QUOTE_SPEECH } }, 1 },
	{ "comma outside added", "\"We will be back\", Greta Lindahl added.",
	  { { "We will be back", "Greta Lindahl", QUOTE_SPEECH } }, 1 },
	{ "according to", "\"The budget is balanced,\" according to Finance Director Ruth Okoye.",
	  { { "The budget is balanced,", "Ruth Okoye", ANY } }, 1 },
	{ "partial after said", "Senator Malcolm Fairley said the plan was \"dead on arrival.\"",
	  { { "dead on arrival.", "Malcolm Fairley", QUOTE_PARTIAL } }, 1 },
	{ "partial inside", "Defence Minister Anja Kovač said the army would defend \"every field\" of the valley.",
	  { { "every field", "Anja Kovač", QUOTE_PARTIAL } }, 1 },
	{ "name colon", "Ruth Abernathy: \"I never said that.\"",
	  { { "I never said that.", "Ruth Abernathy", QUOTE_SPEECH } }, 1 },
	{ "saying after clause", "On Monday, Ferdinand Oyelaran rejected the offer, saying: \"It is an insult to our members.\"",
	  { { "It is an insult to our members.", "Ferdinand Oyelaran", QUOTE_SPEECH } }, 1 },
	{ "split quote", "\"I am,\" Marta Quist said, \"ready to lead.\"",
	  { { "I am,", "Marta Quist", QUOTE_SPEECH }, { "ready to lead.", "Marta Quist", ANY } }, 2 },
	{ "told object is listener", "\"We lost everything,\" farmer Jakob Timmer told Reuters.",
	  { { "We lost everything,", "Jakob Timmer", QUOTE_SPEECH } }, 1 },
	{ "quoted as saying", "Admiral Petra Solheim was quoted as saying: \"The fleet is ready.\"",
	  { { "The fleet is ready.", "Petra Solheim", QUOTE_SPEECH } }, 1 },
	{ "possessive not speaker", "Ivo Marek's lawyer, Dana Kruse, said: \"My client is innocent.\"",
	  { { "My client is innocent.", "Dana Kruse", QUOTE_SPEECH } }, 1 },
	{ "organisation speaks", "\"The talks were constructive,\" the State Department said.",
	  { { "The talks were constructive,", "State Department", QUOTE_SPEECH } }, 1 },
	{ "possessive organisation", "Norway's fisheries ministry described the catch as \"the worst in forty years.\"",
	  { { "the worst in forty years.", "Norway's fisheries ministry", ANY } }, 1 },
	{ "pronoun he", "Coach Emil Brandvold praised his players.\n\n\"They ran until they could not stand,\" he said.",
	  { { "They ran until they could not stand,", "Emil Brandvold", QUOTE_SPEECH } }, 1 },
	{ "pronoun she skips a man", "Mayor Ilse Varga met Tomas Pike, who runs the ferry, and his son. "
	  "\"We need a timetable,\" she said.",
	  { { "We need a timetable,", "Ilse Varga", QUOTE_SPEECH } }, 1 },
	{ "role noun before", "Prime Minister Odile Ferrand arrived late.\n\n\"We will not be rushed,\" the prime minister said.",
	  { { "We will not be rushed,", "Odile Ferrand", QUOTE_SPEECH } }, 1 },
	{ "role noun named later", "\"The harbour must stay open,\" the union's chief negotiator said.\n\n"
	  "\"Every crane counts,\" Liam Corrigan said after the talks.",
	  { { "The harbour must stay open,", "Liam Corrigan", ANY }, { "Every crane counts,", "Liam Corrigan", ANY } }, 2 },
	{ "continuation paragraph", "\"The river rose in an hour,\" Selma Hartvig said.\n\n\"By midnight the school was an island.\"",
	  { { "The river rose in an hour,", "Selma Hartvig", ANY }, { "By midnight the school was an island.", "Selma Hartvig", ANY } }, 2 },
	{ "multi-paragraph quote", "Inspector Noor Haddad said: \"We searched the house twice.\n\n"
	  "\"We found nothing.\"",
	  { { "We searched the house twice.", "Noor Haddad", QUOTE_SPEECH },
	    { "We found nothing.", "Noor Haddad", QUOTE_SPEECH } }, 2 },
	{ "surname alias", "Chief Executive Ada Winterbottom spoke first.\n\n\"Profits fell,\" Winterbottom said.",
	  { { "Profits fell,", "Ada Winterbottom", QUOTE_SPEECH } }, 1 },
	{ "particles", "\"The vote was fair,\" said Ursula van der Berg.",
	  { { "The vote was fair,", "Ursula van der Berg", QUOTE_SPEECH } }, 1 },
	{ "non-ascii name", "\"I will ride again,\" Zoë Nuñez said.",
	  { { "I will ride again,", "Zoë Nuñez", QUOTE_SPEECH } }, 1 },
	{ "initials", "\"Fix the roads,\" J.D. Harlow said.",
	  { { "Fix the roads,", "J.D. Harlow", QUOTE_SPEECH } }, 1 },
	{ "unknown speaker", "\"Nobody told us anything.\"\n\nThe closure was announced on Friday.",
	  { { "Nobody told us anything.", NULL, ANY } }, 1 },
	{ "curly", "\u201cWe are open,\u201d Hanna Lobo said.",
	  { { "We are open,", "Hanna Lobo", QUOTE_SPEECH } }, 1 },
	{ "british single", "\u2018We are not finished,\u2019 Alistair Crombie said.",
	  { { "We are not finished,", "Alistair Crombie", QUOTE_SPEECH } }, 1 },
	{ "headline single straight", "Mayor Vera Holm: 'We will rebuild the pier'\n\nThe storm hit on Sunday.",
	  { { "We will rebuild the pier", "Vera Holm", ANY } }, 1 },
	{ "french guillemets", "« Nous resterons ici », a déclaré Camille Roussel.",
	  { { "Nous resterons ici", "Camille Roussel", ANY } }, 1 },
	{ "german low-high", "\u201eWir streiken weiter\u201c, sagte Jonas Becker.",
	  { { "Wir streiken weiter", "Jonas Becker", ANY } }, 1 },
	{ "german reversed guillemets", "\u00bbDas ist zu wenig\u00ab, sagte Paula Strobl.",
	  { { "Das ist zu wenig", "Paula Strobl", ANY } }, 1 },
	{ "single guillemets", "\u2039Tout va bien\u203a, dit Hugo Marchal.",
	  { { "Tout va bien", "Hugo Marchal", ANY } }, 1 },
	{ "corner brackets", "\u300c\u96ea\u304c\u591a\u3044\u300d\u3068\u8a71\u3057\u305f\u3002",
	  { { "\u96ea\u304c\u591a\u3044", NULL, ANY } }, 1 },
	{ "white corner brackets", "\u300e\u3053\u3053\u306f\u5bd2\u3044\u300f",
	  { { "\u3053\u3053\u306f\u5bd2\u3044", NULL, ANY } }, 1 },
	{ "nested quote", "\"He told me 'never again' and left,\" Rosa Delgado said.",
	  { { "He told me 'never again' and left,", "Rosa Delgado", QUOTE_SPEECH } }, 1 },
	{ "two quotes two speakers", "\"Yes,\" said Ann Loft. \"No,\" said Ben Marsh.",
	  { { "Yes,", "Ann Loft", ANY }, { "No,", "Ben Marsh", ANY } }, 2 },
	{ "scare quote", "The so-called \"temporary measure\" has lasted ten years.",
	  { { NULL, NULL, 0 } }, 0 },
	{ "film title", "She watched the film \"Heat\" twice on Sunday.",
	  { { NULL, NULL, 0 } }, 0 },
	{ "apostrophes", "Don't worry about O'Brien's '90s rock 'n' roll records or the students' books.",
	  { { NULL, NULL, 0 } }, 0 },
	{ "curly apostrophes", "It\u2019s the pupils\u2019 turn, and O\u2019Neill\u2019s band from the \u201990s plays.",
	  { { NULL, NULL, 0 } }, 0 },
	/* a plural possessive inside single quotes closes only when nothing later does */
	{ "plural possessive inside single quotes", "\u2018It is the teachers\u2019 fault, not ours,\u2019 "
	  "said Amira Haddow.\n\n'They parked next to the kids' playground,' she said.\n\n"
	  "She called it \u2018the players\u2019 choice\u2019 and left.",
	  { { "It is the teachers\u2019 fault, not ours,", "Amira Haddow", QUOTE_SPEECH },
	    { "They parked next to the kids' playground,", "Amira Haddow", QUOTE_SPEECH },
	    { "the players\u2019 choice", "Amira Haddow", ANY } }, 3 },
	{ "inch mark", "The pipe is 12\" wide and 40 metres long.",
	  { { NULL, NULL, 0 } }, 0 },
	{ "sentence-start word not a name", "\"It is late,\" Yesterday said nothing.",
	  { { "It is late,", NULL, ANY } }, 1 },
	{ "question quote", "\"Why now?\" asked Farid Haddou.",
	  { { "Why now?", "Farid Haddou", QUOTE_SPEECH } }, 1 },
	{ "auxiliary then irregular verb marks a subject", "Marta Quell has spent a decade on the ferry. "
	  "\"I know every wave,\" she said.",
	  { { "I know every wave,", "Marta Quell", QUOTE_SPEECH } }, 1 },
	{ "pronoun skips an object for the subject", "Pia Lorne beat veteran Hanne Strid in three sets on Sunday. "
	  "\"I felt strong,\" she said.",
	  { { "I felt strong,", "Pia Lorne", QUOTE_SPEECH } }, 1 },
	{ "pronoun to a possessive name", "Oumar Diallo's bakery opened in May.\n\n\"I still bake at four,\" he said.",
	  { { "I still bake at four,", "Oumar Diallo", QUOTE_SPEECH } }, 1 },
	{ "coordinated subjects", "Grandmaster Ivo Pell and Norway's Rana Okoro share the lead.\n\n"
	  "Okoro won quickly against the veteran Dag Brun. \"It was instinct,\" she said.",
	  { { "It was instinct,", "Rana Okoro", QUOTE_SPEECH } }, 1 },
	{ "whose thing is no subject", "Landlady Tess Varga, whose Lantern Tavern faces the square, said sales had fallen.\n\n"
	  "\"It is quiet,\" she said.",
	  { { "It is quiet,", "Tess Varga", QUOTE_SPEECH } }, 1 },
	{ "german compound title", "\u201eWir bleiben hart\u201c, sagte Betriebsratschef Uwe Kranich.",
	  { { "Wir bleiben hart", "Uwe Kranich", ANY } }, 1 },
	{ "german pronoun er", "Betriebsratschef Uwe Kranich sprach vor dem Werk. \u201eWir bleiben hart\u201c, sagte er.",
	  { { "Wir bleiben hart", "Uwe Kranich", ANY } }, 1 },
	{ "german so", "\u201eDas ist zu wenig\u201c, so Helga Brandt.",
	  { { "Das ist zu wenig", "Helga Brandt", ANY } }, 1 },
	{ "french a-t-il", "L'amiral Paul Garnier a d\u00e9fendu la mesure. \u00ab Nous n'avons pas le choix \u00bb, "
	  "a-t-il affirm\u00e9.",
	  { { "Nous n'avons pas le choix", "Paul Garnier", ANY } }, 1 },
	{ "french selon", "Le port doit rester ouvert. \u00ab C'est vital \u00bb, selon Claire Vautrin.",
	  { { "C'est vital", "Claire Vautrin", ANY } }, 1 },
	{ "french elle is no name", "La ministre Odile Brun a visit\u00e9 le port. \u00ab Nous paierons \u00bb, a-t-elle dit. "
	  "Elle a ajout\u00e9 : \u00ab Rien ne changera. \u00bb",
	  { { "Nous paierons", "Odile Brun", ANY }, { "Rien ne changera.", "Odile Brun", ANY } }, 2 },
	{ "they org", "Brackwater Shipping Ltd confirmed the sale. \"The yard will close,\" the company said.",
	  { { "The yard will close,", "Brackwater Shipping Ltd", ANY } }, 1 },
	{ "japanese topic before", "田中外相は「交渉を続ける」と述べた。",
	  { { "交渉を続ける", "田中", QUOTE_SPEECH } }, 1 },
	{ "japanese honorific and role before no", "実行委員長の大島健一さんは"
	  "「雪が足りない」と話した。",
	  { { "雪が足りない", "大島健一", QUOTE_SPEECH } }, 1 },
	{ "japanese speaker after", "「今決める」と、佐伯恵子町長は"
	  "記者会見で語った。",
	  { { "今決める", "佐伯恵子", QUOTE_SPEECH } }, 1 },
	{ "japanese white brackets nested", "田中外相は「彼は『無理だ』"
	  "と言った」と強調した。",
	  { { "彼は『無理だ』と言った", "田中", QUOTE_SPEECH } }, 1 },
	{ "japanese role alone and short form", "佐伯恵子町長は「続ける」と話した。\n\n"
	  "町長は「大丈夫」と説明した。佐伯さんは「はい」と語った。",
	  { { "続ける", "佐伯恵子", ANY }, { "大丈夫", "佐伯恵子", ANY },
	    { "はい", "佐伯恵子", ANY } }, 3 },
	{ "japanese organisation", "外務省は「遺憾だ」と発表した。",
	  { { "遺憾だ", "外務省", ANY } }, 1 },
	{ "japanese short subject is no speaker", "同町は「ここで終わりです」"
	  "と話した。",
	  { { "ここで終わりです", NULL, ANY } }, 1 },
	{ "japanese named thing is no speech", "冬の「雪まつり」が開かれた。",
	  { { NULL, NULL, 0 } }, 0 },
	{ "shared first name stays unknown", "Maria Lenz runs the bakery. Her rival Maria Ortt runs the cafe.\n\n"
	  "\"We will not close,\" Maria said.",
	  { { "We will not close,", NULL, ANY } }, 1 },
	{ "unique first name", "Peter Berg came late. \"Yes,\" Peter said.",
	  { { "Yes,", "Peter Berg", ANY } }, 1 },
	{ "opening adverbial is no speaker", "Outside court, Jonas Rask hugged his wife and told reporters: "
	  "\"I want to go back to sea.\"",
	  { { "I want to go back to sea.", "Jonas Rask", QUOTE_SPEECH } }, 1 },
	{ "opening -ly adverbial", "Visibly moved, Ilse Brun thanked the crew and told reporters: \"We were lucky.\"",
	  { { "We were lucky.", "Ilse Brun", QUOTE_SPEECH } }, 1 },
	{ "age as a noun", "Veteran Arne Dahl lost in the final. \"I was too slow,\" the 58-year-old said.",
	  { { "I was too slow,", "Arne Dahl", QUOTE_SPEECH } }, 1 },
	{ "nationality as a noun", "Sindre Holm, who led for a week, lost a minute. \"My legs were empty,\" the Norwegian said.",
	  { { "My legs were empty,", "Sindre Holm", QUOTE_SPEECH } }, 1 },
	{ "three-word name at a sentence start", "Ola Thanh Brekstad has been up since four. "
	  "\"It is hard work,\" he said.",
	  { { "It is hard work,", "Ola Thanh Brekstad", QUOTE_SPEECH } }, 1 },
	{ "descriptors before a name after a preposition", "Camilo Nunez took the jersey from home "
	  "favourite Sindre Dahl.\n\nDahl, who had led since Monday, lost a minute. \"My legs were "
	  "empty,\" the Norwegian said.",
	  { { "My legs were empty,", "Sindre Dahl", QUOTE_SPEECH } }, 1 },
	{ "name set off by commas after an unlisted noun", "His agent, Mel Garside, told the Gull: "
	  "\"Rocco speaks his mind.\"",
	  { { "Rocco speaks his mind.", "Mel Garside", QUOTE_SPEECH } }, 1 },
	{ "nationality and unlisted occupation", "Polish grandmaster Lukasz Wrobel and Turkey's Ayse "
	  "Celik share the lead.\n\nWrobel needed six hours to win. \"I was lost twice,\" he admitted.",
	  { { "I was lost twice,", "Lukasz Wrobel", QUOTE_SPEECH } }, 1 },
	{ "unlisted occupation after a comma", "Her challenger, businessman Teodor Vasilescu, said the "
	  "count was flawed. \"This is not about me,\" he said.",
	  { { "This is not about me,", "Teodor Vasilescu", QUOTE_SPEECH } }, 1 },
	{ "a subject pronoun carries its person past an object", "Maria Lenz runs the charity.\n\n"
	  "She said the charity had written to Tom Halliwell three times. \"It was two paragraphs "
	  "long,\" she said.",
	  { { "It was two paragraphs long,", "Maria Lenz", QUOTE_SPEECH } }, 1 },
	{ "a participle opening the sentence is no name", "Asked what made her confident, Maria Lenz "
	  "paused and then said: \"We know.\"",
	  { { "We know.", "Maria Lenz", QUOTE_SPEECH } }, 1 },
	{ "colon after a verb phrase", "Council member Dale Pruitt, who voted against, put it "
	  "bluntly: \"This is a mistake.\"",
	  { { "This is a mistake.", "Dale Pruitt", QUOTE_SPEECH } }, 1 },
	{ "colon after a subject that is no person", "The report reached one conclusion: "
	  "\"Nothing works.\"",
	  { { "Nothing works.", NULL, ANY } }, 1 },
	{ "long relative clause between name and verb", "Ray Calloway, who has spent the last three "
	  "weeks trying to persuade members of his own party to back a plan that most of them had "
	  "openly opposed, told reporters the bill was \"dead on arrival\".",
	  { { "dead on arrival", "Ray Calloway", QUOTE_PARTIAL } }, 1 },
	/* "She" once reached Oyelaran, whose sex the article never tells, so the "he" after it
	 * passes her over for the man named as the subject before */
	{ "a she-mention is no he", "\"We wrote twice,\" Oyelaran said.\n\nKaveh Shirazi said his "
	  "mother moved to Leeds in 1998. She spent her days at the library. He said the funeral "
	  "is on Saturday.\n\n\"She would have hated the fuss,\" he said.",
	  { { "We wrote twice,", "Oyelaran", QUOTE_SPEECH }, { "She would have hated the fuss,", "Kaveh Shirazi", QUOTE_SPEECH } }, 2 },
	/* "the woman who died" is someone the clause after it names, not the chief named
	 * before: the paragraph hands nobody on to the quotation after it */
	{ "description with who is nobody named", "\"We are safe now,\" Chief Ana Lopes told "
	  "reporters.\n\nParamedics said the woman who died was found in her unit.\n\n"
	  "\"My daughter woke up crying.\"",
	  { { "We are safe now,", "Ana Lopes", QUOTE_SPEECH }, { "My daughter woke up crying.", NULL, QUOTE_SPEECH } }, 2 },
	/* feature copy brings in who spoke after the quotation: "when he described" */
	{ "newcomer who describes", "Paramedics arrived at noon.\n\n\"My daughter woke up crying.\"\n\n"
	  "Rafael Quintero was standing in the lobby when he described the moment he knew.",
	  { { "My daughter woke up crying.", "Rafael Quintero", QUOTE_SPEECH } }, 1 },
	/* a one-word name described after a lone quotation is as often a firm: no newcomer */
	{ "a described firm is no newcomer who spoke", "Shoppers have been trading down, according to "
	  "analysts.\n\n\"The aspirational buyer has vanished.\"\n\nTiffany, a 187-year-old jeweller "
	  "owned by LVMH, said sales fell.",
	  { { "The aspirational buyer has vanished.", NULL, QUOTE_SPEECH } }, 1 },
	/* "the group" is the band the article is about, not the rights group named since
	 * (left as a body of its own, unnamed) */
	{ "the group is the band", "The Kaiser Chiefs have cancelled a concert at Roundhay Park.\n\n"
	  "Fair Tickets, a consumer rights group, had complained about pricing.\n\n\"We are gutted,\" "
	  "the group said.",
	  { { "We are gutted,", "the group", QUOTE_SPEECH } }, 1 },
	/* a union named for its members is a body, with its local's number, and "the union" */
	{ "union named for its members", "Nuno de Sousa, a representative with Allied Food Workers "
	  "Local 417, said the union raised the issue.\n\n\"We wrote to them,\" the union said.",
	  { { "We wrote to them,", "Allied Food Workers Local 417", QUOTE_SPEECH } }, 1 },
	{ "the union is no plain workers", "United Auto Workers members voted.\n\nThe workers walked out. "
	  "\"We are done,\" the workers said.",
	  { { "We are done,", NULL, ANY } }, 1 },
	{ "one name with an age and two words before the noun", "Roads were hot.\n\nThuy, a "
	  "27-year-old food delivery rider, did not.\n\n\"I did 19 deliveries that day,\" she told us.",
	  { { "I did 19 deliveries that day,", "Thuy", QUOTE_SPEECH } }, 1 },
	/* "a senior fellow at ..." is a role, and "Research Fellow" in a byline no name */
	{ "fellow is a role", "Pieter van der Walt, Research Fellow, Centre for Work and Health, is "
	  "worried.\n\n\"It was hard,\" she said.",
	  { { "It was hard,", NULL, QUOTE_SPEECH } }, 1 },
	/* "Company records show": a generic head that opens a sentence names no body */
	{ "a generic head opening a sentence is no name", "The contract went to Amanzi Pure Holdings.\n\n"
	  "Company records show two directors. The company denied any link.\n\n\"It was declared,\" "
	  "the company said in a statement.",
	  { { "It was declared,", "Amanzi Pure Holdings", QUOTE_SPEECH } }, 1 },
	/* a figure before a headline's colon is no one who speaks */
	{ "figure before a colon", "N14.2bn solar project: 'Where did the money go?' Reps ask agency\n\n"
	  "The committee met on Tuesday.",
	  { { "Where did the money go?", NULL, ANY } }, 1 },
	/* Nigerian copy's honorifics: "Hon.", "Engr." stand before a name, no role or name */
	{ "hon. is an honorific", "The Chairman of the panel, Hon. Tunde Bakare-Eze, said members found "
	  "\"rusted pipes\" at the site.",
	  { { "rusted pipes", "Tunde Bakare-Eze", QUOTE_PARTIAL } }, 1 },
	{ "engr. is an honorific", "The Chairman, Engr. Bala Usman, said members found \"rusted pipes\" "
	  "there.",
	  { { "rusted pipes", "Bala Usman", QUOTE_PARTIAL } }, 1 },
	/* an acronym in brackets inside an apposition */
	{ "acronym in brackets in an apposition", "Ngozi Eze, head of the Rural Water Agency (RWA), said: "
	  "\"The pumps failed.\"",
	  { { "The pumps failed.", "Ngozi Eze", QUOTE_SPEECH } }, 1 },
	{ "acronym in brackets after a body's name", "The Mines Bureau (MB) inspected the site.\n\nIn a "
	  "statement, the quarry operator, Lantern Rock Mining Ltd (LRM), said it was \"fully compliant\" "
	  "with the rules.",
	  { { "fully compliant", "Lantern Rock Mining Ltd", QUOTE_PARTIAL } }, 1 },
	/* "the RWA boss": the holder of a role at the body named */
	{ "a role at the body named", "The Managing Director of the Rural Water Agency, Garba Lawal, "
	  "defended the contract.\n\nThe Executive Director, Clean Rivers Forum, Dr Amaka Obi, "
	  "disagreed.\n\n\"We paid on time,\" the RWA boss said.\n\n\"We warned them,\" the CRF boss "
	  "said.",
	  { { "We paid on time,", "Garba Lawal", QUOTE_SPEECH },
	    { "We warned them,", "Amaka Obi", QUOTE_SPEECH } }, 2 },
	/* Filipino and Spanish names: "Ma." before a particle, "de los", "delos" */
	{ "ma. before de los", "\"The rain did it,\" said lawyer Ramon Ma. de los Santos III, the firm's "
	  "counsel. \"We will cooperate.\"",
	  { { "The rain did it,", "Ramon Ma. de los Santos III", QUOTE_SPEECH },
	    { "We will cooperate.", "Ramon Ma. de los Santos III", QUOTE_SPEECH } }, 2 },
	{ "delos is a particle", "Councillor Teresita delos Angeles filed the motion.\n\n\"It is "
	  "overdue,\" Delos Angeles said.",
	  { { "It is overdue,", "Teresita delos Angeles", QUOTE_SPEECH } }, 1 },
	/* "Eng." with its period is an engineer's title; the Eng of "Ng Eng Hen" is a name */
	{ "eng. is an honorific", "\"The plant is a turning point,\" said Eng. Tariq Al-Mutairi, CEO of "
	  "Wadi Water, at the ceremony.\n\nDefence Minister Ng Eng Hen said: \"We are ready.\"",
	  { { "The plant is a turning point,", "Tariq Al-Mutairi", QUOTE_SPEECH },
	    { "We are ready.", "Ng Eng Hen", QUOTE_SPEECH } }, 2 },
	{ "rep. is a lawmaker", "Rep. Park Ji-won, who sits on the committee, said she would seek a "
	  "hearing.\n\n\"An apology is not enough,\" the lawmaker wrote on Facebook.",
	  { { "An apology is not enough,", "Park Ji-won", QUOTE_SPEECH } }, 1 },
	{ "one word with which after it is a body", "The bill drew pushback. Airvane, which flies "
	  "delivery drones in 9 cities, said the rules were a mess.\n\n\"We will fight it,\" the "
	  "company said.",
	  { { "We will fight it,", "Airvane", QUOTE_SPEECH } }, 1 },
	{ "a description surnamed", "Queues formed outside stores.\n\n\"I waited three hours,\" said a "
	  "41-year-old nurse surnamed Cho at a branch in Busan.",
	  { { "I waited three hours,", "Cho", QUOTE_SPEECH } }, 1 },
	/* someone named inside a "who" clause is named in passing for the paragraph's "he" */
	{ "a name inside a who clause", "\"The plant is ready,\" said Tariq Al-Shehri, chief executive of "
	  "Wadi Water.\n\nThose were not the words of Omar Al-Shehri, a farmer, who is not related to "
	  "the chief executive. He said the wells were dry.\n\n\"We want answers,\" he said.",
	  { { "The plant is ready,", "Tariq Al-Shehri", QUOTE_SPEECH },
	    { "We want answers,", "Omar Al-Shehri", QUOTE_SPEECH } }, 2 },
	/* "That was how a store manager ... described the scene": someone described */
	{ "backref to a description", "Customers queued.\n\n\"We are doing everything we can.\" That was "
	  "how a store manager, who asked not to be named, described the scene.",
	  { { "We are doing everything we can.", "a store manager", QUOTE_SPEECH } }, 1 },
	{ "skipper is a captain", "Harbour FC captain Liam Tully, 27, has not commented.\n\n\"Onwards,\" "
	  "the skipper wrote.",
	  { { "Onwards,", "Liam Tully", QUOTE_SPEECH } }, 1 },
	{ "skipper is no army captain", "Army Captain Ben Cole led the rescue.\n\nThe skipper of the "
	  "trawler, who has not been named, spoke later.\n\n\"Ten more minutes and we were gone,\" the "
	  "skipper said.",
	  { { "Ten more minutes and we were gone,", NULL, QUOTE_SPEECH } }, 1 },
	{ "but before the subject of writing:", "Harbour FC captain Liam Tully, 27, has not commented.\n\n"
	  "But the captain posted a message on Instagram, writing: \"New chapter.\"",
	  { { "New chapter.", "Liam Tully", QUOTE_SPEECH } }, 1 },
	/* a club named for its side is a body "it" means */
	{ "wanderers is a club", "Headline\n\nHarbour Wanderers sacked their manager on Monday after a "
	  "run of defeats.\n\nIt said: \"We thank him for his work.\"",
	  { { "We thank him for his work.", "Harbour Wanderers", QUOTE_SPEECH } }, 1 },
	/* a long note set off after the name, then the verb */
	{ "a long note before told", "\"This is the last green field,\" Marta Farrugia, a 71-year-old "
	  "Xemxija resident who has walked the cliff path every single morning for 40 years, told "
	  "reporters.",
	  { { "This is the last green field,", "Marta Farrugia", QUOTE_SPEECH } }, 1 },
	/* Indian copy: a title's initials in brackets name it from then on */
	{ "initials after a title", "Headline\n\nSub Inspector (SI) Rakesh Yadav said a case had been "
	  "registered.\n\nThe contractor denied it.\n\n\"Both are absconding,\" the SI said.",
	  { { "Both are absconding,", "Rakesh Yadav", QUOTE_SPEECH } }, 1 },
	{ "initials after a role in lowercase", "Headline\n\nSuperintendent of police (SP) Meena Joshi "
	  "said the site was sealed.\n\n\"Teams are searching,\" the SP said.",
	  { { "Teams are searching,", "Meena Joshi", QUOTE_SPEECH } }, 1 },
	{ "collector is a role", "Kharpur Collector Anjali Menon said seven bodies had been found.\n\n"
	  "\"The search goes on,\" the collector said.",
	  { { "The search goes on,", "Anjali Menon", QUOTE_SPEECH } }, 1 },
	/* an opening participle is no name: "Contacted last night, the chairman said" */
	{ "an opening -ed participle", "The chairman of the club, Liam Foley, spoke on Monday.\n\n"
	  "Contacted last night, the chairman said the board \"stands over every decision\" and "
	  "described the stand as \"an investment\".",
	  { { "stands over every decision", "Liam Foley", QUOTE_PARTIAL },
	    { "an investment", "Liam Foley", QUOTE_PARTIAL } }, 2 },
	/* a body's name without its legal form is the body */
	{ "a body without its legal form", "Headline\n\nThe bridge was built by Indore-based Kaveri "
	  "Setu Builders Private Limited.\n\nIn a statement, Kaveri Setu Builders said it was "
	  "\"cooperating fully\".",
	  { { "cooperating fully", "Kaveri Setu Builders Private Limited", QUOTE_PARTIAL } }, 1 },
	/* a brand between a determiner with an adjective and a noun is nobody */
	{ "a brand before a noun is no person", "Headline\n\nKorva, the startup behind the popular Nimbo "
	  "Hub smart home controller, is shutting down.\n\n\"It is a scandal,\" she said.",
	  { { "It is a scandal,", NULL, QUOTE_SPEECH } }, 1 },
	{ "the late and a given name is a person", "Headline\n\nThe late Tom Hale said in 2019: \"We "
	  "won.\"",
	  { { "We won.", "Tom Hale", QUOTE_SPEECH } }, 1 },
	/* "That's X, who ...": a lone quotation's speaker named after it */
	{ "that's a name, who", "Headline\n\n\"The city is wasting money,\" Brent Hollister said.\n\n"
	  "\"Frequency is freedom.\"\n\nThat's Min-ji Kang, who runs planning for the transit "
	  "authority.\n\n\"Free fares worked,\" she told me.",
	  { { "The city is wasting money,", "Brent Hollister", QUOTE_SPEECH },
	    { "Frequency is freedom.", "Min-ji Kang", QUOTE_SPEECH },
	    { "Free fares worked,", "Min-ji Kang", QUOTE_SPEECH } }, 3 },
	{ "that is a place", "Headline\n\n\"The city is wasting money,\" Brent Hollister said.\n\n"
	  "\"Frequency is freedom.\"\n\nThat is Paris, France, for you.",
	  { { "The city is wasting money,", "Brent Hollister", QUOTE_SPEECH },
	    { "Frequency is freedom.", "Brent Hollister", QUOTE_SPEECH } }, 2 },
	/* a question, then the sentence that says whose it was */
	{ "the question came from after a question", "Headline\n\n\"Our door is open,\" Dr Ruth Kamau "
	  "said.\n\n\"Where do they want us to go?\" The question came from Ms Faith Chepkoech, a "
	  "mother of four.",
	  { { "Our door is open,", "Ruth Kamau", QUOTE_SPEECH },
	    { "Where do they want us to go?", "Faith Chepkoech", QUOTE_SPEECH } }, 2 },
	/* "the PM", "the CM"; "the SP" is a police chief only once one is named */
	{ "the pm and the cm", "Prime Minister Anil Rao met Chief Minister Leela Menon on Monday.\n\n"
	  "\"We will act,\" the PM said.\n\n\"We need funds,\" the CM said.",
	  { { "We will act,", "Anil Rao", QUOTE_SPEECH },
	    { "We need funds,", "Leela Menon", QUOTE_SPEECH } }, 2 },
	{ "the serbian pm", "Prime Minister Ana Markovic said the mine would close.\n\n\"We will "
	  "act,\" the Serbian PM said.",
	  { { "We will act,", "Ana Markovic", QUOTE_SPEECH } }, 1 },
	{ "the sp as a party", "Akhilesh Rao led the rally.\n\n\"We will win,\" the SP said in a "
	  "statement.",
	  { { "We will win,", "SP", QUOTE_SPEECH } }, 1 },
	/* a body named inside a "which" clause is not "the company" a later sentence means */
	{ "a body inside a which clause", "Headline\n\nThe quarry is run by Drava Mining, in which Kestrel "
	  "Group bought a 40 percent stake in 2020.\n\nIn a statement, the company said it was \"deeply "
	  "saddened\".",
	  { { "deeply saddened", "Drava Mining", QUOTE_PARTIAL } }, 1 },
	/* a Gaelic name in two capitalised parts is a person's */
	{ "nic and mac names are people", "Headline\n\nLocal councillor Mairi NicLeòid said the fire was "
	  "\"a disaster\".\n\n\"We need answers,\" she said.",
	  { { "a disaster", "Mairi NicLeòid", QUOTE_PARTIAL },
	    { "We need answers,", "Mairi NicLeòid", QUOTE_SPEECH } }, 2 },
	{ "a joint venture is a body", "Headline\n\nChief engineer Li Wenhao spoke.\n\nIn a statement, "
	  "the Siam-Lanna Rail Joint Venture said it \"deeply regrets\" the incident.",
	  { { "deeply regrets", "Siam-Lanna Rail Joint Venture", QUOTE_PARTIAL } }, 1 },
	/* Nigerian copy writes Barr and Hon without a period too; William Barr keeps his name */
	{ "barr without a period", "Human rights lawyer Barr Emeka Nwosu has filed a suit.\n\n\"My "
	  "client has been held for 40 days,\" Barr Nwosu said.",
	  { { "My client has been held for 40 days,", "Emeka Nwosu", QUOTE_SPEECH } }, 1 },
	{ "hon without a period is a family name", "Shop owner Hon Wai Ming, 71, said: \"My father "
	  "opened this place.\"",
	  { { "My father opened this place.", "Hon Wai Ming", QUOTE_SPEECH } }, 1 },
	{ "a navy side's captain is the skipper", "Navy beat Army 17-11 on Saturday.\n\nNavy captain "
	  "Jake Torres made 12 tackles.\n\n\"This one means more,\" the skipper said.",
	  { { "This one means more,", "Jake Torres", QUOTE_SPEECH } }, 1 },
	{ "william barr is a name", "Former Attorney General William Barr spoke on Sunday.\n\n\"I would "
	  "not have brought this case,\" Barr told CBS.",
	  { { "I would not have brought this case,", "William Barr", QUOTE_SPEECH } }, 1 },
	/* only a "who" clause that denies a relation names someone in passing */
	{ "who were joined by names the one meant", "The protest was led by market women, who were "
	  "joined at noon by Senator Jane Obi. She said: \"Nobody will demolish these stalls.\"",
	  { { "Nobody will demolish these stalls.", "Jane Obi", QUOTE_SPEECH } }, 1 },
	{ "a her inside the clause after a name is no gender hint", "Her apprentice, Tomas Lind, a "
	  "24-year-old who gave up a place at school to work with her, arrives at seven. He holds one "
	  "up.\n\n\"Is it ready?\" he asks.",
	  { { "Is it ready?", "Tomas Lind", QUOTE_SPEECH } }, 1 },
	{ "description with nobody in two paragraphs", "Sindre Holm won on Sunday.\n\nThe course was icy.\n\n"
	  "The race resumes on Monday. \"It will be hard,\" the Norwegian said.",
	  { { "It will be hard,", NULL, ANY } }, 1 },
	{ "the vatican is no nationality", "Anna Vitti, a priest, spoke. \"No comment,\" the Vatican said.",
	  { { "No comment,", "Vatican", ANY } }, 1 },
	/* where a body is based is no word of its name, after a determiner and before a
	 * lowercase description too */
	{ "a place-based description before a body's name", "Fees\n\nThe owner is the Lisbon-based "
	  "private equity firm Talvora Capital Partners, which bought it.\n\n\"We did nothing wrong,\" "
	  "the firm said.",
	  { { "We did nothing wrong,", "Talvora Capital Partners", QUOTE_SPEECH } }, 1 },
	/* a provider's "Care" heads a body; the name without it, or without "Bank", is the body */
	{ "a body's name without its head", "Home fees\n\nRecords show Brightwater Cove Senior Care "
	  "cut night shifts.\n\nThe owner, the Lisbon-based firm Talvora Capital Partners, took fees.\n\n"
	  "Brightwater Cove declined to comment. In a statement, the company said it \"disputes the "
	  "findings\".",
	  { { "disputes the findings", "Brightwater Cove Senior Care", QUOTE_PARTIAL } }, 1 },
	{ "a bank's name without bank", "Loans\n\nOdessa Trust Bank won an order.\n\n\"It was theft,\" "
	  "Odessa Trust said.",
	  { { "It was theft,", "Odessa Trust Bank", QUOTE_SPEECH } }, 1 },
	/* a mainland Chinese name puts its family name first, which the article then goes by */
	{ "a pinyin name is its family name's", "Hearing\n\nThe senator zeroed in on Gao Yuping, a "
	  "contractor.\n\n\"I do not know,\" Gao said.",
	  { { "I do not know,", "Gao Yuping", QUOTE_SPEECH } }, 1 },
	{ "a pinyin name as an object", "Hearing\n\nThe senator questioned Gao Yuping.\n\n\"I do not "
	  "know,\" Gao said.",
	  { { "I do not know,", "Gao Yuping", QUOTE_SPEECH } }, 1 },
	/* a Western name ending in one of those family names keeps its order */
	{ "a Chinese family name last", "Hearing\n\nThe senator questioned Michael Tang, a "
	  "contractor.\n\n\"I do not know,\" Tang said.",
	  { { "I do not know,", "Michael Tang", QUOTE_SPEECH } }, 1 },
	/* a body's initials as a subject: after "the", or once the article gave them */
	{ "initials after the as a subject", "Flood\n\nIn a statement, the DPWH said it had suspended "
	  "four engineers.\n\n\"We will not tolerate corruption,\" the statement read.",
	  { { "We will not tolerate corruption,", "DPWH", QUOTE_SPEECH } }, 1 },
	{ "initials the article gave a body", "Flood\n\nThe Office of Coastal Works (OCW) hired them."
	  "\n\nOCW said it had suspended four engineers.\n\n\"We will act,\" it said.",
	  { { "We will act,", "Office of Coastal Works", QUOTE_SPEECH } }, 1 },
	{ "a headline's capitals are no body", "FLOOD SCANDAL\n\nTHE DPWH SAID IT WOULD ACT.\n\n"
	  "\"We will act,\" it said.",
	  { { "We will act,", NULL, QUOTE_SPEECH } }, 1 },
	/* "That was X's warning": the owner of a noun for what was said, after a paragraph of
	 * a quotation alone, or with its translation in brackets */
	{ "pointing back at a name's warning", "Hearing\n\nSenator Ana Dizon led the hearing. Engineer "
	  "Rod Lagman testified.\n\n\"Hindi pa ito ang katapusan.\" (This is not yet the end.)\n\n"
	  "That was Dizon's warning as she closed the hearing.",
	  { { "Hindi pa ito ang katapusan.", "Ana Dizon", QUOTE_SPEECH } }, 1 },
	{ "a name's car is no words of hers", "Hearing\n\nSenator Ana Dizon led the hearing. Engineer "
	  "Rod Lagman testified.\n\n\"Not yet.\"\n\nThat was Dizon's car.",
	  { { "Not yet.", NULL, QUOTE_SPEECH } }, 1 },
	/* "On X:" before a quotation sets a topic: the words go on from the quotation before */
	{ "a topic before a colon", "Draw\n\nRovers boss Kjetil Ostby told Sky Sports:\n\n\"It was "
	  "sloppy.\"\n\nOn Wojcik: \"Mateusz is a tough guy.\"\n\nOn the title race: \"It is in our "
	  "hands.\"",
	  { { "It was sloppy.", "Kjetil Ostby", QUOTE_SPEECH },
	    { "Mateusz is a tough guy.", "Kjetil Ostby", QUOTE_SPEECH },
	    { "It is in our hands.", "Kjetil Ostby", QUOTE_SPEECH } }, 3 },
	{ "on a day, a speaker before the colon", "Draw\n\nRovers boss Kjetil Ostby spoke.\n\n\"It was "
	  "sloppy.\"\n\nOn Tuesday, the club said: \"We are sorry.\"",
	  { { "It was sloppy.", "Kjetil Ostby", QUOTE_SPEECH },
	    { "We are sorry.", "the club", QUOTE_SPEECH } }, 2 },
	/* a Chinese name in Western order, or no pinyin after the family name, keeps its order
	 * (the review's probes) */
	{ "a Chinese name in Western order", "Heat\n\nCities are warming, according to Wei Zhang, a "
	  "professor.\n\n\"The trend is clear,\" Zhang said.",
	  { { "The trend is clear,", "Wei Zhang", QUOTE_SPEECH } }, 1 },
	{ "no pinyin after a listed family name", "Vote\n\nThe lawyer Lin Wood filed the suit.\n\n"
	  "\"This is political,\" Wood said.",
	  { { "This is political,", "Lin Wood", QUOTE_SPEECH } }, 1 },
	/* a firm named after its founder: "Group" is no head a short name drops */
	{ "a founder beside his group", "Airport\n\nLucio Tanco Group said it was in talks.\n\nLucio "
	  "Tanco, the group's 88-year-old founder, spoke. \"I come every day,\" Tanco said.",
	  { { "I come every day,", "Lucio Tanco", QUOTE_SPEECH } }, 1 },
	/* initials of a body named before, without brackets */
	{ "initials of a body named before", "Traffic\n\nThe Metropolitan Manila Development "
	  "Authority will extend the scheme.\n\nThe MMDA had no plans to suspend it. \"It works,\" "
	  "it said.",
	  { { "It works,", "Metropolitan Manila Development Authority", QUOTE_SPEECH } }, 1 },
	/* a quotation, then the child it is about as the next sentence's subject, and the
	 * speaker's pronoun: the third review's tribute (a rule that gave such quotations to the
	 * subject was taken back) */
	{ "a tribute is not the child's", "Tribute\n\nLily Reyes, 7, died at the reservoir on Sunday. Her "
	  "mother, Anna Reyes, 34, said the family was devastated.\n\n\"We keep expecting her home,\" "
	  "Anna Reyes said.\n\n\"She loved the water.\" Lily had learned to swim at four, she said.",
	  { { "We keep expecting her home,", "Anna Reyes", QUOTE_SPEECH },
	    { "She loved the water.", "Anna Reyes", QUOTE_SPEECH } }, 2 },
	/* the second review's probes: initials of a person's role are the person; initials
	 * the article gave a body win over another body they fit; a topic only in a list of
	 * answers; a founder set off after his name is no bank */
	{ "initials of a role", "Arrests\n\nThe Police Public Relations Officer, Omolola Odutola, "
	  "confirmed the arrests. In a statement, the PPRO said three were held.\n\n\"They have "
	  "confessed,\" the statement read.",
	  { { "They have confessed,", "Omolola Odutola", QUOTE_SPEECH } }, 1 },
	{ "initials given in brackets first", "Pay\n\nThe Public Service Association (PSA) wants more."
	  "\n\nThe Pharmaceutical Society of Australia agreed.\n\n\"We have waited,\" the PSA said.",
	  { { "We have waited,", "Public Service Association", QUOTE_SPEECH } }, 1 },
	{ "a topic after a quotation with its cue after it", "March\n\nThousands marched.\n\n\"This "
	  "is life and death,\" said organiser Joan Price.\n\nOn one placard: \"Save our A&E.\"",
	  { { "This is life and death,", "Joan Price", QUOTE_SPEECH },
	    { "Save our A&E.", NULL, QUOTE_SPEECH } }, 2 },
	{ "a topic after a quotation a colon brought in", "Win\n\nHartley told BBC Sport: \"That was "
	  "proper.\"\n\nOn the title race: \"We look at the next game.\"\n\nOn Okoro: \"It does not "
	  "look good.\"",
	  { { "That was proper.", "Hartley", QUOTE_SPEECH },
	    { "We look at the next game.", "Hartley", QUOTE_SPEECH },
	    { "It does not look good.", "Hartley", QUOTE_SPEECH } }, 3 },
	{ "a founder set off after his name", "Bank\n\nChidozie Okafor Microfinance Bank opened a branch."
	  "\n\n\"We started small,\" said Chidozie Okafor, the bank's founder.",
	  { { "We started small,", "Chidozie Okafor", QUOTE_SPEECH } }, 1 },
	/* lowercase, "care" heads nothing */
	{ "care in lowercase is no body", "Ward\n\nNurse Ilse Brandt works in intensive care. \"We "
	  "are tired,\" she said.",
	  { { "We are tired,", "Ilse Brandt", QUOTE_SPEECH } }, 1 },
	/* kin words give a sex: "her father-in-law, Stevan X" is a man, whom "she" passes
	 * over; and one who "was speaking" after a quote-only paragraph said it, though the
	 * speaker of the quotation before carried over to it */
	{ "her father-in-law, Stevan Jovanović; '...' / X was speaking",
	  "Headline\n\nThe firm's director, Liu Wen, called the search the company's \"only "
	  "priority\". He declined to say more.\n\n\u201cWe have nothing to go back to.\u201d\n\n"
	  "Ana Jovanović, 41, was speaking outside a school gym. She lives with her husband and "
	  "her father-in-law, Stevan Jovanović, a farmer.\n\n\u201cThe sludge reached the "
	  "stairs,\u201d she said.",
	  { { "only priority", "Liu Wen", ANY },
	    { "We have nothing to go back to.", "Ana Jovanović", QUOTE_SPEECH },
	    { "The sludge reached the stairs,", "Ana Jovanović", QUOTE_SPEECH } }, 3 },
	/* a surname alone after a namesake is introduced in the paragraph before in reported
	 * words, or said to be no relation: the newcomer, however often the other was named */
	{ "Erlinda Magbanua ... / Sgt. Ramon Magbanua said ... / '...,' Magbanua told",
	  "Headline\n\n\"We pray,\" said Erlinda Magbanua, 52. \"We wait,\" Magbanua said.\n\n"
	  "Erlinda Magbanua sat by the door.\n\nPolice Sgt. Ramon Magbanua, who heads a rescue "
	  "team, said rescuers were digging by hand.\n\n\"The ground is still moving,\" "
	  "Magbanua told reporters.",
	  { { "We pray,", "Erlinda Magbanua", QUOTE_SPEECH },
	    { "We wait,", "Erlinda Magbanua", QUOTE_SPEECH },
	    { "The ground is still moving,", "Ramon Magbanua", QUOTE_SPEECH } }, 3 },
	{ "Zanele Dlamini ... / Sipho Dlamini \u2013 no relation \u2013 defended / '...,' Dlamini said",
	  "Headline\n\n\"No water came,\" said Zanele Dlamini. \"None,\" Dlamini said.\n\n"
	  "Zanele Dlamini waited.\n\nThe municipal manager, Sipho Dlamini \u2013 no relation "
	  "\u2013 defended the contract.\n\n\"It was procured lawfully,\" Dlamini said.",
	  { { "No water came,", "Zanele Dlamini", QUOTE_SPEECH },
	    { "None,", "Zanele Dlamini", QUOTE_SPEECH },
	    { "It was procured lawfully,", "Sipho Dlamini", QUOTE_SPEECH } }, 3 },
	/* someone a story seldom names later is known by the one word ("a source"), not one
	 * it names as often ("a judge"); a name in brackets inside an apposition; a role's
	 * initials given after the name */
	{ "a source told The Sun; X, director of the Network (Jalas), said:; X, officer-in-charge (OC)",
	  "Headline\n\n\"He had lost them,\" a source told The Sun. The fine was what a judge "
	  "called \"reckless\".\n\nNur Aisyah Alhabsyi, executive director of the Sulawesi "
	  "Advocacy Network (Jalas), said: \"This is no natural disaster.\"\n\nMd Shafiqul "
	  "Islam, officer-in-charge (OC) of Shonarpur police station, said a man was held.\n\n"
	  "\"He was detained,\" the OC said.",
	  { { "He had lost them,", "a source", QUOTE_SPEECH },
	    { "reckless", NULL, ANY },
	    { "This is no natural disaster.", "Nur Aisyah Alhabsyi", QUOTE_SPEECH },
	    { "He was detained,", "Md Shafiqul Islam", QUOTE_SPEECH } }, 4 },
	{ "'...' Yusran, a clove farmer, was speaking at a shelter",
	  "Headline\n\nThe regent visited the site.\n\n\u201cWe told them the dam was leaking.\u201d "
	  "Yusran, a 52-year-old clove farmer, was speaking at a shelter.\n\n\u201cNobody came.\u201d "
	  "Officials were inspecting the dam.",
	  { { "We told them the dam was leaking.", "Yusran", QUOTE_SPEECH },
	    { "Nobody came.", "Yusran", QUOTE_SPEECH } }, 2 },
	/* a title-case headline's name takes only words the body writes ("Suspends" is the
	 * headline's verb), and the word it names one by joins the full name after; a
	 * portfolio of two words joined by "and" before a name; a capitalised "La" inside a
	 * sentence opens a name, not "the Ode" */
	{ "Minister Rahmat Suspends Nickel Smelter Permit; of Environment and Forestry; La Ode",
	  "Minister Rahmat Suspends Nickel Smelter Permit After Dam Collapse\n\nMinister of "
	  "Environment and Forestry Rahmat Hidayatullah has suspended the permit.\n\n\"Seven "
	  "people have died,\" Rahmat said.\n\n\"The mud is up to the roofs,\" La Ode said."
	  "\n\nLater, Yusran, a farmer, arrived. \"We told them,\" Yusran said.",
	  { { "Seven people have died,", "Rahmat Hidayatullah", QUOTE_SPEECH },
	    { "The mud is up to the roofs,", "La Ode", QUOTE_SPEECH },
	    { "We told them,", "Yusran", QUOTE_SPEECH } }, 3 },
	/* the company a role after a name is held at, with its legal form, is a body a later
	 * "the company" or its name alone means ("Star" is no role there) */
	{ "managing director of Meghna Star Knitwear Ltd ... the company said",
	  "Headline\n\nPolice detained Tarek Chowdhury, managing director of Meghna Star "
	  "Knitwear Ltd and son of the chairman, on Tuesday.\n\nThe Fire Service said the "
	  "gates were locked.\n\n\"We are sorry,\" Meghna Star Knitwear said.\n\nIn a press "
	  "release, the company said it was \"deeply shocked\".",
	  { { "We are sorry,", "Meghna Star Knitwear Ltd", QUOTE_SPEECH },
	    { "deeply shocked", "Meghna Star Knitwear Ltd", ANY } }, 2 },
	/* a paragraph that names no person but has one body speak in reported words hands it
	 * on to a quotation in a paragraph of its own; not when two bodies speak */
	{ "the tribunal said ... / '...' continues the tribunal",
	  "Headline\n\nThe Planning Review Tribunal revoked the permit.\n\nIn its decision, the "
	  "tribunal said the assessment made no mention of the chapel.\n\n\"The tribunal cannot "
	  "accept that.\"\n\nThe Planning Authority said it would appeal, and the Heritage "
	  "Trust said it was pleased.\n\n\"It is a good day.\"",
	  { { "The tribunal cannot accept that.", "Planning Review Tribunal", QUOTE_SPEECH },
	    { "It is a good day.", NULL, QUOTE_SPEECH } }, 2 },
	/* "Umm Khaled" is a woman named as the mother of Khaled: "her son, Khaled" is him, and
	 * her "she" stays hers */
	{ "Umm Khaled's son, Khaled; she says",
	  "Headline\n\nUmm Khaled had just finished the dawn prayer when she heard thunder."
	  "\n\n\u201cIt is hard,\u201d said Al Jazeera\u2019s Hoda Karim, reporting from the "
	  "valley.\n\nBack in the classroom, Umm Khaled\u2019s grandchildren sleep on two "
	  "mattresses. Her eldest son, Khaled, spent two nights searching.\n\n\u201cWe are "
	  "waiting for the government,\u201d she says.",
	  { { "It is hard,", "Hoda Karim", QUOTE_SPEECH },
	    { "We are waiting for the government,", "Umm Khaled", QUOTE_SPEECH } }, 2 },
	/* a portfolio joined by "and" before a name: the role runs from the title before it */
	{ "Federal Minister for Overseas Pakistanis and Human Resource Development X ... the minister",
	  "Headline\n\nFederal Minister for Overseas Pakistanis and Human Resource Development "
	  "Muhammad Owais Qureshi said the workers had been \"sold a dream\".\n\n\"These men "
	  "paid,\" the minister told the house.\n\nSecretary for Labour and Welfare Harriet Tse "
	  "spoke next.\n\n\"We will act,\" the secretary said.",
	  { { "sold a dream", "Muhammad Owais Qureshi", ANY },
	    { "These men paid,", "Muhammad Owais Qureshi", QUOTE_SPEECH },
	    { "We will act,", "Harriet Tse", QUOTE_SPEECH } }, 3 },
	/* whom a person's "who" clause names is no subject, and no one a pronoun means; a
	 * streamer's "+" is its name's; Anders is a man's given name */
	{ "X, who co-ran the drama Beaumont Hall, ... she wrote; a Parallax+ spokesperson; Anders",
	  "Headline\n\nThe drama came from showrunner Zo\u00eb Castellanos-Reyes and starred Anders "
	  "S\u00f8rensen.\n\n\"We are proud of it,\" a Parallax+ spokesperson said.\n\n"
	  "Castellanos-Reyes, who previously co-ran the drama Beaumont Hall, did not mince "
	  "words.\n\n\"I found out from a push notification,\" she wrote.\n\nS\u00f8rensen "
	  "was blunter. \"Somebody explain it,\" he wrote.",
	  { { "We are proud of it,", "Parallax+", QUOTE_SPEECH },
	    { "I found out from a push notification,", "Zo\u00eb Castellanos-Reyes", QUOTE_SPEECH },
	    { "Somebody explain it,", "Anders S\u00f8rensen", QUOTE_SPEECH } }, 3 },
	/* someone unnamed who speaks in reported words past a phrase that places them is
	 * known by the whole phrase, which a later "the official" means */
	{ "a senior official in the ministry, speaking ..., said ... / the official said",
	  "Headline\n\nBut a senior official in the ministry, speaking on condition of "
	  "anonymity, said inspectors had recommended closing the plant.\n\n\"The file was on "
	  "the desk,\" the official said.",
	  { { "The file was on the desk,", "a senior official in the ministry", QUOTE_SPEECH } }, 1 },
	/* a document speaks for the subject before, not for one of a clause reported */
	{ "X wrote to residents stressing that the council would ...; the letter reads",
	  "Headline\n\nFerndale City Council will vote on Tuesday.\n\nChief executive Pieter "
	  "van der Westhuizen wrote to residents on Monday stressing that the council would hold "
	  "a forum.\n\n\u201cWe have heard you,\u201d the letter reads.",
	  { { "We have heard you,", "Pieter van der Westhuizen", QUOTE_SPEECH } }, 1 },
	/* "the legislator" and "the lawmaker" are the MP named before */
	{ "The MP for Asuokrom, Mr X, ... the legislator said",
	  "Headline\n\nThe MP for Asuokrom, Mr Daniel Kwame Asante, said he would raise the "
	  "matter in Parliament.\n\n\"Every year we celebrate the farmer,\" the legislator said.",
	  { { "Every year we celebrate the farmer,", "Daniel Kwame Asante", QUOTE_SPEECH } }, 1 },
	/* a crosshead's "Company reacts" names no body called "Company" */
	{ "Company reacts (a crosshead) ... the statement said",
	  "Headline\n\nFarmers are angry.\n\nCompany reacts\n\nWhen contacted, the Managing "
	  "Director of Akwaaba Produce Buying Company Limited, Mr Yaw Ofori-Darko, admitted "
	  "that the company was in arrears.\n\nIn a statement, the company said it had released "
	  "funds.\n\n\"Management wishes to assure farmers,\" the statement said.",
	  { { "Management wishes to assure farmers,", "Akwaaba Produce Buying Company Limited",
	      QUOTE_SPEECH } }, 1 },
	/* the source "according to" names is who speaks, a body "the firm" means later;
	 * "characterized as" describes */
	{ "According to analytics firm Reelgauge, ...; a figure the firm characterized as",
	  "Headline\n\nAccording to streaming analytics firm Reelgauge, the show drew 310 million "
	  "minutes, a figure the firm characterized as \u201crespectable but not exceptional\u201d.",
	  { { "respectable but not exceptional", "Reelgauge", ANY } }, 1 },
	/* an adverbial, then a clause of time to its comma, then the subject of "saying" */
	{ "In January, when reports linked Tavares with a vacancy, Ashbourne issued a statement saying",
	  "Headline\n\nAshbourne Town beat Leeds on Saturday.\n\nIn January, when reports first "
	  "linked Tavares with a vacancy at a Premier League club, Ashbourne issued a statement "
	  "saying the club had \u201cno intention of entertaining approaches\u201d.",
	  { { "no intention of entertaining approaches", "Ashbourne Town", ANY } }, 1 },
	/* a paragraph that quotes a word, then ends on a speaker's colon, hands the colon's
	 * speaker to the quotation that follows */
	{ "Many described ... \u201cresilient\u201d. Priya, a cardiac nurse, put it bluntly: / '...'",
	  "Headline\n\nNurses were unimpressed. Many described such programs as asking them to "
	  "be more \u201cresilient\u201d. Priya, a cardiac nurse, put it bluntly:\n\n\u201cThey "
	  "gave us a lanyard card.\u201d",
	  { { "resilient", NULL, ANY }, { "They gave us a lanyard card.", "Priya", QUOTE_SPEECH } }, 2 },
	/* "a source" who speaks in reported words is whom "the insider" means; "Platt senior"
	 * is the Platt named first */
	{ "a source told The Sun ... / The insider said:; Platt senior wrote:",
	  "Headline\n\nThe news came in a meeting with chairman Gary Platt and his son Connor, "
	  "the director of football.\n\nAnd a source told The Sun the writing had been on the "
	  "wall since Saturday.\n\nThe insider said: \u201cHe had lost them.\u201d\n\nIn a "
	  "message to fans, Platt senior wrote: \u201cI share your frustration.\u201d",
	  { { "He had lost them.", "a source", QUOTE_SPEECH },
	    { "I share your frustration.", "Gary Platt", QUOTE_SPEECH } }, 2 },
	/* "on" after a body's head goes on with its name, as "of" and "for" do */
	{ "according to the Commission on Audit (COA); the Committee on Foreign Affairs said",
	  "Headline\n\nThe rest, according to the Commission on Audit (COA), showed \u201cno "
	  "physical evidence of implementation.\u201d\n\nThe Committee on Foreign Affairs said it "
	  "would \u201clook at it\u201d.",
	  { { "no physical evidence of implementation.", "Commission on Audit", ANY },
	    { "look at it", "Committee on Foreign Affairs", ANY } }, 2 },
	/* review traps: a body's voice does not carry to words in the first person singular;
	 * a company named by a business head word speaks outside a crosshead; a name set off
	 * inside a clause of time is no subject; a colon's speaker does not take a fragment
	 * left waiting for a name; "Another official, X," gives X the role */
	{ "review traps: Police said ... / 'I saw it'; Carrier said; when the owner, X, visited",
	  "Headline\n\nPolice said the driver fled on foot.\n\n\"I saw it flip twice and I ran "
	  "to pull them out.\"\n\nCarrier said on Tuesday it would close its plant.\n\n\"This "
	  "was a difficult decision,\" the company said.\n\nIn April, when the club's owner, "
	  "Faisal Al-Mansoori, visited the ground, the squad released a statement saying they were "
	  "\"fully behind\" the coach.",
	  { { "I saw it flip twice and I ran to pull them out.", NULL, QUOTE_SPEECH },
	    { "This was a difficult decision,", "Carrier", QUOTE_SPEECH },
	    { "fully behind", NULL, ANY } }, 3 },
	{ "review traps: Growers said \"half the fruit\". X was blunt: / '...'; Another official, X,",
	  "Headline\n\nGrowers in the Barossa said it had stripped \"half the fruit\". Klaus "
	  "Mueller, whose family has farmed here since 1862, was blunt:\n\n'We will make no wine "
	  "this year.'\n\nA senior official in the ministry, speaking on condition of anonymity, "
	  "said a draft existed.\n\nAnother ministry official, Dr. Ruth Mbeki, later confirmed "
	  "it.\n\n\"We are consulting the nurses,\" the official said.",
	  { { "half the fruit", NULL, ANY },
	    /* left unknown while the fragment before waits for its speaker */
	    { "We will make no wine this year.", NULL, QUOTE_SPEECH },
	    { "We are consulting the nurses,", "Ruth Mbeki", QUOTE_SPEECH } }, 3 },
	/* review traps: the one a kin word is of is named in passing, of no sex by it; a kin
	 * word with its owner's "'s" gives none either */
	{ "review traps: X, the uncle of Maria Lopez, ...; Her aunt's husband, Chan Kwok-wai,",
	  "Headline\n\nA girl was rescued on Sunday.\n\nRafael Cruz, the uncle of Maria Lopez, "
	  "drove to the scene.\n\n\"I thought I would die,\" she said.\n\nLam Siu-ying has run "
	  "her shop for 41 years.\n\nHer aunt's husband, Chan Kwok-wai, opened it in 1983.\n\n"
	  "\"Where would my customers go?\" she said.",
	  { { "I thought I would die,", "Maria Lopez", QUOTE_SPEECH },
	    { "Where would my customers go?", "Lam Siu-ying", QUOTE_SPEECH } }, 2 },
	/* review traps: "was talking" when something else happened, "is speaking" to come,
	 * and a child "talking to a counsellor" take no one's words */
	{ "review traps: X was talking on his phone when officers arrived",
	  "Headline\n\nOfficers chased a man on Sunday. \"He ran past me,\" said Ada Brun."
	  "\n\n\"Then he dropped the bag.\"\n\nDmitri Volkov, 33, was talking on his phone when "
	  "officers arrived.",
	  { { "He ran past me,", "Ada Brun", QUOTE_SPEECH },
	    { "Then he dropped the bag.", "Ada Brun", QUOTE_SPEECH } }, 2 },
	{ "review traps: X is speaking on Saturday; Tunde, 9, was talking to a counsellor",
	  "Headline\n\n\"We expect a full hall,\" said director Ana Soto.\n\n\"Tickets went "
	  "in a day.\"\n\nAstronaut Leona Marsh is speaking at the museum on Saturday.\n\n"
	  "\"Mama told us to wait,\" said Grace Obi.\n\n\"Nobody came.\"\n\nTunde, 9, was "
	  "talking to a counsellor.",
	  { { "We expect a full hall,", "Ana Soto", QUOTE_SPEECH },
	    { "Tickets went in a day.", "Ana Soto", QUOTE_SPEECH },
	    { "Mama told us to wait,", "Grace Obi", QUOTE_SPEECH },
	    { "Nobody came.", "Grace Obi", QUOTE_SPEECH } }, 4 },
	/* review traps: a name after a title and "and" keeps its words; a title-case
	 * headline's given name the body leaves out stays the name's */
	{ "review traps: Trade Minister Sipho Ndlovu and Tran Quoc Bao; Premier Wabanakwut Kinew Promises",
	  "Premier Wabanakwut Kinew Promises Income Tax Relief For Families\n\n\"Life is too "
	  "expensive,\" Premier Kinew told reporters.\n\nTrade Minister Sipho Ndlovu and Tran "
	  "Quoc Bao signed the deal.\n\n\"Vietnam sees a gateway,\" Tran said.",
	  { { "Life is too expensive,", "Wabanakwut Kinew", QUOTE_SPEECH },
	    { "Vietnam sees a gateway,", "Tran Quoc Bao", QUOTE_SPEECH } }, 2 },
	/* review traps: "on" before a platform or a feast is no word of a body's name; a
	 * headline's word the body gives a role noun ("England skipper Kane") joins no full
	 * name opening with it; someone unnamed who spoke keeps a body from handing its voice
	 * to the next paragraph */
	{ "review traps: the Interior Ministry on Telegram said; the council on Christmas Eve said",
	  "Headline\n\nThe Interior Ministry on Telegram said the strike was \"a provocation\"."
	  "\n\nThe council on Christmas Eve said it would \"review everything\".",
	  { { "a provocation", "Interior Ministry", ANY }, { "review everything", NULL, ANY } }, 2 },
	{ "review traps: 'It was never a penalty,' says Kane / England skipper Kane / Kane Tucker",
	  "'It was never a penalty,' says Kane\n\nEngland skipper Kane, 31, said the decision "
	  "was wrong.\n\nBurnley defender Kane Tucker conceded the penalty.\n\n\"There is no "
	  "contact,\" the England captain said.",
	  { { "It was never a penalty,", "Kane", QUOTE_SPEECH },
	    { "There is no contact,", "Kane", QUOTE_SPEECH } }, 2 },
	{ "review traps: A relative told the Daily Post ...; Police said ... / '...'",
	  "Headline\n\nA relative told the Daily Post the couple had moved in last year. North "
	  "Wales Police said they were not treating the deaths as suspicious.\n\n\"They were a "
	  "close family.\"",
	  { { "They were a close family.", NULL, QUOTE_SPEECH } }, 1 },
	/* not one named in passing, who does something else */
	{ "Joe Kerr ... / Hunter Kerr sat in the front row / '...,' Kerr said",
	  "Headline\n\n\"We will win,\" said Senator Joe Kerr. \"Soon,\" Kerr said.\n\n"
	  "The crowd cheered.\n\nHunter Kerr, who had kept a low profile, sat in the front "
	  "row.\n\n\"We will win again,\" Kerr said.",
	  { { "We will win,", "Joe Kerr", QUOTE_SPEECH },
	    { "Soon,", "Joe Kerr", QUOTE_SPEECH },
	    { "We will win again,", "Joe Kerr", QUOTE_SPEECH } }, 3 },
};

static const struct quote_span *
find_span(const char *body, const struct quote_result *r, const char *text, size_t *used)
{
	size_t i;

	for (i = 0; i < r->nspans; i++) {
		const struct quote_span *sp = &r->spans[i];

		if (used[i] || sp->kind == QUOTE_SCARE)
			continue;
		if (text == NULL || (strlen(text) == sp->len && memcmp(body + sp->off, text, sp->len) == 0)) {
			used[i] = 1;
			return sp;
		}
	}
	return NULL;
}

static void
test_cases(void **state)
{
	size_t k;
	int failed = 0;

	(void)state;
	for (k = 0; k < sizeof qcases / sizeof qcases[0]; k++) {
		const struct qcase *qc = &qcases[k];
		struct quote_result r;
		size_t i, nonscare = 0, used[64] = { 0 };

		quote_extract(qc->body, strlen(qc->body), &r);
		for (i = 0; i < r.nspans; i++) {
			const struct quote_span *sp = &r.spans[i];

			if (sp->kind != QUOTE_SCARE)
				nonscare++;
			/* offsets are inside the body, marks enclose the text */
			assert_true(sp->mark_off <= sp->off);
			assert_true(sp->off + sp->len <= sp->mark_off + sp->mark_len);
			assert_true(sp->mark_off + sp->mark_len <= strlen(qc->body));
			assert_true(sp->entity >= -1 && sp->entity < (int)r.nentities);
			if (i > 0)
				assert_true(r.spans[i - 1].mark_off < sp->mark_off);
		}
		if (nonscare != qc->nw) {
			fprintf(stderr, "case '%s': %zu quotations, want %zu\n", qc->name, nonscare, qc->nw);
			failed++;
		}
		for (i = 0; i < qc->nw; i++) {
			const struct quote_span *sp = find_span(qc->body, &r, qc->w[i].text, used);
			const char *got;

			if (sp == NULL) {
				fprintf(stderr, "case '%s': no quotation \"%s\"\n", qc->name,
				    qc->w[i].text ? qc->w[i].text : "(any)");
				failed++;
				continue;
			}
			got = sp->entity >= 0 ? r.entities[sp->entity].name : NULL;
			if ((got == NULL) != (qc->w[i].speaker == NULL) ||
			    (got && strcmp(got, qc->w[i].speaker) != 0)) {
				fprintf(stderr, "case '%s': speaker %s, want %s\n", qc->name,
				    got ? got : "(none)", qc->w[i].speaker ? qc->w[i].speaker : "(none)");
				failed++;
			}
			if (qc->w[i].kind != ANY && (int)sp->kind != qc->w[i].kind) {
				fprintf(stderr, "case '%s': kind %s, want %s\n", qc->name,
				    quote_kind_name(sp->kind), quote_kind_name((enum quote_kind)qc->w[i].kind));
				failed++;
			}
		}
		quote_result_free(&r);
	}
	assert_int_equal(failed, 0);
}

static void
test_roles_and_aliases(void **state)
{
	const char *b = "\"We will defend every inch,\" U.S. Secretary of State Clara Voss said.\n\n"
	    "\"Nobody wants a war,\" Voss said.";
	struct quote_result r;

	(void)state;
	quote_extract(b, strlen(b), &r);
	assert_int_equal(r.nspans, 2);
	assert_int_equal(r.nentities, 1);
	assert_string_equal(r.entities[0].name, "Clara Voss");
	assert_non_null(r.entities[0].role);
	assert_string_equal(r.entities[0].role, "Secretary of State");
	assert_int_equal(r.entities[0].is_org, 0);
	assert_int_equal(r.entities[0].naliases, 1);
	assert_string_equal(r.entities[0].aliases[0], "Voss");
	assert_int_equal(r.spans[0].entity, 0);
	assert_int_equal(r.spans[1].entity, 0);
	assert_string_equal(r.spans[0].cue, "said");
	assert_int_equal(r.spans[0].mention_len, strlen("U.S. Secretary of State Clara Voss"));
	assert_memory_equal(b + r.spans[0].mention_off, "U.S. Secretary of State Clara Voss",
	    r.spans[0].mention_len);
	assert_true(r.spans[0].confidence > 0.5f && r.spans[0].confidence <= 1.0f);
	quote_result_free(&r);

	/* the short form may come first (a headline): it stays an alias of the full name */
	b = "Voss: 'We hold the line'\n\n\"Nobody wants a war,\" Foreign Minister Clara Voss said.";
	quote_extract(b, strlen(b), &r);
	assert_int_equal(r.nentities, 1);
	assert_string_equal(r.entities[0].name, "Clara Voss");
	assert_int_equal(r.entities[0].naliases, 1);
	assert_string_equal(r.entities[0].aliases[0], "Voss");
	quote_result_free(&r);
}

static void
test_org_flag_and_scare_confidence(void **state)
{
	const char *b = "\"Services resume on Monday,\" the Ministry of Transport said. "
	    "Critics call the plan a \"quick fix\".";
	struct quote_result r;
	size_t i;
	int scares = 0;

	(void)state;
	quote_extract(b, strlen(b), &r);
	assert_int_equal(r.nspans, 2);
	assert_int_equal(r.spans[0].entity, 0);
	assert_int_equal(r.entities[0].is_org, 1);
	assert_string_equal(r.entities[0].name, "Ministry of Transport");
	for (i = 0; i < r.nspans; i++)
		if (r.spans[i].kind == QUOTE_SCARE) {
			scares++;
			assert_int_equal(r.spans[i].entity, -1);
			assert_true(r.spans[i].confidence < 0.5f);
		}
	assert_int_equal(scares, 1);
	quote_result_free(&r);
}

static void
test_hostile(void **state)
{
	static const char *const bodies[] = {
		"", "\"", "\"\"", "\u201c", "\u201d\u201d\u201d", "'''''", "\n\n\n\n", "\"a\n\n\"b\n\n\"c",
		"\u00ab\u00ab\u00ab\u00bb", "\xe2\x80", "\xc2", "said said said: \"", "\"x,\" said",
		"\u300c\u300c\u300c\u300d", ",\"\",\"\",", "\"ab\" \"cd\" \"ef",
		"\u300c\u300d\u3068", "\u306f\u300c\u3042\u300d\u3068\u8a71", "\u300c\u3042\u300d\u3068\u3001\u306f",
		"\u300c\u3042\u300d\u3068\u3001\u7530\u4e2d\u3055\u3093", "\u300c\u3042\u300d\u3068\xe3\x81",
		"\u753a\u9577\u306f\u300c\u3042\u300d\u3068\u8ff0", "\"x,\" the", "\"x,\" the 5-year-old",
	};
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof bodies / sizeof bodies[0]; i++) {
		struct quote_result r;
		size_t n = strlen(bodies[i]);

		quote_extract(bodies[i], n, &r);
		for (k = 0; k < r.nspans; k++) {
			assert_true(r.spans[k].mark_off + r.spans[k].mark_len <= n);
			assert_true(r.spans[k].len > 0);
		}
		quote_result_free(&r);
	}
	/* NULL body and a result freed twice */
	{
		struct quote_result r;

		quote_extract(NULL, 0, &r);
		assert_int_equal(r.nspans, 0);
		quote_result_free(&r);
		quote_result_free(&r);
		quote_result_free(NULL);
	}
}

static void
test_unclosed_and_unbalanced(void **state)
{
	/* an unclosed quotation at a paragraph end runs to that end, and does not swallow
	 * the next paragraph's own quotation */
	const char *b = "Ada Pell said: \"We were never told about the closure\n\n"
	    "The mill shut in May. \"It was sudden,\" said Lars Egan.";
	struct quote_result r;

	(void)state;
	quote_extract(b, strlen(b), &r);
	assert_int_equal(r.nspans, 2);
	assert_memory_equal(b + r.spans[0].off, "We were never told about the closure", r.spans[0].len);
	assert_memory_equal(b + r.spans[1].off, "It was sudden,", r.spans[1].len);
	assert_string_equal(r.entities[r.spans[1].entity].name, "Lars Egan");
	quote_result_free(&r);
}

/* A quotation over three paragraphs is three spans: none holds a paragraph break or the
 * reopening mark, all share the speaker, only the first carries the cue. */
static void
test_multi_paragraph_split(void **state)
{
	const char *b = "Harbourmaster Idris Penhale said: \u201cThe tide came in twice as fast.\n\n"
	    "\u201cWe moved the boats at dawn.\n\n"
	    "\u201cNext year we will be ready.\u201d\n\nThe harbour reopened on Friday.";
	static const char *const parts[] = { "The tide came in twice as fast.",
	    "We moved the boats at dawn.", "Next year we will be ready." };
	struct quote_result r;
	size_t i, k;

	(void)state;
	quote_extract(b, strlen(b), &r);
	assert_int_equal(r.nspans, 3);
	for (i = 0; i < r.nspans; i++) {
		const struct quote_span *sp = &r.spans[i];

		assert_int_equal(sp->len, strlen(parts[i]));
		assert_memory_equal(b + sp->off, parts[i], sp->len);
		for (k = sp->off; k + 1 < sp->off + sp->len; k++)
			assert_false(b[k] == '\n' && b[k + 1] == '\n');
		assert_true(sp->mark_off <= sp->off && sp->off + sp->len <= sp->mark_off + sp->mark_len);
		assert_true(sp->mark_off + sp->mark_len <= strlen(b));
		assert_int_equal(sp->kind, QUOTE_SPEECH);
		assert_true(sp->entity >= 0);
		assert_string_equal(r.entities[sp->entity].name, "Idris Penhale");
		if (i > 0) {
			assert_string_equal(sp->cue, "");
			assert_int_equal(sp->mention_len, 0);
			assert_true(r.spans[i - 1].mark_off + r.spans[i - 1].mark_len <= sp->mark_off);
		}
	}
	assert_string_equal(r.spans[0].cue, "said");
	/* the reopening marks lie outside the texts, inside the marked ranges */
	assert_memory_equal(b + r.spans[1].mark_off, "\u201c", 3);
	assert_memory_equal(b + r.spans[2].mark_off + r.spans[2].mark_len - 3, "\u201d", 3);
	quote_result_free(&r);
}

static void
test_kind_names_and_table(void **state)
{
	(void)state;
	assert_string_equal(quote_kind_name(QUOTE_SPEECH), "speech");
	assert_string_equal(quote_kind_name(QUOTE_PARTIAL), "partial");
	assert_string_equal(quote_kind_name(QUOTE_SCARE), "scare");
	assert_string_equal(quote_kind_name(QUOTE_KIND_COUNT), "unknown");
	assert_true(quote_cue_table_sorted());
	assert_true(quote_cue_flags("said", 4) & QC_SAY);
	assert_true(quote_cue_flags("SAID", 4) & QC_SAY);
	assert_true(quote_cue_flags("told", 4) & QC_TELL);
	assert_true(quote_cue_flags("Mr.", 3) & QC_HONOR);
	assert_true(quote_cue_flags("\xc3\x89lys\xc3\xa9" "e", 8) & QC_ORG);
	assert_int_equal(quote_cue_flags("zzzz", 4), 0);
	assert_int_equal(quote_cue_flags("", 0), 0);
	assert_int_equal(quote_cue_flags("abcdefghijklmnopqrstuvwxyzabc", 29), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_roles_and_aliases),
		cmocka_unit_test(test_org_flag_and_scare_confidence),
		cmocka_unit_test(test_hostile),
		cmocka_unit_test(test_unclosed_and_unbalanced),
		cmocka_unit_test(test_multi_paragraph_split),
		cmocka_unit_test(test_kind_names_and_table),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
