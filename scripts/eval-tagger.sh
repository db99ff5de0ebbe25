#!/bin/sh
# Evaluate the language layer's built-in models (issue 4):
#   UPOS/XPOS accuracy on UD English EWT test (gold tokens), lemma accuracy,
#   name F1 per type and overall on Universal NER EWT test (exact span and
#   type), tagging speed (tokens/s, tagging only), model size and load time.
#
#   sh scripts/eval-tagger.sh [BIN]        (BIN defaults to bin)
#
# The models themselves are rebuilt, deterministically, by
#   bin/tl-train-tagger --data ../shared/data --out stages/common/data
# then `make` (they are compiled into the programs).  Skips (exit 77) when
# ../shared/data is absent.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$top/bin}
data=${TL_SHARED:-$top/../shared}/data
if [ ! -f "$data/ud-english-ewt/en_ewt-ud-test.conllu" ] ||
   [ ! -f "$data/uner-english-ewt/en_ewt-ud-test.iob2" ]; then
	echo "eval-tagger: no shared data under $data: skipped"
	exit 77
fi
[ -x "$bin/tl-train-tagger" ] || { echo "eval-tagger: build first (make)" >&2; exit 1; }
exec nice "$bin/tl-train-tagger" --eval --data "$data"
