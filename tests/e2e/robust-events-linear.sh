#!/bin/sh
# tl-events in linear time (once a known bug, fixed on main: tl_ev_summarize
# compared every timex with every token of the event's sentence, so four
# times the sentences took twelve times as long and one sentence of 2,000
# dates ran for minutes).  Four times the sentences may take at most eight
# times as long; a sentence of 2,000 dates (10,000 tokens) at most 10 s.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
e=$TL_BIN/tl-events
[ -x "$e" ] && [ -x "$TL_BIN/tl-normalize" ] && [ -x "$TL_BIN/tl-dates" ] ||
	{ echo "tl-events, tl-normalize or tl-dates not built"; exit 77; }
words='The council met on Monday, March 3, 2025, and voted to extend the bus lanes. '
prep() { # N: a record of N such sentences, through tl-normalize and tl-dates
	awk -v n="$1" -v w="$words" 'BEGIN { printf "{\"id\":\"big\",\"dct\":\"2025-03-01\",\"text\":\""; for (i = 0; i < n; i++) printf "%s", w; printf "\"}\n" }' |
		"$TL_BIN/tl-normalize" --format jsonl | "$TL_BIN/tl-dates" >"$rb_tmp/n$1"
}
cpu() { # FILE: CPU seconds of tl-events on it, or 999 when killed after 15 s
	timeout -s KILL 15 /usr/bin/time -f '%U %S' -o "$rb_tmp/t" "$e" "$1" >/dev/null 2>&1 ||
		{ echo 999; return; }
	awk '{ printf "%.2f", $1 + $2 }' "$rb_tmp/t"
}
[ -x /usr/bin/time ] || { echo "no /usr/bin/time"; exit 77; }
prep 1000
prep 4000
a=$(cpu "$rb_tmp/n1000")
b=$(cpu "$rb_tmp/n4000")
# one sentence of 2,000 dates (10,000 tokens)
awk 'BEGIN { printf "{\"id\":\"long\",\"dct\":\"2024-04-27\",\"text\":\"The"; for (i = 0; i < 2000; i++) printf " council met on May %d, 20%02d,", i % 28 + 1, i % 50; printf " and voted.\"}\n" }' |
	"$TL_BIN/tl-normalize" --format jsonl | "$TL_BIN/tl-dates" >"$rb_tmp/long"
c=$(cpu "$rb_tmp/long")
# a dated sentence, then one of N past verbs with no time of their own that
# go on at its day (thirty-third session: each verb read the sentence
# before it again, 20,000 took 17 s)
goes_on() { # N
	awk -v n="$1" 'BEGIN { printf "{\"id\":\"on\",\"dct\":\"2024-04-27\",\"text\":\"The storm hit the coast on Sunday."; for (i = 0; i < n; i++) printf " Residents fled,"; printf " rescuers arrived.\"}\n" }' |
		"$TL_BIN/tl-normalize" --format jsonl | "$TL_BIN/tl-dates" >"$rb_tmp/on$1"
}
goes_on 5000
goes_on 20000
g=$(cpu "$rb_tmp/on5000")
h=$(cpu "$rb_tmp/on20000")
echo "tl-events: 1,000 sentences $a s, 4,000 sentences $b s; one sentence of 2,000 dates $c s; a sentence of 5,000 verbs going on $g s, 20,000 $h s"
if awk -v a="$a" -v b="$b" -v c="$c" -v g="$g" -v h="$h" 'BEGIN { exit !(b > 8 * a + 0.5 || c > 10 || h > 8 * g + 0.5) }'; then
	echo "FAIL: tl-events is not linear (1,000 sentences $a s, 4,000: $b s; 2,000 dates in a sentence: $c s; 5,000 verbs going on: $g s, 20,000: $h s; 999: killed after 15 s)"
	exit 1
fi
echo ok
