#!/bin/sh
# The sixteenth battery's hostile inputs that found bugs, kept as regression
# checks, with a few of the neighbours that passed.  Each case runs under
# `timeout 10`.
#
# - tl-events: one sentence of thousands of participles and dates with no
#   finite verb, comma or stop ("the army attacked on Monday" again and
#   again: the tagger reads every "attacked" as VBN) was quadratic twice:
#   the main predicate's closing stretch ran to the sentence's end, so
#   every date in it was weighed against all the words before it, and each
#   participle's reduced-relative headline scanned the sentence from its
#   start for a finite verb.  32,000 repeats took about 20 s, 48,000 about
#   45 s; now 0.3 s.
# - timeline: --max-size (default 64 MiB) was handed to every stage, but it
#   guards the inputs: the records grow through the stages (tl-events
#   writes about 16 bytes a byte of text), so a 6 MB article made tl-merge
#   refuse a 96 MB line, "tl-merge: <stdin>:1: line ... over the limit",
#   and the run failed, nothing written.  The stages after the first now
#   read the pipeline's own records without a limit.
# - tl-export --format ics: two entries of an edited timeline with one first
#   source, or with no sources, got one UID (from that source), and a
#   calendar keeps one event of a UID: the others were lost.  A repeat now
#   counts on ("doc/event#2"), the first keeps its stable UID.
# - every program: --config given twice leaked the first name
#   (LeakSanitizer, exit 1 under make asan); the last wins, as before.
# - tl-events: a gerund after "since", "after" or a comma as the document's
#   last word ("... and since wearing") had the token after it read, one
#   past the document's tokens (AddressSanitizer, heap-buffer-overflow,
#   when the token array was full; found by random word salads with the
#   token lookup bounds-checked).
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

cpu=2
case $TL_BIN in */asan/*) cpu=8 ;; esac

# ---- tl-events: a sentence without a finite verb ---------------------------------
if [ -x "$TL_BIN/tl-dates" ] && [ -x "$TL_BIN/tl-events" ]; then
	awk 'BEGIN { printf "{\"id\":\"vbn\",\"dct\":\"2024-04-27\",\"text\":\""; for (i = 0; i < 48000; i++) printf "the army attacked on Monday "; printf "\"}\n" }' >"$rb_tmp/vbn.jsonl"
	"$TL_BIN/tl-dates" "$rb_tmp/vbn.jsonl" >"$rb_tmp/vbn.dates.jsonl" 2>/dev/null
	# (CPU seconds: 0.3 natively, about 45 before)
	(ulimit -S -t $cpu; timeout 10 "$TL_BIN/tl-events" "$rb_tmp/vbn.dates.jsonl" >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "48,000 'the army attacked on Monday'" 0 tl-events &&
		rb_has_ids "48,000 'the army attacked on Monday'" tl-events vbn &&
		{ grep -q '"trigger":{"start":9,"end":17,"text":"attacked"}' "$rb_out" ||
			rb_fail "tl-events: 48,000 'the army attacked on Monday': no event 'attacked'"; }
fi

# ---- timeline: --max-size guards the inputs, not the pipeline's own records ------
if [ -x "$TL_BIN/timeline" ]; then
	printf 'The council met on Monday, April 22, 2024, and voted.\n' >"$rb_tmp/small.txt"
	for j in 1 2; do
		# (54 bytes of text: 187 bytes of record for tl-dates, more for the next)
		rb_run "--max-size 80, $j job(s)" 0 - timeline -q -j $j --max-size 80 -d "$rb_tmp/ms$j" "$rb_tmp/small.txt" &&
			{ grep -q '"headline":"The council met"' "$rb_tmp/ms$j/small.timeline.json" ||
				rb_fail "timeline: --max-size 80, $j job(s): $(head -c 300 "$rb_tmp/ms$j/small.timeline.json")"; }
	done
	# a stage's own limit in pipeline.conf is kept (187 bytes of record)
	printf '[dates]\nmax-size=100\n' >"$rb_tmp/ms.conf"
	timeout 10 "$TL_BIN/timeline" -q --config "$rb_tmp/ms.conf" -d "$rb_tmp/ms4" "$rb_tmp/small.txt" >"$rb_out" 2>"$rb_err"
	rb_rc=$?
	[ $rb_rc -eq 1 ] && grep -q '^tl-dates: <stdin>:1: line of [0-9]* bytes is over the limit of 100 bytes' "$rb_err" ||
		rb_fail "timeline: [dates] max-size=100: exit status $rb_rc: $(head -c 300 "$rb_err")"
	# the inputs are still held to it (the stage's message, then the driver's)
	timeout 10 "$TL_BIN/timeline" -q --max-size 40 -d "$rb_tmp/ms3" "$rb_tmp/small.txt" >"$rb_out" 2>"$rb_err"
	rb_rc=$?
	[ $rb_rc -eq 1 ] && grep -q '^tl-normalize: .*small.txt: larger than the limit of 40 bytes' "$rb_err" ||
		rb_fail "timeline: --max-size 40: exit status $rb_rc: $(head -c 300 "$rb_err")"
fi

# ---- tl-export --format ics: one UID an entry ----------------------------------
if [ -x "$TL_BIN/tl-export" ]; then
	e='{"date":{"value":"2024-04-26","range":["2024-04-26","2024-04-27"],"granularity":"day"},"headline":"H","text":"S","participants":[],"confidence":0.8,"salience":0.5'
	s1='"sources":[{"doc":"d1","event":"e1","sentence":0}]'
	printf '{"title":"T","documents":[{"id":"d1","title":"D","dct":"2024-04-27"}],"entries":[%s,"id":"n1",%s},%s,"id":"n2",%s},%s,"id":"n3",%s},%s,"id":"n4","sources":[]},%s,"id":"n5","sources":[]}]}\n' \
		"$e" "$s1" "$e" "$s1" "$e" "$s1" "$e" "$e" >"$rb_tmp/uid.json"
	rb_run "ics: entries of one first source, or none" 0 - tl-export -f ics "$rb_tmp/uid.json" &&
		{ [ "$(grep -c '^UID:' "$rb_out")" -eq 5 ] && [ "$(grep '^UID:' "$rb_out" | sort -u | wc -l)" -eq 5 ] ||
			rb_fail "tl-export: ics: UIDs not unique: $(grep '^UID:' "$rb_out" | tr '\r\n' '  ')"; }
	# the first keeps the UID it had (stable across merges)
	printf '{"title":"T","documents":[{"id":"d1","title":"D","dct":"2024-04-27"}],"entries":[%s,"id":"n1",%s}]}\n' "$e" "$s1" >"$rb_tmp/uid1.json"
	rb_run "ics: one entry" 0 - tl-export -f ics "$rb_tmp/uid1.json"
	u1=$(grep '^UID:' "$rb_out")
	rb_run "ics: entries of one first source, or none" 0 - tl-export -f ics "$rb_tmp/uid.json" &&
		{ [ -n "$u1" ] && [ "$(grep '^UID:' "$rb_out" | head -1)" = "$u1" ] ||
			rb_fail "tl-export: ics: the first UID changed: '$u1'"; }
fi

# ---- tl-events: a gerund as the last word -----------------------------------------
if [ -x "$TL_BIN/tl-dates" ] && [ -x "$TL_BIN/tl-events" ]; then
	# (1 to 70 words before it: some fill the token array to its end)
	awk 'BEGIN { for (k = 1; k <= 70; k++) { printf "{\"id\":\"w%d\",\"dct\":\"2024-04-27\",\"text\":\"The army was there ", k
		for (i = 0; i < k; i++) printf "and "; printf "since wearing\"}\n" } }' >"$rb_tmp/wear.jsonl"
	"$TL_BIN/tl-dates" "$rb_tmp/wear.jsonl" >"$rb_tmp/wear.dates.jsonl" 2>/dev/null
	rb_run "a gerund after 'since' at the end" 0 "$rb_tmp/wear.dates.jsonl" tl-events &&
		rb_has_ids "a gerund after 'since' at the end" tl-events w1 w3 w12 w30 w67 w70
fi

# ---- --config twice: the last wins, nothing leaks --------------------------------
printf '[dates]\nmode=news\n' >"$rb_tmp/good.conf"
printf '[dates]\nmode=bogus\n' >"$rb_tmp/bad.conf"
: >"$rb_tmp/empty.jsonl"
for p in $(rb_all_stages) timeline; do
	[ -x "$TL_BIN/$p" ] || continue
	o=$(rb_opts "$p") i=-
	[ $p = timeline ] && o="-q -d $rb_tmp/cfgout" i=$rb_tmp/small.txt
	rb_run "--config twice" "0 1" "$rb_tmp/empty.jsonl" $p $o --config "$rb_tmp/bad.conf" --config="$rb_tmp/good.conf" --config "$rb_tmp/good.conf" "$i"
done
if [ -x "$TL_BIN/tl-dates" ]; then
	rb_run "--config bad, then good" 0 "$rb_tmp/empty.jsonl" tl-dates --config "$rb_tmp/bad.conf" --config "$rb_tmp/good.conf"
	rb_run "--config good, then bad" 2 "$rb_tmp/empty.jsonl" tl-dates --config "$rb_tmp/good.conf" --config "$rb_tmp/bad.conf" &&
		rb_expect_err "--config good, then bad" tl-dates "--mode: unknown mode 'bogus'"
fi

rb_finish
