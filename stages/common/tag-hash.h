/*
 * Feature hashing shared by the tagger (its trainer and both decoders) and
 * the name finder: a model's weights are keyed by these values, so changing
 * one changes what every committed model means.
 */
#ifndef TL_TAG_HASH_H
#define TL_TAG_HASH_H

#include <glib.h>

#define FNV_OFF 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL

static inline guint64
mix(guint64 x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

static inline guint64
fnv(const guint8 *s, size_t n)
{
	guint64 h = FNV_OFF;
	for (size_t i = 0; i < n; i++)
		h = (h ^ s[i]) * FNV_PRIME;
	return h;
}

/* Features combine a template number with up to two values. */
static inline guint64
feat(guint64 tmpl, guint64 a, guint64 b)
{
	guint64 h = mix(a * 0x9e3779b97f4a7c15ULL + mix(b + tmpl * 0x632be59bd9b4e019ULL) + tmpl);
	return h ? h : 1; /* 0 marks an empty slot */
}

#endif
