/*
 * Stage processes wired with pipes.  Each of plan->jobs pipelines runs
 * tl-<stage> for every stage; documents are dealt out round robin (files as
 * arguments, JSON Lines records through a FIFO per pipeline), so that the
 * per-record outputs can be interleaved back into input order.  Where the
 * driver must see the stream (intermediate files, the document count, the
 * last stage's output) a relay thread copies it; elsewhere the stages talk
 * directly.  Children get SIGPIPE back and a clean signal mask.
 */
#define _GNU_SOURCE /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "driver.h"
#include "tl/record.h"

volatile int tl_driver_interrupted;

typedef struct {
	pid_t pid;
	char *what; /* "dates" or "dates (pipeline 2)" */
} Child;

typedef struct {
	int in_fd, out_fd, tee_fd; /* out_fd/tee_fd may be -1 */
	gint *counter;            /* documents seen, or NULL */
	gboolean failed;
	char *what;
} Relay;

typedef struct {
	TlPlan *plan;
	GArray *children;   /* of Child */
	GPtrArray *relays;  /* of Relay* */
	GPtrArray *threads; /* of GThread* */
	gint docs_done;
} Run;

/* ---- processes ---------------------------------------------------------------- */

static gboolean
write_all(int fd, const char *buf, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, buf, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return FALSE;
		}
		buf += w;
		n -= (size_t)w;
	}
	return TRUE;
}

/* fork and exec argv with the given standard input and output (-1: inherit). */
static pid_t
spawn(char **argv, int in_fd, int out_fd, GError **error)
{
	pid_t pid = fork();
	if (pid < 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "cannot start %s: %s", argv[0],
		            g_strerror(errno));
		return -1;
	}
	if (pid == 0) {
		/* its own process group, so that stopping it stops what it started */
		setpgid(0, 0);
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGPIPE, SIG_DFL);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		if (in_fd >= 0 && dup2(in_fd, 0) < 0)
			_exit(127);
		if (out_fd >= 0 && dup2(out_fd, 1) < 0)
			_exit(127);
		execv(argv[0], argv);
		const char *m = "timeline: cannot run ";
		write_all(2, m, strlen(m));
		write_all(2, argv[0], strlen(argv[0]));
		write_all(2, "\n", 1);
		_exit(127);
	}
	setpgid(pid, pid); /* also here: no race with the kill below */
	return pid;
}

static void
add_child(Run *run, pid_t pid, const char *stage, int job)
{
	Child c = {pid, run->plan->jobs > 1 ? g_strdup_printf("%s (pipeline %d)", stage, job + 1)
	                                    : g_strdup(stage)};
	g_array_append_val(run->children, c);
}

static gpointer
relay_main(gpointer data)
{
	Relay *r = data;
	char buf[1 << 16];
	for (;;) {
		ssize_t n = read(r->in_fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			r->failed = n < 0;
			break;
		}
		if (r->counter)
			for (char *p = buf; (p = memchr(p, '\n', (size_t)(buf + n - p))); p++)
				g_atomic_int_inc(r->counter);
		if (r->tee_fd >= 0 && !write_all(r->tee_fd, buf, (size_t)n)) {
			r->failed = TRUE;
			break;
		}
		if (r->out_fd >= 0 && !write_all(r->out_fd, buf, (size_t)n)) {
			/* the reader is gone; it reports why */
			break;
		}
	}
	close(r->in_fd);
	if (r->out_fd >= 0)
		close(r->out_fd);
	if (r->tee_fd >= 0 && close(r->tee_fd) != 0)
		r->failed = TRUE;
	return NULL;
}

static void
start_relay(Run *run, int in_fd, int out_fd, int tee_fd, gint *counter, const char *what)
{
	Relay *r = g_new0(Relay, 1);
	*r = (Relay){in_fd, out_fd, tee_fd, counter, FALSE, g_strdup(what)};
	g_ptr_array_add(run->relays, r);
	g_ptr_array_add(run->threads, g_thread_new("relay", relay_main, r));
}

static int
create_file(const char *path, GError **error)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0)
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", path, g_strerror(errno));
	return fd;
}

/* ---- distributing JSON Lines records ------------------------------------------ */

typedef struct {
	TlPlan *plan;
	GPtrArray *jsonl;   /* inputs to deal out */
	char **fifos;       /* one per pipeline */
	guint first;        /* pipeline that gets the first record */
	gboolean failed;
	gint stop;          /* set when a pipeline failed: give up */
} Dealer;

static gpointer
dealer_main(gpointer data)
{
	Dealer *d = data;
	int n = d->plan->jobs;
	int *fds = g_new(int, n);
	for (int i = 0; i < n; i++)
		fds[i] = -1;
	/* open without blocking: a pipeline that died never opens its end */
	for (int i = 0; i < n; i++) {
		while ((fds[i] = open(d->fifos[i], O_WRONLY | O_NONBLOCK | O_CLOEXEC)) < 0) {
			if (errno != ENXIO || g_atomic_int_get(&d->stop)) {
				d->failed = errno != ENXIO;
				goto out;
			}
			g_usleep(2000);
		}
		fcntl(fds[i], F_SETFL, fcntl(fds[i], F_GETFL) & ~O_NONBLOCK);
	}
	guint next = d->first;
	for (guint f = 0; f < d->jsonl->len; f++) {
		const char *path = d->jsonl->pdata[f];
		g_autoptr(GError) err = NULL;
		g_autoptr(TlReader) r = tl_reader_open(path, (size_t)d->plan->max_size, &err);
		if (!r) {
			g_printerr("%s: %s\n", d->plan->prog, err->message);
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
			}
			if (!rec) {
				/* reported here, where the file and line are known */
				g_printerr("%s: %s:%" G_GUINT64_FORMAT ": %s\n", d->plan->prog,
				           tl_reader_name(r), tl_reader_lineno(r), err->message);
				if (st == TL_READ_ERROR || !d->plan->keep_going) {
					d->failed = TRUE;
					goto out;
				}
				d->plan->partial = TRUE;
				continue;
			}
			int fd = fds[next];
			next = (next + 1) % (guint)n;
			if (g_atomic_int_get(&d->stop) || !write_all(fd, line, len) ||
			    !write_all(fd, "\n", 1))
				goto out; /* a pipeline failed; it says why */
		}
	}
out:
	for (int i = 0; i < n; i++)
		if (fds[i] >= 0)
			close(fds[i]);
	g_free(fds);
	return NULL;
}

/* ---- one pipeline ------------------------------------------------------------------- */

static char *
stage_path(TlPlan *plan, const char *stage)
{
	return g_strdup_printf("%s/tl-%s", plan->bindir, stage);
}

/* Build the argv of a stage: program, shared options, then extra. */
static GPtrArray *
stage_argv(TlPlan *plan, int k)
{
	GPtrArray *argv = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(argv, stage_path(plan, plan->stages[k]));
	/* The pipelines' own merges take no config: its filters (--entity,
	 * --min-salience, dates) apply once, in the final merge, or entries
	 * filtered from a shard could not link with the other shards'. */
	gboolean shard_merge = plan->jobs > 1 && strcmp(plan->stages[k], "merge") == 0;
	if (plan->config && !shard_merge)
		g_ptr_array_add(argv, g_strdup(plan->config));
	for (guint i = 0; i < plan->stage_args->len; i++)
		g_ptr_array_add(argv, g_strdup(plan->stage_args->pdata[i]));
	if (k == 0)
		for (guint i = 0; i < plan->first_args->len; i++)
			g_ptr_array_add(argv, g_strdup(plan->first_args->pdata[i]));
	return argv;
}

static gboolean
start_pipeline(Run *run, int job, GPtrArray *docs, const char *fifo, GError **error)
{
	TlPlan *plan = run->plan;
	int n_stages = (int)g_strv_length(plan->stages);
	gboolean ends_in_merge = strcmp(plan->stages[n_stages - 1], "merge") == 0;
	int in_fd = -1; /* standard input of the next stage (-1: inherit) */
	for (int k = 0; k < n_stages; k++) {
		const char *stage = plan->stages[k];
		g_autoptr(GPtrArray) argv = stage_argv(plan, k);
		gboolean last = k == n_stages - 1;
		if (k == 0) {
			for (guint i = 0; i < docs->len; i++)
				g_ptr_array_add(argv, g_strdup(docs->pdata[i]));
			if (fifo)
				g_ptr_array_add(argv, g_strdup(fifo));
		}
		if (last && ends_in_merge) {
			g_ptr_array_add(argv, g_strdup("-o"));
			g_ptr_array_add(argv, plan->jobs > 1
			                          ? g_strdup_printf("%s/shard-%d.json", plan->tmpdir, job)
			                          : g_strdup_printf("%s/final.json", plan->tmpdir));
		}
		g_ptr_array_add(argv, NULL);
		/* where this stage writes: straight to the next stage, or via a relay */
		gboolean before_last = k == n_stages - 2;
		gboolean relay = last || plan->keep_intermediate || (before_last && ends_in_merge);
		if (last && ends_in_merge)
			relay = FALSE;
		int p[2];
		int out_fd = -1;
		if (!last || relay) {
			if (pipe2(p, O_CLOEXEC) != 0) {
				g_set_error(error, TL_ERROR, TL_ERROR_IO, "pipe: %s", g_strerror(errno));
				return FALSE;
			}
			out_fd = p[1];
		}
		pid_t pid = spawn((char **)argv->pdata, in_fd, out_fd, error);
		if (in_fd >= 0)
			close(in_fd);
		if (out_fd >= 0)
			close(out_fd);
		if (pid < 0)
			return FALSE;
		add_child(run, pid, stage, job);
		if (last && !relay)
			break;
		if (!relay) {
			in_fd = p[0];
			continue;
		}
		/* the relay tees to an intermediate file and feeds the next stage */
		int tee_fd = -1;
		if (plan->keep_intermediate || last) {
			g_autofree char *f = g_strdup_printf("%s/%s-%d.jsonl", plan->tmpdir, stage, job);
			if ((tee_fd = create_file(f, error)) < 0)
				return FALSE;
		}
		int next_in = -1, relay_out = -1;
		if (!last) {
			int q[2];
			if (pipe2(q, O_CLOEXEC) != 0) {
				g_set_error(error, TL_ERROR, TL_ERROR_IO, "pipe: %s", g_strerror(errno));
				return FALSE;
			}
			next_in = q[0];
			relay_out = q[1];
		}
		gboolean count = last || (before_last && ends_in_merge);
		start_relay(run, p[0], relay_out, tee_fd, count ? &run->docs_done : NULL, stage);
		in_fd = next_in;
	}
	return TRUE;
}

/* ---- the run ------------------------------------------------------------------------ */

/*
 * Wait for every child, in whatever order they end, and report the failed
 * ones.  A stage that fails ends the run: the others are stopped (and the
 * dealer with them) rather than left waiting for input that never comes.
 * With --keep-going a stage's exit status 1 (bad records skipped) is no
 * failure: *partial is set and the run goes on.  FALSE if any failed.
 */
static gboolean
wait_children(Run *run, gint *dealer_stop, gboolean *partial)
{
	gboolean ok = TRUE;
	guint live = run->children->len;
	while (live > 0) {
		int status;
		pid_t pid = waitpid(-1, &status, 0);
		if (pid < 0) {
			if (errno == EINTR) {
				if (tl_driver_interrupted) {
					ok = FALSE;
					g_atomic_int_set(dealer_stop, 1);
					for (guint j = 0; j < run->children->len; j++)
						if (g_array_index(run->children, Child, j).pid > 0)
							kill(-g_array_index(run->children, Child, j).pid, SIGTERM);
				}
				continue;
			}
			break;
		}
		Child *c = NULL;
		for (guint j = 0; j < run->children->len && !c; j++)
			if (g_array_index(run->children, Child, j).pid == pid)
				c = &g_array_index(run->children, Child, j);
		if (!c)
			continue;
		c->pid = 0;
		live--;
		if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
			continue;
		if (WIFEXITED(status) && WEXITSTATUS(status) == 1 && run->plan->keep_going) {
			*partial = TRUE;
			continue;
		}
		gboolean first = ok;
		ok = FALSE;
		if (first) {
			g_atomic_int_set(dealer_stop, 1);
			for (guint j = 0; j < run->children->len; j++)
				if (g_array_index(run->children, Child, j).pid > 0)
					kill(-g_array_index(run->children, Child, j).pid, SIGTERM);
		}
		if (tl_driver_interrupted || !first)
			continue; /* the others were stopped by us */
		if (WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE)
			continue; /* its reader failed first, and says so */
		if (WIFEXITED(status))
			g_printerr("%s: stage %s failed (exit status %d)\n", run->plan->prog, c->what,
			           WEXITSTATUS(status));
		else if (WIFSIGNALED(status))
			g_printerr("%s: stage %s was killed by signal %d (%s)\n", run->plan->prog,
			           c->what, WTERMSIG(status), g_strsignal(WTERMSIG(status)));
	}
	return ok;
}

/* Interleave the per-pipeline files <base>-<i>.jsonl into <base>.jsonl, round robin. */
static gboolean
interleave(TlPlan *plan, const char *base, GError **error)
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

gboolean
tl_driver_run_one(char **argv, const char *what, GError **error)
{
	pid_t pid = spawn(argv, -1, -1, error);
	if (pid < 0)
		return FALSE;
	int status;
	while (waitpid(pid, &status, 0) < 0) {
		if (errno != EINTR)
			break;
		if (tl_driver_interrupted)
			kill(-pid, SIGTERM);
	}
	if (tl_driver_interrupted) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "interrupted");
		return FALSE;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "stage %s failed", what);
		return FALSE;
	}
	return TRUE;
}

static void
relay_free(gpointer p)
{
	Relay *r = p;
	g_free(r->what);
	g_free(r);
}

static gint64
now_us(void)
{
	return g_get_monotonic_time();
}

typedef struct {
	Run *run;
	gint total;    /* documents expected, or 0 if unknown */
	gint64 bytes;  /* input bytes */
	gint stop;
} Progress;

static gpointer
progress_main(gpointer data)
{
	Progress *pg = data;
	gint64 t0 = now_us();
	while (!g_atomic_int_get(&pg->stop)) {
		g_usleep(250000);
		gint done = g_atomic_int_get(&pg->run->docs_done);
		double secs = (double)(now_us() - t0) / 1e6;
		double frac = pg->total > 0 ? (double)done / pg->total : 0;
		double mbs = secs > 0 ? frac * (double)pg->bytes / 1e6 / secs : 0;
		if (pg->total > 0 && done > 0 && frac <= 1) {
			double left = secs / frac - secs;
			g_printerr("\r%s: %d/%d documents  %.1f MB/s  %d:%02d left   ", pg->run->plan->prog,
			           done, pg->total, mbs, (int)left / 60, (int)left % 60);
		} else
			g_printerr("\r%s: %d documents   ", pg->run->plan->prog, done);
	}
	g_printerr("\r\033[K");
	return NULL;
}

/* Count the documents and bytes of the inputs, for the progress line. */
static void
measure(GPtrArray *files, gint *total, gint64 *bytes)
{
	for (guint i = 0; i < files->len; i++) {
		const char *f = files->pdata[i];
		struct stat st;
		if (strcmp(f, "-") == 0 || stat(f, &st) != 0)
			continue;
		*bytes += st.st_size;
		if (!tl_driver_is_jsonl(f)) {
			(*total)++;
			continue;
		}
		g_autoptr(TlReader) r = tl_reader_open(f, 0, NULL);
		const char *line;
		size_t len;
		while (r && tl_reader_next(r, &line, &len, NULL) != TL_READ_EOF)
			if (strspn(line, " \t") != len)
				(*total)++;
	}
}

gboolean
tl_driver_run(TlPlan *plan, GPtrArray *files, GError **error)
{
	int n = plan->jobs;
	Run run = {plan, g_array_new(FALSE, TRUE, sizeof(Child)),
	           g_ptr_array_new_with_free_func(relay_free), g_ptr_array_new(), 0};
	/* deal out: documents round robin, then JSON Lines records continuing the count */
	g_autoptr(GPtrArray) jsonl = g_ptr_array_new();
	GPtrArray **docs = g_new(GPtrArray *, n);
	for (int i = 0; i < n; i++)
		docs[i] = g_ptr_array_new();
	guint k = 0;
	for (guint i = 0; i < files->len; i++) {
		char *f = files->pdata[i];
		if (tl_driver_is_jsonl(f))
			g_ptr_array_add(jsonl, f);
		else
			g_ptr_array_add(docs[k++ % (guint)n], f);
	}
	/* one pipeline reads the JSON Lines itself, after the documents, as the
	 * dealer's round robin would have them */
	if (n == 1) {
		for (guint i = 0; i < jsonl->len; i++)
			g_ptr_array_add(docs[0], jsonl->pdata[i]);
		g_ptr_array_set_size(jsonl, 0);
	}
	char **fifos = NULL;
	gboolean ok = TRUE;
	if (jsonl->len > 0) {
		fifos = g_new0(char *, n + 1);
		for (int i = 0; i < n && ok; i++) {
			fifos[i] = g_strdup_printf("%s/in-%d.jsonl", plan->tmpdir, i);
			if (mkfifo(fifos[i], 0600) != 0) {
				g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", fifos[i],
				            g_strerror(errno));
				ok = FALSE;
			}
		}
	}
	Progress pg = {&run, 0, 0, 0};
	GThread *pthread = NULL;
	if (ok && plan->progress) {
		measure(files, &pg.total, &pg.bytes);
		pthread = g_thread_new("progress", progress_main, &pg);
	}
	/* a pipeline with nothing to do is not started (stdin would be read) */
	gboolean *started = g_new0(gboolean, n);
	for (int i = 0; i < n && ok; i++)
		if (docs[i]->len > 0 || fifos)
			ok = started[i] = start_pipeline(&run, i, docs[i], fifos ? fifos[i] : NULL, error);
	Dealer dealer = {plan, jsonl, fifos, k % (guint)n, FALSE, 0};
	GThread *dthread = NULL;
	if (ok && fifos)
		dthread = g_thread_new("dealer", dealer_main, &dealer);
	if (!ok) /* unblock whatever started */
		for (guint i = 0; i < run.children->len; i++)
			kill(-g_array_index(run.children, Child, i).pid, SIGTERM);
	gboolean partial = FALSE;
	gboolean children_ok = wait_children(&run, &dealer.stop, &partial);
	plan->partial |= partial;
	if (dthread)
		g_thread_join(dthread);
	for (guint i = 0; i < run.threads->len; i++)
		g_thread_join(run.threads->pdata[i]);
	if (pthread) {
		g_atomic_int_set(&pg.stop, 1);
		g_thread_join(pthread);
	}
	if (ok && (!children_ok || dealer.failed)) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "the pipeline failed");
		ok = FALSE;
	}
	for (guint i = 0; ok && i < run.relays->len; i++) {
		Relay *r = run.relays->pdata[i];
		if (r->failed) {
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "cannot keep the output of %s",
			            r->what);
			ok = FALSE;
		}
	}
	if (ok && tl_driver_interrupted) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "interrupted");
		ok = FALSE;
	}
	/* per-pipeline files become one, in input order */
	int n_stages = (int)g_strv_length(plan->stages);
	for (int s = 0; ok && s < n_stages; s++) {
		const char *stage = plan->stages[s];
		gboolean last = s == n_stages - 1;
		if (strcmp(stage, "merge") == 0 || (!last && !plan->keep_intermediate))
			continue;
		ok = interleave(plan, stage, error);
	}
	if (ok && n > 1 && strcmp(plan->stages[n_stages - 1], "merge") == 0) {
		g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func(g_free);
		g_ptr_array_add(argv, stage_path(plan, "merge"));
		if (plan->config)
			g_ptr_array_add(argv, g_strdup(plan->config));
		for (guint i = 0; i < plan->stage_args->len; i++)
			g_ptr_array_add(argv, g_strdup(plan->stage_args->pdata[i]));
		for (int i = 0; i < n; i++)
			if (started[i])
				g_ptr_array_add(argv, g_strdup_printf("%s/shard-%d.json", plan->tmpdir, i));
		g_ptr_array_add(argv, g_strdup("-o"));
		g_ptr_array_add(argv, g_strdup_printf("%s/final.json", plan->tmpdir));
		g_ptr_array_add(argv, NULL);
		ok = tl_driver_run_one((char **)argv->pdata, "merge (of the pipelines)", error);
	}
	for (int i = 0; fifos && i < n; i++)
		unlink(fifos[i]);
	g_strfreev(fifos);
	g_free(started);
	for (int i = 0; i < n; i++)
		g_ptr_array_free(docs[i], TRUE);
	g_free(docs);
	for (guint i = 0; i < run.children->len; i++)
		g_free(g_array_index(run.children, Child, i).what);
	g_array_free(run.children, TRUE);
	g_ptr_array_free(run.relays, TRUE);
	g_ptr_array_free(run.threads, TRUE);
	return ok;
}
