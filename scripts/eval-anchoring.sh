#!/bin/sh
# How well tl-events dates its events, against the event-timex TLINKs of
# TempEval-3's TimeML (TimeBank and AQUAINT).
#
#   sh scripts/eval-anchoring.sh [--errors] [DIR...]   (default: all of TBAQ)
#
# Every .tml file is turned into a record (../shared/tools/tml2jsonl.py) and
# run through bin/tl-dates | bin/tl-events (TL_BIN overrides the folder): the
# system's own timexes and events, as a user gets them.  Only pairs whose
# event and timex both match gold ones (the event's trigger starts where the
# gold event does; the timexes overlap) are judged:
#
#   recall     of the gold links from an event to a DATE or TIME timex of the
#              text, or to the DCT by a relation that dates the event (not
#              BEFORE or AFTER: any past event is before the article): the
#              system dates that event by that timex;
#   precision  of the system's datings, among those of events the gold links
#              to some timex (TimeBank does not link every pair: the dating of
#              an event the gold leaves unlinked is not judged);
#   relation   of the pairs found, how many have the gold relType (DURING is
#              taken as IS_INCLUDED, as tl-events has no DURING; BEGUN_BY and
#              ENDED_BY, TimeML's words from the event's side for "the time
#              begins or ends the event", as BEGINS and ENDS, which is what
#              tl-events means by them: "since 1990" BEGINS, "until Friday"
#              ENDS; TL_RELATION_STRICT=1 counts them wrong, as before the
#              eighteenth session).
#
# Both strictly (the very timex the gold links) and by date (a timex, or the
# DCT, of the same value: "said" dated by the DCT where the gold links the
# "Friday" that is the DCT's day).
#
# --errors lists the missed gold links and the wrong datings with their
# sentences.  Exits 77 (skipped) when ../shared is absent.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${TL_SHARED:-$top/../shared}
bin=${TL_BIN:-$top/bin}
tools=$shared/tools
errors=0
dirs=""
for a in "$@"; do
	case $a in
	--errors) errors=1 ;;
	-*) echo "usage: eval-anchoring.sh [--errors] [DIR...]" >&2; exit 2 ;;
	*) dirs="$dirs $a" ;;
	esac
done
if [ ! -f "$tools/score_timeml.py" ] || [ ! -f "$tools/tml2jsonl.py" ]; then
	echo "eval-anchoring: skipped: no $tools/score_timeml.py"
	exit 77
fi
if [ -z "$dirs" ]; then
	tbaq=$shared/data/tempeval3/tbaq
	[ -d "$tbaq" ] || { echo "eval-anchoring: skipped: no $tbaq"; exit 77; }
	dirs="$tbaq/TimeBank $tbaq/AQUAINT"
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
. "$top/scripts/tml-records.sh"
tml_records "$tmp" $dirs
"$bin/tl-dates" "$tmp/in.jsonl" | "$bin/tl-events" -o "$tmp/out.jsonl"
cat >"$tmp/score.py" <<'PY'
import json, os, re, sys
tools, gold_dir, system, want_errors = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == "1"
sys.path.insert(0, tools)
from score_timeml import list_tml, read_tml

ATTR = re.compile(r'(\w+)="([^"]*)"')
# the gold relTypes that tl-events writes with another word (see the header)
SAME = {"DURING": "IS_INCLUDED"}
if os.environ.get("TL_RELATION_STRICT") != "1":
    SAME.update({"BEGUN_BY": "BEGINS", "ENDED_BY": "ENDS"})
INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "INCLUDES": "IS_INCLUDED",
           "IS_INCLUDED": "INCLUDES", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
           "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE"}


def links(raw):
    """(eid, tid, relType) of the event-timex TLINKs, from the event's side."""
    inst = {}
    for m in re.finditer(r"<MAKEINSTANCE\b[^>]*>", raw):
        a = dict(ATTR.findall(m.group(0)))
        inst[a.get("eiid")] = a.get("eventID")
    out = []
    for m in re.finditer(r"<TLINK\b[^>]*>", raw):
        a = dict(ATTR.findall(m.group(0)))
        rel = a.get("relType", "")
        if "eventInstanceID" in a and "relatedToTime" in a:
            out.append((inst.get(a["eventInstanceID"]), a["relatedToTime"], rel))
        elif "timeID" in a and "relatedToEventInstance" in a:
            out.append((inst.get(a["relatedToEventInstance"]), a["timeID"], INVERSE.get(rel, rel)))
    return [l for l in out if l[0]]


def dct_tids(raw):
    return {dict(ATTR.findall(m.group(0))).get("tid")
            for m in re.finditer(r"<TIMEX3\b[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", raw)}


def to_cp(text):
    """byte offset -> code point offset, for text's UTF-8."""
    b = text.encode("utf-8")
    table = [0] * (len(b) + 1)
    cp = -1
    for i, c in enumerate(b):
        if (c & 0xC0) != 0x80:
            cp += 1
        table[i] = cp
    table[len(b)] = len(text)
    return table


def sentence(text, at):
    s = max(text.rfind(".", 0, at), text.rfind("\n", 0, at)) + 1
    e = min([x for x in (text.find(". ", at), text.find("\n", at)) if x >= 0] or [len(text)])
    return " ".join(text[s:e + 1].split())


recs = {}
for line in open(system, encoding="utf-8"):
    r = json.loads(line)
    recs[r["id"]] = r
# [gold links, found, judged datings, right] for the strict and the by-date match
n = {"strict": [0, 0, 0, 0], "date": [0, 0, 0, 0]}
rel_right = 0
errs = []
for f in list_tml(gold_dir):
    path = os.path.join(gold_dir, f)
    doc = read_tml(path)
    raw = open(path, encoding="utf-8", errors="replace").read()
    r = recs.get(doc.name)
    if r is None:
        continue
    cp = to_cp(r["text"])
    gev = {e["eid"]: e for e in doc.events}
    gtx = {t["tid"]: t for t in doc.timexes if t["type"] in ("DATE", "TIME")}
    dcts = dct_tids(raw)
    dct = (doc.dct or "")[:10]
    # eid -> {tid: relType}: the gold links to a DATE or TIME of the text or the DCT
    gold = {}
    for eid, tid, rel in links(raw):
        # "BEFORE the DCT" is any past event's relation to the article: no dating
        if tid in dcts and rel in ("BEFORE", "AFTER", "IBEFORE", "IAFTER"):
            continue
        if eid in gev and (tid in gtx or tid in dcts):
            gold.setdefault(eid, {})[tid if tid in gtx else "dct"] = rel
    stx = {t["id"]: (cp[t["start"]], cp[t["end"]], t.get("value") or "")
           for t in r.get("timexes", [])}
    sev = {cp[e["trigger"]["start"]]: e for e in r.get("events", [])}

    def value(tid):
        return dct if tid == "dct" else gtx[tid]["value"]

    def text(tid):
        return "the DCT" if tid == "dct" else doc.text[gtx[tid]["start"]:gtx[tid]["end"]]

    def dating(e):
        """(the gold timex the system's dating is, or None; its value), or None."""
        t = e.get("time") if e else None
        if t == "dct":
            return "dct", dct
        if t not in stx:
            return None
        s, en, v = stx[t]
        for tid, g in gtx.items():
            if g["start"] < en and s < g["end"]:
                return tid, v
        return None, v

    for eid, tids in gold.items():
        e = sev.get(gev[eid]["start"])
        got = dating(e)
        for tid, rel in tids.items():
            strict = got is not None and got[0] == tid
            by_date = got is not None and got[1] != "" and got[1] == value(tid)
            n["strict"][0] += 1
            n["date"][0] += 1
            n["strict"][1] += strict
            n["date"][1] += strict or by_date
            if strict:
                want = SAME.get(rel, rel)
                rel_right += e.get("relation") == want
            elif not by_date and want_errors:
                errs.append("%s MISSED %s -> %s (%s); system: %s\n    %s" % (
                    doc.name, doc.text[gev[eid]["start"]:gev[eid]["end"]], text(tid), rel,
                    "no event" if not e else "undated" if got is None else
                    "%s (%s)" % (text(got[0]) if got[0] else "another timex", got[1]),
                    sentence(doc.text, gev[eid]["start"])))
        if got is None:
            continue
        strict = got[0] in tids
        by_date = got[1] != "" and any(got[1] == value(t) for t in tids)
        n["strict"][2] += 1
        n["date"][2] += 1
        n["strict"][3] += strict
        n["date"][3] += strict or by_date
        if not strict and not by_date and want_errors:
            errs.append("%s WRONG %s -> %s (%s); gold: %s\n    %s" % (
                doc.name, doc.text[gev[eid]["start"]:gev[eid]["end"]],
                text(got[0]) if got[0] else "another timex", got[1],
                ", ".join("%s (%s)" % (text(t), value(t)) for t in tids),
                sentence(doc.text, gev[eid]["start"])))


def pct(a, b):
    return 100.0 * a / b if b else 0.0


for k, what in (("strict", "the linked timex itself"), ("date", "the same date or time")):
    g, found, judged, right = n[k]
    p, rc = pct(right, judged), pct(found, g)
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print("%-40s precision %6.2f  recall %6.2f  F1 %6.2f" % ("dated by " + what + ":", p, rc, f1))
print("gold event-timex links %d (to a DATE or TIME of the text, or the DCT); system datings "
      "judged %d; relation right in %.2f%% of the strict matches"
      % (n["strict"][0], n["strict"][2], pct(rel_right, n["strict"][1])))
for e in errs:
    print(e)
PY
python3 "$tmp/score.py" "$tools" "$tmp/gold" "$tmp/out.jsonl" "$errors"
