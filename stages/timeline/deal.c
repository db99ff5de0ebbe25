/*
 * The driver's JSON Lines records on their way in and out of the pipelines:
 * dealt out round robin through one FIFO per pipeline, each record checked
 * (and a bad one reported here, where its file and line are known), and the
 * per-pipeline intermediate files interleaved back into input order.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "driver.h"
#include "tl/utf8.h"
#include "tl/record.h"

/* Fail the run and end every stage: the dealer cannot go on. */
static void
stop_stages(TlDealer *d)
{
	d->failed = TRUE;
	g_atomic_int_set(&d->stopped_all, 1);
	for (guint i = 0; d->pgroups && i < d->pgroups->len; i++)
		kill(-g_array_index(d->pgroups, pid_t, i), SIGTERM);
}

void
tl_driver_origin_add(TlOrigins *o, guint file, guint64 line)
{
	g_mutex_lock(&o->lock);
	TlOriginRun *last = o->runs->len ? &g_array_index(o->runs, TlOriginRun, o->runs->len - 1) : NULL;
	if (last && last->file == file && last->line0 + last->count == line &&
	    last->g0 + last->count == o->dealt) {
		last->count++;
	} else {
		TlOriginRun run = {o->dealt, 1, line, file};
		g_array_append_val(o->runs, run);
	}
	o->dealt++;
	g_mutex_unlock(&o->lock);
}

const char *
tl_driver_origin(TlOrigins *o, int job, int jobs, guint64 k, guint64 *line)
{
	if (k == 0 || jobs <= 0)
		return NULL;
	guint64 g = (k - 1) * (guint64)jobs + (guint64)((job - (int)o->first + jobs) % jobs);
	const char *file = NULL;
	g_mutex_lock(&o->lock);
	guint lo = 0, hi = o->runs->len;
	while (lo < hi) { /* the last run with g0 <= g */
		guint mid = (lo + hi) / 2;
		if (g_array_index(o->runs, TlOriginRun, mid).g0 <= g)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0 && g < o->dealt) {
		const TlOriginRun *r = &g_array_index(o->runs, TlOriginRun, lo - 1);
		if (g < r->g0 + r->count) {
			*line = r->line0 + (g - r->g0);
			file = o->files->pdata[r->file];
		}
	}
	g_mutex_unlock(&o->lock);
	return file;
}

/*
 * The line with the "id" and "source" tl-normalize gives a record without
 * them, or NULL when it has both (or the pipeline does not start with
 * normalize).  tl-normalize names such a record after its file and line
 * ("news-2") and gives it the file as its source: through the FIFO they
 * were the FIFO's ("in-1-1", "out/.timeline-XXXXXX/in-1.jsonl", gone after
 * the run), so a record's id and source changed with --jobs.  They are
 * added at the line's end, where tl-normalize adds them, so the record it
 * writes is the same bytes as with one job; the line itself is kept (not
 * rewritten from rec), so that --lossy's repairs are still tl-normalize's
 * to make and report.
 */
static char *
name_record(const TlDealer *d, TlRecord *rec, const char *line, size_t len, const char *path,
            const char *id_base, guint64 lineno, size_t *named_len)
{
	gboolean has_id = tl_record_has(rec, "id"), has_source = tl_record_has(rec, "source");
	if (strcmp(d->plan->stages[0], "normalize") != 0 || (has_id && has_source))
		return NULL;
	while (len > 0 && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r'))
		len--;
	if (len < 2 || line[len - 1] != '}')
		return NULL; /* (it parsed: an object) */
	GString *out = g_string_new_len(line, (gssize)len - 1);
	size_t at = out->len;
	while (at > 0 && strchr(" \t\r\n", out->str[at - 1]))
		at--;
	gboolean empty = at > 0 && out->str[at - 1] == '{';
	gboolean std = strcmp(path, "-") == 0;
	if (!has_id) {
		g_autofree char *id = g_strdup_printf("%s-%" G_GUINT64_FORMAT, id_base, lineno);
		g_autofree char *valid = g_utf8_make_valid(id, -1);
		json_t *v = json_string(valid);
		g_string_append(out, empty ? "\"id\":" : ",\"id\":");
		tl_json_append(out, v);
		json_decref(v);
		empty = FALSE;
	}
	if (!has_source) {
		/* a name that is not UTF-8 is null, as tl-normalize writes it */
		json_t *v = std ? NULL : json_string(path);
		g_string_append(out, empty ? "\"source\":" : ",\"source\":");
		if (v)
			tl_json_append(out, v);
		else
			g_string_append(out, "null");
		json_decref(v);
	}
	g_string_append_c(out, '}');
	*named_len = out->len;
	return g_string_free(out, FALSE);
}

gpointer
tl_driver_deal(gpointer data)
{
	TlDealer *d = data;
	g_autofree char *conf_id = NULL; /* (before the first goto) */
	int n = d->plan->jobs;
	int *fds = g_new(int, n);
	for (int i = 0; i < n; i++)
		fds[i] = -1;
	/* open without blocking: a pipeline that died never opens its end */
	for (int i = 0; i < n; i++) {
		while ((fds[i] = open(d->fifos[i], O_WRONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
			if (errno == ENXIO && !g_atomic_int_get(&d->stop)) {
				g_usleep(2000);
				continue;
			}
			if (errno != ENXIO) {
				/* (too many open files): the pipelines wait in open() for
				 * a writer that never comes, so stop them */
				tl_print_error(d->plan->prog, "%s: %s", d->fifos[i], g_strerror(errno));
				stop_stages(d);
			}
			goto out;
		}
		fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) & ~O_NONBLOCK);
		tl_driver_widen_pipe(fds[i]);
	}
	guint next = d->origins->first;
	/* [normalize] id=, the base of the ids tl-normalize gives */
	conf_id = d->plan->conf ? g_key_file_get_string(d->plan->conf, "normalize", "id", NULL) : NULL;
	for (guint f = 0; f < d->jsonl->len; f++) {
		const char *path = d->jsonl->pdata[f];
		g_autofree char *id_base = conf_id ? g_strdup(conf_id) : tl_file_id(path);
		g_autoptr(GError) err = NULL;
		g_autoptr(TlReader) r = tl_reader_open(path, (size_t)d->plan->max_size, &err);
		if (!r) {
			tl_print_error(d->plan->prog, "%s", err->message);
			d->failed = TRUE;
			goto out;
		}
		const char *line;
		size_t len;
		for (;;) {
			g_clear_error(&err);
			TlReadStatus st = tl_reader_next(r, &line, &len, &err);
			if (st == TL_READ_EOF)
				break;
			g_autoptr(TlRecord) rec = NULL;
			if (st == TL_READ_OK) {
				if (strspn(line, " \t") == len)
					continue;
				rec = tl_record_parse(line, len, &err);
				if (!rec && d->plan->lossy) {
					/* tl-normalize --lossy repairs it, and says so */
					size_t fixes = 0, flen = 0;
					g_autofree char *fixed = tl_utf8_lossy_json(line, len, &flen, &fixes);
					GError *again = NULL;
					rec = fixes ? tl_record_parse(fixed, flen, &again) : NULL;
					if (rec || again)
						g_clear_error(&err);
					if (again) /* what --lossy cannot mend, as tl-normalize says */
						err = g_error_new(again->domain, again->code,
						                  "%s (after --lossy's repairs)", again->message);
					g_clear_error(&again);
				}
			}
			if (!rec) {
				/* reported here, where the file and line are known (a
				 * read error names them itself) */
				if (st == TL_READ_ERROR)
					tl_print_error(d->plan->prog, "%s", err->message);
				else
					tl_print_error(d->plan->prog, "%s:%" G_GUINT64_FORMAT ": %s",
					               tl_reader_name(r), tl_reader_lineno(r), err->message);
				if (!d->plan->keep_going) {
					d->failed = TRUE;
					goto out;
				}
				d->plan->partial = TRUE;
				if (st == TL_READ_ERROR)
					break; /* with -k, on to the next file, as a stage goes */
				continue;
			}
			int fd = fds[next];
			tl_driver_origin_add(d->origins, f, tl_reader_lineno(r));
			next = (next + 1) % (guint)n;
			size_t named_len = 0;
			g_autofree char *named = name_record(d, rec, line, len, path, id_base,
			                                     tl_reader_lineno(r), &named_len);
			if (named)
				line = named, len = named_len;
			if (g_atomic_int_get(&d->stop) || !tl_driver_write_all(fd, line, len) ||
			    !tl_driver_write_all(fd, "\n", 1))
				goto out; /* a pipeline failed; it says why */
		}
	}
	d->dealt = TRUE;
out:
	for (int i = 0; i < n; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	g_free(fds);
	return NULL;
}

/* Interleave the per-pipeline files <base>-<i>.jsonl into <base>.jsonl, round robin. */
gboolean
tl_driver_interleave(TlPlan *plan, const char *base, GError **error)
{
	int n = plan->jobs;
	g_autofree char *out_path = g_strdup_printf("%s/%s.jsonl", plan->tmpdir, base);
	FILE *out = fopen(out_path, "wb");
	if (!out) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", out_path, g_strerror(errno));
		return FALSE;
	}
	TlReader **r = g_new0(TlReader *, n);
	gboolean ok = TRUE;
	int live = 0;
	for (int i = 0; i < n && ok; i++) {
		g_autofree char *p = g_strdup_printf("%s/%s-%d.jsonl", plan->tmpdir, base, i);
		if (!g_file_test(p, G_FILE_TEST_EXISTS))
			continue; /* that pipeline had nothing to do */
		ok = (r[i] = tl_reader_open(p, 0, error)) != NULL;
		live++;
	}
	for (int i = 0; ok && live > 0; i = (i + 1) % n) {
		const char *line;
		size_t len;
		if (!r[i])
			continue;
		TlReadStatus st = tl_reader_next(r[i], &line, &len, error);
		if (st == TL_READ_EOF) {
			tl_reader_free(r[i]);
			r[i] = NULL;
			live--;
			continue;
		}
		if (st != TL_READ_OK) {
			ok = FALSE;
			break;
		}
		fwrite(line, 1, len, out);
		fputc('\n', out);
	}
	for (int i = 0; i < n; i++)
		tl_reader_free(r[i]);
	g_free(r);
	if (fclose(out) != 0 && ok) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: write error", out_path);
		ok = FALSE;
	}
	for (int i = 0; i < n && ok; i++) {
		g_autofree char *p = g_strdup_printf("%s/%s-%d.jsonl", plan->tmpdir, base, i);
		unlink(p);
	}
	return ok;
}
