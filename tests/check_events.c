/*
 * tl-events: the verb-group attributes, the classifier on plain sentences,
 * anchoring (prepositions, ranges, the DCT, narrative), the model
 * loader's errors, and the stage on records with and without timexes.
 */
#include <string.h>
#include "../stages/events/events.h"
#include "tl_test.h"
#include "tl_test_events.h"

/* The event of the first token spelled `word` in text, attributes filled. */
static gboolean
event_at(const TlEvDoc *d, const char *word, TlEvent *ev)
{
	for (size_t i = 0; i < d->toks->len; i++) {
		const TlEvTok *t = tl_evdoc_tok(d, i);
		if (t->end - t->start == strlen(word) && memcmp(d->text + t->start, word, strlen(word)) == 0) {
			memset(ev, 0, sizeof *ev);
			ev->tok = (guint32)i;
			ev->sent = t->sent;
			ev->cls = TL_EVC_OCCURRENCE;
			tl_ev_attributes(d, ev);
			return TRUE;
		}
	}
	return FALSE;
}

static const struct {
	const char *text, *word, *tense, *aspect, *polarity, *modality;
} attrs[] = {
	{"He did not attend the meeting.", "attend", "PAST", "NONE", "NEG", NULL},
	{"She has resigned from the board.", "resigned", "PRESENT", "PERFECTIVE", "POS", NULL},
	{"They had been fighting for years.", "fighting", "PAST", "PERFECTIVE_PROGRESSIVE", "POS", NULL},
	{"The rebels would win the vote.", "win", "NONE", "NONE", "POS", "would"},
	{"The team will play on Sunday.", "play", "FUTURE", "NONE", "POS", NULL},
	{"Prices were rising fast.", "rising", "PAST", "PROGRESSIVE", "POS", NULL},
	{"Officials may cancel the talks.", "cancel", "NONE", "NONE", "POS", "may"},
	{"The company could never recover.", "recover", "NONE", "NONE", "NEG", "could"},
	{"He tried to leave the country.", "leave", "INFINITIVE", "NONE", "POS", NULL},
	{"The minister resigned yesterday.", "resigned", "PAST", "NONE", "POS", NULL},
	{"The army attacks the town.", "attacks", "PRESENT", "NONE", "POS", NULL},
	{"There was no agreement.", "agreement", "NONE", "NONE", "NEG", NULL},
	{"The talks collapsed.", "talks", "NONE", "NONE", "POS", NULL},
	/* a verb coordinated with one whose group has an auxiliary or a
	 * negation shares it (twenty-eighth session); not one of a verb alone */
	{"The company did not confirm or deny the report.", "deny", "PAST", "NONE", "NEG", NULL},
	{"Shareholders may convert or redeem their shares.", "redeem", "NONE", "NONE", "POS", "may"},
	{"The firm has developed and tested the engine.", "tested", "PRESENT", "PERFECTIVE", "POS",
	 NULL},
	{"Workers protested and blocked the road.", "blocked", "PAST", "NONE", "POS", NULL},
};

START_TEST(test_attributes)
{
	g_autoptr(GError) err = NULL;
	const char *text = attrs[_i].text;
	g_autoptr(TlEvDoc) d = tl_evdoc_new(text, strlen(text), NULL, 0, &err);
	ck_assert_ptr_nonnull(d);
	TlEvent ev;
	ck_assert(event_at(d, attrs[_i].word, &ev));
	ck_assert_str_eq(ev.tense, attrs[_i].tense);
	ck_assert_str_eq(ev.aspect, attrs[_i].aspect);
	ck_assert_str_eq(ev.neg ? "NEG" : "POS", attrs[_i].polarity);
	if (attrs[_i].modality)
		ck_assert_str_eq(ev.modality ? ev.modality : "(none)", attrs[_i].modality);
	else
		ck_assert_ptr_null(ev.modality);
	tl_event_clear(&ev);
}
END_TEST

static const struct {
	const char *text, *trigger, *cls;
} classes[] = {
	{"The minister said the talks collapsed on Monday.", "said", "REPORTING"},
	{"The minister said the talks collapsed on Monday.", "collapsed", "OCCURRENCE"},
	{"The attack killed ten people.", "attack", "OCCURRENCE"},
	{"Rebels began shelling the city.", "began", "ASPECTUAL"},
	{"Investors believe that prices will rise.", "believe", "I_STATE"},
	{"Witnesses saw the plane crash into the sea.", "saw", "PERCEPTION"},
	{"The government tried to block the merger.", "tried", "I_ACTION"},
	{"Thousands were killed in the earthquake.", "earthquake", "OCCURRENCE"},
};

START_TEST(test_classes)
{
	g_autoptr(json_t) evs = annotate(classes[_i].text, NULL, NULL);
	const json_t *e = find_event(evs, classes[_i].trigger);
	ck_assert_msg(e != NULL, "no event \"%s\"", classes[_i].trigger);
	ck_assert_str_eq(str(e, "class"), classes[_i].cls);
}
END_TEST

/* A word of a date is no event: TimeML's events and timexes do not nest. */
START_TEST(test_no_event_in_timex)
{
	const char *text = "If I were to make a guess, it will be near the end of Q1 or beginning of Q2 2021.";
	g_autoptr(json_t) evs = annotate(text, "43:56:DATE:2021-Q1;60:80:DATE:2021-Q2", NULL);
	ck_assert_msg(find_event(evs, "beginning") == NULL, "an event inside a timex");
	ck_assert_msg(find_event(evs, "make") != NULL, "no event \"make\"");
	/* without the timexes it is one */
	g_autoptr(json_t) bare = annotate(text, NULL, NULL);
	ck_assert_msg(find_event(bare, "beginning") != NULL, "no event \"beginning\"");
}
END_TEST

/* A dateline's or a byline's first word is no event; the story's are. */
static const struct {
	const char *text, *not_event, *event;
} headings[] = {
	{"TOURS, April 19, 2025 (Valley Wire) - Growers spent the night lighting candles.", "TOURS",
	 "spent"},
	{"MARLOW \u2014 The bridge reopened to cars.", "MARLOW", "reopened"},
	{"Published: 12 November 2024. The strike ended.", "Published", "ended"},
	/* every word of a place in capitals */
	{"BELLOWS FALLS, Vt., March 3 - Imtec Inc said some shareholders have proposed a merger.",
	 "FALLS", "said"},
};

START_TEST(test_headings)
{
	g_autoptr(json_t) evs = annotate(headings[_i].text, NULL, NULL);
	ck_assert_msg(find_event(evs, headings[_i].not_event) == NULL, "event \"%s\"",
	              headings[_i].not_event);
	ck_assert_msg(find_event(evs, headings[_i].event) != NULL, "no event \"%s\"",
	              headings[_i].event);
}
END_TEST

static const struct {
	const char *text, *timexes, *dct, *trigger, *time, *relation, *range0, *range1;
} anchors[] = {
	{"The company was founded in 1990.", "27:31:DATE:1990", NULL, "founded", "t1", "IS_INCLUDED", NULL, NULL},
	{"Prices have risen since March.", "24:29:DATE:2024-03", NULL, "risen", "t1", "BEGINS", NULL, NULL},
	{"The strike will last until Friday.", "27:33:DATE:2024-05-03", NULL, "last", "t1", "ENDS", NULL, NULL},
	{"He resigned before Tuesday.", "19:26:DATE:2024-05-07", NULL, "resigned", "t1", "BEFORE",
	 NULL, NULL},
	{"Troops withdrew after 2019.", "22:26:DATE:2019", NULL, "withdrew", "t1", "AFTER", NULL, NULL},
	/* the time a plan was for does not date what undoes it, but what
	 * keeps to it */
	{"The elections scheduled for April were postponed.", "28:33:DATE:2020-04", "2020-03-20", "postponed", NULL, NULL, NULL, NULL},
	{"Other games scheduled for Wednesday were still held.", "26:35:DATE:2020-03-18", "2020-03-20", "held", "t1", "IS_INCLUDED", NULL, NULL},
	/* the limit a verb sets, and the old time it moves from, do not date
	 * it */
	{"The court adjourned the case until March 5.", "35:42:DATE:2020-03-05", "2020-02-20", "adjourned", NULL, NULL, NULL, NULL},
	{"Ford said it extended its incentive program to April 30 from April 6.", "47:55:DATE:2020-04-30", "2020-02-20", "extended", NULL, NULL, NULL, NULL},
	{"Ford said it extended its incentive program to April 30 from April 6.", "61:68:DATE:2020-04-06", "2020-02-20", "extended", NULL, NULL, NULL, NULL},
	{"He stayed in hospital until October.", "28:35:DATE:2019-10", "2020-02-20", "stayed", "t1", "ENDS",
	 NULL, NULL},
	/* a month that names a contract dates nothing: the trading is not in
	 * it */
	{"The May contract rose 2 cts.", "4:7:DATE:1987-05", "1987-03-10", "rose", NULL, NULL, NULL, NULL},
	{"June share price index futures reached 1767.0.", "0:4:DATE:1987-06", "1987-03-10", "reached",
	 NULL, NULL, NULL, NULL},
	{"It bought 75,000 tonnes for November shipment.", "29:37:DATE:1987-11", "1987-03-10", "bought",
	 NULL, NULL, NULL, NULL},
	/* (a month before other nouns does) */
	{"The bank raised its June forecast.", "18:22:DATE:1987-06", "1987-03-10", "raised", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* a copula is not dated from inside the relative clause after it */
	{"He was among the Representatives who voted against the Iraq War in 2002.", "67:71:DATE:2002",
	 "2020-10-18", "was", NULL, NULL, NULL, NULL},
	{"He was among the Representatives who voted against the Iraq War in 2002.", "67:71:DATE:2002",
	 "2020-10-18", "voted", "t1", "IS_INCLUDED", NULL, NULL},
	/* a time of the event's own conjunct wins over the one that ends
	 * the conjunct before, however long the object between */
	{"He attended the rally in June and received hospital treatment for the virus on July 1.",
	 "25:29:DATE:2020-06;79:85:DATE:2020-07-01", "2020-09-01", "received", "t2", "IS_INCLUDED",
	 NULL, NULL},
	/* (and the time it is compared with is none of its own) */
	{"Exports fell 10.4 pct from a year earlier to 2.18 mln sets in February.",
	 "27:41:DATE:1986-02;62:70:DATE:1987-02", "1987-03-10", "fell", "t2", "IS_INCLUDED", NULL,
	 NULL},
	{"Output stood 3 pct higher than in February 1986.", "34:47:DATE:1986-02", "1987-03-10",
	 "stood", NULL, NULL, NULL, NULL},
	{"Local currency M3 rose 3.6 pct to 280.36 billion dlrs from December.", "59:67:DATE:1986-12",
	 "1987-02-20", "rose", NULL, NULL, NULL, NULL},
	/* (not a day after "from", nor what will be: a start) */
	{"Prices will rise 5 pct from April 1.", "28:35:DATE:1987-04-01", "1987-02-20", "rise", "t1",
	 "BEGINS", NULL, NULL},
	{"VAT will rise to 20 pct from January.", "29:36:DATE:1988-01", "1987-10-20", "rise", "t1",
	 "BEGINS", NULL, NULL},
	/* (nor a span of time) */
	{"Chinese were used to stable prices for 30 years from 1949.", "53:57:DATE:1949", "1987-02-20",
	 "used", "t1", "BEGINS", NULL, NULL},
	/* (but "no later than" tells a deadline) */
	{"The deal must close no later than March 1.", "34:41:DATE:1987-03-01", "1987-02-10",
	 "close", "t1", "BEFORE", NULL, NULL},
	/* an aside between dashes is not dated by a time outside it, and
	 * holds no main verb of the sentence (below) */
	{"Conway described the game \xe2\x80\x94 a model consisting of a grid of cells \xe2\x80\x94 in 1970.",
	 "75:79:DATE:1970", "2020-04-12", "consisting", NULL, NULL, NULL, NULL},
	/* (the comma in a date does not end the phrase that opens the
	 * sentence) */
	{"During the conference on November 19, 1986 -- six days before the diversion -- Reagan "
	 "defended the operation.",
	 "25:42:DATE:1986-11-19;46:54:DURATION:P6D", "1987-03-01", "defended", "t1", "IS_INCLUDED",
	 NULL, NULL},
	/* a participle's aside between commas does not part the main verb
	 * from the date after it */
	{"Firefighters were called to the building, located off the A496, on Saturday.",
	 "67:75:DATE:2020-06-06", NULL, "called", "t1", "IS_INCLUDED", NULL, NULL},
	/* the date of a thing ("a eurobond due March 31, 1994") dates no
	 * verb; the event noun it follows keeps it */
	{"CAECL is issuing a 12 billion yen eurobond due March 31, 1994.", "47:61:DATE:1994-03-31", NULL,
	 "issuing", NULL, NULL, NULL, NULL},
	{"With the general election due this September, figures could not have come at a worse time.",
	 "30:44:DATE:1998-09", NULL, "election", "t1", "IS_INCLUDED", NULL, NULL},
	/* the report after a comma is not dated by the reported clause's date */
	{"Sales in 1985 rose 5 pct, the company said.", "9:13:DATE:1985", "1987-03-02", "said", "dct",
	 "IS_INCLUDED", NULL, NULL},
	{"Sales in 1985 rose 5 pct, the company said.", "9:13:DATE:1985", "1987-03-02", "rose", "t1",
	 "IS_INCLUDED", NULL, NULL},
	{"On 26 April, Blinken finished his three-day trip to China.",
	 "3:11:DATE:2024-04-26;34:43:DURATION:P3D", NULL, "trip", "t1", "ENDS", "2024-04-24",
	 "2024-04-27"},
	{"On 26 April, Blinken finished his three-day trip to China. During the trip, he met Wang Yi.",
	 "3:11:DATE:2024-04-26;34:43:DURATION:P3D", NULL, "met", "t1", "IS_INCLUDED", "2024-04-24",
	 "2024-04-27"},
	{"Blinken said the trip went well.", NULL, "2024-04-27", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* an event noun dated by a verb of its phase begins or ends then, and
	 * what happens during it is not dated by that day */
	{"Workers ended the strike on Tuesday.", "28:35:DATE:2025-03-11", "2025-03-14", "strike", "t1",
	 "ENDS", NULL, NULL},
	{"The strike began on March 3. Sales fell during the strike.", "20:27:DATE:2025-03-03",
	 "2025-03-14", "strike", "t1", "BEGINS", NULL, NULL},
	{"The strike began on March 3. Sales fell during the strike.", "20:27:DATE:2025-03-03",
	 "2025-03-14", "fell", NULL, NULL, NULL, NULL},
	{"The bridge reopened on Friday, ending a closure that began on January 9, 2024. Her sales "
	 "fell by a third during the closure.",
	 "23:29:DATE:2025-03-14;62:77:DATE:2024-01-09", "2025-03-14", "closure", "t2", "BEGINS", NULL,
	 NULL},
	{"The bridge reopened on Friday, ending a closure that began on January 9, 2024. Her sales "
	 "fell by a third during the closure.",
	 "23:29:DATE:2025-03-14;62:77:DATE:2024-01-09", "2025-03-14", "fell", NULL, NULL, NULL, NULL},
	/* a time on the other side of a quote mark is the quoted speaker's,
	 * not the report's (thirty-first session) */
	{"He said: \"Last year we lost money.\"", "10:19:DATE:2023", "2024-04-27", "said", "dct",
	 "IS_INCLUDED", NULL, NULL},
	{"He said: \"Last year we lost money.\"", "10:19:DATE:2023", "2024-04-27", "lost", "t1",
	 "IS_INCLUDED", NULL, NULL},
	{"\"Last year we lost money,\" he said.", "1:10:DATE:2023", "2024-04-27", "said", "dct",
	 "IS_INCLUDED", NULL, NULL},
	/* the date of a thing, no event, that is a verb's object dates no
	 * verb; an event noun's does, and so does a state's (thirty-second
	 * session) */
	{"The company posted a loss, reversing its 2015 profit.", "41:45:DATE:2015", NULL, "reversing",
	 NULL, NULL, NULL, NULL},
	{"The index passed yesterday's record level.", "17:26:DATE:2024-04-26", "2024-04-27", "passed",
	 NULL, NULL, NULL, NULL},
	{"Trump won the 2016 election.", "14:18:DATE:2016", NULL, "won", "t1", "IS_INCLUDED", NULL, NULL},
	{"Oakleaf had 1986 sales of about 26 mln dlrs.", "12:16:DATE:1986", NULL, "had", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* "then" after a comma or "and" parts the times of the predicates on
	 * its two sides, not one verb's ("and then jointly tomorrow") */
	{"Cream recorded four albums, then in 1968 disbanded.", "36:40:DATE:1968", NULL, "recorded", NULL,
	 NULL, NULL, NULL},
	{"Cream recorded four albums, then in 1968 disbanded.", "36:40:DATE:1968", NULL, "disbanded", "t1",
	 "IS_INCLUDED", NULL, NULL},
	{"Delegates will consider the paper separately and then jointly tomorrow.",
	 "62:70:DATE:2024-04-28", "2024-04-27", "consider", "t1", "IS_INCLUDED", NULL, NULL},
	/* the base of a comparison ("from 47.4 mln dlrs a year ago") dates no
	 * verb before it, a unit the tagger read as a verb too */
	{"Its March sales rose to 50.6 mln dlrs from 47.4 mln dlrs a year ago.",
	 "4:9:DATE:1987-03;57:67:DATE:1986-04", "1987-04-08", "rose", "t1", "IS_INCLUDED", NULL, NULL},
	/* a time that ends a relative clause in the subject is the clause's,
	 * not the main verb's in the present or the perfect */
	{"Aftershocks of an earthquake that struck the Philippines on Wednesday have increased the toll.",
	 "60:69:DATE:2019-10-16", "2019-10-19", "increased", NULL, NULL, NULL, NULL},
	{"Aftershocks of an earthquake that struck the Philippines on Wednesday have increased the toll.",
	 "60:69:DATE:2019-10-16", "2019-10-19", "struck", "t1", "IS_INCLUDED", NULL, NULL},
	/* the event after "after" takes its own time over the main clause's
	 * before it */
	{"Sales rose 3 pct in February after falling 2 pct in January.", "20:28:DATE:2024-02;52:59:DATE:2024-01",
	 NULL, "falling", "t2", "IS_INCLUDED", NULL, NULL},
	/* "According to X," opens nothing: the time after it dates the
	 * predicate, not X; an adjective's participle ("a flying creature") is
	 * no predicate (twenty-fourth session) */
	{"According to the campaign, on the morning of August 1, a flying creature collided with her.",
	 "45:53:DATE:2020-08-01", "2020-09-30", "collided", "t1", "IS_INCLUDED", NULL, NULL},
	{"According to the campaign, on the morning of August 1, a flying creature collided with her.",
	 "45:53:DATE:2020-08-01", "2020-09-30", "campaign", NULL, NULL, NULL, NULL},
	/* nor does a phrase of "before" or "after" that opens the sentence
	 * take the time after its comma */
	{"Shortly before his death, on Wednesday a case was filed against him.", "29:38:DATE:2020-07-08",
	 "2020-07-10", "death", NULL, NULL, NULL, NULL},
	{"Shortly before his death, on Wednesday a case was filed against him.", "29:38:DATE:2020-07-08",
	 "2020-07-10", "filed", "t1", "IS_INCLUDED", NULL, NULL},
	/* the object of a light verb that is no event stands for the
	 * predicate ("opened fire", "held rallies") */
	{"According to police, on August 1, a gunman opened fire at a school.", "24:32:DATE:2020-08-01",
	 "2020-09-30", "fire", "t1", "IS_INCLUDED", NULL, NULL},
	{"Yesterday, hundreds of farmers held rallies against high rates.", "0:9:DATE:2024-04-26",
	 "2024-04-27", "rallies", "t1", "IS_INCLUDED", NULL, NULL},
	{"The talks failed.", NULL, "2024-04-27", "failed", NULL, NULL, NULL, NULL},
	{"The summit was held in May. Subsequently, the leaders signed a pact.",
	 "23:26:DATE:2024-05", NULL, "signed", "t1", "AFTER", NULL, NULL},
	{"The storm hit the coast in June 2021. He said the repairs were slow, adding that insurers had paid.",
	 "26:35:DATE:2021-06", NULL, "hit", "t1", "IS_INCLUDED", NULL, NULL},
	/* a verb that tells an earlier event again is not dated by it */
	{"She recalled her visit to Moscow in 2019.", "36:40:DATE:2019", NULL, "recalled", NULL, NULL,
	 NULL, NULL},
	{"She recalled her visit to Moscow in 2019.", "36:40:DATE:2019", NULL, "visit", "t1",
	 "IS_INCLUDED", NULL, NULL},
	{"The minister repeated the pledge he made last March.", "41:51:DATE:2024-03", NULL, "repeated",
	 NULL, NULL, NULL, NULL},
	/* nor across the infinitive it governs, whatever its class */
	{"The union urged its members to strike in May.", "41:44:DATE:2024-05", NULL, "urged", NULL,
	 NULL, NULL, NULL},
	{"The union urged its members to strike in May.", "41:44:DATE:2024-05", NULL, "strike", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* nor from a state that began then ("since May"): the noting is the
	 * article's; it goes on from an event dated at a time, and what is
	 * said from an occasion (a day, a week), not from a month */
	{"Farmers have protested in the capital since May. She noted that the talks stalled.",
	 "44:47:DATE:2024-05", "2024-06-10", "noted", "dct", "IS_INCLUDED", NULL, NULL},
	{"The farmers met in May. She noted that the talks stalled.", "19:22:DATE:2024-05",
	 "2024-06-10", "noted", "dct", "IS_INCLUDED", NULL, NULL},
	{"The farmers met on May 3. She noted that the talks stalled.", "19:24:DATE:2024-05-03",
	 "2024-06-10", "noted", "t1", "IS_INCLUDED", NULL, NULL},
	{"The farmers met in May. She left early.", "19:22:DATE:2024-05", "2024-06-10", "left", "t1",
	 "IS_INCLUDED", NULL, NULL},
	{"The farmers met in May. Thereafter, she noted that the talks stalled.",
	 "19:22:DATE:2024-05", "2024-06-10", "noted", "t1", "AFTER", NULL, NULL},
	/* an infinitive seen from now (a present or present perfect governs
	 * it) is not dated by a time over before the article's */
	{"The senator has voiced a wish to proceed along the lines of the hearings of 2015.",
	 "76:80:DATE:2015", "2024-05-10", "proceed", NULL, NULL, NULL, NULL},
	{"The agency is expected to revise its estimate of the harvest in 2022.", "64:68:DATE:2022",
	 "2024-05-10", "revise", NULL, NULL, NULL, NULL},
	/* what "will" be done lies after a time over before the DCT: not
	 * dated by it, but AFTER the report that tells it */
	{"The debts due in 2019 will be rescheduled over six years.", "17:21:DATE:2019", "2024-05-10",
	 "rescheduled", NULL, NULL, NULL, NULL},
	{"The minister announced yesterday that she will resign.", "23:32:DATE:2024-05-09",
	 "2024-05-10", "resign", "t1", "AFTER", NULL, NULL},
	{"The plant will close in June.", "24:28:DATE:2024-06", "2024-05-10", "close", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* the time of a figure compared with dates that figure, not the
	 * event before the comparison */
	{"Sales rose to 5 mln dlrs from 4 mln dlrs in 2022.", "44:48:DATE:2022", "2024-05-10", "rose",
	 NULL, NULL, NULL, NULL},
	{"Car sales totaled 21,092, compared with 38,441 a year earlier.", "47:61:DATE:2023",
	 "2024-05-10", "totaled", NULL, NULL, NULL, NULL},
	{"Sales rose to 5 mln dlrs in 2023 from 4 mln dlrs in 2022.", "28:32:DATE:2023;52:56:DATE:2022",
	 "2024-05-10", "rose", "t1", "IS_INCLUDED", NULL, NULL},
	{"The report showed a 9 pct increase from 88 deaths in March.", "53:58:DATE:2024-03",
	 "2024-05-10", "deaths", "t1", "IS_INCLUDED", NULL, NULL},
	/* nor by a timex of a clause that a comma and a subordinator open
	 * after the event; the timex's own "since" is no such clause */
	{"The party won the seat with 70 pct of the vote, and since the seat's creation in 1984, it has "
	 "been held by conservatives.",
	 "81:85:DATE:1984", "2024-05-10", "vote", NULL, NULL, NULL, NULL},
	{"Sales grew, after a slump in 2022, as demand recovered.", "29:33:DATE:2022", "2024-05-10",
	 "grew", NULL, NULL, NULL, NULL},
	{"Prices have risen steadily, since 2019.", "34:38:DATE:2019", "2024-05-10", "risen", "t1",
	 "BEGINS", NULL, NULL},
	/* a participle that opens an aside between commas is not dated from
	 * the predicate after the aside (the first "approved"); that
	 * predicate is */
	{"The exchange said the change to its rules, already approved by its board, must now be "
	 "approved by the regulator.",
	 "79:82:DATE:PRESENT_REF", "2024-05-10", "approved", NULL, NULL, NULL, NULL},
	{"Troops, backed by tanks, entered the city on Monday.", "45:51:DATE:2024-05-06", "2024-05-10",
	 "entered", "t1", "IS_INCLUDED", NULL, NULL},
	/* a past governor, a perfect infinitive: dated as before */
	{"The agency decided to revise its estimate of the harvest in 2022.", "60:64:DATE:2022",
	 "2024-05-10", "revise", "t1", "IS_INCLUDED", NULL, NULL},
	{"He is said to have fled the country in 2019.", "39:43:DATE:2019", "2024-05-10", "fled", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* the narrative goes on from what happened, not from an infinitive's date */
	{"Officials met in March, urging rebels to disarm in June. Subsequently, the rebels agreed.",
	 "17:22:DATE:2024-03;51:55:DATE:2024-06", NULL, "agreed", "t1", "AFTER", NULL, NULL},
	/* a timex that opens the sentence dates its main verb, however far */
	{"On Thursday at the headquarters of the Paris Police Prefecture in Paris, France, an IT worker "
	 "went on a stabbing spree, killing four.",
	 "3:11:DATE:2019-10-03", NULL, "went", "t1", "IS_INCLUDED", NULL, NULL},
	/* of two timexes that open it, the later one */
	{"A decade later, in 2008, Hagan defeated the incumbent senator.",
	 "0:14:DATE:200;19:23:DATE:2008", NULL, "defeated", "t2", "IS_INCLUDED", NULL, NULL},
	/* the main verb, past a relative clause in the subject */
	{"On Monday, Pranab Mukherjee, a career politician who served as President of India for five "
	 "years and led the finance ministry for a decade, died.",
	 "3:9:DATE:2020-08-31", NULL, "died", "t1", "IS_INCLUDED", NULL, NULL},
	/* the past events after a dated one of the sentence share its time... */
	{"On Thursday at the headquarters of the Paris Police Prefecture in Paris, France, an IT worker "
	 "went on a stabbing spree, killing four.",
	 "3:11:DATE:2019-10-03", NULL, "killing", "t1", "IS_INCLUDED", NULL, NULL},
	{"A fire destroyed 200 homes on Sunday and injured dozens.", "30:36:DATE:2024-04-21", NULL,
	 "injured", "t1", "IS_INCLUDED", NULL, NULL},
	{"On 26 April, Blinken finished his three-day trip to China, where he met officials.",
	 "3:11:DATE:2024-04-26;34:43:DURATION:P3D", NULL, "met", "t1", "IS_INCLUDED", "2024-04-24",
	 "2024-04-27"},
	/* "during the closure": not the report, nor what the report encloses;
	 * nor by the day the closure began (thirty-sixth session) */
	{"The closure began on January 9, 2024. \u201cIt feels like getting the town back,\u201d said Rosa "
	 "Delgado, who says her sales fell during the closure.",
	 "21:36:DATE:2024-01-09", "2025-03-14", "said", "dct", "IS_INCLUDED", NULL, NULL},
	{"The closure began on January 9, 2024. \u201cIt feels like getting the town back,\u201d said Rosa "
	 "Delgado, who says her sales fell during the closure.",
	 "21:36:DATE:2024-01-09", "2025-03-14", "fell", NULL, NULL, NULL, NULL},
	{"The closure was in January. \u201cIt feels like getting the town back,\u201d said Rosa "
	 "Delgado, who says her sales fell during the closure.",
	 "20:27:DATE:2025-01", "2025-03-14", "fell", "t1", "IS_INCLUDED", NULL, NULL},
	/* a verb is not dated from inside the relative clause after it */
	{"The bridge reopened on Friday, ending a closure that began on January 9, 2024.",
	 "23:29:DATE:2025-03-14;62:77:DATE:2024-01-09", NULL, "ending", "t1", "IS_INCLUDED", NULL, NULL},
	/* ...but not past the start of another clause, nor what was over before */
	{"Troops withdrew from the province on Monday, long after the heavily armed rebels in the hills "
	 "above the town fired on the convoy.",
	 "37:43:DATE:2024-04-22", NULL, "fired", NULL, NULL, NULL, NULL},
	{"On Sunday the party finalized the count of the votes from all the precincts in the state: "
	 "Buttigieg secured 14 delegates.",
	 "3:9:DATE:2024-04-21", NULL, "secured", NULL, NULL, NULL, NULL},
	{"Troops withdrew from the province on Monday, when the heavily armed rebels in the hills above "
	 "the town had fired on the convoy.",
	 "37:43:DATE:2024-04-22", NULL, "fired", NULL, NULL, NULL, NULL},
	/* what the present tense says holds when the article was written */
	{"The company has 8.8 million shares outstanding.", NULL, "1989-11-01", "has", "dct",
	 "INCLUDES", NULL, NULL},
	{"The company has sold its stake.", NULL, "1989-11-01", "sold", NULL, NULL, NULL, NULL},
	{"The company may sell its stake.", NULL, "1989-11-01", "sell", NULL, NULL, NULL, NULL},
	/* a date that closes the main clause dates its verb, however long the
	 * object; not across another finite verb */
	{"The FBI put terrorist mastermind Osama Bin Laden and activist James Charles Kopp on the "
	 "bureau's list of the Ten Most Wanted fugitives in the city of New York on Monday.",
	 "162:168:DATE:1999-06-07", NULL, "put", "t1", "IS_INCLUDED", NULL, NULL},
	{"The FBI said terrorist mastermind Osama Bin Laden and activist James Charles Kopp were "
	 "placed on the bureau's list of the Ten Most Wanted fugitives in New York on Monday.",
	 "163:169:DATE:1999-06-07", "1999-06-08", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* an aspectual verb shares the time of what it begins */
	{"The situation began to relax in the early 1990s.", "32:47:DATE:199", NULL, "began", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* a bare participle after "and" is a past tense misread */
	{"During the third quarter, the company charged $46 million against earnings, added $20 "
	 "million to its reserves and established a reserve for its bonds.",
	 "7:24:DATE:1989-Q3", NULL, "established", "t1", "IS_INCLUDED", NULL, NULL},
	/* across a comma, a timex after another verb is that verb's */
	{"Insurers have 30 days to send assessors, under rules adopted in December 2022.", "64:77:DATE:2022-12", NULL, "send", NULL, NULL,
	 NULL, NULL},
	{"Insurers have 30 days to send assessors, under rules adopted in December 2022.", "64:77:DATE:2022-12", NULL, "adopted", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* an attribution has no time of its own */
	{"According to the ministry, prices rose on Monday.", "42:48:DATE:2024-04-22", "2024-04-27",
	 "According", "dct", "IS_INCLUDED", NULL, NULL},
	{"According to the ministry, prices rose on Monday.", "42:48:DATE:2024-04-22", "2024-04-27",
	 "rose", "t1", "IS_INCLUDED", NULL, NULL},
	/* an aside in brackets puts the date no further off */
	{"Divers recovered 40 crates (about 900 kilograms) of stolen copper wire Tuesday near the harbour.",
	 "71:78:DATE:2024-04-23", "2024-04-27", "recovered", "t1", "IS_INCLUDED", NULL, NULL},
	/* a past date that closes the clause is the past main verb's, across
	 * its infinitive; a date to come stays the infinitive's */
	{"The board voted to close the northern plant Thursday.",
	 "44:52:DATE:2024-04-25", "2024-04-27", "voted", "t1", "IS_INCLUDED", NULL, NULL},
	{"The board voted to close the northern plant next month.",
	 "44:54:DATE:2024-05", "2024-04-27", "voted", NULL, NULL, NULL, NULL},
	/* a dateline's date dates the first sentence's past events, not
	 * those to come, and gives way to the clause's own date */
	{"OSLO, May 3 - The shipping group sold (for cash) two tankers to a Greek owner.",
	 "6:11:DATE:2024-05-03", "2024-05-03", "sold", "t1", "IS_INCLUDED", NULL, NULL},
	{"OSLO, May 3 - The shipping group will sell two tankers to a Greek owner.",
	 "6:11:DATE:2024-05-03", "2024-05-03", "sell", NULL, NULL, NULL, NULL},
	{"OSLO, May 3 - Freight rates rose 4 pct in April, brokers said.",
	 "6:11:DATE:2024-05-03;42:47:DATE:2024-04", "2024-05-03", "rose", "t2", "IS_INCLUDED", NULL, NULL},
	/* "payable June 15" is the dividend's date, not the approving's */
	{"The directors approved a dividend of 10 cts payable June 15.",
	 "52:59:DATE:2024-06-15", "2024-05-03", "approved", NULL, NULL, NULL, NULL},
	/* a comma between names parts no clause; one before a subject does */
	{"The alliance embraced three of its former rivals, the Republic of Moldova, Romania and "
	 "Bulgaria on Friday.",
	 "99:105:DATE:2024-04-26", NULL, "embraced", "t1", "IS_INCLUDED", NULL, NULL},
	{"The group could leave as soon as Tuesday, Castro said.",
	 "33:40:DATE:2024-04-30", "2024-04-27", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* a participle after the comma shares the dated event's time, even
	 * one that intends */
	{"The envoy flew to Nairobi on Tuesday, seeking to calm the dispute.",
	 "29:36:DATE:2024-04-23", "2024-04-27", "seeking", "t1", "IS_INCLUDED", NULL, NULL},
	/* a phrase that sets the scene opens the sentence, up to its comma */
	{"In composite trading on the New York exchange Friday, the shares closed at $60.",
	 "46:52:DATE:2024-04-26", "2024-04-27", "closed", "t1", "IS_INCLUDED", NULL, NULL},
	/* a past date that closes the clause dates an intending verb too,
	 * across its infinitive; not one to come, nor a passive's purpose */
	{"The league invited four clubs to join the new division in March 2021.",
	 "58:68:DATE:2021-03", "2024-04-27", "invited", "t1", "IS_INCLUDED", NULL, NULL},
	{"The league invited four clubs to join the new division next March.",
	 "55:65:DATE:2025-03", "2024-04-27", "invited", NULL, NULL, NULL, NULL},
	{"The venue was chosen to mark the founding of the club 80 years ago.",
	 "54:66:DATE:1944", "2024-04-27", "chosen", NULL, NULL, NULL, NULL},
	/* the date of a first conjunct is not the infinitive's after "and" and
	 * a finite verb */
	{"The army ended the siege two years ago and is preparing to strike again.",
	 "25:38:DATE:2022", "2024-04-27", "strike", NULL, NULL, NULL, NULL},
	/* a present tense is not of a time over before the article, unless
	 * that time opens the sentence */
	{"The 2015 accord requires members to cut emissions.",
	 "4:8:DATE:2015", "2024-04-27", "requires", "dct", "INCLUDES", NULL, NULL},
	{"Last month, a guard is shot when a fight breaks out.",
	 "0:10:DATE:2024-03", "2024-04-27", "breaks", "t1", "IS_INCLUDED", NULL, NULL},
	/* a report is not dated by the date that modifies what it reports */
	{"The retailer reported a first-quarter loss of $4 million.",
	 "24:37:DATE:2024-Q1", "2024-04-27", "reported", "dct", "IS_INCLUDED", NULL, NULL},
	{"Police said last month's arrest was a breakthrough.",
	 "12:22:DATE:2024-03", "2024-04-27", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* the time right after a past or participle that follows a noun is that
	 * verb's, not a later verb's in another tense (the simple past may be
	 * the same act) */
	{"The rules adopted today would limit the risks.",
	 "18:23:DATE:2024-04-27", "2024-04-27", "limit", NULL, NULL, NULL, NULL},
	{"The members appointed last week had resigned.",
	 "22:31:DATE:2024-W16", "2024-04-27", "resigned", NULL, NULL, NULL, NULL},
	{"The warrant issued Monday charged him with murder.",
	 "19:25:DATE:2024-04-22", "2024-04-27", "charged", "t1", "IS_INCLUDED", NULL, NULL},
	{"Bangladesh said today its troops would join the force.",
	 "16:21:DATE:2024-04-27", "2024-04-27", "join", "t1", "AFTER", NULL, NULL},
	/* nor is the time of a predicate joined by "and" after the event's own */
	{"The airport was shut down after the incident and reopened later that day.",
	 "58:72:DATE:2024-04-26", "2024-04-27", "shut", NULL, NULL, NULL, NULL},
	{"The airport was shut down after the incident and reopened later that day.",
	 "58:72:DATE:2024-04-26", "2024-04-27", "reopened", "t1", "IS_INCLUDED", NULL, NULL},
	{"Exports will rise and the firm will double output by March 2026.",
	 "53:63:DATE:2026-03", "2024-04-27", "rise", NULL, NULL, NULL, NULL},
	{"Some users fled or were caught before the hearing on Monday.",
	 "53:59:DATE:2024-04-22", "2024-04-27", "fled", "t1", "IS_INCLUDED", NULL, NULL},
	/* "from" before a noun the timex modifies names a source; a "when"
	 * clause after the time is within it */
	{"The audience was shown a replay from the 2018 ceremony when he gave his award.",
	 "41:45:DATE:2018", "2024-04-27", "shown", NULL, NULL, NULL, NULL},
	{"The audience was shown a replay from the 2018 ceremony when he gave his award.",
	 "41:45:DATE:2018", "2024-04-27", "gave", "t1", "IS_INCLUDED", NULL, NULL},
	{"The audience was shown a replay from the 2018 ceremony when he gave his award.",
	 "41:45:DATE:2018", "2024-04-27", "ceremony", "t1", "IS_INCLUDED", NULL, NULL},
	/* of two words before the time, the first says the relation */
	{"She served as an adviser prior to the 2011 independence.",
	 "38:42:DATE:2011", "2024-04-27", "served", "t1", "BEFORE", NULL, NULL},
	{"The ban will stay in force until at least April 2026.",
	 "42:52:DATE:2026-04", "2024-04-27", "stay", "t1", "ENDS", NULL, NULL},
	{"News of it was not reported until after August 7.",
	 "40:48:DATE:2024-08-07", "2024-09-01", "reported", "t1", "AFTER", NULL, NULL},
	{"Later in the evening, the network signed off.",
	 "9:20:TIME:2024-04-26TEV", "2024-04-27", "signed", "t1", "IS_INCLUDED", NULL, NULL},
	{"Beginning in 2010, he ran the company.",
	 "13:17:DATE:2010", "2024-04-27", "ran", "t1", "BEGINS", NULL, NULL},
	/* a relative clause between commas in the subject dates none of the
	 * main predicate (but its own and a "when" clause after it) */
	{"Brett McGurk, who was the envoy until December, also criticized the decision.",
	 "38:46:DATE:2023-12", "2024-04-27", "criticized", NULL, NULL, NULL, NULL},
	{"Crude oil, which early last year slipped below 10 dlrs, has since crept back to 18 dlrs.",
	 "17:32:DATE:2023", "2024-04-27", "crept", NULL, NULL, NULL, NULL},
	{"Dixon, who bought it in early 1982, when it had only 120 mln dlrs in assets, sold it.",
	 "24:34:DATE:1982", "2024-04-27", "had", "t1", "IS_INCLUDED", NULL, NULL},
	/* "minus" before a figure is no verb between an event and its time */
	{"Temperatures fell to minus 4 degrees Celsius shortly before dawn on Friday.",
	 "68:74:DATE:2024-04-26", "2024-04-27", "fell", "t1", "IS_INCLUDED", NULL, NULL},
	/* a predicate joined right after the time's clause, with a verb group
	 * of its own, has a time of its own */
	{"The application will be submitted in July and will require about one year for reviews.",
	 "37:41:DATE:2024-07", "2024-04-27", "require", NULL, NULL, NULL, NULL},
	{"The application will be submitted in July and will require about one year for reviews.",
	 "37:41:DATE:2024-07", "2024-04-27", "submitted", "t1", "IS_INCLUDED", NULL, NULL},
	/* a past date of a noun dates nothing a present relative clause tells of it */
	{"The company asked regulators to vacate a 1979 order that requires it to get approval before acquisitions.",
	 "41:45:DATE:1979", "2024-04-27", "get", NULL, NULL, NULL, NULL},
	/* a concession opening the sentence names no setting */
	{"Despite signs of recovery on Sunday, he suffered a cardiac arrest on Monday.",
	 "29:35:DATE:2024-04-21;69:75:DATE:2024-04-22", "2024-04-27", "suffered", "t2",
	 "IS_INCLUDED", NULL, NULL},
	{"Despite signs of recovery on Sunday, he suffered a cardiac arrest on Monday.",
	 "29:35:DATE:2024-04-21;69:75:DATE:2024-04-22", "2024-04-27", "recovery", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* a fuzzy adjective dates its noun alone */
	{"Her experience shapes the current race.",
	 "26:33:DATE:PRESENT_REF", "2024-04-27", "shapes", "dct", "INCLUDES", NULL, NULL},
	{"Her experience shapes the current race.",
	 "26:33:DATE:PRESENT_REF", "2024-04-27", "race", "t1", "IS_INCLUDED", NULL, NULL},
	/* the noun a timex modifies has that time, whatever the preposition */
	{"He resigned after last month's election.",
	 "18:28:DATE:2024-03", "2024-04-27", "election", "t1", "IS_INCLUDED", NULL, NULL},
	{"He resigned after last month's election.",
	 "18:28:DATE:2024-03", "2024-04-27", "resigned", "t1", "AFTER", NULL, NULL},
	{"It changed its name ahead of the 2016 presidential election.",
	 "33:37:DATE:2016", "2024-04-27", "election", "t1", "IS_INCLUDED", NULL, NULL},
	/* a clause of cause or condition after the event gives it no time; one
	 * of time relates it to its time */
	{"Prices rose because the plant was closed in March.",
	 "44:49:DATE:2024-03", "2024-04-27", "rose", NULL, NULL, NULL, NULL},
	{"North was fired after it was disclosed last November that profits were diverted.",
	 "39:52:DATE:2023-11", "2024-04-27", "fired", "t1", "AFTER", NULL, NULL},
	/* a timex of no known day dates nothing */
	{"The committee completed a second day of talks.",
	 "26:36:DATE:XXXX-XX-XX", "2024-04-27", "completed", NULL, NULL, NULL, NULL},
	{"The board failed to see the future prospects and directed managers to find buyers.",
	 "24:34:DATE:FUTURE_REF", "2024-04-27", "directed", NULL, NULL, NULL, NULL},
	/* a participle's aside in the subject is not the main predicate */
	{"Also Friday, the two mayors, accompanied by a lawyer, flew to Washington.",
	 "5:11:DATE:2024-04-26", "2024-04-27", "flew", "t1", "IS_INCLUDED", NULL, NULL},
	{"On Friday, the senator, speaking to reporters, announced his retirement.",
	 "3:9:DATE:2024-04-26", "2024-04-27", "announced", "t1", "IS_INCLUDED", NULL, NULL},
	{"The current prime minister met the king.",
	 "4:11:DATE:PRESENT_REF", "2024-04-27", "met", NULL, NULL, NULL, NULL},
	/* the date of a thing dates no event across another predicate, but for
	 * a preposition of time */
	{"The merger will not hurt its 2024 results.",
	 "29:33:DATE:2024", "2024-04-27", "merger", NULL, NULL, NULL, NULL},
	{"Some users fled or were convicted before yesterday's hearing.",
	 "41:50:DATE:2024-04-26", "2024-04-27", "fled", "t1", "BEFORE", NULL, NULL},
	/* "ahead" and "prior" say BEFORE with their second word only */
	{"The mayor said the vote would go ahead tomorrow.",
	 "39:47:DATE:2024-04-28", "2024-04-27", "go", "t1", "IS_INCLUDED", NULL, NULL},
	{"The talks took place prior to Monday.",
	 "30:36:DATE:2024-04-22", "2024-04-27", "took", "t1", "BEFORE", NULL, NULL},
	/* a narrative goes on from no time yet to come, nor from what "would"
	 * be */
	{"The mayor said the vote would go ahead tomorrow. He thanked the staff.",
	 "39:47:DATE:2024-04-28", "2024-04-27", "thanked", NULL, NULL, NULL, NULL},
	{"The final talks between the two sides come tomorrow. They reached a deal on wages.",
	 "43:51:DATE:2024-04-28", "2024-04-27", "reached", NULL, NULL, NULL, NULL},
	{"The minister met the envoy last week. He stressed that the talks went well.",
	 "27:36:DATE:1987-W09@1987-02-23,1987-03-02", "1987-03-05", "stressed", "t1", "IS_INCLUDED",
	 NULL, NULL},
	/* a time right before "and" and the event is the first conjunct's when
	 * the event has one of its own; alone it is shared (thirty-third
	 * session) */
	{"The crew will remain at the station during the week and return to Earth on Friday.",
	 "43:51:DATE:2020-W19@2020-05-04,2020-05-11;75:81:DATE:2020-05-08", "2020-05-04", "return",
	 "t2", "IS_INCLUDED", NULL, NULL},
	{"The crew will remain at the station during the week and return to Earth on Friday.",
	 "43:51:DATE:2020-W19@2020-05-04,2020-05-11;75:81:DATE:2020-05-08", "2020-05-04", "remain",
	 "t1", "IS_INCLUDED", NULL, NULL},
	{"The leaders met on Monday and signed a deal in Paris.", "19:25:DATE:2020-05-04",
	 "2020-05-05", "signed", "t1", "IS_INCLUDED", NULL, NULL},
	/* the time a figure is compared with dates nothing (thirty-third
	 * session) */
	{"Import prices fell 0.2 pct against March 1986.", "35:45:DATE:1986-03", "1987-04-13", "fell",
	 NULL, NULL, NULL, NULL},
	{"Industrial production rose 3.1 pct compared with a year earlier.", "49:63:DATE:1986",
	 "1987-04-13", "rose", NULL, NULL, NULL, NULL},
	/* a verb whose past is its base, read as a noun in a sentence with no
	 * other verb (thirty-third session) */
	{"The Fed cut rates on Monday.", "21:27:DATE:2024-04-22", "2024-04-27", "cut", "t1",
	 "IS_INCLUDED", NULL, NULL},
	{"The plant shut its doors on Monday.", "28:34:DATE:2024-04-22", "2024-04-27", "shut", "t1",
	 "IS_INCLUDED", NULL, NULL},
	/* a sentence with no time of its own goes on at the day of the one
	 * before, in its paragraph: the main clause's simple past only, no
	 * state, no report and what it reports, nothing said to be before,
	 * no chain, no reduced relative (thirty-third session) */
	/* a time after "from", a participle and a figure is the base compared with */
	{"It said sales in the period grew 8.8 pct to 7.23 billion dlrs from a restated 6.65 billion dlrs in 1985.",
	 "99:103:DATE:1985", "1987-03-04", "grew", NULL, NULL, NULL, NULL},
	/* "effective" and a date open a clause of "that" and date no report */
	{"Stone Container Corp said that effective April six, prices will increase 30 dlrs per ton.",
	 "41:50:DATE:1987-04-06", "1987-03-06", "increase", "t1", "IS_INCLUDED", NULL, NULL},
	{"Stone Container Corp said that effective April six, prices will increase 30 dlrs per ton.",
	 "41:50:DATE:1987-04-06", "1987-03-06", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* a pronoun goes on from what happened, not from what had happened */
	{"Van Halen had been diagnosed with cancer as early as 2000. He was known for his reclusive personality.",
	 "53:57:DATE:2000", "2020-10-06", "known", NULL, NULL, NULL, NULL},
	{"A kidnapped diplomat was freed in Beirut on Monday, witnesses said. They identified him as Bakr Damanhuri.",
	 "44:50:DATE:2020-10-05", "2020-10-06", "identified", "t1", "IS_INCLUDED", NULL, NULL},
	/* a sentence its own time dates goes on from that time */
	{"Johnson entered politics in 2001. He then served as mayor from 2008 to 2016, before rejoining Parliament.",
	 "28:32:DATE:2001;63:67:DATE:2008;71:75:DATE:2016", "2019-10-28", "rejoining", NULL, NULL, NULL, NULL},
	/* "then" after a comma or "and": after the dated verb before it */
	{"He served on the committee until 1995, then joined the Judiciary Committee.",
	 "33:37:DATE:1995", "2019-10-28", "joined", "t1", "AFTER", NULL, NULL},
	/* (a verb within its time shares it: tl_anc_by_coordination) */
	{"The band recorded four albums in 1965 and then disbanded.",
	 "33:37:DATE:1965", "2019-10-28", "disbanded", "t1", "IS_INCLUDED", NULL, NULL},
	{"Prices rose until Friday because demand was strong, and then fell.",
	 "18:24:DATE:2019-10-25", "2019-10-28", "fell", "t1", "AFTER", NULL, NULL},
	{"The band recorded four albums, then in 1968 disbanded.",
	 "39:43:DATE:1968", "2019-10-28", "recorded", NULL, NULL, NULL, NULL},
	{"The company said it closed the plant in March, then sold the land.",
	 "40:45:DATE:2019-03", "2019-10-28", "sold", "t1", "AFTER", NULL, NULL},
	{"Prices rose until Friday, the report that was published said, and then fell.",
	 "18:24:DATE:2019-10-25", "2019-10-28", "fell", NULL, NULL, NULL, NULL},
	{"Police arrested him on Friday, questioned him and then released him.",
	 "23:29:DATE:2019-10-25", "2019-10-28", "released", "t1", "IS_INCLUDED", NULL, NULL},
	{"Hurricane Dorian made landfall in the Abacos on Sunday. Its winds reached 185 mph.",
	 "48:54:DATE:2019-09-01", "2019-09-05", "reached", "t1", "IS_INCLUDED", NULL, NULL},
	{"The plane crashed on Sunday. The wreck was found by fishermen.",
	 "21:27:DATE:2019-09-01", "2019-09-05", "found", "t1", "IS_INCLUDED", NULL, NULL},
	{"The plane crashed on Sunday.\n\nRescuers searched the site.",
	 "21:27:DATE:2019-09-01", "2019-09-05", "searched", NULL, NULL, NULL, NULL},
	{"The plane crashed on Sunday. The pilot had a valid licence.",
	 "21:27:DATE:2019-09-01", "2019-09-05", "had", NULL, NULL, NULL, NULL},
	{"The plane crashed on Sunday. Officials said the pilot ignored warnings.",
	 "21:27:DATE:2019-09-01", "2019-09-05", "ignored", NULL, NULL, NULL, NULL},
	{"Two men were convicted on Tuesday. Both were previously accused of fraud.",
	 "26:33:DATE:2019-09-03", "2019-09-05", "accused", NULL, NULL, NULL, NULL},
	{"Sales rose in March. Exports fell sharply.",
	 "14:19:DATE:2019-03", "2019-09-05", "fell", NULL, NULL, NULL, NULL},
	{"The plane crashed on Sunday. Rescuers found the wreck. Investigators recovered the recorder.",
	 "21:27:DATE:2019-09-01", "2019-09-05", "found", "t1", "IS_INCLUDED", NULL, NULL},
	{"The plane crashed on Sunday. Rescuers found the wreck. Investigators recovered the recorder.",
	 "21:27:DATE:2019-09-01", "2019-09-05", "recovered", NULL, NULL, NULL, NULL},
	{"The storm hit the coast on Sunday. Damage caused by the floods exceeded estimates.",
	 "27:33:DATE:2019-09-01", "2019-09-05", "caused", NULL, NULL, NULL, NULL},
	{"The storm hit the coast on Sunday. Damage caused by the floods exceeded estimates.",
	 "27:33:DATE:2019-09-01", "2019-09-05", "exceeded", "t1", "IS_INCLUDED", NULL, NULL},
	{"The talks will resume on Monday. Both sides agreed to a truce.",
	 "25:31:DATE:2019-09-09", "2019-09-05", "agreed", NULL, NULL, NULL, NULL},
	{"Reagan said he was summoning the negotiators home for talks later this week. He added "
	 "that they will return to Geneva.",
	 "60:75:DATE:1987-W10@1987-03-02,1987-03-09", "1987-03-03", "added", "dct", "IS_INCLUDED",
	 NULL, NULL},
	/* what a date modifies is not what is told or thought of it */
	{"Analysts expected third-quarter profits to rise.",
	 "18:31:DATE:1987-Q3@1987-07-01,1987-10-01", "1987-11-02", "expected", NULL, NULL, NULL, NULL},
	{"The company reported third-quarter net income of 5 mln dlrs.",
	 "21:34:DATE:1987-Q3@1987-07-01,1987-10-01", "1987-11-02", "reported", "dct", "IS_INCLUDED",
	 NULL, NULL},
	/* a superlative's base is no time its event began at */
	{"The drop was the biggest since 1914.",
	 "31:35:DATE:1914", "1987-11-02", "drop", NULL, NULL, NULL, NULL},
	{"Sales have fallen by at least 43 pct since 1987.",
	 "43:47:DATE:1987", "1989-11-02", "fallen", "t1", "BEGINS", NULL, NULL},
	/* ... nor is a time in the phrase or clause such a "since" opens, but
	 * for what is in it */
	{"Prices rose to their highest level since the crash of October 1987.",
	 "54:66:DATE:1987-10", "1989-11-02", "rose", NULL, NULL, NULL, NULL},
	{"Prices rose to their highest level since the crash of October 1987.",
	 "54:66:DATE:1987-10", "1989-11-02", "crash", "t1", "IS_INCLUDED", NULL, NULL},
	{"The rise was the biggest since the reforms began in 1979.",
	 "52:56:DATE:1979", "1987-11-02", "rise", NULL, NULL, NULL, NULL},
	{"The rise was the biggest since the reforms began in 1979.",
	 "52:56:DATE:1979", "1987-11-02", "began", "t1", "IS_INCLUDED", NULL, NULL},
	{"The strike was the longest since the two-week stoppage of March 2011.",
	 "37:45:DURATION:P2W;58:68:DATE:2011-03", "2024-11-12", "strike", NULL, NULL, NULL, NULL},
	{"Inflation fell to its lowest since the 1960s between November and January.",
	 "35:44:DATE:196;53:61:DATE:1986-11", "1987-03-25", "fell", "t2", "IS_INCLUDED", NULL, NULL},
	{"While prices dropped to the lowest levels since September 1982 yesterday, makers held "
	 "prices.",
	 "48:62:DATE:1982-09;63:72:DATE:1987-04-01", "1987-04-02", "dropped", "t2", "IS_INCLUDED",
	 NULL, NULL},
	/* nor is the time of what an "including" phrase names, nor that of a
	 * thing after a preposition of no time, nor one after the comma that
	 * closes a relative clause (thirty-sixth session) */
	{"Most residents vote through the mail, including 73% of votes in the 2018 midterm elections.",
	 "68:72:DATE:2018", "2020-07-28", "vote", "dct", "INCLUDES", NULL, NULL},
	{"Most residents vote through the mail, including 73% of votes in the 2018 midterm elections.",
	 "68:72:DATE:2018", "2020-07-28", "elections", "t1", "IS_INCLUDED", NULL, NULL},
	{"Loans rose by 1.2 billion guilders in the week up to and including April 6.",
	 "67:74:DATE:1987-04-06", "1987-04-07", "rose", "t1", "IS_INCLUDED", NULL, NULL},
	{"He lost to the 2016 champion in the final.", "15:19:DATE:2016", "2020-07-28", "lost", NULL,
	 NULL, NULL, NULL},
	{"The people who elected me, today I feel that we must go on.", "27:32:DATE:2019-07-28",
	 "2019-07-28", "elected", NULL, NULL, NULL, NULL},
	{"The people who elected me, today I feel that we must go on.", "27:32:DATE:2019-07-28",
	 "2019-07-28", "feel", "t1", "IS_INCLUDED", NULL, NULL},
	/* the limit a verb sets, past a compound with hyphens ("stay-at-home") */
	{"The state had extended its stay-at-home order until May 1.", "52:57:DATE:2020-05-01",
	 "2020-04-05", "extended", NULL, NULL, NULL, NULL},
	/* the main verb after a relative clause that a time ends, its
	 * auxiliary the clause's finite verb; not a time that is a subject */
	{"The problems affecting roaster plants that had halted production since May 4 had been "
	 "resolved.",
	 "71:76:DATE:1987-05-04", "1987-06-10", "resolved", NULL, NULL, NULL, NULL},
	{"The problems affecting roaster plants that had halted production since May 4 had been "
	 "resolved.",
	 "71:76:DATE:1987-05-04", "1987-06-10", "halted", "t1", "BEGINS", NULL, NULL},
	{"Present indications are that 1987 has started well.", "29:33:DATE:1987", "1987-06-10",
	 "started", "t1", "IS_INCLUDED", NULL, NULL},
	/* a dateline's day is no participle's that describes a noun */
	{"GENEVA, March 4 - The ruling GATT Council deferred a decision on the dispute, delegates "
	 "said.",
	 "8:15:DATE:1987-03-04", "1987-03-04", "ruling", NULL, NULL, NULL, NULL},
	{"MEXICO CITY, March 5 - Mexico has temporarily suspended coffee sales abroad, officials "
	 "said.",
	 "13:20:DATE:1987-03-05", "1987-03-05", "suspended", "t1", "IS_INCLUDED", NULL, NULL},
	/* a clause that "and" or "but" opens after the time, with a subject
	 * of its own and no past, has no time of the clause before */
	{"Officials had hoped a ruling would be issued earlier this year but the panel's decision "
	 "has been delayed by an illness.",
	 "45:62:DATE:1987", "1987-10-20", "delayed", NULL, NULL, NULL, NULL},
	{"Pay talks collapsed today and the strike will continue.",
	 "20:25:DATE:1987-03-05", "1987-03-05", "strike", NULL, NULL, NULL, NULL},
	{"The ministers met for talks this evening and the two men were continuing them late into "
	 "the night.",
	 "28:40:TIME:1987-03-05TEV", "1987-03-05", "continuing", "t1", "IS_INCLUDED", NULL, NULL},
	/* the time of the figure compared with, whatever its phrase */
	{"Operations incurred a net loss of 66.8 mln dlrs against a 38.1 mln loss in 1985.",
	 "75:79:DATE:1985", "1987-03-05", "incurred", NULL, NULL, NULL, NULL},
	{"Ginnings totaled 9.4 mln bales, vs 12.9 mln bales at the end of the 1985 season.",
	 "68:72:DATE:1985", "1987-03-05", "totaled", NULL, NULL, NULL, NULL},
	/* a clause that opens the sentence with a subordinator ends at its
	 * comma: a time after it is the main clause's */
	{"While one vaccine appears able to reduce deaths, up until now, no drug has been shown to "
	 "work.",
	 "58:61:DATE:PRESENT_REF", "2019-08-15", "reduce", NULL, NULL, NULL, NULL},
	{"After the talks ended on Monday, the envoy flew home.",
	 "25:31:DATE:2019-08-12", "2019-08-15", "ended", "t1", "IS_INCLUDED", NULL, NULL},
	/* what the main clause tells follows the time of an "after" or
	 * "since" that opens the sentence */
	{"After the talks ended on Monday, the envoy flew home.",
	 "25:31:DATE:2019-08-12", "2019-08-15", "flew", "t1", "AFTER", NULL, NULL},
	{"Since the repeal of Prohibition in 1933, the party has declined.",
	 "35:39:DATE:1933", "2020-08-15", "declined", "t1", "BEGINS", NULL, NULL},
	/* a report is no time of the clause it reports, after that clause's
	 * own finite verb or modal */
	{"A top businessman said the organizations will soon present proposals.",
	 "46:50:DATE:FUTURE_REF", "1987-04-06", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* "as early as" bounds a time: no SIMULTANEOUS */
	{"Dealers said the announcement could come as early as today.",
	 "53:58:DATE:1987-03-20", "1987-03-20", "come", "t1", "IS_INCLUDED", NULL, NULL},
	/* the figures compared with may be joined by "and" */
	{"Ginnings totaled 201,129 bales, vs 150,746 bales in the 1985 crop and 126,117 bales in "
	 "1984.",
	 "56:60:DATE:1985;87:91:DATE:1984", "1987-03-26", "totaled", NULL, NULL, NULL, NULL},
	/* a semicolon parts clauses and their times */
	{"Cuban roads suffer many accidents; 2018 saw 11,187 recorded accidents.",
	 "35:39:DATE:2018", "2019-01-12", "suffer", "dct", "INCLUDES", NULL, NULL},
	/* a predicate joined by "and" whose auxiliary comes before the time */
	{"It has attained ballot access in Arkansas and is currently petitioning in other states.",
	 "49:58:DATE:PRESENT_REF", "2020-07-25", "attained", NULL, NULL, NULL, NULL},
	/* a noun is no time's two clauses on */
	{"The Biden campaign recycled a statement it first put out in July.",
	 "60:64:DATE:2020-07", "2020-10-29", "campaign", NULL, NULL, NULL, NULL},
	{"The last election in which the party appeared on four ballots was in 1984.",
	 "69:73:DATE:1984", "2020-10-29", "election", "t1", "IS_INCLUDED", NULL, NULL},
	/* a clause of time gives its relation when it closes the predicate's
	 * clause too, and when the tagger reads its subordinator as a
	 * preposition and its past as a participle */
	{"Prices fell after the bank raised rates last week.",
	 "40:49:DATE:2020-W15", "2020-04-14", "fell", "t1", "AFTER", NULL, NULL},
	{"More than 1000 people have been arrested since the protests began in June.",
	 "69:73:DATE:2019-06", "2019-07-20", "arrested", "t1", "BEGINS", NULL, NULL},
	/* a relative clause's time passes to no main verb after its comma */
	{"President Trump, who appointed Murphy in 2017, responded to her letter.",
	 "41:45:DATE:2017", "2020-11-26", "responded", NULL, NULL, NULL, NULL},
	{"The quake on Thursday, which registered six on the scale, killed at least six people.",
	 "13:21:DATE:1987-03-05", "1987-03-06", "killed", "t1", "IS_INCLUDED", NULL, NULL},
	/* a record date is a thing's; a participle with its agent after a noun
	 * is no act of the dateline's day */
	{"The board declared a dividend payable April 2 to holders of record March 20.",
	 "38:45:DATE:1987-04-02;67:75:DATE:1987-03-20", "1987-02-26", "declared", "dct",
	 "IS_INCLUDED", NULL, NULL},
	{"WASHINGTON, March 5 - An investor group led by two brothers said it had acquired a stake.",
	 "12:19:DATE:1987-03-05", "1987-03-05", "led", NULL, NULL, NULL, NULL},
	/* a past is not after the article ("soon" after, in a narrative) */
	{"Police soon arrived and detained the man.",
	 "7:11:DATE:FUTURE_REF", "2020-06-23", "arrived", NULL, NULL, NULL, NULL},
	/* a date that modifies a noun in an aside, after a possessor too,
	 * dates no verb after the aside */
	{"Jo Jorgensen, the party's 1996 vice presidential nominee, won the nomination.",
	 "26:30:DATE:1996", "2020-10-29", "won", NULL, NULL, NULL, NULL},
	/* a delivery's date is the delivery's, but for what is set for it */
	{"Japan bought 5,000 tonnes of rapeseed for April shipment.",
	 "42:47:DATE:1987-04", "1987-03-03", "bought", NULL, NULL, NULL, NULL},
	{"The planes are scheduled for delivery in 1988.",
	 "41:45:DATE:1988", "1987-03-03", "scheduled", "t1", "IS_INCLUDED", NULL, NULL},
	/* a clause of "when" right after a time tells what happened then;
	 * a present report or hope in it is said now */
	{"Elian's relatives have cared for him since November, when he was found clinging to "
	 "an inner tube.",
	 "43:51:DATE:1999-11", "2000-04-17", "found", "t1", "IS_INCLUDED", NULL, NULL},
	{"The period runs from November 3, 1986, when the fund began operations, to December "
	 "31, 1986.",
	 "21:37:DATE:1986-11-03;74:91:DATE:1986-12-31", "1987-03-01", "began", "t1", "IS_INCLUDED",
	 NULL, NULL},
	{"Dome expects its debt will total 6.5 billion dlrs by June 30, 1987, when it hopes "
	 "to implement the plan.",
	 "53:66:DATE:1987-06-30", "1987-03-05", "hopes", "dct", "INCLUDES", NULL, NULL},
	{"It recommended a ban in August after concluding that tobacco smoke, when confined "
	 "to a cabin, posed hazards.",
	 "24:30:DATE:1986-08", "1987-03-01", "confined", NULL, NULL, NULL, NULL},
	/* the main predicate past an aside that holds a clause of its own,
	 * past "including" and its list, past a noun's participle */
	{"But on April 8, investigators, wondering how the assailant could have emerged from "
	 "the woods without fearing he would be seen carrying a rifle, searched the site.",
	 "7:14:DATE:1999-04-08", "1999-05-05", "searched", "t1", "IS_INCLUDED", NULL, NULL},
	{"Since 1993, three doctors, including Slepian, three clinic employees and a clinic "
	 "escort have been murdered.",
	 "6:10:DATE:1993", "1998-10-25", "murdered", "t1", "BEGINS", NULL, NULL},
	{"On Sunday in London, according to witnesses, a man wearing a fake suicide vest "
	 "entered a store.",
	 "3:9:DATE:2020-02-02", "2020-02-03", "entered", "t1", "IS_INCLUDED", NULL, NULL},
	{"On Saturday, the toll rising to 22 people on Monday, reported officials.",
	 "3:11:DATE:2019-08-03;45:51:DATE:2019-08-05", "2019-08-05", "rising", "t2", "IS_INCLUDED",
	 NULL, NULL},
	/* the date of a noun in another noun's complement is not the verb's;
	 * "in" and "at" tell an occasion, and a part of a time is the verb's */
	{"Police arrested a man in connection with last year's bombings.",
	 "41:50:DATE:1986", "1987-03-09", "arrested", NULL, NULL, NULL, NULL},
	{"Amir is serving a life sentence for the November 1995 assassination of Rabin.",
	 "40:53:DATE:1995-11", "1998-02-27", "serving", "dct", "INCLUDES", NULL, NULL},
	{"Cuba kept up its condemnation of Wednesday's meeting.",
	 "33:42:DATE:2000-01-26", "2000-01-28", "condemnation", NULL, NULL, NULL, NULL},
	{"Sales rose 5 pct, an improvement over last year's record earnings.",
	 "38:47:DATE:1986", "1987-03-09", "rose", NULL, NULL, NULL, NULL},
	{"He said the warnings were only an appeal for vigilance ahead of the April 23 polls.",
	 "68:76:DATE:1987-04-23", "1987-03-09", "appeal", "t1", "BEFORE", NULL, NULL},
	{"GM will close Norwood at the end of the 1987 model year.",
	 "40:44:DATE:1987", "1987-03-09", "close", "t1", "IS_INCLUDED", NULL, NULL},
	{"Officials said GM sold 1,500 vehicles in the 1986 model year.",
	 "45:49:DATE:1986", "1987-03-09", "sold", "t1", "IS_INCLUDED", NULL, NULL},
	/* a report is not dated by a time in the subject of what it reports;
	 * one told to someone is by a time after the one told */
	{"Medical Research Investment Fund Inc said net assets as of February 28 were "
	 "2,359,722 dlrs.",
	 "59:70:DATE:1987-02-28", "1987-03-17", "said", "dct", "IS_INCLUDED", NULL, NULL},
	{"The office said total February new vehicle registrations fell to 205,376.",
	 "22:30:DATE:1987-02", "1987-03-17", "said", "dct", "IS_INCLUDED", NULL, NULL},
	{"GM said the level of repurchases this year will not exceed 10 mln shares.",
	 "33:42:DATE:1987", "1987-03-03", "said", "dct", "IS_INCLUDED", NULL, NULL},
	{"Finance Secretary Jaime Ongpin told reporters yesterday the alternative proposal is "
	 "designed to avoid an impasse.",
	 "46:55:DATE:1987-02-28", "1987-03-01", "told", "t1", "IS_INCLUDED", NULL, NULL},
	{"Prosecutor Krzysztof Sierak told reporters today psychiatric assessments will be "
	 "carried out.",
	 "43:48:DATE:2019-01-14", "2019-01-14", "told", "t1", "IS_INCLUDED", NULL, NULL},
	/* no time from inside a question that "whether" opens */
	{"A Cominco spokesman declined to comment on whether the company was confident of "
	 "reaching a new agreement before April 30.",
	 "112:120:DATE:1987-04-30", "1987-03-17", "comment", NULL, NULL, NULL, NULL},
	{"Opinion is divided over whether the Bank can stop a cut before Budget Day, March 17.",
	 "75:83:DATE:1987-03-17", "1987-03-03", "divided", "dct", "INCLUDES", NULL, NULL},
	/* a thought, like a report, is not dated across the finite verb of
	 * what it thinks */
	{"Nissan said it expects that it was profitable in the second half.",
	 "49:64:DATE:1987-H2", "1987-04-01", "expects", "dct", "INCLUDES", NULL, NULL},
	{"Foley believes action will be necessary later this year to rescue the system.",
	 "40:55:DATE:1987", "1987-03-05", "believes", "dct", "INCLUDES", NULL, NULL},
	/* the dateline dates no participle after a noun */
	{"WASHINGTON, March 6 - The House and Senate committees investigating the Iran arms "
	 "scandal said they would like to review tapes.",
	 "12:19:DATE:1987-03-06", "1987-03-06", "investigating", NULL, NULL, NULL, NULL},
	/* what "would" be done, told at a time, is after it */
	{"The company announced on Monday that it would close the plant.",
	 "25:31:DATE:1987-03-02", "1987-03-03", "close", "t1", "AFTER", NULL, NULL},
	{"The spokesman said the March calendar would be flexible.",
	 "23:28:DATE:1987-03", "1987-03-03", "flexible", "t1", "IS_INCLUDED", NULL, NULL},
	/* "Since then" goes on from the time of the sentence before */
	{"The list began in 1950. Since then, 427 fugitives have been taken into custody.",
	 "18:22:DATE:1950", "1999-06-07", "taken", "t1", "BEGINS", NULL, NULL},
	{"The pound fell after the Paris meeting last month. Since then, the pound has risen to 71.8 pct.",
	 "39:49:DATE:1987-02", "1987-03-06", "risen", "t1", "BEGINS", NULL, NULL},
	/* the time of a clause that "that" opens is not the event's before
	 * "that", whatever its class; "that" read as a subordinator before a
	 * noun with no verb of its own is none */
	/* a time right after a report, the whole subject of what it says,
	 * does not date the saying; one before the subject does, and one
	 * after a noun's participle dates the participle */
	{"CRA said 1986 was a poor year for the minerals industry.", "9:13:DATE:1986", "1987-03-05", "said",
	 "dct", "IS_INCLUDED", NULL, NULL},
	{"The company said Friday sales rose 5 pct.", "17:23:DATE:1987-03-06", "1987-03-09", "said", "t1",
	 "IS_INCLUDED", NULL, NULL},
	{"The total value of the order announced last week is 350 mln dlrs.", "39:48:DATE:1987-W10",
	 "1987-03-12", "announced", "t1", "IS_INCLUDED", NULL, NULL},
	{"Governments have recommended that another session be held in September.",
	 "61:70:DATE:1987-09", "1987-03-05", "recommended", NULL, NULL, NULL, NULL},
	{"Governments have recommended that another session be held in September.",
	 "61:70:DATE:1987-09", "1987-03-05", "held", "t1", "IS_INCLUDED", NULL, NULL},
	{"It also said that economic growth in 1986 relied on private consumption.",
	 "37:41:DATE:1986", "1987-04-10", "said", "dct", "IS_INCLUDED", NULL, NULL},
	{"PBS revealed that in December, Crown Prince Mohammad accepted responsibility.",
	 "21:29:DATE:2018-12", "2019-09-29", "revealed", "dct", "IS_INCLUDED", NULL, NULL},
	{"President Reagan vetoed that bill last year and would reject this year's bill.",
	 "34:43:DATE:1986", "1987-04-07", "vetoed", "t1", "IS_INCLUDED", NULL, NULL},
	{"Johnson bested that performance in 2016 as the party's nominee for a second time.",
	 "35:39:DATE:2016", "2020-10-09", "bested", "t1", "IS_INCLUDED", NULL, NULL},
	/* a time that opens a clause of "that" up to its comma dates the
	 * clause's predicate, as one that opens the sentence dates its main
	 * predicate; not a report after the comma, nor what intends */
	{"He estimated that by 1990, ICI's pharmaceutical division would account for about 30 pct "
	 "of profits.",
	 "21:25:DATE:1990", "1987-03-02", "account", "t1", "BEFORE", NULL, NULL},
	{"The spokesman announced that from March 29, Alitalia would be starting a new weekly "
	 "service to Shanghai.",
	 "34:42:DATE:1987-03-29", "1987-03-20", "starting", "t1", "BEGINS", NULL, NULL},
	{"The company said that by year-end 1987, it intends to complete the repurchase of 3.3 mln "
	 "shares.",
	 "25:38:DATE:1987-12-31", "1987-04-10", "intends", "dct", "INCLUDES", NULL, NULL},
	{"The smelter was operating at about half that in January, spokesman Fernand Leclerc said.",
	 "48:55:DATE:1987-01", "1987-03-03", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* a relative clause of "during which" lies within its antecedent's
	 * time: a date, or an event noun a time dates; not the end of a range */
	{"ABIDJAN, June 29 - Camdessus paid a brief weekend visit to the Ivory Coast during which he "
	 "discussed the difficulties.",
	 "9:16:DATE:1987-06-29", "1987-06-29", "discussed", "t1", "IS_INCLUDED", NULL, NULL},
	{"Thai banks have cut rates six times since January 1986, during which time the average loan "
	 "rate fell to 11.5 pct.",
	 "42:54:DATE:1986-01", "1987-04-20", "fell", "t1", "AFTER", NULL, NULL},
	{"Colombia plans to keep borrowing at levels similar to the 1982-86 period, during which it "
	 "received a net 1.3 billion dlrs.",
	 "58:62:DATE:1982;63:65:DATE:1986", "1987-03-25", "received", NULL, NULL, NULL, NULL},
	/* a time that is the subject of the first clause dates no clause
	 * with a subject of its own after "and" or "but" */
	{"Election Day is quickly approaching and early voting has already started in some states.",
	 "0:12:DATE:2020-11-03", "2020-10-20", "started", NULL, NULL, NULL, NULL},
	{"January is the first major export month and the figures thus give a good indication of "
	 "the current crop.",
	 "0:7:DATE:1987-01", "1987-03-02", "give", "dct", "INCLUDES", NULL, NULL},
	{"Monday saw armed police with dogs searching a second apartment block.",
	 "0:6:DATE:2019-01-07", "2019-01-08", "searching", "t1", "IS_INCLUDED", NULL, NULL},
	/* the time of a figure compared with dates no event after it either,
	 * but for the noun it modifies and a clause of "when" */
	{"It said the 57.1 mln dlr profit against a 69.13 mln dlr loss in 1985 was also aided by "
	 "lower interest rates.",
	 "64:68:DATE:1985", "1987-03-02", "aided", NULL, NULL, NULL, NULL},
	{"Electric output so far this year was 602.26 billion kilowatt hours, up 2.2 pct from 589.51 "
	 "billion last year, the EEI said.",
	 "23:32:DATE:1987;99:108:DATE:1986", "1987-03-02", "said", "dct", "IS_INCLUDED", NULL, NULL},
	{"They traded at 93 pesos today, down from 95.50 at Friday's close.",
	 "24:29:DATE:1987-03-02;50:56:DATE:1987-02-27", "1987-03-02", "close", "t2", "IS_INCLUDED",
	 NULL, NULL},
	{"Last year's performance was the worst since 1974, when GNP fell 1.4 pct.",
	 "0:9:DATE:1986;44:48:DATE:1974", "1987-03-02", "fell", "t2", "IS_INCLUDED", NULL, NULL},
	/* "now", "currently" in a relative clause date no event before its
	 * pronoun */
	{"We would also like to thank our website hoster Uberspace who is currently being sued in "
	 "Germany.",
	 "64:73:DATE:PRESENT_REF", "2020-11-16", "thank", NULL, NULL, NULL, NULL},
	{"The company said about 350 jobs will be affected in Columbia, most of which are now "
	 "performed by contract workers.",
	 "80:83:DATE:PRESENT_REF", "1987-03-17", "affected", NULL, NULL, NULL, NULL},
	/* an infinitive after a time is not dated across the infinitive that
	 * governs it; one coordinated with it, or what an attempt is of, is */
	{"The West German Government will be asked June 16 to provide nearly 850 million marks to "
	 "lay off or retrain 20,000 steel workers.",
	 "41:48:DATE:1987-06-16", "1987-06-15", "lay", NULL, NULL, NULL, NULL},
	{"The West German Government will be asked June 16 to provide nearly 850 million marks to "
	 "lay off or retrain 20,000 steel workers.",
	 "41:48:DATE:1987-06-16", "1987-06-15", "provide", "t1", "IS_INCLUDED", NULL, NULL},
	{"Farm ministers will meet again on November 16 to attempt to hammer out an accord.",
	 "34:45:DATE:1987-11-16", "1987-06-15", "hammer", "t1", "IS_INCLUDED", NULL, NULL},
	{"Hungary launched a military development program in 2017 to address structural challenges "
	 "and to renew its equipment.",
	 "51:55:DATE:2017", "2020-12-01", "renew", "t1", "IS_INCLUDED", NULL, NULL},
	/* "earlier" or "later" right before a time place the event within it */
	{"Dorian reached the Bahamas earlier today, making landfall in Elbow Cay.",
	 "35:40:DATE:2019-09-01", "2019-09-01", "reached", "t1", "IS_INCLUDED", NULL, NULL},
	{"They will announce their 1986 results later today.",
	 "25:29:DATE:1986;44:49:DATE:1987-03-01", "1987-03-01", "announce", "t2", "IS_INCLUDED", NULL,
	 NULL},
	/* "after", "before", "since" before a gerund order the event by the
	 * time of the gerund's phrase, as before a clause */
	{"Treasury bill rates fell by half a point after falling 59 basis points on Monday.",
	 "74:80:DATE:1987-10-19", "1987-10-20", "fell", "t1", "AFTER", NULL, NULL},
	{"He worked as a draftsman before applying for a graphic artist job in 1965.",
	 "69:73:DATE:1965", "2019-01-20", "worked", "t1", "BEFORE", NULL, NULL},
	/* a clause of "when" that opens the sentence with a date dates the
	 * main clause's simple past; not past a second finite verb */
	{"When Loral announced the transaction January 12, the company said it was paying 640 mln dlrs "
	 "for Goodyear Aerospace.",
	 "37:47:DATE:1987-01-12", "1987-03-09", "said", "t1", "IS_INCLUDED", NULL, NULL},
	{"When Mugabe assumed the presidency in 1987, he also became head of the armed forces.",
	 "38:42:DATE:1987", "2019-09-06", "became", "t1", "IS_INCLUDED", NULL, NULL},
	{"When it was formed in June 1986 it had 2.7 mln customers, US Sprint said.",
	 "22:31:DATE:1986-06", "1987-04-08", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* the narrative goes on from no "now" or "soon" */
	{"Now they are providing the ration. They did not think about us.",
	 "0:3:DATE:PRESENT_REF", "2020-06-01", "think", NULL, NULL, NULL, NULL},
	{"The talks will resume soon. He said the delegates were tired.",
	 "22:26:DATE:FUTURE_REF", "1987-03-02", "said", "dct", "IS_INCLUDED", NULL, NULL},
	/* a question that "whether" opens takes no time from before it */
	{"The board will decide on April 24 whether to pay a dividend.",
	 "25:33:DATE:1987-04-24", "1987-04-10", "pay", NULL, NULL, NULL, NULL},
	{"In 2016, the United Kingdom held a referendum on whether to remain part of the European "
	 "Union.",
	 "3:7:DATE:2016", "2019-03-24", "remain", NULL, NULL, NULL, NULL},
	{"In 2016, the United Kingdom held a referendum on whether to remain part of the European "
	 "Union.",
	 "3:7:DATE:2016", "2019-03-24", "held", "t1", "IS_INCLUDED", NULL, NULL},
};

START_TEST(test_anchoring)
{
	g_autoptr(json_t) evs = annotate(anchors[_i].text, anchors[_i].timexes, anchors[_i].dct);
	const json_t *e = find_event(evs, anchors[_i].trigger);
	ck_assert_msg(e != NULL, "no event \"%s\"", anchors[_i].trigger);
	if (anchors[_i].time) {
		ck_assert_msg(g_strcmp0(str(e, "time"), anchors[_i].time) == 0, "\"%s\": time %s, not %s",
		              anchors[_i].text, str(e, "time"), anchors[_i].time);
		ck_assert_msg(g_strcmp0(str(e, "relation"), anchors[_i].relation) == 0,
		              "\"%s\": relation %s, not %s", anchors[_i].text, str(e, "relation"),
		              anchors[_i].relation);
	} else {
		ck_assert_msg(json_is_null(json_object_get(e, "time")), "\"%s\": time %s, not none",
		              anchors[_i].text, str(e, "time"));
		ck_assert(json_is_null(json_object_get(e, "relation")));
	}
	const json_t *range = json_object_get(e, "range");
	if (anchors[_i].range0) {
		ck_assert_str_eq(json_string_value(json_array_get(range, 0)), anchors[_i].range0);
		ck_assert_str_eq(json_string_value(json_array_get(range, 1)), anchors[_i].range1);
	} else {
		ck_assert_ptr_null(range);
	}
}
END_TEST

START_TEST(test_participants)
{
	g_autoptr(json_t) evs =
	    annotate("Antony Blinken met Wang Yi in Beijing.", NULL, NULL);
	const json_t *e = find_event(evs, "met");
	ck_assert_ptr_nonnull(e);
	const json_t *ps = json_object_get(e, "participants");
	ck_assert_int_ge(json_array_size(ps), 2);
	const json_t *p0 = json_array_get(ps, 0);
	ck_assert_str_eq(str(p0, "text"), "Antony Blinken");
	ck_assert_str_eq(str(p0, "type"), "PERSON");
	ck_assert_str_eq(str(p0, "role"), "agent");
	ck_assert_int_eq(json_integer_value(json_object_get(p0, "start")), 0);
	ck_assert_int_eq(json_integer_value(json_object_get(p0, "end")), 14);
	gboolean loc = FALSE;
	size_t i;
	const json_t *p;
	json_array_foreach(ps, i, p)
		loc |= strcmp(str(p, "text"), "Beijing") == 0 && strcmp(str(p, "role"), "location") == 0;
	ck_assert(loc);
	/* a place after its preposition before the verb is a location too,
	 * not when it qualifies a noun */
	g_autoptr(json_t) evs5 = annotate("Traders in London said prices fell. Exposure to Nigeria's debt rose.",
	                                  NULL, NULL);
	const json_t *said = find_event(evs5, "said"), *rose = find_event(evs5, "rose");
	ck_assert_ptr_nonnull(said);
	ck_assert_ptr_nonnull(rose);
	const json_t *lon = json_array_get(json_object_get(said, "participants"), 0);
	ck_assert_str_eq(str(lon, "text"), "London");
	ck_assert_str_eq(str(lon, "role"), "location");
	const json_t *nig = json_array_get(json_object_get(rose, "participants"), 0);
	ck_assert_str_eq(str(nig, "text"), "Nigeria");
	ck_assert_str_ne(str(nig, "role"), "location");
	/* the object of a preposition before the verb is no subject: the
	 * person the headline names is ("John Smith, 45, of Dayton, Ohio,
	 * died", the state the town's); but
	 * one right before the verb group is ("an agreement for Coca-Cola to
	 * buy") */
	g_autoptr(json_t) evs6 = annotate("John Smith, 45, of Dayton, Ohio, died on Monday. It signed an "
	                                  "agreement for Coca-Cola to buy the shares.",
	                                  NULL, NULL);
	const json_t *died6 = find_event(evs6, "died"), *buy = find_event(evs6, "buy");
	ck_assert_ptr_nonnull(died6);
	ck_assert_ptr_nonnull(buy);
	gboolean smith = FALSE;
	json_array_foreach(json_object_get(died6, "participants"), i, p) {
		if (strcmp(str(p, "text"), "Ohio") == 0 || strcmp(str(p, "text"), "Dayton") == 0)
			ck_assert_ptr_null(json_object_get(p, "role"));
		smith |= strcmp(str(p, "text"), "John Smith") == 0 && strcmp(str(p, "role"), "agent") == 0;
	}
	ck_assert(smith);
	const json_t *coke = json_array_get(json_object_get(buy, "participants"), 0);
	ck_assert_str_eq(str(coke, "text"), "Coca-Cola");
	ck_assert_str_eq(str(coke, "role"), "agent");
	/* past an aside to the noun phrase it tells of, not past a dateline */
	g_autoptr(json_t) evs2 = annotate("Pierre Nkurunziza, the President of Burundi, died on Monday.", NULL, NULL);
	const json_t *died = find_event(evs2, "died");
	ck_assert_ptr_nonnull(died);
	ck_assert_str_eq(str(json_array_get(json_object_get(died, "participants"), 0), "text"),
	                 "Pierre Nkurunziza");
	/* the person a pronoun stood for, whom the headline names */
	g_autoptr(json_t) evs4 = annotate("Pierre Nkurunziza died in Burundi on Monday. He had "
	                                  "suffered a cardiac arrest on Saturday.",
	                                  NULL, NULL);
	const json_t *suffered = find_event(evs4, "suffered");
	ck_assert_ptr_nonnull(suffered);
	ck_assert_msg(g_str_has_prefix(str(suffered, "summary"), "Pierre Nkurunziza"), "%s", str(suffered, "summary"));
	const json_t *p4 = json_array_get(json_object_get(suffered, "participants"), 0);
	ck_assert_ptr_nonnull(p4);
	ck_assert_str_eq(str(p4, "text"), "Pierre Nkurunziza");
	ck_assert_str_eq(str(p4, "role"), "agent");
	g_autoptr(json_t) evs3 = annotate("DOHA, March 1 - The Gulf oil state of Qatar, recovering slightly from "
	                                  "last year's decline, will raise spending.",
	                                  NULL, NULL);
	const json_t *rec = find_event(evs3, "recovering");
	ck_assert_ptr_nonnull(rec);
	json_array_foreach(json_object_get(rec, "participants"), i, p)
		ck_assert_str_ne(str(p, "text"), "DOHA");
}
END_TEST

static const char *bad_models[] = {"", "TLEVENT1", "NOTAMODEL000000000000", "TLEVENT1\x09\0\0\0\x08\0\0\0\0\0\0\0"};

START_TEST(test_bad_model)
{
	size_t len = _i == 3 ? 20 : strlen(bad_models[_i]);
	g_autoptr(GBytes) b = g_bytes_new(bad_models[_i], len);
	g_autoptr(GError) err = NULL;
	g_autoptr(TlEvModel) m = tl_evmodel_new(b, &err);
	ck_assert_ptr_null(m);
	ck_assert_ptr_nonnull(err);
}
END_TEST

START_TEST(test_lexicon)
{
	const TlEvLexicon *lex = tl_evlex_default(NULL);
	ck_assert_ptr_nonnull(lex);
	ck_assert(tl_evlex_lookup(lex, "say") & TL_EVLEX_REPORTING);
	ck_assert(tl_evlex_lookup(lex, "summit") & TL_EVLEX_NOUN);
	ck_assert(tl_evlex_lookup(lex, "finish") & TL_EVLEX_ASPECTUAL);
	ck_assert_int_eq(tl_evlex_lookup(lex, "table"), 0);
	/* the WordNet senses: "run n4.11 v38.42", a lemma longer than a slot
	 * holds, an unknown one; by the document's FNV-1a hash as by name; a
	 * NUL (from a \u0000) ends the lemma */
	const guint64 run = 5 | 12 << 6 | (guint64)39 << TL_EVSENSE_VERB |
	                    (guint64)43 << (TL_EVSENSE_VERB + 6);
	static const struct {
		const char *w;
		guint64 senses;
	} senses[] = {{"run", run}, {"abetalipoproteinemia", 27}, {"xyzzyq", 0}, {"", 0}};
	for (size_t k = 0; k < G_N_ELEMENTS(senses); k++) {
		const char *w = senses[k].w;
		guint64 h = 0xcbf29ce484222325ULL;
		for (const char *c = w; *c; c++)
			h = (h ^ (guint8)*c) * 0x100000001b3ULL;
		ck_assert_uint_eq(tl_evlex_senses(lex, w), senses[k].senses);
		ck_assert_uint_eq(tl_evlex_senses_hashed(lex, w, strlen(w), h), senses[k].senses);
	}
	ck_assert_uint_eq(tl_evlex_senses_hashed(lex, "run\0x", 5, 42), run);
	ck_assert_str_eq(tl_evclass_name(TL_EVC_I_STATE), "I_STATE");
	ck_assert_int_eq(tl_evclass_from_name("PERCEPTION"), TL_EVC_PERCEPTION);
	ck_assert_int_eq(tl_evclass_from_name("EVENT"), -1);
}
END_TEST

START_TEST(test_empty_and_deterministic)
{
	g_autoptr(json_t) none = annotate("", NULL, NULL);
	ck_assert_int_eq(json_array_size(none), 0);
	const char *t = "The storm destroyed homes. Rescuers searched the rubble.";
	g_autoptr(json_t) a = annotate(t, NULL, NULL), b = annotate(t, NULL, NULL);
	ck_assert(json_equal(a, b));
	ck_assert_int_ge(json_array_size(a), 2);
	ck_assert_str_eq(str(json_array_get(a, 0), "id"), "e1");
	const json_t *last = json_array_get(a, json_array_size(a) - 1);
	ck_assert_int_eq(json_integer_value(json_object_get(last, "sentence")), 1);
}
END_TEST

Suite *tl_suite_events(void);
Suite *
tl_suite_events(void)
{
	Suite *s = suite_create("events");
	TCase *tc = tcase_create("events");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_attributes, 0, G_N_ELEMENTS(attrs));
	tcase_add_loop_test(tc, test_classes, 0, G_N_ELEMENTS(classes));
	tcase_add_loop_test(tc, test_headings, 0, G_N_ELEMENTS(headings));
	tcase_add_loop_test(tc, test_anchoring, 0, G_N_ELEMENTS(anchors));
	tcase_add_test(tc, test_no_event_in_timex);
	tcase_add_test(tc, test_participants);
	tcase_add_loop_test(tc, test_bad_model, 0, G_N_ELEMENTS(bad_models));
	tcase_add_test(tc, test_lexicon);
	tcase_add_test(tc, test_empty_and_deterministic);
	suite_add_tcase(s, tc);
	return s;
}
