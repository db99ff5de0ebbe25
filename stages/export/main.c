/*
 * tl-export: a timeline (tl-merge output) in the formats people draw
 * timelines with: TimelineJS3 JSON, vis-timeline items and groups, one
 * offline HTML page, CSV, iCalendar, a Mermaid timeline block.
 */
#include <errno.h>
#include <string.h>
#include "tl/cli.h"
#include "tl/record.h"
#include "export.h"

static const struct {
	const char *name;
	TlExportFunc fn;
} formats[] = {
	{"timelinejs", tl_export_timelinejs}, {"vis", tl_export_vis}, {"html", tl_export_html},
	{"csv", tl_export_csv},               {"ics", tl_export_ics}, {"mermaid", tl_export_mermaid},
};

static int
run(TlCli *cli, TlExportFunc fn, const TlExportOptions *opt)
{
	g_autoptr(GError) err = NULL;
	const char *path = cli->files && cli->files[0] ? cli->files[0] : "-";
	g_autofree char *data = NULL;
	size_t len;
	if (!tl_read_file(path, (size_t)cli->max_size, &data, &len, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	json_error_t jerr;
	g_autoptr(json_t) tl = json_loadb(data, len, 0, &jerr);
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	if (!tl && strstr(jerr.text, "end of file expected")) {
		tl_cli_error(cli, "%s:%d: not a timeline: more than one JSON value (records? merge "
		             "them with tl-merge first)", name, jerr.line);
		return TL_EXIT_FAIL;
	}
	if (!tl) {
		tl_cli_error(cli, "%s:%d: not valid JSON: %s", name, jerr.line, jerr.text);
		return TL_EXIT_FAIL;
	}
	g_autoptr(GString) out = g_string_new(NULL);
	if (!fn(tl, opt, out, &err)) {
		tl_cli_error(cli, "%s: %s", name, err->message);
		return TL_EXIT_FAIL;
	}
	TlOutput *o = tl_output_open(cli->output, &err);
	if (!o) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	fwrite(out->str, 1, out->len, tl_output_file(o));
	if (!tl_output_commit(o, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	return TL_EXIT_OK;
}

int
main(int argc, char **argv)
{
	TlCli cli = {.prog = "tl-export", .group = "export"};
	g_autofree char *format = NULL, *group = NULL, *title = NULL;
	const GOptionEntry entries[] = {
		{"format", 'f', 0, G_OPTION_ARG_STRING, &format,
		 "timelinejs, vis, html, csv, ics or mermaid (required)", "FORMAT"},
		{"group", 'g', 0, G_OPTION_ARG_STRING, &group,
		 "Group entries by 'document' or 'participant' (timelinejs, vis)", "BY"},
		{"title", 0, 0, G_OPTION_ARG_STRING, &title, "Title instead of the timeline's", "TEXT"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	int rc = tl_cli_parse(&cli, argc, argv, entries, "[TIMELINE]",
	                      "Export a timeline (tl-merge output) for timeline tools.");
	if (rc >= 0)
		goto out;
	rc = TL_EXIT_USAGE;
	TlExportFunc fn = NULL;
	for (size_t i = 0; format && i < G_N_ELEMENTS(formats); i++)
		if (strcmp(format, formats[i].name) == 0)
			fn = formats[i].fn;
	if (!fn) {
		tl_cli_error(&cli, format ? "unknown format '%s' (timelinejs, vis, html, csv, ics, mermaid)"
		                          : "--format is required (timelinejs, vis, html, csv, ics, mermaid)%s",
		             format ? format : "");
		goto out;
	}
	TlExportOptions opt = {TL_GROUP_NONE, title};
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
