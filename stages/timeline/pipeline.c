/*
 * Stage processes wired with pipes.  Each of plan->jobs pipelines runs
 * tl-<stage> for every stage; documents are dealt out round robin (files as
 * arguments, JSON Lines records through a FIFO per pipeline), so that the
 * per-record outputs can be interleaved back into input order.  Where the
 * driver must see the stream (intermediate files, the document count, the
 * last stage's output) a relay thread copies it; elsewhere the stages talk
 * directly.  Children get SIGPIPE back and a clean signal mask, and SIGTERM
 * when the driver dies.
 *
 * With several pipelines and merge as the last stage, the pipelines end
 * before merge and one tl-merge reads the records of all of them: their
 * relays write whole lines, one relay at a time, into its standard input.
 * tl-merge does not depend on the order of its records, so this equals one
 * pipeline, without merging shard timelines and then merging those again.
 */
#define _GNU_SOURCE /* pipe2 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "driver.h"
#include "tl/cli.h"
#include "tl/record.h"

/* See driver.h. */
int
tl_driver_widen_pipe(int fd)
{
#ifdef F_SETPIPE_SZ
	(void)fcntl(fd, F_SETPIPE_SZ, 1 << 20);
#endif
	return fd;
}

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
	GMutex *shared; /* out_fd is shared with other relays: write whole lines under it */
} Relay;

typedef struct {
	TlPlan *plan;
	GArray *children;   /* of Child */
	GPtrArray *relays;  /* of Relay* */
	GPtrArray *threads; /* of GThread* */
	gint docs_done;
	int merge_fd;       /* the shared tl-merge's standard input, or -1 */
	GMutex merge_lock;  /* one relay at a time writes into it */
	gboolean stopping;  /* the driver failed and stopped the stages itself */
	TlOrigins *origins; /* of the records dealt through the FIFOs, or NULL */
} Run;

/* ---- processes ---------------------------------------------------------------- */

gboolean
tl_driver_write_all(int fd, const char *buf, size_t n)
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

/* In a child before exec: sig's handler of ours back to the default; an
 * ignored sig stays ignored. */
static void
drop_handler(int sig)
{
	struct sigaction cur;
	if (sigaction(sig, NULL, &cur) == 0 && cur.sa_handler != SIG_IGN)
		signal(sig, SIG_DFL);
}

/* fork and exec argv with the given standard input, output and error (-1:
 * inherit). */
static pid_t
spawn(char **argv, int in_fd, int out_fd, int err_fd, GError **error)
{
	/* signals wait until the child has its own dispositions: a SIGTERM
	 * sent to it before exec would otherwise run our handler in it and be
	 * lost, and the child live on (waiting for input nobody sends) */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_BLOCK, &all, &old);
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid < 0) {
		int e = errno;
		pthread_sigmask(SIG_SETMASK, &old, NULL);
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "cannot start %s: %s", argv[0],
		            g_strerror(e));
		return -1;
	}
	if (pid == 0) {
		/* its own process group, so that stopping it stops what it started */
		setpgid(0, 0);
		/* a driver killed outright (SIGKILL) takes its stages with it:
		 * the kernel sends SIGTERM when the forking thread (the main
		 * one, which lives as long as the driver) ends */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		if (getppid() != parent)
			_exit(127);
		signal(SIGPIPE, SIG_DFL);
		/* our handlers go (an ignored signal stays ignored, as nohup
		 * wants it, across the exec too) */
		for (const int *s = tl_stop_signals; *s; s++)
			drop_handler(*s);
		drop_handler(SIGXCPU);
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		if (in_fd >= 0 && dup2(in_fd, 0) < 0)
			_exit(127);
		if (out_fd >= 0 && dup2(out_fd, 1) < 0)
			_exit(127);
		if (err_fd >= 0 && dup2(err_fd, 2) < 0)
			_exit(127);
		execv(argv[0], argv);
		/* the reason too ("Argument list too long" was not said) */
		const char *why = strerror(errno);
		const char *m = "timeline: cannot run ";
		tl_driver_write_all(2, m, strlen(m));
		tl_driver_write_all(2, argv[0], strlen(argv[0]));
		tl_driver_write_all(2, ": ", 2);
		tl_driver_write_all(2, why, strlen(why));
		tl_driver_write_all(2, "\n", 1);
		_exit(127);
	}
	setpgid(pid, pid); /* also here: no race with the kill below */
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return pid;
}

static void
add_child(Run *run, pid_t pid, const char *stage, int job)
{
	Child c = {pid, run->plan->jobs > 1 ? g_strdup_printf("%s (pipeline %d)", stage, job + 1)
	                                    : g_strdup(stage)};
	g_array_append_val(run->children, c);
}

/* Write the whole lines of pending into a shared output (all of it at the end). */
static gboolean
write_lines(Relay *r, GString *pending, gboolean end)
{
	char *nl = end ? pending->str + pending->len - 1 : memrchr(pending->str, '\n', pending->len);
	if (!nl || pending->len == 0)
		return TRUE;
	if (end && *nl != '\n')
		g_string_append_c(pending, '\n'), nl = pending->str + pending->len - 1;
	size_t n = (size_t)(nl - pending->str) + 1;
	g_mutex_lock(r->shared);
	gboolean ok = tl_driver_write_all(r->out_fd, pending->str, n);
	g_mutex_unlock(r->shared);
	g_string_erase(pending, 0, (gssize)n);
	return ok;
}

static gpointer
relay_main(gpointer data)
{
	Relay *r = data;
	char buf[1 << 16];
	g_autoptr(GString) pending = r->shared ? g_string_sized_new(1 << 17) : NULL;
	gboolean out_ok = TRUE;
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
		if (r->tee_fd >= 0 && !tl_driver_write_all(r->tee_fd, buf, (size_t)n)) {
			r->failed = TRUE;
			break;
		}
		if (pending) {
			g_string_append_len(pending, buf, n);
			if (out_ok && !write_lines(r, pending, FALSE))
				out_ok = FALSE; /* the reader is gone; it reports why */
			if (!out_ok)
				g_string_truncate(pending, 0);
			continue;
		}
		if (r->out_fd >= 0 && !tl_driver_write_all(r->out_fd, buf, (size_t)n)) {
			/* the reader is gone; it reports why */
			break;
		}
	}
	if (pending && out_ok)
		write_lines(r, pending, TRUE);
	close(r->in_fd);
	if (r->out_fd >= 0)
		close(r->out_fd);
	if (r->tee_fd >= 0 && close(r->tee_fd) != 0)
		r->failed = TRUE;
	return NULL;
}

static void
start_relay(Run *run, int in_fd, int out_fd, int tee_fd, gint *counter, const char *what,
            GMutex *shared)
{
	Relay *r = g_new0(Relay, 1);
	*r = (Relay){in_fd, out_fd, tee_fd, counter, FALSE, g_strdup(what), shared};
	g_ptr_array_add(run->relays, r);
	g_ptr_array_add(run->threads, g_thread_new("relay", relay_main, r));
}

/* The standard error of a stage that reads a FIFO of dealt records: each
 * line goes on to the driver's, the FIFO's "path:N" in it made the user's
 * file and line ("tl-normalize: d.jsonl:2: "text" is not a string", not
 * "out/.timeline-XXXXXX/in-0.jsonl:1"). */
typedef struct {
	int fd;
	char *fifo;
	int job, jobs;
	TlOrigins *origins;
} ErrRelay;

/* line with fifo's "path:N" as the record's origin, or NULL if none. */
static char *
name_origin(const ErrRelay *e, const char *line)
{
	const char *at = strstr(line, e->fifo);
	if (!at)
		return NULL;
	const char *num = at + strlen(e->fifo);
	if (*num != ':' || !g_ascii_isdigit(num[1]))
		return NULL;
	char *end;
	guint64 k = g_ascii_strtoull(num + 1, &end, 10), at_line = 0;
	const char *file = tl_driver_origin(e->origins, e->job, e->jobs, k, &at_line);
	if (!file)
		return NULL;
	return g_strdup_printf("%.*s%s:%" G_GUINT64_FORMAT "%s", (int)(at - line), line, file,
	                       at_line, end);
}

static gpointer
err_relay_main(gpointer data)
{
	ErrRelay *e = data;
	char buf[4096];
	g_autoptr(GString) pending = g_string_new(NULL);
	for (;;) {
		ssize_t n = read(e->fd, buf, sizeof buf);
		if (n < 0 && errno == EINTR)
			continue;
		if (n > 0)
			g_string_append_len(pending, buf, n);
		/* whole lines (all of it at the end), each in one write */
		char *nl;
		while ((nl = memchr(pending->str, '\n', pending->len)) || (n <= 0 && pending->len)) {
			size_t len = nl ? (size_t)(nl - pending->str) : pending->len;
			g_autofree char *line = g_strndup(pending->str, len);
			g_autofree char *named = name_origin(e, line);
			g_autofree char *out = g_strconcat(named ? named : line, "\n", NULL);
			(void)tl_driver_write_all(2, out, strlen(out));
			g_string_erase(pending, 0, (gssize)(nl ? len + 1 : len));
		}
		if (n <= 0)
			break;
	}
	close(e->fd);
	g_free(e->fifo);
	g_free(e);
	return NULL;
}

static int
create_file(const char *path, GError **error)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (fd < 0)
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", path, g_strerror(errno));
	return fd;
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
	/* tl-tag writes CoNLL-U unless told: the next stage reads records;
	 * after another stage it reads records too, whatever pipeline.conf's
	 * [tag] says (input=text made a record of each record's line) */
	if (strcmp(plan->stages[k], "tag") == 0) {
		g_ptr_array_add(argv, g_strdup("--format=record"));
		if (k > 0 || plan->tag_records)
			g_ptr_array_add(argv, g_strdup("--input=records"));
	}
	/* (with several pipelines, one tl-merge reads them all: its filters
	 * apply once, to everything) */
	if (plan->config)
		g_ptr_array_add(argv, g_strdup(plan->config));
	for (guint i = 0; i < plan->stage_args->len; i++)
		g_ptr_array_add(argv, g_strdup(plan->stage_args->pdata[i]));
	if (k == 0)
		for (guint i = 0; i < plan->first_args->len; i++)
			g_ptr_array_add(argv, g_strdup(plan->first_args->pdata[i]));
	else if (!plan->conf || !g_key_file_has_key(plan->conf, plan->stages[k], "max-size", NULL))
		/* --max-size guards the inputs; the records after the first
		 * stage are the pipeline's own, and grow past it (a 6 MB
		 * article is a 96 MB line for tl-merge: the run failed, "line
		 * over the limit", naming <stdin>).  A limit pipeline.conf
		 * sets in the stage's own group is the user's word: kept. */
		g_ptr_array_add(argv, g_strdup_printf("--max-size=%" G_GINT64_FORMAT, G_MAXINT64));
	return argv;
}

/* Past this many bytes of names, a first stage gets them in a file. */
#define LIST_BYTES (256 * 1024)

static gboolean
start_pipeline(Run *run, int job, GPtrArray *docs, const char *fifo, GError **error)
{
	TlPlan *plan = run->plan;
	int total = (int)g_strv_length(plan->stages);
	gboolean ends_in_merge = strcmp(plan->stages[total - 1], "merge") == 0;
	gboolean shared = run->merge_fd >= 0; /* the shared tl-merge reads this pipeline */
	int n_stages = shared ? total - 1 : total;
	int in_fd = -1; /* standard input of the next stage (-1: inherit) */
	for (int k = 0; k < n_stages; k++) {
		const char *stage = plan->stages[k];
		g_autoptr(GPtrArray) argv = stage_argv(plan, k);
		/* the stage before the shared merge writes like the one before a merge */
		gboolean to_shared = shared && k == n_stages - 1;
		gboolean last = !to_shared && k == n_stages - 1;
		gboolean before_last = k == total - 2;
		if (last && ends_in_merge) {
			g_ptr_array_add(argv, g_strdup("-o"));
			g_ptr_array_add(argv, g_strdup_printf("%s/final.json", plan->tmpdir));
		}
		if (k == 0) {
			/* more names than an exec takes (ARG_MAX, 2 MB: 60,000
			 * documents with one job failed "cannot run", E2BIG) go in
			 * a file of names ended by NUL bytes */
			size_t bytes = 0;
			for (guint i = 0; i < docs->len; i++)
				bytes += strlen(docs->pdata[i]) + 1 + sizeof(char *);
			gboolean listed = bytes > LIST_BYTES;
			if (listed) {
				g_autofree char *list = g_strdup_printf("%s/files-%d", plan->tmpdir, job);
				GString *names = g_string_sized_new(bytes);
				for (guint i = 0; i < docs->len; i++)
					g_string_append_len(names, docs->pdata[i],
					                    (gssize)strlen(docs->pdata[i]) + 1);
				gboolean wrote = g_file_set_contents(list, names->str, (gssize)names->len, error);
				g_string_free(names, TRUE);
				if (!wrote)
					return FALSE;
				g_ptr_array_add(argv, g_strdup_printf("--files0-from=%s", list));
			}
			/* the inputs after "--": "timeline -- -a.txt" handed the
			 * stage "-a.txt", which it took for an unknown option */
			g_ptr_array_add(argv, g_strdup("--"));
			for (guint i = 0; !listed && i < docs->len; i++)
				g_ptr_array_add(argv, g_strdup(docs->pdata[i]));
			if (fifo)
				g_ptr_array_add(argv, g_strdup(fifo));
		}
		g_ptr_array_add(argv, NULL);
		/* where this stage writes: straight to the next stage, or via a relay */
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
			out_fd = tl_driver_widen_pipe(p[1]);
		}
		/* the stage that reads the FIFO: its messages name the records'
		 * files through an error relay */
		int e[2] = {-1, -1};
		if (k == 0 && fifo && run->origins && pipe2(e, O_CLOEXEC) != 0) {
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "pipe: %s", g_strerror(errno));
			if (out_fd >= 0)
				close(p[0]), close(out_fd);
			return FALSE;
		}
		pid_t pid = spawn((char **)argv->pdata, in_fd, out_fd, e[1], error);
		if (in_fd >= 0)
			close(in_fd);
		if (out_fd >= 0)
			close(out_fd);
		if (e[1] >= 0)
			close(e[1]);
		if (e[0] >= 0) {
			if (pid < 0) {
				close(e[0]);
			} else {
				ErrRelay *er = g_new0(ErrRelay, 1);
				*er = (ErrRelay){e[0], g_strdup(fifo), job, plan->jobs, run->origins};
				g_ptr_array_add(run->threads, g_thread_new("errors", err_relay_main, er));
			}
		}
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
		if ((plan->keep_intermediate && !tl_driver_named_later(plan->stages, k)) || last) {
			g_autofree char *f = g_strdup_printf("%s/%s-%d.jsonl", plan->tmpdir, stage, job);
			if ((tee_fd = create_file(f, error)) < 0)
				return FALSE;
		}
		int next_in = -1, relay_out = -1;
		if (to_shared) {
			if ((relay_out = fcntl(run->merge_fd, F_DUPFD_CLOEXEC, 0)) < 0) {
				g_set_error(error, TL_ERROR, TL_ERROR_IO, "dup: %s", g_strerror(errno));
				return FALSE;
			}
		} else if (!last) {
			int q[2];
			if (pipe2(q, O_CLOEXEC) != 0) {
				g_set_error(error, TL_ERROR, TL_ERROR_IO, "pipe: %s", g_strerror(errno));
				return FALSE;
			}
			next_in = q[0];
			relay_out = tl_driver_widen_pipe(q[1]);
		}
		gboolean count = last || (before_last && ends_in_merge);
		start_relay(run, p[0], relay_out, tee_fd, count ? &run->docs_done : NULL, stage,
		            to_shared ? &run->merge_lock : NULL);
		in_fd = next_in;
		if (to_shared)
			break;
	}
	return TRUE;
}

/*
 * The one tl-merge of several pipelines, writing final.json: run->merge_fd
 * gets the write end of its standard input.
 */
static gboolean
start_shared_merge(Run *run, GError **error)
{
	TlPlan *plan = run->plan;
	int k = (int)g_strv_length(plan->stages) - 1;
	g_autoptr(GPtrArray) argv = stage_argv(plan, k);
	g_ptr_array_add(argv, g_strdup("-o"));
	g_ptr_array_add(argv, g_strdup_printf("%s/final.json", plan->tmpdir));
	g_ptr_array_add(argv, NULL);
	int p[2];
	if (pipe2(p, O_CLOEXEC) != 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "pipe: %s", g_strerror(errno));
		return FALSE;
	}
	pid_t pid = spawn((char **)argv->pdata, p[0], -1, -1, error);
	close(p[0]);
	if (pid < 0) {
		close(p[1]);
		return FALSE;
	}
	Child c = {pid, g_strdup("merge")};
	g_array_append_val(run->children, c);
	run->merge_fd = tl_driver_widen_pipe(p[1]);
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
wait_children(Run *run, TlDealer *dealer, gboolean *partial)
{
	gint *dealer_stop = &dealer->stop;
	gboolean ok = TRUE, stopped = FALSE, reported = FALSE;
	const char *broken_pipe = NULL; /* a stage that died of SIGPIPE */
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
		ok = FALSE;
		/* killed by SIGPIPE: its reader failed, and that is the failure to
		 * report, whenever it is reaped (it is no reason to stop the rest:
		 * the pipeline ends on its own) */
		if (WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE) {
			broken_pipe = broken_pipe ? broken_pipe : c->what;
			continue;
		}
		gboolean first = !stopped;
		if (first) {
			stopped = TRUE;
			g_atomic_int_set(dealer_stop, 1);
			for (guint j = 0; j < run->children->len; j++)
				if (g_array_index(run->children, Child, j).pid > 0)
					kill(-g_array_index(run->children, Child, j).pid, SIGTERM);
		}
		/* the others were stopped by us, or by the dealer, which said why */
		if (tl_driver_interrupted || !first || run->stopping ||
		    g_atomic_int_get(&dealer->stopped_all))
			continue;
		reported = TRUE;
		if (WIFEXITED(status))
			g_printerr("%s: stage %s failed (exit status %d)\n", run->plan->prog, c->what,
			           WEXITSTATUS(status));
		if (WIFEXITED(status) && WEXITSTATUS(status) == TL_EXIT_USAGE)
			run->plan->usage = TRUE;
		else if (WIFSIGNALED(status))
			g_printerr("%s: stage %s was killed by signal %d (%s)\n", run->plan->prog,
			           c->what, WTERMSIG(status), g_strsignal(WTERMSIG(status)));
	}
	/* a failure nobody reported (a stage's reader ended by something
	 * else): the stage that got SIGPIPE is then the only trace of it */
	if (!ok && !reported && broken_pipe && !tl_driver_interrupted && !run->stopping &&
	    !g_atomic_int_get(&dealer->stopped_all))
		g_printerr("%s: stage %s lost its reader (broken pipe)\n", run->plan->prog,
		           broken_pipe);
	return ok;
}

gboolean
tl_driver_run_one(char **argv, const char *what, GError **error)
{
	return tl_driver_run_many(&argv, &what, 1, 1, error);
}

/* The error for a program that ended with status (a usage error, as
 * [export] group=x in the config, stays one). */
static void
failed(const char *what, int status, GError **error)
{
	g_set_error(error, TL_ERROR,
	            WIFEXITED(status) && WEXITSTATUS(status) == TL_EXIT_USAGE ? TL_ERROR_USAGE
	                                                                      : TL_ERROR_IO,
	            "stage %s failed", what);
}

/* End the process groups of the programs still running (pids[i] > 0). */
static void
stop_running(const pid_t *pids, guint n)
{
	for (guint i = 0; i < n; i++)
		if (pids[i] > 0)
			kill(-pids[i], SIGTERM);
}

gboolean
tl_driver_run_many(char ***argvs, const char **whats, guint n, guint at_once, GError **error)
{
	g_autofree pid_t *pids = g_new0(pid_t, n);
	g_autofree int *statuses = g_new0(int, n);
	guint started = 0, live = 0;
	gboolean stop = FALSE, spawn_failed = FALSE;
	at_once = MAX(at_once, 1);
	for (;;) {
		while (!stop && started < n && live < at_once) {
			if ((pids[started] = spawn(argvs[started], -1, -1, -1, error)) < 0) {
				pids[started] = 0;
				spawn_failed = stop = TRUE; /* error set: the others end */
				stop_running(pids, n);
				break;
			}
			started++;
			live++;
		}
		if (live == 0)
			break;
		int status;
		pid_t pid = waitpid(-1, &status, 0);
		if (pid < 0) {
			if (errno != EINTR)
				break;
			if (tl_driver_interrupted && !stop) {
				stop = TRUE;
				stop_running(pids, n);
			}
			continue;
		}
		for (guint i = 0; i < n; i++)
			if (pids[i] == pid) {
				pids[i] = 0;
				statuses[i] = status;
				live--;
				if ((!WIFEXITED(status) || WEXITSTATUS(status) != 0) && !stop) {
					/* one failed: the run fails, the others end */
					stop = TRUE;
					stop_running(pids, n);
				}
			}
	}
	if (tl_driver_interrupted) {
		g_clear_error(error);
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "interrupted");
		return FALSE;
	}
	if (spawn_failed)
		return FALSE;
	/* the first that failed of its own (not stopped by us), in their order */
	for (guint i = 0; i < n; i++)
		if (statuses[i] != 0 && !(WIFSIGNALED(statuses[i]) && WTERMSIG(statuses[i]) == SIGTERM)) {
			failed(whats[i], statuses[i], error);
			return FALSE;
		}
	for (guint i = 0; i < n; i++)
		if (statuses[i] != 0) {
			failed(whats[i], statuses[i], error);
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

gboolean
tl_driver_named_later(char **stages, int s)
{
	for (int t = s + 1; stages[t]; t++)
		if (strcmp(stages[t], stages[s]) == 0)
			return TRUE;
	return FALSE;
}

gboolean
tl_driver_run(TlPlan *plan, GPtrArray *files, GError **error)
{
	int n = plan->jobs;
	Run run = {plan, g_array_new(FALSE, TRUE, sizeof(Child)),
	           g_ptr_array_new_with_free_func(relay_free), g_ptr_array_new(), 0, -1, {0}, FALSE, NULL};
	g_mutex_init(&run.merge_lock);
	int n_stages = (int)g_strv_length(plan->stages);
	gboolean ends_in_merge = strcmp(plan->stages[n_stages - 1], "merge") == 0;
	/* deal out: documents round robin, then JSON Lines records continuing the count */
	g_autoptr(GPtrArray) jsonl = g_ptr_array_new();
	GPtrArray **docs = g_new(GPtrArray *, n);
	for (int i = 0; i < n; i++)
		docs[i] = g_ptr_array_new();
	guint k = 0;
	for (guint i = 0; i < files->len; i++) {
		char *f = files->pdata[i];
		if (tl_driver_is_jsonl(f) && !plan->documents)
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
	TlOrigins origins = {0};
	g_mutex_init(&origins.lock);
	origins.files = jsonl;
	origins.runs = g_array_new(FALSE, FALSE, sizeof(TlOriginRun));
	origins.first = k % (guint)n;
	if (jsonl->len > 0) {
		run.origins = &origins;
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
	TlProgress pg = {&run.docs_done, plan->prog, 0, 0, 0};
	GThread *pthread = NULL;
	if (ok && plan->progress) {
		tl_driver_measure(files, plan->max_size, &pg.total, &pg.bytes);
		pthread = g_thread_new("progress", tl_driver_progress, &pg);
	}
	/* several pipelines feed one tl-merge */
	if (ok && n > 1 && ends_in_merge)
		ok = start_shared_merge(&run, error);
	/* a pipeline with nothing to do is not started (stdin would be read) */
	gboolean *started = g_new0(gboolean, n);
	for (int i = 0; i < n && ok; i++)
		if (docs[i]->len > 0 || fifos)
			ok = started[i] = start_pipeline(&run, i, docs[i], fifos ? fifos[i] : NULL, error);
	if (run.merge_fd >= 0) { /* the relays hold their own copies */
		close(run.merge_fd);
		run.merge_fd = -1;
	}
	g_autoptr(GArray) pgroups = g_array_new(FALSE, FALSE, sizeof(pid_t));
	for (guint i = 0; i < run.children->len; i++)
		g_array_append_val(pgroups, g_array_index(run.children, Child, i).pid);
	TlDealer dealer = {plan, jsonl, fifos, &origins, FALSE, FALSE, 0, 0, pgroups};
	GThread *dthread = NULL;
	if (ok && fifos)
		dthread = g_thread_new("dealer", tl_driver_deal, &dealer);
	if (!ok) { /* unblock whatever started; the error says why */
		run.stopping = TRUE;
		for (guint i = 0; i < run.children->len; i++)
			kill(-g_array_index(run.children, Child, i).pid, SIGTERM);
	}
	gboolean partial = FALSE;
	gboolean children_ok = wait_children(&run, &dealer, &partial);
	plan->partial |= partial;
	/* every stage has ended: a FIFO not opened yet never will be (the
	 * dealer waited for its reader for ever, and SIGTERM did not end it) */
	g_atomic_int_set(&dealer.stop, 1);
	if (dthread)
		g_thread_join(dthread);
	if (ok && children_ok && dthread && !dealer.failed && !dealer.dealt) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO,
		            "the pipelines ended before every record reached them");
		ok = FALSE;
	}
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
	for (int s = 0; ok && s < n_stages; s++) {
		const char *stage = plan->stages[s];
		gboolean last = s == n_stages - 1;
		if (strcmp(stage, "merge") == 0 || (!last && !plan->keep_intermediate) ||
		    tl_driver_named_later(plan->stages, s))
			continue;
		ok = tl_driver_interleave(plan, stage, error);
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
	g_mutex_clear(&run.merge_lock);
	g_array_free(origins.runs, TRUE);
	g_mutex_clear(&origins.lock);
	return ok;
}
