#!/bin/sh
# The Hadoop Streaming contract, emulated locally: split the input into
# shards, run the mapper on each, sort all mapper output (the shuffle), run
# the reducer.  The timeline must equal the single run's, byte for byte; so
# must merging per-shard timelines again (several reducers).
set -eu
bin=$TL_BIN
for p in tl-normalize tl-dates tl-events tl-merge; do
	[ -x "$bin/$p" ] || { echo "$p not built yet"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the examples and the test fixtures as one JSON Lines input
"$bin/tl-normalize" examples/* > "$tmp/docs.jsonl"
n=$(wc -l < "$tmp/docs.jsonl")
[ "$n" -ge 2 ]

"$bin/tl-normalize" --format jsonl "$tmp/docs.jsonl" | "$bin/tl-dates" | "$bin/tl-events" |
	"$bin/tl-merge" > "$tmp/single.json"

split -n l/3 "$tmp/docs.jsonl" "$tmp/shard-"
for s in "$tmp"/shard-*; do
	TL_CONFIG=/nonexistent TL_BINDIR="$bin" bash scripts/hadoop-mapper.sh < "$s" > "$s.mapped"
done
cat "$tmp"/shard-*.mapped | LC_ALL=C sort | "$bin/tl-merge" > "$tmp/reduced.json"
cmp "$tmp/single.json" "$tmp/reduced.json"

# two reducers, then their part files merged again
for s in "$tmp"/shard-a?.mapped; do "$bin/tl-merge" "$s" > "$s.part"; done
"$bin/tl-merge" "$tmp"/shard-*.part > "$tmp/parts.json"
cmp "$tmp/single.json" "$tmp/parts.json"
echo ok
