#!/bin/sh
# TimeML: for every TempEval-3 TBAQ file, tl-normalize's text and dct must equal
# what ../shared/tools/tml2jsonl.py extracts (the text the TempEval scorer
# counts offsets in); also for copies made ill-formed (a closing tag removed,
# a stray '&' and '<'), which both then read leniently.  Skips when the data or
# python3 is absent.
set -u
shared=${TL_SHARED:-../shared}
tbaq=$shared/data/tempeval3/tbaq
[ -d "$tbaq/TimeBank" ] && [ -f "$shared/tools/tml2jsonl.py" ] || { echo "no TBAQ data"; exit 77; }
command -v python3 >/dev/null || { echo "no python3"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/cmp.py" <<'PY'
import json, sys
gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    gold[r["id"]] = r
ours = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
bad = 0
for r in ours:
    g = gold.pop(r["id"], None)
    if g is None:
        print("extra document", r["id"]); bad += 1; continue
    for k in ("text", "dct"):
        if r[k] != g[k]:
            a, b = r[k] or "", g[k] or ""
            i = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
            print("%s: %s differs at %d: %r vs %r" % (r["id"], k, i, a[i:i+30], b[i:i+30]))
            bad += 1
    if r["dct_source"] != ("meta" if g["dct"] else "none"):
        print("%s: dct_source %s" % (r["id"], r["dct_source"])); bad += 1
for k in gold:
    print("missing document", k); bad += 1
print("%s: %d documents, %d differences" % (sys.argv[4], len(ours), bad))
sys.exit(1 if bad or len(ours) != int(sys.argv[3]) else 0)
PY
python3 "$shared/tools/tml2jsonl.py" "$tbaq/TimeBank" "$tbaq/AQUAINT" -o "$tmp/gold.jsonl" 2>"$tmp/gold.err" || {
	cat "$tmp/gold.err"; exit 1; }
"$TL_BIN/tl-normalize" "$tbaq"/TimeBank/*.tml "$tbaq"/AQUAINT/*.tml -o "$tmp/ours.jsonl" || exit 1
python3 "$tmp/cmp.py" "$tmp/gold.jsonl" "$tmp/ours.jsonl" 256 tbaq || exit 1

mkdir "$tmp/broken"
for f in $(ls "$tbaq"/TimeBank/*.tml | head -20); do
	sed -e '0,/<\/EVENT>/s///' -e '0,/ said /s// said \& a < b /' "$f" >"$tmp/broken/$(basename "$f")"
done
python3 "$shared/tools/tml2jsonl.py" "$tmp/broken" -o "$tmp/gold-broken.jsonl" 2>/dev/null || exit 1
"$TL_BIN/tl-normalize" "$tmp"/broken/*.tml -o "$tmp/ours-broken.jsonl" 2>"$tmp/warnings" || exit 1
[ "$(grep -c 'read leniently' "$tmp/warnings")" -eq 20 ] || { echo "ill-formed copies: not all read leniently"; exit 1; }
python3 "$tmp/cmp.py" "$tmp/gold-broken.jsonl" "$tmp/ours-broken.jsonl" 20 ill-formed
