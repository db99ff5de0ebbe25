/* The kit's error domain. */
#include "tl/tl.h"

G_DEFINE_QUARK(tl-error-quark, tl_error)
