/*
 * Annotated corpora for training and evaluation: CoNLL-U (Universal
 * Dependencies) and the IOB2 files of Universal NER, read into sentences
 * whose words are laid out as one text separated by spaces, so that they
 * pass through the same token-span API as raw text does.
 */
#ifndef TL_TAG_CORPUS_H
#define TL_TAG_CORPUS_H

#include "tl/tagger.h"

typedef struct {
	char *text;      /* the words joined by single spaces */
	TlToken *tokens; /* n spans into text */
	TlPos *gold;     /* CoNLL-U: the gold tags */
	char **lemmas;   /* CoNLL-U: the gold lemmas */
	char **ner;      /* IOB2: the gold labels (B-PER, I-ORG, O...) */
	size_t n;
} TlSentence;

void tl_sentence_free(TlSentence *s);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlSentence, tl_sentence_free)

/* Read a .conllu or .iob2 file (by its name) into a new array of TlSentence. */
GPtrArray *tl_corpus_read(const char *path, GError **error);

#endif
