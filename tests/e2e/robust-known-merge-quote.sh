#!/bin/sh
# Known bug (stages/merge, the entries' "text"; owner: merge): every timeline
# entry quotes the whole sentence its event is in, so one long sentence with
# many events makes a timeline of (events x sentence length) bytes: a
# sentence of 4,000 dates (20,000 tokens, 4,001 events) gives 540 MB in
# 5.1 s, and the 100,000-token sentence of robust-limits.sh (20,000 dates)
# would give some 14 GB.  Output should be bounded by the input (cap the
# quote, or quote the clause).
# Skips (77, "known bug") while 4 times the events give over 8 times the
# bytes; passes once it is fixed.
for p in tl-normalize tl-dates tl-events tl-merge; do
	[ -x "$TL_BIN/$p" ] || { echo "$p not built"; exit 77; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
size() { # N dates in one sentence: bytes of the timeline
	awk -v n="$1" 'BEGIN { printf "{\"id\":\"long\",\"dct\":\"2024-04-27\",\"text\":\"The"; for (i = 0; i < n; i++) printf " council met on May %d, 20%02d,", i % 28 + 1, i % 50; printf " and voted.\"}\n" }' |
		"$TL_BIN/tl-normalize" --format jsonl | "$TL_BIN/tl-dates" | "$TL_BIN/tl-events" >"$tmp/in"
	timeout -s KILL 60 "$TL_BIN/tl-merge" "$tmp/in" | wc -c
}
a=$(size 250)
b=$(size 1000)
if [ "$b" -gt $((a * 8)) ]; then
	echo "known bug: tl-merge's timeline grows with events x sentence length (250 dates in a sentence: $a bytes, 1,000: $b bytes)"
	exit 77
fi
echo ok
