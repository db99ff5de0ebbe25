/*
 * The common command line and the record loop.  pipeline.conf supplies
 * defaults for the stage's long options; an option given on the command line
 * wins, so the file is applied only to the options argv does not name.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tl/cli.h"
#include "tl/resource.h"
#include "tl/utf8.h"
#include "kit.h"

/*
 * The line is made whole first and written at once: standard error is
 * unbuffered, so three calls were three writes, and the stages of two
 * pipelines (timeline --jobs 2) that refused one bad option together wrote
 * "tl-dates: tl-dates: --mode: ...", then a line without its program.  A
 * control character in the message (a file named "a<LF>b.txt", a value
 * holding a newline), a Unicode line end (U+0085, U+2028, U+2029) and a byte
 * that is not UTF-8 are written as escapes, so that the message stays one
 * line of text that starts with the program's name.
 */
enum { TL_MSG_MAX = 4096 };

void
tl_print_errorv(const char *prog, const char *fmt, va_list ap)
{
	fflush(stdout);
	g_autofree char *msg = g_strdup_vprintf(fmt, ap);
	GString *line = g_string_sized_new(strlen(prog) + strlen(msg) + 8);
	g_string_append(line, prog);
	g_string_append(line, ": ");
	size_t n = strlen(msg);
	while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == '\r'))
		n--; /* a message that ends its own line (libxml2's, GLib's) */
	/* a message quoting a huge value (a 3 MB line of pipeline.conf, a 3 MB
	 * option) was written whole: its middle is cut, on character
	 * boundaries, keeping the start (program, file, line) and the end
	 * (what is wrong) */
	size_t head = n, tail_at = n;
	if (n > TL_MSG_MAX) {
		head = TL_MSG_MAX / 2;
		while (head > 0 && ((unsigned char)msg[head] & 0xc0) == 0x80)
			head--;
		tail_at = n - TL_MSG_MAX / 4;
		while (tail_at < n && ((unsigned char)msg[tail_at] & 0xc0) == 0x80)
			tail_at++;
	}
	for (size_t i = 0; i < n; i++) {
		if (i >= head && i < tail_at) {
			g_string_append_printf(line, "[... %zu bytes cut ...]", tail_at - head);
			i = tail_at;
			if (i >= n)
				break;
		}
		unsigned char c = (unsigned char)msg[i];
		if (c == '\n')
			g_string_append(line, "\\n");
		else if (c == '\r')
			g_string_append(line, "\\r");
		else if ((c < 0x20 && c != '\t') || c == 0x7f)
			g_string_append_printf(line, "\\x%02x", c);
		else if (c < 0x80)
			g_string_append_c(line, (char)c);
		else {
			/* past ASCII: a byte that is not UTF-8 (a file name in
			 * Latin-1) is escaped, so the line is text; NEL, U+2028 and
			 * U+2029 too, which Unicode (and Python's splitlines) take
			 * for line ends */
			gunichar u = g_utf8_get_char_validated(msg + i, (gssize)(n - i));
			if (u == (gunichar)-1 || u == (gunichar)-2)
				g_string_append_printf(line, "\\x%02x", c);
			else if (u == 0x85 || u == 0x2028 || u == 0x2029)
				g_string_append_printf(line, "\\u%04x", u);
			else
				g_string_append_len(line, msg + i, g_utf8_next_char(msg + i) - (msg + i));
			if (u != (gunichar)-1 && u != (gunichar)-2)
				i += (size_t)(g_utf8_next_char(msg + i) - (msg + i)) - 1;
		}
	}
	g_string_append_c(line, '\n');
	fputs(line->str, stderr);
	g_string_free(line, TRUE);
}

void
tl_print_error(const char *prog, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tl_print_errorv(prog, fmt, ap);
	va_end(ap);
}

void
tl_cli_error(const TlCli *cli, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	tl_print_errorv(cli->prog, fmt, ap);
	va_end(ap);
}

/* Does argv name the option (long --name[=v], or short -c[v])? */
static gboolean
argv_names(int argc, char **argv, const GOptionEntry *e)
{
	size_t ln = strlen(e->long_name);
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--") == 0)
			break;
		if (a[0] == '-' && a[1] == '-' && strncmp(a + 2, e->long_name, ln) == 0 &&
		    (a[2 + ln] == '\0' || a[2 + ln] == '='))
			return TRUE;
		if (e->short_name && a[0] == '-' && a[1] == e->short_name)
			return TRUE;
	}
	return FALSE;
}

/* Set one option from the config file; FALSE with error if the value is bad. */
static gboolean
apply_conf(GKeyFile *kf, const char *group, const GOptionEntry *e, GError **error)
{
	const char *k = e->long_name;
	switch (e->arg) {
	case G_OPTION_ARG_NONE: {
		gboolean v = g_key_file_get_boolean(kf, group, k, error);
		if (error && *error)
			return FALSE;
		*(gboolean *)e->arg_data = e->flags & G_OPTION_FLAG_REVERSE ? !v : v;
		return TRUE;
	}
	case G_OPTION_ARG_STRING:
	case G_OPTION_ARG_FILENAME: {
		char *v = g_key_file_get_string(kf, group, k, error);
		if (!v)
			return FALSE;
		*(char **)e->arg_data = v;
		return TRUE;
	}
	case G_OPTION_ARG_INT: {
		int v = g_key_file_get_integer(kf, group, k, error);
		if (error && *error)
			return FALSE;
		*(int *)e->arg_data = v;
		return TRUE;
	}
	case G_OPTION_ARG_INT64: {
		gint64 v = g_key_file_get_int64(kf, group, k, error);
		if (error && *error)
			return FALSE;
		*(gint64 *)e->arg_data = v;
		return TRUE;
	}
	case G_OPTION_ARG_DOUBLE: {
		double v = g_key_file_get_double(kf, group, k, error);
		if (error && *error)
			return FALSE;
		*(double *)e->arg_data = v;
		return TRUE;
	}
	default:
		return TRUE;
	}
}

static const GOptionEntry *
find_entry(const GOptionEntry *tables[], const char *name)
{
	for (int t = 0; tables[t]; t++)
		for (const GOptionEntry *e = tables[t]; e->long_name; e++)
			if (strcmp(e->long_name, name) == 0)
				return e;
	return NULL;
}

/*
 * Read the config file into kf.  Opened without blocking, so that a FIFO
 * nobody writes is refused at once (g_key_file_load_from_file waited in
 * open() for ever, then refused it anyway); a UTF-8 byte order mark, which
 * Windows editors write, is dropped (GLib read "\xEF\xBB\xBF[timeline]" as
 * a bad line), and UTF-16 or UTF-32 is named.
 */
static gboolean
config_load(GKeyFile *kf, const char *path, GError **error)
{
	enum { MAX_CONFIG = 16 << 20 };
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	struct stat st;
	if (fd < 0 || fstat(fd, &st) != 0) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		g_set_error_literal(error, G_FILE_ERROR, g_file_error_from_errno(e), g_strerror(e));
		return FALSE;
	}
	if (!S_ISREG(st.st_mode) || st.st_size > MAX_CONFIG) {
		close(fd);
		g_set_error_literal(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
		                    S_ISREG(st.st_mode) ? "larger than 16 MiB (not a pipeline.conf?)"
		                                        : "Not a regular file");
		return FALSE;
	}
	g_autofree char *buf = g_malloc((size_t)st.st_size + 1);
	size_t len = 0;
	while (len <= (size_t)st.st_size) {
		ssize_t r = read(fd, buf + len, (size_t)st.st_size + 1 - len);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			int e = errno;
			close(fd);
			g_set_error_literal(error, G_FILE_ERROR, g_file_error_from_errno(e), g_strerror(e));
			return FALSE;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	const char *bom = tl_utf_bom_name(buf, len);
	if (bom) {
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
		            "%s text is not supported (convert it to UTF-8)", bom);
		return FALSE;
	}
	/* GKeyFile ends a value at a NUL byte: "name=abc<NUL>def" was the
	 * name "abc", without a word */
	const char *nul = memchr(buf, 0, len);
	if (nul) {
		guint line = 1;
		for (const char *c = buf; c < nul; c++)
			line += *c == '\n';
		g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
		            "line %u: NUL byte (not a text file?)", line);
		return FALSE;
	}
	const char *data = buf;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		data += 3, len -= 3;
	return g_key_file_load_from_data(kf, data, len, G_KEY_FILE_NONE, error);
}

/*
 * The driver, which every run of the pipeline goes through, names a group
 * no program reads: "[Dates]" or "[date]" was ignored without a word, where
 * an unknown key gets a warning.
 */
static void
warn_unknown_groups(TlCli *cli)
{
	static const char *const known[] = {"timeline", "normalize", "dates",       "events",
	                                    "merge",    "export",    "tag",         "timeml",
	                                    "eval-tokens", "train-events"};
	if (strcmp(cli->group, "timeline") != 0)
		return;
	g_auto(GStrv) groups = g_key_file_get_groups(cli->conf, NULL);
	for (char **g = groups; g && *g; g++) {
		gboolean ok = FALSE;
		for (size_t i = 0; i < G_N_ELEMENTS(known) && !ok; i++)
			ok = strcmp(*g, known[i]) == 0;
		if (!ok)
			tl_cli_error(cli, "warning: %s: unknown group [%s] ignored", cli->config, *g);
	}
}

/* Load --config and apply its [group] to the options argv does not name. */
static int
load_config(TlCli *cli, int argc, char **argv, const GOptionEntry *tables[])
{
	g_autoptr(GError) err = NULL;
	cli->conf = g_key_file_new();
	if (!config_load(cli->conf, cli->config, &err)) {
		tl_cli_error(cli, "%s: %s", cli->config, err->message);
		return TL_EXIT_USAGE;
	}
	warn_unknown_groups(cli);
	if (!g_key_file_has_group(cli->conf, cli->group))
		return -1;
	g_auto(GStrv) keys = g_key_file_get_keys(cli->conf, cli->group, NULL, NULL);
	/* a group written twice lists a key once per time: apply it once (it
	 * has the last value), or a string option's first copy would leak */
	g_autoptr(GHashTable) seen = g_hash_table_new(g_str_hash, g_str_equal);
	for (char **k = keys; k && *k; k++) {
		if (!g_hash_table_add(seen, *k))
			continue;
		const GOptionEntry *e = find_entry(tables, *k);
		if (!e || strcmp(*k, "config") == 0 || strcmp(*k, "output") == 0 ||
		    strcmp(*k, "version") == 0 || strcmp(*k, "files0-from") == 0) {
			tl_cli_error(cli, "warning: %s: [%s]: unknown key '%s' ignored", cli->config,
			             cli->group, *k);
			continue;
		}
		if (argv_names(argc, argv, e))
			continue;
		if (!apply_conf(cli->conf, cli->group, e, &err)) {
			tl_cli_error(cli, "%s: [%s] %s: %s", cli->config, cli->group, *k, err->message);
			return TL_EXIT_USAGE;
		}
	}
	return -1;
}

/*
 * GOption converts a string option from the locale's character set, and no
 * stage calls setlocale: in the C locale every value past ASCII was refused
 * with "Invalid byte sequence in conversion input" (--entity Müller, --title
 * Café, --id café).  Options are UTF-8 whatever the locale, as the records
 * are: they are parsed as bytes (FILENAME, no conversion), then checked.
 */
static GOptionEntry *
bytes_entries(const GOptionEntry *e)
{
	size_t n = 0;
	while (e[n].long_name)
		n++;
	GOptionEntry *copy = g_memdup2(e, (n + 1) * sizeof *e);
	for (size_t i = 0; i < n; i++)
		if (copy[i].arg == G_OPTION_ARG_STRING)
			copy[i].arg = G_OPTION_ARG_FILENAME;
	return copy;
}

/* The first string option of entries whose value is not UTF-8, or NULL. */
static const char *
bad_utf8_option(const GOptionEntry *e)
{
	for (; e && e->long_name; e++) {
		const char *v = e->arg == G_OPTION_ARG_STRING ? *(char **)e->arg_data : NULL;
		if (v && !g_utf8_validate(v, -1, NULL))
			return e->long_name;
	}
	return NULL;
}

/* The entry of the short option c or the long option name[0..len), or NULL. */
static const GOptionEntry *
entry_of(const GOptionEntry *tables[], char c, const char *name, size_t len)
{
	for (int t = 0; tables[t]; t++)
		for (const GOptionEntry *e = tables[t]; e->long_name; e++)
			if (name ? strlen(e->long_name) == len && strncmp(e->long_name, name, len) == 0
			         : e->short_name == c)
				return e;
	return NULL;
}

/*
 * A copy of argv for GOption, with a short option's attached value split
 * off ("-j4" is "-j" "4", "-fcsv" is "-f" "csv"), as getopt reads them:
 * GOption took the next argument as the value instead ("timeline -j4 -d
 * out": "Cannot parse integer value "-d" for -j").  A value given as the
 * next argument is left alone, and so is everything after "--".
 */
static char **
split_attached(int argc, char **argv, const GOptionEntry *tables[], char **valued_flag)
{
	GPtrArray *copy = g_ptr_array_new();
	gboolean value_next = FALSE, operands = FALSE;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		gboolean value = value_next;
		value_next = FALSE;
		if (i == 0 || value || operands || a[0] != '-' || !a[1]) {
			g_ptr_array_add(copy, g_strdup(a));
			continue;
		}
		if (a[1] == '-') {
			const char *eq = strchr(a, '=');
			const GOptionEntry *e = entry_of(tables, 0, a + 2, eq ? (size_t)(eq - a - 2) : strlen(a + 2));
			operands = !a[2];
			value_next = e && !eq && e->arg != G_OPTION_ARG_NONE;
			/* GOption takes "--keep-going=0" as --keep-going, value
			 * ignored: a flag given a value is a usage error */
			if (e && eq && e->arg == G_OPTION_ARG_NONE && !*valued_flag)
				*valued_flag = g_strndup(a, (size_t)(eq - a));
			g_ptr_array_add(copy, g_strdup(a));
			continue;
		}
		/* flags run together ("-kf csv", "-qj4") are split too: the
		 * config's defaults are for the options argv does not name, and
		 * "-kf" named no -f (config format=html, then GOption's csv: the
		 * first value leaked) */
		const char *c = a + 1;
		const GOptionEntry *e = entry_of(tables, *c, NULL, 0);
		while (e && e->arg == G_OPTION_ARG_NONE && c[1] &&
		       entry_of(tables, c[1], NULL, 0)) {
			g_ptr_array_add(copy, g_strdup_printf("-%c", *c));
			e = entry_of(tables, *++c, NULL, 0);
		}
		gboolean takes = e && e->arg != G_OPTION_ARG_NONE;
		if (takes && c[1]) {
			g_ptr_array_add(copy, g_strdup_printf("-%c", *c));
			g_ptr_array_add(copy, g_strdup(c + 1));
		} else {
			value_next = takes;
			g_ptr_array_add(copy, g_strdup_printf("-%s", c));
		}
	}
	g_ptr_array_add(copy, NULL);
	return (char **)g_ptr_array_free(copy, FALSE);
}

/*
 * GOption writes --help itself and exits 0 from within the parse: on a full
 * disk (--help >/dev/full) the text was lost and the status 0.  While the
 * parse runs, an exit flushes standard output and fails as any write does.
 */
static const char *parsing_prog;

static void
flush_help(void)
{
	if (parsing_prog && (fflush(stdout) != 0 || ferror(stdout))) {
		tl_print_error(parsing_prog, "<stdout>: write error: %s", g_strerror(errno));
		_exit(TL_EXIT_FAIL);
	}
}

int
tl_cli_parse(TlCli *cli, int argc, char **argv, const GOptionEntry *entries, const char *args,
             const char *summary)
{
	gboolean version = FALSE;
	g_autofree char *files_from = NULL;
	if (cli->max_size == 0)
		cli->max_size = TL_DEFAULT_MAX_SIZE;
	const GOptionEntry common[] = {
		{"output", 'o', 0, G_OPTION_ARG_FILENAME, &cli->output,
		 cli->output_help ? cli->output_help
		                  : "Write to FILE (atomically) instead of standard output",
		 "FILE"},
		{"config", 0, 0, G_OPTION_ARG_FILENAME, &cli->config,
		 "Read defaults from FILE (pipeline.conf)", "FILE"},
		/* the driver's way to hand over more names than an exec takes
		 * (ARG_MAX: 60,000 documents failed "cannot run", E2BIG) */
		{"files0-from", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &files_from,
		 "Read the input names from FILE, each ended by a NUL byte, before the others",
		 "FILE"},
		{"keep-going", 'k', 0, G_OPTION_ARG_NONE, &cli->keep_going,
		 "Report bad records and go on (exit 1 at the end)", NULL},
		{"max-size", 0, 0, G_OPTION_ARG_INT64, &cli->max_size,
		 "Reject documents or lines over BYTES (default 64 MiB)", "BYTES"},
		{"version", 'V', 0, G_OPTION_ARG_NONE, &version, "Print the version and exit", NULL},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	const GOptionEntry *tables[] = {common, entries, NULL};
	if (!entries)
		tables[1] = NULL;

	static gboolean once;
	if (!once) {
		setvbuf(stdout, NULL, _IOFBF, 1 << 16);
		tl_output_install_signals();
		tl_fatal_install(cli->prog);
		/* a reader that goes away ends a filter quietly, even when whoever
		 * started us ignored SIGPIPE (ignoring is inherited across exec) */
		signal(SIGPIPE, SIG_DFL);
		atexit(flush_help);
		once = TRUE;
	}

	/* --config first, by hand: its values are defaults for the rest.
	 * Given twice, the last wins, as GOption's (the first leaked). */
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strcmp(argv[i], "--config") == 0 && i + 1 < argc) {
			g_free(cli->config);
			cli->config = g_strdup(argv[i + 1]);
		} else if (strncmp(argv[i], "--config=", 9) == 0) {
			g_free(cli->config);
			cli->config = g_strdup(argv[i] + 9);
		}
	}
	/* --config= (an unset variable) said "prog: : No such file or directory" */
	if (cli->config && !*cli->config) {
		tl_cli_error(cli, "--config: the file name is empty");
		return TL_EXIT_USAGE;
	}
	/* the options as GOption reads them: the config is applied to
	 * those they do not name */
	g_autofree char *valued_flag = NULL;
	g_auto(GStrv) copy = split_attached(argc, argv, tables, &valued_flag);
	if (cli->config) {
		int st = load_config(cli, (int)g_strv_length(copy), copy, tables);
		if (st >= 0)
			return st;
		g_clear_pointer(&cli->config, g_free);
	}

	g_autoptr(GOptionContext) ctx = g_option_context_new(args ? args : "[FILE...]");
	g_option_context_set_summary(ctx, summary);
	g_option_context_set_description(ctx, "With no FILE, or when FILE is -, read standard input.\n"
	                                      "Exit status: 0 success, 1 bad input or I/O error, "
	                                      "2 usage error.\nSee docs/FORMAT.md for the records.");
	g_option_context_add_main_entries(ctx, common, NULL);
	g_autofree GOptionEntry *as_bytes = entries ? bytes_entries(entries) : NULL;
	if (entries)
		g_option_context_add_main_entries(ctx, as_bytes, NULL);
	g_autoptr(GError) err = NULL;
	if (valued_flag) {
		tl_cli_error(cli, "%s takes no value (try --help)", valued_flag);
		return TL_EXIT_USAGE;
	}
	parsing_prog = cli->prog;
	gboolean parsed = g_option_context_parse_strv(ctx, &copy, &err);
	parsing_prog = NULL;
	if (!parsed) {
		tl_cli_error(cli, "%s (try --help)", err->message);
		return TL_EXIT_USAGE;
	}
	const char *bad = bad_utf8_option(entries);
	if (bad) {
		tl_cli_error(cli, "--%s: the value is not valid UTF-8", bad);
		return TL_EXIT_USAGE;
	}
	if (version) {
		printf("%s (Timeline) %s\n", cli->prog, TL_VERSION);
		if (fflush(stdout) != 0 || ferror(stdout)) {
			tl_cli_error(cli, "<stdout>: write error: %s", g_strerror(errno));
			return TL_EXIT_FAIL;
		}
		return TL_EXIT_OK;
	}
	if (cli->max_size <= 0) {
		tl_cli_error(cli, "--max-size must be a positive number of bytes");
		return TL_EXIT_USAGE;
	}
	/* -o '' (an unset variable in a script) read everything, then failed
	 * with "prog: : write error: No such file or directory" */
	if (cli->output && !*cli->output) {
		tl_cli_error(cli, "-o: the file name is empty (give a file, or - for standard "
		                  "output)");
		return TL_EXIT_USAGE;
	}
	/* a data file under TL_DATADIR that cannot be read: said before any
	 * input is, for the rules loaded without an error too */
	if (!tl_resource_check(&err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	/* GLib leaves the "--" that ends the options among the operands: the
	 * first one is that marker, never a file name ("prog -- -file") */
	guint n = g_strv_length(copy);
	gboolean marker = FALSE;
	GPtrArray *files = g_ptr_array_new_with_free_func(g_free);
	if (files_from) {
		g_autofree char *list = NULL;
		gsize len = 0;
		/* the driver's list is a file it wrote: anything else (a FIFO
		 * hung for ever, /dev/zero was read until memory ran out) is
		 * refused, as --config's */
		struct stat st;
		if (stat(files_from, &st) == 0 && !S_ISREG(st.st_mode)) {
			tl_cli_error(cli, "--files0-from: %s: Not a regular file", files_from);
			g_ptr_array_free(files, TRUE);
			return TL_EXIT_FAIL;
		}
		if (!g_file_get_contents(files_from, &list, &len, &err)) {
			tl_cli_error(cli, "--files0-from: %s", err->message);
			g_ptr_array_free(files, TRUE);
			return TL_EXIT_FAIL;
		}
		for (gsize i = 0; i < len;) {
			size_t l = strnlen(list + i, len - i);
			if (l > 0)
				g_ptr_array_add(files, g_strndup(list + i, l));
			i += l + 1;
		}
	}
	for (guint i = 1; i < n; i++) {
		if (!marker && strcmp(copy[i], "--") == 0) {
			marker = TRUE;
			continue;
		}
		g_ptr_array_add(files, g_strdup(copy[i]));
	}
	g_ptr_array_add(files, NULL);
	cli->files = (char **)g_ptr_array_free(files, FALSE);
	return -1;
}

void
tl_cli_clear(TlCli *cli)
{
	g_clear_pointer(&cli->output, g_free);
	g_clear_pointer(&cli->config, g_free);
	g_clear_pointer(&cli->files, g_strfreev);
	g_clear_pointer(&cli->conf, g_key_file_free);
}

static gboolean
is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return FALSE;
	return TRUE;
}

typedef struct {
	TlCli *cli;
	FILE *fp;
	GString *buf;
	int status;
	gboolean stop;
} Run;

/* Does a first line that is not a record read like prose (a letter, then
 * more letters or spaces), as when text is piped straight into a stage? */
static gboolean
looks_like_prose(const char *line, size_t len)
{
	size_t letters = 0, i = 0;
	while (i < len && g_ascii_isspace(line[i]))
		i++;
	if (i == len || !g_ascii_isalpha(line[i]))
		return FALSE;
	for (; i < len && i < 64; i++)
		letters += g_ascii_isalpha(line[i]) || line[i] == ' ';
	return letters * 10 >= MIN(len, 64) * 8;
}

/* One input stream; FALSE when the run must stop. */
static void
map_stream(Run *run, const char *path, TlRecordFunc fn, gpointer data)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlReader) r = tl_reader_open(path, (size_t)run->cli->max_size, &err);
	if (!r || !tl_reader_check_output(r, run->fp, &err)) {
		tl_cli_error(run->cli, "%s", err->message);
		run->status = TL_EXIT_FAIL;
		run->stop = !run->cli->keep_going;
		return;
	}
	const char *line;
	size_t len;
	for (;;) {
		g_clear_error(&err);
		TlReadStatus st = tl_reader_next(r, &line, &len, &err);
		if (st == TL_READ_EOF)
			return;
		if (st == TL_READ_ERROR) {
			tl_cli_error(run->cli, "%s", err->message);
			run->status = TL_EXIT_FAIL;
			run->stop = !run->cli->keep_going;
			return;
		}
		if (st == TL_READ_OK && is_blank(line, len))
			continue;
		g_autoptr(TlRecord) rec = NULL;
		if (st == TL_READ_OK)
			rec = tl_record_parse(line, len, &err);
		if (rec && fn && !fn(rec, data, &err))
			g_clear_pointer(&rec, tl_record_free);
		if (!rec) {
			tl_cli_error(run->cli, "%s:%" G_GUINT64_FORMAT ": %s%s", tl_reader_name(r),
			             tl_reader_lineno(r), err->message,
			             st == TL_READ_OK && tl_reader_lineno(r) == 1 && looks_like_prose(line, len)
			                     ? " (plain text? tl-normalize makes records of it)"
			                     : "");
			run->status = TL_EXIT_FAIL;
			if (!run->cli->keep_going) {
				run->stop = TRUE;
				return;
			}
			continue;
		}
		if (!tl_record_write_file(rec, run->buf, run->fp)) {
			run->stop = TRUE; /* reported by the commit */
			return;
		}
	}
}

int
tl_cli_map_records(TlCli *cli, TlRecordFunc fn, gpointer data)
{
	g_autoptr(GError) err = NULL;
	TlOutput *out = tl_output_open(cli->output, &err);
	if (!out) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	Run run = {cli, tl_output_file(out), g_string_sized_new(1 << 16), TL_EXIT_OK, FALSE};
	static char *stdin_only[] = {"-", NULL};
	char **files = cli->files && cli->files[0] ? cli->files : stdin_only;
	for (char **f = files; *f && !run.stop; f++)
		map_stream(&run, *f, fn, data);
	g_string_free(run.buf, TRUE);
	if (run.status != TL_EXIT_OK && !cli->keep_going) {
		tl_output_abort(out);
		return run.status;
	}
	if (!tl_output_commit(out, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	return run.status;
}
