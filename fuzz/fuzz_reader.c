/*
 * libFuzzer target: the line reader.  The bytes are read back as lines with
 * a small limit; every byte is accounted for (kept lines plus skipped ones)
 * and line numbers grow by one a line.  A line over the limit that holds a
 * NUL byte is binary data and stops the file (an error): only then.
 */
#include "fuzz.h"
#include <string.h>
#include "tl/record.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	const char *path = fuzz_file(data, size);
	if (!path)
		return 0;
	TlReader *r = tl_reader_open(path, 64, NULL);
	g_assert(r != NULL);
	size_t newlines = 0;
	for (size_t i = 0; i < size; i++)
		newlines += data[i] == '\n';
	guint64 lines = 0;
	const char *line;
	size_t len;
	for (;;) {
		GError *err = NULL;
		TlReadStatus st = tl_reader_next(r, &line, &len, &err);
		if (st == TL_READ_EOF)
			break;
		if (st == TL_READ_ERROR) {
			g_assert(memchr(data, '\0', size) != NULL);
			g_error_free(err);
			tl_reader_free(r);
			return 0;
		}
		g_assert(st == TL_READ_OK || st == TL_READ_SKIPPED);
		if (st == TL_READ_OK)
			g_assert(len <= 64 && line[len] == '\0');
		else
			g_error_free(err);
		lines++;
		g_assert(tl_reader_lineno(r) == lines);
	}
	g_assert(lines == newlines || lines == newlines + 1);
	tl_reader_free(r);
	return 0;
}
