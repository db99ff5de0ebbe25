#!/bin/sh
# tl-merge on many documents of one event (the worst case of its same-event
# clustering, which compares the mentions that share a date and a kind):
# 2,000 such documents against 16,000.  Measured: 0.30 s and 6.15 s before
# exact copies were joined once, 0.05 s and 0.53 s after (docs/ROBUSTNESS.md);
# fails when it turns quadratic (over 32 times as long for 8 times the documents).
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
m=$TL_BIN/tl-merge
for p in tl-normalize tl-dates tl-events tl-merge; do
	[ -x "$TL_BIN/$p" ] || { echo "$p not built"; exit 77; }
done
[ -x /usr/bin/time ] || { echo "no /usr/bin/time"; exit 77; }
prep() {
	awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\":\"d%d\",\"dct\":\"2024-04-27\",\"text\":\"KYIV, April 26, 2024 - The council met on Monday and voted to extend the bus lanes. Work starts next week.\"}\n", i }' |
		"$TL_BIN/tl-normalize" --format jsonl | "$TL_BIN/tl-dates" | "$TL_BIN/tl-events" >"$rb_tmp/n$1"
}
cpu() { # FILE: CPU seconds of tl-merge on it, 999 when killed after 60 s
	timeout -s KILL 60 /usr/bin/time -f '%U %S' -o "$rb_tmp/t" "$m" "$1" >/dev/null 2>&1 ||
		{ echo 999; return; }
	awk '{ printf "%.2f", $1 + $2 }' "$rb_tmp/t"
}
# not under the sanitizers: their cost (and tl-merge's allocations) make the
# ratio meaningless there
case $TL_BIN in */asan/*) echo "timing not measured under the sanitizers"; exit 77 ;; esac
n1=2000
n2=$((n1 * 8))
prep $n1
prep $n2
a=$(cpu "$rb_tmp/n$n1")
b=$(cpu "$rb_tmp/n$n2")
echo "tl-merge: $n1 documents of one event $a s, $n2: $b s"
if awk -v a="$a" -v b="$b" 'BEGIN { exit !(b > 32 * a + 0.5) }'; then
	echo "FAIL: tl-merge is quadratic in documents of the same event ($n1: $a s, $n2: $b s)"
	exit 1
fi
echo ok
