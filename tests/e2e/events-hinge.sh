#!/bin/sh
# tl-train-events --hinge: the margin perceptron (the default) trains a model
# other than the plain one (--hinge 0), both load and find events, and a
# margin out of range is refused as a usage error.  Skips without ../shared.
set -eu
bin=$TL_BIN
shared=${TL_SHARED:-../shared}
tb=$shared/data/tempeval3/tbaq/TimeBank
[ -d "$tb" ] || { echo "no $tb"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/few" "$tmp/d0/events" "$tmp/d1/events"
for f in $(ls "$tb"/*.tml | head -8); do cp "$f" "$tmp/few/"; done
python3 "$shared/tools/tml2jsonl.py" --gold "$tmp/few" -o "$tmp/gold.jsonl" 2>/dev/null
"$bin/tl-train-events" -q --epochs 2 --hinge 0 "$tmp/gold.jsonl" -o "$tmp/d0/events/model.bin"
"$bin/tl-train-events" -q --epochs 2 "$tmp/gold.jsonl" -o "$tmp/d1/events/model.bin"
if cmp -s "$tmp/d0/events/model.bin" "$tmp/d1/events/model.bin"; then
	echo "--hinge 0 and the default margin gave the same model"; exit 1
fi
printf '{"id":"x","text":"The storm destroyed homes."}\n' > "$tmp/in.jsonl"
for d in d0 d1; do
	TL_DATADIR="$tmp/$d" "$bin/tl-events" "$tmp/in.jsonl" | grep -q '"events":\[{'
done
for m in -1 nan 2e6; do
	st=0
	"$bin/tl-train-events" -q --hinge "$m" "$tmp/gold.jsonl" -o "$tmp/m.bin" 2> "$tmp/err" || st=$?
	[ "$st" -eq 2 ] || { echo "--hinge $m: exit $st, want 2"; exit 1; }
	grep -q "tl-train-events: --hinge: want 0..1000000" "$tmp/err"
	test ! -e "$tmp/m.bin"
done
