/*
 * The mentions of a merge, by number: held in memory, or past the memory
 * budget as key records in a file no name points to (spill.c's kind), read
 * back by number (pread, the page cache) or in order.  A key record is the
 * mention as tl-merge holds it (the struct, then its participants' block),
 * and its document's id: a mention read back points at its own copy of it,
 * so that the ids, one per document, need not be kept (compare them as
 * strings, not pointers).  Its other strings are pointers into the merge's
 * pool, which lives as long as the store, so a record means something only
 * to the process that wrote it.  What stays in memory per mention is its
 * length: a byte (and an offset per TL_STORE_GROUP of them).
 */
#ifndef TL_MERGE_STORE_H
#define TL_MERGE_STORE_H

#include "merge.h"

/* Copies of mentions read from the file: the last this many numbers asked
 * for stay valid (more are kept, up to tl_store_set_cache's bytes). */
#define TL_STORE_RING 4
/* Records per offset held. */
#define TL_STORE_GROUP 32

typedef struct TlStoreCopy TlStoreCopy;

/* (the fields are for the inline tl_store_get only) */
struct TlStore {
	GPtrArray *held;  /* TlMention*, owned; NULL once on file */
	FILE *fp;         /* the key records, NULL until on file */
	/* record i is at 8 * (base[i / TL_STORE_GROUP] + the lengths of the
	 * records before it in its group); lengths in units of 8 bytes, 0 for
	 * one too long for a byte, which long_len then holds */
	GArray *base;        /* guint32 */
	GByteArray *len;
	GHashTable *long_len; /* number -> length */
	guint32 end;          /* where the next record goes */
	GByteArray *wbuf;     /* records not yet written, from 8 * wfrom */
	guint32 wfrom;
	/* copies given by tl_store_read, by number, the most recently asked
	 * for first: at least TL_STORE_RING of them, more while their bytes are
	 * within cache_cap */
	GHashTable *copies; /* number -> TlStoreCopy* */
	TlStoreCopy *mru, *lru;
	guint n_copies;
	gsize copy_bytes, cache_cap;
	GError *error;
	gboolean borrowed; /* held belongs to the caller */
	guint8 *dead;      /* bits: duplicates of earlier mentions, NULL for none */
	gsize dead_len;    /* bytes of dead */
};

/* An empty store, in memory. */
TlStore *tl_store_new(void);
/* A store over an array of mentions (borrowed; for the clustering's tests). */
TlStore *tl_store_wrap(GPtrArray *mentions);
void tl_store_free(TlStore *s);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlStore, tl_store_free)

guint tl_store_len(const TlStore *s);
/* Is the store on file? */
gboolean tl_store_on_file(const TlStore *s);

/*
 * Add a mention (taken): held, or on file written as a key record and
 * freed (its strings must be pooled then, but for its document's id, which
 * is copied and stays the caller's).  Its number is the length before.
 */
void tl_store_add(TlStore *s, TlMention *mn);
/* Mention i while held, to change; NULL once on file. */
TlMention *tl_store_held(TlStore *s, guint i);
/* Move the mentions held to a key-record file; those added later go there
 * too.  FALSE with error when no file can be made. */
gboolean tl_store_to_file(TlStore *s, GError **error);
/* The first read or write error of the file, or NULL (the store keeps it). */
const GError *tl_store_error(const TlStore *s);
/* Keep a copy of err as the store's error, unless it has one (an error of a
 * file that works with its mentions: the caller reports them as one). */
void tl_store_set_error(TlStore *s, const GError *err);

/*
 * Mark mention i a duplicate (of an earlier one: the same (doc, event)):
 * it keeps its number, but it is no mention of the set any more, and the
 * clustering and the entries pass over it.
 */
void tl_store_set_dead(TlStore *s, guint i);

static inline gboolean
tl_store_dead(const TlStore *s, guint i)
{
	return s->dead && i / 8 < s->dead_len && (s->dead[i / 8] >> (i % 8) & 1);
}

/*
 * Keep up to about bytes of copies of the mentions read from the file by
 * number (tl_store_get), the least recently asked for dropped first; the last
 * TL_STORE_RING stay whatever it is.  0 (the default): those alone.
 */
void tl_store_set_cache(TlStore *s, gsize bytes);

const TlMention *tl_store_read(TlStore *s, guint i);
/*
 * Mention i (borrowed): held, for as long as the store; on file, a copy
 * valid while i is among the last TL_STORE_RING numbers asked for (a blank
 * mention after a read error, which tl_store_error then reports).  The
 * copies are cached (tl_store_set_cache): a number asked for again is read
 * from the file only once it has been dropped.
 */
static inline const TlMention *
tl_store_get(TlStore *s, guint i)
{
	return G_LIKELY(s->held != NULL) ? s->held->pdata[i] : tl_store_read(s, i);
}

/* Reading the mentions in order, from the file by large blocks. */
typedef struct {
	TlStore *s;
	guint next;
	char *buf; /* the file from off to off + len */
	gsize cap, len;
	guint64 off;
	guint64 at; /* where record next is */
} TlStoreScan;

void tl_store_scan_init(TlStoreScan *sc, TlStore *s, guint from);
/* The next mention (borrowed, valid until the next call), NULL at the end;
 * *idx its number. */
const TlMention *tl_store_scan_next(TlStoreScan *sc, guint *idx);
void tl_store_scan_clear(TlStoreScan *sc);

/*
 * Copies of mentions idx[0..n) into arena (reset first), all valid until it
 * is used again: out[k] is mention idx[k].  Held mentions are not copied.
 */
void tl_store_load(TlStore *s, const guint *idx, guint n, GByteArray *arena, const TlMention **out);

#endif
