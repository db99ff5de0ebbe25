/*
 * tl-merge: many document records (with events and timexes) and/or timelines
 * in, one timeline out.  Input is auto-detected per line: a record, a
 * one-line timeline, or a timeline document spread over several lines (as
 * tl-merge writes it), so shard timelines can be merged again.
 */
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include "tl/cli.h"
#include "merge.h"
#include "spill.h"
#include "stream.h"

/* The default of --memory: a budget that keeps the whole stage under issue
 * 7's 100 MB per stage on the 1 GB stream (92 MB; at 64M it was 98 MB) and
 * spills nothing on one Reuters (56 MB). */
#define DEFAULT_MEMORY "48M"

typedef struct {
	TlCli *cli;
	TlMerge *merge;
	int status;
	guint64 repeats; /* records whose id an earlier record had */
} Run;

/* Warnings about repeated ids: the first few, then a count at the end. */
#define REPEATS_SHOWN 5

/*
 * Records of one id are one document to the merge, and an event id the
 * earlier one had is dropped as the same event: right for a file given
 * twice, a silent loss for two sources that chose the same ids.  Said.
 */
static void
check_repeat(Run *run, TlRecord *rec, const char *name, guint64 line)
{
	if (!tl_merge_repeated(run->merge))
		return;
	if (++run->repeats <= REPEATS_SHOWN)
		tl_cli_error(run->cli,
		             "%s:%" G_GUINT64_FORMAT ": warning: id \"%s\" repeats an earlier record's: "
		             "merged as one document (an event id seen twice is kept once)",
		             name, line, tl_record_get_string(rec, "id", NULL));
}

/* Track brace depth over a multi-line JSON document, strings skipped. */
typedef struct {
	int depth;
	gboolean in_string, escape;
} Depth;

static void
depth_scan(Depth *d, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (d->in_string) {
			if (d->escape)
				d->escape = FALSE;
			else if (c == '\\')
				d->escape = TRUE;
			else if (c == '"')
				d->in_string = FALSE;
		} else if (c == '"')
			d->in_string = TRUE;
		else if (c == '{' || c == '[')
			d->depth++;
		else if (c == '}' || c == ']')
			d->depth--;
	}
}

static gboolean
report(Run *run, const char *name, guint64 line, const GError *err)
{
	tl_cli_error(run->cli, "%s:%" G_GUINT64_FORMAT ": %s", name, line, err->message);
	run->status = TL_EXIT_FAIL;
	return run->cli->keep_going;
}

/*
 * Is the JSON object a timeline (its "entries"), not a document record?  A
 * record has a "text", a timeline none: a record that carried a member of
 * its own named "entries" (another tool's) was taken for a timeline, and its
 * events were lost without a word, exit 0.
 */
static gboolean
is_timeline_json(const json_t *doc)
{
	return json_object_get(doc, "entries") && !json_object_get(doc, "text");
}

static gboolean
add_document(Run *run, const char *text, size_t len, const char *name, guint64 line)
{
	json_error_t jerr;
	g_autoptr(GError) err = NULL;
	g_autoptr(json_t) doc = json_loadb(text, len, 0, &jerr);
	if (!doc || !json_is_object(doc)) {
		g_set_error(&err, TL_ERROR, TL_ERROR_JSON, "not a JSON object: %s",
		            doc ? "another JSON value" : jerr.text);
		return report(run, name, line + (doc ? 0 : jerr.line - 1), err);
	}
	if (!is_timeline_json(doc)) { /* a record spread over several lines */
		g_autoptr(TlRecord) rec = tl_record_parse(text, len, &err);
		if (!rec || !tl_merge_add_record(run->merge, rec, &err))
			return report(run, name, line, err);
		check_repeat(run, rec, name, line);
		return TRUE;
	}
	if (!tl_merge_add_timeline(run->merge, doc, &err))
		return report(run, name, line, err);
	return TRUE;
}

/* A line that parsed as a record (rec): a record, or a one-line timeline. */
static gboolean
add_parsed(Run *run, TlRecord *rec, const char *line, size_t len, const char *name,
           guint64 lineno)
{
	g_autoptr(GError) err = NULL;
	if (tl_record_has(rec, "entries") && !tl_record_has(rec, "text"))
		return add_document(run, line, len, name, lineno);
	if (!tl_merge_add_record(run->merge, rec, &err))
		return report(run, name, lineno, err);
	check_repeat(run, rec, name, lineno);
	return TRUE;
}

static gboolean
add_line(Run *run, const char *line, size_t len, const char *name, guint64 lineno)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(line, len, &err);
	if (!rec)
		return report(run, name, lineno, err);
	return add_parsed(run, rec, line, len, name, lineno);
}

/* Could line be the first line of a timeline in tl-merge's layout? (cheap) */
static gboolean
maybe_timeline_header(const char *line, size_t len)
{
	return len >= 12 && strncmp(line, "{\"title\":", 9) == 0 && line[len - 1] == ',';
}

/*
 * A multi-line document that never closes, or does not parse, was most likely
 * a truncated line: report its first line and read the others one by one.
 */
static gboolean
refeed(Run *run, const GString *doc, const GArray *starts, const char *name, guint64 first,
       const GError *why)
{
	if (!report(run, name, first, why))
		return FALSE;
	for (guint i = 1; i < starts->len; i++) {
		gsize a = g_array_index(starts, gsize, i);
		gsize b = i + 1 < starts->len ? g_array_index(starts, gsize, i + 1) : doc->len;
		const char *line = doc->str + a;
		size_t len = b - a - 1; /* without its '\n' */
		if (strspn(line, " \t") >= len)
			continue;
		g_autofree char *copy = g_strndup(line, len);
		if (!add_line(run, copy, len, name, first + i))
			return FALSE;
	}
	return TRUE;
}

static gboolean
read_input(Run *run, const char *path)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlReader) r = tl_reader_open(path, (size_t)run->cli->max_size, &err);
	if (!r) {
		tl_cli_error(run->cli, "%s", err->message);
		run->status = TL_EXIT_FAIL;
		return run->cli->keep_going;
	}
	const char *name = tl_reader_name(r);
	g_autoptr(GString) doc = g_string_new(NULL);
	g_autoptr(GArray) starts = g_array_new(FALSE, FALSE, sizeof(gsize));
	g_autoptr(TlMergeStream) stream = NULL;
	guint64 stream_line = 0;
	Depth depth = {0, FALSE, FALSE};
	guint64 doc_line = 0;
	for (;;) {
		const char *line;
		size_t len;
		g_clear_error(&err);
		TlReadStatus st = tl_reader_next(r, &line, &len, &err);
		guint64 lineno = tl_reader_lineno(r);
		if (st == TL_READ_EOF)
			break;
		if (st == TL_READ_ERROR) { /* with -k, on to the next file */
			tl_cli_error(run->cli, "%s", err->message);
			run->status = TL_EXIT_FAIL;
			return run->cli->keep_going;
		}
		if (st == TL_READ_SKIPPED) {
			if (!report(run, name, lineno, err))
				return FALSE;
			continue;
		}
		if (stream) { /* inside a timeline in tl-merge's layout */
			TlStreamStatus ss = tl_merge_stream_line(stream, line, len, &err);
			if ((ss == TL_STREAM_ERROR || ss == TL_STREAM_BAD_LINE) && !report(run, name, lineno, err))
				return FALSE;
			if (ss == TL_STREAM_DONE || ss == TL_STREAM_ERROR)
				g_clear_pointer(&stream, tl_merge_stream_free);
			continue;
		}
		if (doc_line) { /* inside a multi-line document */
			g_array_append_val(starts, doc->len);
			g_string_append_len(doc, line, len);
			g_string_append_c(doc, '\n');
			depth_scan(&depth, line, len);
			if (run->cli->max_size > 0 && doc->len > (gsize)run->cli->max_size) {
				/* most likely a record line cut short, which swallowed the
				 * lines after it: report it and read those one by one */
				g_set_error(&err, TL_ERROR, TL_ERROR_LIMIT,
				            "the JSON document starting here is not closed within %" G_GINT64_FORMAT
				            " bytes (a truncated line? or raise --max-size BYTES)",
				            run->cli->max_size);
				gboolean go = refeed(run, doc, starts, name, doc_line, err);
				g_string_truncate(doc, 0);
				g_array_set_size(starts, 0);
				doc_line = 0;
				if (!go)
					return FALSE;
				continue;
			}
			if (depth.depth <= 0) {
				json_error_t jerr;
				json_t *j = json_loadb(doc->str, doc->len, 0, &jerr);
				gboolean go;
				if (j) {
					json_decref(j);
					go = add_document(run, doc->str, doc->len, name, doc_line);
				} else {
					g_set_error(&err, TL_ERROR, TL_ERROR_JSON, "not valid JSON: %s", jerr.text);
					go = refeed(run, doc, starts, name, doc_line, err);
				}
				g_string_truncate(doc, 0);
				g_array_set_size(starts, 0);
				doc_line = 0;
				if (!go)
					return FALSE;
			}
			continue;
		}
		size_t skip = strspn(line, " \t");
		if (skip == len)
			continue;
		if (!maybe_timeline_header(line, len)) {
			/* the common case, a whole record on its line: no need to
			 * track brackets (a line that parses is balanced) */
			g_autoptr(TlRecord) rec = tl_record_parse(line, len, NULL);
			if (rec) {
				if (!add_parsed(run, rec, line, len, name, lineno))
					return FALSE;
				continue;
			}
		}
		Depth d = {0, FALSE, FALSE};
		depth_scan(&d, line, len);
		if (skip == 0 && d.depth == 1 && (stream = tl_merge_stream_start(run->merge, line, len))) {
			stream_line = lineno;
			continue;
		}
		if (line[skip] == '{' && d.depth > 0 && !d.in_string) {
			depth = d;
			doc_line = lineno;
			g_array_append_val(starts, doc->len);
			g_string_append_len(doc, line, len);
			g_string_append_c(doc, '\n');
			continue;
		}
		if (!add_line(run, line, len, name, lineno))
			return FALSE;
	}
	if (stream) {
		g_set_error(&err, TL_ERROR, TL_ERROR_JSON, "the timeline starting here is cut short");
		return report(run, name, stream_line, err);
	}
	if (doc_line) {
		g_set_error(&err, TL_ERROR, TL_ERROR_JSON, "the JSON value is not closed (a truncated line?)");
		return refeed(run, doc, starts, name, doc_line, err);
	}
	return TRUE;
}

/* Read every input, then write the timeline; the exit status. */
static int
run_merge(TlCli *cli, const TlMergeOptions *opt, guint64 memory)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlMerge) merge = tl_merge_new(&err);
	if (!merge) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	tl_merge_set_memory(merge, memory);
#ifdef __GLIBC__
	/* glibc raises its mmap threshold to the largest block freed (up to
	 * 32 MB): the blocking slots, the sorts' keys and the documents' tables
	 * of a bounded merge then stay in the heap once freed, and in the
	 * resident set with what came after them (3.3 MB of the peak at a
	 * million mentions).  A fixed threshold gives large blocks back when
	 * freed. */
	if (memory)
		mallopt(M_MMAP_THRESHOLD, 256 * 1024);
#endif
	Run run = {cli, merge, TL_EXIT_OK, 0};
	static char *stdin_only[] = {"-", NULL};
	char **files = cli->files && cli->files[0] ? cli->files : stdin_only;
	for (char **f = files; *f; f++)
		if (!read_input(&run, *f))
			break;
	if (run.repeats > REPEATS_SHOWN)
		tl_cli_error(cli, "warning: %" G_GUINT64_FORMAT " more records repeated an earlier id",
		             run.repeats - REPEATS_SHOWN);
	if (run.status != TL_EXIT_OK && !cli->keep_going) {
		return run.status;
	}
	TlOutput *o = tl_output_open(cli->output, &err);
	if (!o) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	if (!tl_merge_write(merge, opt, tl_output_file(o), &err)) {
		/* a failed write names the file, as the other stages' do */
		gboolean write_error = ferror(tl_output_file(o));
		tl_output_abort(o);
		if (write_error)
			tl_cli_error(cli, "%s: %s",
			             cli->output && strcmp(cli->output, "-") ? cli->output : "<stdout>",
			             err->message);
		else
			tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	if (!tl_output_commit(o, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	return run.status;
}

int
main(int argc, char **argv)
{
	TlCli cli = {.prog = "tl-merge", .group = "merge"};
	TlMergeOptions opt = {0};
	g_autofree char *from = NULL, *to = NULL, *memory = NULL;
	guint64 budget = 0;
	const GOptionEntry entries[] = {
		{"entity", 0, 0, G_OPTION_ARG_STRING, &opt.entity,
		 "Only the entries NAME takes part in (\"Blinken\" matches \"Antony Blinken\")", "NAME"},
		{"from", 0, 0, G_OPTION_ARG_STRING, &from,
		 "Only entries that end after the start of DATE (YYYY[-MM[-DD]])", "DATE"},
		{"to", 0, 0, G_OPTION_ARG_STRING, &to,
		 "Only entries that start before the end of DATE (YYYY[-MM[-DD]])", "DATE"},
		{"min-salience", 0, 0, G_OPTION_ARG_DOUBLE, &opt.min_salience,
		 "Only entries of salience at least X (0 to 1)", "X"},
		{"title", 0, 0, G_OPTION_ARG_STRING, &opt.title, "The timeline's title", "TEXT"},
		{"memory", 0, 0, G_OPTION_ARG_STRING, &memory,
		 "Past about SIZE held (K, M, G; default " DEFAULT_MEMORY "; 0: never), spill documents and "
		 "mention texts to unnamed temporary files in $TMPDIR; the timeline is the same",
		 "SIZE"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	/* declared before the first goto: jumping over an auto-freed variable
	 * frees garbage at the end of the scope */
	g_autoptr(GError) err = NULL;
	gint64 s, e;
	int rc = tl_cli_parse(&cli, argc, argv, entries, "[FILE...]",
	                      "Merge document records (with events) and timelines into one "
	                      "timeline JSON document.");
	if (rc >= 0)
		goto out;
	if (from) {
		if (!tl_date_parse_span(from, &s, &e, &err)) {
			g_prefix_error(&err, "--from: ");
			goto usage;
		}
		opt.has_from = TRUE, opt.from = s;
	}
	if (to) {
		if (!tl_date_parse_span(to, &s, &e, &err)) {
			g_prefix_error(&err, "--to: ");
			goto usage;
		}
		opt.has_to = TRUE, opt.to = e;
	}
	/* a window that holds no day ("--from 2025 --to 2020") made an empty
	 * timeline without a word */
	if (opt.has_from && opt.has_to && opt.from >= opt.to) {
		g_set_error(&err, TL_ERROR, TL_ERROR_USAGE,
		            "--from %s is after --to %s: no date is in that window", from, to);
		goto usage;
	}
	/* --entity "" (an unset variable) kept no entry, exit 0, without a word */
	if (opt.entity) {
		g_autofree char *k = tl_merge_participant_key(opt.entity);
		if (!*k) {
			g_set_error(&err, TL_ERROR, TL_ERROR_USAGE,
			            "--entity: '%s' names no one (empty or blank)",
			            opt.entity);
			goto usage;
		}
	}
	if (!(opt.min_salience >= 0 && opt.min_salience <= 1)) { /* NaN too */
		g_set_error(&err, TL_ERROR, TL_ERROR_USAGE, "--min-salience must be between 0 and 1");
		goto usage;
	}
	if (!tl_spill_parse_size(memory ? memory : DEFAULT_MEMORY, &budget)) {
		g_set_error(&err, TL_ERROR, TL_ERROR_USAGE,
		            "--memory: '%s' is not a size (such as 64M, 1G, 500K or 0)", memory);
		goto usage;
	}
	rc = run_merge(&cli, &opt, budget);
	goto out;
usage:
	tl_cli_error(&cli, "%s", err->message);
	rc = TL_EXIT_USAGE;
out:
	g_free(opt.entity);
	g_free(opt.title);
	tl_cli_clear(&cli);
	return rc;
}
