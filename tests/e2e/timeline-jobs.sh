#!/bin/sh
# timeline --jobs N with the real stages: N pipelines end at tl-events and
# one tl-merge reads them all; the timeline equals --jobs 1 byte for byte, for
# files and JSON Lines (dealt out through FIFOs), with 200 Reuters documents
# when the data is there, and the kept intermediate files hold the same
# records in the same order (their "source" names the FIFO a JSON Lines
# record came through under --jobs N: tl-normalize's, not compared).
set -eu
bin=${TL_BIN:?}
for p in timeline tl-normalize tl-dates tl-events tl-merge; do
	[ -x "$bin/$p" ] || { echo "$p not built"; exit 77; }
done
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir -p "$t/in"
cp examples/* "$t/in/"
cat tests/fixtures/acme.jsonl tests/fixtures/seed.jsonl >"$t/in/records.jsonl"
news=${TL_SHARED:-../shared}/data/news/reuters21578.jsonl
[ -f "$news" ] && head -200 "$news" >"$t/in/news.jsonl"
run() { "$bin/timeline" --exports "" -q --keep-intermediate --name t "$@" "$t/in"; }
run -j 1 -d "$t/o1"
for j in 2 3; do
	run -j $j -d "$t/o$j"
	cmp "$t/o1/t.timeline.json" "$t/o$j/t.timeline.json" ||
		{ echo "--jobs $j: the timeline differs from --jobs 1"; exit 1; }
	for f in t.events.jsonl t.dates.jsonl t.normalize.jsonl; do
		strip() { sed 's/"source": *"[^"]*"//' "$1"; }
		strip "$t/o1/$f" >"$t/a"
		strip "$t/o$j/$f" >"$t/b"
		cmp "$t/a" "$t/b" || { echo "--jobs $j: $f differs from --jobs 1"; exit 1; }
	done
done
n=$(grep -c '"sources"' "$t/o1/t.timeline.json")
[ "$n" -gt 10 ] || { echo "too few entries ($n): the pipelines fed the merge nothing?"; exit 1; }
echo "ok ($n entries)"
