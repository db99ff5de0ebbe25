/*
 * Writing a format item by item.  timelinejs, vis and html are one JSON
 * document each, as big as the timeline: instead of building it as a tree
 * and dumping it at the end, its frame is written by hand and each item is
 * dumped by Jansson as it is made, re-indented for the depth it sits at, so
 * that the bytes are the ones json_dumps gives for the whole tree (Jansson
 * breaks a line only between members and items, never inside a string,
 * where a line end is written "\n").
 */
#include <string.h>
#include "export.h"

#define OUT_BUFFER (64 << 10)

void
tl_export_out_flush(TlExportOut *o, gboolean all)
{
	if (!o->fp || (!all && o->s->len < OUT_BUFFER))
		return;
	fwrite(o->s->str, 1, o->s->len, o->fp); /* errors: tl_output_commit reports them */
	g_string_truncate(o->s, 0);
}

typedef struct {
	GString *s;
	int pad; /* spaces after each line break */
	gboolean lt;
} Dump;

static int
dump_piece(const char *buf, size_t size, void *data)
{
	Dump *d = data;
	const char *end = buf + size;
	while (buf < end) {
		const char *p = buf;
		while (p < end && *p != '\n' && (*p != '<' || !d->lt))
			p++;
		g_string_append_len(d->s, buf, p - buf);
		if (p == end)
			break;
		if (*p == '<') {
			g_string_append(d->s, "\\u003c");
		} else {
			g_string_append_c(d->s, '\n');
			for (int i = 0; i < d->pad; i++)
				g_string_append_c(d->s, ' ');
		}
		buf = p + 1;
	}
	return 0;
}

void
tl_export_json(TlExportOut *o, const json_t *v, size_t flags, int depth, gboolean lt)
{
	Dump d = {o->s, depth * (int)(flags & 0x1F), lt};
	json_dump_callback(v, dump_piece, &d, flags | JSON_ENCODE_ANY);
}

void
tl_export_json_break(TlExportOut *o, size_t flags, int depth)
{
	int n = (int)(flags & 0x1F);
	if (n == 0)
		return;
	g_string_append_c(o->s, '\n');
	for (int i = 0; i < depth * n; i++)
		g_string_append_c(o->s, ' ');
}

void
tl_export_array_open(TlExportOut *o, TlExportArray *a, size_t flags, int depth, gboolean lt)
{
	*a = (TlExportArray){flags, depth, lt, 0};
	g_string_append_c(o->s, '[');
}

void
tl_export_array_add(TlExportOut *o, TlExportArray *a, const json_t *v)
{
	if (a->n++) {
		g_string_append_c(o->s, ',');
		if (!(a->flags & 0x1F) && !(a->flags & JSON_COMPACT))
			g_string_append_c(o->s, ' ');
	}
	tl_export_json_break(o, a->flags, a->depth + 1);
	tl_export_json(o, v, a->flags, a->depth + 1, a->lt);
}

void
tl_export_array_close(TlExportOut *o, TlExportArray *a)
{
	if (a->n)
		tl_export_json_break(o, a->flags, a->depth);
	g_string_append_c(o->s, ']');
}
