/*
 * libFuzzer target: pipeline.conf.  Arbitrary bytes as the config file for a
 * stage with options of every type: tl_cli_parse answers with a status (go
 * on, or a usage error), never a crash.
 */
#include "fuzz.h"
#include "tl/cli.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	if (!path)
		return 0;
	gboolean flag = FALSE;
	char *str = NULL;
	int num = 0;
	gint64 big = 0;
	double real = 0;
	const GOptionEntry entries[] = {
		{"flag", 0, 0, G_OPTION_ARG_NONE, &flag, "a flag", NULL},
		{"str", 0, 0, G_OPTION_ARG_STRING, &str, "a string", "S"},
		{"num", 0, 0, G_OPTION_ARG_INT, &num, "a number", "N"},
		{"big", 0, 0, G_OPTION_ARG_INT64, &big, "a big number", "N"},
		{"real", 0, 0, G_OPTION_ARG_DOUBLE, &real, "a real", "R"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	TlCli cli = {.prog = "fuzz", .group = "fuzz"};
	char *argv[] = {"fuzz", "--config", (char *)path, "--num=3", NULL};
	int st = tl_cli_parse(&cli, 4, argv, entries, NULL, "fuzz");
	g_assert(st == -1 || st == TL_EXIT_USAGE);
	if (st == -1)
		g_assert(num == 3); /* the command line wins */
	g_free(str);
	tl_cli_clear(&cli);
	return 0;
}
