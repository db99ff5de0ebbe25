#!/bin/sh
# The twentieth battery's hostile inputs that found bugs, kept as
# regression checks, with a few of the neighbours that passed.  Each case
# runs under `timeout 10`.
#
# - every program (the kit's command line): short flags run together with
#   an option that takes a value ("-kf csv", "-kgparticipant", "-qj2")
#   were not seen as naming that option, so pipeline.conf's value for it
#   was applied first and then replaced by the command line's: the
#   config's string leaked (LeakSanitizer, exit 1 under ASan; the output
#   was right).  Flags run together are split as getopt reads them, and
#   the config is applied to the options that split argv does not name.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

# ---- the kit: flags run together, and pipeline.conf ---------------------------------
if [ -x "$TL_BIN/tl-export" ] && [ -x "$TL_BIN/tl-merge" ]; then
	rb_records_for tl-merge "$rb_tmp/fl.jsonl" fl1 fl2
	"$TL_BIN/tl-merge" "$rb_tmp/fl.jsonl" >"$rb_tmp/fl.json" 2>/dev/null
	printf '[export]\nformat=html\ngroup=document\ntitle=From the config\n' >"$rb_tmp/fl.conf"
	rb_run "-kf csv over the config's format" 0 - tl-export --config "$rb_tmp/fl.conf" -kf csv "$rb_tmp/fl.json" &&
		{ head -1 "$rb_out" | grep -q '^id,start,end' || rb_fail "tl-export: -kf csv: not CSV: $(head -c 200 "$rb_out")"; }
	rb_run "-kgparticipant over the config's group" 0 - tl-export --config "$rb_tmp/fl.conf" -f csv -kgparticipant "$rb_tmp/fl.json" &&
		{ grep -q '(no participant)\|,[A-Z]' "$rb_out" || rb_fail "tl-export: -kgparticipant: $(head -c 200 "$rb_out")"; }
	rb_run "-kg participant over the config's group" 0 - tl-export --config "$rb_tmp/fl.conf" -f csv -kg participant "$rb_tmp/fl.json"
	printf '[merge]\ntitle=From the config\n' >"$rb_tmp/fl2.conf"
	rb_run "-k --title over the config's title" 0 - tl-merge --config "$rb_tmp/fl2.conf" -k --title 'Mine' "$rb_tmp/fl.jsonl" &&
		{ grep -q '"title":"Mine"' "$rb_out" || rb_fail "tl-merge: --title: $(head -c 200 "$rb_out")"; }
	# (an unknown flag among them is still named)
	rb_run "-kx" 2 - tl-export -kx "$rb_tmp/fl.json" && rb_expect_err "-kx" tl-export "Unknown option -kx"
	rb_run "-kV" 0 - tl-export -kV && { grep -q '^tl-export (Timeline)' "$rb_out" || rb_fail "tl-export: -kV: $(cat "$rb_out")"; }
	if [ -x "$TL_BIN/timeline" ]; then
		printf '[timeline]\nexports=html\n' >"$rb_tmp/fl3.conf"
		rb_run "timeline -qj2 -kn" 0 - timeline --config "$rb_tmp/fl3.conf" -qj2 -kn runtogether -d "$rb_tmp/flout" "$rb_tmp/fl.jsonl" &&
			{ [ -s "$rb_tmp/flout/runtogether.timeline.json" ] && [ -s "$rb_tmp/flout/runtogether.html" ] ||
				rb_fail "timeline: -qj2 -kn: $(ls "$rb_tmp/flout")"; }
	fi
fi

rb_finish
