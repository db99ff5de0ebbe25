#!/bin/sh
# Score the tokenizer and the sentence splitter on UD English EWT (test file
# by default; pass dev, train or test).  Needs the data in ../shared/data;
# skips (exit 77) when it is absent.  Run from the tree's top after `make`:
#   sh scripts/eval-tokenizer.sh [dev|train|test] [--errors N]
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
split=${1:-test}
[ $# -gt 0 ] && shift
bin=${TL_BIN:-$top/bin}
data=${TL_SHARED:-$top/../shared}/data/ud-english-ewt/en_ewt-ud-$split.conllu
if [ ! -r "$data" ]; then
	echo "eval-tokenizer: $data not found: skipped" >&2
	exit 77
fi
if [ ! -x "$bin/tl-eval-tokens" ]; then
	echo "eval-tokenizer: $bin/tl-eval-tokens not built (run make)" >&2
	exit 1
fi
echo "UD English EWT $split: $data"
exec "$bin/tl-eval-tokens" "$@" "$data"
