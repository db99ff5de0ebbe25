/*
 * tl-dates: find every temporal expression of each record's text and add
 * them as `timexes` (TimeML TIMEX3 semantics, docs/DATES.md), spliced onto
 * the input line.  When the record has no DCT and none is given, the DCT is
 * inferred from the text and written with dct_source "inferred".
 */
#include <string.h>
#include "tl/cli.h"
#include "tl/resource.h"
#include "tl/tagger.h"
#include "dates.h"

typedef struct {
	TlDates *dates;
	TlDOptions opt;
	GString *buf;   /* the timexes' JSON, reused from record to record */
} Run;

static gboolean
annotate(TlRecord *rec, gpointer data, GError **error)
{
	Run *run = data;
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	if (!text) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "record has no string 'text'");
		return FALSE;
	}
	const char *dct = run->opt.dct;
	if (!dct) {
		dct = tl_record_get_string(rec, "dct", NULL);
		TlDRef probe;
		if (dct && !tl_dref_parse(dct, &probe)) {
			g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
			            "bad 'dct' \"%s\" (want YYYY-MM-DD or YYYY-MM-DDTHH:MM)", dct);
			return FALSE;
		}
		/* a fuller ISO form (seconds, a zone, 20240427) is written back in
		 * the form the later stages read, as tl-normalize writes it */
		g_autofree char *canon = dct ? tl_dref_format(&probe) : NULL;
		if (canon && strcmp(canon, dct) != 0) {
			tl_record_set_string(rec, "dct", canon, strlen(canon));
			dct = tl_record_get_string(rec, "dct", NULL);
		}
	}
	g_autofree char *inferred = NULL;
	g_string_truncate(run->buf, 0);
	tl_dates_annotate_raw(run->dates, text, len, dct, &run->opt, run->buf, &inferred);
	if (inferred) {
		tl_record_set_string(rec, "dct", inferred, strlen(inferred));
		tl_record_set_string(rec, "dct_source", "inferred", 8);
	} else if (run->opt.dct) {
		tl_record_set_string(rec, "dct", run->opt.dct, strlen(run->opt.dct));
		tl_record_set_string(rec, "dct_source", "option", 6);
	}
	tl_record_set_raw(rec, "timexes", run->buf->str, run->buf->len);
	return TRUE;
}

/* Has the language a folder of date resources? */
static gboolean
lang_known(const char *lang)
{
	g_autofree char *index = g_strdup_printf("%s/index.txt", lang);
	g_autoptr(GBytes) b = tl_resource_get("dates", index, NULL);
	return b != NULL;
}

int
main(int argc, char **argv)
{
	char *dct = NULL, *mode = NULL, *order = NULL, *lang = NULL;
	g_autoptr(GError) err = NULL; /* before any goto: it is freed at every exit */
	g_autofree char *dct_canon = NULL; /* --dct in the form written out */
	const GOptionEntry entries[] = {
		{"dct", 0, 0, G_OPTION_ARG_STRING, &dct,
		 "Document creation time for every record (YYYY-MM-DD[THH:MM])", "DATE"},
		{"mode", 0, 0, G_OPTION_ARG_STRING, &mode,
		 "Reference time: news (the DCT), narrative (the last date mentioned) or auto", "MODE"},
		{"date-order", 0, 0, G_OPTION_ARG_STRING, &order,
		 "Order of numeric dates such as 4/5/2024: mdy (default) or dmy", "ORDER"},
		{"lang", 0, 0, G_OPTION_ARG_STRING, &lang, "Language of the resources (default en)",
		 "LANG"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	TlCli cli = {.prog = "tl-dates", .group = "dates"};
	int st = tl_cli_parse(&cli, argc, argv, entries, "[FILE...]",
	                      "Find and resolve the temporal expressions (TIMEX3) of each record.");
	if (st >= 0)
		goto out;
	Run run = {.opt = {.mode = TL_DMODE_AUTO, .order = TL_DORDER_MDY}};
	st = TL_EXIT_USAGE;
	if (mode && strcmp(mode, "news") == 0)
		run.opt.mode = TL_DMODE_NEWS;
	else if (mode && strcmp(mode, "narrative") == 0)
		run.opt.mode = TL_DMODE_NARRATIVE;
	else if (mode && strcmp(mode, "auto") != 0) {
		tl_cli_error(&cli, "--mode: unknown mode '%s' (news, narrative or auto)", mode);
		goto out;
	}
	if (order && strcmp(order, "dmy") == 0)
		run.opt.order = TL_DORDER_DMY;
	else if (order && strcmp(order, "mdy") != 0) {
		tl_cli_error(&cli, "--date-order: unknown order '%s' (mdy or dmy)", order);
		goto out;
	}
	TlDRef probe;
	/* a year or a month alone is read in a record (tl-dates writes an
	 * inferred DCT so) but is no date to give: tl-normalize and the
	 * driver refuse it too */
	if (dct && (!tl_dref_parse(dct, &probe) || probe.day == 0)) {
		tl_cli_error(&cli, "--dct: bad date '%s' (want YYYY-MM-DD or YYYY-MM-DDTHH:MM)", dct);
		goto out;
	}
	dct_canon = dct ? tl_dref_format(&probe) : NULL;
	run.opt.dct = dct_canon;
	/* a language with no resources is the user's mistake: usage (a path
	 * is none, whatever it reaches; the folder is looked for on failure) */
	gboolean path = lang && (!*lang || strchr(lang, '/'));
	run.dates = path ? NULL : tl_dates_new(lang ? lang : "en", &err);
	if (path || (!run.dates && lang && !lang_known(lang))) {
		tl_cli_error(&cli, "--lang: no date resources for '%s' (a folder stages/dates/data/%s/)",
		             lang, lang);
		goto out;
	}
	if (!run.dates) {
		tl_cli_error(&cli, "cannot load the date lexicon: %s", err->message);
		st = TL_EXIT_FAIL;
		goto out;
	}
	/* the tenses come from the tagger: a model that does not load (a
	 * corrupt one under TL_DATADIR) is refused, as tl-events and tl-tag
	 * refuse it, not left out without a word (TL_DATES_NO_TAGGER asks
	 * for the cues alone) */
	if (!g_getenv("TL_DATES_NO_TAGGER") && !tl_tagger_default(&err)) {
		tl_cli_error(&cli, "cannot load the tagger model: %s", err->message);
		tl_dates_free(run.dates);
		st = TL_EXIT_FAIL;
		goto out;
	}
	run.buf = g_string_sized_new(4096);
	st = tl_cli_map_records(&cli, annotate, &run);
	g_string_free(run.buf, TRUE);
	tl_dates_free(run.dates);
out:
	g_free(dct);
	g_free(mode);
	g_free(order);
	g_free(lang);
	tl_cli_clear(&cli);
	return st;
}
