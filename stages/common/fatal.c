/*
 * The process-wide failures a stage cannot recover from but must still
 * report in one line: GLib aborts with a trace when an allocation fails
 * (a huge line or document under `ulimit -v`), and a write past `ulimit -f`
 * raises SIGXFSZ, which kills silently.  Both become the kit's usual answer:
 * "prog: file:N: out of memory ...", exit 1, no -o temporary file left; and
 * "prog: FILE: write error: File too large" from the write that failed.
 * A soft CPU time limit's SIGXCPU is said in one line the same way.
 * A stack overflow is said in one line too.  Closed standard descriptors
 * are held open, and non-blocking ones made blocking, for the same kind of
 * reason.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>
#include "tl/cli.h"
#include "kit.h"

static char prog_name[64];

static void
say(const char *s)
{
	size_t n = strlen(s);
	while (n > 0) {
		ssize_t w = write(2, s, n);
		if (w <= 0)
			return;
		s += w;
		n -= (size_t)w;
	}
}

/* "prog: file:N: what", the -o temporary files removed, exit 1; without
 * allocating (standard output is not flushed: its buffer may end in half
 * a record). */
static void
die(const char *what)
{
	char where[512], line[768];
	gboolean known = tl_reader_where(where, sizeof where);
	g_snprintf(line, sizeof line, "%s: %s%s%s\n", prog_name, known ? where : "",
	           known ? ": " : "", what);
	say(line);
	tl_output_remove_temps();
	_exit(TL_EXIT_FAIL);
}

/*
 * GLib's fatal log handler: an allocation failure ("failed to allocate N
 * bytes") ends the run with a message and exit 1, without allocating; any
 * other fatal message keeps GLib's own answer (abort).
 */
static void
on_fatal(const char *domain, GLogLevelFlags level, const char *message, gpointer unused)
{
	(void)unused;
	const char *what = message ? strstr(message, "failed to allocate") : NULL;
	if (!what) {
		g_log_default_handler(domain, level, message, NULL);
		return;
	}
	char msg[256];
	g_snprintf(msg, sizeof msg, "out of memory (%s; see ulimit -v)", what);
	die(msg);
}

/*
 * A stack overflow (deep input under a small `ulimit -s`): the fault lands
 * just below the main thread's stack; said in one line, exit 1, on a stack
 * of its own.  Any other fault is left to its default (a crash to fix), and
 * AddressSanitizer keeps its own handler.
 */
#if defined(__SANITIZE_ADDRESS__)
#define TL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TL_ASAN 1
#endif
#endif

#ifndef TL_ASAN
static char *stack_top;
static size_t stack_size;

static void
on_segv(int sig, siginfo_t *si, void *unused)
{
	(void)unused;
	char *a = si->si_addr;
	/* the stack's own extent, and a guard's worth below it */
	if (stack_top && a < stack_top && (size_t)(stack_top - a) < stack_size + (1 << 20))
		die("stack overflow (the stack limit, ulimit -s, is too small for this input)");
	signal(sig, SIG_DFL);
	if (si->si_code <= 0) /* sent by kill: no fault to happen again */
		raise(sig);
	/* else the faulting instruction runs again, and kills */
}

static void
catch_stack_overflow(void)
{
	static char alt[1 << 16];
	struct rlimit rl;
	if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
		return;
	char here;
	stack_top = &here; /* near enough: main has used little of it yet */
	stack_size = rl.rlim_cur;
	stack_t ss = {.ss_sp = alt, .ss_size = sizeof alt};
	if (sigaltstack(&ss, NULL) != 0)
		return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_segv;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGSEGV, &sa, NULL);
}
#else
static void
catch_stack_overflow(void)
{
}
#endif

/*
 * Past a soft CPU time limit (`ulimit -S -t`), the kernel sends SIGXCPU
 * (then again each second, and SIGKILL at the hard limit): it killed the
 * stage silently, status 152, its -o temporary file left.  Said in one
 * line naming the input and line being read, exit 1.
 */
static void
on_xcpu(int sig)
{
	(void)sig;
	die("CPU time limit exceeded (ulimit -t)");
}

/*
 * A standard descriptor the caller closed (`<&-`, `>&-`, `2>&-`) is taken
 * by /dev/null opened the other way round: a file or pipe opened later can
 * then not get its number (the driver's pipes became a stage's standard
 * input; -o's file received what was printed), and reading or writing it
 * still fails with EBADF, the answer a closed descriptor gets.
 */
static void
hold_closed_std(void)
{
	for (int fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) < 0 && errno == EBADF) {
			int got = open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY);
			if (got >= 0 && got != fd) {
				dup2(got, fd);
				close(got);
			}
		}
}

/*
 * A standard descriptor handed over non-blocking (a parent's pipe end set
 * so, as event loops do; Python's os.set_blocking, Node's child_process)
 * made the first read or write that would wait fail with EAGAIN: "read
 * error: Resource temporarily unavailable" at once, or a write error after
 * the pipe's first 64 KB, the rest lost.  A filter blocks: the flag is
 * cleared (it belongs to the open file, shared with whoever else holds it,
 * which is what a blocking filter's parent expects of it anyway).
 */
static void
block_std(void)
{
	for (int fd = 0; fd <= 2; fd++) {
		int fl = fcntl(fd, F_GETFL);
		if (fl >= 0 && (fl & O_NONBLOCK))
			fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	}
}

void
tl_fatal_install(const char *prog)
{
	hold_closed_std();
	block_std();
	catch_stack_overflow();
	g_strlcpy(prog_name, prog, sizeof prog_name);
	/* GLib's own allocations, and ours (the tagger's big tables are
	 * mapped apart: tl_big_alloc0 fails in the same words) */
	g_log_set_handler("GLib", G_LOG_LEVEL_ERROR | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
	                  on_fatal, NULL);
	g_log_set_handler(NULL, G_LOG_LEVEL_ERROR | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
	                  on_fatal, NULL);
	/* past the file size limit, write() fails with EFBIG: the usual write
	 * error, instead of death by SIGXFSZ with the temporary file left */
	signal(SIGXFSZ, SIG_IGN);
	if (!tl_signal_left_alone(SIGXCPU))
		signal(SIGXCPU, on_xcpu);
}
