/*
 * Averaged perceptron training over hashed features, for the tagger and the
 * name chunker.  Weights are stored sparsely (a row per feature that was ever
 * updated) and averaged lazily; the result is written in the compact format
 * that tl_weights_parse reads (include/tl/tagger.h).
 */
#ifndef TL_TAG_PERCEPTRON_H
#define TL_TAG_PERCEPTRON_H

#include <glib.h>

typedef struct TlPerc TlPerc;

TlPerc *tl_perc_new(int n_classes);
void tl_perc_free(TlPerc *p);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(TlPerc, tl_perc_free)

/* scores[0..n_classes) for features f[0..n): current or averaged weights. */
void tl_perc_score(const TlPerc *p, const guint64 *f, size_t n, gboolean averaged, double *scores);
/* Best class by tl_perc_score. */
int tl_perc_predict(const TlPerc *p, const guint64 *f, size_t n, gboolean averaged);
/* One example seen: reward gold, penalise guess (nothing when equal). */
void tl_perc_update(TlPerc *p, const guint64 *f, size_t n, int gold, int guess);
/*
 * Append the averaged weights to out in the tl_weights_parse format,
 * quantized to 16 bits; weights under min_abs (relative to the largest) are
 * dropped, and so are features left empty.  Deterministic: sorted by hash.
 * Returns the scale: a written weight is the averaged one times it.
 */
double tl_perc_write(const TlPerc *p, double min_abs, GString *out);

#endif
