/*
 * One document through the language layer: tokens, sentences, tags, lemmas
 * and names, kept in a reusable workspace, and printed as CoNLL-U or as the
 * record's "tokens" and "entities" layers.
 */
#ifndef TL_TAG_ANNOTATE_H
#define TL_TAG_ANNOTATE_H

#include <stdio.h>
#include <string.h>
#include "tl/lemma.h"
#include "tl/names.h"
#include "tl/record.h"
#include "tl/tagger.h"
#include "tl/token.h"

typedef struct {
	const TlTagger *tagger;
	const TlLemmatizer *lemmatizer;
	const TlNames *names;
	/* the document last annotated (text borrowed) */
	const char *text;
	size_t len;
	GArray *tokens;    /* TlToken */
	GArray *sentences; /* TlSpan */
	GArray *sent_of;   /* guint32 per sentence: index of its first token; one extra at the end */
	GArray *pos;       /* TlPos per token */
	GArray *pos_first; /* the first pass's, for the name chunker (when the model has a second) */
	GArray *lemma_off; /* guint32 per token: offset in lemmas, one extra at the end */
	GString *lemmas;
	GArray *entities;  /* TlEntity, document-wide token indices */
} TlAnnot;

/* Load the built-in models; FALSE with error if one is broken. */
gboolean tl_annot_init(TlAnnot *a, GError **error);
void tl_annot_clear(TlAnnot *a);

/* Where the name finder runs. */
typedef enum {
	TL_ANNOT_NAMES_ALL,        /* every sentence (tl-tag: the names are its output) */
	TL_ANNOT_NAMES_CAPITALISED /* only a sentence that may hold a name: a capitalised
	                            * word after its first, or a proper noun first; the
	                            * others hold none, and the finder costs a third of
	                            * tl-events' time */
} TlAnnotNames;

/*
 * Annotate text[0..len) (borrowed until the next call).  sentences (may be
 * NULL) are the record's sentence spans; otherwise the splitter finds them.
 * Tokens go to the sentence whose span holds their start; tokens between
 * sentences join the next one, so none is left out.  names says where the
 * name finder runs.
 */
void tl_annot_run_with(TlAnnot *a, const char *text, size_t len, const TlSpan *sentences,
                       size_t n_sentences, TlAnnotNames names);
/* tl_annot_run_with(..., TL_ANNOT_NAMES_ALL). */
void tl_annot_run(TlAnnot *a, const char *text, size_t len, const TlSpan *sentences,
                  size_t n_sentences);

/* Append n bytes of s to out as a CoNLL-U field or comment may hold them:
 * ASCII controls, NEL, U+2028 and U+2029 as spaces. */
void tl_annot_append_clean(GString *out, const char *s, size_t n);
/* Append the annotation as CoNLL-U, sentence ids "<doc_id>-<n>", to out. */
void tl_annot_conllu(const TlAnnot *a, const char *doc_id, GString *out);

/*
 * Append the record's layers to out as serialized JSON, the bytes
 * tl_json_append would write for the Jansson arrays (compact, keys in this
 * order), without building them (a tree cost about 300 bytes a token):
 * tokens [[start, end, "UPOS", "XPOS", "lemma"]...] and entities
 * [{"text", "type", "start", "end"[, "role", "role_start", "role_end"]}...].
 * When fp is not NULL, out is written to fp and emptied whenever it passes
 * 64 KiB, so that a big document needs no more; FALSE when that write fails.
 */
gboolean tl_annot_tokens_raw(const TlAnnot *a, GString *out, FILE *fp);
gboolean tl_annot_entities_raw(const TlAnnot *a, GString *out, FILE *fp);
/* Append the opening of entity e of text as an object of those arrays,
 * {"text":..,"type":..,"start":..,"end":.. with no closing brace (the
 * caller adds its own keys): tl-events' participants write the same. */
void tl_annot_entity_open(GString *out, const char *text, const TlEntity *e);

/* Append n bytes to out: a memcpy when they fit (g_string_append_len's
 * checks cost more than the copy for the short pieces a JSON writer adds). */
static inline void
tl_annot_put(GString *out, const char *s, size_t n)
{
	if (out->len + n < out->allocated_len) {
		memcpy(out->str + out->len, s, n);
		out->len += n;
		out->str[out->len] = 0;
	} else
		g_string_append_len(out, s, (gssize)n);
}

static inline void
tl_annot_put_c(GString *out, char c)
{
	if (out->len + 1 < out->allocated_len) {
		out->str[out->len++] = c;
		out->str[out->len] = 0;
	} else
		g_string_append_c(out, c);
}

/* Append s[0..len) (UTF-8) to out as a JSON string, escaped as Jansson
 * escapes it (so that the bytes are those tl_json_append would write). */
void tl_annot_json_string(GString *out, const char *s, size_t len);
/* Append v to out in decimal (printf costs a thousand instructions a call). */
void tl_annot_json_uint(GString *out, guint64 v);

#endif
