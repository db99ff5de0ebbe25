#!/bin/sh
# Event detection and classification on TempEval-3 data, as issue 5 measures it:
# train tl-events' classifier on TimeBank alone, label AQUAINT, score the events
# with the shared scorer (../shared/tools/score_timeml.py --only event).
#
#   sh scripts/eval-events.sh [BIN]      (BIN defaults to bin; run from the tree's top)
#
# Skips (exit 77) when ../shared is absent.  The model trained here goes to a
# temporary TL_DATADIR and never replaces the committed one.
set -eu
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
python3 "$TOOLS/tml2jsonl.py" --gold "$TB" -o "$tmp/tb-gold.jsonl" 2>/dev/null
python3 "$TOOLS/tml2jsonl.py" "$AQ" -o "$tmp/aq.jsonl" 2>/dev/null
"$BIN/tl-train-events" -q ${TL_EPOCHS:+--epochs $TL_EPOCHS} "$tmp/tb-gold.jsonl" -o "$tmp/data/events/model.bin"
TL_DATADIR="$tmp/data" "$BIN/tl-events" "$tmp/aq.jsonl" > "$tmp/aq-events.jsonl"
python3 - "$tmp/aq-events.jsonl" > "$tmp/system.jsonl" <<'PY'
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    evs = [{"start": e["trigger"]["start"], "end": e["trigger"]["end"], "class": e["class"]}
           for e in r.get("events", [])]
    print(json.dumps({"doc": r["id"], "events": evs}))
PY
python3 "$TOOLS/score_timeml.py" "$AQ" "$tmp/system.jsonl" --byte-offsets --only event 2>&1 |
	sed -n '1,40p'
