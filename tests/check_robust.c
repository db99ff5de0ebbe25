/*
 * Hostile input at the unit level: the line reader at its limits (lines over
 * the limit across buffer refills, at the end of the file, made of NUL bytes
 * or lone CRs), the record scanner on nesting and numbers that other parsers
 * choke on, and every input the fuzzers saved (fuzz/regress/<target>/)
 * replayed through the kit and tl-normalize's readers as the programs call
 * them, so that a crash once found stays fixed under make check and make asan.
 */
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "tl/cli.h"
#include "tl/record.h"
#include "tl/resource.h"
#include <glib/gstdio.h>
#include "../stages/normalize/normalize.h"
#include "tl_test.h"

/* Write data to a new temporary file; its path (new string). */
static char *
temp_file(const char *data, size_t len)
{
	char *path = g_build_filename(g_get_tmp_dir(), "tl-robust-XXXXXX", NULL);
	int fd = g_mkstemp(path);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(write(fd, data, len), (ssize_t)len);
	close(fd);
	return path;
}

/* Read path with limit max; "OK:len" or "SKIP" per line, joined by spaces. */
static char *
read_all(const char *path, size_t max)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlReader) r = tl_reader_open(path, max, &err);
	ck_assert_ptr_nonnull(r);
	GString *out = g_string_new(NULL);
	const char *line;
	size_t len;
	guint64 n = 0;
	for (;;) {
		g_clear_error(&err);
		TlReadStatus st = tl_reader_next(r, &line, &len, &err);
		if (st == TL_READ_EOF)
			break;
		ck_assert_int_ne(st, TL_READ_ERROR);
		ck_assert_uint_eq(tl_reader_lineno(r), ++n);
		if (out->len)
			g_string_append_c(out, ' ');
		if (st == TL_READ_OK)
			g_string_append_printf(out, "OK:%zu", len);
		else {
			ck_assert(strstr(err->message, "over the limit") != NULL);
			g_string_append(out, "SKIP");
		}
	}
	return g_string_free(out, FALSE);
}

/* Lines built from (byte, count) runs; '\n' ends a line. */
static const struct {
	const char *name;
	size_t a, b, c; /* lengths of three lines: a bytes, '\n', b bytes, '\n', c bytes */
	gboolean last_nl;
	size_t max;
	const char *want;
} lines[] = {
	{"limit exactly", 10, 11, 9, TRUE, 10, "OK:10 SKIP OK:9"},
	{"over the limit at the end, no newline", 5, 5, 300000, FALSE, 1000, "OK:5 OK:5 SKIP"},
	{"longer than the buffer", 300000, 1, 600000, TRUE, 0, "OK:300000 OK:1 OK:600000"},
	{"skipped across refills", 1, 1000000, 1, TRUE, 200000, "OK:1 SKIP OK:1"},
	{"empty lines", 0, 0, 0, TRUE, 10, "OK:0 OK:0 OK:0"},
};

START_TEST(test_reader_limits)
{
	GString *s = g_string_new(NULL);
	size_t lens[] = {lines[_i].a, lines[_i].b, lines[_i].c};
	for (int k = 0; k < 3; k++) {
		for (size_t j = 0; j < lens[k]; j++)
			g_string_append_c(s, (char)('a' + j % 26));
		if (k < 2 || lines[_i].last_nl)
			g_string_append_c(s, '\n');
	}
	g_autofree char *path = temp_file(s->str, s->len);
	g_string_free(s, TRUE);
	g_autofree char *got = read_all(path, lines[_i].max);
	unlink(path);
	ck_assert_msg(strcmp(got, lines[_i].want) == 0, "%s: got %s", lines[_i].name, got);
}
END_TEST

/* NUL bytes and lone CRs are line content: the length counts them. */
START_TEST(test_reader_bytes)
{
	static const char data[] = "a\0b\nc\rd\r\n\r\r\n\0";
	g_autofree char *path = temp_file(data, sizeof data - 1);
	g_autofree char *got = read_all(path, 0);
	unlink(path);
	ck_assert_str_eq(got, "OK:3 OK:3 OK:1 OK:1");
}
END_TEST

/* A byte order mark that opens the file is dropped; one on a later line
 * stays (that line is then not JSON, and says so). */
START_TEST(test_reader_bom)
{
	static const char data[] = "\xEF\xBB\xBF{}\n\xEF\xBB\xBF{}\n";
	g_autofree char *path = temp_file(data, sizeof data - 1);
	g_autofree char *got = read_all(path, 0);
	unlink(path);
	ck_assert_str_eq(got, "OK:2 OK:5");
}
END_TEST

/* Deep nesting is refused with a message, not a stack overflow. */
START_TEST(test_record_deep)
{
	size_t depth = 100000;
	GString *s = g_string_new("{\"a\":");
	for (size_t i = 0; i < depth; i++)
		g_string_append_c(s, _i ? '{' : '[');
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(s->str, s->len, &err);
	g_string_free(s, TRUE);
	ck_assert_ptr_null(rec);
	ck_assert_ptr_nonnull(err);
}
END_TEST

/* Numbers Jansson refuses are kept as their text. */
static const char *numbers[] = {
	"{\"n\":1e999}", "{\"n\":-1e999}", "{\"n\":123456789012345678901234567890}",
	"{\"n\":0.0000000000000000000000000000000000000001e-400}",
};

START_TEST(test_record_numbers)
{
	g_autoptr(GError) err = NULL;
	g_autoptr(TlRecord) rec = tl_record_parse(numbers[_i], strlen(numbers[_i]), &err);
	ck_assert_ptr_nonnull(rec);
	tl_record_set(rec, "x", json_true());
	GString *out = g_string_new(NULL);
	tl_record_write(rec, out);
	/* the number's bytes come out as they went in */
	ck_assert(strncmp(out->str, numbers[_i], strlen(numbers[_i]) - 1) == 0);
	g_string_free(out, TRUE);
}
END_TEST

/* Parse the config file text as a stage with a string, a number and a flag
 * would (group [g]), with --num=3 on the command line; the status, and the
 * string option's value in *str (new string, or NULL). */
static int
parse_config(const char *data, size_t len, char **str)
{
	g_autofree char *path = temp_file(data, len);
	gboolean flag = FALSE;
	int num = 0;
	*str = NULL;
	const GOptionEntry entries[] = {
		{"flag", 0, 0, G_OPTION_ARG_NONE, &flag, "a flag", NULL},
		{"str", 0, 0, G_OPTION_ARG_STRING, str, "a string", "S"},
		{"num", 0, 0, G_OPTION_ARG_INT, &num, "a number", "N"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	TlCli cli = {.prog = "test", .group = "g"};
	char *argv[] = {"test", "--config", path, "--num=3", NULL};
	int st = tl_cli_parse(&cli, 4, argv, entries, NULL, "test");
	if (st == -1)
		ck_assert_int_eq(num, 3); /* the command line wins */
	tl_cli_clear(&cli);
	unlink(path);
	return st;
}

/* A group or key written twice: the last value, applied once (the first
 * copy of a string leaked, found by fuzz_config). */
static const struct {
	const char *conf;
	int status;
	const char *str;
} configs[] = {
	{"[g]\nstr=a\n[g]\nstr=b\n", -1, "b"},
	{"[g]\nstr=a\nflag=true\n[h]\nx=1\n[g]\nstr=c\nzz=1\n", -1, "c"},
	{"[g]\nstr=a\nstr=b\n", -1, "b"},
	{"[g]\nnum=x\n", -1, NULL}, /* named on the command line: not read */
	{"[g]\nflag=maybe\n", TL_EXIT_USAGE, NULL},
	{"[g]\nstr=a\n[g\n", TL_EXIT_USAGE, NULL},
	{"[h]\nstr=a\n", -1, NULL},
};

START_TEST(test_config_repeats)
{
	g_autofree char *str = NULL;
	int st = parse_config(configs[_i].conf, strlen(configs[_i].conf), &str);
	ck_assert_int_eq(st, configs[_i].status);
	ck_assert_pstr_eq(str, configs[_i].str);
}
END_TEST

/* One saved fuzz input, given to the function its target fuzzes. */
static void
replay(const char *target, const char *data, size_t len)
{
	TlNormOpts opts = {.lossy = TRUE};
	g_autoptr(GError) err = NULL;
	if (strcmp(target, "record") == 0 || strcmp(target, "normrecord") == 0) {
		const char *nl = memchr(data, '\n', len);
		g_autoptr(TlRecord) rec = tl_record_parse(data, nl ? (size_t)(nl - data) : len, &err);
		if (!rec)
			return;
		if (strcmp(target, "normrecord") == 0 &&
		    !tl_doc_complete_record(rec, "id", NULL, NULL, NULL, &err))
			return;
		GString *out = g_string_new(NULL);
		tl_record_write(rec, out);
		g_autoptr(TlRecord) again = tl_record_parse(out->str, out->len - 1, NULL);
		ck_assert_ptr_nonnull(again);
		g_string_free(out, TRUE);
		return;
	}
	if (strcmp(target, "config") == 0) {
		g_autofree char *str = NULL;
		int st = parse_config(data, len, &str);
		ck_assert(st == -1 || st == TL_EXIT_USAGE);
		return;
	}
	g_autoptr(TlDoc) doc = NULL;
	if (strcmp(target, "html") == 0)
		doc = tl_html_read(data, len, &opts, &err);
	else if (strcmp(target, "timeml") == 0)
		doc = tl_timeml_read(data, len, &opts, &err);
	else if (strcmp(target, "text") == 0)
		doc = tl_text_read(data, len, &opts, &err);
	else
		return; /* a target of a stage this suite does not link */
	/* no crash, an answer, and a text, title and URL in UTF-8 (the rest of what the
	 * answer must hold is the fuzzers' job: fuzz/fuzz_doc.h) */
	ck_assert(doc != NULL || err != NULL);
	if (doc) {
		ck_assert(g_utf8_validate(doc->text, (gssize)doc->text_len, NULL));
		/* and no control character but LF and TAB (docs/FORMAT.md) */
		for (const char *p = doc->text; p < doc->text + doc->text_len; p = g_utf8_next_char(p)) {
			gunichar c = g_utf8_get_char(p);
			ck_assert_msg(c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7F && !(c >= 0x80 && c < 0xA0)),
			              "%s: control character U+%04X in the text", target, c);
		}
		ck_assert(!doc->title || g_utf8_validate(doc->title, -1, NULL));
		ck_assert(!doc->url || g_utf8_validate(doc->url, -1, NULL));
	}
}

START_TEST(test_fuzz_regressions)
{
	g_autofree char *top = tl_test_src("fuzz/regress");
	g_autoptr(GDir) dir = g_dir_open(top, 0, NULL);
	if (!dir)
		return; /* not in a source tree */
	const char *target;
	guint n = 0;
	while ((target = g_dir_read_name(dir))) {
		g_autofree char *sub = g_build_filename(top, target, NULL);
		g_autoptr(GDir) files = g_dir_open(sub, 0, NULL);
		const char *name;
		while (files && (name = g_dir_read_name(files))) {
			g_autofree char *path = g_build_filename(sub, name, NULL);
			g_autofree char *data = NULL;
			size_t len;
			ck_assert(g_file_get_contents(path, &data, &len, NULL));
			/* in a buffer with room after the NUL, as tl_read_file gives
			 * it (the exact-size reads past the end are the fuzzers' and
			 * robust-known-*.sh's to catch: robust-known-bom.sh) */
			GString *buf = g_string_sized_new(len + 256);
			g_string_append_len(buf, data, (gssize)len);
			replay(target, buf->str, len);
			g_string_free(buf, TRUE);
			n++;
		}
	}
	ck_assert_uint_gt(n, 0);
}
END_TEST

/* A signal someone else handles when the program starts (libFuzzer's
 * SIGALRM watchdog, a profiler's SIGPROF) keeps its handler: the twelfth
 * battery's handlers for SIGALRM and the like replaced libFuzzer's, and
 * fuzz_config died of SIGALRM a second into its run.  One at its default
 * gets ours. */
static void
someone_elses(int sig)
{
	(void)sig;
}

START_TEST(test_signals_left_alone)
{
	signal(SIGUSR2, someone_elses);
	TlCli cli = {.prog = "test", .group = "g"};
	char *argv[] = {"test", NULL};
	ck_assert_int_eq(tl_cli_parse(&cli, 1, argv, NULL, NULL, "test"), -1);
	struct sigaction sa;
	ck_assert_int_eq(sigaction(SIGUSR2, NULL, &sa), 0);
	ck_assert(sa.sa_handler == someone_elses);
	ck_assert_int_eq(sigaction(SIGUSR1, NULL, &sa), 0);
	ck_assert(sa.sa_handler != SIG_DFL && sa.sa_handler != SIG_IGN);
	ck_assert_int_eq(tl_signal_left_alone(SIGTERM), FALSE);
	tl_cli_clear(&cli);
	signal(SIGUSR2, SIG_DFL);
}
END_TEST

/* A data file under TL_DATADIR that cannot be read is named before any
 * input is read: the loaders of optional rules (anchoring.txt) asked for
 * their file without an error and went on without the rules. */
START_TEST(test_resource_check)
{
	g_autofree char *old = g_strdup(g_getenv("TL_DATADIR"));
	g_autofree char *dir = g_dir_make_tmp("tl-datadir-XXXXXX", NULL);
	ck_assert_ptr_nonnull(dir);
	g_autofree char *exp = g_build_filename(dir, "export", NULL);
	g_autofree char *css = g_build_filename(exp, "page.css", NULL);
	g_autofree char *extra = g_build_filename(dir, "export", "extra", NULL);
	ck_assert_int_eq(g_mkdir_with_parents(css, 0755), 0); /* a folder in a file's place */
	ck_assert_int_eq(g_mkdir_with_parents(extra, 0755), 0);
	g_setenv("TL_DATADIR", dir, TRUE);
	g_autoptr(GError) err = NULL;
	ck_assert(!tl_resource_check(&err));
	ck_assert_ptr_nonnull(strstr(err->message, "page.css: not a regular file"));
	/* a regular file there, or one no resource has, is fine */
	ck_assert_int_eq(g_rmdir(css), 0);
	ck_assert(g_file_set_contents(css, "p {}", -1, NULL));
	ck_assert(tl_resource_check(NULL));
	g_unlink(css);
	g_rmdir(extra);
	g_rmdir(exp);
	g_rmdir(dir);
	if (old)
		g_setenv("TL_DATADIR", old, TRUE);
	else
		g_unsetenv("TL_DATADIR");
	ck_assert(tl_resource_check(NULL));
}
END_TEST

Suite *tl_suite_robust(void);
Suite *
tl_suite_robust(void)
{
	Suite *s = suite_create("robust");
	TCase *tc = tcase_create("robust");
	tcase_set_timeout(tc, 60);
	tcase_add_loop_test(tc, test_reader_limits, 0, G_N_ELEMENTS(lines));
	tcase_add_test(tc, test_reader_bytes);
	tcase_add_test(tc, test_reader_bom);
	tcase_add_loop_test(tc, test_record_deep, 0, 2);
	tcase_add_loop_test(tc, test_record_numbers, 0, G_N_ELEMENTS(numbers));
	tcase_add_loop_test(tc, test_config_repeats, 0, G_N_ELEMENTS(configs));
	tcase_add_test(tc, test_fuzz_regressions);
	tcase_add_test(tc, test_signals_left_alone);
	tcase_add_test(tc, test_resource_check);
	suite_add_tcase(s, tc);
	return s;
}
