#!/bin/sh
# tl-merge is associative: merging shard timelines equals merging everything
# at once, byte for byte; the same event in two articles is one entry with two
# sources; two events on one day stay apart; coarser dates come first.
set -eu
bin=${TL_BIN:?}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fx=tests/fixtures
cat $fx/acme.jsonl $fx/seed.jsonl >"$t/all.jsonl"
"$bin/tl-merge" "$t/all.jsonl" >"$t/once.json"
# every way of cutting the three records into shards, and shards of shards
sed -n 1p "$t/all.jsonl" >"$t/a"; sed -n 2p "$t/all.jsonl" >"$t/b"; sed -n 3p "$t/all.jsonl" >"$t/c"
"$bin/tl-merge" "$t/a" >"$t/A"; "$bin/tl-merge" "$t/b" >"$t/B"; "$bin/tl-merge" "$t/c" >"$t/C"
"$bin/tl-merge" "$t/A" "$t/B" "$t/C" >"$t/m1"
"$bin/tl-merge" "$t/C" "$t/B" "$t/A" >"$t/m2"
"$bin/tl-merge" "$t/B" "$t/c" "$t/A" >"$t/m3"          # records and timelines mixed
"$bin/tl-merge" "$t/A" "$t/B" >"$t/AB"; "$bin/tl-merge" "$t/AB" "$t/C" >"$t/m4"
"$bin/tl-merge" "$t/once.json" "$t/AB" >"$t/m5"        # overlapping shards
cat "$t/C" "$t/A" "$t/b" | "$bin/tl-merge" >"$t/m6"     # standard input, one stream
for m in m1 m2 m3 m4 m5 m6; do
	cmp "$t/once.json" "$t/$m" || { echo "merge of shards ($m) differs from one merge"; diff "$t/once.json" "$t/$m" | head; exit 1; }
done
# one entry with two sources for the takeover, a separate entry for the fire
n=$(grep -c '"headline":"Acme Corp buys Beta Ltd for about \$2bn".*"doc":"acme-beta-ap".*"doc":"acme-beta-reuters"' "$t/once.json")
[ "$n" = 1 ] || { echo "the takeover is not one entry with two sources"; exit 1; }
grep -q '"headline":"Fire breaks out at a Gamma Inc plant in Ohio"' "$t/once.json" || { echo "the fire entry is missing"; exit 1; }
# "March 2024" before "1 March 2024"
a=$(grep -n '"headline":"Beta Ltd shares rose 30%"' "$t/once.json" | cut -d: -f1)
b=$(grep -n '"headline":"Acme opened its Berlin office"' "$t/once.json" | cut -d: -f1)
[ "$a" -lt "$b" ] || { echo "the month entry does not come before the day entry of its first day"; exit 1; }
# --entity keeps the participant's entries only ("Blinken" matches "Antony Blinken")
"$bin/tl-merge" --entity Blinken "$t/all.jsonl" >"$t/ent"
[ "$(grep -c '^{"id":"n' "$t/ent")" = 2 ] || { echo "--entity Blinken: expected 2 entries"; exit 1; }
"$bin/tl-merge" --from 2024-04 --to 2024-04 "$t/all.jsonl" >"$t/win"
[ "$(grep -c '^{"id":"n' "$t/win")" = 5 ] || { echo "--from/--to April 2024: expected 5 entries (2024, Spring 2024, two on 26 April, 27 April)"; exit 1; }
echo ok
