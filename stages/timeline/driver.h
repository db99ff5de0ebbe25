/*
 * The timeline driver: inputs, and N parallel pipelines of stage processes
 * whose timelines are merged again by tl-merge.
 */
#ifndef TL_DRIVER_H
#define TL_DRIVER_H

#include "tl/tl.h"

/* TRUE if path names a JSON Lines file (many documents). */
gboolean tl_driver_is_jsonl(const char *path);

/*
 * Expand args (files, folders, "-") into files, in a stable order; folders
 * are walked recursively for the extensions tl-normalize reads.  No args is
 * standard input ("-").
 */
gboolean tl_driver_collect(char **args, GPtrArray *files, GError **error);

typedef struct {
	char **stages;          /* stage names in order: normalize, dates, ... */
	char *bindir;           /* where tl-<stage> programs are */
	char *config;           /* --config=FILE for every stage, or NULL */
	GPtrArray *stage_args;  /* extra arguments for every stage (char *) */
	GPtrArray *first_args;  /* extra arguments for the first stage */
	int jobs;               /* parallel pipelines */
	char *tmpdir;           /* a private folder inside the output folder */
	gboolean keep_intermediate;
	gboolean progress;      /* show progress on standard error */
	gboolean keep_going;
	gint64 max_size;
	const char *prog;       /* for messages */
	gboolean partial;       /* set by the run: --keep-going skipped bad records */
} TlPlan;

/*
 * Run the pipelines over files.  On success the outputs are in plan->tmpdir:
 * final.json (the merged timeline) when the last stage is merge, else
 * last.jsonl; with keep_intermediate also <stage>.jsonl for each stage before
 * the last.  Stage failures are reported on standard error, naming the stage.
 * Returns FALSE (error set) on failure or interruption.
 */
gboolean tl_driver_run(TlPlan *plan, GPtrArray *files, GError **error);

/* Set by the signal handler: the run was interrupted (0, or the signal). */
extern volatile int tl_driver_interrupted;

/* Run one program to completion (argv[0] a path); FALSE with error if it failed. */
gboolean tl_driver_run_one(char **argv, const char *what, GError **error);

#endif
