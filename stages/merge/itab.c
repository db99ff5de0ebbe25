/*
 * The set of numbers of itab.h: open addressing, linear probing, at most
 * half full (a probe seldom goes past two slots).
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
tl_itab_new(TlItabHashFn hash, TlItabEqualFn equal, gpointer data)
{
	TlItab *t = g_new0(TlItab, 1);
	t->slot = g_new0(guint32, ITAB_MIN);
	t->mask = ITAB_MIN - 1;
	t->hash = hash;
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
	for (guint32 i = mix(h) & t->mask;; i = (i + 1) & t->mask) {
		guint32 s = t->slot[i];
		if (!s)
			return FALSE;
		if (t->equal(s - 1, probe, t->data)) {
			*idx = s - 1;
			return TRUE;
		}
	}
}

static void
put(TlItab *t, guint32 m, guint idx)
{
	guint32 i = m & t->mask;
	while (t->slot[i])
		i = (i + 1) & t->mask;
	t->slot[i] = idx + 1;
}

/* Twice the slots, every number placed again by its hash (asked of the caller). */
static void
grow(TlItab *t)
{
	guint32 *old = t->slot;
	guint32 size = t->mask + 1;
	g_assert(size <= G_MAXUINT32 / 2);
	t->slot = g_new0(guint32, (gsize)size * 2);
	t->mask = size * 2 - 1;
	for (guint32 i = 0; i < size; i++)
		if (old[i])
			put(t, mix(t->hash(old[i] - 1, t->data)), old[i] - 1);
	g_free(old);
}

void
tl_itab_insert(TlItab *t, guint h, guint idx)
{
	g_assert(idx < G_MAXUINT32);
	if ((guint64)(t->n + 1) * 2 > (guint64)t->mask + 1)
		grow(t);
	put(t, mix(h), idx);
	t->n++;
}
