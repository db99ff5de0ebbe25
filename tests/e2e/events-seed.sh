#!/bin/sh
# tl-events on the seed article through the real chain (normalize | dates |
# events): the stories issue 5 names come out salient, summarised and dated.
# Skips without ../shared/seed.
set -eu
bin=$TL_BIN
art=${TL_SHARED:-../shared}/seed/article.txt
[ -f "$art" ] || { echo "no $art"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin/tl-normalize" "$art" | "$bin/tl-dates" | "$bin/tl-events" > "$tmp/out.jsonl"
# one line per event: salience, trigger, date value (via the timex), range, summary
python3 - "$tmp/out.jsonl" > "$tmp/events.txt" <<'PY'
import json, sys
d = json.loads(open(sys.argv[1], encoding="utf-8").readline())
tx = {t["id"]: t for t in d.get("timexes", [])}
for e in d["events"]:
    v = tx.get(e["time"], {}).get("value", e["time"])
    r = "..".join(e.get("range", []))
    print("%.2f|%s|%s|%s|%s|%s" % (e["salience"], e["trigger"]["text"], v, e["relation"], r, e["summary"]))
PY
want() { # want TRIGGER DATE SUMMARY-PART: a salient event (>= 0.6) with that date
	grep -F "|$1|$2|" "$tmp/events.txt" | grep -F "$3" | awk -F'|' '$1 >= 0.6 {ok=1} END {exit !ok}' ||
		{ echo "missing: $1 $2 $3"; cat "$tmp/events.txt"; exit 1; }
}
want summit 2023-11 "summit in San Francisco"
want pledged 2023-11 "Xi reportedly pledged that China would refrain"
want told 2024-SP "official told Bloomberg"
want trip 2024-04-26 "three-day trip to China"
grep -F "|trip|2024-04-26|ENDS|2024-04-24..2024-04-27|" "$tmp/events.txt" > /dev/null ||
	{ echo "the trip has no range"; exit 1; }
want raised 2024-04-26 "Wang Yi"
want elections 2024 "presidential elections"
# "said" never outranks what happened
awk -F'|' '$2 == "said" && $1 > 0.5 {bad=1} END {exit bad}' "$tmp/events.txt" ||
	{ echo "a bare 'said' is salient"; exit 1; }
