#!/bin/sh
# tl-events as a filter: records straight from tl-normalize get events,
# unanchored; a rerun replaces its own field and keeps the others; -o is
# atomic (nothing written when a record is bad); output is deterministic.
set -eu
bin=$TL_BIN
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '{"id":"a","dct":"2024-05-06","text":"Police arrested two men on Friday, officials said."}\n{"id":"b","text":"The talks collapsed."}\n' > "$tmp/in.jsonl"
"$bin/tl-normalize" "$tmp/in.jsonl" | "$bin/tl-events" > "$tmp/o1.jsonl"
test "$(wc -l < "$tmp/o1.jsonl")" -eq 2
grep -q '"text":"arrested"' "$tmp/o1.jsonl"
if grep -q '"time":"' "$tmp/o1.jsonl"; then echo "dated without timexes"; exit 1; fi
"$bin/tl-events" "$tmp/o1.jsonl" > "$tmp/o2.jsonl"
cmp "$tmp/o1.jsonl" "$tmp/o2.jsonl"
test "$(grep -o '"events"' "$tmp/o2.jsonl" | wc -l)" -eq 2
"$bin/tl-normalize" "$tmp/in.jsonl" | "$bin/tl-dates" --dct 2024-05-06 | "$bin/tl-events" > "$tmp/d.jsonl"
grep -q '"time":"t1","relation":"IS_INCLUDED"' "$tmp/d.jsonl"
printf '{"id":"x"}\n' >> "$tmp/in.jsonl"
if "$bin/tl-events" -o "$tmp/out.jsonl" "$tmp/in.jsonl" 2> "$tmp/err"; then echo "expected failure"; exit 1; fi
test ! -e "$tmp/out.jsonl"
grep -q "tl-events: .*in.jsonl:3: record has no string 'text'" "$tmp/err"
"$bin/tl-events" --help | grep -q "Usage"
"$bin/tl-events" --version > /dev/null
set +e
"$bin/tl-events" --no-such-option 2> /dev/null
test $? -eq 2
# a run-on text (one "sentence" of 36,000 tokens, 3,000 timexes) stays fast:
# clauses and the timexes considered are bounded, not the whole sentence
python3 -c '
import json
t = " ".join(["On 3 May the army attacked the town and the rebels fled"] * 3000)
print(json.dumps({"id": "big", "text": t}))' > "$tmp/big.jsonl"
"$bin/tl-normalize" "$tmp/big.jsonl" | "$bin/tl-dates" > "$tmp/big-d.jsonl"
timeout 20 "$bin/tl-events" "$tmp/big-d.jsonl" > "$tmp/big-e.jsonl"
grep -q '"id":"e3000"' "$tmp/big-e.jsonl"
