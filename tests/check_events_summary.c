/*
 * tl-events: headlines and salience (stages/events/summary*.c): the
 * clause cut down to subject, verb group and object, the names pronouns
 * stand for, the speaker of a quote, and how salience ranks what happened
 * above what was said.
 */
#include <string.h>
#include "../stages/events/summary.h"
#include "tl_test_events.h"

static const struct {
	const char *text, *timexes, *trigger, *summary;
} summaries[] = {
	/* a place's second name after the short form of its first in
	 * brackets is no subject; a quoted title that ends the clause is the
	 * object, its year with it (thirty-seventh session: "Australia voted
	 * to pass the "Reproductive Health Care Reform Bill "") */
	{"Yesterday, the Parliament of New South Wales (NSW), Australia voted to pass the "
	 "\"Reproductive Health Care Reform Bill 2019\".",
	 "0:9:DATE:2019-09-26", "voted",
	 "The Parliament of New South Wales voted to pass the \"Reproductive Health Care Reform Bill 2019\""},
	/* a figure's part keeps its figure: "80% of", "More than 50 pct of",
	 * "One of" (was "80 went", "The banks must give") */
	{"Over 80% of the 452 available district council seats went to pro-democracy candidates on "
	 "Sunday.",
	 "89:95:DATE:2019-11-24", "went",
	 "80% of the 452 available district council seats went to pro-democracy candidates"},
	{"More than 50 pct of the banks must give their approval.", NULL, "give",
	 "More than 50 pct of the banks must give their approval"},
	{"It was one of the many options we offered the banks in order to win an attractive pricing.", NULL,
	 "offered", "One of the many options we offered the banks in order to win an attractive pricing"},
	/* a base form after "and" shares the modal of the verb before
	 * (was "He meet the president"), not a negated one */
	{"He will visit Paris and meet the president.", NULL, "meet", "He will meet the president"},
	{"We can't collect funds and pay people to do things.", NULL, "pay", "We pay people to do things"},
	/* a word or two in brackets after the verb do not end its object */
	{"The study was cross-sectional and combined (averaged) data from 2005 through 2015.",
	 "64:68:DATE:2005;77:81:DATE:2015", "combined", "The study combined data"},
	/* a quoted complement after the object ("called the move") */
	{"Labour Party leader Jeremy Corbyn called the move a \"smash and grab on our democracy\".", NULL,
	 "called", "Labour Party leader Jeremy Corbyn called the move a \"smash and grab on our democracy\""},
	/* what a report says after "that" and a phrase up to a comma
	 * (thirty-fourth session: "MidCon Corp said") */
	{"MidCon Corp said that effective May 1, Dan Grubb will be the unit's president.", "32:37:DATE:1987-05-01", "said",
	 "MidCon Corp said Dan Grubb will be the unit's president"},
	/* a date left out of a phrase of a preposition takes its article and
	 * preposition along; "a"/"an" agree with the word now after them; a
	 * date that heads a subject after its article stays (thirty-fourth
	 * session: "GNP in the was", "An meeting", "and a would require") */
	{"Total cargo ton miles for the 1987 first quarter rose 30.6 pct.", "30:48:DATE:1987-Q1", "rose",
	 "Total cargo ton miles rose 30.6 pct"},
	/* a subject's phrase of "including" before an aside, and its place
	 * after "of" and a comma (was "George Floyd continued", "Russia took
	 * place") */
	{"Nevertheless, civil unrest including the toppling of statues, still stemming from the police "
	 "killing of George Floyd, continued elsewhere in the US.", "", "continued",
	 "Civil unrest including the toppling of statues continued elsewhere in the US"},
	{"The second International Student Olympiad in Neurosurgery for the prize of the Governor of "
	 "Tyumen Oblast, Russia took place at the Federal Center for Neurosurgery.", "", "took",
	 "The second International Student Olympiad took place at the Federal Center for Neurosurgery"},
	/* a restrictive "that" after a name tells of the common noun its
	 * phrases follow ("Baghdad took place") */
	{"General Soleimani also approved the attacks on the U.S. Embassy in Baghdad that took place "
	 "on Tuesday.", "", "took", "The attacks took place on Tuesday"},
	/* a plan's participle goes with its date left out ("The elections
	 * scheduled were postponed"), and tells of its noun */
	{"The elections scheduled for April were postponed.", "28:33:DATE:2020-04", "postponed", "The elections were postponed"},
	{"The elections scheduled for April were postponed.", "28:33:DATE:2020-04", "scheduled", "The elections were scheduled"},
	{"A 200 mln dlr issue of bonds due 1997 was priced at 99.775.", "33:37:DATE:1997", "priced", "A 200 mln dlr issue of bonds was priced at 99.775"},
	/* a contract's month is no date left out ("The contract rose") */
	{"The May contract rose 2 cts.", "4:7:DATE:1987-05", "rose", "The May contract rose 2 cts"},
	/* a comparison with a time left out keeps its adjective ("He said
	 * that sales" had lost "would be worse") */
	{"He said that sales would be worse than last year.", "39:48:DATE:1986", "said", "He said that sales would be worse"},
	/* an object cut before "of" keeps its head ("He had", "said it has");
	 * a phrase of a preposition goes, and so does the subject of what
	 * was said (thirty-sixth session) */
	{"He had no estimate of how many workers were on strike.", "", "had", "He had no estimate"},
	{"Norcros Plc said it has no intention of proceeding any further with talks on a merger between "
	 "the two groups.", "", "said", "Norcros Plc said it has no intention"},
	{"Hayes said the cost of changing American cars to conform to European environmental "
	 "specifications cut into profit margins.", "", "said", "Hayes said"},
	/* a verb after "and" shares the subject of a copula before it, not
	 * its complement ("5 mln dlrs and are expected"); not a copula of what
	 * was said ("He said the losses were a setback but added") */
	{"Sales were 5 mln dlrs last year and are expected to be 7 mln dlrs next year.",
	 "22:31:DATE:1986;66:75:DATE:1988", "expected", "Sales are expected to be 7 mln dlrs"},
	{"The issue is available in denominations of 5,000 dlrs and will be listed in Luxembourg.", "",
	 "listed", "The issue will be listed in Luxembourg"},
	{"He said the potential losses of 480 mln marks were a setback for VW but added the company's "
	 "past conservative financial management meant VW could absorb them.", "", "added",
	 "He added the company's past conservative financial management meant VW"},
	/* a day's comma before its year ends no clause, nor does "as of"
	 * open one; "as of" a time goes with it */
	{"Long term debt as of December 31, 1986 was put at 7.9 billion dlrs.", "21:38:DATE:1986-12-31",
	 "put", "Long term debt was put at 7.9 billion dlrs"},
	{"Shareholders of record as of April 10 will be eligible to vote at the meeting.",
	 "29:37:DATE:1987-04-10", "eligible", "Shareholders of record will be eligible to vote at the meeting"},
	/* a finite verb after "but" shares the subject of the finite verb
	 * before, past the infinitive it governs and a time between */
	{"Kerridge said the board met yesterday to discuss the merger but decided against it.",
	 "28:37:DATE:1987-03-31", "decided", "The board decided against it"},
	/* a relative clause with auxiliaries in the subject stays with its
	 * noun ("A copper mine fire were found") */
	{"Television crews which had been waiting outside his home filmed two men.", "", "filmed",
	 "Television crews which had been waiting outside his home filmed two men"},
	{"The man who was arrested on Monday has been released.", "28:34:DATE:2020-03-02", "released",
	 "The man who was arrested has been released"},
	{"The man who was seen on Monday was arrested.", "24:30:DATE:2020-03-02", "seen",
	 "The man was seen"},
	/* a preposition before "about" and a time goes with them */
	{"The company hopes repairs will begin in about five days.", "41:56:DATE:1987-06-15", "begin",
	 "Repairs will begin"},
	/* a subordinate clause cut before its verb goes whole */
	{"He still lived there when the 2012 documentary about the famous jazz drummer and his band was "
	 "filmed.", "", "lived", "He still lived there"},
	/* a date at the head of its noun phrase, before an "of" phrase,
	 * stays ("attended the of the convention") */
	{"Jillea attended the Saturday of the convention dressed as Charizard.", "20:28:DATE:2019-05-25", "attended",
	 "Jillea attended the Saturday of the convention dressed as Charizard"},
	{"The team played on the Sunday of the tournament.", "23:29:DATE:2019-05-26", "played",
	 "The team played on the Sunday of the tournament"},
	{"Mobutu accused the IMF at an October meeting of the ruling party.", "29:36:DATE:1986-10",
	 "accused", "Mobutu accused the IMF at a meeting of the ruling party"},
	{"It expects to realize a second quarter after-tax gain of four dlrs.", "24:38:DATE:1987-Q2",
	 "realize", "It expects to realize an after-tax gain of four dlrs"},
	{"Coverage should rise gradually from the current depressed 1.4 times level.",
	 "40:47:DATE:PRESENT_REF", "rise", "Coverage should rise gradually from the depressed 1.4 times level"},
	{"The dry fall damaged pastures and a late spring would require longer feeding.",
	 "36:47:DATE:1987-SP", "require", "Pastures and a late spring would require longer feeding"},
	/* a participle between a determiner and a figure is no end of a
	 * headline (thirty-fourth session: "... from a restated") */
	{"Sales in the period grew 8.8 pct to 7.23 billion dlrs from a restated 6.65 billion dlrs.", "",
	 "grew", "Sales in the period grew 8.8 pct to 7.23 billion dlrs"},
	/* a capitalised plural that opens the sentence, read as a verb before
	 * the sentence's verb, is its subject (thirty-third session: "Rose 4.2
	 * pct") */
	{"Costs rose 4.2 pct.", "", "rose", "Costs rose 4.2 pct"},
	{"Yields varied widely from area to area.", "", "varied",
	 "Yields varied widely from area to area"},
	{"Rolls was rescued from bankruptcy.", "", "rescued", "Rolls was rescued from bankruptcy"},
	/* a verb whose past is its base, read as a noun (thirty-third session:
	 * no event) */
	{"The bank set rates higher.", "", "set", "The bank set rates higher"},
	{"The rotating strike spread to the Atlantic provinces.", "", "spread",
	 "The rotating strike spread to the Atlantic provinces"},
	/* a subject's head keeps its phrase with noun phrases joined, "either"
	 * before them; a phrase too long, not of "of", is left out (thirty-
	 * second session: "The Democratic or Republican Party is scheduled") */
	{"The next primary election for either the Democratic or Republican Party is scheduled "
	 "for Tuesday.",
	 "", "scheduled", "The next primary election is scheduled for Tuesday"},
	{"The fate of either Smith or Jones will be decided.", "", "decided",
	 "The fate of either Smith or Jones will be decided"},
	{"USX Corp said proved reserves of oil and natural gas liquids fell 28 pct.", "", "fell",
	 "Reserves of oil and natural gas liquids fell 28 pct"},
	/* a past the tagger read as a participle after the sentence's
	 * subject lends it to the predicate joined after "then" or "but";
	 * so does a participle with its agent before the main predicate
	 * (thirty-second session) */
	{"Cream recorded four albums, then in 1968 disbanded.", "36:40:DATE:1968", "disbanded",
	 "Cream disbanded"},
	{"A small investor group led by Melvyn Gelch, a surgeon, told the SEC it has acquired "
	 "60,840 shares.",
	 "", "told", "A small investor group told the SEC it has acquired 60,840 shares"},
	{"Tass news agency announced yesterday that Minister Grigory Zolotukhin, 75, was being "
	 "retired.",
	 "", "retired", "Minister Grigory Zolotukhin was being retired"},
	/* the noun phrase after a phrase that opens the sentence, before its
	 * aside, is the subject, not a place in the phrase; a list there is
	 * whole; "City, State," opens the sentence (thirty-second session) */
	{"On Friday in Pakistan, Mohammed Waseem, brother of the star, was sentenced to life in "
	 "prison.",
	 "3:9:DATE:2019-09-27", "sentenced", "Mohammed Waseem was sentenced to life in prison"},
	{"At a meeting in Paris, Britain, Canada, France and Japan, agreed to cooperate.", "", "agreed",
	 "Britain, Canada, France and Japan agreed to cooperate"},
	{"In Woodbridge, N.J., Supermarkets General said it would fight.", "", "said",
	 "Supermarkets General said it would fight"},
	/* a compound's second word is no verb that ends the subject, and no
	 * subject starts inside a compound (thirty-second session) */
	{"U.S.-backed Contra rebels tried to blow up an electricity pylon.", "", "tried",
	 "U.S.-backed Contra rebels tried to blow up an electricity pylon"},
	{"Ford said its year-to-date car sales of imports fell 10 pct.", "", "fell",
	 "Year-to-date car sales of imports fell 10 pct"},
	/* a plural the tagger read as a verb before the clause's past, and a
	 * capitalised word after "the" before one, are nouns ("stocks",
	 * "starts", "the Fed"); a verb that takes a clause stays one */
	{"London Metal Exchange stocks fell to 193,100 tons in December.", "", "fell",
	 "London Metal Exchange stocks fell to 193,100 tons in December"},
	{"Insurers objected, but the Fed ruled that Sovran was entitled to it.", "", "ruled",
	 "The Fed ruled that Sovran was entitled to it"},
	{"The company says prices rose.", "", "says", "The company says prices rose"},
	{"The move comes after the European Union sanctioned Iran.", "", "comes",
	 "The move comes after the European Union sanctioned Iran"},
	/* what was said runs past the rest of a list that is its subject, a
	 * determiner opening its first item (thirty-second session) */
	{"GM said its Oldsmobile, Buick and Cadillac divisions will cut output.", "", "said",
	 "GM said its Oldsmobile, Buick and Cadillac divisions will cut output"},
	{"GM said its Oldsmobile, Buick and Cadillac divisions will cut output.", "", "cut",
	 "Its Oldsmobile, Buick and Cadillac divisions will cut output"},
	{"The virus claimed 6606 lives, and 167,515 cases were reported.", "", "claimed",
	 "The virus claimed 6606 lives"},
	/* a relative clause's noun after "of" leaves the subject whole */
	{"Aftershocks of an earthquake that struck the Philippines have increased the death toll.", "",
	 "increased", "Aftershocks of an earthquake that struck the Philippines have increased the death toll"},
	/* an adjective after its verb keeps it past an adverb of degree
	 * ("remained relatively", "fell critically") */
	{"The great white shark population remained relatively stable until 2015.", "66:70:DATE:2015",
	 "remained", "The great white shark population remained relatively stable"},
	{"Mukherjee fell critically ill.", "", "fell", "Mukherjee fell critically ill"},
	{"The recently announced sale of a non-core production equipment unit and a Mexican "
	 "subsidiary will not have a material impact.",
	 "", "have", "Sale of a non-core production equipment unit will not have a material impact"},
	/* the "with" of an absolute phrase before its participle goes; the
	 * noun phrase before an apposition in a clause a subordinator opens
	 * is the subject (twenty-eighth session) */
	{"Protests spread, with 35,000 students protesting in Belgium.", "", "protesting",
	 "35,000 students protesting in Belgium"},
	{"The move came after William Conley, a United States District judge, ordered the vote "
	 "delayed.",
	 "", "ordered", "William Conley ordered the vote delayed"},
	/* a subject's head before a participle with an infinitive ("The talks
	 * scheduled to start on Monday" was cut to its date, then nothing);
	 * "either" before two verbs is theirs, "neither" stays */
	{"The talks scheduled to start on Monday were postponed.", "32:38:DATE:2024-04-29",
	 "postponed", "The talks were postponed"},
	{"All other states either delayed their election or switched to mail-in voting.", "",
	 "delayed", "All other states delayed their election"},
	{"The company neither confirmed nor denied the report.", "", "denied",
	 "The company neither confirmed nor denied the report"},
	{"The company did not confirm or deny the report.", "", "deny",
	 "The company did not confirm or deny the report"},
	{"He would revise and resubmit the plans.", "", "resubmit",
	 "He would revise and resubmit the plans"},
	/* a short quote after a verb of naming is its complement, a stop
	 * inside the closing quote left out */
	{"That year's H1N1 was commonly called \"swine flu.\"", "", "called",
	 "That year's H1N1 was commonly called \"swine flu\""},
	{"The virus was named \"COVID-19\" by the agency.", "", "named",
	 "The virus was named \"COVID-19\" by the agency"},
	{"A song was called \"Day after Day,\" so it would fit.", "", "called",
	 "A song was called \"Day after Day\""},
	/* the date after "dated" is what the headline tells */
	{"The letter, dated June 3, was signed by Smith.", "18:24:DATE:2019-06-03", "dated",
	 "The letter was dated June 3"},
	/* a verb coordinated with one before shares its subject, past a
	 * participle that tells of the subject's noun (twenty-seventh
	 * session); a past form the tagger read as a noun's ("The army
	 * withdrew") is a verb */
	{"A moderate earthquake measuring 5.5 on the Richter scale shook southwestern Japan but "
	 "caused no injuries or damage, police said.",
	 "", "caused",
	 "A moderate earthquake measuring 5.5 on the Richter scale caused no injuries or damage"},
	{"Workers living near the plant protested and blocked the road.", "", "blocked",
	 "Workers living near the plant blocked the road"},
	{"The army withdrew from the city.", "", "withdrew", "The army withdrew from the city"},
	/* a noun's clause is part of the subject (the "it was a black hole"
	 * of "the first suggestion that it was a black hole" is no subject of
	 * its own), and the object of "hosted" ends before the clause after
	 * "and" */
	/* the clause that tells which day a date of the object is goes with
	 * the date */
	{"The milestone came the same day Malawi confirmed its first infections.", "19:31:DATE:2020-04-02",
	 "came", "The milestone came"},
	/* a name in a participle's aside is not the subject the aside
	 * follows; a name in apposition to a title is */
	{"The company, based in Ohio, said it would cut 500 jobs.", "", "said",
	 "The company said it would cut 500 jobs"},
	{"The prime minister, Boris Johnson, tweeted.", "", "tweeted", "Boris Johnson tweeted"},
	/* a relative clause is in its noun's subject, and its own verb's
	 * object ends before the verb of the clause around it */
	{"The man who killed the guard was arrested on Monday.", "", "arrested",
	 "The man who killed the guard was arrested on Monday"},
	{"The man who killed the guard was arrested on Monday.", "", "killed", "The man killed the guard"},
	/* a report's subject after a possessive, in apposition to a name: the
	 * name */
	{"The company said its chairman, John Smith, would retire in May.", "", "retire",
	 "John Smith would retire in May"},
	{"Baker said his new adviser, Frank Carlucci, was rebuilding the staff.", "", "said",
	 "Baker said his new adviser was rebuilding the staff"},
	/* past the recipient of a verb of telling, "it" is the teller */
	{"General Motors Corp told employees it was reducing the funds.", "", "reducing",
	 "General Motors Corp was reducing the funds"},
	{"The company told them it would pay the dividend.", "", "pay",
	 "The company would pay the dividend"},
	/* a subject before an aside of a participle, its verb group after
	 * "had" */
	{"The commission, headed by former Secretary of State Henry Kissinger, had proposed a program.", "",
	 "proposed", "The commission had proposed a program"},
	/* a participle after its noun, dated, is the noun's: the subject
	 * goes on before it */
	{"A poll released on Monday showed support for the plan.", "19:25:DATE:2024-04-22", "showed",
	 "A poll released showed support for the plan"},
	/* a year of a name in quotes is the name's word, in the headline */
	{"Hungary launched a program dubbed \"Zrinyi 2026\" in 2017.", "42:46:DATE:2026;51:55:DATE:2017",
	 "launched", "Hungary launched a program dubbed \"Zrinyi 2026\""},
	/* "at least" before a number is the subject's, not a phrase before
	 * it */
	{"At least three unfavorable claims about Trump surfaced in early September.", "", "surfaced",
	 "At least three unfavorable claims surfaced in early September"},
	/* a date that qualifies a noun in a noun's phrase stays with its
	 * preposition: not "Bid elections failed" */
	{"Monday's bid for October elections failed to get the majority.", "0:6:DATE:2019-09-09;17:24:DATE:2019-10",
	 "failed", "Bid for October elections failed to get the majority"},
	/* a relative clause's antecedent: a name with its "of" */
	{"Traders said the Bank of Spain, which raised its key rate to 13.5 pct, would act again.", "",
	 "raised", "The Bank of Spain raised its key rate to 13.5 pct"},
	/* "It said it expects": the company of the sentence before */
	{"UNC Inc said its board approved a change. It said it expects to make the change in April.", "",
	 "expects", "UNC Inc expects to make the change in April"},
	/* an infinitive after a copula's adjective is told with the copula
	 * (and its particle) */
	{"Nkurunziza became president of the African nation in 2005 and was due to stand down in August.",
	 "", "stand", "Nkurunziza was due to stand down in August"},
	{"Farmers were unable to plant wheat because of adverse weather.", "", "plant",
	 "Farmers were unable to plant wheat because of adverse weather"},
	/* an infinitive that no verb governs borrows no pronoun */
	{"Today, I am leaving the race for the same reason: to defeat Donald Trump.", "", "defeat",
	 "To defeat Donald Trump"},
	{"I mean, the first suggestion that it was a black hole surfaced in 2010.", "", "surfaced",
	 "The first suggestion that it was a black hole surfaced in 2010"},
	{"Iran hosted the 2017 Women's World Championship and it was boycotted by several players.", "",
	 "hosted", "Iran hosted the 2017 Women's World Championship"},
	/* a preposition of three words cut after its noun goes ("in
	 * connection | with the theft"); "came to light" is no such one */
	{"Police arrested a man in connection with the murder of a gold dealer.", "", "arrested",
	 "Police arrested a man"},
	{"Indications of forgeries came to light in the 1986 review of the accounts.", "", "came",
	 "Indications of forgeries came to light in the 1986 review of the accounts"},
	/* the date a schedule names stays ("was slated for October 15"), not
	 * the end of a subject ("games scheduled for Wednesday were held",
	 * whose participle goes with it);
	 * "which" tells of the debate, not of the person in its phrase */
	{"The commission said the second debate between Donald Trump and Joe Biden, which was slated "
	 "for October 15, has been cancelled.",
	 "95:105:DATE:2020-10-15", "slated", "The second debate was slated for October 15"},
	{"The deadline was extended to April 30.", "29:37:DATE:2024-04-30", "extended",
	 "The deadline was extended to April 30"},
	{"The company issued notes due 2017.", "29:33:DATE:2017", "issued",
	 "The company issued notes due 2017"},
	{"Other games scheduled for Wednesday were still held.", "26:35:DATE:2024-04-24", "scheduled",
	 "Other games were scheduled"},
	{"Other games scheduled for Wednesday were still held.", "26:35:DATE:2024-04-24", "held",
	 "Other games were still held"},
	/* a noun's infinitive cut at a conjunction from the object two verbs
	 * share goes; not after a verb of an object and an infinitive */
	{"Walt Disney Co has signed a definitive agreement with the French government to build and "
	 "operate Euro Disneyland on 5,000 acres near Paris.",
	 "", "signed", "Walt Disney Co has signed a definitive agreement with the French government"},
	{"Foreign Secretary Dominic Raab urged the embassy to reconsider and withdraw the decision "
	 "that was made in the capital.",
	 "", "urged", "Foreign Secretary Dominic Raab urged the embassy to reconsider"},
	/* a subject too long is cut at a phrase's start, never inside a
	 * name; a head is a noun, not "The" of "The newly qualified", whose
	 * adverb and participle go with the phrase */
	{"The newly qualified Natural Law Party of Michigan gave its nomination to the duo.", "",
	 "gave", "The newly qualified Natural Law Party of Michigan gave its nomination to the duo"},
	{"Hong Kong's broadly defined money supply rose 2.2 pct.", "", "rose",
	 "Hong Kong's broadly defined money supply rose 2.2 pct"},
	{"Japan's seasonally adjusted unemployment rate rose to 3.0 pct.", "", "rose",
	 "Japan's seasonally adjusted unemployment rate rose to 3.0 pct"},
	{"Conquest Exploration Co said the expiration date of its publicly traded warrants will not "
	 "be extended after July 15.", "", "extended",
	 "The expiration date of its publicly traded warrants will not be extended after July 15"},
	{"Shareholders approved the previously announced merger of Cyclops with Dixons.", "", "merger",
	 "Previously announced merger of Cyclops"},
	{"Much of the system's remaining capital is tied up in legal action.", "", "tied",
	 "Much of the system's remaining capital is tied up in legal action"},
	/* a verb's particle before a date that takes no such preposition
	 * stays; "on" a named day is a preposition (twenty-sixth session) */
	{"Pierluisi was sworn in last week following the resignation.", "23:32:DATE:2019-W31",
	 "sworn", "Pierluisi was sworn in following the resignation"},
	{"Syria stepped in yesterday to halt the battles.", "17:26:DATE:2019-08-07", "stepped",
	 "Syria stepped in to halt the battles"},
	{"The firm said on last Wednesday it had run out of stock.", "17:31:DATE:2020-03-04", "said",
	 "The firm said it had run out of stock"},
	/* an adjective after an article that ends its phrase is its noun
	 * ("a record high"); not a phrase that goes on ("a special,
	 * one-time dividend", "the earlier of 90 days") */
	{"Inflation hit a record high last autumn.", "28:39:DATE:1986-FA", "hit",
	 "Inflation hit a record high"},
	{"Prices fell to a six-month low on Friday.", "34:40:DATE:1987-03-06", "fell",
	 "Prices fell to a six-month low"},
	{"The index closed at an all-time high yesterday.", "37:46:DATE:2024-05-14", "closed",
	 "The index closed at an all-time high"},
	{"Canbra Foods Ltd declared a special, one-time dividend of five dlrs per share.", NULL, "declared",
	 "Canbra Foods Ltd declared"},
	{"Edelman said his terms held until the earlier of 90 days from March 3 or a sale.",
	 "49:69:DATE:1987-06-01", "held", "His terms held"},
	/* the object of "open", "mount", "deliver" (object-tells.txt) is told
	 * by its verb's clause, as a light verb's is; not after a gerund
	 * (twenty-fourth session) */
	{"According to police, on August 1, a gunman opened fire at a school.", "24:32:DATE:2020-08-01",
	 "fire", "A gunman opened fire at a school"},
	{"Iran's leadership mounted a major offensive towards Basra.", NULL, "offensive",
	 "Iran's leadership mounted a major offensive towards Basra"},
	{"In opening the debate, Biden attacked Trump.", NULL, "debate", "Debate"},
	/* a date that is the possessive of a preposition's noun stays with both
	 * ("voted election" was what was left) */
	{"About 2.9 million people voted in Sunday's election.", "34:40:DATE:2019-11-24", "voted",
	 "2.9 million people voted in Sunday's election"},
	{"Five civilians died in yesterday's attack on the market.", "23:32:DATE:2019-01-29", "died",
	 "Five civilians died in yesterday's attack on the market"},
	{"Five civilians died in yesterday's attack on the market.", "23:32:DATE:2019-01-29", "attack",
	 "Attack on the market"},
	{"Thursday's accident killed two.", "0:8:DATE:2019-01-24", "killed", "Accident killed two"},
	/* a subject in quotes is the quoted noun phrase, not a name elsewhere;
	 * not a quoted adjective */
	{"Znak.com reported its source said \"three terrorists\" were killed in a firefight.", NULL,
	 "killed", "Three terrorists were killed in a firefight"},
	/* a long subject is not cut inside an amount's words ("Least five") */
	{"At least five other civilians reportedly also died in the attack.", NULL, "died",
	 "At least five other civilians reportedly also died in the attack"},
	{"At least 75 pct of total deposits participated.", NULL, "participated",
	 "At least 75 pct of total deposits participated"},
	{"On 26 April, Blinken finished his three-day trip to China, where he met officials.",
	 "3:11:DATE:2024-04-26;34:43:DURATION:P3D", "finished",
	 "Blinken finished his three-day trip to China"},
	{"On 26 April, Blinken finished his three-day trip to China, where he met officials.",
	 "3:11:DATE:2024-04-26;34:43:DURATION:P3D", "met", "He met officials"},
	/* a subject pronoun: the name it stands for, from its own sentence's
	 * subject or the one person of a sentence before; none when two people
	 * compete or when "it" stands for nothing */
	{"The American Stock Exchange said it has introduced options on the Institutional Index.", NULL,
	 "introduced", "The American Stock Exchange has introduced options on the Institutional Index"},
	{"Alexei Leonov was a cosmonaut. He performed the first spacewalk.", NULL, "performed",
	 "Alexei Leonov performed the first spacewalk"},
	{"Reporters asked Biden about Xi Jinping. He raised the issue of fentanyl.", NULL, "raised",
	 "He raised the issue of fentanyl"},
	{"The company said it is expected that sales will rise.", NULL, "expected",
	 "It is expected that sales will rise"},
	/* nor is a date's noun before "it" a relative clause's antecedent */
	{"Prime Computer Inc said today it will introduce two new superminicomputers.", "24:29:DATE:2024-04-27",
	 "introduce", "Prime Computer Inc will introduce two new superminicomputers"},
	/* nor the phrase that says how it was said ("said in a statement
	 * it"); a dateline not in capitals is no subject either */
	{"UTRECHT, Netherlands, March 11 - SHV said in a statement it had sought to gain 750,000 IC Gas shares.",
	 NULL, "sought", "SHV had sought to gain 750,000 IC Gas shares"},
	{"Toronto, March 6 - <IBM Canada Ltd> said it filed a lawsuit in the federal court of Canada.", NULL,
	 "filed", "IBM Canada Ltd filed a lawsuit in the federal court of Canada"},
	/* but a participle after "have" is no expletive's: "it has agreed to" */
	{"Financial Benefit Group Inc said it has agreed to sell one mln shares of its stock.", NULL, "agreed",
	 "Financial Benefit Group Inc has agreed to sell one mln shares of its stock"},
	/* in its own sentence, the subject of the verb nearest before it */
	{"President Andrzej Duda said the victims were joyful girls while Interior Minister Joachim "
	 "Brudziński wrote he had ordered fire safety checks.", NULL, "ordered",
	 "Joachim Brudziński had ordered fire safety checks"},
	/* a subject longer than six words is kept whole when it is one noun
	 * phrase, or noun phrases joined by "and"; else its head with a short
	 * phrase of "of", "by", "from", "for" */
	{"The United States and major Latin American nations agreed to set aside their differences.", NULL,
	 "agreed", "The United States and major Latin American nations agreed to set aside their differences"},
	{"A plan by European producers to sell sugar to intervention stocks still stands.", NULL, "stands",
	 "A plan by European producers stands"},
	/* no headline ends with a relative word, nor with the adverb of a time left out */
	{"On Monday, Hungarian daily newspaper Magyar Nemzet revealed a deal whereby, on October 29, "
	 "Hungarian state-owned enterprise HDT bought the plant.", "3:9:DATE:2019-11-04;79:89:DATE:2019-10-29",
	 "revealed", "Hungarian daily newspaper Magyar Nemzet revealed a deal"},
	/* a noun alone is told by the clause it is the object of across a date
	 * ("an explosion yesterday"), or the complement of a copula; not of a
	 * relative clause ("which was on fire") */
	{"The last time the party had ballot access was 1996, when Jorgensen was on the ballot.", "46:50:DATE:1996", "ballot",
	 "Jorgensen was on the ballot"},
	{"The company said an explosion yesterday destroyed the furnace.", "30:39:DATE:2024-04-26", "explosion",
	 "The company said an explosion destroyed the furnace"},
	{"The vessel, which was on fire, grounded.", NULL, "fire", "Fire"},
	/* what was said runs past the apposition of its subject, and that
	 * subject is the clause's after the apposition */
	{"Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed in "
	 "an operation.", NULL, "said", "Trump said Hamza bin Laden has been killed in an operation"},
	{"Trump said Hamza bin Laden, son of the late Al-Qaeda founder Osama bin Laden, has been killed in "
	 "an operation.", NULL, "killed", "Hamza bin Laden has been killed in an operation"},
	/* a word or two quoted inside a clause do not end it, nor count as
	 * words; a quote closed stays */
	{"Representatives from Iran acknowledged their government had \"unintentionally\" shot down a "
	 "Ukrainian passenger jet.", NULL, "acknowledged",
	 "Representatives from Iran acknowledged their government had \"unintentionally\" shot down a Ukrainian "
	 "passenger jet"},
	{"Dr Gazzola called it a \"tipping point\" and said it was a \"cost-benefit\" function.", NULL,
	 "called", "Dr Gazzola called it a \"tipping point\""},
	/* a bare participle after a clause in the past: told in the past with
	 * that clause's subject; not after a passive's comma, where the
	 * subject did not do it */
	{"The Bank of Japan intervened in the market, buying a moderate amount of dollars around 137.80-85 "
	 "yen, dealers said.", NULL, "buying", "The Bank of Japan bought a moderate amount of dollars around 137.80-85 yen"},
	{"Chirac was a civil servant before becoming a career politician.", NULL, "becoming",
	 "Chirac became a career politician"},
	/* a copula's subject, not the words of its complement */
	{"Gillibrand was unable to qualify for this debate, failing to top more than 1% in any national poll.",
	 NULL, "failing", "Gillibrand failed to top more than 1% in any national poll"},
	{"Palin was chosen as his running mate, becoming the first female candidate of the party.", NULL,
	 "becoming", "Becoming the first female candidate of the party"},
	{"A longstanding conflict between the two nations erupted into violence late in September.",
	 "78:87:DATE:2020-09", "erupted", "A longstanding conflict erupted into violence"},
	{"The talks were part of a series of engagements that culminated in a summit.", NULL,
	 "culminated", "Engagements culminated in a summit"},
	{"Angela Merkel met Emmanuel Macron during their summit in Paris last November.",
	 "63:76:DATE:2023-11", "summit", "Angela Merkel and Emmanuel Macron met at a summit in Paris"},
	/* told as a clause in the future when dated after the DCT */
	{"Angela Merkel will host Emmanuel Macron for their summit in Paris next May.",
	 "66:74:DATE:2024-05", "summit", "Angela Merkel and Emmanuel Macron will meet at a summit in Paris"},
	/* a superlative wants the possessive */
	{"Angela Merkel met Emmanuel Macron during their latest summit in Paris last November.",
	 "70:83:DATE:2023-11", "summit", "Angela Merkel and Emmanuel Macron’s latest summit in Paris"},
	/* undated: a past verb governing it tells the tense */
	{"Officials praised Angela Merkel’s trip to Paris.", NULL, "trip",
	 "Angela Merkel made a trip to Paris"},
	/* undated and nothing tells when: the noun phrase stays */
	{"Angela Merkel’s trip to Paris is expected to improve relations.", NULL, "trip",
	 "Angela Merkel’s trip to Paris"},
	{"Officials said on Monday that the bridge would reopen.", "17:26:DATE:2024-05-06", "said",
	 "Officials said that the bridge would reopen"},
	/* an infinitive has no subject of its own: a headline with its
	 * governing noun, or its governing verb, rather than a fragment */
	{"Analysts saw evidence of Russian attempts to “destabilize and possibly split” the alliance in 2023.",
	 "98:102:DATE:2023", "split", "Russian attempts to destabilize and possibly split the alliance"},
	{"Diplomats described new plans to “contain and eventually end” the conflict.", NULL, "contain",
	 "New plans to contain and eventually end the conflict"},
	{"The union urged its members to strike in May.", "41:44:DATE:2024-05", "strike",
	 "The union urged its members to strike"},
	/* a verb coordinated with the one before shares its subject */
	{"Police arrived at the house and shot him.", NULL, "shot", "Police shot him"},
	{"Blinken said the US has seen and approved the deal.", NULL, "approved",
	 "The US approved the deal"},
	/* a subject starts with no preposition */
	{"In findings published in Science, researchers described the fossil.", NULL, "published",
	 "Findings were published in Science"},
	{"During his presidency he ended military service.", NULL, "ended", "He ended military service"},
	/* across an apposition: the noun phrase before it, or a name in it */
	{"The princess, 67, announced her candidacy.", NULL, "announced",
	 "The princess announced her candidacy"},
	{"Officials, fearing unrest, closed the roads.", NULL, "closed", "Officials closed the roads"},
	{"Analysts, however, said profits rose.", NULL, "said", "Analysts said profits rose"},
	{"The fire, they said, spread fast.", NULL, "spread", "The fire spread fast"},
	{"The prime minister, Boris Johnson, tweeted a message.", NULL, "tweeted",
	 "Boris Johnson tweeted a message"},
	{"Another co-author, engineering professor Julian Marshall, said the results held.", NULL,
	 "said", "Julian Marshall said the results held"},
	{"Hosni Mubarak, the former President of Egypt, died in Cairo.", NULL, "died",
	 "Hosni Mubarak died in Cairo"},
	/* a participle clause after the object is told with its verb, and
	 * takes that headline as a second mention of it */
	{"Police fired tear gas, injuring dozens of protesters.", NULL, "fired",
	 "Police fired tear gas, injuring dozens of protesters"},
	{"Police fired tear gas, injuring dozens of protesters.", NULL, "injuring",
	 "Police fired tear gas, injuring dozens of protesters"},
	{"The storm hit the coast, leaving thousands homeless.", NULL, "hit",
	 "The storm hit the coast, leaving thousands homeless"},
	/* a phase's participle before an article or a possessive is a verb
	 * ("ending a strike"), not the preposition of "the year ending March 31";
	 * short, it is told with the verb before it */
	{"Dock workers returned to their jobs, ending a three-week strike.", NULL, "ending",
	 "Dock workers returned to their jobs, ending a three-week strike"},
	{"Ministers met in Brussels, starting their annual price review.", NULL, "starting",
	 "Ministers met in Brussels, starting their annual price review"},
	/* (with the verb, cut short when its clause is long) */
	{"The bridge reopened on Friday, ending a closure that began when inspectors found cracked "
	 "steel in two piers.", NULL, "ending", "The bridge reopened on Friday, ending a closure"},
	/* the antecedent of a relative clause's pronoun with its article or
	 * possessive */
	{"The temporary ferry, which has carried some 2,000 commuters a day since February 2024, "
	 "makes its last crossing on March 31.", NULL, "carried",
	 "The temporary ferry has carried some 2,000 commuters a day since February 2024"},
	{"Officials said the fire, which started in a kitchen, spread quickly.", NULL, "started",
	 "The fire started in a kitchen"},
	{"He thanked his doctors, who had treated him for months.", NULL, "treated",
	 "His doctors had treated him for months"},
	/* an adverb that leads a time left out goes with it */
	{"Union leaders reached a deal shortly after 2 a.m., ending a five-day strike.",
	 "43:49:TIME:2024-04-27T02:00", "reached", "Union leaders reached a deal"},
	{"Officials said the issue could be redeemed early in 1988.", "52:56:DATE:1988", "redeemed",
	 "The issue could be redeemed"},
	{"Morgan said such a prospect is unlikely right now.", "46:49:DATE:PRESENT_REF", "said",
	 "Morgan said such a prospect is unlikely"},
	{"The storm could develop into a hurricane as soon as Friday.", "52:58:DATE:2024-05-03", "develop",
	 "The storm could develop into a hurricane"},
	/* an event noun with its modifiers told by the clause it is the
	 * subject of; not a conjunct inside a preposition's object */
	{"In New Hampshire, a primary election was held on February 11.", "49:60:DATE:2024-02-11",
	 "election", "A primary election was held"},
	{"A military coup removed the prime minister in 2006.", "46:50:DATE:2006", "coup",
	 "A military coup removed the prime minister"},
	{"The statement added that the threat to free and safe navigation had increased.", NULL,
	 "navigation", "Safe navigation"},
	/* the clause a verb of telling takes after its recipient starts
	 * after it; a hyphen glued inside a name does not end the clause */
	{"He told a news conference the company would cut 500 jobs.", NULL, "cut",
	 "The company would cut 500 jobs"},
	{"One activist told Agence France-Presse arson has been used as a weapon.", NULL, "used",
	 "Arson has been used as a weapon"},
	{"The company sold its stake in Wheeling-Pittsburgh Steel.", NULL, "sold",
	 "The company sold its stake in Wheeling-Pittsburgh Steel"},
	{"Byrd told reporters Baker visited him to urge Congress not to add amendments.", NULL, "visited",
	 "Baker visited him to urge Congress not to add amendments"},
	/* an adjective that completes a verb before "and" stays; so does
	 * "late" before a time left out */
	{"On Wednesday, the strong tremor left five dead and at least 30 injured.",
	 "3:12:DATE:2024-04-24", "left", "The strong tremor left five dead and at least 30 injured"},
	{"Police chief Greg Allen said late Sunday the police were attributing the document to Crusius.",
	 "34:40:DATE:2024-04-21", "said",
	 "Police chief Greg Allen said the police were attributing the document to Crusius"},
	/* the noun phrase that opens the sentence before a long relative
	 * clause, with a name inside it */
	{"US professional wrestler Jon Huber, who performed for WWE (World Wrestling Entertainment) under "
	 "the ring name Luke Harper and for AEW (All Elite Wrestling) under the ring name Brodie Lee, "
	 "died aged 41.", NULL, "died", "US professional wrestler Jon Huber died aged 41"},
	/* a participle after an aside's comma and an adverb of when */
	{"John James Conyers Jr., first elected to Congress in 1964, was born in Detroit.", NULL,
	 "elected", "John James Conyers Jr. was elected to Congress in 1964"},
	/* a participle after a preposition and an article that open the
	 * sentence, its verb after them */
	{"In a statement released Monday, the company said profits fell.", "24:30:DATE:2024-04-22",
	 "released", "A statement was released"},
	/* a noun the tagger read as an imperative that opens the sentence is
	 * the subject; a name in angle brackets stays whole; a name cut
	 * before its noun gets it */
	{"Share dealers said speculation had arisen in the early market.", NULL, "said",
	 "Share dealers said speculation had arisen in the early market"},
	{"The <New York Stock Exchange> said it is undertaking a review.", NULL, "said",
	 "The New York Stock Exchange said it is undertaking a review"},
	{"Taiwan passed on its tender overnight for 25,000 tonnes of U.S. corn and 49,000 tonnes of "
	 "U.S. sorghum, export sources said.", NULL, "passed",
	 "Taiwan passed on its tender overnight for 25,000 tonnes of U.S. corn"},
	/* a present participle right after the subject's noun tells of it;
	 * not a verb of showing that takes a clause, nor an amount's "at
	 * least" read as a preposition's object */
	{"According to witness accounts, a man wearing a fake suicide vest entered a store.", NULL,
	 "entered", "A man wearing a fake suicide vest entered a store"},
	{"Pilots working for the national airline are striking for four hours.", NULL, "striking",
	 "Pilots working for the national airline are striking for four hours"},
	{"At least seventeen people died and 35 were rescued.", NULL, "died",
	 "At least seventeen people died and 35 were rescued"},
	/* a participle's own noun after a preposition: the noun, not the
	 * preposition, opens the headline */
	{"Prices rose, with strategic acquisitions taking place.", NULL, "taking",
	 "Strategic acquisitions taking place"},
	{"People were protesting against white supremacists attending the rally.", NULL, "attending",
	 "White supremacists attending the rally"},
	/* not a report's ("said, adding that...") nor a preposition's */
	{"The minister said the plan was sound, adding that costs would fall.", NULL, "adding",
	 "Adding that costs would fall"},
	{"Prices rose sharply, according to the ministry.", NULL, "rose", "Prices rose sharply"},
	/* an event noun dated another day than its phase verb is told alone */
	{"The bridge reopened on Friday, ending a closure that began on January 9, 2024.",
	 "23:29:DATE:2025-03-14;62:77:DATE:2024-01-09", "closure", "Closure"},
	/* a reporting verb after its quote: the subject after it */
	{"“It feels like home,” said Rosa Delgado, who runs a bakery.", NULL, "said",
	 "Rosa Delgado said"},
	{"“We will win,” the coach said.", NULL, "said", "The coach said"},
	/* a progressive coordinated with the verb before shares its subject */
	{"He was employed with the police and was hearing impaired.", NULL, "hearing",
	 "He was hearing impaired"},
	/* an apposition of a preposition's phrase; a participle before its noun */
	{"The agency, as of Sunday night, had no outstanding warnings.", "18:30:TIME:2019-09-15TNI",
	 "had", "The agency had no outstanding warnings"},
	{"The injured teenagers, three girls and a boy between the ages of 14 and 18, were hospitalized.",
	 NULL, "hospitalized", "The injured teenagers were hospitalized"},
	/* no headline ends with the subject of the next clause, nor runs into
	 * a clause of its own; a whole clause of what was thought is kept */
	{"The men thought they were safe.", NULL, "thought", "The men thought they were safe"},
	{"The men thought they were in danger of losing everything they had built.", NULL, "thought",
	 "The men thought"},
	{"Trump said he would release his tax returns once he was no longer under audit.", NULL,
	 "release", "He would release his tax returns"},
	/* a finite verb coordinated with one that governs an infinitive
	 * shares that one's subject */
	{"Tonka Corp agreed to become the sole distributor of the toys and also agreed to buy the business.",
	 NULL, "buy", "Tonka Corp agreed to buy the business"},
	/* a pronoun after a date begins its clause */
	{"President Reagan plans to acknowledge in a speech to the nation tonight he needs to change his ways.",
	 "64:71:TIME:1987-03-04TNI", "needs", "Reagan needs to change his ways"},
	/* a participle glued after a hyphen before a noun is no verb, and a
	 * subject keeps a word of hyphens whole */
	{"Japanese investor interest in British gilt-edged securities is growing rapidly.", NULL, "growing",
	 "Japanese investor interest is growing rapidly"},
	{"A Tokyo-based firm bought the plant.", NULL, "bought", "A Tokyo-based firm bought the plant"},
	/* a bare participle coordinated with a passive shares its auxiliary */
	{"Smith was arrested in Paris and questioned by police.", NULL, "questioned",
	 "Smith was questioned by police"},
	{"Police were called to the house and arrested him.", NULL, "arrested", "Police arrested him"},
	/* a subject with a phrase of a preposition before an apposition */
	{"The final decision on the initial prices, usually made in April, rests with the minister.", NULL,
	 "rests", "The final decision on the initial prices rests with the minister"},
	/* a relative clause after a person's apposition tells of the person */
	{"The award went to John Smith, a teacher who founded the school.", NULL, "founded",
	 "John Smith founded the school"},
	{"The company hired a manager who ran the plant.", NULL, "ran", "A manager ran the plant"},
	/* a question's word or a free relative's is its clause's subject,
	 * not the main clause's (nor the speaker's) */
	{"Nobody knows what caused the crash.", NULL, "caused", "What caused the crash"},
	{"Smith said he wants to see what happens next.", NULL, "happens", "What happens next"},
	{"The man who fired the shots was arrested.", NULL, "fired", "The man fired the shots"},
	/* a few words quoted in the object do not end it, nor a title right
	 * after a verb that does not report; a quote opened is closed */
	{"He joined the \"Friends of the Earth\" campaign on Monday.", NULL, "joined",
	 "He joined the \"Friends of the Earth\" campaign on Monday"},
	{"The band released \"Songs & Stories\" on Friday.", NULL, "released",
	 "The band released \"Songs & Stories\" on Friday"},
	{"A fire was reported in the \"Kiss & Fly\" section of a parking structure.", NULL, "reported",
	 "A fire was reported in the \"Kiss & Fly\""},
	/* a progressive after an apposition has the noun phrase before it
	 * for subject; a relative clause's apposition may be long */
	{"The boys, aged 12 and 14, were playing football when it happened.", NULL, "playing",
	 "The boys were playing football when it happened"},
	{"Women, who make up 16 percent of the U.S. military enlisted and 18 percent of officers as of "
	 "2016, according to nonprofit CNA, have been serving official combat roles.",
	 NULL, "serving", "Women have been serving official combat roles"},
	/* the pronoun after a reporting verb is its subject's, past a date
	 * that opens the sentence without a comma */
	{"Minister John Smith announced the plan. On Monday Smith said he would resign.",
	 "43:49:DATE:2024-04-22", "resign", "Smith would resign"},
	/* nor starts with the clitic of a date left out */
	{"Sunday's vote was delayed by the storm.", "0:6:DATE:2024-04-21", "delayed",
	 "Vote was delayed by the storm"},
	/* a long subject keeps its head, its first phrase; a title keeps the
	 * person's name after it; a clause with its own pronoun its noun */
	{"The death of former French president Jacques Chirac was announced on Thursday by his family.",
	 "69:77:DATE:2019-09-26", "announced",
	 "The death of former French president Jacques Chirac was announced by his family"},
	{"The death of former French president Jacques Chirac was announced on Thursday by his family.",
	 "69:77:DATE:2019-09-26", "death", "Death of former French president Jacques Chirac"},
	{"Brenton had a licence for the five firearms he allegedly used for the attack.", NULL, "used",
	 "The five firearms he allegedly used for the attack"},
	/* coordinated verbs: each its own headline, the subject borrowed */
	{"Mugabe co-founded the union, but was arrested in 1963 and was imprisoned until 1974.",
	 "49:53:DATE:1963;79:83:DATE:1974", "imprisoned", "Mugabe was imprisoned"},
	{"Mugabe co-founded the union, but was arrested in 1963 and was imprisoned until 1974.",
	 "49:53:DATE:1963", "arrested", "Mugabe was arrested"},
	/* a time's noun before its date goes with it */
	{"Her family lost most of the harvest to a similar cold snap on the night of April 7, 2021.", "75:88:DATE:2021-04-07", "snap",
	 "Similar cold snap"},
	/* a bare past participle tells of its noun; in an aside after the
	 * subject, as a passive */
	{"Started in 2004, CentOS has been a free operating system.", "11:15:DATE:2004", "Started",
	 "CentOS was started"},
	/* a participle that opens the sentence is told with the subject
	 * after its comma: a present one before a past clause only, a past
	 * one as a passive; not a past participle before its noun */
	{"Forming in July 2019, Hurricane Barry was the first hurricane of the season.",
	 "11:20:DATE:2019-07", "Forming", "Hurricane Barry formed"},
	{"Speaking to reporters after a meeting, the Canadian banker said rates would fall.", NULL,
	 "Speaking", "The Canadian banker spoke to reporters after a meeting"},
	{"Asked about the charges, a company spokeswoman declined to comment.", NULL, "Asked",
	 "A company spokeswoman was asked about the charges"},
	{"Founded in 1990, the companies have 500 workers.", "11:15:DATE:1990", "Founded",
	 "The companies were founded"},
	{"Speaking at a news conference, the minister says prices will fall.", NULL, "Speaking",
	 "Speaking at a news conference"},
	{"Continued heavy rains caused flooding.", NULL, "Continued", "Continued heavy rains caused flooding"},
	/* a participle after its comma and an adverb of sequence is told
	 * with the clause's subject; not after one of result */
	{"Bloomberg had opted not to compete in the earlier primaries, instead focusing on the big states.",
	 NULL, "focusing", "Bloomberg focused on the big states"},
	{"The tremor damaged the pipeline, thus barring all crude exports for five months.", NULL, "barring",
	 "Barring all crude exports for five months"},
	/* a verb's particle before a date stays with the verb */
	{"Theresa May is to step down today, with Johnson succeeding her.", "28:33:DATE:2024-04-27", "step",
	 "Theresa May is to step down"},
	/* a bracket a headline opens it closes, or leaves out with what it
	 * holds; no zero-width character */
	{"The championship was held in Riyadh [in Saudi Arabia\u200d] and Israeli players were denied visas.",
	 NULL, "held", "The championship was held in Riyadh [in Saudi Arabia]"},
	{"Benetton Group Spa [BTOM.MI] said it reached agreement with a textiles concern.", NULL, "reached",
	 "Benetton Group Spa reached agreement with a textiles concern"},
	/* a headline cut inside a word of hyphens takes the word whole, with
	 * the noun it qualifies */
	{"SEOUL, March 27 - Shares of about 1,700 firms are expected to be traded in South Korea's first "
	 "over-the-counter market due to open next month, finance ministry officials said.",
	 "7:15:DATE:2024-03-27;143:153:DATE:2024-05", "traded",
	 "Shares of about 1,700 firms are expected to be traded in South Korea's first over-the-counter market"},
	{"The cathedral, completed in the 13th century, is a monument.", "28:44:DATE:12", "completed",
	 "The cathedral was completed"},
	/* what was said after a condition is the clause after its comma */
	{"He stressed that if this support persists, the US will take more action.", NULL, "stressed",
	 "He stressed that the US will take more action"},
	{"She said that when the talks end, the envoy will fly home.", NULL, "said",
	 "She said that the envoy will fly home"},
	/* a participle cut from its noun: the noun comes back when it ends the
	 * phrase, else the participle goes */
	{"Senator Amy Klobuchar withdrew her name from consideration to be Biden's running mate.", NULL,
	 "withdrew", "Senator Amy Klobuchar withdrew her name from consideration to be Biden's running mate"},
	{"Trump warned that Biden could destroy the growth with his proposed tax hikes.", NULL, "warned",
	 "Trump warned that Biden could destroy the growth"},
	/* a noun's infinitive is part of the subject, and its headline stops
	 * at the verb of the noun's clause */
	{"In 1998, Clinton was impeached; the vote to remove him also failed.", "3:7:DATE:1998", "failed",
	 "The vote to remove him also failed"},
	{"In 1998, Clinton was impeached; the vote to remove him also failed.", "3:7:DATE:1998", "remove",
	 "The vote to remove him"},
	{"Plans to build a new stadium were dropped in 2019.", "44:48:DATE:2019", "build",
	 "Plans to build a new stadium"},
	/* not an object's: "as president to help resolve" */
	{"What would you do as president to help resolve the conflict?", NULL, "resolve",
	 "Resolve the conflict"},
	/* a noun alone is told by the clause it is the object or subject of */
	{"The agency announced the decision on Sunday.", "37:43:DATE:2024-04-21", "decision",
	 "The agency announced the decision"},
	{"The verdict was read on Monday.", "24:30:DATE:2024-04-22", "verdict", "The verdict was read"},
	/* a relative clause's verbs tell of the antecedent, past a date and
	 * across a coordination */
	{"It followed a 5.8 magnitude earthquake the previous day that collapsed a famous arch.",
	 "39:55:DATE:2024-04-25",
	 "collapsed", "A 5.8 magnitude earthquake collapsed a famous arch"},
	{"There were many quakes, including a 6.4 quake that hit on January 7 and caused a blackout.",
	 "58:67:DATE:2020-01-07", "caused", "A 6.4 quake caused a blackout"},
	/* a subject before a bracketed aside and a date, lent to the verb
	 * coordinated with its own */
	{"A helicopter under contract to Pacific Gas and Electric (PG&E) on Tuesday struck power lines and "
	 "crashed near Fairfield.",
	 "66:73:DATE:2020-01-07", "crashed", "A helicopter crashed near Fairfield"},
	/* the second name of a place is no subject */
	{"A propeller plane in Nevada, United States crashed near Las Vegas.", NULL, "crashed",
	 "A propeller plane crashed near Las Vegas"},
	/* not a noun inside a compound or a possessor: "a war-damaged block" */
	{"State media reported a war-damaged block.", NULL, "war", "War"},
	/* a copula's adjective after an adverb ends the headline well */
	{"The explosion was very loud, witnesses said.", NULL, "explosion", "The explosion was very loud"},
	/* an infinitive's subject is not the object before it: the verb that
	 * governs it tells it, across its object and a phrase after it */
	{"The ministry said it would meet farmers' unions within two weeks to discuss compensation.", NULL,
	 "discuss", "The ministry would meet farmers' unions within two weeks to discuss compensation"},
	{"The port supplies the island with diesel to keep its generators running.", NULL, "keep",
	 "The port supplies the island with diesel to keep its generators running"},
	{"The drought is forcing it to abandon its wheat fields.", NULL, "abandon",
	 "The drought is forcing it to abandon its wheat fields"},
	/* and a bare infinitive after "help", "let", "make" */
	{"The grant is helping the village rebuild its school.", NULL, "rebuild",
	 "The grant is helping the village rebuild its school"},
	/* a cut object ends on a whole phrase: not on a conjunction whose
	 * conjunct is the next verb's subject, nor on a participle cut from
	 * its phrase */
	{"The council expects revenue to stay under two million dollars but several members believe it will rise.",
	 NULL, "expects", "The council expects revenue to stay under two million dollars"},
	{"The company sold its stake in the wholly owned subsidiary based in Oslo to a rival.", NULL, "sold",
	 "The company sold its stake in the wholly owned subsidiary"},
	/* so is a gerund after the preposition its verb governs */
	{"The two guards were found guilty of assaulting a driver.", NULL, "assaulting",
	 "The two guards were found guilty of assaulting a driver"},
	/* a list of names after an event noun is not cut */
	{"Observers criticised the summit of Chile, Peru and Bolivia.", NULL, "summit",
	 "Summit of Chile, Peru and Bolivia"},
	/* a range of numbers is one amount */
	{"Farmers reported losses of 20 to 30 percent of the harvest.", NULL, "losses",
	 "Losses of 20 to 30 percent"},
	/* "I" and "we" inside a quote are its speaker, in their place when the
	 * verb agrees, else before a colon; in an interview, the person whose
	 * turn it is; outside a quote, or of no one named, they stay */
	{"\"I wanted to make sure they heard the message,\" Blinken said.", NULL, "wanted",
	 "Blinken wanted to make sure they heard the message"},
	{"\"We will fight the ruling,\" the minister said.", NULL, "fight", "The minister: we will fight the ruling"},
	{"\"We will appeal the ruling,\" the unions said.", NULL, "appeal", "The unions will appeal the ruling"},
	{"Jones wrote, \"My father died in the war.\"", NULL, "died", "Jones: my father died in the war"},
	{"\"I left the country when I was 16,\" Kay said.", NULL, "left", "Kay: I left the country when I was 16"},
	{"((Richard Stallman)) Well, I launched the project in 1983.", NULL, "launched",
	 "Richard Stallman launched the project in 1983"},
	{"((WN)) Did I miss the vote?", NULL, "miss", "Did I miss the vote"},
	{"((WN)) Paint it if your tire is flat.", NULL, "Paint", "Paint it if your tire is flat"},
	{"((Akram Pasha)) I'd go to the clinic.", NULL, "go", "Akram Pasha: I'd go to the clinic"},
	{"\"I just wanted to win,\" Smith said.", NULL, "wanted", "Smith just wanted to win"},
	{"I met the president.", NULL, "met", "I met the president"},
	/* the speaker after the verb may run through "of" and a name */
	{"\"I have mixed feelings,\" said analyst Dennis Telzrow of Eppler, a Dallas brokerage.", NULL, "said",
	 "Analyst Dennis Telzrow of Eppler said"},
	/* "it" of a company: past its ticker, a company the name finder took
	 * for a person, an apposition or a bracket (Reuters' names) */
	{"Nixdorf Computer AG <NIXG.F> said it won an order worth about 300 mln marks.", NULL, "won",
	 "Nixdorf Computer AG won an order worth about 300 mln marks"},
	{"Salomon Brothers Inc said it has acquired a stake in the company.", NULL, "acquired",
	 "Salomon Brothers Inc has acquired a stake in the company"},
	{"MONTREAL, April 7 - (Comterm Inc) said it signed an agreement to manufacture computer terminals.",
	 "10:17:DATE:2024-04-07", "signed", "Comterm Inc signed an agreement to manufacture computer terminals"},
	{"The users of the product said it works well.", NULL, "works", "It works well"},
	/* the "back" of a time goes with it, not a verb's particle */
	{"Cohen spoke to Wikinews back in June.", "32:36:DATE:2024-06",
	 "spoke", "Cohen spoke to Wikinews"},
	{"The utility said it will buy back in July up to 1 mln shares.", "37:41:DATE:2024-07",
	 "buy", "The utility will buy back"},
	/* a verb's particle ends a headline; the "no" of "no later than" a time
	 * and the "even" of "even though" go with what is left out */
	{"The talks broke down on Friday.", "24:30:DATE:2024-04-26",
	 "broke", "The talks broke down"},
	{"The strike was called off until Monday.", "32:38:DATE:2024-04-29",
	 "called", "The strike was called off"},
	{"It was obliged to produce the study no later than December 31.", "50:61:DATE:2024-12-31",
	 "produce", "It was obliged to produce the study"},
	{"Gas imports are unlikely to happen in 2025 even though prices rose.", "38:42:DATE:2025",
	 "happen", "Gas imports are unlikely to happen"},
	/* no word of approximation cut from its figure, nor the "as" of "as many
	 * as"; a particle after its verb's pronoun */
	{"GM also said its board authorized the repurchase of as many as five mln shares each of its class E and class H common, with about half of the proposed repurchases completed by year end.",
	 "176:184:DATE:1986", "said", "GM also said its board authorized the repurchase"},
	{"I need to look this up as much as you do.", NULL, "look", "I need to look this up"},
	/* an apposition of up to 20 words, with no finite verb */
	{"The three-day meeting, the first to be held in Japan since the bank's inaugural meeting in Tokyo in 1966, will open tomorrow.",
	 "100:104:DATE:1966;116:124:DATE:2024-04-28", "open", "The three-day meeting will open"},
	/* a participle with its agent after a noun tells of the noun: the
	 * subject is that noun's; a past misread is not ("stemmed from") */
	{"A document obtained by Reuters shows the effort involves 250 mln dlrs.", NULL,
	 "shows", "A document obtained by Reuters shows the effort involves 250 mln dlrs"},
	{"The abuse of power charge stemmed from allegations Trump tried to pressure the Ukrainian "
	 "government.", NULL, "tried", "Trump tried to pressure the Ukrainian government"},
	/* a list of names, each after a comma, is one subject */
	{"At a meeting in Paris last month, Britain, Canada, France and Japan agreed to cooperate.", "22:32:DATE:2024-03",
	 "agreed", "Britain, Canada, France and Japan agreed to cooperate"},
	{"In Paris, France and Germany agreed to cooperate.", NULL, "agreed", "France and Germany agreed to cooperate"},
	/* a headline opens with no coordinator */
	{"With such systems a problem is broken up and different segments are assigned to different "
	 "processors.", NULL, "assigned", "Different segments are assigned to different processors"},
	/* the "that" of a verb of saying before an aside goes with the clause */
	{"He added that, ironically, the prime rate rises may help the market to stabilise.", NULL,
	 "added", "He added"},
	/* a participle of beginning that opens the sentence takes the headline
	 * of the predicate whose start it tells */
	{"Starting in 1968, he spent 15 years fighting for the holiday.", "12:16:DATE:1968",
	 "Starting", "He spent 15 years fighting for the holiday"},
	/* a name that qualifies an apposition's noun is no subject */
	{"Hammons, a former Newsweek manager, founded the Unity Party in 2004.", "63:67:DATE:2004",
	 "founded", "Hammons founded the Unity Party"},
	{"Hammons, a former Newsweek manager and owner of the website \"Bill's List\", founded the Unity "
	 "Party in 2004.", "102:106:DATE:2004", "founded", "Hammons founded the Unity Party"},
	/* a word of a name the tagger read as a verb cuts no subject, and no
	 * subject begins in a dateline */
	{"NEW YORK, April 13 - Bankers Trust Co said it raised its broker loan rate.",
	 "14:22:DATE:2024-04-13", "said", "Bankers Trust Co said it raised its broker loan rate"},
	{"NEW YORK, April 13 - Chase Manhattan Bank said it cut its rate.", "14:22:DATE:2024-04-13",
	 "said", "Chase Manhattan Bank said it cut its rate"},
	/* "he" and "she" are not given a name whose title or first name says
	 * the other sex ("Joe Biden" is no "she"), and such a name no longer
	 * stands in the way of the one person left; "Cummings" after
	 * "Robert Cummings" and "Ruth Cummings" says neither */
	{"Jo Jorgensen met Joe Biden in May. She said the talks went well.", NULL, "said",
	 "Jo Jorgensen said the talks went well"},
	{"Joe Biden spoke on Monday. She said the talks went well.", NULL, "said", "She said the talks went well"},
	{"Mrs. Smith and Mr. Jones met in May. He said the talks went well.", NULL, "said",
	 "Jones said the talks went well"},
	{"His parents were Robert Cummings and Ruth Cummings. In school, Cummings wanted to become a lawyer. "
	 "He attended law school in Maryland.", NULL, "attended", "Cummings attended law school in Maryland"},
	/* "they" of names joined by "and", and of the plural subject of the
	 * sentence before, unless a report there names another plural */
	{"Canamax Resources and Pacific Resources said they approved the plan.", NULL, "approved",
	 "Canamax Resources and Pacific Resources approved the plan"},
	{"The banks raised their rates. They said demand was strong.", NULL, "said", "The banks said demand was strong"},
	{"Two World Bank teams are in Manila, bank officials said. They told Reuters the loan is for 100 mln dlrs.",
	 NULL, "told", "They told Reuters the loan is for 100 mln dlrs"},
	/* an amount cut at its range's word or a fraction's dash is made whole */
	{"The growers' union said early estimates put losses at 30 to 40 percent of the buds in the worst plots.",
	 NULL, "said", "The growers' union said early estimates put losses at 30 to 40 percent"},
	{"Fruit of the Loom Inc said it is offering 60 mln dlrs of 6-3/4 pct senior subordinated notes due 1997.",
	 NULL, "said", "Fruit of the Loom Inc said it is offering 60 mln dlrs of 6-3/4 pct"},
	/* a dateline's place is no subject; a company's ticker is left out */
	{"SAN JOSE, March 26 - Eduardo Lizano, president of the central bank, has tendered his resignation.",
	 "10:18:DATE:2024-03-26", "tendered", "Eduardo Lizano has tendered his resignation"},
	{"Crazy Eddie Inc <CRZY> rejected the offer.", NULL, "rejected", "Crazy Eddie Inc rejected the offer"},
	{"Fisher will trade under the symbol <FSHG>.", NULL, "trade", "Fisher will trade under the symbol FSHG"},
	/* a reduced relative, the object of a verb or an aside set apart by
	 * commas, is told as a passive of its noun; not a noun in another's
	 * phrase, nor a subject after "and", a past the tagger misread */
	{"The ministers welcomed the measures outlined by Miyazawa yesterday.", "57:66:DATE:2024-04-26", "outlined",
	 "The measures were outlined by Miyazawa"},
	{"The cost of the deal, signed late yesterday, is around 90 mln stg.", "29:43:DATE:2024-04-26", "signed",
	 "The deal was signed"},
	{"The number of active rigs fell by three to 749.", NULL, "fell", "The number of active rigs fell by three to 749"},
	{"Harper and Row added that sales rose.", NULL, "added", "Harper and Row added that sales rose"},
	/* a report tells what was said: the statement before it, the clause
	 * after its dates and comma, a "that" clause after its dates */
	{"A reply would be made to Greece shortly, Ozal said.", NULL, "said",
	 "Ozal said a reply would be made to Greece shortly"},
	{"If prices fall, the unit will close, the company said.", NULL, "said", "The company said"},
	{"Local officials said on Saturday, about 20 buildings collapsed.", "24:32:DATE:2024-04-27", "said",
	 "Local officials said about 20 buildings collapsed"},
	{"That said, the company is working on a fix.", NULL, "said", "That said"},
	{"Stream was announced in September, just two months after the merger.", "24:33:DATE:2023-09",
	 "announced", "Stream was announced"},
	{"Antar said last month that his group controlled 14 percent of the company.", "11:21:DATE:2024-03", "said",
	 "Antar said his group controlled 14 percent of the company"},
	{"Glantz said that at the end of February the company had 361,000 excess vehicles.",
	 "20:39:DATE:2024-02", "said", "Glantz said that the company had 361,000 excess vehicles"},
	/* "at about 3 a.m.": the time's preposition and adverb go with it */
	{"The fire reportedly started at about 3 a.m. on Sunday.", "37:43:TIME:2024-04-21T03:00;47:53:DATE:2024-04-21",
	 "started", "The fire reportedly started"},
	/* an amount cut by the word limit keeps its unit and its noun */
	{"Grainco raised its storage capacity in northern provinces to nearly seven million tonnes.", NULL,
	 "raised", "Grainco raised its storage capacity in northern provinces to nearly seven million tonnes"},
	/* a time's participle ("the week ended May 9") is told by the verb
	 * it dates: before it in its clause, or after it when it opens the
	 * sentence */
	{"For its first nine months ended June 30, the brewer earned 40 mln dlrs.",
	 "8:25:DURATION:P9M;32:39:DATE:2023-06-30", "ended", "The brewer earned 40 mln dlrs"},
	{"Exports of wool rose 3 pct in the week ended May 9.", "30:38:DATE:2024-W19;45:50:DATE:2024-05-09",
	 "ended", "Exports of wool rose 3 pct"},
	/* "it" that opens its sentence stands for the company that was the
	 * subject before, when no other organisation is named there; a
	 * company's name may hold "and", or "of" inside angle brackets */
	{"Halvorsen Shipping Corp said it had sold two tankers. Later this month, it will take delivery of a "
	 "new bulk carrier.", "60:70:DATE:2024-04", "take",
	 "Halvorsen Shipping Corp will take delivery of a new bulk carrier"},
	{"Halvorsen Shipping Corp said it had sold two tankers to Brede Marine Ltd. Later this month, it will "
	 "take delivery of a new bulk carrier.", "80:90:DATE:2024-04", "take",
	 "It will take delivery of a new bulk carrier"},
	{"Lindqvist Tools and Fasteners Inc said it lifted its dividend.", NULL, "lifted",
	 "Lindqvist Tools and Fasteners Inc lifted its dividend"},
	{"<Harbour Mills of Canada Ltd> said it closed a plant in Ontario.", NULL, "closed",
	 "Harbour Mills of Canada Ltd closed a plant in Ontario"},
	/* a date left out after a noun does not make it the front of a
	 * compound cut inside */
	{"The council observed a minute of silence in Moreau's memory today.", "60:65:DATE:2024-04-27",
	 "observed", "The council observed a minute of silence in Moreau's memory"},
	{"The firms filed suit in the Rotterdam district court yesterday.", "53:62:DATE:2024-04-26", "filed",
	 "The firms filed suit in the Rotterdam district court"},
	/* "between" runs to the second of its pair */
	{"Progress in talks between Chile and its main creditors was slow.", NULL, "talks",
	 "Talks between Chile and its main creditors"},
	/* a word joined by hyphens is one: the noun's phrase neither stops
	 * nor is cut inside it */
	{"Analysts doubted that the 1.5 billion-dlr bid for Texas-based retailer Dunmore Inc would succeed.",
	 NULL, "bid", "1.5 billion-dlr bid for Texas-based retailer Dunmore Inc"},
	/* an aside set apart by commas, its participle read as a past, is a
	 * passive of the noun before it, which stays the subject of the
	 * clause after it */
	{"Dunmore, founded in 1921, became a maker of pumps.", "20:24:DATE:1921", "founded", "Dunmore was founded"},
	{"Dunmore, founded in 1921, became a maker of pumps.", "20:24:DATE:1921", "became",
	 "Dunmore became a maker of pumps"},
	{"The firm expects its first 12 all-suite hotels, announced yesterday, to open in May.",
	 "58:67:DATE:2024-04-26;80:83:DATE:2024-05", "announced", "First 12 all-suite hotels were announced"},
	/* what a report says after the phrase that tells how it was said */
	{"The ministry said in a statement on Monday that it would close the border.", "36:42:DATE:2024-04-22",
	 "said", "The ministry said that it would close the border"},
	/* "between" runs to the second of its pair, or goes (below); a
	 * noun followed by a possessive's phrase is still told by its clause */
	{"A collision between the bus and a delivery truck blocked the road.", NULL, "collision",
	 "Collision between the bus and a delivery truck"},
	{"Joe Biden secured the nomination of his party with wins in the primaries.", NULL, "nomination",
	 "Joe Biden secured the nomination of his party with wins"},
	/* what a report says, cut before its verb, keeps its subject's noun
	 * without the phrases after it; not after a verb that does not report */
	{"Norvik Bank said the sale of its stake in the Lisbon insurer Segurosul was completed on Friday.",
	 "88:94:DATE:2024-04-26", "said", "Norvik Bank said the sale was completed"},
	{"Norvik Bank wanted the sale of its stake in the Lisbon insurer Segurosul to be completed soon.", NULL,
	 "wanted", "Norvik Bank wanted the sale of its stake in the Lisbon insurer"},
	/* the words that name a date's unit go with the date */
	{"For the month of June exports rose 4 pct.", "17:21:DATE:2023-06", "rose", "Exports rose 4 pct"},
	/* a pronoun's name goes before the adverbs of its verb group */
	{"Marta Kowalski was elected mayor in 2010. She also chaired the regional council.", "36:40:DATE:2010",
	 "chaired", "Marta Kowalski also chaired the regional council"},
	/* sixteenth session (headline17): a possessor after a preposition is
	 * the phrase's own, not a name cut at "of"; a name as the possessor
	 * starts the phrase, not the noun of another phrase before it */
	{"A number of poll workers quit ahead of Wisconsin's election.", NULL, "election", "Wisconsin's election"},
	{"Creditors took into account Argentina's request for a 2.15 billion dlr loan.", NULL, "request",
	 "Argentina's request for a 2.15 billion dlr loan"},
	/* what a report says after the phrase that says how, across a name's
	 * "and" */
	{"In August they disclosed in a Securities and Exchange Commission filing that they had acquired "
	 "854,900 shares of Allegheny.",
	 "3:9:DATE:2023-08", "disclosed", "They disclosed that they had acquired 854,900 shares of Allegheny"},
	/* a bare noun's clause past the dates after it; the conjunction
	 * between two dates goes with them, not one that goes on with a
	 * clause */
	{"The crash on Monday was investigated by state police.", "13:19:DATE:2024-04-22", "crash",
	 "The crash was investigated by state police"},
	{"Kokesh supported the 2008 and 2012 presidential campaigns of Ron Paul.", "21:25:DATE:2008;30:34:DATE:2012",
	 "supported", "Kokesh supported the presidential campaigns of Ron Paul"},
	{"Durable goods were weak in January and now employment is strong.",
	 "27:34:DATE:2024-01;39:42:DATE:PRESENT_REF", "weak", "Durable goods were weak and employment is strong"},
	/* a bare noun: its reduced relative says which one; the clause it
	 * is the subject of after a date, or after a date's possessive */
	{"The town was recaptured in an operation supported by Russia.", NULL, "operation",
	 "Operation supported by Russia"},
	{"As of Saturday the crash was being investigated by state police.", "6:14:DATE:2024-04-27", "crash",
	 "The crash was being investigated by state police"},
	{"Sky News said Thursday's accident was the fourth major bus crash in a month.", "14:22:DATE:2024-04-25",
	 "accident", "Accident was the fourth major bus crash in a month"},
	/* a bare noun: the amount that ends its table cell; not a phrase's */
	{"Shr profit 26 cts vs loss 86 cts", NULL, "loss", "Loss 86 cts"},
	{"Officials took a decision to extend the meeting 24 hours.", "48:56:DURATION:PT24H", "meeting", "Meeting"},
	/* a bare noun no earlier mention names: the clause whose phrase it
	 * ends, when that clause has a subject that says who */
	{"Bryant died in the crash.", NULL, "crash", "Bryant died in the crash"},
	{"Bradley Airport was shut down after the incident.", NULL, "incident",
	 "Bradley Airport was shut down after the incident"},
	{"It might end with the collision.", NULL, "collision", "Collision"},
	/* a bare noun that opens its clause: a past the tagger read as a
	 * participle is its verb, when nothing finite follows it; not a
	 * reduced relative */
	{"On Monday, an earthquake struck the region.", "3:9:DATE:2024-04-22", "earthquake",
	 "An earthquake struck the region"},
	{"During the funeral, a stampede erupted.", NULL, "stampede",
	 "A stampede erupted"},
	{"The attack blamed on the rebels killed five people.", NULL, "attack", "Attack blamed on the rebels"},
	/* the subject of what "said" tells, its past read as a participle, is
	 * no reduced relative: nothing finite follows, no "by" */
	{"He said the market contracted.", NULL, "contracted", "The market contracted"},
	{"Police said a stampede erupted near the mosque.", NULL, "erupted", "A stampede erupted near the mosque"},
	{"The ministry said measures outlined by Miyazawa would help.", NULL, "outlined",
	 "Measures were outlined by Miyazawa"},
	/* the object of a verb group's last verb, after its auxiliary, when
	 * the clause says who */
	{"Kenya has signed an agreement with British and German interests.", NULL, "agreement",
	 "Kenya has signed an agreement with British and German interests"},
	{"We had attempted an escape.", NULL, "escape", "Escape"},
	/* no noun phrase runs across a table's row, back or on */
	{"WEST HARTFORD, Conn., Feb 26 - Shr 6.52 dlrs vs profit 3.87 dlrs\n"
	 "    net loss 111.2 mln vs profit 64.2 mln\n Reuter",
	 "22:28:DATE:1987-02-26", "loss", "Net loss 111.2 mln"},
	{"KUALA LUMPUR, March 7 - Shr 3.9 cents vs 4.2 cents\n    Interim dividend three cents vs same\n"
	 "    Group net 35.8 mln ringgit vs 39.1 mln\n    Pre-tax 77.3 mln vs 99.8 mln\n Reuter",
	 "14:21:DATE:1987-03-07", "ringgit", "Group net 35.8 mln ringgit vs 39.1 mln"},
	/* the subject of what "said" tells, across a participle's aside */
	{"He said the ministers, scheduled to meet in Brussels Monday, should agree on allowing more airlines.",
	 NULL, "agree", "The ministers should agree on allowing more airlines"},
	{"Officials said the shares, held by a unit since 1985, will be sold.", NULL, "sold",
	 "The shares will be sold"},
	/* and across a bracket after it */
	{"He said India's gross domestic product (gdp) grew at an average five pct.", NULL, "grew",
	 "India's gross domestic product grew at an average five pct"},
	/* "he" of a surname alone that no name holds, the last word of a
	 * person's name before it */
	{"NEW YORK, March 5 - Kurt Wulff, oil analyst at Donaldson, Lufkin and Jenrette Securities, said he has "
	 "retired from the brokerage firm. Wulff said he also plans to start a money management firm.",
	 "12:19:DATE:1987-03-05", "plans", "Kurt Wulff also plans to start a money management firm"},
	/* a subject after a preposition's phrase is the noun phrase of its own
	 * that follows it */
	{"The company said under the agreement the bank will sell its unit.", NULL, "sell",
	 "The bank will sell its unit"},
	{"In a statement the facility would purchase debt at a discount.", NULL, "purchase",
	 "The facility would purchase debt at a discount"},
	/* "it" of a name the name finder took for a person, the short form of
	 * a company named before it */
	{"Jiffy Lube International Inc has formed a unit. Jiffy Lube said it plans to open its first center "
	 "in Brisbane.",
	 NULL, "plans", "Jiffy Lube plans to open its first center in Brisbane"},
	{"Walker Energy Partners said it was restructuring. Walker said it had requested bids from several "
	 "investors.",
	 NULL, "requested", "Walker had requested bids from several investors"},
	/* (not a name the finder cut before a capital: "Pan | Am said"; a whole
	 * Reuters story) */
	{"NEW YORK, March 4 - Pan Am Corp said its Pan American World\n"
	 "Airways unit will reduce management costs by 20 pct, or about\n"
	 "80 mln dlrs, through job cuts, salary freezes and other\n"
	 "measures.\n"
	 "    Pan Am also said it has asked its labor unions to help\n"
	 "lower costs by an additional 180 mln dlrs.\n"
	 "    The airline said it will eliminate 464 managment positions\n"
	 "and freeze all management salaries, a move that will save 30\n"
	 "mln dlrs a year.\n"
	 "    An additional 50 mln dlrs of expenses under management's\n"
	 "control will also be cut, it said without offering details.\n"
	 "    Pan Am said it is seeking a 20 pct pay cut from its unions.\n"
	 "    Pan Am vice chairman Martin R. Shugrue said in a statement,\n"
	 "\"Management is leading the way, but with 40 pct of our\n"
	 "operating expenses represented by labor costs, we must have the\n"
	 "cooperation of our labor unions if we are to make additional\n"
	 "improvements to our 1987 operating plan.\"\n"
	 "    Shugrue asked Pan Am's unions to begin negotiations on the\n"
	 "pay cuts immediately.\n"
	 " Reuter",
	 "10:17:DATE:1987-03-04", "seeking", "It is seeking a 20 pct pay cut from its unions"},
	/* a table's row tells of the line before it */
	{"RICHMOND, Va., Feb 26 - Qtly div eight cts vs 7.5 cts prior\n    Pay March 31\n"
	 "    Record March 13\n Reuter",
	 "15:21:DATE:1987-02-26;68:76:DATE:1987-03-31;88:96:DATE:1987-03-13", "Pay", "Pay qtly div eight cts"},
	/* a preposition's phrase cut at the word limit before its noun phrase
	 * ends goes whole */
	{"CPC acquired Arnold Foods and Old London for a total of about 170 mln dlrs.", NULL, "acquired",
	 "CPC acquired Arnold Foods and Old London"},
	{"The stockholders in Sorg agreed not to sell their holdings without the consent of the company.", NULL,
	 "agreed", "The stockholders in Sorg agreed not to sell their holdings"},
	/* and with it the phrase its "of" belongs to */
	{"A memorial was held for the group as part of a Blessing of the Animals ceremony.", NULL, "held",
	 "A memorial was held for the group"},
	/* (not an amount's, nor a possessor's, nor one that tells without its
	 * "of") */
	{"Some analysts saw the Wedge statement as a boost to Pesch's takeover effort and a further sign of "
	 "dissatisfaction.",
	 NULL, "saw", "Some analysts saw the Wedge statement as a boost to Pesch"},
	{"Computer Terminal Systems Inc said it has completed the sale of 200,000 shares of common stock.", NULL,
	 "completed", "Computer Terminal Systems Inc has completed the sale of 200,000 shares of common stock"},
	/* a name cut a word or two before its end is made whole */
	{"Red Lion Inns Limited Partnership said it filed a registration statement with the Securities and "
	 "Exchange Commission covering a proposed offering.",
	 NULL, "said",
	 "Red Lion Inns Limited Partnership said it filed a registration statement with the Securities and "
	 "Exchange Commission"},
	/* a subordinator's clause cut before its verb goes, however far back */
	{"Alcatel NV was formed last year when ITT and <Cie Generale d'Electricite> of France merged their "
	 "telecommunications business.",
	 "22:31:DATE:2023", "formed", "Alcatel NV was formed"},
	/* a preposition the tagger reads as a subordinator before its gerund
	 * opens no clause: the object runs on when the gerund's phrase fits
	 * ("by putting more | tax" would not), and past a comma between
	 * adjectives */
	{"Stockbrokers and legislators welcomed the suspension of trading on the local market, but some "
	 "said the suspension was too long.",
	 NULL, "welcomed", "Stockbrokers and legislators welcomed the suspension of trading on the local market"},
	{"The government also reduced wage costs by introducing a wage freeze.", NULL, "reduced",
	 "The government also reduced wage costs by introducing a wage freeze"},
	{"Wilson said the existing federal sales tax system hurts the Canadian economy by putting more tax on "
	 "exports than on imports.",
	 NULL, "hurts", "The existing federal sales tax system hurts the Canadian economy"},
	{"He underlined the call for cooperation by saying \"we are ready to take more steps\".", NULL,
	 "underlined", "He underlined the call for cooperation"},
	{"Columbia Gas Transmission corp said it made an abbreviated, streamlined filing with the Federal "
	 "Energy Regulatory Commission.",
	 NULL, "made", "Columbia Gas Transmission corp made an abbreviated, streamlined filing with the Federal "
	 "Energy Regulatory Commission"},
	/* what a report says reaches its verb: its subject's phrase goes
	 * across a date and a name's "and", and a date inside the subject does
	 * not end it; that subject's head is no name inside a phrase of "from"
	 * or "by" when the head and its phrase fit */
	{"Dealers said supportive remarks yesterday from Federal Reserve chairman Paul Volcker and Japanese "
	 "Finance Minister Kiichi Miyazawa were ignored as players squared positions.",
	 "32:41:DATE:2024-04-26", "said", "Dealers said supportive remarks were ignored as players squared positions"},
	{"Dealers said supportive remarks yesterday from Federal Reserve chairman Paul Volcker and Japanese "
	 "Finance Minister Kiichi Miyazawa were ignored as players squared positions.",
	 "32:41:DATE:2024-04-26", "ignored",
	 "Supportive remarks from Federal Reserve chairman Paul Volcker were ignored as players squared positions"},
	{"International Paper Co said spending for 1987 is forecast to be about 550 mln dlrs.", "41:45:DATE:1987",
	 "said", "International Paper Co said spending is forecast to be about 550 mln dlrs"},
	/* a person in apposition to a role (a common noun) is the subject,
	 * whatever name the role's phrase holds; the phrase before an
	 * apposition may hold a name's short form in brackets, left out */
	{"The former National Basketball Association (NBA) player, Bryant, joined the NBA in 1996.",
	 "83:87:DATE:1996", "joined", "Bryant joined the NBA"},
	{"Apple's chief executive, Tim Cook, said the company would grow.", NULL, "said",
	 "Tim Cook said the company would grow"},
	{"Koo Bon-yong, an aide to Kim, said the debt would fall.", NULL, "said", "Koo Bon-yong said the debt would fall"},
	{"The European Court of Justice (ECJ), based in Luxembourg, ruled on the case.", NULL, "ruled",
	 "The European Court of Justice ruled on the case"},
	/* the words that qualify a date left out go with it: "in calendar
	 * 1986", "for the rest of 1987", a time's participle after its
	 * period's noun, which is then no verb of the subject's */
	{"Japanese forklift exports in calendar 1986 fell to 14,005 from 15,991.", "38:42:DATE:1986", "fell",
	 "Japanese forklift exports fell to 14,005 from 15,991"},
	{"Falconbridge Ltd expected results for the rest of 1987 to improve.", "50:54:DATE:1987", "improve",
	 "Falconbridge Ltd expected results to improve"},
	{"Ames Department Stores Inc said sales for the four weeks ended March 28 rose 5 pct to 190 mln dlrs.",
	 "63:71:DATE:2024-03-28", "said", "Ames Department Stores Inc said sales for the four weeks rose 5 pct"},
	{"Ames Department Stores Inc said sales for the four weeks ended March 28 rose 5 pct to 190 mln dlrs.",
	 "63:71:DATE:2024-03-28", "rose", "Sales for the four weeks rose 5 pct to 190 mln dlrs"},
	/* an event noun that is the front of a hyphenated word goes with it
	 * and the compound's nouns; a gerund between a singular noun and a
	 * noun is inside a compound, not one that takes an object */
	{"The government has decided to compile a 50-day stop-gap budget for the year.", NULL, "stop",
	 "50-day stop-gap budget for the year"},
	{"Synar commented on a test of the emergency oil sharing program of the agency.", NULL, "test",
	 "Test of the emergency oil sharing program"},
	{"It attributed the rise to companies moving production overseas to avoid losses.", NULL, "rise",
	 "It attributed the rise to companies moving production overseas to avoid losses"},
	/* a verb coordinated with the one before across a phrase of a
	 * preposition shares its subject (", then at the Iraqi government's
	 * request returned", "and at the same time bought"); an object stops
	 * before a coordinated verb though a name follows it */
	{"U.S. troops left Iraq in 2011, then at the Iraqi government's request returned three years later.",
	 "25:29:DATE:2011;79:96:DATE:2014", "returned", "U.S. troops returned"},
	{"The company sold the unit and at the same time bought a new plant.", NULL, "bought",
	 "The company bought a new plant"},
	{"The territory belonged to Syria and was occupied by Israel.", NULL, "belonged",
	 "The territory belonged to Syria"},
	/* the clause after "but" has its own subject, not the object before */
	{"The acquisition had a small effect in 1986 but its full effect would be felt in the 1987 results.",
	 "38:42:DATE:1986;84:88:DATE:1987", "felt", "Its full effect would be felt in the results"},
	/* an infinitive coordinated with one before is told by the verb that
	 * governs the first, with that verb's object; an object stops before
	 * it */
	{"The company intends to issue a second interim statement and to pay a related dividend.", NULL, "pay",
	 "The company intends to pay a related dividend"},
	{"The economic plan would seek to keep the economy growing, to build a trade surplus and to force a cut "
	 "in inflation.",
	 NULL, "build", "The economic plan would seek to build a trade surplus"},
	{"The economic plan would seek to keep the economy growing, to build a trade surplus and to force a cut "
	 "in inflation.",
	 NULL, "force", "The economic plan would seek to force a cut in inflation"},
	{"The agreement requires the bank to vote its shares and to oppose any other merger of USAir.", NULL,
	 "oppose", "The agreement requires the bank to oppose any other merger of USAir"},
	/* a clause after "and" with a subject of its own ends the object
	 * before it, and its subject starts after the conjunction; not a
	 * subject of two noun phrases after a verb of saying, after a
	 * subordinator, after an auxiliary that opens a question, nor in a
	 * name */
	{"The company closed the plant and workers will lose their jobs.", NULL, "closed",
	 "The company closed the plant"},
	{"The company closed the plant and workers will lose their jobs.", NULL, "lose",
	 "Workers will lose their jobs"},
	{"Prices are rising quickly and demand has already fallen in some states.", NULL, "fallen",
	 "Demand has already fallen in some states"},
	{"Residents were told to stay off the roads and businesses and ferries were closed.", NULL, "closed",
	 "Businesses and ferries were closed"},
	{"He said prices and wages rose sharply.", NULL, "said", "He said prices and wages rose sharply"},
	{"Oil World forecast that stocks of oils and fats may be cut sharply.", NULL, "forecast",
	 "Oil World forecast that stocks of oils and fats may be cut"},
	{"Will the yeast and E. coli survive in a vacuum?", NULL, "survive",
	 "Will the yeast and E. coli survive in a vacuum"},
	{"Swissair said it will buy Pratt and Whitney engines for its new aircraft.", NULL, "buy",
	 "Swissair will buy Pratt and Whitney engines for its new aircraft"},
	/* a date that is its clause's subject stays in the headline; one
	 * that tells the time of a subject does not */
	{"Election Day is quickly approaching and early voting has already started in some states.",
	 "0:12:DATE:2024-11-05", "approaching", "Election Day is quickly approaching"},
	{"He said 1986 was a difficult year for the company.", "8:12:DATE:1986", "said",
	 "He said 1986 was a difficult year for the company"},
	{"The analysts noted that the third quarter is normally BHP's lowest-earning period.",
	 "24:41:DATE:2023-Q3", "noted",
	 "The analysts noted that the third quarter is normally BHP's lowest-earning period"},
	{"Edelman, who owns about five pct of the stock, last year was rebuffed in his effort to acquire "
	 "the company.",
	 "47:56:DATE:2023", "rebuffed", "Edelman was rebuffed in his effort to acquire the company"},
	{"And there is a sixth person, Stan Stef, who some years ago died in a car accident.",
	 "44:58:DATE:PAST_REF", "died", "Stan Stef died in a car accident"},
	{"He said he recently spoke by telephone with the president.", "11:19:DATE:PAST_REF", "spoke",
	 "He spoke by telephone with the president"},
	/* a gerund that is a verb's object, or the object of "at",
	 * "against", "to", is told by that verb; not the first word of what
	 * a verb of saying says, nor a progressive */
	{"Nippon Telegraph and Telephone Co is considering buying a Cray II supercomputer.", NULL, "buying",
	 "Nippon Telegraph and Telephone Co is considering buying a Cray II supercomputer"},
	{"Xerox Corp has decided to stop selling personal computers as standalone products.", NULL, "selling",
	 "Xerox Corp has decided to stop selling personal computers as standalone products"},
	{"Refiners with high oil stocks strongly resist paying official prices.", NULL, "paying",
	 "Refiners with high oil stocks strongly resist paying official prices"},
	{"The agreement was aimed at ending Japanese dumping of semiconductors.", NULL, "ending",
	 "The agreement was aimed at ending Japanese dumping of semiconductors"},
	{"Brokers said rising gold prices caused mining shares to shoot up.", NULL, "rising",
	 "Rising gold prices caused mining shares to shoot up"},
	{"The workers are buying shares of the company.", NULL, "buying",
	 "The workers are buying shares of the company"},
	/* a phrase of a preposition that reads as a subordinator, then "and"
	 * or "but" and a verb: the verb shares the clause's subject
	 * (thirty-first session) */
	{"The two parents were married before the war but divorced in 1971.", "60:64:DATE:1971", "divorced",
	 "The two parents were divorced"},
	{"Prices rose after the report and fell on Friday.", "41:47:DATE:2024-04-26", "fell", "Prices fell"},
	{"He stayed until the end of the war and then returned home.", NULL, "returned", "He returned home"},
	/* not a clause of its own ("as CO2 dissolves": a verb the tagger
	 * read as a noun), nor an amount before its verb */
	{"Hurricanes classified as category 3 or above are considered major hurricanes.", NULL, "considered",
	 "Category 3 or above are considered major hurricanes"},
	/* a participle after "until", after a person's relative clause; not
	 * across a quote that closes the sentence before, nor out of the
	 * clause of "that" with a subject of its own, nor a gerund subject */
	{"Parker is a former Marine who worked in manufacturing jobs until retiring in 2002.",
	 "77:81:DATE:2002", "retiring", "A former Marine retired"},
	{"\"It was sad.\" The submarine Grayback encountered a bomber while returning from patrol.", NULL,
	 "returning", "The submarine Grayback returned from patrol"},
	{"Italy refused to attend on the grounds that the group, grouping five nations, had reduced its role.",
	 NULL, "grouping", "Grouping five nations"},
	{"It operated the field until dredging ceased in 1967.", "47:51:DATE:1967", "dredging",
	 "Dredging ceased"},
	/* a present participle after the subject's noun before a past the
	 * tagger read as a participle; "at least" before an amount; a date
	 * that is all of the subject after "as", not after "as recently as" */
	{"A bus carrying children from Smolensk to Kaluga on Sunday overturned in Babyninsky.",
	 "51:57:DATE:2024-04-21", "overturned", "A bus overturned in Babyninsky"},
	{"The ministry said that at least 55,000 deaths linked to the virus were recorded.", NULL, "deaths",
	 "At least 55,000 deaths linked to the virus"},
	{"He remained well ahead in the polls as the month came to a close.", "39:48:DATE:2024-04", "came",
	 "The month came to a close"},
	{"Lawson as recently as December 17 said that taxes would not fall.", "22:33:DATE:2023-12-17", "said",
	 "Lawson said that taxes would not fall"},
	/* an adjective right after its verb ends a headline as its
	 * complement, before a time left out too; not one that leads the
	 * time, nor the first of a list */
	{"The Pence family all tested negative as of yesterday.", "43:52:DATE:2024-04-26", "tested",
	 "The Pence family all tested negative"},
	{"The man was found dead on Monday.", "26:32:DATE:2024-04-22", "found", "The man was found dead"},
	{"The company said it wants to remain independent.", NULL, "remain",
	 "The company wants to remain independent"},
	{"Griffin resigned effective today.", "27:32:DATE:2024-04-27", "resigned", "Griffin resigned"},
	/* an aside's participle before a past the tagger read as a
	 * participle; not an active past with an infinitive */
	{"The new bridge, opened in 2019, collapsed on Monday.", "26:30:DATE:2019;45:51:DATE:2024-04-22", "opened",
	 "The new bridge was opened"},
	{"Norway, not an OPEC member, decided in June to extend the restraints, enforced since February.",
	 "39:43:DATE:2023-06;85:93:DATE:2024-02", "decided", "Norway decided to extend the restraints"},
	/* a list of nouns after commas is one subject; a participle's list
	 * goes with its phrase; not clauses joined by ", and" */
	{"Farmers, miners and teachers marched to the palace.", NULL, "marched",
	 "Farmers, miners and teachers marched to the palace"},
	{"On Friday, thousands of protesters wearing black clothes, face masks, and helmets gathered around "
	 "the complex.",
	 "3:9:DATE:2024-04-26", "gathered", "Thousands of protesters gathered around the complex"},
	{"Shares of IBM, Apple and Ford rose sharply.", NULL, "rose", "Shares of IBM, Apple and Ford rose sharply"},
	{"Snow fell in the Asian part of the country, and two people were frozen to death.", NULL, "frozen",
	 "Two people were frozen to death"},
	/* a participle after a subordinator of time that opens the sentence;
	 * the second participle of an aside (thirty-first session) */
	{"When renominated in mid-1983, Volcker said he would step down.", "20:28:DATE:1983", "renominated",
	 "Volcker was renominated"},
	{"SOGENAL, founded in 1881 and nationalised in 1982, is the leading French regional bank.",
	 "20:24:DATE:1881;45:49:DATE:1982", "nationalised", "SOGENAL was nationalised"},
	/* a bare event noun takes its amount ("of about ...") */
	{"Preston Corp said it expects to report a loss of about 300,000 dlrs for the first quarter.",
	 "72:89:DATE:2024-Q1", "loss", "Loss of about 300,000 dlrs"},
	/* "in the course of" a time goes with it */
	{"Exports would pick up slightly during the course of the year.", "52:60:DATE:2024", "pick",
	 "Exports would pick up slightly"},
	/* an en dash glued between two words joins them (thirty-first session) */
	{"An all-women crew ran the Mysuru\xe2\x80\x93" "Bengaluru Tippu Express in the state.", NULL, "ran",
	 "An all-women crew ran the Mysuru\xe2\x80\x93" "Bengaluru Tippu Express in the state"},
	{"These results can help local, state or national governments make decisions.", NULL, "help",
	 "These results can help"},
};

START_TEST(test_summary)
{
	g_autoptr(json_t) evs = annotate(summaries[_i].text, summaries[_i].timexes, "2024-04-27");
	const json_t *e = find_event(evs, summaries[_i].trigger);
	ck_assert_msg(e != NULL, "no event \"%s\"", summaries[_i].trigger);
	ck_assert_str_eq(str(e, "summary"), summaries[_i].summary);
	double sal = json_number_value(json_object_get(e, "salience"));
	ck_assert(sal >= 0 && sal <= 1);
}
END_TEST

static const struct {
	const char *lemma, *past;
} pasts[] = {
	{"move", "moved"}, {"try", "tried"}, {"play", "played"}, {"stop", "stopped"},
	{"visit", "visited"}, {"admit", "admitted"}, {"buy", "bought"}, {"rain", "rained"},
};

/* the subject before an apposition is one noun phrase, not a verb's two
 * objects run together ("told an oil seminar the project, due ..., is") */
START_TEST(test_reported_subject_one_phrase)
{
	g_autoptr(json_t) evs = annotate("Ayala told an oil seminar the project, due for completion in 1988, is "
	                                 "aimed at improving distribution.",
	                                 "61:65:DATE:1988", "2024-04-27");
	const json_t *e = find_event(evs, "aimed");
	ck_assert_ptr_nonnull(e);
	ck_assert_msg(strncmp(str(e, "summary"), "An oil seminar", 14) != 0, "%s", str(e, "summary"));
}
END_TEST

/* a report after the statement it tells ranks as the bare report it was */
/* The salience of the event of evs whose trigger is `trigger` (there must
 * be one). */
static double
salience(const json_t *evs, const char *trigger)
{
	const json_t *e = find_event(evs, trigger);
	ck_assert_msg(e != NULL, "no event \"%s\"", trigger);
	return json_number_value(json_object_get(e, "salience"));
}

START_TEST(test_salience_report_after)
{
	g_autoptr(json_t) evs = annotate("Sales rose 12 pct to 38,520 units, the company said.", NULL, "2024-04-27");
	const json_t *said = find_event(evs, "said"), *rose = find_event(evs, "rose");
	ck_assert_ptr_nonnull(said);
	ck_assert_ptr_nonnull(rose);
	ck_assert_str_eq(str(said, "summary"), "The company said sales rose 12 pct to 38,520 units");
	ck_assert(json_number_value(json_object_get(said, "salience")) < 0.2);
	ck_assert(json_number_value(json_object_get(said, "salience")) <
	          json_number_value(json_object_get(rose, "salience")));
}
END_TEST

/* a dated report that tells nothing of what was said ranks below the
 * threshold pipeline.conf suggests (0.3) when a verb of its sentence tells
 * it, and above one that stands alone (thirty-sixth session) */
START_TEST(test_salience_report_bare)
{
	g_autoptr(json_t) told = annotate("On Friday, Petricioli said \"We will be a lot more expeditious in "
	                                  "processing the requests of banks that have supported us.\"",
	                                  "3:9:DATE:2024-04-26", "2024-04-27");
	g_autoptr(json_t) alone = annotate("On Friday, the ministry said.", "3:9:DATE:2024-04-26", "2024-04-27");
	ck_assert_str_eq(str(find_event(told, "said"), "summary"), "Petricioli said");
	ck_assert(salience(told, "said") < 0.3);
	ck_assert(salience(told, "said") < salience(alone, "said"));
}
END_TEST

/* "I" borrowed from another clause is not named: "I would say that what
 * has happened" is no "Miyazawa has happened" */
START_TEST(test_speaker_own_clause)
{
	g_autoptr(json_t) evs =
	    annotate("\"I would say that what has happened was expected,\" Miyazawa said.", NULL, "2024-04-27");
	const json_t *e = find_event(evs, "happened");
	ck_assert_ptr_nonnull(e);
	ck_assert_msg(strncmp(str(e, "summary"), "Miyazawa", 8) != 0, "%s", str(e, "summary"));
}
END_TEST

/* the past a participle clause is told in: listed, else the regular "-ed" */
START_TEST(test_past_tense)
{
	g_autofree char *past = tl_sum_past_tense(pasts[_i].lemma);
	ck_assert_str_eq(past, pasts[_i].past);
}
END_TEST

START_TEST(test_salience_ranks_happenings)
{
	g_autoptr(json_t) evs =
	    annotate("Rebels seized the airport on Friday, the spokesman said.", "27:33:DATE:2024-05-03",
	             "2024-05-04");
	ck_assert(salience(evs, "seized") > salience(evs, "said"));
}
END_TEST

/* a complement never outranks the verb that tells it; a bare report and
 * a reduced relative rank below what happened */
START_TEST(test_salience_background)
{
	g_autoptr(json_t) evs =
	    annotate("The ministry said it would meet farmers' unions within two weeks to discuss compensation.",
	             NULL, "2024-05-04");
	ck_assert(salience(evs, "discuss") <= salience(evs, "meet"));
	g_autoptr(json_t) evs2 = annotate("The bridge will close for repairs, the city council said on Monday.",
	                                  "60:66:DATE:2024-04-29", "2024-05-04");
	ck_assert(salience(evs2, "said") < 0.4);
	g_autoptr(json_t) evs3 = annotate("On Monday, voters rejected the rules adopted by the council.",
	                                  "3:9:DATE:2024-04-29", "2024-05-04");
	ck_assert(salience(evs3, "adopted") <= salience(evs3, "rejected") - 0.15);
}
END_TEST

/* time passing is no event: "As July came to a close" */
START_TEST(test_salience_time_subject)
{
	g_autoptr(json_t) evs = annotate("As July came to a close, Biden kept his lead.", "3:7:DATE:2024-07",
	                                 "2024-08-01");
	ck_assert(salience(evs, "came") <= salience(evs, "kept") - 0.3);
}
END_TEST

/* a word of a name before its head is no event of a timeline: "Ballot
 * Interference" of "its 2018 Ballot Interference Prevention Act" */
START_TEST(test_salience_name_word)
{
	g_autoptr(json_t) evs = annotate(
	    "On Thursday, the American Civil Liberties Union of Montana filed a lawsuit against the "
	    "state of Montana over its 2018 Ballot Interference Prevention Act (BIPA), saying it would "
	    "prevent many Native Americans from voting.",
	    "3:11:DATE:2019-09-26;113:117:DATE:2018", "2019-09-27");
	ck_assert(salience(evs, "Interference") < 0.3);
	ck_assert(salience(evs, "filed") >= 0.8);
}
END_TEST

/* a verb told alone ("Died") is no timeline entry */
START_TEST(test_salience_bare_verb)
{
	g_autoptr(json_t) evs =
	    annotate("The bus overturned on Sunday. At least seven, including four children, died.",
	             "22:28:DATE:2024-04-21", "2024-04-22");
	g_autoptr(json_t) evs2 = annotate("Reviewing.", NULL, "2024-04-22");
	const json_t *e = find_event(evs2, "Reviewing");
	ck_assert_ptr_nonnull(e);
	ck_assert_str_eq(str(e, "summary"), "Reviewing");
	ck_assert(salience(evs2, "Reviewing") <= 0.2);
	ck_assert(salience(evs, "overturned") >= 0.5);
	/* (with its subject, past "at least" and an aside, it is one: was
	 * "Died") */
	ck_assert_str_eq(str(find_event(evs, "died"), "summary"), "At least seven died");
	ck_assert(salience(evs, "died") >= 0.5);
}
END_TEST

/* a person's role before the name is a title, no event: "host" (which
 * the tagger read as a verb here) */
START_TEST(test_title_no_event)
{
	g_autoptr(json_t) evs = annotate("He said Morning Joe host Joe Scarborough was involved in the death of an "
	                                 "intern in 2001.",
	                                 NULL, "2020-06-01");
	ck_assert_ptr_null(find_event(evs, "host"));
	ck_assert_ptr_nonnull(find_event(evs, "involved"));
}
END_TEST

/* a participle of where a thing is tells no event */
START_TEST(test_salience_place)
{
	g_autoptr(json_t) evs = annotate("Firefighters were called to the building, located off the A496.", NULL,
	                                 "2020-06-10");
	ck_assert(salience(evs, "located") <= 0.3);
}
END_TEST

/* nor does a participle before its noun (thirty-first session) */
START_TEST(test_salience_prenominal)
{
	g_autoptr(json_t) evs = annotate("Sales rose on Monday to a seasonally adjusted annual rate of 777,000 units.",
	                                 "14:20:DATE:2024-04-22", "2024-04-27");
	ck_assert(salience(evs, "adjusted") <= salience(evs, "rose") - 0.4);
	g_autoptr(json_t) poll = annotate("A British opinion poll showed the ruling Conservative party was still ahead.",
	                                  NULL, "2024-04-27");
	ck_assert(salience(poll, "ruling") <= 0.2);
}
END_TEST

/* nor does a condition */
START_TEST(test_salience_condition)
{
	g_autoptr(json_t) cond = annotate("If the pact is adopted on Monday, prices will rise.", "26:32:DATE:2024-04-22",
	                                  "2024-04-20");
	g_autoptr(json_t) told = annotate("The pact was adopted on Monday.", "24:30:DATE:2024-04-22", "2024-04-23");
	ck_assert(salience(cond, "adopted") <= salience(told, "adopted") - 0.3);
}
END_TEST

/* a question asserts nothing: it ranks below the same event told */
START_TEST(test_salience_question)
{
	g_autoptr(json_t) asked = annotate("Did the rebels seize the airport on Friday?", "35:41:DATE:2024-05-03",
	                                   "2024-05-04");
	g_autoptr(json_t) told = annotate("The rebels seized the airport on Friday.", "34:40:DATE:2024-05-03",
	                                  "2024-05-04");
	ck_assert(salience(asked, "seize") <= salience(told, "seized") - 0.2);
}
END_TEST

/* a participle with no subject is the background of the main event */
START_TEST(test_salience_participle)
{
	g_autoptr(json_t) evs = annotate("Entering the room, the guard raised the alarm.", NULL, "2024-05-04");
	const json_t *entering = find_event(evs, "Entering");
	ck_assert_ptr_nonnull(entering);
	ck_assert_str_eq(str(entering, "summary"), "The guard entered the room");
	ck_assert(salience(evs, "Entering") <= salience(evs, "raised") - 0.1);
}
END_TEST

/* a participle that serves as a preposition is no event of the timeline
 * (twenty-eighth session: "preceding" ranked 0.9, above the report) */
START_TEST(test_salience_preposition_like)
{
	g_autoptr(json_t) evs = annotate("The agency reported 79,332 cases in the 24 hours preceding "
	                                 "10 a.m. on April 4.",
	                                 NULL, "2020-04-05");
	ck_assert(salience(evs, "preceding") < 0.5);
	g_autoptr(json_t) evs3 = annotate("The letter, dated June 3, was signed by Smith.", NULL, "2020-04-05");
	ck_assert(salience(evs3, "dated") < 0.5);
	g_autoptr(json_t) evs2 = annotate("The troops withdrew, following a ceasefire.", NULL, "2020-04-05");
	ck_assert(salience(evs2, "following") <= salience(evs2, "withdrew") - 0.3);
}
END_TEST

/* the last event of evs whose trigger is `trigger` */
static const json_t *
find_last_event(const json_t *evs, const char *trigger)
{
	const json_t *last = NULL;
	size_t i;
	const json_t *e;
	json_array_foreach(evs, i, e) {
		const char *t = json_string_value(json_object_get(json_object_get(e, "trigger"), "text"));
		if (t && strcmp(t, trigger) == 0)
			last = e;
	}
	return last;
}

/* a definite bare noun ("the attack", "tonight's speech") takes the
 * headline of its earlier mention that says which one, ranked as the bare
 * noun; not one that only rates it ("the same tournament") */
START_TEST(test_summary_antecedent)
{
	g_autoptr(json_t) evs = annotate("A car bomb attack in Kabul killed five. Dozens died in the attack.", NULL,
	                                 "2024-05-04");
	const json_t *attack = find_last_event(evs, "attack");
	ck_assert_ptr_nonnull(attack);
	ck_assert_str_eq(str(attack, "summary"), "Car bomb attack in Kabul");
	ck_assert(json_number_value(json_object_get(attack, "salience")) <
	          json_number_value(json_object_get(find_event(evs, "attack"), "salience")));
	g_autoptr(json_t) evs2 = annotate("Reagan gave a critical speech to the nation on Wednesday. "
	                                  "Tonight's speech had an apologetic tone.",
	                                  "47:56:DATE:1987-03-04;58:65:TIME:1987-03-04TNI", "1987-03-04");
	const json_t *speech = find_last_event(evs2, "speech");
	ck_assert_ptr_nonnull(speech);
	ck_assert_str_eq(str(speech, "summary"), "Critical speech to the nation");
	g_autoptr(json_t) evs3 = annotate("Prosecutors reopened the same trial twice. "
	                                  "Reporters spoke after the trial.",
	                                  NULL, "2024-05-04");
	const json_t *t = find_last_event(evs3, "trial");
	ck_assert_ptr_nonnull(t);
	ck_assert_str_ne(str(t, "summary"), "Same trial");
}
END_TEST

Suite *tl_suite_events_summary(void);

Suite *
tl_suite_events_summary(void)
{
	Suite *s = suite_create("events_summary");
	TCase *tc = tcase_create("summary");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_summary, 0, G_N_ELEMENTS(summaries));
	tcase_add_loop_test(tc, test_past_tense, 0, G_N_ELEMENTS(pasts));
	tcase_add_test(tc, test_reported_subject_one_phrase);
	tcase_add_test(tc, test_summary_antecedent);
	tcase_add_test(tc, test_speaker_own_clause);
	tcase_add_test(tc, test_salience_report_after);
	tcase_add_test(tc, test_salience_report_bare);
	tcase_add_test(tc, test_salience_participle);
	tcase_add_test(tc, test_salience_question);
	tcase_add_test(tc, test_salience_condition);
	tcase_add_test(tc, test_salience_place);
	tcase_add_test(tc, test_salience_prenominal);
	tcase_add_test(tc, test_title_no_event);
	tcase_add_test(tc, test_salience_preposition_like);
	tcase_add_test(tc, test_salience_background);
	tcase_add_test(tc, test_salience_time_subject);
	tcase_add_test(tc, test_salience_name_word);
	tcase_add_test(tc, test_salience_bare_verb);
	tcase_add_test(tc, test_salience_ranks_happenings);
	suite_add_tcase(s, tc);
	return s;
}
