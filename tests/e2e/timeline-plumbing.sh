#!/bin/sh
# The driver's plumbing, with stand-in stages (tests/fakebin): parallel runs
# equal the serial one, --until and --keep-intermediate keep input order, a
# failing stage is named and leaves nothing, an interrupt leaves no files.
set -eu
bin=$TL_BIN
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/in/sub"
for i in 1 2 3 4 5; do printf 'doc %s line one\ndoc %s line two\n' $i $i > "$tmp/in/d$i.txt"; done
printf 'nested\n' > "$tmp/in/sub/n.txt"
printf 'ignored\n' > "$tmp/in/skip.bin"
i=0; while [ $i -lt 40 ]; do printf '{"id":"j%d","text":"r%d"}\n' $i $i; i=$((i + 1)); done > "$tmp/in/many.jsonl"
run() { TL_BINDIR="$PWD/tests/fakebin" "$bin/timeline" --stages "normalize;dates;merge" --exports "" -q "$@"; }

run -j 1 -d "$tmp/o1" --name t "$tmp/in"
run -j 3 -d "$tmp/o3" --name t "$tmp/in"
cmp "$tmp/o1/t.timeline.json" "$tmp/o3/t.timeline.json"
test "$(wc -l < "$tmp/o1/t.timeline.json")" -eq 46

run -j 1 -d "$tmp/u1" --name t --until dates --keep-intermediate "$tmp/in"
run -j 4 -d "$tmp/u4" --name t --until dates --keep-intermediate "$tmp/in"
cmp "$tmp/u1/t.dates.jsonl" "$tmp/u4/t.dates.jsonl"
cmp "$tmp/u1/t.normalize.jsonl" "$tmp/u4/t.normalize.jsonl"
head -1 "$tmp/u1/t.dates.jsonl" | grep -q '"id":"d1.txt".*"dates":1'
tail -1 "$tmp/u1/t.dates.jsonl" | grep -q '"id":"j39"'

# two files of one name in two folders share an id: said once, before the run
# (--jobs may give them to two pipelines, and tl-merge then takes them for one)
mkdir -p "$tmp/dup/a" "$tmp/dup/b"
printf 'one\n' > "$tmp/dup/a/x.txt"
printf 'two\n' > "$tmp/dup/b/x.html"
run -j 2 -d "$tmp/dupo" --name t "$tmp/dup" 2> "$tmp/err"
grep -q "warning: $tmp/dup/a/x.txt and $tmp/dup/b/x.html both get the id \"x\"" "$tmp/err"
test "$(grep -c warning "$tmp/err")" -eq 1

# a failing stage: named, exit 1, nothing written, no temporary folder left
printf 'FAIL\n' > "$tmp/in/d3.txt"
if run -j 2 -d "$tmp/f" --name t "$tmp/in" 2> "$tmp/err"; then echo "expected failure"; exit 1; fi
grep -q "tl-normalize: d3.txt:1: bad input" "$tmp/err"
grep -q "stage normalize (pipeline [0-9]) failed" "$tmp/err"
test -z "$(ls -A "$tmp/f")"

# an interrupt: children ended, no files left
printf 'SLEEP\n' > "$tmp/in/d3.txt"
TL_BINDIR="$PWD/tests/fakebin" exec "$bin/timeline" --stages "normalize;dates;merge" \
	--exports "" -q -j 2 -d "$tmp/s" --name t "$tmp/in" 2>/dev/null &
pid=$!
sleep 1
kill -INT $pid
if wait $pid; then echo "expected interruption"; exit 1; fi
sleep 0.2
test -z "$(pgrep -f "$tmp/in" || true)"
test -z "$(ls -A "$tmp/s")"

# a timeline over --max-size (an archive's is bigger than any one record)
# is still exported: the limit guards the inputs, not our own timeline
"$bin/timeline" -q --max-size=30000 -d "$tmp/big" examples/ 2> "$tmp/err" || { cat "$tmp/err"; exit 1; }
test "$(wc -c < "$tmp/big/examples.timeline.json")" -gt 30000
test -s "$tmp/big/examples.html"

# bad usage
if run --until nowhere "$tmp/in" 2> "$tmp/err"; then exit 1; fi
grep -q "no stage 'nowhere'" "$tmp/err"
echo ok
