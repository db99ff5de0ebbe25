/*
 * The run's private folder inside the output folder (.timeline-XXXXXX),
 * and the folders of runs that died without removing theirs.
 *
 * A run holds an exclusive lock (flock) on its folder's "lock" file for as
 * long as it lives; the kernel drops the lock however the run ends, SIGKILL
 * included.  A folder whose lock can be taken is left over: the next run in
 * the same output folder removes it.  The lock file is made under another
 * name and renamed once locked, so that no run ever finds "lock" unlocked
 * in a folder whose owner is still starting.  A folder without "lock" (a
 * run killed in that instant, or another program's) is left alone.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "driver.h"

#define PREFIX ".timeline-"

void
tl_driver_remove_workdir(const char *dir)
{
	g_autoptr(GDir) d = g_dir_open(dir, 0, NULL);
	const char *n;
	while (d && (n = g_dir_read_name(d))) {
		g_autofree char *p = g_build_filename(dir, n, NULL);
		g_unlink(p);
	}
	g_rmdir(dir);
}

/* TRUE if dir is a run's folder whose run has ended (its lock is free). */
static gboolean
left_over(const char *dir)
{
	struct stat st;
	if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid())
		return FALSE;
	g_autofree char *lock = g_build_filename(dir, "lock", NULL);
	int fd = open(lock, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
	if (fd < 0)
		return FALSE;
	gboolean free_lock = flock(fd, LOCK_EX | LOCK_NB) == 0;
	close(fd); /* the removal below runs unlocked: a run never reuses a name */
	return free_lock;
}

int
tl_driver_sweep(const char *outdir)
{
	g_autoptr(GDir) d = g_dir_open(outdir, 0, NULL);
	const char *n;
	int removed = 0;
	while (d && (n = g_dir_read_name(d))) {
		if (!g_str_has_prefix(n, PREFIX) || strlen(n) != strlen(PREFIX) + 6)
			continue;
		g_autofree char *p = g_build_filename(outdir, n, NULL);
		if (left_over(p)) {
			tl_driver_remove_workdir(p);
			removed++;
		}
	}
	return removed;
}

char *
tl_driver_make_workdir(const char *outdir, int *lock_fd, GError **error)
{
	g_autofree char *dir = g_build_filename(outdir, PREFIX "XXXXXX", NULL);
	if (!g_mkdtemp(dir)) {
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", outdir, g_strerror(errno));
		return NULL;
	}
	g_autofree char *tmp = g_build_filename(dir, "lock.new", NULL);
	g_autofree char *lock = g_build_filename(dir, "lock", NULL);
	int fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0 || flock(fd, LOCK_EX) != 0 || rename(tmp, lock) != 0) {
		int e = errno;
		if (fd >= 0)
			close(fd);
		tl_driver_remove_workdir(dir);
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", tmp, g_strerror(e));
		return NULL;
	}
	*lock_fd = fd;
	return g_steal_pointer(&dir);
}
