/*
 * The timeline driver: inputs, and N parallel pipelines of stage processes;
 * with merge as the last stage one tl-merge reads all of them.
 */
#ifndef TL_DRIVER_H
#define TL_DRIVER_H

#include "tl/cli.h"
#include "tl/tl.h"

/* TRUE if path names a JSON Lines file (many documents). */
gboolean tl_driver_is_jsonl(const char *path);
/* Does the --format name (case-insensitive) say JSON Lines: "jsonl",
 * "json", "ndjson", as the extensions do? */
gboolean tl_driver_format_is_jsonl(const char *format);

/*
 * Expand args (files, folders, "-") into files, in a stable order; folders
 * are walked recursively for the extensions tl-normalize reads (what is not
 * a regular file there, a FIFO or a dangling link, is skipped with a warning
 * from PROG).  The folder outdir is not walked, and the driver's timelines
 * and exports met in a walk (*.timeline.json, *.timelinejs.json, *.vis.json)
 * are skipped with a warning.  No args is standard input ("-").
 */
gboolean tl_driver_collect(const char *prog, char **args, const char *outdir, GPtrArray *files,
                           GError **error);

typedef struct {
	char **stages;          /* stage names in order: normalize, dates, ... */
	char *bindir;           /* where tl-<stage> programs are */
	char *config;           /* --config=FILE for every stage, or NULL */
	GKeyFile *conf;         /* that file as read (borrowed), or NULL */
	GPtrArray *stage_args;  /* extra arguments for every stage (char *) */
	GPtrArray *first_args;  /* extra arguments for the first stage */
	int jobs;               /* parallel pipelines */
	char *tmpdir;           /* a private folder inside the output folder */
	gboolean keep_intermediate;
	gboolean progress;      /* show progress on standard error */
	gboolean keep_going;
	gboolean lossy;         /* [normalize] lossy: the dealer hands on what it repairs */
	gboolean documents;     /* --format text, html or timeml: a .jsonl file is a document */
	gboolean tag_records;   /* tl-tag first, on records: told so (--input=records) */
	gint64 max_size;
	const char *prog;       /* for messages */
	gboolean partial;       /* set by the run: --keep-going skipped bad records */
	gboolean usage;         /* set by the run: the first stage to fail refused
	                         * its options (exit status 2) */
} TlPlan;

/*
 * Run the pipelines over files.  On success the outputs are in plan->tmpdir:
 * final.json (the merged timeline) when the last stage is merge, else
 * last.jsonl; with keep_intermediate also <stage>.jsonl for each stage before
 * the last.  Stage failures are reported on standard error, naming the stage.
 * Returns FALSE (error set) on failure or interruption.
 */
gboolean tl_driver_run(TlPlan *plan, GPtrArray *files, GError **error);

/*
 * Is stages[s] named again later in the list?  A stage run twice
 * ("dates;dates") keeps one <stage>.jsonl, the later run's: both wrote one
 * file at once (an empty or mixed --keep-intermediate file), and the second
 * move of it failed the run, "No such file or directory; nothing written".
 */
gboolean tl_driver_named_later(char **stages, int s);

/*
 * The run's private folder in outdir, made and locked for the run's life
 * (*lock_fd; close it after tl_driver_remove_workdir), or NULL.
 */
char *tl_driver_make_workdir(const char *outdir, int *lock_fd, GError **error);
/* Remove a private folder and the files in it. */
void tl_driver_remove_workdir(const char *dir);
/* Remove the private folders in outdir of runs that have ended without
 * removing theirs (killed by SIGKILL); how many. */
int tl_driver_sweep(const char *outdir);

/* Set by the signal handler: the run was interrupted (0, or the signal). */
extern volatile int tl_driver_interrupted;

/* Write all n bytes to fd (EINTR retried); FALSE on an error. */
gboolean tl_driver_write_all(int fd, const char *buf, size_t n);
/* Let the pipe whose end fd is hold up to 1 MB (Linux's default: 64 KB):
 * with several pipelines dealt round robin, a long document in one of them
 * blocks the dealer less often while the other runs dry.  A refusal costs
 * only that.  Returns fd. */
int tl_driver_widen_pipe(int fd);

/* Where each record dealt to a pipeline came from, so that a stage's
 * message about it names the user's file and line, not the FIFO (deal.c,
 * pipeline.c).  Records are dealt round robin from pipeline `first` on: the
 * k-th line of pipeline i's FIFO is dealt record (k - 1) * jobs + (i -
 * first) mod jobs, and the dealt records are kept as runs of consecutive
 * lines of one file (a few per file: memory does not grow with them). */
typedef struct {
	guint64 g0, count; /* dealt records g0 .. g0 + count - 1 */
	guint64 line0;     /* the line of record g0 */
	guint file;        /* index into the dealer's jsonl */
} TlOriginRun;
typedef struct {
	GMutex lock;
	GArray *runs;     /* of TlOriginRun, by g0 */
	guint64 dealt;    /* records dealt so far */
	guint first;      /* the pipeline of dealt record 0 */
	GPtrArray *files; /* the dealer's jsonl (borrowed) */
} TlOrigins;
/* Note that dealt record origins->dealt came from line `line` of file `file`. */
void tl_driver_origin_add(TlOrigins *o, guint file, guint64 line);
/* The file (borrowed) and line of the k-th record (from 1) of pipeline
 * `job` of `jobs`; NULL if not dealt yet. */
const char *tl_driver_origin(TlOrigins *o, int job, int jobs, guint64 k, guint64 *line);

/* Dealing JSON Lines records out to the pipelines (deal.c). */
typedef struct {
	TlPlan *plan;
	GPtrArray *jsonl; /* inputs to deal out */
	char **fifos;     /* one per pipeline */
	TlOrigins *origins; /* filled as records are dealt; origins->first is the
	                     * pipeline that gets the first record */
	gboolean failed;
	gboolean dealt;   /* every record was written to a pipeline */
	gint stop;        /* set when a pipeline failed, or all ended: give up */
	gint stopped_all; /* set (then failed) when the dealer stopped the stages */
	GArray *pgroups;  /* pid_t: the stages' process groups, to stop them when a
	                   * FIFO cannot be opened (its reader would wait forever) */
} TlDealer;
/* Thread body: deal every record of d->jsonl round robin into d->fifos. */
gpointer tl_driver_deal(gpointer d);
/* Interleave plan->tmpdir's <base>-<i>.jsonl into <base>.jsonl, round robin. */
gboolean tl_driver_interleave(TlPlan *plan, const char *base, GError **error);

/* The progress line (progress.c). */
typedef struct {
	gint *done;       /* documents done (atomic), borrowed */
	const char *prog;
	gint total;       /* documents expected, or 0 if unknown */
	gint64 bytes;     /* input bytes */
	gint stop;        /* set to end the thread */
} TlProgress;
/* Thread body: print the progress line every 250 ms until stop. */
gpointer tl_driver_progress(gpointer pg);
/* Count the documents and bytes of the inputs, for the progress line. */
void tl_driver_measure(GPtrArray *files, gint64 max, gint *total, gint64 *bytes);

/* Run one program to completion (argv[0] a path); FALSE with error if it
 * failed (TL_ERROR_USAGE when it exited with a usage error). */
gboolean tl_driver_run_one(char **argv, const char *what, GError **error);
/* Run the n programs argvs[i], at_once of them at a time; FALSE with error
 * naming the first (in their order) that failed, after the others ended. */
gboolean tl_driver_run_many(char ***argvs, const char **whats, guint n, guint at_once,
                            GError **error);

#endif
