/*
 * libFuzzer target: tl-normalize reading arbitrary bytes as a TimeML document (libxml2, then the lenient fallback the TempEval scorer uses).
 * The reader either fails with a message or returns a document whose text,
 * title, dct and sentence/paragraph spans keep docs/FORMAT.md's promises
 * (fuzz_doc.h), strictly and with --lossy.
 */
#include "fuzz_doc.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int
LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	fuzz_timeml = TRUE;
	fuzz_read_doc(tl_timeml_read, data, size, FALSE);
	return 0;
}
