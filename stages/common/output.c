/*
 * Atomic output: -o FILE is written to a temporary file in FILE's folder and
 * renamed over FILE only when everything was written, so a failed or
 * interrupted run leaves FILE as it was.  SIGINT, SIGTERM and the other
 * signals that end a process (tl_stop_signals) remove the temporary files
 * still open.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "tl/cli.h"
#include "kit.h"

struct TlOutput {
	FILE *fp;
	char *path;   /* NULL for standard output */
	char *target; /* the file renamed over: path, or where its links lead */
	char *tmp;    /* the temporary file, or NULL when writing path directly */
};

/* Temporary files to remove on a signal (a fixed table: handlers cannot allocate). */
#define MAX_TEMPS 64
static char *volatile temps[MAX_TEMPS];

void
tl_output_remove_temps(void)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temps[i])
			unlink(temps[i]);
}

static void
on_signal(int sig)
{
	tl_output_remove_temps();
	signal(sig, SIG_DFL);
	raise(sig);
}

/* SIGUSR1, SIGALRM ... sent to a stage writing -o left its ".FILE.XXXXXX"
 * behind, as SIGINT once did */
const int tl_stop_signals[] = {SIGINT,  SIGTERM,   SIGHUP,  SIGQUIT, SIGUSR1, SIGUSR2,
                               SIGALRM, SIGVTALRM, SIGPROF, SIGPWR,  0};

/* The signals found at their default when the program started: ours to
 * catch.  Taken the first time asked, before any handler of ours. */
static sigset_t at_default;

gboolean
tl_signal_left_alone(int sig)
{
	static gboolean noted;
	if (!noted) {
		sigemptyset(&at_default);
		for (const int *s = tl_stop_signals; *s; s++) {
			struct sigaction old;
			if (*s == SIGINT || *s == SIGTERM ||
			    (sigaction(*s, NULL, &old) == 0 && old.sa_handler == SIG_DFL))
				sigaddset(&at_default, *s);
		}
		struct sigaction old;
		if (sigaction(SIGXCPU, NULL, &old) == 0 && old.sa_handler == SIG_DFL)
			sigaddset(&at_default, SIGXCPU);
		noted = TRUE;
	}
	return !sigismember(&at_default, sig);
}

void
tl_output_install_signals(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (const int *s = tl_stop_signals; *s; s++)
		if (!tl_signal_left_alone(*s))
			sigaction(*s, &sa, NULL);
}

static void
temps_set(char *old, char *new)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temps[i] == old) {
			temps[i] = new;
			return;
		}
}

char *
tl_output_target(const char *path)
{
	/* link by link, as the kernel follows them: a loop (a -> b -> a) is
	 * ELOOP (the second link was replaced by a file, the loop broken,
	 * exit 0), and a chain to a missing file creates that file */
	g_autofree char *p = g_strdup(path);
	for (int hops = 0; hops <= 40; hops++) {
		struct stat st;
		if (lstat(p, &st) != 0 || !S_ISLNK(st.st_mode)) {
			if (hops == 0)
				return g_steal_pointer(&p);
			char *real = realpath(p, NULL);
			if (real) {
				char *t = g_strdup(real);
				free(real);
				return t;
			}
			return g_steal_pointer(&p);
		}
		g_autofree char *link = g_file_read_link(p, NULL);
		if (!link)
			return g_steal_pointer(&p);
		if (!g_path_is_absolute(link)) {
			g_autofree char *dir = g_path_get_dirname(p);
			char *t = g_build_filename(dir, link, NULL);
			g_free(link);
			link = t;
		}
		g_free(p);
		p = g_steal_pointer(&link);
	}
	errno = ELOOP;
	return NULL;
}

void
tl_output_keep_mode(int fd, const char *target)
{
	/* the file replaced keeps its permissions: a private (0600) file
	 * became 0644, readable by all, when it was written with -o */
	struct stat st;
	if (stat(target, &st) == 0 && S_ISREG(st.st_mode))
		fchmod(fd, st.st_mode & 07777);
	else {
		mode_t mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
}

gboolean
tl_same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return a && b && stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

TlOutput *
tl_output_open(const char *path, GError **error)
{
	TlOutput *out = g_new0(TlOutput, 1);
	if (path == NULL || strcmp(path, "-") == 0) {
		out->fp = stdout;
		return out;
	}
	/* a device, FIFO or socket is written directly: renaming over it would
	 * replace it (-o /dev/null must stay a device) */
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode)) {
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: is a directory", path);
			g_free(out);
			return NULL;
		}
		out->fp = fopen(path, "wb");
		if (!out->fp) {
			int e = errno;
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", path, g_strerror(e));
			g_free(out);
			return NULL;
		}
		out->path = g_strdup(path);
		return out;
	}
	/* a symbolic link is followed: the file it leads to is replaced, not
	 * the link (-o /dev/stdout, a link to /proc/self/fd/1, must not become
	 * a file in /dev) */
	out->target = tl_output_target(path);
	if (!out->target) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: cannot create: %s", path,
		            g_strerror(ELOOP));
		g_free(out);
		return NULL;
	}
	g_autofree char *dir = g_path_get_dirname(out->target);
	g_autofree char *base = g_path_get_basename(out->target);
	if (strlen(base) > NAME_MAX) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: cannot create: %s", path,
		            g_strerror(ENAMETOOLONG));
		g_free(out->target);
		g_free(out);
		return NULL;
	}
	/* ".NAME.XXXXXX" is 8 bytes longer than NAME: a valid name of 248 to
	 * 255 bytes made "cannot create: File name too long" */
	size_t room = NAME_MAX - strlen("..XXXXXX");
	if (strlen(base) > room)
		base[room] = '\0';
	out->tmp = g_strdup_printf("%s/.%s.XXXXXX", dir, base);
	/* the stop signals wait until the file is in temps[]: one between
	 * its creation and there left it behind (tl-timeml -d, which opens
	 * one a record, left a ".ID.tml.XXXXXX" at one SIGTERM in two) */
	sigset_t stop, old;
	sigemptyset(&stop);
	for (const int *s = tl_stop_signals; *s; s++)
		sigaddset(&stop, *s);
	sigprocmask(SIG_BLOCK, &stop, &old);
	int fd = g_mkstemp(out->tmp);
	if (fd >= 0)
		temps_set(NULL, out->tmp);
	sigprocmask(SIG_SETMASK, &old, NULL);
	if (fd < 0) {
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: cannot create: %s", path, g_strerror(e));
		g_free(out->tmp);
		g_free(out->target);
		g_free(out);
		return NULL;
	}
	tl_output_keep_mode(fd, out->target);
	out->fp = fdopen(fd, "wb");
	out->path = g_strdup(path);
	return out;
}

FILE *
tl_output_file(TlOutput *out)
{
	return out->fp;
}

static void
output_free(TlOutput *out)
{
	temps_set(out->tmp, NULL);
	g_free(out->tmp);
	g_free(out->path);
	g_free(out->target);
	g_free(out);
}

gboolean
tl_output_commit(TlOutput *out, GError **error)
{
	const char *name = out->path ? out->path : "<stdout>";
	gboolean ok = fflush(out->fp) == 0 && !ferror(out->fp);
	int e = errno;
	if (out->path) {
		if (fclose(out->fp) != 0 && ok) {
			ok = FALSE;
			e = errno;
		}
		if (ok && out->tmp && rename(out->tmp, out->target) != 0) {
			ok = FALSE;
			e = errno;
		}
		if (!ok && out->tmp)
			unlink(out->tmp);
	}
	if (!ok)
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: write error: %s", name,
		            g_strerror(e ? e : EIO));
	output_free(out);
	return ok;
}

void
tl_output_abort(TlOutput *out)
{
	if (out->path) {
		fclose(out->fp);
		if (out->tmp)
			unlink(out->tmp);
	} else
		fflush(out->fp);
	output_free(out);
}
