#!/bin/sh
# Evaluate the name finder (issue 4):
#   - the tuning figure: 5-fold cross-validation on Universal NER EWT dev,
#     three training orders summed (bin/tl-train-tagger --names-cv);
#   - the built-in model on UNER EWT test, exact span and type, per type and
#     overall (for reporting only: never tune on it);
#   - the model's and the gazetteers' sizes and the load time;
#   - with --speed, the name finder's share of tl-events on news: callgrind
#     instructions inside tl_names_find and tl_names_unify on the first N
#     (default 3000) records of reuters21578.jsonl (slow: a few minutes).
#
#   sh scripts/eval-names.sh [--speed [N]] [BIN]      (BIN defaults to bin)
#
# Skips (exit 77) when ../shared/data is absent.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
speed=0
records=3000
if [ "${1:-}" = --speed ]; then
	speed=1
	shift
	case ${1:-} in
	[0-9]*) records=$1; shift ;;
	esac
fi
bin=${1:-$top/bin}
data=${TL_SHARED:-$top/../shared}/data
if [ ! -f "$data/uner-english-ewt/en_ewt-ud-test.iob2" ] ||
   [ ! -f "$data/uner-english-ewt/en_ewt-ud-dev.iob2" ]; then
	echo "eval-names: no shared data under $data: skipped"
	exit 77
fi
[ -x "$bin/tl-train-tagger" ] || { echo "eval-names: build first (make)" >&2; exit 1; }

nice "$bin/tl-train-tagger" --names-cv --data "$data"
# the names part of the full evaluation (the tagger's lines are left out)
nice "$bin/tl-train-tagger" --eval --data "$data" |
	sed -n '/^names loaded/p; /^UNER EWT test/,/^  all/p'
names=$top/stages/common/data/names
printf 'names model: %s bytes; gazetteers: %s lines (%s bytes) in %s files\n' \
	"$(wc -c < "$names/model.bin" | tr -d ' ')" \
	"$(cat "$names"/*.txt | grep -vc '^#')" \
	"$(cat "$names"/*.txt | wc -c | tr -d ' ')" \
	"$(ls "$names"/*.txt | wc -l | tr -d ' ')"

[ "$speed" = 1 ] || exit 0
news=$data/news/reuters21578.jsonl
command -v valgrind > /dev/null || { echo "eval-names: no valgrind: speed skipped"; exit 0; }
[ -f "$news" ] || { echo "eval-names: no $news: speed skipped"; exit 0; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin/tl-normalize" "$news" | head -n "$records" | "$bin/tl-dates" > "$tmp/x.dates"
nice valgrind --tool=callgrind --callgrind-out-file="$tmp/cg" \
	--toggle-collect=tl_names_find --toggle-collect=tl_names_unify \
	"$bin/tl-events" "$tmp/x.dates" > /dev/null 2> "$tmp/err"
inside=$(sed -n 's/.*Collected : *\([0-9,]*\).*/\1/p' "$tmp/err" | tr -d ,)
nice valgrind --tool=callgrind --callgrind-out-file="$tmp/cg2" \
	"$bin/tl-events" "$tmp/x.dates" > /dev/null 2> "$tmp/err2"
total=$(sed -n 's/.*Collected : *\([0-9,]*\).*/\1/p' "$tmp/err2" | tr -d ,)
awk -v a="$inside" -v b="$total" -v n="$records" 'BEGIN {
	printf "names cost on %d reuters records: %.0fM of %.0fM tl-events instructions (%.1f%%)\n",
	       n, a / 1e6, b / 1e6, 100 * a / b }'
