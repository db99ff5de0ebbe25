/*
 * Spill files for tl-merge's bounded mode.  Each file is made in a folder of
 * its own (mkdtemp under $TMPDIR), and its name and the folder are removed at
 * once, while it is open: the kernel frees the space when tl-merge ends,
 * however it ends (an error, SIGINT, SIGTERM, even SIGKILL), and nobody else
 * can open it.  Nothing is left to clean up.
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include "spill.h"

struct TlSpill {
	GPtrArray *runs; /* FILE*: document runs, in the order written */
	FILE *texts;     /* mention texts, appended */
	char *texts_buf; /* its buffer (TEXTS_BUF) */
	gint64 texts_len;
	gboolean texts_dirty; /* written since the last flush */
};

gboolean
tl_spill_io_error(GError **error, const char *what, int e)
{
	g_set_error(error, TL_ERROR, TL_ERROR_IO, "spill file in '%s' (%s): %s", g_get_tmp_dir(),
	            what, g_strerror(e));
	return FALSE;
}

static FILE *
unnamed_file(GError **error)
{
	g_autofree char *dir = g_build_filename(g_get_tmp_dir(), "tl-merge-XXXXXX", NULL);
	if (!g_mkdtemp(dir)) {
		/* say where the folder comes from: a TMPDIR that is missing,
		 * not a folder or read-only is the usual cause */
		int e = errno;
		g_set_error(error, TL_ERROR, TL_ERROR_IO,
		            "cannot make a spill folder in '%s' (TMPDIR, or --memory 0 to keep "
		            "everything in memory): %s",
		            g_get_tmp_dir(), g_strerror(e));
		return NULL;
	}
	g_autofree char *path = g_build_filename(dir, "spill", NULL);
	int fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	int e = errno;
	if (fd >= 0)
		unlink(path);
	rmdir(dir);
	FILE *fp = fd >= 0 ? fdopen(fd, "w+b") : NULL;
	if (!fp) {
		if (fd >= 0) {
			e = errno;
			close(fd);
		}
		tl_spill_io_error(error, path, e);
	}
	return fp;
}

FILE *
tl_spill_unnamed_file(GError **error)
{
	/* no SIGINT or SIGTERM between the folder's making and its removal: one
	 * then would leave it behind (the handlers end the program) */
	sigset_t block, old;
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	pthread_sigmask(SIG_BLOCK, &block, &old);
	FILE *fp = unnamed_file(error);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	return fp;
}

gboolean
tl_spill_pwrite(FILE *fp, const void *p, gsize len, guint64 at, const char *what, GError **error)
{
	const char *b = p;
	while (len) {
		ssize_t w = pwrite(fileno(fp), b, len, (off_t)at);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return tl_spill_io_error(error, what, w < 0 ? errno : EIO);
		b += w, len -= (gsize)w, at += (guint64)w;
	}
	return TRUE;
}

gboolean
tl_spill_pread(FILE *fp, void *p, gsize len, guint64 at, const char *what, GError **error)
{
	char *b = p;
	while (len) {
		ssize_t r = pread(fileno(fp), b, len, (off_t)at);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return tl_spill_io_error(error, what, r < 0 ? errno : EIO);
		b += r, len -= (gsize)r, at += (guint64)r;
	}
	return TRUE;
}

static void
close_file(gpointer fp)
{
	fclose(fp);
}

/* The mention texts' write buffer: stdio's own is a block (4 KB), a write
 * call for every 4 KB of the stream's texts (95,000 at K=10).  (glibc
 * sizes a buffer it makes by the block whatever setvbuf asks: ours.) */
#define TEXTS_BUF (256 << 10)

TlSpill *
tl_spill_new(GError **error)
{
	FILE *texts = tl_spill_unnamed_file(error);
	if (!texts)
		return NULL;
	TlSpill *s = g_new0(TlSpill, 1);
	s->texts_buf = g_malloc(TEXTS_BUF);
	setvbuf(texts, s->texts_buf, _IOFBF, TEXTS_BUF);
	s->runs = g_ptr_array_new_with_free_func(close_file);
	s->texts = texts;
	return s;
}

void
tl_spill_free(TlSpill *s)
{
	if (!s)
		return;
	g_ptr_array_unref(s->runs);
	fclose(s->texts);
	g_free(s->texts_buf);
	g_free(s);
}

guint
tl_spill_n_runs(const TlSpill *s)
{
	return s ? s->runs->len : 0;
}

/* ---- document runs: records of [id length][json length][id][json] ---- */

static gboolean
put_record(FILE *fp, const char *id, const char *json)
{
	guint32 len[2] = {(guint32)strlen(id), (guint32)strlen(json)};
	return fwrite(len, sizeof len, 1, fp) == 1 && fwrite(id, 1, len[0], fp) == len[0] &&
	       fwrite(json, 1, len[1], fp) == len[1];
}

/* Where one source of documents stands: a run, or the table's sorted ids. */
typedef struct {
	FILE *fp;           /* a run, or NULL for the table */
	GString *id, *json; /* a run's current record */
	GList *next;        /* the table: its ids from here on */
	GHashTable *table;
	const char *cid, *cjson; /* the current document; cid NULL at the end */
} Cursor;

static gboolean
advance(Cursor *c, GError **error)
{
	if (!c->fp) {
		c->cid = c->next ? c->next->data : NULL;
		c->cjson = c->cid ? g_hash_table_lookup(c->table, c->cid) : NULL;
		c->next = c->next ? c->next->next : NULL;
		return TRUE;
	}
	guint32 len[2];
	size_t got = fread(len, sizeof len, 1, c->fp);
	if (got != 1) {
		c->cid = NULL;
		return ferror(c->fp) ? tl_spill_io_error(error, "reading documents", errno) : TRUE;
	}
	g_string_set_size(c->id, len[0]);
	g_string_set_size(c->json, len[1]);
	if (fread(c->id->str, 1, len[0], c->fp) != len[0] ||
	    fread(c->json->str, 1, len[1], c->fp) != len[1])
		return tl_spill_io_error(error, "reading documents", ferror(c->fp) ? errno : EIO);
	c->cid = c->id->str;
	c->cjson = c->json->str;
	return TRUE;
}

typedef void (*RecordFn)(const char *id, const char *json, gpointer data);

static gboolean
each_record(TlSpill *s, GHashTable *documents, RecordFn fn, gpointer data, GError **error)
{
	guint n = tl_spill_n_runs(s);
	g_autofree Cursor *cur = g_new0(Cursor, n + 1);
	g_autoptr(GList) ids = g_list_sort(g_hash_table_get_keys(documents), (GCompareFunc)strcmp);
	gboolean ok = TRUE;
	/* runs first, in the order written, the table last: of equal ids the
	 * first cursor's is the first that came */
	for (guint i = 0; i < n && ok; i++) {
		cur[i].fp = s->runs->pdata[i];
		cur[i].id = g_string_new(NULL);
		cur[i].json = g_string_new(NULL);
		ok = fseeko(cur[i].fp, 0, SEEK_SET) == 0 ? advance(&cur[i], error)
		                                         : tl_spill_io_error(error, "reading documents", errno);
	}
	cur[n].table = documents;
	cur[n].next = ids;
	advance(&cur[n], NULL);
	while (ok) {
		Cursor *min = NULL;
		for (guint i = 0; i <= n; i++)
			if (cur[i].cid && (!min || strcmp(cur[i].cid, min->cid) < 0))
				min = &cur[i];
		if (!min)
			break;
		fn(min->cid, min->cjson, data);
		g_autofree char *id = g_strdup(min->cid);
		for (guint i = 0; i <= n && ok; i++)
			while (ok && cur[i].cid && strcmp(cur[i].cid, id) == 0)
				ok = advance(&cur[i], error);
	}
	for (guint i = 0; i < n; i++) {
		if (cur[i].id)
			g_string_free(cur[i].id, TRUE);
		if (cur[i].json)
			g_string_free(cur[i].json, TRUE);
	}
	return ok;
}

/* Runs held open at most: past it they are merged into one (each holds a
 * file and its buffer). */
#define MAX_RUNS 32

static void
put_merged(const char *id, const char *json, gpointer data)
{
	FILE *fp = data;
	if (!ferror(fp))
		put_record(fp, id, json);
}

/* Merge every run into one, the first of an id kept (as docs_each does). */
static gboolean
compact_runs(TlSpill *s, GError **error)
{
	FILE *fp = tl_spill_unnamed_file(error);
	if (!fp)
		return FALSE;
	g_autoptr(GHashTable) none = g_hash_table_new(g_str_hash, g_str_equal);
	if (!each_record(s, none, put_merged, fp, error) || fflush(fp) != 0 || ferror(fp)) {
		fclose(fp);
		return error && *error ? FALSE : tl_spill_io_error(error, "writing documents", errno);
	}
	g_ptr_array_set_size(s->runs, 0);
	g_ptr_array_add(s->runs, fp);
	return TRUE;
}

gboolean
tl_spill_docs_run(TlSpill *s, GHashTable *documents, GError **error)
{
	if (s->runs->len >= MAX_RUNS && !compact_runs(s, error))
		return FALSE;
	FILE *fp = tl_spill_unnamed_file(error);
	if (!fp)
		return FALSE;
	g_ptr_array_add(s->runs, fp);
	g_autoptr(GList) ids = g_list_sort(g_hash_table_get_keys(documents), (GCompareFunc)strcmp);
	for (GList *l = ids; l; l = l->next)
		if (!put_record(fp, l->data, g_hash_table_lookup(documents, l->data)))
			return tl_spill_io_error(error, "writing documents", errno);
	if (fflush(fp) != 0)
		return tl_spill_io_error(error, "writing documents", errno);
	g_hash_table_remove_all(documents);
	return TRUE;
}

typedef struct {
	TlSpillDocFn fn;
	gpointer data;
} JsonOnly;

static void
json_only(const char *id, const char *json, gpointer data)
{
	(void)id;
	JsonOnly *j = data;
	j->fn(json, j->data);
}

gboolean
tl_spill_docs_each(TlSpill *s, GHashTable *documents, TlSpillDocFn fn, gpointer data,
                   GError **error)
{
	JsonOnly j = {fn, data};
	return each_record(s, documents, json_only, &j, error);
}

/* ---- mention texts ---- */

gint64
tl_spill_put(TlSpill *s, const char *bytes, size_t len, GError **error)
{
	if (fwrite(bytes, 1, len, s->texts) != len) {
		tl_spill_io_error(error, "writing mentions", errno);
		return -1;
	}
	gint64 off = s->texts_len;
	s->texts_len += (gint64)len;
	s->texts_dirty = TRUE;
	return off;
}

gboolean
tl_spill_get(TlSpill *s, gint64 off, size_t len, GString *out, GError **error)
{
	if (s->texts_dirty) {
		if (fflush(s->texts) != 0)
			return tl_spill_io_error(error, "writing mentions", errno);
		s->texts_dirty = FALSE;
	}
	g_string_set_size(out, len);
	return tl_spill_pread(s->texts, out->str, len, (guint64)off, "reading mentions", error);
}

gboolean
tl_spill_parse_size(const char *s, guint64 *bytes)
{
	char *end;
	if (!s || !g_ascii_isdigit(*s))
		return FALSE;
	errno = 0;
	guint64 v = g_ascii_strtoull(s, &end, 10);
	if (errno)
		return FALSE;
	guint shift = 0;
	switch (g_ascii_toupper(*end)) {
	case 'K':
		shift = 10;
		break;
	case 'M':
		shift = 20;
		break;
	case 'G':
		shift = 30;
		break;
	case '\0':
		break;
	default:
		return FALSE;
	}
	if (shift)
		end++;
	if (shift && g_ascii_toupper(*end) == 'B')
		end++;
	if (*end || v > (G_MAXUINT64 >> shift))
		return FALSE;
	*bytes = v << shift;
	return TRUE;
}
