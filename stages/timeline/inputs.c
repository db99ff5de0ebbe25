/*
 * What the driver is given: files, folders (walked recursively, in byte
 * order, hidden entries and unknown extensions skipped) and standard input.
 * JSON Lines inputs hold many documents and are dealt out record by record;
 * every other file is one document.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "driver.h"

static const char *doc_exts[] = {".txt", ".text", ".html", ".htm", ".tml", ".xml", NULL};
static const char *jsonl_exts[] = {".jsonl", ".json", ".ndjson", NULL};

static gboolean
has_ext(const char *name, const char **exts)
{
	g_autofree char *low = g_ascii_strdown(name, -1);
	for (int i = 0; exts[i]; i++)
		if (g_str_has_suffix(low, exts[i]))
			return TRUE;
	return FALSE;
}

gboolean
tl_driver_is_jsonl(const char *path)
{
	return has_ext(path, jsonl_exts);
}

gboolean
tl_driver_format_is_jsonl(const char *format)
{
	for (int i = 0; jsonl_exts[i]; i++)
		if (g_ascii_strcasecmp(format, jsonl_exts[i] + 1) == 0)
			return TRUE;
	return FALSE;
}

static int
cmp_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static gint
cmp_str_data(gconstpointer a, gconstpointer b, gpointer unused)
{
	(void)unused;
	return cmp_str(a, b);
}

/* A document or JSON Lines file compressed ("news.jsonl.gz", "a.txt.xz"):
 * such files were passed over as unknown without a word, so a folder of
 * compressed archives made an empty timeline, exit 0.  They are read as a
 * named file is: tl-normalize says "gzip-compressed data, not text
 * (decompress it first)", and -k goes on with the others. */
static gboolean
compressed_doc(const char *name)
{
	static const char *packs[] = {".gz", ".bz2", ".xz", ".zst", ".lz4", ".z", NULL};
	g_autofree char *low = g_ascii_strdown(name, -1);
	for (int i = 0; packs[i]; i++)
		if (g_str_has_suffix(low, packs[i])) {
			low[strlen(low) - strlen(packs[i])] = '\0';
			return has_ext(low, doc_exts) || has_ext(low, jsonl_exts);
		}
	return FALSE;
}

/* The driver's own outputs, which a walk never reads as inputs. */
static const char *output_exts[] = {".timeline.json", ".timelinejs.json", ".vis.json", NULL};

/* Is path the folder out (same device and inode)? */
static gboolean
same_dir(const char *path, const struct stat *out)
{
	struct stat st;
	return out && stat(path, &st) == 0 && st.st_dev == out->st_dev && st.st_ino == out->st_ino;
}

/*
 * Add the documents under dir; iterative, so depth costs no stack.  The
 * output folder out (NULL: none yet) is not walked, and the timelines and
 * exports the driver writes are not read: `timeline -d in/out in` (or
 * `timeline .` beside ./output) failed from its second run on, reading its
 * own in/out/in.timeline.json as JSON Lines ("invalid JSON").
 */
static gboolean
walk(const char *prog, const char *top, const struct stat *out, GPtrArray *files, GError **error)
{
	g_autoptr(GPtrArray) todo = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(todo, g_strdup(top));
	while (todo->len > 0) {
		g_autofree char *dir = g_ptr_array_steal_index(todo, todo->len - 1);
		g_autoptr(GDir) d = g_dir_open(dir, 0, error);
		if (!d)
			return FALSE;
		g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func(g_free);
		const char *n;
		while ((n = g_dir_read_name(d)))
			if (n[0] != '.')
				g_ptr_array_add(names, g_strdup(n));
		g_ptr_array_sort(names, cmp_str);
		/* sub-folders are pushed in reverse so that they come out in order */
		g_autoptr(GPtrArray) subdirs = g_ptr_array_new();
		for (guint i = 0; i < names->len; i++) {
			char *path = g_build_filename(dir, names->pdata[i], NULL);
			struct stat st;
			/* an entry that cannot be looked at (a path past PATH_MAX
			 * in a deep tree) is said, not dropped without a word */
			if (lstat(path, &st) != 0) {
				tl_print_error(prog, "warning: %s: %s; skipped", path, g_strerror(errno));
				g_free(path);
			} else if (S_ISDIR(st.st_mode)) {
				if (same_dir(path, out))
					g_free(path);
				else
					g_ptr_array_add(subdirs, path);
			} else if (has_ext(path, output_exts)) {
				tl_print_error(prog, "warning: %s: a timeline or export, not a document; skipped",
				               path);
				g_free(path);
			} else if (!has_ext(path, doc_exts) && !has_ext(path, jsonl_exts) &&
			           !compressed_doc(path))
				g_free(path);
			else {
				/* a FIFO would hang the run, a dangling link fail it:
				 * a folder's documents are its regular files */
				const char *why = stat(path, &st) != 0   ? g_strerror(errno)
				                  : !S_ISREG(st.st_mode) ? "not a regular file"
				                                         : NULL;
				if (!why) {
					g_ptr_array_add(files, path);
					continue;
				}
				tl_print_error(prog, "warning: %s: %s; skipped", path, why);
				g_free(path);
			}
		}
		for (guint i = subdirs->len; i-- > 0;)
			g_ptr_array_add(todo, subdirs->pdata[i]);
	}
	return TRUE;
}

gboolean
tl_driver_collect(const char *prog, char **args, const char *outdir, GPtrArray *files,
                  GError **error)
{
	struct stat out_st;
	const struct stat *out = outdir && stat(outdir, &out_st) == 0 ? &out_st : NULL;
	for (char **a = args; a && *a; a++) {
		if (strcmp(*a, "-") == 0) {
			g_ptr_array_add(files, g_strdup("-"));
			continue;
		}
		struct stat st;
		if (stat(*a, &st) != 0) {
			g_set_error(error, TL_ERROR, TL_ERROR_IO, "%s: %s", *a, g_strerror(errno));
			return FALSE;
		}
		if (S_ISDIR(st.st_mode)) {
			guint before = files->len;
			if (!walk(prog, *a, out, files, error))
				return FALSE;
			/* a folder's files in byte order, whatever the walk's order */
			g_qsort_with_data(files->pdata + before, (gint)(files->len - before),
			                  sizeof(gpointer), cmp_str_data, NULL);
			/* (an empty timeline, exit 0, and no word why) */
			if (files->len == before)
				tl_print_error(prog,
				               "warning: %s: no document in it (the names read end in .txt, "
				               ".text, .html, .htm, .tml, .xml, .jsonl, .json or .ndjson)",
				               *a);
		} else
			g_ptr_array_add(files, g_strdup(*a));
	}
	if (!args || !args[0])
		g_ptr_array_add(files, g_strdup("-"));
	return TRUE;
}
