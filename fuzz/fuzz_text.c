/*
 * libFuzzer target: tl-normalize reading arbitrary bytes as a plain-text document (cleaning, headline, dateline).
 * The reader either fails with a message or returns a document whose text,
 * title, dct and sentence/paragraph spans keep docs/FORMAT.md's promises
 * (fuzz_doc.h), strictly and with --lossy.
 */
#include "fuzz_doc.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	fuzz_read_doc(tl_text_read, data, size, TRUE);
	return 0;
}
