#!/bin/sh
# Score tl-dates on TimeML corpora with the shared TempEval scorer.
#
#   scripts/eval-tempeval.sh [--errors] [--via-tml] [DIR...]
#
# Every .tml file of the DIRs (default: all of TBAQ, TimeBank and AQUAINT) is
# turned into a record by tml2jsonl.py, run through bin/tl-dates (TL_BIN
# overrides the folder), and scored by score_timeml.py: from the JSONL output
# with --byte-offsets, or with --via-tml from TimeML files written by
# bin/tl-timeml (the kit's TimeML writer).  Extra scorer options
# (--errors, --verbose, --json, --context N) are passed through.  Exits 77
# (skipped) when ../shared is absent.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${TL_SHARED:-$top/../shared}
bin=${TL_BIN:-$top/bin}
tools=$shared/tools
if [ ! -f "$tools/score_timeml.py" ] || [ ! -f "$tools/tml2jsonl.py" ]; then
	echo "eval-tempeval: skipped: no $tools/score_timeml.py"
	exit 77
fi
via_tml=0
opts=""
dirs=""
while [ $# -gt 0 ]; do
	case $1 in
	--via-tml) via_tml=1 ;;
	--context) opts="$opts $1 $2"; shift ;;
	--*) opts="$opts $1" ;;
	*) dirs="$dirs $1" ;;
	esac
	shift
done
if [ -z "$dirs" ]; then
	tbaq=$shared/data/tempeval3/tbaq
	[ -d "$tbaq" ] || { echo "eval-tempeval: skipped: no $tbaq"; exit 77; }
	dirs="$tbaq/TimeBank $tbaq/AQUAINT"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$top/scripts/tml-records.sh"
tml_records "$tmp" $dirs
"$bin/tl-dates" "$tmp/in.jsonl" -o "$tmp/out.jsonl"
if [ "$via_tml" = 1 ]; then
	mkdir "$tmp/sys"
	"$bin/tl-timeml" --dir "$tmp/sys" "$tmp/out.jsonl" >/dev/null
	python3 "$tools/score_timeml.py" --only timex $opts "$tmp/gold" "$tmp/sys"
else
	python3 "$tools/score_timeml.py" --only timex --byte-offsets $opts "$tmp/gold" "$tmp/out.jsonl"
fi
