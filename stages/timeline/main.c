/*
 * timeline: the whole pipeline in one command.  Runs the stage programs as
 * separate processes joined by pipes (never in-process, so a stage-by-stage
 * run gives the same bytes), on --jobs parallel pipelines that one tl-merge
 * reads, and writes output/<name>.timeline.json plus the
 * exports pipeline.conf lists.  Everything is written into a private folder
 * first and moved into place only when every stage succeeded.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "driver.h"
#include "tl/cli.h"

static char *output_dir;
static char *name;
static gboolean keep_intermediate;
static char *until;
static int jobs;
static gboolean quiet;
static char *format;
static char *dct;
static char *stages_opt = "normalize;dates;events;merge";
static char *exports_opt = "timelinejs;vis;html;csv;ics;mermaid";
/* --exports on the command line (pipeline.conf's exports= is for the full
 * runs, and is not warned about when a run stops before merge) */
static gboolean exports_asked;

static const GOptionEntry entries[] = {
	{"output-dir", 'd', 0, G_OPTION_ARG_FILENAME, &output_dir,
	 "Write the timeline and its exports into DIR (default: output)", "DIR"},
	{"name", 'n', 0, G_OPTION_ARG_STRING, &name,
	 "Name the outputs NAME.timeline.json ... (default: from the input)", "NAME"},
	{"keep-intermediate", 0, 0, G_OPTION_ARG_NONE, &keep_intermediate,
	 "Also write each stage's JSON Lines to the output folder", NULL},
	{"until", 0, 0, G_OPTION_ARG_STRING, &until, "Stop after STAGE (e.g. dates)", "STAGE"},
	{"jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
	 "Run N pipelines in parallel (default: the number of cores)", "N"},
	{"quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "Show no progress", NULL},
	{"format", 'f', 0, G_OPTION_ARG_STRING, &format,
	 "Read inputs as text|html|timeml|jsonl (default: by extension)", "FMT"},
	{"dct", 0, 0, G_OPTION_ARG_STRING, &dct, "Use DATE as every document's date", "DATE"},
	{"stages", 0, 0, G_OPTION_ARG_STRING, &stages_opt,
	 "The stages, in order (default: normalize;dates;events;merge)", "LIST"},
	{"exports", 0, 0, G_OPTION_ARG_STRING, &exports_opt,
	 "Export formats to write after merge (default: timelinejs;vis;html;csv;ics;mermaid)",
	 "LIST"},
	{NULL, 0, 0, 0, NULL, NULL, NULL},
};

static const struct {
	const char *format, *ext;
} export_ext[] = {
	{"timelinejs", "timelinejs.json"}, {"vis", "vis.json"}, {"html", "html"},
	{"csv", "csv"}, {"ics", "ics"}, {"mermaid", "mmd"},
};

static void
on_signal(int sig)
{
	tl_driver_interrupted = sig;
}

/* Remove a folder and the files in it (it holds no sub-folders). */
/* Remove the run's private folder, then let its lock go. */
static void
remove_workdir(const char *dir, int lock_fd)
{
	tl_driver_remove_workdir(dir);
	close(lock_fd);
}

/* The longest name of the outputs: with ".timelinejs.json", and a dot and
 * ".XXXXXX" around it while written, it stays within 255 bytes. */
#define NAME_MAX_LEN 200

/* The name of the outputs: --name, else the single input's base name. */
static char *
output_name(char **files)
{
	if (name)
		return g_strdup(name);
	if (!files || !files[0] || files[1] || strcmp(files[0], "-") == 0)
		return g_strdup("timeline");
	g_autofree char *copy = g_strdup(files[0]);
	size_t l = strlen(copy);
	while (l > 1 && copy[l - 1] == '/')
		copy[--l] = '\0';
	char *base = g_path_get_basename(copy);
	char *dot = strrchr(base, '.');
	if (dot && dot != base)
		*dot = '\0';
	/* "timeline ." or "timeline /": a name of "." or "/" made the hidden
	 * "..timeline.json" (or "output//.timeline.json") */
	if (strcmp(base, ".") == 0 || strcmp(base, "/") == 0) {
		g_free(base);
		return g_strdup("timeline");
	}
	/* room for the longest output's temporary name (a long input name
	 * made tl-export fail with "File name too long") */
	if (strlen(base) > NAME_MAX_LEN)
		*g_utf8_find_prev_char(base, base + NAME_MAX_LEN + 1) = '\0';
	return base;
}

static char *
find_bindir(void)
{
	const char *env = g_getenv("TL_BINDIR");
	if (env && *env)
		return g_strdup(env);
	g_autofree char *exe = g_file_read_link("/proc/self/exe", NULL);
	return exe ? g_path_get_dirname(exe) : g_strdup(".");
}


static gboolean place(const char *tmpdir, const char *from, const char *to, GError **error);

/* Move tmp/<from> to <to>, as -o is placed: an export or intermediate file
 * that was a link kept it (the link was replaced by the file), and one that
 * was private kept its permissions (it became 0644); FALSE with error. */
static gboolean
move(const char *tmpdir, const char *from, const char *to, GError **error)
{
	return place(tmpdir, from, to, error);
}

/* Set when the reader of -o - went away: we end as a filter does then. */
static gboolean stdout_gone;

/*
 * Put tmp/<from> at -o's place ("-": standard output).  A file is replaced
 * by a rename, a link's target rather than the link; standard output, a
 * device or FIFO, or a file on another file system than the output folder
 * is written through the kit's atomic output (tl_output_open): a rename
 * would replace the device, or fail with "Invalid cross-device link".
 * FALSE with error.
 */
static gboolean
place(const char *tmpdir, const char *from, const char *to, GError **error)
{
	g_autofree char *src = g_build_filename(tmpdir, from, NULL);
	gboolean to_stdout = strcmp(to, "-") == 0;
	struct stat st;
	if (!to_stdout && (stat(to, &st) != 0 || S_ISREG(st.st_mode))) {
		g_autofree char *target = tl_output_target(to);
		if (!target) {
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", to, g_strerror(ELOOP));
			return FALSE;
		}
		int fd = open(src, O_RDONLY | O_CLOEXEC);
		if (fd >= 0) {
			tl_output_keep_mode(fd, target);
			close(fd);
		}
		if (g_rename(src, target) == 0)
			return TRUE;
		if (errno != EXDEV) {
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", to, g_strerror(errno));
			return FALSE;
		}
	}
	FILE *in = fopen(src, "rb");
	if (!in) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", src, g_strerror(errno));
		return FALSE;
	}
	TlOutput *out = tl_output_open(to_stdout ? NULL : to, error);
	if (!out) {
		fclose(in);
		return FALSE;
	}
	FILE *fp = tl_output_file(out);
	char buf[1 << 16];
	size_t n;
	int werr = 0;
	errno = 0;
	while (!werr && (n = fread(buf, 1, sizeof buf, in)) > 0)
		if (fwrite(buf, 1, n, fp) != n)
			werr = errno ? errno : EIO;
	gboolean read_error = ferror(in) != 0;
	fclose(in);
	if (!werr && !read_error && fflush(fp) != 0)
		werr = errno ? errno : EIO;
	if (werr == EPIPE && to_stdout) {
		stdout_gone = TRUE; /* quietly, like `| head` on any filter */
		clearerr(fp);
		tl_output_abort(out);
		return TRUE;
	}
	if (read_error || werr) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s error: %s", read_error ? src : to,
		            read_error ? "read" : "write", g_strerror(read_error ? EIO : werr));
		tl_output_abort(out);
		return FALSE;
	}
	return tl_output_commit(out, error);
}

static gboolean
run_exports(TlPlan *plan, char **formats, const char *base, GError **error)
{
	g_autofree char *in = g_build_filename(plan->tmpdir, "final.json", NULL);
	/* the timeline is our own, not input to guard against: an archive's
	 * may pass the limit on a record ("Reuters-21578's is 70 MB"), which
	 * then holds for tl-export's one document */
	GStatBuf st;
	g_autofree char *limit = NULL;
	if (g_stat(in, &st) == 0 && (gint64)st.st_size >= plan->max_size)
		limit = g_strdup_printf("--max-size=%" G_GINT64_FORMAT, (gint64)st.st_size + 1);
	/* each export reads the timeline on its own: --jobs of them at once */
	g_autoptr(GPtrArray) argvs = g_ptr_array_new_with_free_func((GDestroyNotify)g_strfreev);
	g_autoptr(GPtrArray) whats = g_ptr_array_new_with_free_func(g_free);
	for (char **f = formats; *f; f++) {
		const char *ext = NULL;
		for (guint i = 0; i < G_N_ELEMENTS(export_ext); i++)
			if (strcmp(export_ext[i].format, *f) == 0)
				ext = export_ext[i].ext;
		GPtrArray *argv = g_ptr_array_new();
		g_ptr_array_add(argv, g_strdup_printf("%s/tl-export", plan->bindir));
		if (plan->config)
			g_ptr_array_add(argv, g_strdup(plan->config));
		for (guint i = 0; i < plan->stage_args->len; i++)
			g_ptr_array_add(argv, g_strdup(plan->stage_args->pdata[i]));
		if (limit)
			g_ptr_array_add(argv, g_strdup(limit));
		g_ptr_array_add(argv, g_strdup_printf("--format=%s", *f));
		g_ptr_array_add(argv, g_strdup("-o"));
		g_ptr_array_add(argv, g_strdup_printf("%s/%s.%s", plan->tmpdir, base, ext));
		g_ptr_array_add(argv, g_strdup("--")); /* -d -x: the input is "-x/.timeline-.../final.json" */
		g_ptr_array_add(argv, g_strdup(in));
		g_ptr_array_add(argv, NULL);
		g_ptr_array_add(argvs, g_ptr_array_free(argv, FALSE));
		g_ptr_array_add(whats, g_strdup_printf("export (%s)", *f));
	}
	return tl_driver_run_many((char ***)argvs->pdata, (const char **)whats->pdata, argvs->len,
	                          (guint)MAX(plan->jobs, 1), error);
}

/*
 * The pipelines the open-file limit allows: each holds about four
 * descriptors in the driver (pipes, a relay's file, its FIFO) besides a
 * reserve for the rest.  The soft limit is raised towards the hard one
 * first; past it, fewer pipelines run (said when --jobs asked for more),
 * rather than a run that fails with "Too many open files".
 */
#define FDS_PER_JOB 4
#define FDS_RESERVE 16
static int
fit_jobs(TlCli *cli, int want, gboolean asked)
{
	struct rlimit rl;
	if (getrlimit(RLIMIT_NOFILE, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return want;
	rlim_t need = (rlim_t)want * FDS_PER_JOB + FDS_RESERVE;
	if (rl.rlim_cur < need && rl.rlim_max > rl.rlim_cur) {
		rl.rlim_cur = rl.rlim_max == RLIM_INFINITY || rl.rlim_max > need ? need : rl.rlim_max;
		setrlimit(RLIMIT_NOFILE, &rl);
	}
	if (rl.rlim_cur >= need)
		return want;
	int fit = rl.rlim_cur > FDS_RESERVE + FDS_PER_JOB
	              ? (int)((rl.rlim_cur - FDS_RESERVE) / FDS_PER_JOB)
	              : 1;
	if (fit >= want)
		return want;
	if (asked)
		tl_cli_error(cli, "warning: --jobs %d needs more open files than the limit of %lu "
		                  "(ulimit -n); running %d", want, (unsigned long)rl.rlim_cur, fit);
	return fit;
}

/* FALSE with error unless prog is a program we may run: a file that was
 * there but not executable was "not found" too. */
static gboolean
program_ok(const char *prog, GError **error)
{
	struct stat st;
	if (stat(prog, &st) != 0) {
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_USAGE, "stage program '%s'%s%s", prog,
		            e == ENOENT ? " not found" : ": ", e == ENOENT ? "" : g_strerror(e));
		return FALSE;
	}
	if (!S_ISREG(st.st_mode) || access(prog, X_OK) != 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_USAGE, "stage program '%s' is not an executable file",
		            prog);
		return FALSE;
	}
	return TRUE;
}

/* Check the stage list against --until and the programs at hand. */
static char **
plan_stages(TlCli *cli, const char *bindir, GError **error)
{
	g_auto(GStrv) all = g_strsplit_set(stages_opt, ";, ", -1);
	GPtrArray *keep = g_ptr_array_new_with_free_func(g_free); /* (the names leaked on an error) */
	gboolean found_until = until == NULL;
	static const char *const known[] = {"normalize", "dates", "tag", "events", "merge"};
	/* the pipeline's order (tag, a side tool, anywhere after normalize and
	 * before merge): stages out of it ran as written, and failed in a later
	 * stage on what an earlier one had not made ("normalize;merge;dates":
	 * tl-dates' "invalid JSON: expected a string key" on the timeline), or
	 * wrote a timeline of no events ("normalize;events;dates;merge") */
	static const int rank[] = {0, 1, -1, 2, 3};
	const char *top = NULL; /* the last stage of the highest rank so far */
	int top_rank = -1;
	gboolean tag_seen = FALSE;
	for (char **s = all; *s; s++) {
		if (!**s)
			continue;
		/* only the programs that read and write records: tl-export or
		 * tl-timeml would write another format into NAME.STAGE.jsonl */
		gboolean ok = FALSE;
		int r = -1;
		for (guint i = 0; i < G_N_ELEMENTS(known); i++)
			if (strcmp(*s, known[i]) == 0)
				ok = TRUE, r = rank[i];
		const char *before = NULL;
		if (ok && r < 0 && top_rank >= 3)
			before = top;
		else if (ok && r >= 0 && (r < top_rank || (r == 0 && tag_seen)))
			before = r < top_rank ? top : "tag";
		if (before) {
			g_set_error(error, TL_ERROR, TL_ERROR_USAGE,
			            "--stages: '%s' after '%s' (the stages run in the pipeline's order: "
			            "normalize, dates, events, merge; tag anywhere between normalize and "
			            "merge)", *s, before);
			g_ptr_array_free(keep, TRUE);
			return NULL;
		}
		if (ok && r < 0)
			tag_seen = TRUE;
		else if (ok && r >= top_rank)
			top = *s, top_rank = r;
		if (!ok) {
			g_set_error(error, TL_ERROR, TL_ERROR_USAGE,
			            "--stages: '%s' is not a stage (normalize, dates, tag, events, "
			            "merge; the formats of the timeline are --exports)", *s);
			g_ptr_array_free(keep, TRUE);
			return NULL;
		}
		g_autofree char *prog = g_strdup_printf("%s/tl-%s", bindir, *s);
		if (!program_ok(prog, error)) {
			g_ptr_array_free(keep, TRUE);
			return NULL;
		}
		g_ptr_array_add(keep, g_strdup(*s));
		if (until && strcmp(*s, until) == 0) {
			found_until = TRUE;
			break;
		}
	}
	if (!found_until || keep->len == 0) {
		g_set_error(error, TL_ERROR, TL_ERROR_USAGE,
		            keep->len ? "--until: no stage '%s' in the pipeline" : "no stages%s",
		            until ? until : "");
		g_ptr_array_free(keep, TRUE);
		return NULL;
	}
	(void)cli;
	g_ptr_array_add(keep, NULL);
	return (char **)g_ptr_array_free(keep, FALSE);
}

/*
 * Two documents of the same file name in two folders get the same record id,
 * and tl-merge takes them for one document (the second one's events are lost).
 * tl-normalize warns when it reads both, but --jobs may give them to two
 * pipelines: say it here, once, before anything runs.
 */
static void
warn_repeated_ids(TlCli *cli, GPtrArray *files)
{
	g_autoptr(GHashTable) seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	for (guint i = 0; i < files->len; i++) {
		const char *path = files->pdata[i];
		if (strcmp(path, "-") == 0 || tl_driver_is_jsonl(path))
			continue; /* JSON Lines records carry their own ids */
		char *id = tl_file_id(path);
		const char *first = g_hash_table_lookup(seen, id);
		if (first)
			tl_cli_error(cli, "warning: %s and %s both get the id \"%s\"; tl-merge takes "
			             "them for one document (rename one, or convert them to JSON Lines "
			             "with ids of their own)", first, path, id);
		if (!first)
			g_hash_table_insert(seen, id, (gpointer)path);
		else
			g_free(id);
	}
}

/*
 * An output that is one of the inputs (timeline -o a.txt a.txt; an input
 * named a.csv beside the CSV export of a run named a; an input
 * x.dates.jsonl and --keep-intermediate) would be replaced by what was
 * made of it: refused before anything runs.  dests: the paths written.
 */
static gboolean
check_clobber(TlCli *cli, GPtrArray *files, GPtrArray *dests)
{
	g_autoptr(GArray) ids = g_array_new(FALSE, FALSE, sizeof(struct stat));
	for (guint i = 0; i < dests->len; i++) {
		struct stat st;
		if (stat(dests->pdata[i], &st) == 0 && S_ISREG(st.st_mode))
			g_array_append_val(ids, st);
		else
			g_ptr_array_index(dests, i) = NULL; /* (dests owns nothing) */
	}
	for (guint f = 0; ids->len && f < files->len; f++) {
		struct stat in;
		if (strcmp(files->pdata[f], "-") == 0 || stat(files->pdata[f], &in) != 0)
			continue;
		for (guint i = 0, k = 0; i < dests->len; i++) {
			if (!dests->pdata[i])
				continue;
			const struct stat *o = &g_array_index(ids, struct stat, k++);
			if (o->st_dev == in.st_dev && o->st_ino == in.st_ino) {
				tl_cli_error(cli, "%s: an output of this run, and an input (%s): it "
				                  "would be replaced; nothing written (choose another "
				                  "-o, -d or --name)", (char *)dests->pdata[i],
				             (char *)files->pdata[f]);
				return FALSE;
			}
		}
	}
	return TRUE;
}

/* Do a and b name one file (both there and one, or one name in one folder)? */
static gboolean
same_place(const char *a, const char *b)
{
	struct stat sa, sb;
	if (stat(a, &sa) == 0 && stat(b, &sb) == 0)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	g_autofree char *ba = g_path_get_basename(a), *bb = g_path_get_basename(b);
	g_autofree char *da = g_path_get_dirname(a), *db = g_path_get_dirname(b);
	return strcmp(ba, bb) == 0 && stat(da, &sa) == 0 && stat(db, &sb) == 0 &&
	       sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/*
 * -o naming another output of the run (-o out/in.csv beside the CSV export,
 * -o out/in.dates.jsonl with --keep-intermediate): the one moved last
 * replaced the other, the timeline or the records lost without a word,
 * exit 0.  dests: the paths written, -o (output) among them.
 */
static gboolean
check_output_twice(TlCli *cli, const char *output, GPtrArray *dests)
{
	if (!output || strcmp(output, "-") == 0)
		return TRUE;
	g_autofree char *target = tl_output_target(output);
	gboolean self = FALSE; /* -o's own place in dests, passed once */
	for (guint i = 0; i < dests->len; i++) {
		const char *d = dests->pdata[i];
		if (!self && strcmp(d, output) == 0) {
			self = TRUE;
			continue;
		}
		if (!target || !same_place(target, d))
			continue;
		tl_cli_error(cli, "-o %s: also the name of another output of this run (%s): "
		                  "one would replace the other; nothing written (choose "
		                  "another -o, -d or --name)", output, d);
		return FALSE;
	}
	return TRUE;
}

/*
 * Can each output be put in place?  The outputs are moved one by one after
 * the run: a folder in the way of one (out/in.csv a folder) or -o in a
 * folder that is not there failed the run when some were already moved
 * ("out/in.csv: is a directory; nothing written", with the old timeline
 * replaced and three exports written).  Refused before anything runs.
 */
static gboolean
check_dests(TlCli *cli, GPtrArray *dests)
{
	for (guint i = 0; i < dests->len; i++) {
		const char *d = dests->pdata[i];
		g_autofree char *target = tl_output_target(d);
		struct stat st;
		int e = 0;
		gboolean there = target && stat(target, &st) == 0;
		if (!target)
			e = ELOOP;
		else if (there && S_ISDIR(st.st_mode))
			e = EISDIR;
		else {
			/* a file is put in place by a rename in its folder (a
			 * device or FIFO is written through) */
			gboolean renamed = !there || S_ISREG(st.st_mode);
			g_autofree char *parent = g_path_get_dirname(target);
			if (stat(parent, &st) != 0)
				e = errno;
			else if (!S_ISDIR(st.st_mode))
				e = ENOTDIR;
			else if (renamed && access(parent, W_OK) != 0)
				e = errno;
		}
		if (e) {
			tl_cli_error(cli, "%s: %s; nothing written", d, g_strerror(e));
			return FALSE;
		}
	}
	return TRUE;
}

/* TRUE when S holds an ASCII control character (C0 or DEL). */
static gboolean
has_control(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			return TRUE;
	return FALSE;
}

static int
run(TlCli *cli)
{
	g_autoptr(GError) err = NULL;
	if (jobs < 0 || jobs > 256) {
		tl_cli_error(cli, "--jobs must be between 1 and 256");
		return TL_EXIT_USAGE;
	}
	/* the outputs are DIR/NAME.timeline.json ...: a name with a '/' points
	 * into a folder that is not there, '', '.' or '..' hide them, and a
	 * control character (a line end from pipeline.conf's "name=\n") makes
	 * names no listing shows as they are */
	if (name && (!*name || strchr(name, '/') || strcmp(name, ".") == 0 ||
	             strcmp(name, "..") == 0 || has_control(name))) {
		tl_cli_error(cli, "--name: '%s' is not a file name (no '/', no control "
		                  "character, not empty, '.' or '..')", name);
		return TL_EXIT_USAGE;
	}
	/* -d '' (output-dir= in pipeline.conf) failed after the parse with
	 * "timeline: : Invalid argument", exit 1 */
	if (output_dir && !*output_dir) {
		tl_cli_error(cli, "--output-dir: the folder name is empty");
		return TL_EXIT_USAGE;
	}
	if (name && strlen(name) > NAME_MAX_LEN) {
		tl_cli_error(cli, "--name: %zu bytes is too long (at most %d)", strlen(name),
		             NAME_MAX_LEN);
		return TL_EXIT_USAGE;
	}
	g_autofree char *bindir = find_bindir();
	g_auto(GStrv) stages = plan_stages(cli, bindir, &err);
	if (!stages) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_USAGE;
	}
	/* --format and --dct go to the first stage: one that has no such
	 * option failed after the run had started ("tl-dates: Unknown option
	 * --format=text", exit 2) */
	if ((format && strcmp(stages[0], "normalize") != 0) ||
	    (dct && strcmp(stages[0], "normalize") != 0 && strcmp(stages[0], "dates") != 0)) {
		tl_cli_error(cli, "--%s is for tl-normalize%s, and the pipeline starts with %s",
		             format ? "format" : "dct", format ? "" : " or tl-dates", stages[0]);
		return TL_EXIT_USAGE;
	}
	const char *outdir = output_dir ? output_dir : "output";
	g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func(g_free);
	if (!tl_driver_collect(cli->prog, cli->files, outdir, files, &err)) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	warn_repeated_ids(cli, files);
	/* a pipeline that does not start with normalize reads records: a
	 * document went through tl-tag as a record of no "id" (tl-tag makes
	 * one of any text), and the run failed at its end, "tl-merge:
	 * <stdin>:1: the record has no "id" string" (the driver's pipe) */
	gboolean to_merge = g_strv_contains((const char *const *)stages, "merge");
	gboolean reads_records =
	        strcmp(stages[0], "normalize") != 0 && (strcmp(stages[0], "tag") != 0 || to_merge);
	for (guint i = 0; reads_records && i < files->len; i++) {
		const char *f = files->pdata[i];
		if (strcmp(f, "-") != 0 && !tl_driver_is_jsonl(f)) {
			tl_cli_error(cli, "%s: a document, and the pipeline starts with %s, which reads "
			                  "records (JSON Lines: .jsonl, .json, .ndjson); start it with normalize",
			             f, stages[0]);
			return TL_EXIT_USAGE;
		}
	}
	/* tl-normalize's --id names one document, and it refuses two files;
	 * but with two jobs or more each pipeline's tl-normalize reads one,
	 * so pipeline.conf's [normalize] id= gave every document that id:
	 * tl-merge took them for one and dropped the later ones' events,
	 * exit 0 (with one job the run failed in tl-normalize instead) */
	if (files->len > 1 && strcmp(stages[0], "normalize") == 0 && cli->conf &&
	    g_key_file_has_key(cli->conf, "normalize", "id", NULL)) {
		tl_cli_error(cli, "%s: [normalize] id names one document, and %u are given "
		                  "(remove the key, or run one document)", cli->config, files->len);
		return TL_EXIT_USAGE;
	}
	if (g_mkdir_with_parents(outdir, 0777) != 0) {
		tl_cli_error(cli, "%s: %s", outdir, g_strerror(errno));
		return TL_EXIT_FAIL;
	}
	/* the private folders of runs killed outright (SIGKILL) go first */
	tl_driver_sweep(outdir);
	int lock_fd = -1;
	g_autofree char *tmpl = tl_driver_make_workdir(outdir, &lock_fd, &err);
	if (!tmpl) {
		tl_cli_error(cli, "%s", err->message);
		return TL_EXIT_FAIL;
	}
	TlPlan plan = {0};
	plan.stages = stages;
	plan.bindir = bindir;
	plan.stage_args = g_ptr_array_new_with_free_func(g_free);
	plan.first_args = g_ptr_array_new_with_free_func(g_free);
	plan.jobs = fit_jobs(cli, jobs > 0 ? jobs : (int)g_get_num_processors(), jobs > 0);
	/* tl-merge alone is one process: the pipelines that would feed the
	 * shared merge have no stage to read their inputs (the run hung) */
	if (g_strv_length(stages) == 1 && strcmp(stages[0], "merge") == 0)
		plan.jobs = 1;
	plan.tmpdir = tmpl;
	plan.keep_intermediate = keep_intermediate;
	plan.progress = !quiet && isatty(2);
	plan.keep_going = cli->keep_going;
	/* pipeline.conf's [normalize] lossy=true: the dealer refused the
	 * records it repairs (invalid UTF-8, a lone surrogate), with two jobs
	 * or more, where tl-normalize alone took them */
	plan.lossy = strcmp(stages[0], "normalize") == 0 && cli->conf &&
	             g_key_file_get_boolean(cli->conf, "normalize", "lossy", NULL);
	/* --format (or [normalize] format=) text, html or timeml reads every
	 * input as a document, a .jsonl file too: with two jobs or more the
	 * dealer split it into records all the same, and each pipeline's
	 * tl-normalize read its FIFO as one text ("in-0", "in-1"), where one
	 * job made one document of the file */
	g_autofree char *conf_format =
	        !format && cli->conf ? g_key_file_get_string(cli->conf, "normalize", "format", NULL)
	                             : NULL;
	const char *read_as = format ? format : conf_format;
	plan.documents = strcmp(stages[0], "normalize") == 0 && read_as &&
	                 !tl_driver_format_is_jsonl(read_as) && g_ascii_strcasecmp(read_as, "auto") != 0;
	/* tl-tag first on records is told so: its --input auto reads a
	 * whole input at once, so a JSON Lines file (or, with two jobs, the
	 * records dealt to it) past --max-size was refused whole, "larger
	 * than the limit", where every line was under it */
	gboolean all_jsonl = files->len > 0;
	for (guint i = 0; i < files->len; i++)
		all_jsonl &= tl_driver_is_jsonl(files->pdata[i]);
	plan.tag_records = strcmp(stages[0], "tag") == 0 && (reads_records || all_jsonl);
	plan.max_size = cli->max_size;
	plan.prog = cli->prog;
	g_autofree char *config_arg = cli->config ? g_strdup_printf("--config=%s", cli->config) : NULL;
	plan.config = config_arg;
	plan.conf = cli->conf;
	if (cli->keep_going)
		g_ptr_array_add(plan.stage_args, g_strdup("--keep-going"));
	if (cli->max_size != TL_DEFAULT_MAX_SIZE)
		g_ptr_array_add(plan.stage_args,
		                g_strdup_printf("--max-size=%" G_GINT64_FORMAT, cli->max_size));
	if (format)
		g_ptr_array_add(plan.first_args, g_strdup_printf("--format=%s", format));
	if (dct)
		g_ptr_array_add(plan.first_args, g_strdup_printf("--dct=%s", dct));

	g_autofree char *base = output_name(cli->files);
	guint n_stages = g_strv_length(stages);
	gboolean merged = strcmp(stages[n_stages - 1], "merge") == 0;
	g_auto(GStrv) formats = g_strsplit_set(exports_opt, ";, ", -1);
	g_autoptr(GPtrArray) fmts = g_ptr_array_new();
	for (char **f = formats; *f; f++) {
		if (!**f)
			continue;
		gboolean known = FALSE;
		for (guint i = 0; i < G_N_ELEMENTS(export_ext); i++)
			known |= strcmp(export_ext[i].format, *f) == 0;
		if (strcmp(*f, "timeml") == 0) {
			tl_cli_error(cli, "the timeml export takes records, not a timeline: run "
			                  "tl-export --format timeml on --keep-intermediate output");
			remove_workdir(tmpl, lock_fd);
			return TL_EXIT_USAGE;
		}
		if (!known) {
			tl_cli_error(cli, "unknown export format '%s'", *f);
			remove_workdir(tmpl, lock_fd);
			return TL_EXIT_USAGE;
		}
		/* a format named twice is written once (the second moved a file
		 * the first had taken: "No such file or directory; nothing
		 * written") */
		if (!g_ptr_array_find_with_equal_func(fmts, *f, g_str_equal, NULL))
			g_ptr_array_add(fmts, *f);
	}
	g_ptr_array_add(fmts, NULL);
	/* --exports with --until (or --stages) stopping before merge was
	 * ignored without a word */
	if (!merged && exports_asked && fmts->len > 1)
		tl_cli_error(cli, "warning: --exports '%s': the run stops before merge, so there is no "
		                  "timeline to export; ignored", exports_opt);
	/* tl-export is looked for before anything runs, as the stages are: it
	 * was missed only after the whole pipeline ("cannot run .../tl-export",
	 * twice) */
	g_autofree char *exporter = g_strdup_printf("%s/tl-export", bindir);
	if (merged && fmts->len > 1 && !program_ok(exporter, &err)) {
		tl_cli_error(cli, "%s", err->message);
		remove_workdir(tmpl, lock_fd);
		return TL_EXIT_USAGE;
	}

	/* what the run writes (the names of move() and place() below) */
	g_autoptr(GPtrArray) dests = g_ptr_array_new_with_free_func(g_free);
	g_autoptr(GPtrArray) dest_refs = g_ptr_array_new();
	for (guint s = 0; s < n_stages; s++) {
		gboolean last = s == n_stages - 1;
		if (strcmp(stages[s], "merge") == 0 || (!last && !keep_intermediate) ||
		    tl_driver_named_later(stages, (int)s))
			continue;
		if (!last || !cli->output)
			g_ptr_array_add(dests, g_strdup_printf("%s/%s.%s.jsonl", outdir, base, stages[s]));
		else if (strcmp(cli->output, "-") != 0)
			g_ptr_array_add(dests, g_strdup(cli->output));
	}
	if (merged && cli->output && strcmp(cli->output, "-") != 0)
		g_ptr_array_add(dests, g_strdup(cli->output));
	else if (merged && !cli->output)
		g_ptr_array_add(dests, g_strdup_printf("%s/%s.timeline.json", outdir, base));
	for (char **f = (char **)fmts->pdata; merged && *f; f++)
		for (guint i = 0; i < G_N_ELEMENTS(export_ext); i++)
			if (strcmp(export_ext[i].format, *f) == 0)
				g_ptr_array_add(dests, g_strdup_printf("%s/%s.%s", outdir, base,
				                                       export_ext[i].ext));
	for (guint i = 0; i < dests->len; i++)
		g_ptr_array_add(dest_refs, dests->pdata[i]);
	if (!check_output_twice(cli, cli->output, dests) || !check_clobber(cli, files, dest_refs)) {
		remove_workdir(tmpl, lock_fd);
		g_ptr_array_free(plan.stage_args, TRUE);
		g_ptr_array_free(plan.first_args, TRUE);
		return TL_EXIT_USAGE;
	}
	if (!check_dests(cli, dests)) {
		remove_workdir(tmpl, lock_fd);
		g_ptr_array_free(plan.stage_args, TRUE);
		g_ptr_array_free(plan.first_args, TRUE);
		return TL_EXIT_FAIL;
	}

	gboolean ok = tl_driver_run(&plan, files, &err);
	if (ok && merged && fmts->len > 1) {
		ok = run_exports(&plan, (char **)fmts->pdata, base, &err);
		if (!ok && g_error_matches(err, TL_ERROR, TL_ERROR_USAGE))
			plan.usage = TRUE;
	}
	/* everything is there: move it into place */
	for (guint s = 0; ok && s < n_stages; s++) {
		gboolean last = s == n_stages - 1;
		if (strcmp(stages[s], "merge") == 0 || (!last && !keep_intermediate) ||
		    tl_driver_named_later(stages, (int)s))
			continue;
		g_autofree char *from = g_strdup_printf("%s.jsonl", stages[s]);
		/* --until dates -o FILE: the records go to FILE, as the
		 * timeline would (-o was ignored without a word) */
		if (last && cli->output) {
			ok = place(tmpl, from, cli->output, &err);
			continue;
		}
		g_autofree char *to = g_strdup_printf("%s/%s.%s.jsonl", outdir, base, stages[s]);
		ok = move(tmpl, from, to, &err);
	}
	if (ok && merged) {
		g_autofree char *to = cli->output
		                          ? g_strdup(cli->output)
		                          : g_strdup_printf("%s/%s.timeline.json", outdir, base);
		ok = place(tmpl, "final.json", to, &err);
		for (char **f = (char **)fmts->pdata; ok && *f; f++)
			for (guint i = 0; i < G_N_ELEMENTS(export_ext); i++)
				if (strcmp(export_ext[i].format, *f) == 0) {
					g_autofree char *from = g_strdup_printf("%s.%s", base, export_ext[i].ext);
					g_autofree char *dst = g_strdup_printf("%s/%s", outdir, from);
					ok = move(tmpl, from, dst, &err);
				}
	}
	remove_workdir(tmpl, lock_fd);
	g_ptr_array_free(plan.stage_args, TRUE);
	g_ptr_array_free(plan.first_args, TRUE);
	if (tl_driver_interrupted) {
		signal(tl_driver_interrupted, SIG_DFL);
		raise(tl_driver_interrupted);
		return 128 + tl_driver_interrupted;
	}
	if (ok && stdout_gone) {
		signal(SIGPIPE, SIG_DFL);
		raise(SIGPIPE);
	}
	if (!ok) {
		tl_cli_error(cli, "%s; nothing written", err ? err->message : "failed");
		/* a bad option handed down to a stage (--dct, --format, a
		 * group of the config) is a usage error of ours too */
		return plan.usage ? TL_EXIT_USAGE : TL_EXIT_FAIL;
	}
	if (plan.partial) {
		tl_cli_error(cli, "some records were skipped (see above); the rest is written");
		return TL_EXIT_FAIL;
	}
	return TL_EXIT_OK;
}

int
main(int argc, char **argv)
{
	TlCli cli = {.prog = "timeline", .group = "timeline",
	             .output_help = "Write the timeline (with --until, the last stage's records) to "
	                            "FILE (default: DIR/NAME.timeline.json)"};
	/* ./pipeline.conf is the default config when --config is not given */
	g_autoptr(GPtrArray) args = g_ptr_array_new();
	gboolean has_config = FALSE;
	gboolean options = TRUE;
	for (int i = 0; i < argc; i++) {
		g_ptr_array_add(args, argv[i]);
		has_config |= g_str_has_prefix(argv[i], "--config");
		options &= strcmp(argv[i], "--") != 0;
		exports_asked |= options && (strcmp(argv[i], "--exports") == 0 ||
		                             g_str_has_prefix(argv[i], "--exports="));
	}
	if (!has_config && g_file_test("pipeline.conf", G_FILE_TEST_IS_REGULAR))
		g_ptr_array_insert(args, 1, "--config=pipeline.conf");
	int st = tl_cli_parse(&cli, (int)args->len, (char **)args->pdata, entries, "[INPUT...]",
	                      "Run the whole pipeline (normalize, dates, events, merge, export) over "
	                      "files, folders (recursively) or standard input.");
	if (st >= 0) {
		tl_cli_clear(&cli);
		return st;
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal; /* no SA_RESTART: waitpid returns EINTR */
	sigemptyset(&sa.sa_mask);
	for (const int *s = tl_stop_signals; *s; s++)
		if (!tl_signal_left_alone(*s))
			sigaction(*s, &sa, NULL);
	/* the driver's own CPU limit stops the run as a signal does (the
	 * stages' SIGXCPU is their message and exit 1) */
	if (!tl_signal_left_alone(SIGXCPU))
		sigaction(SIGXCPU, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	st = run(&cli);
	tl_cli_clear(&cli);
	return st;
}
