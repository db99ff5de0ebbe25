#!/bin/sh
# tl-export --format timeml: one valid XML file per record, the text inside
# <TEXT> byte-identical to the record's text, every timex and event kept, and
# the files score 100 against themselves with ../shared/tools/score_timeml.py.
set -eu
bin=${TL_BIN:?}
command -v python3 >/dev/null 2>&1 || { echo "skipped: python3 missing"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
mkdir "$t/tml"
recs="tests/fixtures/acme.jsonl tests/fixtures/seed.jsonl"
"$bin/tl-export" --format timeml --dir "$t/tml" $recs
[ "$(ls "$t/tml" | wc -l)" = 3 ] || { echo "expected 3 .tml files"; ls "$t/tml"; exit 1; }
cat $recs | python3 -c '
import json, sys, xml.etree.ElementTree as ET
bad = 0
for line in sys.stdin:
    r = json.loads(line)
    root = ET.parse(sys.argv[1] + "/" + r["id"] + ".tml").getroot()
    text = "".join(root.find("TEXT").itertext())
    if text.encode() != r["text"].encode():
        print("text differs:", r["id"]); bad += 1
    nt = len(root.find("TEXT").findall(".//TIMEX3")); ne = len(root.find("TEXT").findall(".//EVENT"))
    if nt != len(r["timexes"]) or ne != len(r["events"]):
        print("%s: %d TIMEX3 / %d EVENT, expected %d / %d" % (r["id"], nt, ne, len(r["timexes"]), len(r["events"]))); bad += 1
    links = root.findall("TLINK")
    if len(links) != sum(1 for e in r["events"] if e.get("time")):
        print("%s: %d TLINK" % (r["id"], len(links))); bad += 1
sys.exit(1 if bad else 0)
' "$t/tml"
# one record to standard output; two without --dir is a usage error
"$bin/tl-export" --format timeml tests/fixtures/seed.jsonl | grep -q '<DOCID>seed-blinken-china</DOCID>'
if "$bin/tl-export" --format timeml tests/fixtures/acme.jsonl >/dev/null 2>"$t/err"; then
	echo "two records without --dir should fail"; exit 1
fi
grep -q -- "--dir" "$t/err"
scorer=../shared/tools/score_timeml.py
if [ -f "$scorer" ]; then
	python3 "$scorer" "$t/tml" "$t/tml" --json >"$t/score.json"
	python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["totals"]
fs = [s[k][m]["f1"] for k in ("timex", "event") for m in ("strict", "relaxed")]
sys.exit(0 if all(f == 100 for f in fs) else 1)' "$t/score.json" || { echo "score_timeml.py: not 100 against itself"; cat "$t/score.json"; exit 1; }
fi
echo ok
