#!/bin/sh
# tl-merge --memory: past the budget it spills documents (sorted runs, merged
# back; past 32 runs merged into one), mention texts and the mentions
# themselves (key records, read back by number; (doc, event) duplicates found
# by an external sort when the timeline is written, marked dead) to unnamed
# files, and the timeline is the same to the byte as the in-memory one
# (--memory 0).
# Budgets of 1 byte (a run per document, many merges of runs), 1K and 64K,
# on every merge golden input (records, timelines, bad lines with
# --keep-going, filters), the fixtures, shard timelines read back (sources
# spilled twice), and 4,000 Reuters documents (1,000 under the sanitizers) when ../shared
# is there.
# Nothing is left in $TMPDIR, after a normal run or a killed one.
set -eu
bin=${TL_BIN:?}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir "$t/tmp"
export TMPDIR="$t/tmp"
budgets="1 1K 64K"

# same output, same standard error, same status, at every budget
same() { # name, then tl-merge's arguments
	name=$1
	shift
	st=0
	"$bin/tl-merge" --memory 0 "$@" >"$t/want" 2>"$t/want.err" || st=$?
	for b in $budgets; do
		sb=0
		"$bin/tl-merge" --memory "$b" "$@" >"$t/got" 2>"$t/got.err" || sb=$?
		cmp -s "$t/want" "$t/got" || { echo "$name: --memory $b gives another timeline"; diff "$t/want" "$t/got" | head -5; exit 1; }
		cmp -s "$t/want.err" "$t/got.err" || { echo "$name: --memory $b, other messages"; diff "$t/want.err" "$t/got.err" | head -5; exit 1; }
		[ "$st" = "$sb" ] || { echo "$name: --memory $b exits $sb, not $st"; exit 1; }
	done
}

g=tests/golden/merge
n=0
for in in $g/*.in; do
	args=""
	[ -f "${in%.in}.args" ] && args=$(sed "s|{in}|$in|g" "${in%.in}.args")
	# (args as the golden runner gives them: word-split, quotes honoured)
	eval "same \"$in\" --keep-going $args \"$in\""
	n=$((n + 1))
done
[ "$n" -gt 10 ] || { echo "only $n golden inputs"; exit 1; }

fx=tests/fixtures
same fixtures $fx/acme.jsonl $fx/seed.jsonl
# shard timelines read back, with records, and a timeline with itself
for f in $fx/acme.jsonl $fx/seed.jsonl; do
	"$bin/tl-merge" --memory 1 "$f" >"$t/$(basename "$f").tl"
done
same shards "$t/acme.jsonl.tl" "$t/seed.jsonl.tl"
same shards+records "$t/seed.jsonl.tl" $fx/acme.jsonl "$t/acme.jsonl.tl"
same filters --entity Blinken --from 2024-01 --min-salience 0.3 $fx/acme.jsonl $fx/seed.jsonl

# the budget is a size
for bad in x 12Q -1 1MX ""; do
	st=0
	"$bin/tl-merge" --memory "$bad" $fx/acme.jsonl >/dev/null 2>"$t/err" || st=$?
	[ "$st" = 2 ] || { echo "--memory '$bad': exit $st, not 2"; exit 1; }
done

[ -z "$(ls -A "$TMPDIR")" ] || { echo "temporary files left: $(ls "$TMPDIR")"; exit 1; }

news=${TL_SHARED:-../shared}/data/news/reuters21578.jsonl
if [ ! -f "$news" ]; then
	echo "ok (no $news: Reuters part skipped)"
	exit 0
fi
# (1,000 under the sanitizers: every spill path is taken as often)
docs=4000
case $bin in */asan/*) docs=1000 ;; esac
head -$docs "$news" | "$bin/tl-normalize" | "$bin/tl-dates" | "$bin/tl-events" >"$t/ev"
budgets="1 64K"
same reuters "$t/ev"
# two shard timelines, spilled, merged back at a small budget
awk 'NR % 2 == 1' "$t/ev" | "$bin/tl-merge" --memory 64K >"$t/odd"
awk 'NR % 2 == 0' "$t/ev" | "$bin/tl-merge" --memory 64K >"$t/even"
same reuters-shards "$t/odd" "$t/even"
"$bin/tl-merge" --memory 0 "$t/ev" >"$t/one"
cmp -s "$t/want" "$t/one" || { echo "reuters: the shards merged differ from one merge"; exit 1; }
# copies with fresh ids (twins across documents) and the same records again
# ((doc, event) duplicates: the first kept), in both orders
sed 's/^{"id": "reuters21578-/{"id": "rB-/' "$t/ev" >"$t/ev2"
same reuters-copies "$t/ev" "$t/ev2" "$t/ev"
same reuters-copies-reversed "$t/ev2" "$t/ev" "$t/odd"
# five times over (73,000 mentions, 44,000 of them duplicates): the sort
# of (doc, event) keys that finds them writes runs and merges them
budgets="64K"
same reuters-five-times "$t/ev" "$t/ev2" "$t/ev" "$t/ev2" "$t/ev"
budgets="1 64K"
# a timeline first (each document's mentions scattered over its entries),
# then the records again: every mention a duplicate of one on file
same reuters-timeline-then-records "$t/odd" "$t/ev"
# killed while spilling: no file left behind
"$bin/tl-merge" --memory 1 "$t/ev" "$t/ev" >/dev/null 2>&1 &
pid=$!
sleep 0.3
kill -TERM "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -z "$(ls -A "$TMPDIR")" ] || { echo "temporary files left after SIGTERM: $(ls "$TMPDIR")"; exit 1; }
echo ok
