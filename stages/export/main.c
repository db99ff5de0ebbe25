/*
 * tl-export: a timeline (tl-merge output) in the formats people draw
 * timelines with: TimelineJS3 JSON, vis-timeline items and groups, one
 * offline HTML page, CSV, iCalendar, a Mermaid timeline block; and
 * records as TimeML (TIMEX3, EVENT, MAKEINSTANCE, TLINK in the original text).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "tl/cli.h"
#include "tl/record.h"
#include "tl/utf8.h"
#include "export.h"

static const struct {
	const char *name;
	TlExportFunc fn;
} formats[] = {
	{"timelinejs", tl_export_timelinejs}, {"vis", tl_export_vis}, {"html", tl_export_html},
	{"csv", tl_export_csv},               {"ics", tl_export_ics}, {"mermaid", tl_export_mermaid},
};

/* Report why data is not a timeline Jansson can read (NULL: it can), with
 * its line. */
static gboolean
jansson_says(TlCli *cli, const char *name, const char *data, size_t len, json_t **tree)
{
	json_error_t jerr;
	*tree = json_loadb(data, len, 0, &jerr);
	if (*tree)
		return FALSE;
	if (strstr(jerr.text, "end of file expected"))
		tl_cli_error(cli, "%s:%d: not a timeline: more than one JSON value (records? merge "
		             "them with tl-merge first)", name, jerr.line);
	else
		tl_cli_error(cli, "%s:%d: not valid JSON: %s", name, jerr.line, jerr.text);
	return TRUE;
}

/* The timeline's bytes: a file read with pread from start on, never held
 * whole (fd is -1 when the input could not be read; own: fd is ours). */
typedef struct {
	int fd;
	gboolean own;
	guint64 start;
} Input;

static void
input_close(Input *in)
{
	if (in->own && in->fd >= 0)
		close(in->fd);
	in->fd = -1;
}

/* An unnamed temporary file in $TMPDIR (gone when closed, even on
 * SIGKILL), or -1. */
static int
spool_file(void)
{
	const char *dir = g_get_tmp_dir();
	int fd = -1;
#ifdef O_TMPFILE
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#endif
	if (fd < 0) {
		g_autofree char *tmpl = g_build_filename(dir, "tl-export-XXXXXX", NULL);
		fd = g_mkstemp_full(tmpl, O_RDWR | O_CLOEXEC, 0600);
		if (fd >= 0)
			unlink(tmpl);
	}
	return fd;
}

/*
 * Standard input, a pipe or anything else that cannot be read twice, copied
 * to an unnamed temporary file: the timeline is walked whole before a byte
 * of it is written (so that a document that is not plain goes to Jansson
 * whole and no output is started for a bad one; the title and the documents
 * may follow the entries), then its entries are read again.  The messages
 * are tl_read_file's.
 */
static gboolean
spool(int from, Input *in, const char *name, size_t max, GError **error)
{
	if ((in->fd = spool_file()) < 0) {
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: cannot make a temporary file in %s: %s", name,
		            g_get_tmp_dir(), g_strerror(e));
		return FALSE;
	}
	in->own = TRUE;
	g_autofree char *buf = g_malloc(1 << 16);
	guint64 total = 0;
	for (;;) {
		ssize_t r = read(from, buf, 1 << 16);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: read error: %s", name,
			            e == EISDIR ? "is a directory" : g_strerror(e));
			return FALSE;
		}
		if (r == 0)
			return TRUE;
		if (max && total + (guint64)r > max) {
			g_set_error(error, TL_ERROR, TL_ERROR_LIMIT, "%s: larger than the limit of %zu bytes",
			            name, max);
			return FALSE;
		}
		for (ssize_t w, done = 0; done < r; done += w)
			if ((w = write(in->fd, buf + done, (size_t)(r - done))) < 0 && errno != EINTR) {
				int e = errno;
				g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: cannot copy it to %s: %s", name,
				            g_get_tmp_dir(), g_strerror(e));
				return FALSE;
			} else if (w < 0)
				w = 0;
		total += (guint64)r;
	}
}

/* Open path ("-": standard input) for reading twice, no larger than max. */
static gboolean
input_open(const char *path, const char *name, size_t max, Input *in, GError **error)
{
	gboolean std = strcmp(path, "-") == 0;
	int fd = std ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC);
	*in = (Input){-1, FALSE, 0};
	if (fd < 0) {
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", name, g_strerror(e));
		return FALSE;
	}
	struct stat st;
	off_t here;
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && (here = lseek(fd, 0, SEEK_CUR)) >= 0) {
		*in = (Input){fd, !std, (guint64)here};
		if (max && (guint64)st.st_size > (guint64)here + max) {
			g_set_error(error, TL_ERROR, TL_ERROR_LIMIT, "%s: larger than the limit of %zu bytes",
			            name, max);
			input_close(in);
			return FALSE;
		}
		return TRUE;
	}
	gboolean ok = spool(fd, in, name, max, error);
	if (!std)
		close(fd);
	if (!ok)
		input_close(in);
	return ok;
}

/* The whole document from start on (for Jansson), at most max bytes. */
static gboolean
input_read_all(const Input *in, size_t max, char **data, size_t *len, const char *name, GError **error)
{
	GString *s = g_string_new(NULL);
	char buf[65536];
	for (guint64 at = in->start;;) {
		ssize_t r = pread(in->fd, buf, sizeof buf, (off_t)at);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: read error: %s", name, g_strerror(e));
			g_string_free(s, TRUE);
			return FALSE;
		}
		if (r == 0)
			break;
		if (max && s->len + (size_t)r > max) { /* it grew since it was opened */
			g_set_error(error, TL_ERROR, TL_ERROR_LIMIT, "%s: larger than the limit of %zu bytes",
			            name, max);
			g_string_free(s, TRUE);
			return FALSE;
		}
		g_string_append_len(s, buf, r);
		at += (guint64)r;
	}
	*len = s->len;
	*data = g_string_free(s, FALSE);
	return TRUE;
}

/* The chunk size of the reads: tests make it tiny (TL_EXPORT_CHUNK bytes),
 * so that the walk meets a chunk's end everywhere. */
static size_t
chunk_size(void)
{
	const char *v = g_getenv("TL_EXPORT_CHUNK");
	guint64 n = v ? g_ascii_strtoull(v, NULL, 10) : 0;
	return n > 0 && n <= (1u << 30) ? (size_t)n : 0;
}

/* Report fn's failure on tl: a syntax error (an entry that does not parse)
 * first, as Jansson reading the whole document would have. */
static void
report(TlCli *cli, const char *name, const TlExportTl *tl, const GError *err)
{
	g_autoptr(GError) syntax = NULL;
	if (g_error_matches(err, TL_ERROR, TL_ERROR_JSON))
		tl_cli_error(cli, "%s:%s", name, err->message);
	else if (!tl_export_tl_check(tl, &syntax))
		tl_cli_error(cli, "%s:%s", name, syntax->message);
	else
		tl_cli_error(cli, "%s: %s", name, err->message);
}

/*
 * Run fn over the timeline at path: read in chunks and walked, its entries
 * read one at a time and the output written item by item, when the
 * document's structure is plain; else (and to tell what is wrong when
 * something is) the whole document parsed at once.
 */
static int
run(TlCli *cli, TlExportFunc fn, const TlExportOptions *opt)
{
	g_autoptr(GError) err = NULL;
	const char *path = cli->files && cli->files[0] ? cli->files[0] : "-";
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	Input in;
	if (!input_open(path, name, (size_t)cli->max_size, &in, &err)) {
		tl_cli_error(cli, "%s%s", err->message,
		             err->code == TL_ERROR_LIMIT ? " (raise it with --max-size BYTES)" : "");
		return TL_EXIT_FAIL;
	}
	/* a timeline saved by a Windows editor opens with a byte order mark,
	 * which the JSON Lines stages and tl-merge drop (RFC 8259 allows it):
	 * it was "not valid JSON: '[' or '{' expected near '\xEF\xBB\xBF'" */
	char first[10];
	ssize_t nfirst = pread(in.fd, first, sizeof first, (off_t)in.start);
	const char *bom = nfirst > 0 ? tl_utf_bom_name(first, (size_t)nfirst) : NULL;
	if (bom) {
		tl_cli_error(cli, "%s:1: %s text is not supported (convert it to UTF-8)", name, bom);
		input_close(&in);
		return TL_EXIT_FAIL;
	}
	const char *packed = nfirst > 0 ? tl_compressed_name(first, (size_t)nfirst) : NULL;
	if (packed) {
		tl_cli_error(cli, "%s:1: %s-compressed data, not text (decompress it first)", name, packed);
		input_close(&in);
		return TL_EXIT_FAIL;
	}
	if (nfirst >= 3 && memcmp(first, "\xEF\xBB\xBF", 3) == 0)
		in.start += 3;
	g_autoptr(TlExportTl) tl = tl_export_tl_new_fd(in.fd, in.start, chunk_size());
	g_autoptr(json_t) tree = NULL;
	if (!tl) {
		/* the whole document: its syntax errors, with their line */
		g_autofree char *data = NULL;
		size_t len = 0;
		gboolean ok = input_read_all(&in, (size_t)cli->max_size, &data, &len, name, &err);
		if (!ok)
			tl_cli_error(cli, "%s", err->message);
		if (!ok || jansson_says(cli, name, data, len, &tree)) {
			input_close(&in);
			return TL_EXIT_FAIL;
		}
		if (!(tl = tl_export_tl_new_tree(tree, &err))) {
			tl_cli_error(cli, "%s: %s", name, err->message);
			input_close(&in);
			return TL_EXIT_FAIL;
		}
	}
	TlOutput *o = tl_output_open(cli->output, &err);
	if (!o) {
		tl_cli_error(cli, "%s", err->message);
		input_close(&in);
		return TL_EXIT_FAIL;
	}
	guint left_out = 0;
	TlExportOptions o_run = *opt;
	o_run.left_out = &left_out;
	g_autoptr(GString) buf = g_string_sized_new(1 << 17);
	TlExportOut out = {buf, tl_output_file(o)};
	gboolean ok = fn(tl, &o_run, &out, &err);
	if (!ok)
		report(cli, name, tl, err);
	g_clear_pointer(&tl, tl_export_tl_free);
	input_close(&in);
	if (!ok) {
		tl_output_abort(o);
		return TL_EXIT_FAIL;
	}
	tl_export_out_flush(&out, TRUE);
	if (left_out)
		tl_cli_error(cli, "%s: warning: %u entr%s dated outside the years 1 to 9999 left out "
		             "(the format cannot hold them)", name, left_out, left_out == 1 ? "y" : "ies");
	if (!tl_output_commit(o, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	return TL_EXIT_OK;
}

/* Write one TimeML file atomically. */
static gboolean
write_file(const char *path, const GString *doc, GError **error)
{
	TlOutput *o = tl_output_open(path, error);
	if (!o)
		return FALSE;
	fwrite(doc->str, 1, doc->len, tl_output_file(o));
	return tl_output_commit(o, error);
}

/*
 * --format timeml: records in; one TimeML document out, or with --dir one
 * file per record.  Bad records are reported with file:line; --keep-going
 * goes on past them.
 */
static int
run_timeml(TlCli *cli, const char *dir)
{
	static char *stdin_only[] = {"-", NULL};
	char **files = cli->files && cli->files[0] ? cli->files : stdin_only;
	int status = TL_EXIT_OK;
	guint n = 0;
	g_autoptr(GString) single = g_string_new(NULL);
	g_autoptr(GHashTable) written = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (char **f = files; *f; f++) {
		g_autoptr(GError) err = NULL;
		g_autoptr(TlReader) r = tl_reader_open(*f, (size_t)cli->max_size, &err);
		if (!r) {
			tl_cli_error(cli, "%s", err->message);
			return TL_EXIT_FAIL;
		}
		for (;;) {
			const char *line;
			size_t len;
			g_clear_error(&err);
			TlReadStatus st = tl_reader_next(r, &line, &len, &err);
			if (st == TL_READ_EOF)
				break;
			g_autoptr(TlRecord) rec = NULL;
			g_autoptr(GString) doc = g_string_new(NULL);
			if (st == TL_READ_OK && strspn(line, " \t") == len)
				continue;
			if (st == TL_READ_OK)
				rec = tl_record_parse(line, len, &err);
			guint left_out = 0;
			gboolean ok = rec && tl_export_timeml_record(rec, doc, &left_out, &err);
			/* (left out without a word before, a TLINK still naming them) */
			if (ok && left_out)
				tl_cli_error(cli, "%s:%" G_GUINT64_FORMAT ": warning: %u timexes or events "
				             "left out (crossing another, nested over 64 deep, or an id "
				             "used twice)", tl_reader_name(r), tl_reader_lineno(r), left_out);
			if (ok && dir) {
				/* two records of one file name (an id repeated, or "a/b"
				 * and "a_b"): the second wrote over the first unsaid */
				g_autofree char *name = tl_export_timeml_name(rec, 1);
				guint k = 1;
				while (g_hash_table_contains(written, name)) {
					g_free(name);
					name = tl_export_timeml_name(rec, ++k);
				}
				if (k > 1) {
					g_autofree char *first = tl_export_timeml_name(rec, 1);
					tl_cli_error(cli, "%s:%" G_GUINT64_FORMAT ": warning: %s was written "
					             "for an earlier record; this one goes to %s",
					             tl_reader_name(r), tl_reader_lineno(r), first, name);
				}
				g_hash_table_add(written, g_strdup(name));
				g_autofree char *path = g_build_filename(dir, name, NULL);
				/* records read from DIR's own .tml files would replace
				 * their source, the annotated original */
				if (tl_same_file(tl_record_get_string(rec, "source", NULL), path)) {
					g_set_error(&err, TL_ERROR, TL_ERROR_RECORD, "%s is this record's source; "
					            "not written over (choose another --dir)", path);
					ok = FALSE;
				} else
					ok = write_file(path, doc, &err);
			} else if (ok && n++ == 0)
				g_string_assign(single, doc->str);
			else if (ok) {
				tl_cli_error(cli, "%s:%" G_GUINT64_FORMAT ": more than one record: give --dir DIR "
				             "for one .tml file each", tl_reader_name(r), tl_reader_lineno(r));
				return TL_EXIT_USAGE;
			}
			if (!ok && st == TL_READ_ERROR) /* it names the file */
				tl_cli_error(cli, "%s", err->message);
			else if (!ok)
				tl_cli_error(cli, "%s:%" G_GUINT64_FORMAT ": %s", tl_reader_name(r),
				             tl_reader_lineno(r), err->message);
			if (!ok) {
				status = TL_EXIT_FAIL;
				if (!cli->keep_going)
					return status;
				if (st == TL_READ_ERROR)
					break; /* with -k, on to the next file */
			}
		}
	}
	if (!dir) {
		g_autoptr(GError) err = NULL;
		if (!write_file(cli->output, single, &err)) {
			tl_cli_error(cli, "%s", err->message);
			return TL_EXIT_FAIL;
		}
	}
	return status;
}

int
main(int argc, char **argv)
{
	TlCli cli = {.prog = "tl-export", .group = "export"};
	g_autofree char *format = NULL, *group = NULL, *title = NULL, *dir = NULL;
	const GOptionEntry entries[] = {
		{"format", 'f', 0, G_OPTION_ARG_STRING, &format,
		 "timelinejs, vis, html, csv, ics, mermaid, or timeml (from records) (required)", "FORMAT"},
		{"group", 'g', 0, G_OPTION_ARG_STRING, &group,
		 "Group entries by 'document' or 'participant' (timelinejs, vis: their groups; html: a "
		 "choice of group; csv: a last column; ics: CATEGORIES; mermaid: after each headline)",
		 "BY"},
		{"title", 0, 0, G_OPTION_ARG_STRING, &title, "Title instead of the timeline's", "TEXT"},
		{"dir", 'd', 0, G_OPTION_ARG_FILENAME, &dir,
		 "timeml: write DIR/<id>.tml per record (needed for several records)", "DIR"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	int rc = tl_cli_parse(&cli, argc, argv, entries, "[TIMELINE | RECORDS...]",
	                      "Export a timeline (tl-merge output) for timeline tools, or records "
	                      "as TimeML.");
	if (rc >= 0)
		goto out;
	if (format && strcmp(format, "timeml") == 0) {
		if (dir && !g_file_test(dir, G_FILE_TEST_IS_DIR)) {
			tl_cli_error(&cli, "--dir: '%s' is not a folder", dir);
			rc = TL_EXIT_USAGE;
		} else if (dir && cli.output) { /* (it was not written, without a word) */
			tl_cli_error(&cli, "-o '%s' and --dir: --dir writes a .tml file a record and -o "
			             "nothing (give one of them)", cli.output);
			rc = TL_EXIT_USAGE;
		} else
			rc = run_timeml(&cli, dir);
		goto out;
	}
	rc = TL_EXIT_USAGE;
	if (dir && !(cli.conf && g_key_file_has_key(cli.conf, "export", "dir", NULL))) {
		/* given on the command line (it was ignored without a word); a
		 * config's dir= is for its timeml exports, kept for the others */
		tl_cli_error(&cli, "--dir is for --format timeml (give -o FILE for %s)",
		             format ? format : "the other formats");
		goto out;
	}
	TlExportFunc fn = NULL;
	for (size_t i = 0; format && i < G_N_ELEMENTS(formats); i++)
		if (strcmp(format, formats[i].name) == 0)
			fn = formats[i].fn;
	if (!fn) {
		tl_cli_error(&cli, format ? "unknown format '%s' (timelinejs, vis, html, csv, ics, mermaid, timeml)"
		                          : "--format is required (timelinejs, vis, html, csv, ics, mermaid, timeml)%s",
		             format ? format : "");
		goto out;
	}
	TlExportOptions opt = {TL_GROUP_NONE, title, NULL};
	if (group && strcmp(group, "document") == 0)
		opt.group = TL_GROUP_DOCUMENT;
	else if (group && strcmp(group, "participant") == 0)
		opt.group = TL_GROUP_PARTICIPANT;
	else if (group) {
		tl_cli_error(&cli, "--group must be 'document' or 'participant', not '%s'", group);
		goto out;
	}
	if (cli.files && cli.files[0] && cli.files[1]) {
		tl_cli_error(&cli, "one TIMELINE at most (merge several with tl-merge first)");
		goto out;
	}
	rc = run(&cli, fn, &opt);
out:
	tl_cli_clear(&cli);
	return rc;
}
