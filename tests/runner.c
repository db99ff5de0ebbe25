/*
 * The one Check runner: every tests/check_<module>.c defines
 * Suite *tl_suite_<module>(void), listed at build time in suites.h.
 * TL_SRCDIR names the source tree (for fixtures); TL_SHARED the ../shared
 * folder with the data sets, whose tests skip when it is absent.
 *
 * The suites run in parallel, each in a process of its own, TL_JOBS at once
 * (default: the number of processors).  A suite's process prints its
 * failures (file:line:F|E:suite:case: message) and
 * passes its counts up a pipe; the runner prints the one summary line.  A
 * suite whose process dies or exits with another status (a sanitizer's or
 * valgrind's error exit) fails the run.  CK_FORK, CK_RUN_SUITE and
 * CK_RUN_CASE keep their meaning.
 *
 * TL_TIMES=1 prints each suite's time (wall and CPU, its tests' processes
 * included) as it ends, to find the slow ones.
 *
 * The default models are loaded once, here, before the suites start: every
 * process forked after shares them, where each test (Check forks one a
 * test) would load them again (a third of a second each under ASan).
 */
#include <check.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "tl/lemma.h"
#include "tl/names.h"
#include "tl/tagger.h"
#include "../stages/events/events.h"

#define TL_SUITE(name) Suite *tl_suite_##name(void);
#include "suites.h"
#undef TL_SUITE

static const struct {
	const char *name;
	Suite *(*make)(void);
} suites[] = {
#define TL_SUITE(name) {#name, tl_suite_##name},
#include "suites.h"
#undef TL_SUITE
};
enum { N_SUITES = sizeof suites / sizeof suites[0] };

/* Run suite i here; write "tests failures errors\n" to fd; exit status 0. */
static void
run_suite(size_t i, int fd)
{
	SRunner *sr = srunner_create(suites[i].make());
	srunner_run_all(sr, CK_SILENT);
	int n = srunner_ntests_run(sr), failures = 0, errors = 0;
	TestResult **trs = srunner_failures(sr);
	int nf = srunner_ntests_failed(sr);
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	for (int k = 0; k < nf && out; k++) {
		TestResult *tr = trs[k];
		int error = tr_rtype(tr) == CK_ERROR;
		errors += error;
		failures += !error;
		fprintf(out, "%s:%d:%c:%s:%s: %s\n", tr_lfile(tr), tr_lno(tr), error ? 'E' : 'F',
		        suites[i].name, tr_tcname(tr), tr_msg(tr));
	}
	if (out) {
		fclose(out);
		fputs(buf, stdout); /* one write, not interleaved with another suite's */
		fflush(stdout);
		free(buf);
	}
	free(trs);
	srunner_free(sr);
	dprintf(fd, "%d %d %d\n", n, failures, errors);
	close(fd);
	exit(0);
}

/* One line for TL_TIMES: the suite's wall time since it started, and the CPU
 * time of its process and the test processes it waited for. */
static void
print_times(const char *name, const struct timespec *began, const struct rusage *ru)
{
	struct timespec now;
	clock_gettime(CLOCK_MONOTONIC, &now);
	double wall = (double)(now.tv_sec - began->tv_sec) + (now.tv_nsec - began->tv_nsec) / 1e9;
	double cpu = (double)(ru->ru_utime.tv_sec + ru->ru_stime.tv_sec) +
	             (ru->ru_utime.tv_usec + ru->ru_stime.tv_usec) / 1e6;
	printf("suite %s: %.1f s, %.1f s CPU\n", name, wall, cpu);
	fflush(stdout);
}

static int
jobs(void)
{
	const char *s = getenv("TL_JOBS");
	long n = s && *s ? strtol(s, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 64 ? 64 : (int)n;
}

/* Load the default models; a failure is the tests' to report. */
static void
warm_models(void)
{
	GError *err = NULL;
	tl_tagger_default(&err);
	g_clear_error(&err);
	tl_names_default(&err);
	g_clear_error(&err);
	tl_lemmatizer_default(&err);
	g_clear_error(&err);
	tl_evlex_default(&err);
	g_clear_error(&err);
	tl_evmodel_default(&err);
	g_clear_error(&err);
}

int
main(void)
{
	pid_t pids[N_SUITES];
	int fds[N_SUITES];
	struct timespec began[N_SUITES];
	const char *times = getenv("TL_TIMES");
	int show_times = times && strcmp(times, "1") == 0;
	size_t next = 0, running = 0;
	int max = jobs(), tests = 0, failures = 0, errors = 0, broken = 0;
	warm_models();
	fflush(stdout);
	while (next < N_SUITES || running > 0) {
		if (next < N_SUITES && running < (size_t)max) {
			int p[2];
			if (pipe(p) != 0) {
				perror("runner: pipe");
				return EXIT_FAILURE;
			}
			pid_t pid = fork();
			if (pid < 0) {
				perror("runner: fork");
				return EXIT_FAILURE;
			}
			if (pid == 0) {
				close(p[0]);
				for (size_t k = 0; k < next; k++)
					if (pids[k] > 0)
						close(fds[k]);
				run_suite(next, p[1]);
			}
			close(p[1]);
			pids[next] = pid;
			fds[next] = p[0];
			clock_gettime(CLOCK_MONOTONIC, &began[next]);
			next++;
			running++;
			continue;
		}
		int status;
		struct rusage ru;
		pid_t pid = wait4(-1, &status, 0, &ru);
		if (pid < 0) {
			if (errno == EINTR)
				continue;
			perror("runner: wait");
			return EXIT_FAILURE;
		}
		size_t i = 0;
		while (i < next && pids[i] != pid)
			i++;
		if (i == next)
			continue;
		running--;
		pids[i] = 0;
		if (show_times)
			print_times(suites[i].name, &began[i], &ru);
		char line[64] = "";
		FILE *in = fdopen(fds[i], "r");
		int n = 0, f = 0, e = 0;
		int got = in && fgets(line, sizeof line, in) && sscanf(line, "%d %d %d", &n, &f, &e) == 3;
		if (in)
			fclose(in);
		else
			close(fds[i]);
		if (!got || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
			broken++;
			if (WIFSIGNALED(status))
				printf("suite %s: killed by signal %d\n", suites[i].name, WTERMSIG(status));
			else
				printf("suite %s: exited with status %d\n", suites[i].name,
				       WIFEXITED(status) ? WEXITSTATUS(status) : -1);
			fflush(stdout);
		}
		tests += n;
		failures += f;
		errors += e;
	}
	int passed = tests - failures - errors;
	printf("%d%%: Checks: %d, Failures: %d, Errors: %d", tests ? passed * 100 / tests : 100,
	       tests, failures, errors);
	if (broken)
		printf("; %d suite%s broken", broken, broken == 1 ? "" : "s");
	printf(" (%zu suites, %d at once)\n", (size_t)N_SUITES, max);
	return failures == 0 && errors == 0 && broken == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
