/*
 * Averaged perceptron with lazy averaging (each weight keeps its running
 * total and the time of its last change), as in Collins (2002).
 */
#include <math.h>
#include <string.h>
#include "tag-perceptron.h"

typedef struct {
	guint32 next; /* next entry of the same feature, or NONE */
	guint32 cls;
	double w, total;
	guint64 stamp;
} Entry;

#define NONE G_MAXUINT32

struct TlPerc {
	int n_classes;
	guint64 now;
	GHashTable *index; /* feature hash -> head entry + 1 */
	GArray *entries;
};

TlPerc *
tl_perc_new(int n_classes)
{
	TlPerc *p = g_new0(TlPerc, 1);
	p->n_classes = n_classes;
	p->index = g_hash_table_new_full(g_int64_hash, g_int64_equal, g_free, NULL);
	p->entries = g_array_new(FALSE, FALSE, sizeof(Entry));
	return p;
}

void
tl_perc_free(TlPerc *p)
{
	if (!p)
		return;
	g_hash_table_destroy(p->index);
	g_array_free(p->entries, TRUE);
	g_free(p);
}

static guint32
head(const TlPerc *p, guint64 f)
{
	gpointer v = g_hash_table_lookup(p->index, &f);
	return v ? (guint32)(GPOINTER_TO_SIZE(v) - 1) : NONE;
}

static double
averaged(const TlPerc *p, const Entry *e)
{
	double total = e->total + (double)(p->now - e->stamp) * e->w;
	return p->now ? total / (double)p->now : e->w;
}

void
tl_perc_score(const TlPerc *p, const guint64 *f, size_t n, gboolean avg, double *scores)
{
	memset(scores, 0, sizeof(double) * (size_t)p->n_classes);
	const Entry *es = (const Entry *)p->entries->data;
	for (size_t i = 0; i < n; i++)
		for (guint32 e = head(p, f[i]); e != NONE; e = es[e].next)
			scores[es[e].cls] += avg ? averaged(p, &es[e]) : es[e].w;
}

int
tl_perc_predict(const TlPerc *p, const guint64 *f, size_t n, gboolean avg)
{
	double scores[256];
	g_assert(p->n_classes <= 256);
	tl_perc_score(p, f, n, avg, scores);
	int best = 0;
	for (int c = 1; c < p->n_classes; c++)
		if (scores[c] > scores[best])
			best = c;
	return best;
}

static void
bump(TlPerc *p, guint64 f, int cls, double delta)
{
	guint32 h = head(p, f), e;
	Entry *es = (Entry *)p->entries->data;
	for (e = h; e != NONE; e = es[e].next)
		if (es[e].cls == (guint32)cls)
			break;
	if (e == NONE) {
		Entry ne = {h, (guint32)cls, 0, 0, p->now};
		g_array_append_val(p->entries, ne);
		e = p->entries->len - 1;
		guint64 *key = g_new(guint64, 1);
		*key = f;
		g_hash_table_replace(p->index, key, GSIZE_TO_POINTER((gsize)e + 1));
		es = (Entry *)p->entries->data;
	}
	Entry *x = &es[e];
	x->total += (double)(p->now - x->stamp) * x->w;
	x->stamp = p->now;
	x->w += delta;
}

void
tl_perc_update(TlPerc *p, const guint64 *f, size_t n, int gold, int guess)
{
	p->now++;
	if (gold == guess)
		return;
	for (size_t i = 0; i < n; i++) {
		bump(p, f[i], gold, 1);
		bump(p, f[i], guess, -1);
	}
}

static int
cmp_u64(gconstpointer a, gconstpointer b)
{
	guint64 x = *(const guint64 *)a, y = *(const guint64 *)b;
	return x < y ? -1 : x > y;
}

static void
put_u32(GString *out, guint32 v)
{
	for (int i = 0; i < 4; i++)
		g_string_append_c(out, (char)(v >> (8 * i) & 0xff));
}

double
tl_perc_write(const TlPerc *p, double min_abs, GString *out)
{
	const Entry *es = (const Entry *)p->entries->data;
	GArray *keys = g_array_new(FALSE, FALSE, sizeof(guint64));
	GHashTableIter it;
	gpointer k, v;
	double max = 0;
	g_hash_table_iter_init(&it, p->index);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		g_array_append_val(keys, *(guint64 *)k);
		for (guint32 e = (guint32)(GPOINTER_TO_SIZE(v) - 1); e != NONE; e = es[e].next)
			max = fmax(max, fabs(averaged(p, &es[e])));
	}
	g_array_sort(keys, cmp_u64);
	double scale = max > 0 ? 32767.0 / max : 1;
	gsize count_at = out->len;
	put_u32(out, 0);
	guint32 n_feats = 0;
	for (guint i = 0; i < keys->len; i++) {
		guint64 f = g_array_index(keys, guint64, i);
		guint8 row[256][3];
		int n = 0;
		for (guint32 e = head(p, f); e != NONE; e = es[e].next) {
			double w = averaged(p, &es[e]) * scale;
			if (fabs(w) < min_abs * 32767.0 || lrint(w) == 0)
				continue;
			long q = lrint(w);
			row[n][0] = (guint8)es[e].cls;
			row[n][1] = (guint8)(q & 0xff);
			row[n][2] = (guint8)((q >> 8) & 0xff);
			n++;
		}
		if (n == 0)
			continue;
		/* rows in class order, so the file does not depend on update order */
		for (int a = 1; a < n; a++)
			for (int b = a; b > 0 && row[b][0] < row[b - 1][0]; b--) {
				guint8 t[3];
				memcpy(t, row[b], 3);
				memcpy(row[b], row[b - 1], 3);
				memcpy(row[b - 1], t, 3);
			}
		put_u32(out, (guint32)f);
		put_u32(out, (guint32)(f >> 32));
		g_string_append_c(out, (char)n);
		g_string_append_len(out, (const char *)row, n * 3);
		n_feats++;
	}
	for (int i = 0; i < 4; i++)
		out->str[count_at + i] = (char)(n_feats >> (8 * i) & 0xff);
	g_array_free(keys, TRUE);
	return scale;
}
