/*
 * What every stage's main shares: the common options, pipeline.conf, atomic
 * output, and the read-process-write loop over JSON Lines records.  These are
 * the only kit functions that print (to standard error, as "prog: ..."),
 * because they stand in for main.
 *
 * Common options: --help, --version, --config FILE, -o/--output FILE,
 * --keep-going, --max-size BYTES.  Stage options come from a GOptionEntry
 * table; each long option may also be set in pipeline.conf under the stage's
 * group ([dates] ...), and the command line wins over the file.
 */
#ifndef TL_CLI_H
#define TL_CLI_H

#include <stdarg.h>
#include <stdio.h>
#include "tl/record.h"

#define TL_EXIT_OK 0
#define TL_EXIT_FAIL 1
#define TL_EXIT_USAGE 2
#define TL_DEFAULT_MAX_SIZE ((gint64)64 * 1024 * 1024)

typedef struct {
	const char *prog;      /* "tl-dates" */
	const char *group;     /* pipeline.conf group: "dates" */
	const char *output_help; /* --help text of -o, if not the usual one */
	char *output;          /* -o, or NULL for standard output */
	char *config;          /* --config, or NULL */
	gboolean keep_going;   /* report bad records and go on */
	gint64 max_size;       /* longest document/line accepted */
	char **files;          /* the FILE arguments (NULL-terminated, maybe empty) */
	GKeyFile *conf;        /* the loaded config, or NULL */
} TlCli;

/*
 * Parse the command line.  entries (may be NULL) are the stage's options;
 * args describes the positional arguments for --help ("[FILE...]"); summary
 * is the help text's first paragraph.  Returns -1 to go on, or the exit
 * status to return at once (0 after --help or --version, 2 after a message
 * about a usage error).  Also installs the signal handlers that remove
 * unfinished output files.
 */
int tl_cli_parse(TlCli *cli, int argc, char **argv, const GOptionEntry *entries,
                 const char *args, const char *summary);
void tl_cli_clear(TlCli *cli);

/* Atomic output: a temporary file beside path, renamed into place on commit. */
typedef struct TlOutput TlOutput;
/* path NULL or "-" is standard output. */
TlOutput *tl_output_open(const char *path, GError **error);
FILE *tl_output_file(TlOutput *out);
/* Flush, check, and rename into place; frees out.  FALSE with error if any
 * write failed (the temporary file is removed then). */
gboolean tl_output_commit(TlOutput *out, GError **error);
/* Discard: remove the temporary file; frees out. */
void tl_output_abort(TlOutput *out);
/* The file that writing path atomically replaces: path, or, when path is a
 * symbolic link, the file it leads to (a dangling link: the file it names),
 * so that the link stays.  Newly allocated; NULL with errno ELOOP for a
 * loop of links. */
char *tl_output_target(const char *path);
/* Give fd, a new file that will replace target, target's permissions (or
 * 0666 less the umask when there is no such file). */
void tl_output_keep_mode(int fd, const char *target);
/* The signals whose default action ends the process and that a user or a
 * parent sends to stop it (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1,
 * SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGPWR), 0-terminated: each stage
 * removes its -o temporary files on them and the driver stops its stages,
 * then dies by the signal. */
extern const int tl_stop_signals[];
/* TRUE when sig (one of tl_stop_signals, or SIGXCPU) was not at its
 * default when the program started, and is left as it was: ignored by
 * whoever started us (SIGHUP under nohup: a hangup ended a "nohup
 * timeline" run and a stage writing -o; SIGQUIT in a shell's background
 * job), or handled already (a profiler's SIGPROF).  SIGINT and SIGTERM are
 * always caught: a script's background stage is stopped by them as by
 * hand. */
gboolean tl_signal_left_alone(int sig);
/* TRUE if a and b both exist and are one file (links and other names
 * included): a writer asks it before it replaces what it read. */
gboolean tl_same_file(const char *a, const char *b);

/*
 * A record stage's whole run: for every line of every input (standard input
 * when there is none), parse the record, call fn, write the record.  Blank
 * lines are skipped.  A bad line or an fn error is reported as
 * "prog: file:line: message"; with --keep-going the run goes on and exits 1 at
 * the end, otherwise it stops at once (and -o is left untouched).  Returns the
 * exit status.
 */
typedef gboolean (*TlRecordFunc)(TlRecord *rec, gpointer data, GError **error);
int tl_cli_map_records(TlCli *cli, TlRecordFunc fn, gpointer data);

/* Report "prog: msg" on standard error (the one place the kit prints). */
void tl_cli_error(const TlCli *cli, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
/*
 * The same for a program name alone: one line, written at once (so that
 * processes sharing standard error do not mix their lines), its control
 * characters escaped ("\n", "\x1b") and a newline at its end dropped.
 */
void tl_print_error(const char *prog, const char *fmt, ...) G_GNUC_PRINTF(2, 3);
void tl_print_errorv(const char *prog, const char *fmt, va_list ap) G_GNUC_PRINTF(2, 0);

#endif
