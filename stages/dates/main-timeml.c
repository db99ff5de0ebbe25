/*
 * tl-timeml: write each record (with its timexes, and events if any) as a
 * TimeML file DIR/<id>.tml, through the kit's TimeML writer, for TempEval
 * tools (scripts/eval-tempeval.sh --via-tml).  The records themselves pass
 * through to the output unchanged.
 */
#include <string.h>
#include "tl/cli.h"
#include "tl/timeml.h"

static gboolean
write_one(TlRecord *rec, gpointer data, GError **error)
{
	const char *dir = data;
	size_t len = 0;
	const char *text = tl_record_get_string(rec, "text", &len);
	const char *id = tl_record_get_string(rec, "id", NULL);
	if (!text || !id || !*id) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD, "record needs a string 'id' and 'text'");
		return FALSE;
	}
	g_autofree char *name = g_strdup(id);
	g_strdelimit(name, "/\\", '_');
	g_autofree char *file = g_strdup_printf("%s/%s.tml", dir, name);
	/* records read from DIR's own .tml files (tl-normalize of a folder's .tml
	 * files, then -d that folder) would replace their source, the annotated original */
	if (tl_same_file(tl_record_get_string(rec, "source", NULL), file)) {
		g_set_error(error, TL_ERROR, TL_ERROR_RECORD,
		            "%s is this record's source; not written over (choose another --dir)", file);
		return FALSE;
	}
	g_autoptr(GString) out = g_string_new(NULL);
	if (!tl_timeml_write(out, id, tl_record_get_string(rec, "dct", NULL), text, len,
	                     tl_record_get(rec, "timexes"), tl_record_get(rec, "events"), NULL, error))
		return FALSE;
	return g_file_set_contents(file, out->str, (gssize)out->len, error);
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
		} else
			st = tl_cli_map_records(&cli, write_one, dir);
	}
	g_free(dir);
	tl_cli_clear(&cli);
	return st;
}
