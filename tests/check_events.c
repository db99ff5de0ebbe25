/*
 * tl-events: the verb-group attributes, the classifier on plain sentences,
 * anchoring (prepositions, ranges, the DCT, narrative), headlines, the model
 * loader's errors, and the stage on records with and without timexes.
 */
#include <string.h>
#include "../stages/events/events.h"
#include "../stages/events/summary.h"
#include "tl_test.h"

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

/* Run the stage on text with timexes "start:end:type:value" separated by ';'. */
static json_t *
annotate(const char *text, const char *timexes, const char *dct)
{
	g_autoptr(GArray) tx = g_array_new(FALSE, TRUE, sizeof(TlEvTimex));
	g_auto(GStrv) parts = g_strsplit(timexes ? timexes : "", ";", -1);
	static char ids[16][8];
	static char vals[16][32], types[16][16];
	for (guint k = 0; parts[k] && *parts[k] && k < 16; k++) {
		TlEvTimex x = {0};
		unsigned a, b;
		ck_assert_int_eq(sscanf(parts[k], "%u:%u:%15[^:]:%31s", &a, &b, types[k], vals[k]), 4);
		snprintf(ids[k], sizeof ids[k], "t%u", k + 1);
		x.start = a;
		x.end = b;
		x.type = types[k];
		x.value = vals[k];
		x.id = ids[k];
		g_array_append_val(tx, x);
	}
	g_autoptr(GError) err = NULL;
	json_t *evs = tl_events_annotate(text, strlen(text), NULL, 0, (const TlEvTimex *)tx->data,
	                                 tx->len, dct, &err);
	ck_assert_msg(evs != NULL, "%s", err ? err->message : "");
	return evs;
}

static const json_t *
find_event(const json_t *evs, const char *trigger)
{
	size_t i;
	const json_t *e;
	json_array_foreach(evs, i, e) {
		const char *t = json_string_value(json_object_get(json_object_get(e, "trigger"), "text"));
		if (t && strcmp(t, trigger) == 0)
			return e;
	}
	return NULL;
}

static const char *
str(const json_t *e, const char *key)
{
	const char *s = json_string_value(json_object_get(e, key));
	return s ? s : "(null)";
}

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
	/* "during the closure": not the report, nor what the report encloses */
	{"The closure began on January 9, 2024. \u201cIt feels like getting the town back,\u201d said Rosa "
	 "Delgado, who says her sales fell during the closure.",
	 "21:36:DATE:2024-01-09", "2025-03-14", "said", "dct", "IS_INCLUDED", NULL, NULL},
	{"The closure began on January 9, 2024. \u201cIt feels like getting the town back,\u201d said Rosa "
	 "Delgado, who says her sales fell during the closure.",
	 "21:36:DATE:2024-01-09", "2025-03-14", "fell", "t1", "IS_INCLUDED", NULL, NULL},
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
};

START_TEST(test_anchoring)
{
	g_autoptr(json_t) evs = annotate(anchors[_i].text, anchors[_i].timexes, anchors[_i].dct);
	const json_t *e = find_event(evs, anchors[_i].trigger);
	ck_assert_msg(e != NULL, "no event \"%s\"", anchors[_i].trigger);
	if (anchors[_i].time) {
		ck_assert_str_eq(str(e, "time"), anchors[_i].time);
		ck_assert_str_eq(str(e, "relation"), anchors[_i].relation);
	} else {
		ck_assert(json_is_null(json_object_get(e, "time")));
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

static const struct {
	const char *text, *timexes, *trigger, *summary;
} summaries[] = {
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
	 "yen, dealers said.", NULL, "buying", "The Bank of Japan bought a moderate amount of dollars around 137.80-85"},
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
	 "Findings published in Science"},
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
	/* a bare past participle tells of its noun */
	{"Started in 2004, CentOS has been a free operating system.", "11:15:DATE:2004", "Started",
	 "CentOS started"},
	{"The cathedral, completed in the 13th century, is a monument.", "28:44:DATE:12", "completed",
	 "The cathedral completed"},
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
	 "collapsed", "5.8 magnitude earthquake collapsed a famous arch"},
	{"There were many quakes, including a 6.4 quake that hit on January 7 and caused a blackout.",
	 "58:67:DATE:2020-01-07", "caused", "6.4 quake caused a blackout"},
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
	/* "at about 3 a.m.": the time's preposition and adverb go with it */
	{"The fire reportedly started at about 3 a.m. on Sunday.", "37:43:TIME:2024-04-21T03:00;47:53:DATE:2024-04-21",
	 "started", "The fire reportedly started"},
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
	const json_t *seized = find_event(evs, "seized"), *said = find_event(evs, "said");
	ck_assert_ptr_nonnull(seized);
	ck_assert_ptr_nonnull(said);
	ck_assert(json_number_value(json_object_get(seized, "salience")) >
	          json_number_value(json_object_get(said, "salience")));
}
END_TEST

/* a complement never outranks the verb that tells it; a bare report and
 * a reduced relative rank below what happened */
START_TEST(test_salience_background)
{
	g_autoptr(json_t) evs =
	    annotate("The ministry said it would meet farmers' unions within two weeks to discuss compensation.",
	             NULL, "2024-05-04");
	const json_t *meet = find_event(evs, "meet"), *discuss = find_event(evs, "discuss");
	ck_assert_ptr_nonnull(meet);
	ck_assert_ptr_nonnull(discuss);
	ck_assert(json_number_value(json_object_get(discuss, "salience")) <=
	          json_number_value(json_object_get(meet, "salience")));
	g_autoptr(json_t) evs2 = annotate("The bridge will close for repairs, the city council said on Monday.",
	                                  "60:66:DATE:2024-04-29", "2024-05-04");
	const json_t *said = find_event(evs2, "said");
	ck_assert_ptr_nonnull(said);
	ck_assert(json_number_value(json_object_get(said, "salience")) < 0.4);
	g_autoptr(json_t) evs3 = annotate("On Monday, voters rejected the rules adopted by the council.",
	                                  "3:9:DATE:2024-04-29", "2024-05-04");
	const json_t *rejected = find_event(evs3, "rejected"), *adopted = find_event(evs3, "adopted");
	ck_assert_ptr_nonnull(rejected);
	ck_assert_ptr_nonnull(adopted);
	ck_assert(json_number_value(json_object_get(adopted, "salience")) <=
	          json_number_value(json_object_get(rejected, "salience")) - 0.15);
}
END_TEST

/* time passing is no event: "As July came to a close" */
START_TEST(test_salience_time_subject)
{
	g_autoptr(json_t) evs = annotate("As July came to a close, Biden kept his lead.", "3:7:DATE:2024-07",
	                                 "2024-08-01");
	const json_t *came = find_event(evs, "came"), *kept = find_event(evs, "kept");
	ck_assert_ptr_nonnull(came);
	ck_assert_ptr_nonnull(kept);
	ck_assert(json_number_value(json_object_get(came, "salience")) <=
	          json_number_value(json_object_get(kept, "salience")) - 0.3);
}
END_TEST

/* a participle with no subject is the background of the main event */
START_TEST(test_salience_participle)
{
	g_autoptr(json_t) evs = annotate("Entering the room, the guard raised the alarm.", NULL, "2024-05-04");
	const json_t *entering = find_event(evs, "Entering"), *raised = find_event(evs, "raised");
	ck_assert_ptr_nonnull(entering);
	ck_assert_ptr_nonnull(raised);
	ck_assert_str_eq(str(entering, "summary"), "Entering the room");
	ck_assert(json_number_value(json_object_get(entering, "salience")) <=
	          json_number_value(json_object_get(raised, "salience")) - 0.1);
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
	tcase_add_loop_test(tc, test_summary, 0, G_N_ELEMENTS(summaries));
	tcase_add_loop_test(tc, test_past_tense, 0, G_N_ELEMENTS(pasts));
	tcase_add_test(tc, test_reported_subject_one_phrase);
	tcase_add_test(tc, test_no_event_in_timex);
	tcase_add_test(tc, test_salience_participle);
	tcase_add_test(tc, test_salience_background);
	tcase_add_test(tc, test_salience_time_subject);
	tcase_add_test(tc, test_salience_ranks_happenings);
	tcase_add_test(tc, test_participants);
	tcase_add_loop_test(tc, test_bad_model, 0, G_N_ELEMENTS(bad_models));
	tcase_add_test(tc, test_lexicon);
	tcase_add_test(tc, test_empty_and_deterministic);
	suite_add_tcase(s, tc);
	return s;
}
