/*
 * The progress line on standard error (when it is a terminal): documents
 * done out of the total counted beforehand, MB/s and the time left.
 */
#include <string.h>
#include <sys/stat.h>
#include "driver.h"
#include "tl/record.h"

static gint64
now_us(void)
{
	return g_get_monotonic_time();
}

gpointer
tl_driver_progress(gpointer data)
{
	TlProgress *pg = data;
	gint64 t0 = now_us();
	while (!g_atomic_int_get(&pg->stop)) {
		g_usleep(250000);
		gint done = g_atomic_int_get(pg->done);
		double secs = (double)(now_us() - t0) / 1e6;
		double frac = pg->total > 0 ? (double)done / pg->total : 0;
		double mbs = secs > 0 ? frac * (double)pg->bytes / 1e6 / secs : 0;
		if (pg->total > 0 && done > 0 && frac <= 1) {
			double left = secs / frac - secs;
			g_printerr("\r%s: %d/%d documents  %.1f MB/s  %d:%02d left   ", pg->prog,
			           done, pg->total, mbs, (int)left / 60, (int)left % 60);
		} else
			g_printerr("\r%s: %d documents   ", pg->prog, done);
	}
	g_printerr("\r\033[K");
	return NULL;
}

/*
 * Count the documents and bytes of the inputs, for the progress line.  Only
 * regular files: a FIFO named on the command line was read here to count
 * its records (the run then waited for ever for a writer, its records
 * gone), and /dev/zero as x.jsonl was read until memory ran out; no line
 * over max is held.
 */
void
tl_driver_measure(GPtrArray *files, gint64 max, gint *total, gint64 *bytes)
{
	for (guint i = 0; i < files->len; i++) {
		const char *f = files->pdata[i];
		struct stat st;
		if (strcmp(f, "-") == 0 || stat(f, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		*bytes += st.st_size;
		if (!tl_driver_is_jsonl(f)) {
			(*total)++;
			continue;
		}
		g_autoptr(TlReader) r = tl_reader_open(f, (size_t)max, NULL);
		const char *line;
		size_t len;
		while (r && tl_reader_next(r, &line, &len, NULL) != TL_READ_EOF)
			if (strspn(line, " \t") != len)
				(*total)++;
	}
}
