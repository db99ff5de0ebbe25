/* tl-merge: dates and order, lemmas, the same-event score, clustering that
 * does not depend on input order, and timelines that merge back to themselves. */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "tl/timeline.h"
#include "../stages/merge/merge.h"
#include "../stages/merge/spill.h"
#include "tl_test.h"

static const struct {
	const char *in, *start, *end; /* end NULL: an error */
} spans[] = {
	{"2024", "2024-01-01", "2025-01-01"},       {"2024-02", "2024-02-01", "2024-03-01"},
	{"2024-12", "2024-12-01", "2025-01-01"},    {"2024-02-29", "2024-02-29", "2024-03-01"},
	{"2023-02-29", NULL, NULL},                 {"2024-13", NULL, NULL},
	{"24", NULL, NULL},                         {"2024-1", NULL, NULL},
	{"", NULL, NULL},                           {"2024-01-01x", NULL, NULL},
};

static const struct {
	const char *in;
	guint64 bytes; /* G_MAXUINT64: not a size */
} sizes[] = {
	{"0", 0},          {"4096", 4096},           {"1K", 1024},        {"64M", 64 << 20},
	{"64MB", 64 << 20}, {"2g", 2ull << 30},        {"", G_MAXUINT64},   {"M", G_MAXUINT64},
	{"-1", G_MAXUINT64}, {"12Q", G_MAXUINT64},     {"1MX", G_MAXUINT64}, {"99999999999G", G_MAXUINT64},
};

/* --memory SIZE */
START_TEST(test_size)
{
	guint64 b = 7;
	gboolean ok = tl_spill_parse_size(sizes[_i].in, &b);
	ck_assert_int_eq(ok, sizes[_i].bytes != G_MAXUINT64);
	if (ok)
		ck_assert_uint_eq(b, sizes[_i].bytes);
}
END_TEST

START_TEST(test_span)
{
	gint64 s, e;
	g_autoptr(GError) err = NULL;
	gboolean ok = tl_date_parse_span(spans[_i].in, &s, &e, &err);
	ck_assert_int_eq(ok, spans[_i].end != NULL);
	if (!ok)
		return;
	g_autofree char *a = tl_date_format_day(s);
	g_autofree char *b = tl_date_format_day(e);
	ck_assert_str_eq(a, spans[_i].start);
	ck_assert_str_eq(b, spans[_i].end);
}
END_TEST

/* "January 2005" before "18 January 2005" before "19 January 2005" */
START_TEST(test_order)
{
	gint64 jan, jan18, feb;
	ck_assert(tl_date_parse_day("2005-01-01", &jan));
	ck_assert(tl_date_parse_day("2005-01-18", &jan18));
	ck_assert(tl_date_parse_day("2005-02-01", &feb));
	ck_assert_int_lt(tl_date_compare(jan, feb, TL_GRAN_MONTH, jan, jan + 1, TL_GRAN_DAY), 0);
	ck_assert_int_lt(tl_date_compare(jan, jan + 1, TL_GRAN_DAY, jan18, jan18 + 1, TL_GRAN_DAY), 0);
	ck_assert_int_gt(tl_date_compare(jan18, jan18 + 1, TL_GRAN_DAY, jan, feb, TL_GRAN_MONTH), 0);
	ck_assert_int_lt(tl_date_compare(jan, jan + 1, TL_GRAN_DAY, jan, jan + 1, TL_GRAN_HOUR), 0);
	ck_assert_int_eq(tl_date_compare(jan, feb, TL_GRAN_MONTH, jan, feb, TL_GRAN_MONTH), 0);
	/* within a day, by the clock: "6 a.m." before "this evening" before "10 p.m." */
	ck_assert_uint_eq(tl_date_clock_order("2025-03-14"), 0);
	ck_assert_uint_eq(tl_date_clock_order("2025-03"), 0);
	ck_assert_uint_eq(tl_date_clock_order("PT3H"), 0);
	ck_assert_uint_eq(tl_date_clock_order("XXXX-XX-XXT22:00"), 0);
	ck_assert_uint_eq(tl_date_clock_order(NULL), 0);
	ck_assert_uint_eq(tl_date_clock_order("2025-03-14T06:00"), 1 + 6 * 60);
	ck_assert_uint_eq(tl_date_clock_order("2025-03-14T06"), 1 + 6 * 60);
	ck_assert_uint_eq(tl_date_clock_order("2025-03-14T22:30:15"), 1 + 22 * 60 + 30);
	ck_assert_uint_eq(tl_date_clock_order("-0044-03-15T09:00"), 1 + 9 * 60);
	ck_assert_uint_eq(tl_date_clock_order("2025-03-14T24:00"), 1 + 24 * 60);
	ck_assert_uint_lt(tl_date_clock_order("2025-03-14T09:30"), tl_date_clock_order("2025-03-14TEV"));
	ck_assert_uint_lt(tl_date_clock_order("2025-03-14TEV"), tl_date_clock_order("2025-03-14T22:00"));
	ck_assert_uint_lt(tl_date_clock_order("2025-03-14TMO"), tl_date_clock_order("2025-03-14TAF"));
	ck_assert_uint_eq(tl_date_clock_order("2025-03-14TXX"), 0);
}
END_TEST

/* a TIME's range holds clock times: the days that hold them */
START_TEST(test_bound)
{
	static const struct {
		const char *in;
		gboolean end;
		const char *day; /* NULL: refused */
	} bounds[] = {
		{"2024-04-22", FALSE, "2024-04-22"},       {"2024-04-22", TRUE, "2024-04-22"},
		{"2024-04-22T10:00", FALSE, "2024-04-22"}, {"2024-04-22T11:00", TRUE, "2024-04-23"},
		{"2024-04-23T00:00", TRUE, "2024-04-23"},  {"2024-04-22T10:30:15", TRUE, "2024-04-23"},
		{"-0044-03-15T09", FALSE, "-0044-03-15"},  {"2024-04-22T24:00", TRUE, NULL},
		{"2024-04-22T10:61", FALSE, NULL},         {"2024-04-22T1", FALSE, NULL},
		{"2024-04-22T10:00Z", FALSE, NULL},        {"2024-02-30T10:00", FALSE, NULL},
		{"T10:00", FALSE, NULL},                   {"2024-04-22T", FALSE, NULL},
	};
	for (size_t i = 0; i < G_N_ELEMENTS(bounds); i++) {
		gint64 d = 0;
		gboolean ok = tl_date_parse_bound(bounds[i].in, bounds[i].end, &d);
		ck_assert_msg(ok == (bounds[i].day != NULL), "%s", bounds[i].in);
		if (ok) {
			g_autofree char *got = tl_date_format_day(d);
			ck_assert_str_eq(got, bounds[i].day);
		}
	}
	ck_assert(!tl_date_parse_bound(NULL, FALSE, &(gint64){0}));
}
END_TEST

static const struct {
	const char *word, *lemma;
} lemmas[] = {
	{"finished", "finish"}, {"met", "meet"},   {"talks", "talk"}, {"studies", "study"},
	{"meeting", "meet"},    {"Said", "say"},   {"is", "is"},      {"buys", "buy"},
};

START_TEST(test_lemma)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	ck_assert_ptr_nonnull(lx);
	g_autofree char *l = tl_merge_lemmatize(lx, lemmas[_i].word);
	ck_assert_str_eq(l, lemmas[_i].lemma);
	tl_merge_lexicon_free(lx);
}
END_TEST

/* Keys are the lexicon's own: stable, dense, freed with it (GLib quarks,
 * used once, were never freed and leaked a copy of their index per 2,048);
 * a participant key ends another at a word or not at all. */
START_TEST(test_keys)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	ck_assert_ptr_nonnull(lx);
	ck_assert_uint_eq(tl_merge_key_find(lx, "antony blinken"), 0);
	TlKey a = tl_merge_key(lx, "antony blinken");
	ck_assert_uint_ne(a, 0);
	ck_assert_uint_eq(tl_merge_key(lx, "antony blinken"), a);
	ck_assert_uint_eq(tl_merge_key_find(lx, "antony blinken"), a);
	ck_assert_str_eq(tl_merge_key_string(lx, a), "antony blinken");
	TlKey b = tl_merge_key(lx, "blinken"), c = tl_merge_key(lx, "linken");
	ck_assert(tl_merge_same_participant(lx, a, b));
	ck_assert(tl_merge_same_participant(lx, b, a));
	ck_assert(!tl_merge_same_participant(lx, a, c));
	/* a name's tail after a joining word names something else; a name's
	 * own particle does not cut it */
	TlKey f = tl_merge_key(lx, "france"), bf = tl_merge_key(lx, "bank of france");
	ck_assert(!tl_merge_same_participant(lx, f, bf));
	ck_assert(!tl_merge_same_participant(lx, bf, f));
	ck_assert(!tl_merge_same_participant(lx, tl_merge_key(lx, "poor's"),
	                                     tl_merge_key(lx, "standard and poor's")));
	ck_assert(tl_merge_same_participant(lx, tl_merge_key(lx, "weizsaecker"),
	                                    tl_merge_key(lx, "richard von weizsaecker")));
	/* many distinct strings: each its own key, each string kept */
	char buf[32];
	for (guint i = 0; i < 50000; i++) {
		g_snprintf(buf, sizeof buf, "name %u", i);
		TlKey k = tl_merge_key(lx, buf);
		ck_assert_str_eq(tl_merge_key_string(lx, k), buf);
	}
	ck_assert_uint_eq(tl_merge_key(lx, "name 0") + 49999, tl_merge_key(lx, "name 49999"));
	tl_merge_lexicon_free(lx);
}
END_TEST

/* A mention for the tests: date "YYYY-MM-DD" or "YYYY-MM", participants ';'-separated. */
static TlMention *
mention(const TlMergeLexicon *lx, const char *doc, const char *ev, const char *date,
        const char *trigger, const char *parts, const char *summary)
{
	TlMention *mn = g_new0(TlMention, 1);
	mn->doc = g_strdup(doc);
	mn->event = g_strdup(ev);
	/* each event its own sentence, numbered after the event id (e3: sentence 3) */
	mn->sentence = g_ascii_strtoll(ev + 1, NULL, 10);
	ck_assert(tl_date_parse_span(date, &mn->start, &mn->end, NULL));
	mn->gran = strlen(date) == 10 ? TL_GRAN_DAY : TL_GRAN_MONTH;
	mn->value = g_strdup(date);
	mn->trigger = g_strdup(trigger);
	mn->lemma = tl_merge_lemmatize(lx, trigger);
	mn->summary = g_strdup(summary);
	g_autoptr(GPtrArray) names = g_ptr_array_new();
	g_auto(GStrv) ps = g_strsplit(parts, ";", -1);
	for (char **p = ps; *p; p++)
		if (**p)
			g_ptr_array_add(names, g_strdup(*p));
	mn->confidence = 0.9;
	mn->salience = 0.5;
	tl_merge_mention_derive(lx, mn, (char **)names->pdata, names->len);
	return mn;
}

static const struct {
	const char *date_a, *trig_a, *parts_a, *sum_a, *date_b, *trig_b, *parts_b, *sum_b;
	gboolean same;
} pairs[] = {
	/* same event, two wordings */
	{"2024-04-26", "met", "Antony Blinken;Xi Jinping", "Blinken meets Xi in Beijing",
	 "2024-04-26", "meeting", "Blinken;Xi", "Xi receives Blinken", TRUE},
	{"2024-03-14", "bought", "Acme Corp;Beta Ltd", "Acme buys Beta", "2024-03-14",
	 "buy", "Beta Ltd", "Beta sold", TRUE},
	/* a day and its month, or its year, in two documents: dates too far apart
	 * in fineness (links through them chained a news archive together) */
	{"2024-03-14", "bought", "Acme Corp;Beta Ltd", "Acme buys Beta", "2024-03",
	 "buy", "Beta Ltd", "Beta sold", FALSE},
	{"2024-03-14", "bought", "Acme Corp;Beta Ltd", "Acme buys Beta", "2024",
	 "buy", "Beta Ltd", "Beta sold", FALSE},
	/* one shared participant counted once from either side: "Inc" names two
	 * of the other's, which made the score depend on the order */
	{"2024-02-02", "acquired", "Chemical Bank;Marine Midland;Inc", "Banks cut rates",
	 "2024-02-02", "acquisition", "W Brands Inc;Vernors Inc;United Brands",
	 "W Brands completed the acquisition", FALSE},
	/* one day, different events, same person */
	{"2024-04-26", "finished", "Blinken", "Blinken finishes trip", "2024-04-26", "met",
	 "Blinken;Xi", "Blinken meets Xi", FALSE},
	/* same words, other day */
	{"2024-04-26", "met", "Blinken;Xi", "Blinken meets Xi", "2024-04-27", "met", "Blinken;Xi",
	 "Blinken meets Xi", FALSE},
	/* same verb, same day, nobody in common, different words */
	{"2024-03-14", "fire", "Gamma Inc", "Fire at Gamma plant", "2024-03-14", "fire",
	 "Delta Co", "Blaze destroys Delta warehouse", FALSE},
	/* "Beta" is not "Beta Ltd" (a short form must end the long one): lemma alone is not enough */
	{"2024-01", "approached", "Beta", "Acme approached Beta", "2024-01", "approached",
	 "Beta Ltd", "Bidders approached Beta Ltd", FALSE},
	/* no trigger on either side is no shared lemma */
	{"2024-05-01", "", "Union", "Strike begins", "2024-05-01", "", "Union", "Union votes", FALSE},
	/* ... nor is "Ltd": a company's form alone names nobody (it ended every
	 * "... Inc" and joined four companies' acquisitions into one entry) */
	{"2024-01", "approached", "Ltd", "Acme approached Beta", "2024-01", "approached",
	 "Beta Ltd", "Bidders approached Beta Ltd", FALSE},
	{"1987-06-01", "agreed", "Inc", "It agreed to acquire Process Integrity", "1987-06-01",
	 "agreed", "Health Systems Inc", "It agreed to acquire CoMED", FALSE},
	/* the trigger's word is not counted again as a summary word: two strikes
	 * named only "Strike", in Chittagong and in Toronto */
	{"1987-06-19", "strike", "", "Strike", "1987-06-19", "strike", "", "Strike", FALSE},
	/* one name in common and not a word: a country and a common verb */
	{"1987-04-03", "issued", "Texas Petroleum Corp;U.S.",
	 "Texas Petroleum Corp issued 14.4 mln shares of restricted common stock", "1987-04-03",
	 "issued", "U.S.;Department", "The U.S. Energy Department issued a request for proposals",
	 FALSE},
	/* two named and nobody in common: two events */
	{"1987", "growth", "U.S.", "Economic growth", "1987", "growth", "U.K.", "Economic growth",
	 FALSE},
	/* nobody named: one word in common is too little, three are enough */
	{"1986", "slaughter", "", "Cattle slaughter", "1986", "slaughter", "", "Cattle slaughter",
	 FALSE},
	{"1987-05", "remain", "", "Liquidity is expected to remain tight", "1987-05", "remain", "",
	 "Liquidity is expected to remain tight", TRUE},
	/* a year holds many events: one name of five is too little */
	{"2020", "election", "United States", "United States presidential election", "2020",
	 "won", "United States;Donald Trump;Republican Party;Florida;Illinois",
	 "Incumbent President of the United States Donald Trump won the party's primaries", FALSE},
	{"2020", "election", "United States", "United States presidential election", "2020",
	 "election", "United States", "United States presidential election", TRUE},
	/* other figures, other events */
	{"1987-01", "fell", "U.S.", "Copper stocks held by U.S. refineries fell to 109,200 short tons",
	 "1987-01", "fell", "U.S.", "U.S. brass mill copper stocks fell to 185,400 short tons", FALSE},
	{"1987-01", "fell", "U.S.", "U.S. copper stocks fell to 109,200 short tons", "1987-01",
	 "fell", "U.S.", "Copper stocks held by U.S. refineries fell to 109,200 short tons", TRUE},
	/* two subjects, each unknown to the other: two actors, whatever else
	 * they share (thirty-third session) */
	{"1987-04-07", "started", "NMR Centers Inc;NASDAQ",
	 "NMR Centers Inc said its common stock has started trading on the NASDAQ", "1987-04-07",
	 "started", "Sound Advice Inc;NASDAQ",
	 "Sound Advice Inc said its common stock has started trading on the NASDAQ", FALSE},
	/* ... but a subject named another way is the same actor: a word of
	 * one's name before the other's trigger */
	{"1987-03-13", "lowered", "Salomon Brothers Inc;U.S.",
	 "Salomon Brothers Inc lowered its investment ratings on all U.S. money center banks",
	 "1987-03-13", "lowered", "Salomon Inc;U.S.",
	 "Salomon Inc has lowered its investment ratings on all U.S. money center banks", TRUE},
	{"1987-10-19", "agreed", "U.S.;James Baker;Louvre",
	 "U.S. Treasury Secretary James Baker agreed to support the Louvre pact", "1987-10-19",
	 "agreed", "Treasury;Louvre", "Treasury agreed to support Louvre pact", TRUE},
	/* "France" is not "the Bank of France" */
	{"1987-04-02", "sold", "The Bank of France", "The Bank of France sold 8.45 billion francs worth",
	 "1987-04-02", "sold", "France", "France has sold 100,000 tonnes of wheat flour worth", FALSE},
};

START_TEST(test_score)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	TlMention *a = mention(lx, "a", "e1", pairs[_i].date_a, pairs[_i].trig_a, pairs[_i].parts_a,
	                       pairs[_i].sum_a);
	TlMention *b = mention(lx, "b", "e1", pairs[_i].date_b, pairs[_i].trig_b, pairs[_i].parts_b,
	                       pairs[_i].sum_b);
	double s = tl_merge_score(lx, a, b);
	ck_assert_msg((s >= lx->threshold - 1e-9) == pairs[_i].same, "pair %d: score %.3f", _i, s);
	ck_assert(s == tl_merge_score(lx, b, a)); /* symmetric */
	tl_merge_mention_free(a);
	tl_merge_mention_free(b);
	tl_merge_lexicon_free(lx);
}
END_TEST

/* What a mention keeps for the score: summary words but its trigger's and
 * initials ("U.S." is not "u" and "s"), and no name that names nobody. */
START_TEST(test_derived_words)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	TlMention *a = mention(lx, "d", "e1", "2024-05-01", "strike", "Inc;Gamma Inc",
	                       "U.S. strike at the Gamma plant");
	ck_assert_uint_eq(a->n_parts, 1);
	ck_assert_str_eq(a->participants[0], "Gamma Inc");
	ck_assert_uint_eq(a->n_words, 2); /* gamma, plant */
	for (guint i = 0; i < a->n_words; i++) {
		const char *w = tl_merge_key_string(lx, tl_mention_words(a)[i]);
		ck_assert(strcmp(w, "gamma") == 0 || strcmp(w, "plant") == 0);
	}
	tl_merge_mention_free(a);
	tl_merge_lexicon_free(lx);
}
END_TEST

/* Coarse dates and one sentence: a year holds a day of its document only
 * when more than one name of several agrees, and two events of one sentence
 * (which share its names) are joined only as one happening. */
START_TEST(test_cluster_coarse_and_sentence)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	g_autoptr(GPtrArray) ms = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2020", "election", "United States",
	                            "United States presidential election"));
	g_ptr_array_add(ms, mention(lx, "d", "e2", "2020-02-29", "won",
	                            "United States;Joe Biden;South Carolina;Democratic Party",
	                            "Joe Biden won the South Carolina primary in the United States"));
	const char *names = "United States;Donald Trump;Republican Party;Florida";
	g_ptr_array_add(ms, mention(lx, "e", "e3", "2020", "election", names,
	                            "United States presidential election"));
	g_ptr_array_add(ms, mention(lx, "e", "e3", "2020", "won", names,
	                            "Donald Trump won the primaries in the United States"));
	g_autofree guint *g = tl_merge_cluster(lx, ms, NULL);
	ck_assert_uint_ne(g[0], g[1]); /* one name of four */
	ck_assert_uint_eq(g[0], g[2]); /* the election in two documents */
	ck_assert_uint_ne(g[2], g[3]); /* one sentence, two events */
	tl_merge_lexicon_free(lx);
}
END_TEST

/* Reports are not linked by their verb, only by who and what; within one
 * document a coarse date joins the finer one it holds, across two it does not. */
START_TEST(test_cluster_reports_and_documents)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	g_autoptr(GPtrArray) ms = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2023", "meeting", "Biden;Xi", "Biden-Xi meeting in San Francisco"));
	g_ptr_array_add(ms, mention(lx, "d", "e2", "2023-11", "summit", "Joe Biden;Xi Jinping", "Biden and Xi met at a summit"));
	g_ptr_array_add(ms, mention(lx, "e", "e3", "2023", "meeting", "Biden;Xi", "Biden-Xi meeting in San Francisco"));
	g_ptr_array_add(ms, mention(lx, "f", "e4", "2023-11", "summit", "Joe Biden;Xi Jinping", "a summit in November"));
	g_ptr_array_add(ms, mention(lx, "g", "e5", "1987-03-03", "said", "U.S.;Japan", "U.S. officials said trade talks stalled"));
	g_ptr_array_add(ms, mention(lx, "h", "e6", "1987-03-03", "said", "U.S.;Japan", "The U.S. said Japan must cut tariffs"));
	for (guint i = 4; i < 6; i++) {
		TlMention *mn = ms->pdata[i];
		g_autofree char **names = g_memdup2(mn->participants, mn->n_parts * sizeof(char *));
		mn->cls = g_strdup("REPORTING");
		tl_merge_mention_derive(lx, mn, names, mn->n_parts);
	}
	g_autofree guint *g = tl_merge_cluster(lx, ms, NULL);
	ck_assert_uint_eq(g[0], g[1]); /* one document: "2023" holds "2023-11" */
	ck_assert_uint_eq(g[0], g[2]); /* the same range in two documents */
	ck_assert_uint_eq(g[1], g[3]);
	ck_assert_uint_eq(g[0], g[3]); /* (through the two above) */
	ck_assert_uint_ne(g[4], g[5]); /* two reports of one day by one speaker */
	tl_merge_lexicon_free(lx);
}
END_TEST

/* A report told in the same words in two documents (a wire story printed
 * twice) is one report: the same trigger lemma and all its content words,
 * at least three, with nobody named. */
START_TEST(test_cluster_same_report)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	g_autoptr(GPtrArray) ms = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	const char *orders = "The department said new orders for nondurable goods were up";
	g_ptr_array_add(ms, mention(lx, "d", "e1", "1987-03-03", "said", "", orders));
	g_ptr_array_add(ms, mention(lx, "e", "e1", "1987-03-03", "said", "", orders));
	g_ptr_array_add(ms, mention(lx, "f", "e1", "1987-03-03", "said", "",
	                            "The department said new orders for durable goods were up"));
	g_ptr_array_add(ms, mention(lx, "g", "e1", "1987-03-03", "told", "", orders));
	g_ptr_array_add(ms, mention(lx, "h", "e1", "1987-03-04", "said", "", orders));
	g_ptr_array_add(ms, mention(lx, "i", "e1", "1987-03-03", "said", "", "Officials said prices"));
	g_ptr_array_add(ms, mention(lx, "j", "e1", "1987-03-03", "said", "", "Officials said prices"));
	g_ptr_array_add(ms, mention(lx, "k", "e1", "1987-03-03", "said", "", orders));
	for (guint i = 0; i < ms->len; i++) {
		TlMention *mn = ms->pdata[i];
		mn->cls = g_strdup(i == 7 ? "OCCURRENCE" : "REPORTING");
		tl_merge_mention_derive(lx, mn, NULL, 0);
	}
	g_autofree guint *g = tl_merge_cluster(lx, ms, NULL);
	ck_assert_uint_eq(g[0], g[1]); /* the same report in two documents */
	ck_assert_uint_ne(g[0], g[2]); /* a word more */
	ck_assert_uint_ne(g[0], g[3]); /* another verb of report */
	ck_assert_uint_ne(g[0], g[4]); /* another day */
	ck_assert_uint_ne(g[5], g[6]); /* two words are too few */
	ck_assert_uint_ne(g[0], g[7]); /* not a report */
	tl_merge_lexicon_free(lx);
}
END_TEST

/* Events of one sentence with one date are one happening; other dates stay apart. */
START_TEST(test_cluster_sentence)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	g_autoptr(GPtrArray) ms = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	/* all in sentence 1 (the number of "e1") */
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2024-07-01", "get", "", "drivers get a raise backdated"));
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2024-07-01", "backdated", "", "raise backdated"));
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2024-08", "raise", "", "a raise in August"));
	g_ptr_array_add(ms, mention(lx, "e", "e1", "2024-07-01", "raise", "", "a raise"));
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2024-07-01", "met", "", "the mayor met unions"));
	g_autofree guint *g = tl_merge_cluster(lx, ms, NULL);
	ck_assert_uint_eq(g[0], g[1]); /* "backdated" is a word of the first */
	ck_assert_uint_ne(g[0], g[2]); /* another date */
	ck_assert_uint_ne(g[0], g[3]); /* another document */
	ck_assert_uint_ne(g[0], g[4]); /* another happening of the sentence */
	tl_merge_lexicon_free(lx);
}
END_TEST

/* Events of one sentence told in the same words are one happening when one's
 * dates hold the other's ("Blinken finished his three-day trip" for the
 * finishing and the trip), not when they lie apart. */
START_TEST(test_cluster_told_alike)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	g_autoptr(GPtrArray) ms = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	const char *trip = "Blinken finished his three-day trip to China";
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2024-04-26", "finished", "", trip));
	TlMention *t = mention(lx, "d", "e1", "2024-04-24", "trip", "", trip);
	t->end = t->start + 3; /* 24 to 26 April */
	g_ptr_array_add(ms, t);
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2024-03-02", "visit", "", trip));
	g_ptr_array_add(ms, mention(lx, "d", "e1", "2024-04-26", "ended", "", trip));
	g_ptr_array_add(ms, mention(lx, "d", "e2", "2024-04-26", "finished", "", trip));
	g_autofree guint *g = tl_merge_cluster(lx, ms, NULL);
	ck_assert_uint_eq(g[0], g[1]); /* the day in the trip's days */
	ck_assert_uint_ne(g[0], g[2]); /* another time */
	ck_assert_uint_eq(g[0], g[3]); /* one day, told alike ("ended" no word of it) */
	ck_assert_uint_ne(g[2], g[1]);
	tl_merge_lexicon_free(lx);
}
END_TEST

/* Two sentences of one document that tell one happening in the same words
 * on the same date are one event ("Hongkongers have been protesting" for
 * "protesting" and for the "protests" of the next sentence); not on another
 * date, in another document without a link, nor in a word alone. */
START_TEST(test_cluster_document_alike)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	g_autoptr(GPtrArray) ms = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
	const char *h = "Hongkongers have been protesting";
	g_ptr_array_add(ms, mention(lx, "d", "e8", "2019-06", "protesting", "", h));
	g_ptr_array_add(ms, mention(lx, "d", "e9", "2019-06", "protests", "", h));
	g_ptr_array_add(ms, mention(lx, "d", "e12", "2019-07", "protests", "", h));
	g_ptr_array_add(ms, mention(lx, "d", "e3", "2019-06", "rise", "", "Rise"));
	g_ptr_array_add(ms, mention(lx, "d", "e4", "2019-06", "rise", "", "Rise"));
	g_autofree guint *g = tl_merge_cluster(lx, ms, NULL);
	ck_assert_uint_eq(g[0], g[1]); /* told again the next sentence */
	ck_assert_uint_ne(g[0], g[2]); /* another month */
	ck_assert_uint_ne(g[3], g[4]); /* a word alone may be two rises */
	tl_merge_lexicon_free(lx);
}
END_TEST

/* The partition does not depend on the order of the mentions. */
START_TEST(test_cluster_order)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	const char *spec[][4] = {
		{"2024-04-26", "met", "Blinken;Xi", "Blinken meets Xi"},
		{"2024-04-26", "meeting", "Xi Jinping;Antony Blinken", "Xi meets Blinken"},
		{"2024-04", "talks", "Antony Blinken", "talks with Xi"},
		{"2024-04-26", "finished", "Blinken", "Blinken finishes trip"},
		{"2024-04-27", "finished", "Blinken", "Blinken finishes trip"},
		{"2024-04-26", "fire", "Gamma Inc", "Fire at Gamma"},
	};
	guint n = G_N_ELEMENTS(spec);
	guint order[][6] = {{0, 1, 2, 3, 4, 5}, {5, 4, 3, 2, 1, 0}, {2, 0, 5, 1, 3, 4}};
	char *first = NULL;
	for (guint o = 0; o < G_N_ELEMENTS(order); o++) {
		g_autoptr(GPtrArray) ms = g_ptr_array_new_with_free_func((GDestroyNotify)tl_merge_mention_free);
		for (guint i = 0; i < n; i++) {
			guint k = order[o][i];
			g_autofree char *ev = g_strdup_printf("e%u", k);
			g_ptr_array_add(ms, mention(lx, "d", ev, spec[k][0], spec[k][1], spec[k][2], spec[k][3]));
		}
		g_autofree guint *g = tl_merge_cluster(lx, ms, NULL);
		/* in passes (a slot or three at a time): the same groups */
		for (guint64 max = 1; max <= 3; max += 2) {
			g_autofree guint *gp = tl_merge_cluster_bounded(lx, ms, NULL, max);
			for (guint i = 0; i < n; i++)
				ck_assert_uint_eq(gp[i], g[i]);
		}
		/* canonical form: for each spec mention, the smallest spec index in its group */
		GString *canon = g_string_new(NULL);
		for (guint k = 0; k < n; k++) {
			guint pos_k = 0, best = k;
			for (guint i = 0; i < n; i++)
				if (order[o][i] == k)
					pos_k = i;
			for (guint i = 0; i < n; i++)
				if (g[i] == g[pos_k] && order[o][i] < best)
					best = order[o][i];
			g_string_append_printf(canon, "%u ", best);
		}
		if (!first)
			first = g_string_free(canon, FALSE);
		else {
			ck_assert_str_eq(canon->str, first);
			g_string_free(canon, TRUE);
		}
	}
	/* met, meeting, talks: one event; the two "finished" on different days apart; fire apart */
	ck_assert_str_eq(first, "0 0 0 3 4 5 ");
	g_free(first);
	tl_merge_lexicon_free(lx);
}
END_TEST

static char *
merge_files(char **paths, const TlMergeOptions *opt)
{
	g_autoptr(TlMerge) m = tl_merge_new(NULL);
	ck_assert_ptr_nonnull(m);
	for (char **p = paths; *p; p++) {
		g_autofree char *data = NULL;
		size_t len;
		ck_assert(tl_read_file(*p, 0, &data, &len, NULL));
		json_t *tl = json_loadb(data, len, 0, NULL);
		if (tl && json_object_get(tl, "entries")) {
			ck_assert(tl_merge_add_timeline(m, tl, NULL));
		} else {
			g_auto(GStrv) lines = g_strsplit(data, "\n", -1);
			for (char **l = lines; *l; l++) {
				if (!**l)
					continue;
				g_autoptr(TlRecord) rec = tl_record_parse(*l, strlen(*l), NULL);
				ck_assert_ptr_nonnull(rec);
				ck_assert(tl_merge_add_record(m, rec, NULL));
			}
		}
		json_decref(tl);
	}
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	ck_assert(tl_merge_write(m, opt, f, NULL));
	fclose(f);
	return buf;
}

/* A timeline of one entry whose sources are (doc, trigger, summary,
 * salience), all of 2019-08-02, merged: its headline (new string). */
/* The timeline text t (freed) merged at budget (0: none), as tl-merge writes it. */
static char *
merged(GString *t, guint64 budget)
{
	g_autoptr(TlMerge) m = tl_merge_new(NULL);
	if (budget)
		tl_merge_set_memory(m, budget);
	json_t *tl = json_loads(t->str, 0, NULL);
	ck_assert_ptr_nonnull(tl);
	ck_assert(tl_merge_add_timeline(m, tl, NULL));
	json_decref(tl);
	g_string_free(t, TRUE);
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	TlMergeOptions opt = {0};
	ck_assert(tl_merge_write(m, &opt, f, NULL));
	fclose(f);
	return buf;
}

static char *
headline_of(const char *const (*src)[5], guint n, guint64 budget)
{
	GString *t = g_string_new("{\"title\":\"t\",\"documents\":[],\"entries\":[{\"id\":\"n1\","
	                          "\"headline\":\"h\",\"sources\":[");
	for (guint i = 0; i < n; i++)
		g_string_append_printf(t, "%s{\"doc\":\"%s\",\"event\":\"e%u\",\"sentence\":%u,"
		                       "\"date\":{\"value\":\"2019-08-02\",\"range\":[\"2019-08-02\","
		                       "\"2019-08-03\"],\"granularity\":\"day\"},\"class\":\"OCCURRENCE\","
		                       "\"trigger\":\"%s\",\"summary\":\"%s\",\"participants\":[],"
		                       "\"confidence\":0.8,\"salience\":%s}",
		                       i ? "," : "", src[i][0], i + 1,
		                       src[i][4] ? (guint)atoi(src[i][4]) : i + 4, src[i][1], src[i][2],
		                       src[i][3]);
	g_string_append(t, "]}]}");
	char *buf = merged(t, budget);
	json_t *out = json_loads(buf, 0, NULL);
	free(buf);
	ck_assert_ptr_nonnull(out);
	char *h = g_strdup(json_string_value(
	    json_object_get(json_array_get(json_object_get(out, "entries"), 0), "headline")));
	json_decref(out);
	return h;
}

/* The headline: an event told as a verb rather than named by a noun, which
 * tl-events rates more salient; not a summary that begins with a pronoun
 * or says one word; the event that most documents tell. */
static const char *const headline_cases[][3][5] = {
	{{"a", "resignation", "Resignation of Governor Ricardo Rossello Nevares", "1.0"},
	 {"b", "resigned", "Ricardo Rossello Nevares resigned as the governor of Puerto Rico", "0.9"}},
	{{"a", "intends", "It intends to close the Geneva Works near Provo", "0.9"},
	 {"b", "said", "USX Corp said it intends to close the Geneva Works", "0.6"}},
	{{"a", "concluded", "Ministers concluded that the maritime border agreement was void", "0.95"},
	 {"a", "agreement", "Maritime border agreement between Turkey and Libya", "0.9"},
	 {"b", "signed", "Turkey and Libya signed a maritime border agreement", "0.85"}},
	{{"a", "performance", "Performance", "0.9"},
	 {"b", "reflected", "Performance was best reflected by earnings after writeoffs", "0.6"}},
	/* a past participle that opens its summary tells it with no subject */
	{{"a", "get", "Drivers get a 4.5% raise backdated", "0.75"},
	 {"a", "backdated", "Backdated and a further 3%", "0.75"}},
	/* of one sentence, the headline that tells all the other does, even
	 * after a pronoun */
	{{"a", "race", "Race for the same reason", "0.9", "7"},
	 {"a", "leaving", "I am leaving the race for the same reason", "0.85", "7"}},
};
/* the number of sources of each case, and the one that heads it */
static const guint headline_n[][2] = {{2, 1}, {2, 1}, {3, 2}, {2, 1}, {2, 0}, {2, 1}};

START_TEST(test_headline)
{
	g_autofree char *h = headline_of(headline_cases[_i], headline_n[_i][0], 0);
	ck_assert_str_eq(h, headline_cases[_i][headline_n[_i][1]][2]);
	/* the same past the memory budget, every mention spilled (what
	 * decides must be what a spilled mention keeps) */
	g_autofree char *hs = headline_of(headline_cases[_i], headline_n[_i][0], 1);
	ck_assert_str_eq(hs, h);
}
END_TEST

/* A timeline of n one-source entries, their headlines of one 8-byte prefix
 * ("Shares o") or another, over two days: merged (new string) with the
 * given budget (0: none). */
static char *
tied_timeline(guint n, guint64 budget)
{
	static const char *const who[] = {"Acme", "Zenith", "Bolt", "Acme Corp", "\xc3\xa9lan", "Orbit"};
	static const char *const what[] = {"rose", "fell", "slipped", "doubled", "halved"};
	GString *t = g_string_new("{\"title\":\"t\",\"documents\":[],\"entries\":[");
	for (guint i = 0; i < n; i++) {
		/* two days, or past 90 entries a day of ~2 years' */
		gint64 d0;
		ck_assert(tl_date_parse_day("2019-08-01", &d0));
		gint64 d = d0 + (i < 90 ? i % 3 != 0 : i % 701);
		g_autofree char *day = tl_date_format_day(d), *next = tl_date_format_day(d + 1);
		g_string_append_printf(
		    t,
		    "%s{\"id\":\"n%u\",\"headline\":\"h\",\"sources\":[{\"doc\":\"d%u\",\"event\":\"e%u\","
		    "\"sentence\":%u,\"date\":{\"value\":\"%s\",\"range\":[\"%s\",\"%s\"],"
		    "\"granularity\":\"day\"},\"class\":\"OCCURRENCE\",\"trigger\":\"w%u\","
		    "\"summary\":\"%s %s %s w%u\",\"participants\":[\"P%u\"],\"confidence\":0.8,"
		    "\"salience\":0.5}]}",
		    i ? "," : "", i + 1, i < 90 ? (i * 7) % 13 : 100 + i / 5, i < 90 ? i % 11 + 1 : i % 5 + 1, i % 5, day, day, next, i,
		    i % 4 ? "Shares of" : "Shares", who[i % 6], what[i % 5], i, i);
	}
	g_string_append(t, "]}");
	return merged(t, budget);
}

/* Entries of one day whose headlines agree in their first bytes are in
 * headline order (byte order), then (doc, event); the same bytes past the
 * memory budget, where the entries are on file. */
START_TEST(test_entry_order)
{
	g_autofree char *held = tied_timeline(90, 0);
	json_t *out = json_loads(held, 0, NULL);
	ck_assert_ptr_nonnull(out);
	json_t *entries = json_object_get(out, "entries");
	ck_assert_uint_gt(json_array_size(entries), 40);
	guint ties = 0;
	for (size_t i = 1; i < json_array_size(entries); i++) {
		json_t *a = json_array_get(entries, i - 1), *b = json_array_get(entries, i);
		const char *da = json_string_value(json_object_get(json_object_get(a, "date"), "value"));
		const char *db = json_string_value(json_object_get(json_object_get(b, "date"), "value"));
		ck_assert_int_le(strcmp(da, db), 0);
		if (strcmp(da, db) != 0)
			continue;
		const char *ha = json_string_value(json_object_get(a, "headline"));
		const char *hb = json_string_value(json_object_get(b, "headline"));
		ck_assert_int_le(strcmp(ha, hb), 0);
		ties += strncmp(ha, hb, 8) == 0;
	}
	ck_assert_uint_gt(ties, 10);
	json_decref(out);
	g_autofree char *spilled = tied_timeline(90, 1);
	ck_assert_str_eq(spilled, held);
}
END_TEST

/* Events each told by three documents in the same words, with quotes:
 * merged (new string) with the given budget (0: none). */
static char *
told_thrice(guint n, guint64 budget)
{
	GString *t = g_string_new("{\"title\":\"t\",\"documents\":[],\"entries\":[");
	for (guint i = 0; i < n; i++)
		for (guint d = 0; d < 3; d++)
			g_string_append_printf(
			    t,
			    "%s{\"id\":\"n%u\",\"headline\":\"h\",\"sources\":[{\"doc\":\"d%u\","
			    "\"event\":\"e%u\",\"sentence\":%u,\"date\":{\"value\":\"2019-08-%02u\","
			    "\"range\":[\"2019-08-%02u\",\"2019-08-%02u\"],\"granularity\":\"day\"},"
			    "\"class\":\"OCCURRENCE\",\"trigger\":\"acquired\","
			    "\"summary\":\"Company%u acquired Firm%u\",\"participants\":[\"Company%u\"],"
			    "\"quote\":\"Company%u acquired Firm%u, doc %u said\",\"confidence\":0.8,"
			    "\"salience\":0.%u}]}",
			    i || d ? "," : "", 3 * i + d + 1, d * 1000 + i, i + 1, i, i % 28 + 1,
			    i % 28 + 1, i % 28 + 2, i, i, i, i, i, d, 5 + d);
	g_string_append(t, "]}");
	return merged(t, budget);
}

/* Entries of several sources past the budget: each source's text and the
 * representative's quote come from where its slice says they are in the
 * spill, and the bytes are those of the merge in memory. */
START_TEST(test_entry_sources_spilled)
{
	g_autofree char *held = told_thrice(40, 0);
	json_t *out = json_loads(held, 0, NULL);
	ck_assert_ptr_nonnull(out);
	json_t *entries = json_object_get(out, "entries");
	ck_assert_uint_eq(json_array_size(entries), 40);
	for (size_t i = 0; i < json_array_size(entries); i++) {
		json_t *e = json_array_get(entries, i);
		ck_assert_uint_eq(json_array_size(json_object_get(e, "sources")), 3);
		ck_assert_ptr_nonnull(strstr(json_string_value(json_object_get(e, "text")), "said"));
	}
	json_decref(out);
	static const guint64 budgets[] = {1, 1024, 4096};
	for (guint b = 0; b < G_N_ELEMENTS(budgets); b++) {
		g_autofree char *spilled = told_thrice(40, budgets[b]);
		ck_assert_str_eq(spilled, held);
	}
}
END_TEST

/* Headlines and quotes of every kind of escape, read back from the spill
 * (the summary and the quote are found in a source's text by walking its
 * members: a summary that holds "quote": or a brace must not mislead it). */
static const char *const escaped[][2] = {
	{"Acme \\\"said\\\" \\\"quote\\\":\\\"no\\\" {x} [y]", "A \\\\ back\\\\slash, \\\"summary\\\":1"},
	{"Line\\none\\ttab\\u0001ctl \\u001f", "\\/ slash and \\u00e9lan \xc3\xa9t\xc3\xa9"},
	{"Acme bought \\u2028 \xe2\x82\xac 2bn", NULL},
};

START_TEST(test_entry_escapes_spilled)
{
	GString *t = g_string_new("{\"title\":\"t\",\"documents\":[],\"entries\":[");
	for (guint d = 0; d < 2; d++) {
		g_autofree char *quote = escaped[_i][1] ? g_strdup_printf("\"%s\"", escaped[_i][1])
		                                        : g_strdup("null");
		g_string_append_printf(
		    t,
		    "%s{\"id\":\"n%u\",\"headline\":\"h\",\"sources\":[{\"doc\":\"d%u\","
		    "\"event\":\"e1\",\"sentence\":1,\"date\":{\"value\":\"2019-08-02\","
		    "\"range\":[\"2019-08-02\",\"2019-08-03\"],\"granularity\":\"day\"},"
		    "\"class\":\"OCCURRENCE\",\"trigger\":\"bought\",\"summary\":\"%s\","
		    "\"participants\":[\"Acme\"],\"quote\":%s,\"confidence\":0.8,\"salience\":0.5}]}",
		    d ? "," : "", d + 1, d, escaped[_i][0], quote);
	}
	g_string_append(t, "]}");
	g_autofree char *text = g_strdup(t->str);
	g_autofree char *held = merged(t, 0);
	json_t *out = json_loads(held, 0, NULL);
	ck_assert_ptr_nonnull(out);
	json_t *e = json_array_get(json_object_get(out, "entries"), 0);
	ck_assert_uint_eq(json_array_size(json_object_get(e, "sources")), 2);
	json_t *src = json_array_get(json_object_get(e, "sources"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(e, "headline")),
	                 json_string_value(json_object_get(src, "summary")));
	ck_assert(json_equal(json_object_get(e, "text"), json_object_get(src, "quote")));
	json_decref(out);
	g_autofree char *spilled = merged(g_string_new(text), 1);
	ck_assert_str_eq(spilled, held);
}
END_TEST

/* The same bytes with more entries than their sort holds at once past the
 * budget (32,768 records): its runs on file, merged. */
START_TEST(test_entry_runs)
{
	g_autofree char *held = tied_timeline(40000, 0);
	g_autofree char *spilled = tied_timeline(40000, 1);
	ck_assert_str_eq(spilled, held);
	json_t *out = json_loads(held, 0, NULL);
	ck_assert_uint_gt(json_array_size(json_object_get(out, "entries")), 35000);
	json_decref(out);
}
END_TEST

/* Merging the timeline of the fixtures again gives the same bytes. */
START_TEST(test_fixed_point)
{
	g_autofree char *acme = tl_test_src("tests/fixtures/acme.jsonl");
	char *in1[] = {acme, NULL};
	TlMergeOptions opt = {0};
	g_autofree char *once = merge_files(in1, &opt);
	char path[] = "/tmp/tl-merge-XXXXXX";
	int fd = g_mkstemp(path);
	ck_assert_int_eq(write(fd, once, strlen(once)), (ssize_t)strlen(once));
	close(fd);
	char *in2[] = {path, NULL};
	g_autofree char *twice = merge_files(in2, &opt);
	ck_assert_str_eq(twice, once);
	char *in3[] = {path, acme, path, NULL}; /* the same documents again change nothing */
	g_autofree char *thrice = merge_files(in3, &opt);
	ck_assert_str_eq(thrice, once);
	unlink(path);
}
END_TEST

/*
 * An entry that gives no mention (no "sources", an empty or non-array one,
 * or no object at all) is refused: it was lost without a word.
 */
static const char *const sourceless[] = {
	"{\"id\":\"n1\",\"headline\":\"h\",\"sources\":[]}",
	"{\"id\":\"n1\",\"headline\":\"h\"}",
	"{\"id\":\"n1\",\"headline\":\"h\",\"sources\":{}}",
	"5",
};

START_TEST(test_entry_sourceless)
{
	g_autoptr(TlMerge) m = tl_merge_new(NULL);
	json_t *e = json_loads(sourceless[_i], JSON_DECODE_ANY, NULL);
	ck_assert_ptr_nonnull(e);
	g_autoptr(GError) err = NULL;
	ck_assert(!tl_merge_add_entry(m, e, &err));
	ck_assert_ptr_nonnull(err);
	ck_assert_msg(strstr(err->message, "sources") || strstr(err->message, "not an object"), "%s",
	              err->message);
	ck_assert_uint_eq(tl_merge_n_mentions(m), 0);
	json_decref(e);
}
END_TEST

/*
 * A source of many participants (an edited timeline's entry, whose names
 * every source takes for its own) keeps the first TL_MERGE_MAX_PARTICIPANTS
 * and reads no further: 2,000 sources of 100,000 names each walked all of
 * them (2e8 look-ups, seconds; an entry of 10,000 sources and names: 2.9 s).
 */
START_TEST(test_source_many_participants)
{
	g_autoptr(GError) err = NULL;
	TlMergeLexicon *lx = tl_merge_lexicon_load(&err);
	ck_assert_msg(lx != NULL, "%s", err ? err->message : "");
	json_t *src = json_pack("{s:s,s:s,s:i,s:{s:s,s:[s,s],s:s}}", "doc", "d", "event", "e1",
	                        "sentence", 0, "date", "value", "2024-04-22", "range", "2024-04-22",
	                        "2024-04-23", "granularity", "day");
	json_t *parts = json_array();
	for (int i = 0; i < 100000; i++)
		json_array_append_new(parts, json_sprintf("Person %d", i));
	json_object_set_new(src, "participants", parts);
	clock_t t0 = clock();
	for (int k = 0; k < 2000; k++) {
		TlMention *mn = tl_merge_mention_from_source(lx, src, &err);
		ck_assert_ptr_nonnull(mn);
		ck_assert_uint_eq(mn->n_parts, TL_MERGE_MAX_PARTICIPANTS);
		tl_merge_mention_free(mn);
	}
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	const char *f = g_getenv("TL_TIME_FACTOR");
	double limit = 0.5 * (f && g_ascii_strtod(f, NULL) >= 1 ? g_ascii_strtod(f, NULL) : 1);
	ck_assert_msg(secs < limit, "%.2f s", secs);
	json_decref(src);
	tl_merge_lexicon_free(lx);
}
END_TEST

Suite *tl_suite_merge(void);
Suite *
tl_suite_merge(void)
{
	Suite *s = suite_create("merge");
	TCase *tc = tcase_create("core");
	tcase_add_loop_test(tc, test_span, 0, G_N_ELEMENTS(spans));
	tcase_add_test(tc, test_order);
	tcase_add_test(tc, test_bound);
	tcase_add_loop_test(tc, test_size, 0, G_N_ELEMENTS(sizes));
	tcase_add_test(tc, test_keys);
	tcase_add_loop_test(tc, test_lemma, 0, G_N_ELEMENTS(lemmas));
	tcase_add_loop_test(tc, test_score, 0, G_N_ELEMENTS(pairs));
	tcase_add_test(tc, test_cluster_order);
	tcase_add_test(tc, test_cluster_sentence);
	tcase_add_test(tc, test_cluster_told_alike);
	tcase_add_test(tc, test_cluster_document_alike);
	tcase_add_test(tc, test_cluster_reports_and_documents);
	tcase_add_test(tc, test_cluster_same_report);
	tcase_add_test(tc, test_derived_words);
	tcase_add_test(tc, test_cluster_coarse_and_sentence);
	tcase_add_test(tc, test_fixed_point);
	tcase_add_test(tc, test_entry_order);
	tcase_add_test(tc, test_entry_sources_spilled);
	tcase_add_loop_test(tc, test_entry_escapes_spilled, 0, G_N_ELEMENTS(escaped));
	tcase_add_loop_test(tc, test_headline, 0, G_N_ELEMENTS(headline_n));
	tcase_add_loop_test(tc, test_entry_sourceless, 0, G_N_ELEMENTS(sourceless));
	suite_add_tcase(s, tc);
	TCase *many = tcase_create("many");
	tcase_set_timeout(many, 60);
	tcase_add_test(many, test_entry_runs);
	tcase_add_test(many, test_source_many_participants);
	suite_add_tcase(s, many);
	return s;
}
