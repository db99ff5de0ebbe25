#!/bin/sh
# tl-train-events: the same data gives the same model byte for byte, the
# model it writes is the one tl-events loads through TL_DATADIR, and bad
# input is reported with its line.  Skips without ../shared.
set -eu
bin=$TL_BIN
shared=${TL_SHARED:-../shared}
tb=$shared/data/tempeval3/tbaq/TimeBank
[ -d "$tb" ] || { echo "no $tb"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/few" "$tmp/data/events"
for f in $(ls "$tb"/*.tml | head -12); do cp "$f" "$tmp/few/"; done
python3 "$shared/tools/tml2jsonl.py" --gold "$tmp/few" -o "$tmp/gold.jsonl" 2>/dev/null
"$bin/tl-train-events" -q --epochs 3 "$tmp/gold.jsonl" -o "$tmp/m1.bin"
"$bin/tl-train-events" -q --epochs 3 "$tmp/gold.jsonl" -o "$tmp/m2.bin"
cmp "$tmp/m1.bin" "$tmp/m2.bin"
cp "$tmp/m1.bin" "$tmp/data/events/model.bin"
printf '{"id":"x","text":"The storm destroyed homes."}\n' > "$tmp/in.jsonl"
TL_DATADIR="$tmp/data" "$bin/tl-events" "$tmp/in.jsonl" | grep -q '"events":\[{'
# a broken model is refused with a message, exit 1
printf 'TLEVENT1 broken' > "$tmp/data/events/model.bin"
if TL_DATADIR="$tmp/data" "$bin/tl-events" "$tmp/in.jsonl" 2> "$tmp/err"; then
	echo "a broken model was accepted"; exit 1
fi
grep -q "tl-events: cannot load the event model" "$tmp/err"
printf '{"id":"a","text":"x","events":[]}\nnot json\n' > "$tmp/bad.jsonl"
if "$bin/tl-train-events" -q "$tmp/bad.jsonl" -o "$tmp/m3.bin" 2> "$tmp/err"; then
	echo "bad training input accepted"; exit 1
fi
grep -q "bad.jsonl:2:" "$tmp/err"
test ! -e "$tmp/m3.bin"
