#!/bin/sh
# The seventh session's field-type and injection cases that found bugs, kept
# as regression checks.  tl-events read a timex or sentence offset that was
# there but no integer (1.0, "6", null, true) as 0, and dropped every timex
# when one member held a number Jansson cannot load (1e400): now refused,
# naming the file and line, the good records kept with -k.  tl-export wrote
# control characters (ESC) into iCalendar TEXT, which RFC 5545 forbids, and
# into Mermaid labels: now spaces, checked by parsing each export.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"

if [ -x "$TL_BIN/tl-events" ] && [ -x "$TL_BIN/tl-dates" ]; then
	rb_records_for tl-events "$rb_tmp/good.jsonl" g1 g2 g3
	good1=$(sed -n 1p "$rb_tmp/good.jsonl") good3=$(sed -n 3p "$rb_tmp/good.jsonl")
	rec=$(sed -n 2p "$rb_tmp/good.jsonl")
	# the first timex's start and end, the first sentence's two ends
	for v in 1.0 -0.0 6e0 '"6"' null true '[6]' '{"a":6}' 1e400 99999999999999999999; do
		for where in start end s0 s1; do
			case $where in
			start) bad=$(printf '%s' "$rec" | sed "s/\"start\":\([0-9]*\),\"end\"/\"start\":$v,\"end\"/") ;;
			end) bad=$(printf '%s' "$rec" | sed "s/\"start\":\([0-9]*\),\"end\":[0-9]*/\"start\":\1,\"end\":$v/") ;;
			s0) bad=$(printf '%s' "$rec" | sed "s/\"sentences\":\[\[0,/\"sentences\":[[$v,/") ;;
			s1) bad=$(printf '%s' "$rec" | sed "s/\"sentences\":\[\[0,[0-9]*\]/\"sentences\":[[0,$v]/") ;;
			esac
			[ "$bad" != "$rec" ] || { rb_fail "tl-events: $where $v: no such member to change"; continue; }
			printf '%s\n%s\n%s\n' "$good1" "$bad" "$good3" >"$rb_tmp/bad.jsonl"
			rb_run "$where $v" 1 - tl-events -k "$rb_tmp/bad.jsonl" &&
				rb_expect_err "$where $v" tl-events ".*bad.jsonl:2: (bad span of timex|bad 'sentences' span|'(timexes|sentences)' cannot be read)" &&
				rb_has_ids "$where $v" tl-events g1 g3
		done
	done
fi

if [ -x "$TL_BIN/tl-export" ]; then
	esc=$(printf '\033')
	E="{\"id\":\"n1\",\"date\":{\"value\":\"2024-04-26\",\"range\":[\"2024-04-26\",\"2024-04-27\"],\"granularity\":\"day\"},\"headline\":\"red \\\\u001b[31m alert \\\\u0007 bell \\\\u007f del\",\"text\":\"a\\\\u0001b\",\"participants\":[\"x\\\\u001by\"],\"sources\":[{\"doc\":\"d1\",\"event\":\"e1\",\"sentence\":0}]}"
	printf '{"title":"T\\u001b","documents":[{"id":"d1","title":"T","dct":"2024-04-27"}],"entries":[%s]}\n' \
		"$(printf '%b' "$E")" >"$rb_tmp/ctl.json"
	for fmt in ics mermaid; do
		rb_run "control characters ($fmt)" 0 - tl-export --format "$fmt" "$rb_tmp/ctl.json" || continue
		# unfold the iCalendar lines; then no control character but CR LF,
		# and LF for Mermaid (and a tab, which TEXT allows)
		tr -d '\r\n\t' <"$rb_out" | LC_ALL=C grep -q '[[:cntrl:]]' &&
			rb_fail "tl-export --format $fmt: a control character written: $(LC_ALL=C grep -n '[[:cntrl:]]' "$rb_out" | tr -d '\r' | head -2 | cat -v)"
		grep -q "red" "$rb_out" || rb_fail "tl-export --format $fmt: the headline lost"
	done
	[ -n "$esc" ] || rb_fail "printf: no ESC"
fi
rb_finish
