#!/bin/sh
# The user's seed article, with no date given: tl-dates must infer the DCT and
# still read "26 April" = 2024-04-26, "last November" = 2023-11,
# "This spring" = 2024-SP and "three-day" = P3D.
set -eu
seed=../shared/seed/article.txt
[ -f "$seed" ] || { echo "no $seed"; exit 77; }
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
out=$(python3 -c 'import json,sys; print(json.dumps({"id":"seed","text":open(sys.argv[1]).read()}))' "$seed" |
	"$TL_BIN/tl-dates")
printf '%s\n' "$out" | python3 -c '
import json, sys
d = json.loads(sys.stdin.read())
assert d["dct_source"] == "inferred", d.get("dct_source")
got = {(t["text"], t["value"]) for t in d["timexes"]}
want = {("26 April", "2024-04-26"), ("last November", "2023-11"),
        ("This spring", "2024-SP"), ("three-day", "P3D")}
missing = want - got
assert not missing, "missing %s; got %s" % (sorted(missing), sorted(got))
'
