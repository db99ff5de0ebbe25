/*
 * The set of numbers of itab.h: open addressing, linear probing, at most
 * half full (a probe seldom goes past two slots).  A slot keeps the mixed
 * hash beside the number: a probe reads the caller's thing only when the
 * hashes match, and growing never reads them (each such read is a cache
 * miss on a mention: 3% of tl-merge's CPU at a million mentions).
 */
#include "itab.h"

#define ITAB_MIN 64

/* Spread the caller's hash (often a sum of pointers or small numbers). */
static guint32
mix(guint h)
{
	guint64 x = (guint64)h * G_GUINT64_CONSTANT(0x9E3779B97F4A7C15);
	return (guint32)(x >> 32);
}

TlItab *
tl_itab_new(TlItabEqualFn equal, gpointer data)
{
	TlItab *t = g_new0(TlItab, 1);
	t->slot = g_new0(guint64, ITAB_MIN);
	t->mask = ITAB_MIN - 1;
	t->equal = equal;
	t->data = data;
	return t;
}

void
tl_itab_free(TlItab *t)
{
	if (!t)
		return;
	g_free(t->slot);
	g_free(t);
}

gboolean
tl_itab_lookup(const TlItab *t, guint h, gconstpointer probe, guint *idx)
{
	guint32 m = mix(h);
	for (guint32 i = m & t->mask;; i = (i + 1) & t->mask) {
		guint64 s = t->slot[i];
		if (!s)
			return FALSE;
		guint32 n = (guint32)s;
		if ((guint32)(s >> 32) == m && t->equal(n - 1, probe, t->data)) {
			*idx = n - 1;
			return TRUE;
		}
	}
}

/* Place a slot (mixed hash << 32 | number + 1). */
static void
put(TlItab *t, guint64 s)
{
	guint32 i = (guint32)(s >> 32) & t->mask;
	while (t->slot[i])
		i = (i + 1) & t->mask;
	t->slot[i] = s;
}

/* Twice the slots, every one placed again by the hash it keeps. */
static void
grow(TlItab *t)
{
	guint64 *old = t->slot;
	guint32 size = t->mask + 1;
	g_assert(size <= G_MAXUINT32 / 2);
	t->slot = g_new0(guint64, (gsize)size * 2);
	t->mask = size * 2 - 1;
	for (guint32 i = 0; i < size; i++)
		if (old[i])
			put(t, old[i]);
	g_free(old);
}

void
tl_itab_insert(TlItab *t, guint h, guint idx)
{
	g_assert(idx < G_MAXUINT32);
	if ((guint64)(t->n + 1) * 2 > (guint64)t->mask + 1)
		grow(t);
	put(t, (guint64)mix(h) << 32 | (idx + 1));
	t->n++;
}
