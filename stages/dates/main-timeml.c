/*
 * tl-timeml: write each record (with its timexes, and events if any) as a
 * TimeML file DIR/<id>.tml, through the kit's TimeML writer, for TempEval
 * tools (scripts/eval-tempeval.sh --via-tml).  The records themselves pass
 * through to the output unchanged.
 */
#include <string.h>
#include "tl/cli.h"
#include "tl/timeml.h"

typedef struct {
	const TlCli *cli;
	const char *dir;
	GHashTable *written; /* the file names written so far */
} Run;

static gboolean
write_one(TlRecord *rec, gpointer data, GError **error)
{
	Run *run = data;
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	const char *id = tl_record_get_string(rec, "id", NULL);
	if (!text || !id || !*id) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "record needs a string 'id' and 'text'");
		return FALSE;
	}
	/* the names tl-export --format timeml gives: two records of one id
	 * (or "a/b" and "a_b") wrote one file, the first lost without a word;
	 * an id of 300 bytes failed ("File name too long") */
	g_autofree char *name = tl_timeml_file_name(id, 1);
	guint k = 1;
	while (g_hash_table_contains(run->written, name)) {
		g_free(name);
		name = tl_timeml_file_name(id, ++k);
	}
	if (k > 1) {
		char where[512] = "";
		g_autofree char *first = tl_timeml_file_name(id, 1);
		tl_reader_where(where, sizeof where);
		tl_cli_error(run->cli,
		             "%s: warning: %s was written for an earlier record; this one goes to %s",
		             where, first, name);
	}
	g_hash_table_add(run->written, g_strdup(name));
	g_autofree char *file = g_build_filename(run->dir, name, NULL);
	/* records read from DIR's own .tml files (tl-normalize of a folder's .tml
	 * files, then -d that folder) would replace their source, the annotated original */
	if (tl_same_file(tl_record_get_string(rec, "source", NULL), file)) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            "%s is this record's source; not written over (choose another --dir)", file);
		return FALSE;
	}
	g_autoptr(GString) out = g_string_new(NULL);
	guint left_out = 0;
	if (!tl_timeml_write(out, id, tl_record_get_string(rec, "dct", NULL), text, len,
	                     tl_record_get(rec, "timexes"), tl_record_get(rec, "events"), &left_out,
	                     error))
		return FALSE;
	/* (left out without a word before, a TLINK still naming them) */
	if (left_out) {
		char where[512] = "";
		tl_reader_where(where, sizeof where);
		tl_cli_error(run->cli, "%s: warning: %u timexes or events left out (crossing another, "
		             "nested over 64 deep, or an id used twice)", where, left_out);
	}
	/* through the kit's atomic output, as tl-export -f timeml -d writes:
	 * g_file_set_contents replaced a link DIR/<id>.tml by a file (where
	 * -o keeps the link), said GLib's "Failed to rename file “...XXXXXX”",
	 * and a signal left its temporary file behind */
	TlOutput *o = tl_output_open(file, error);
	if (!o)
		return FALSE;
	fwrite(out->str, 1, out->len, tl_output_file(o));
	return tl_output_commit(o, error);
}

int
main(int argc, char **argv)
{
	char *dir = NULL;
	const GOptionEntry entries[] = {
		{"dir", 'd', 0, G_OPTION_ARG_FILENAME, &dir, "Folder to write the .tml files to", "DIR"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	TlCli cli = {.prog = "tl-timeml", .group = "timeml"};
	int st = tl_cli_parse(&cli, argc, argv, entries, "[FILE...]",
	                      "Write each record as a TimeML document DIR/<id>.tml.");
	if (st < 0) {
		if (!dir || !g_file_test(dir, G_FILE_TEST_IS_DIR)) {
			if (dir) /* named, as tl-export names it */
				tl_cli_error(&cli, "--dir: '%s' is not a folder", dir);
			else
				tl_cli_error(&cli, "--dir DIR is needed (an existing folder for the .tml files)");
			st = TL_EXIT_USAGE;
		} else {
			GHashTable *written = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
			Run run = {&cli, dir, written};
			st = tl_cli_map_records(&cli, write_one, &run);
			g_hash_table_unref(run.written);
		}
	}
	g_free(dir);
	tl_cli_clear(&cli);
	return st;
}
