#!/bin/sh
# Event detection and classification on TempEval-3 data, as issue 5 measures it:
# train tl-events' classifier on TimeBank alone, label AQUAINT, score the events
# with the shared scorer (../shared/tools/score_timeml.py --only event).
#
#   sh scripts/eval-events.sh [BIN]      (BIN defaults to bin; run from the tree's top)
#   sh scripts/eval-events.sh --cv [BIN] five-fold cross-validation on TimeBank
#                                        alone (document k in fold k mod 5): the
#                                        figure to tune on, AQUAINT left unseen
#
# Skips (exit 77) when ../shared is absent.  The model trained here goes to a
# temporary TL_DATADIR and never replaces the committed one.
set -eu
CV=
if [ "${1:-}" = --cv ]; then
	CV=1
	shift
fi
BIN=${1:-bin}
SHARED=${TL_SHARED:-../shared}
TB=$SHARED/data/tempeval3/tbaq/TimeBank
AQ=$SHARED/data/tempeval3/tbaq/AQUAINT
TOOLS=$SHARED/tools
if [ ! -d "$TB" ] || [ ! -d "$AQ" ] || [ ! -f "$TOOLS/score_timeml.py" ]; then
	echo "eval-events: $SHARED data absent: skipped" >&2
	exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/data/events"
# score.py SYSTEM_EVENTS_JSONL: the records' events in the scorer's form
cat >"$tmp/system.py" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    evs = [{"start": e["trigger"]["start"], "end": e["trigger"]["end"], "class": e["class"]}
           for e in r.get("events", [])]
    print(json.dumps({"doc": r["id"], "events": evs}))
PY
if [ -n "$CV" ]; then
	k=0
	for f in $(ls "$TB" | sort); do
		mkdir -p "$tmp/fold$((k % 5))"
		ln -s "$(cd "$TB" && pwd)/$f" "$tmp/fold$((k % 5))/$f"
		k=$((k + 1))
	done
	for i in 0 1 2 3 4; do
		mkdir -p "$tmp/train$i" "$tmp/m$i/events"
		for j in 0 1 2 3 4; do
			[ "$j" = "$i" ] || ln -s "$tmp/fold$j"/* "$tmp/train$i/"
		done
		python3 "$TOOLS/tml2jsonl.py" --gold "$tmp/train$i" -o "$tmp/train$i.jsonl" 2>/dev/null
		python3 "$TOOLS/tml2jsonl.py" "$tmp/fold$i" -o "$tmp/test$i.jsonl" 2>/dev/null
		"$BIN/tl-train-events" -q ${TL_EPOCHS:+--epochs $TL_EPOCHS} "$tmp/train$i.jsonl" \
			-o "$tmp/m$i/events/model.bin"
		TL_DATADIR="$tmp/m$i" "$BIN/tl-events" "$tmp/test$i.jsonl" > "$tmp/ev$i.jsonl"
		python3 "$tmp/system.py" "$tmp/ev$i.jsonl" > "$tmp/sys$i.jsonl"
		python3 "$TOOLS/score_timeml.py" "$tmp/fold$i" "$tmp/sys$i.jsonl" --byte-offsets \
			--only event | grep -E '^ *(strict|  class)|class F1'
	done | awk '/strict/ {f += $4; n++} /class F1/ {for (j = 1; j < NF; j++) if ($j == "F1") c += $(j + 1)}
		END {printf "TimeBank 5-fold CV: event F1 %.2f, class F1 %.2f (means of %d folds)\n", f / n, c / n, n}'
	exit 0
fi
python3 "$TOOLS/tml2jsonl.py" --gold "$TB" -o "$tmp/tb-gold.jsonl" 2>/dev/null
python3 "$TOOLS/tml2jsonl.py" "$AQ" -o "$tmp/aq.jsonl" 2>/dev/null
"$BIN/tl-train-events" -q ${TL_EPOCHS:+--epochs $TL_EPOCHS} "$tmp/tb-gold.jsonl" -o "$tmp/data/events/model.bin"
TL_DATADIR="$tmp/data" "$BIN/tl-events" "$tmp/aq.jsonl" > "$tmp/aq-events.jsonl"
python3 "$tmp/system.py" "$tmp/aq-events.jsonl" > "$tmp/system.jsonl"
python3 "$TOOLS/score_timeml.py" "$AQ" "$tmp/system.jsonl" --byte-offsets --only event 2>&1 |
	sed -n '1,40p'
