/*
 * What the fuzz targets share: handing the input bytes to code that reads a
 * file by name, without touching the disk.  One memfd is made on first use
 * and refilled for every input; its /proc/self/fd path opens it afresh at
 * offset 0, so a target runs thousands of inputs a second (a temporary file
 * per input in /tmp ran under a thousand).
 */
#ifndef TL_FUZZ_H
#define TL_FUZZ_H

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

/*
 * Put data[0..size) in the in-memory file and return its path (static
 * storage, valid until the next call), or NULL when it cannot be written.
 */
static inline const char *
fuzz_file(const unsigned char *data, size_t size)
{
	static int fd = -1;
	static char path[64];
	if (fd < 0) {
		fd = memfd_create("tl-fuzz", 0);
		if (fd < 0)
			return NULL;
		snprintf(path, sizeof path, "/proc/self/fd/%d", fd);
	}
	if (ftruncate(fd, 0) != 0)
		return NULL;
	size_t done = 0;
	while (done < size) {
		ssize_t n = pwrite(fd, data + done, size - done, (off_t)done);
		if (n <= 0)
			return NULL;
		done += (size_t)n;
	}
	return path;
}

#endif
