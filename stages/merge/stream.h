/* Streaming tl-merge's own timeline layout (see stream.c). */
#ifndef TL_MERGE_STREAM_H
#define TL_MERGE_STREAM_H

#include "merge.h"

typedef struct TlMergeStream TlMergeStream;
typedef enum {
	TL_STREAM_MORE,     /* go on */
	TL_STREAM_DONE,     /* the timeline ended */
	TL_STREAM_BAD_LINE, /* this document or entry is bad (error set); the next lines go on */
	TL_STREAM_ERROR,    /* not the layout expected (error set): stop streaming */
} TlStreamStatus;

/*
 * If line is the first line of a timeline as tl-merge writes it, take its
 * title and return a new stream that feeds m (borrowed); else NULL.
 */
TlMergeStream *tl_merge_stream_start(TlMerge *m, const char *line, size_t len);
/* Feed the next line. */
TlStreamStatus tl_merge_stream_line(TlMergeStream *s, const char *line, size_t len, GError **error);
void tl_merge_stream_free(TlMergeStream *s);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlMergeStream, tl_merge_stream_free)

#endif
