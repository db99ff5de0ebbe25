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
#   start for a finite verb.  32,000 repeats took 20 s, 48,000 about a
#   minute; now 0.3 s.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

cpu=2
case $TL_BIN in */asan/*) cpu=8 ;; esac

# ---- tl-events: a sentence without a finite verb ---------------------------------
if [ -x "$TL_BIN/tl-dates" ] && [ -x "$TL_BIN/tl-events" ]; then
	awk 'BEGIN { printf "{\"id\":\"vbn\",\"dct\":\"2024-04-27\",\"text\":\""; for (i = 0; i < 48000; i++) printf "the army attacked on Monday "; printf "\"}\n" }' >"$rb_tmp/vbn.jsonl"
	"$TL_BIN/tl-dates" "$rb_tmp/vbn.jsonl" >"$rb_tmp/vbn.dates.jsonl" 2>/dev/null
	# (CPU seconds: 0.3 natively, about 60 before)
	(ulimit -S -t $cpu; timeout 10 "$TL_BIN/tl-events" "$rb_tmp/vbn.dates.jsonl" >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "48,000 'the army attacked on Monday'" 0 tl-events &&
		rb_has_ids "48,000 'the army attacked on Monday'" tl-events vbn &&
		{ grep -q '"trigger":{"start":9,"end":17,"text":"attacked"}' "$rb_out" ||
			rb_fail "tl-events: 48,000 'the army attacked on Monday': no event 'attacked'"; }
fi

rb_finish
