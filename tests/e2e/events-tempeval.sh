#!/bin/sh
# Issue 5's measure: trained on TimeBank only, scored on AQUAINT with the
# shared scorer (scripts/eval-events.sh); the event F1 must stay >= 84.
# Skips without ../shared.
set -eu
out=$(sh scripts/eval-events.sh "$TL_BIN") || exit $?
printf '%s\n' "$out"
printf '%s\n' "$out" | awk '$1 == "strict" && $4 + 0 < 84 {bad=1} END {exit bad}' ||
	{ echo "event F1 below 84"; exit 1; }
