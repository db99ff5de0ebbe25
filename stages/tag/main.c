/*
 * tl-tag: the language layer as a program.  For plain text, or for JSON Lines
 * records (their "text"), prints tokens, lemmas, tags and names as CoNLL-U
 * (--format conllu, the default), or adds "tokens" and "entities" layers to
 * each record (--format record).
 */
#include <stdio.h>
#include <string.h>
#include "../common/tag-annotate.h"
#include "tl/cli.h"
#include "tl/utf8.h"

static char *opt_format = NULL;
static char *opt_input = NULL;

static const GOptionEntry entries[] = {
	{"format", 'f', 0, G_OPTION_ARG_STRING, &opt_format,
	 "output: conllu (default) or record", "FORMAT"},
	{"input", 'i', 0, G_OPTION_ARG_STRING, &opt_input,
	 "input: auto (default: records if it starts with '{'), text or records", "KIND"},
	{NULL, 0, 0, 0, NULL, NULL, NULL},
};

/* The most of its output buffer tl-tag keeps from one record to the next. */
#define BUF_KEEP (1 << 20)

typedef struct {
	TlAnnot annot;
	gboolean conllu;
	GString *buf;
	guint64 n_docs;
} Run;

/* The record's sentence spans, when it has valid ones; else none. */
static GArray *
record_sentences(TlRecord *rec, size_t len)
{
	json_t *s = tl_record_get(rec, "sentences");
	if (!json_is_array(s))
		return NULL;
	GArray *spans = g_array_new(FALSE, FALSE, sizeof(TlSpan));
	size_t i;
	json_t *v;
	guint32 prev = 0;
	json_array_foreach(s, i, v)
	{
		json_t *a = json_array_get(v, 0), *b = json_array_get(v, 1);
		json_int_t x = json_integer_value(a), y = json_integer_value(b);
		if (!json_is_integer(a) || !json_is_integer(b) || x < prev || y < x || (size_t)y > len) {
			g_array_free(spans, TRUE);
			return NULL;
		}
		TlSpan sp = {(guint32)x, (guint32)y};
		g_array_append_val(spans, sp);
		prev = (guint32)y;
	}
	return spans;
}

static gboolean
annotate_record(TlRecord *rec, Run *run, GError **error)
{
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	if (!text) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "the record has no \"text\" string");
		return FALSE;
	}
	if (len > G_MAXUINT32 / 2) {
		g_set_error(error, TL_ERROR, TL_ERROR_LIMIT, "the text is too long");
		return FALSE;
	}
	GArray *spans = record_sentences(rec, len);
	tl_annot_run(&run->annot, text, len, spans ? (TlSpan *)spans->data : NULL,
	             spans ? spans->len : 0);
	if (spans)
		g_array_free(spans, TRUE);
	return TRUE;
}

/* Set the record's layers, written as raw JSON in run->buf (which is
 * emptied, and given back when a big document made it big: the record
 * holds a copy, and the writer makes another). */
static void
set_layers(TlRecord *rec, Run *run)
{
	g_string_truncate(run->buf, 0);
	tl_annot_tokens_raw(&run->annot, run->buf, NULL);
	tl_record_set_raw(rec, "tokens", run->buf->str, run->buf->len);
	g_string_truncate(run->buf, 0);
	tl_annot_entities_raw(&run->annot, run->buf, NULL);
	tl_record_set_raw(rec, "entities", run->buf->str, run->buf->len);
	g_string_truncate(run->buf, 0);
	if (run->buf->allocated_len > BUF_KEEP) {
		g_string_free(run->buf, TRUE);
		run->buf = g_string_sized_new(BUF_KEEP);
	}
}

static gboolean
map_fn(TlRecord *rec, gpointer data, GError **error)
{
	Run *run = data;
	if (!annotate_record(rec, run, error))
		return FALSE;
	set_layers(rec, run);
	return TRUE;
}

/* A text as the record {"text", "tokens", "entities"}, the bytes
 * tl_record_write would give, written to fp as it is made: the record of a
 * big text is about fifteen times its size. */
static gboolean
write_text_record(Run *run, const char *text, size_t len, FILE *fp)
{
	GString *out = run->buf;
	g_string_assign(out, "{\"text\":");
	tl_annot_json_string(out, text, len);
	tl_annot_put(out, ",\"tokens\":", 10);
	if (!tl_annot_tokens_raw(&run->annot, out, fp))
		return FALSE;
	tl_annot_put(out, ",\"entities\":", 12);
	if (!tl_annot_entities_raw(&run->annot, out, fp))
		return FALSE;
	tl_annot_put(out, "}\n", 2);
	return fwrite(out->str, 1, out->len, fp) == out->len;
}

static gboolean
looks_like_records(const char *data, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!g_ascii_isspace(data[i]))
			return data[i] == '{';
	return FALSE;
}

/* Anything but white space in data? */
static gboolean
looks_like_text(const char *data, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if (!g_ascii_isspace(data[i]))
			return TRUE;
	return FALSE;
}

/* Why a text that starts with "{" was read as records, as tl-normalize says. */
static const char read_as_records[] =
        " (read as records since it starts with \"{\"; --input text reads it as text)";

/* One whole input as text (or as records printed as CoNLL-U). */
static gboolean
run_file(TlCli *cli, Run *run, const char *path, FILE *fp)
{
	g_autoptr(GError) err = NULL;
	g_autofree char *data = NULL;
	size_t len = 0;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (!tl_read_file(path, (size_t)cli->max_size, &data, &len, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return FALSE;
	}
	/* a UTF-8 byte order mark (Windows tools write one) opening the input
	 * is no text, as tl-normalize and the record readers drop it: records
	 * after one were tagged as one text (the JSON itself), exit 0 */
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
		memmove(data, data + 3, len - 3);
		len -= 3;
		data[len] = '\0';
	}
	gboolean records = opt_input && strcmp(opt_input, "records") == 0;
	gboolean guessed = !opt_input || strcmp(opt_input, "auto") == 0;
	if (guessed)
		records = looks_like_records(data, len);
	if (!records) {
		size_t bad = 0;
		g_autofree char *clean = NULL;
		const char *bom = tl_utf_bom_name(data, len);
		if (bom) {
			tl_cli_error(cli, "%s: %s text is not supported (convert it to UTF-8)", name, bom);
			return FALSE;
		}
		/* (tagged as U+FFFD soup, with a warning, exit 0) */
		const char *packed = tl_compressed_name(data, len);
		if (packed) {
			tl_cli_error(cli, "%s: %s-compressed data, not text (decompress it first)", name, packed);
			return FALSE;
		}
		if (!tl_utf8_validate(data, len, &bad)) {
			/* repaired as before, but not without a word */
			tl_cli_error(cli,
			             "%s: warning: %s at byte %zu: invalid sequences replaced with U+FFFD, "
			             "control characters dropped",
			             name, data[bad] ? "invalid UTF-8" : "a NUL byte", bad);
			clean = tl_utf8_clean(data, len, &len, NULL);
			g_free(data);
			data = g_steal_pointer(&clean);
		}
		/* no text (an empty input, white space alone) is no record, as
		 * every stage answers it: it was {"text":"","tokens":[],...}, a
		 * record of no "id", which tl-merge refused (through the driver,
		 * from the pipeline that was dealt no record) */
		if (!run->conllu && !looks_like_text(data, len))
			return TRUE;
		run->n_docs++;
		tl_annot_run(&run->annot, data, len, NULL, 0);
		g_string_truncate(run->buf, 0);
		if (run->conllu) {
			g_autofree char *id = g_path_get_basename(name);
			tl_annot_conllu(&run->annot, id, run->buf);
		} else {
			return write_text_record(run, data, len, fp);
		}
		return fwrite(run->buf->str, 1, run->buf->len, fp) == run->buf->len;
	}
	/* records: to CoNLL-U, one "# newdoc id" block per record, or back
	 * with their layers (the whole input read at once; -i records streams) */
	gboolean ok = TRUE;
	guint64 lineno = 0;
	for (char *line = data, *end = data + len; line < end;) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t ll = nl ? (size_t)(nl - line) : (size_t)(end - line);
		lineno++;
		gboolean blank = TRUE;
		for (size_t i = 0; i < ll && blank; i++)
			blank = g_ascii_isspace(line[i]);
		if (!blank) {
			g_clear_error(&err);
			g_autoptr(TlRecord) rec = tl_record_parse(line, ll, &err);
			if (!rec || !annotate_record(rec, run, &err)) {
				/* text that happens to start with "{", as tl-normalize says */
				tl_cli_error(cli, "%s:%" G_GUINT64_FORMAT ": %s%s", name, lineno,
				             err->message,
				             guessed && !rec && lineno == 1 ? read_as_records : "");
				ok = FALSE;
				if (!cli->keep_going)
					return FALSE;
			} else if (!run->conllu) {
				set_layers(rec, run);
				g_string_truncate(run->buf, 0);
				tl_record_write(rec, run->buf);
				if (fwrite(run->buf->str, 1, run->buf->len, fp) != run->buf->len)
					return FALSE;
			} else {
				const char *id = tl_record_get_string(rec, "id", NULL);
				g_autofree char *dflt = g_strdup_printf("doc%" G_GUINT64_FORMAT, ++run->n_docs);
				g_string_truncate(run->buf, 0);
				/* an id with a line break wrote token lines of its own */
				g_string_append(run->buf, "# newdoc id = ");
				tl_annot_append_clean(run->buf, id ? id : dflt, strlen(id ? id : dflt));
				g_string_append_c(run->buf, '\n');
				tl_annot_conllu(&run->annot, id ? id : dflt, run->buf);
				if (fwrite(run->buf->str, 1, run->buf->len, fp) != run->buf->len)
					return FALSE;
			}
		}
		line += ll + 1;
	}
	return ok;
}

int
main(int argc, char **argv)
{
	TlCli cli = {.prog = "tl-tag", .group = "tag"};
	int rc = tl_cli_parse(&cli, argc, argv, entries, "[FILE...]",
	                      "Tag text or records: tokens, lemmas, UPOS/XPOS tags and names.");
	if (rc >= 0) {
		tl_cli_clear(&cli);
		return rc;
	}
	if (opt_format && strcmp(opt_format, "conllu") != 0 && strcmp(opt_format, "record") != 0) {
		tl_cli_error(&cli, "bad --format '%s': conllu or record", opt_format);
		tl_cli_clear(&cli);
		return TL_EXIT_USAGE;
	}
	if (opt_input && strcmp(opt_input, "auto") != 0 && strcmp(opt_input, "text") != 0 &&
	    strcmp(opt_input, "records") != 0) {
		tl_cli_error(&cli, "bad --input '%s': auto, text or records", opt_input);
		tl_cli_clear(&cli);
		return TL_EXIT_USAGE;
	}
	g_autoptr(GError) err = NULL;
	Run run = {.conllu = !opt_format || strcmp(opt_format, "conllu") == 0,
	           .buf = g_string_new(NULL)};
	if (!tl_annot_init(&run.annot, &err)) {
		tl_cli_error(&cli, "cannot load the language models: %s", err->message);
		tl_cli_clear(&cli);
		return TL_EXIT_FAIL;
	}
	gboolean records_in = opt_input && strcmp(opt_input, "records") == 0;
	if (!run.conllu && records_in) {
		/* the fast path: records in, records out, fields spliced */
		rc = tl_cli_map_records(&cli, map_fn, &run);
	} else {
		TlOutput *out = tl_output_open(cli.output, &err);
		rc = TL_EXIT_OK;
		if (!out) {
			tl_cli_error(&cli, "%s", err->message);
			rc = TL_EXIT_FAIL;
		} else {
			static char *stdin_only[] = {"-", NULL};
			char **files = cli.files && cli.files[0] ? cli.files : stdin_only;
			gboolean write_failed = FALSE;
			for (char **f = files; *f; f++)
				if (!run_file(&cli, &run, *f, tl_output_file(out))) {
					rc = TL_EXIT_FAIL;
					/* a failed write (a full disk) is said by the
					 * commit, which removes the file (it failed
					 * without a word, exit 1) */
					write_failed = ferror(tl_output_file(out)) != 0;
					if (write_failed || !cli.keep_going)
						break;
				}
			if (rc != TL_EXIT_OK && !cli.keep_going && !write_failed) {
				tl_output_abort(out);
			} else if (!tl_output_commit(out, &err)) {
				tl_cli_error(&cli, "%s", err->message);
				rc = TL_EXIT_FAIL;
			}
		}
	}
	tl_annot_clear(&run.annot);
	g_string_free(run.buf, TRUE);
	tl_cli_clear(&cli);
	return rc;
}
