/*
 * Line reading in linear time: a buffer that doubles while a line is longer
 * than it, memchr for the line end, and a line over the limit skipped whole
 * without being held in memory.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "tl/record.h"
#include "kit.h"

#define CHUNK (256 * 1024)

struct TlReader {
	FILE *fp;
	gboolean own;
	char *name;
	char *buf;
	size_t cap, start, end;
	guint64 lineno;
	gboolean reading; /* inside tl_reader_next: line lineno + 1 is being read */
	size_t max_line;
	gboolean eof;
};

TlReader *
tl_reader_open(const char *path, size_t max_line, GError **error)
{
	FILE *fp;
	gboolean std = path == NULL || strcmp(path, "-") == 0;
	if (std)
		fp = stdin;
	else if (!(fp = fopen(path, "rb"))) {
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", path, g_strerror(e));
		return NULL;
	}
	TlReader *r = g_new0(TlReader, 1);
	r->fp = fp;
	r->own = !std;
	r->name = g_strdup(std ? "<stdin>" : path);
	r->cap = CHUNK;
	r->buf = g_malloc(r->cap);
	r->max_line = max_line;
	return r;
}

gboolean
tl_reader_check_output(const TlReader *r, FILE *out, GError **error)
{
	struct stat in, o;
	/* standard input behind a stream of no descriptor (tl-normalize's
	 * replay of the bytes it looked at) is still read from descriptor 0 */
	int fd = fileno(r->fp) >= 0 ? fileno(r->fp) : r->own ? -1 : STDIN_FILENO;
	if (fd < 0 || fstat(fd, &in) != 0 || fstat(fileno(out), &o) != 0 || !S_ISREG(in.st_mode) ||
	    !S_ISREG(o.st_mode) || in.st_dev != o.st_dev || in.st_ino != o.st_ino)
		return TRUE;
	off_t at = fd == fileno(r->fp) ? ftello(r->fp) : -1;
	if (at >= 0 && at >= in.st_size)
		return TRUE; /* nothing left to read: nothing read back */
	g_set_error(error, TL_ERROR, TL_ERROR_IO,
	            "%s: the input is also the output (standard output written into it, as by "
	            "'>>'): its own records would be read back for ever; not read",
	            r->name);
	return FALSE;
}

/* The reader that last gave a line, for tl_reader_where (a fatal error
 * names the input it was reading; no other use). */
static const TlReader *volatile last_read;

void
tl_reader_free(TlReader *r)
{
	if (!r)
		return;
	if (last_read == r)
		last_read = NULL;
	if (r->own)
		fclose(r->fp);
	g_free(r->name);
	g_free(r->buf);
	g_free(r);
}

guint64
tl_reader_lineno(const TlReader *r)
{
	return r->lineno;
}

const char *
tl_reader_name(const TlReader *r)
{
	return r->name;
}

/* Read more bytes after end; FALSE on a read error. */
static gboolean
refill(TlReader *r, GError **error)
{
	if (r->start > 0) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	if (r->cap - r->end < CHUNK / 2) {
		r->cap *= 2;
		r->buf = g_realloc(r->buf, r->cap);
	}
	size_t n = fread(r->buf + r->end, 1, r->cap - r->end - 1, r->fp);
	if (n == 0) {
		if (ferror(r->fp)) {
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: read error: %s", r->name,
			            g_strerror(errno));
			return FALSE;
		}
		r->eof = TRUE;
	}
	r->end += n;
	return TRUE;
}

/*
 * An over-long line that holds a NUL byte is binary data, not JSON: the
 * file is not read further.  /dev/zero (or a pipe from it) is one line
 * that never ends, and skipping it hung every JSON Lines stage.
 */
static TlReadStatus
binary_line(TlReader *r, guint64 at, GError **error)
{
	g_set_error(error, TL_ERROR, TL_ERROR_LIMIT,
	            "%s:%" G_GUINT64_FORMAT ": NUL byte at byte %" G_GUINT64_FORMAT
	            " of a line over the limit of %zu bytes (a binary file?); not read further",
	            r->name, r->lineno + 1, at + 1, r->max_line);
	r->eof = TRUE;
	r->start = r->end = 0;
	return TL_READ_ERROR;
}

/* Drop the rest of an over-long line, up to and including its '\n'. */
static TlReadStatus
skip_line(TlReader *r, GError **error)
{
	guint64 seen = r->end - r->start;
	const char *nul = memchr(r->buf + r->start, '\0', r->end - r->start);
	if (nul)
		return binary_line(r, (guint64)(nul - r->buf - r->start), error);
	r->start = r->end = 0;
	for (;;) {
		size_t n = fread(r->buf, 1, r->cap - 1, r->fp);
		if (n == 0) {
			if (ferror(r->fp)) {
				g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: read error: %s",
				            r->name, g_strerror(errno));
				return TL_READ_ERROR;
			}
			r->eof = TRUE;
			break;
		}
		char *nl = memchr(r->buf, '\n', n);
		nul = memchr(r->buf, '\0', nl ? (size_t)(nl - r->buf) : n);
		if (nul)
			return binary_line(r, seen + (guint64)(nul - r->buf), error);
		if (nl) {
			seen += (guint64)(nl - r->buf);
			r->start = (size_t)(nl - r->buf) + 1;
			r->end = n;
			break;
		}
		seen += n;
	}
	r->lineno++;
	g_set_error(error, TL_ERROR, TL_ERROR_LIMIT,
	            "line of %" G_GUINT64_FORMAT " bytes is over the limit of %zu bytes; skipped",
	            seen, r->max_line);
	return TL_READ_SKIPPED;
}

static TlReadStatus
reader_next(TlReader *r, const char **line, size_t *len, GError **error)
{
	for (;;) {
		char *p = r->buf + r->start;
		size_t avail = r->end - r->start;
		char *nl = memchr(p, '\n', avail);
		if (nl || (r->eof && avail > 0)) {
			size_t n = nl ? (size_t)(nl - p) : avail;
			r->start += nl ? n + 1 : n;
			r->lineno++;
			if (n > 0 && p[n - 1] == '\r')
				n--;
			p[n] = '\0'; /* the '\n', '\r' or the spare byte after end */
			/* a UTF-8 byte order mark that opens the file (Windows tools
			 * write one) is no part of the first line (RFC 8259: a parser
			 * may ignore it); one anywhere else is the line's own */
			if (r->lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
				p += 3;
				n -= 3;
			}
			if (r->max_line && n > r->max_line) {
				g_set_error(error, TL_ERROR, TL_ERROR_LIMIT,
				            "line of %zu bytes is over the limit of %zu bytes; skipped",
				            n, r->max_line);
				return TL_READ_SKIPPED;
			}
			*line = p;
			*len = n;
			return TL_READ_OK;
		}
		if (r->eof)
			return TL_READ_EOF;
		if (r->max_line && avail > r->max_line)
			return skip_line(r, error);
		if (!refill(r, error))
			return TL_READ_ERROR;
	}
}

gboolean
tl_read_file(const char *path, size_t max, char **data, size_t *len, GError **error)
{
	gboolean std = path == NULL || strcmp(path, "-") == 0;
	const char *name = std ? "<stdin>" : path;
	FILE *fp = std ? stdin : fopen(path, "rb");
	if (!fp) {
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", name, g_strerror(e));
		return FALSE;
	}
	GString *s = g_string_sized_new(CHUNK);
	char chunk[65536];
	size_t n;
	gboolean ok = TRUE;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (max && s->len + n > max) {
			g_set_error(error, TL_ERROR, TL_ERROR_LIMIT,
			            "%s: larger than the limit of %zu bytes", name, max);
			ok = FALSE;
			break;
		}
		g_string_append_len(s, chunk, (gssize)n);
	}
	if (ok && ferror(fp)) {
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: read error: %s", name,
		            e == EISDIR ? "is a directory" : g_strerror(e));
		ok = FALSE;
	}
	if (!std)
		fclose(fp);
	if (!ok) {
		g_string_free(s, TRUE);
		return FALSE;
	}
	*len = s->len;
	*data = g_string_free(s, FALSE);
	return TRUE;
}

char *
tl_file_id(const char *path)
{
	if (!path || strcmp(path, "-") == 0)
		return g_strdup("stdin");
	g_autofree char *base = g_path_get_basename(path);
	char *dot = strrchr(base, '.');
	if (dot && dot != base)
		*dot = '\0';
	return g_strdup(base);
}

gboolean
tl_reader_where(char *buf, size_t size)
{
	const TlReader *r = last_read;
	if (!r)
		return FALSE;
	g_snprintf(buf, size, "%s:%" G_GUINT64_FORMAT, r->name, r->lineno + r->reading);
	return TRUE;
}

TlReadStatus
tl_reader_next(TlReader *r, const char **line, size_t *len, GError **error)
{
	last_read = r;
	r->reading = TRUE;
	TlReadStatus st = reader_next(r, line, len, error);
	r->reading = FALSE;
	return st;
}
