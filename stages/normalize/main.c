/*
 * tl-normalize: source documents (plain text, HTML, TimeML, JSON Lines) to
 * document records, the first stage of the pipeline.  The options and the run
 * loop live here; the readers are this folder's modules (normalize.h).
 */
#define _GNU_SOURCE /* fopencookie */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "normalize.h"
#include "tl/cli.h"
#include "tl/utf8.h"

typedef struct {
	TlCli cli;
	TlFormat format;
	char *dct;  /* --dct, normalised */
	char *id;   /* --id */
	TlNormOpts opts;
	FILE *fp;
	GString *buf;
	GHashTable *ids; /* ids given to documents read whole, to warn about a repeat */
	int status;
	gboolean stop;
} Run;

static void
report_warnings(Run *run, const char *where, GPtrArray *warnings)
{
	for (guint i = 0; i < warnings->len; i++)
		tl_cli_error(&run->cli, "%s: warning: %s", where, (const char *)warnings->pdata[i]);
	g_ptr_array_set_size(warnings, 0);
}

/* A bad input: report it, and stop unless --keep-going. */
static void
failed(Run *run, const char *where, const GError *err)
{
	if (where)
		tl_cli_error(&run->cli, "%s: %s", where, err->message);
	else
		tl_cli_error(&run->cli, "%s", err->message);
	run->status = TL_EXIT_FAIL;
	run->stop = !run->cli.keep_going;
}

static void
emit(Run *run, TlRecord *rec)
{
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	g_string_truncate(run->buf, 0);
	tl_doc_write(rec, text ? text : "", len, run->buf);
	if (fwrite(run->buf->str, 1, run->buf->len, run->fp) != run->buf->len)
		run->stop = TRUE; /* the commit reports the write error */
}

static void
run_jsonl(Run *run, const char *path)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlReader) r = tl_reader_open(path, (size_t)run->cli.max_size, &err);
	if (!r || !tl_reader_check_output(r, run->fp, &err)) {
		failed(run, NULL, err);
		return;
	}
	gboolean std = strcmp(path, "-") == 0;
	/* read as records for its first byte, not for its name or --format */
	gboolean guessed = run->format == TL_FORMAT_AUTO &&
	                   (std || tl_format_guess(path, NULL, 0) != TL_FORMAT_JSONL);
	g_autofree char *base = run->id ? g_strdup(run->id) : tl_file_id(path);
	g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func(g_free);
	const char *line;
	size_t len;
	while (!run->stop) {
		g_clear_error(&err);
		TlReadStatus st = tl_reader_next(r, &line, &len, &err);
		if (st == TL_READ_EOF)
			return;
		if (st == TL_READ_ERROR) {
			failed(run, NULL, err);
			return;
		}
		if (st == TL_READ_OK && strspn(line, " \t") == len)
			continue;
		g_autoptr(TlRecord) rec = st == TL_READ_OK ? tl_record_parse(line, len, &err) : NULL;
		if (!rec && st == TL_READ_OK && run->opts.lossy) {
			size_t n = 0, flen = 0;
			g_autofree char *fixed = tl_utf8_lossy_json(line, len, &flen, &n);
			GError *again = NULL;
			TlRecord *rec2 = n ? tl_record_parse(fixed, flen, &again) : NULL;
			if (rec2) {
				rec = rec2;
				g_clear_error(&err);
				g_ptr_array_add(warnings, g_strdup_printf("%zu invalid UTF-8 sequence%s or lone "
				                                          "surrogate%s replaced with U+FFFD",
				                                          n, n == 1 ? "" : "s", n == 1 ? "" : "s"));
			} else if (again) {
				/* what --lossy cannot mend, not what it did ("invalid
				 * UTF-8" was said of a line it repairs, refused for a bad
				 * escape after it) */
				g_clear_error(&err);
				err = g_error_new(again->domain, again->code, "%s (after --lossy's repairs)",
				                  again->message);
			}
			g_clear_error(&again);
		}
		g_autofree char *id = NULL;
		if (rec && !tl_record_has(rec, "id"))
			id = g_strdup_printf("%s-%" G_GUINT64_FORMAT, base, tl_reader_lineno(r));
		if (rec && !tl_doc_complete_record(rec, id, std ? NULL : path, run->dct, warnings, &err))
			g_clear_pointer(&rec, tl_record_free);
		if (warnings->len > 0 || !rec) {
			g_autofree char *where = g_strdup_printf(
			        "%s:%" G_GUINT64_FORMAT, tl_reader_name(r), tl_reader_lineno(r));
			report_warnings(run, where, warnings);
			if (!rec) {
				if (guessed && st == TL_READ_OK && tl_reader_lineno(r) == 1 && err) {
					/* text that happens to start with "{" */
					char *m = g_strdup_printf("%s (read as JSON Lines since it starts "
					                          "with \"{\"; --format text reads it as text)",
					                          err->message);
					g_free(err->message);
					err->message = m;
				}
				failed(run, where, err);
				continue;
			}
		}
		emit(run, rec);
	}
}

static void
run_document(Run *run, const char *path)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *data = NULL;
	size_t len = 0;
	gboolean std = strcmp(path, "-") == 0;
	const char *name = std ? "<stdin>" : path;
	if (!tl_read_file(path, (size_t)run->cli.max_size, &data, &len, &err)) {
		failed(run, NULL, err);
		return;
	}
	TlFormat f = run->format;
	if (f == TL_FORMAT_AUTO)
		f = tl_format_guess(std ? NULL : path, data, MIN(len, 8192));
	if (f == TL_FORMAT_JSONL && std)
		f = TL_FORMAT_TEXT; /* read already: its first byte was no "{" */
	if (f == TL_FORMAT_JSONL) { /* found by a look at an unknown file */
		g_clear_pointer(&data, g_free);
		run_jsonl(run, path);
		return;
	}
	g_autoptr(TlDoc) doc = NULL;
	if (f == TL_FORMAT_HTML)
		doc = tl_html_read(data, len, &run->opts, &err);
	else if (f == TL_FORMAT_TIMEML)
		doc = tl_timeml_read(data, len, &run->opts, &err);
	else
		doc = tl_text_read(data, len, &run->opts, &err);
	g_clear_pointer(&data, g_free); /* the peak memory of a big document */
	if (!doc) {
		failed(run, name, err);
		return;
	}
	report_warnings(run, name, doc->warnings);
	if (run->dct) {
		g_free(doc->dct);
		doc->dct = g_strdup(run->dct);
		doc->dct_source = "option";
	}
	g_autofree char *id = run->id ? g_strdup(run->id) : tl_file_id(path);
	if (!g_hash_table_add(run->ids, g_strdup(id)))
		tl_cli_error(&run->cli, "%s: warning: id \"%s\" repeats an earlier record's "
		             "(files of the same name in two folders?)", name, id);
	g_autoptr(TlRecord) rec = tl_doc_to_record(doc, id, std ? NULL : path);
	emit(run, rec);
}

static int
check_options(Run *run, const char *format, const char *dct)
{
	if (format) {
		run->format = tl_format_parse(format);
		if ((int)run->format < 0) {
			tl_cli_error(&run->cli, "--format: unknown format '%s' "
			                        "(text, html, timeml, jsonl or auto)", format);
			return TL_EXIT_USAGE;
		}
	}
	if (dct && !(run->dct = tl_dct_parse(dct, TRUE))) {
		tl_cli_error(&run->cli, "--dct: '%s' is not a date (YYYY-MM-DD or YYYY-MM-DDTHH:MM)",
		             dct);
		return TL_EXIT_USAGE;
	}
	run->opts.dct_given = run->dct != NULL;
	if (run->id && run->cli.files[0] && run->cli.files[1]) {
		tl_cli_error(&run->cli, "--id names one document: give one FILE at most");
		return TL_EXIT_USAGE;
	}
	if (run->id && !*run->id) {
		tl_cli_error(&run->cli, "--id must not be empty");
		return TL_EXIT_USAGE;
	}
	return -1;
}

/*
 * -o naming a device or a pipe (/dev/null, /dev/full, a FIFO): written
 * straight, as the kit's atomic output would rename a temporary file over it
 * (replacing /dev/null with a regular file).
 */
static gboolean
special_output(const char *path)
{
	struct stat st;
	return path && strcmp(path, "-") != 0 && stat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
	       !S_ISDIR(st.st_mode);
}

/* Standard input read again from its start: the bytes already taken, then
 * the rest (a stdio stream of fopencookie). */
typedef struct {
	GString *taken;
	size_t pos;
	FILE *in;
} Replay;

static ssize_t
replay_read(void *cookie, char *buf, size_t n)
{
	Replay *r = cookie;
	if (r->pos < r->taken->len) {
		size_t k = MIN(n, r->taken->len - r->pos);
		memcpy(buf, r->taken->str + r->pos, k);
		r->pos += k;
		return (ssize_t)k;
	}
	size_t got = fread(buf, 1, n, r->in);
	return got == 0 && ferror(r->in) ? -1 : (ssize_t)got;
}

/* Standard input with no --format: JSON Lines when its first byte opens a
 * record ("cat news.jsonl | tl-normalize"), else text, HTML or TimeML by
 * its content (run_document).  The byte is put back for the reader.  A
 * byte order mark or blank lines before the first record (as a Windows
 * tool or a "printf '\n'" writes them) are looked past: the stream was
 * read as one text document holding every record, exit 0.  Those bytes
 * are given back to whichever reader follows, so line numbers and
 * documents are as in the file. */
static TlFormat
stdin_format(void)
{
	int c = getc(stdin);
	if (c == EOF)
		return TL_FORMAT_AUTO;
	if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != 0xEF) {
		ungetc(c, stdin);
		return c == '{' ? TL_FORMAT_JSONL : TL_FORMAT_AUTO;
	}
	static Replay replay;
	replay.taken = g_string_new(NULL);
	replay.in = stdin;
	g_string_append_c(replay.taken, (char)c);
	/* a mark (EF BB BF) first, then white space, up to 64 KB of it */
	if (c == 0xEF)
		for (int k = 0; k < 2 && (c = getc(stdin)) != EOF; k++)
			g_string_append_c(replay.taken, (char)c);
	gboolean mark = replay.taken->len == 3 && memcmp(replay.taken->str, "\xEF\xBB\xBF", 3) == 0;
	c = replay.taken->str[0] == (char)0xEF && !mark ? EOF : getc(stdin);
	while (c != EOF && (c == ' ' || c == '\t' || c == '\n' || c == '\r') &&
	       replay.taken->len < 65536) {
		g_string_append_c(replay.taken, (char)c);
		c = getc(stdin);
	}
	gboolean record = c == '{';
	if (c != EOF)
		g_string_append_c(replay.taken, (char)c);
	cookie_io_functions_t io = {.read = replay_read};
	FILE *fp = fopencookie(&replay, "rb", io);
	if (!fp) { /* (no memory for a FILE: read what is left as it is) */
		g_string_free(replay.taken, TRUE);
		return TL_FORMAT_AUTO;
	}
	stdin = fp;
	return record ? TL_FORMAT_JSONL : TL_FORMAT_AUTO;
}

static void
run_inputs(Run *run)
{
	static char *stdin_only[] = {"-", NULL};
	char **files = run->cli.files[0] ? run->cli.files : stdin_only;
	run->buf = g_string_sized_new(1 << 16);
	run->ids = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (char **f = files; *f && !run->stop; f++) {
		gboolean std = strcmp(*f, "-") == 0;
		TlFormat fmt = run->format != TL_FORMAT_AUTO ? run->format :
		               std ? stdin_format() : tl_format_guess(*f, NULL, 0);
		if (fmt == TL_FORMAT_JSONL)
			run_jsonl(run, *f);
		else
			run_document(run, *f);
	}
	g_string_free(run->buf, TRUE);
	g_hash_table_unref(run->ids);
}

static int
run_special(Run *run)
{
	const char *path = run->cli.output;
	run->fp = fopen(path, "wb");
	if (!run->fp) {
		tl_cli_error(&run->cli, "%s: cannot open: %s", path, g_strerror(errno));
		return TL_EXIT_FAIL;
	}
	run_inputs(run);
	gboolean ok = fflush(run->fp) == 0 && !ferror(run->fp);
	int e = errno;
	if (fclose(run->fp) != 0 && ok) {
		ok = FALSE;
		e = errno;
	}
	if (!ok) {
		tl_cli_error(&run->cli, "%s: write error: %s", path, g_strerror(e ? e : EIO));
		return TL_EXIT_FAIL;
	}
	return run->status;
}

/* Every input into one output; returns the exit status. */
static int
run_all(Run *run)
{
	if (special_output(run->cli.output))
		return run_special(run);
	g_autoptr(GError) err = NULL;
	TlOutput *out = tl_output_open(run->cli.output, &err);
	if (!out) {
		tl_cli_error(&run->cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	run->fp = tl_output_file(out);
	run_inputs(run);
	if (run->status != TL_EXIT_OK && !run->cli.keep_going) {
		tl_output_abort(out);
		return run->status;
	}
	if (!tl_output_commit(out, &err)) {
		tl_cli_error(&run->cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	return run->status;
}

int
main(int argc, char **argv)
{
	Run run = {.cli = {.prog = "tl-normalize", .group = "normalize"}};
	char *format = NULL, *dct = NULL;
	const GOptionEntry entries[] = {
		{"format", 'f', 0, G_OPTION_ARG_STRING, &format,
		 "Read FILEs as FORMAT: text, html, timeml, jsonl (default: by extension; "
		 "standard input: by its first bytes)", "FORMAT"},
		{"dct", 0, 0, G_OPTION_ARG_STRING, &dct,
		 "Document creation time of every record (YYYY-MM-DD or YYYY-MM-DDTHH:MM; "
		 "seconds and a zone are dropped)",
		 "DATE"},
		{"id", 0, 0, G_OPTION_ARG_STRING, &run.id,
		 "Record id of the one document read (default: the file name)", "ID"},
		{"lossy", 0, 0, G_OPTION_ARG_NONE, &run.opts.lossy,
		 "Replace invalid UTF-8 with U+FFFD (and warn) instead of failing", NULL},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	int st = tl_cli_parse(&run.cli, argc, argv, entries, "[FILE...]",
	                      "Turn articles (text, HTML, TimeML, JSON Lines) into document records.");
	if (st < 0)
		st = check_options(&run, format, dct);
	if (st < 0)
		st = run_all(&run);
	g_free(format);
	g_free(dct);
	g_free(run.dct);
	g_free(run.id);
	tl_cli_clear(&run.cli);
	return st;
}
