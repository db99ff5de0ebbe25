#!/bin/sh
# A bug the nineteenth battery found (stages/merge/ingest.c, read_range),
# fixed in the twenty-second session: an event dated by a clock time was
# lost from the timeline without a word.  tl-dates gives a TIME its range
# with the time ("6am": ["2019-01-04T06:00", "2019-01-04T07:00"], as
# docs/FORMAT.md says), and tl-merge read a range's ends as days alone:
# such an event gave no mention (on wikinews 142 of 27,833 events, "The
# crash took place on a bendy road around 15:00 local time"); a document
# whose every event is dated by a clock gave an empty timeline, exit 0.
# A range's ends are now the days that hold them (tl_date_parse_bound).
set -u
bin=$TL_BIN
[ -x "$bin/tl-merge" ] || { echo "tl-merge not built"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the record as tl-dates and tl-events write it: "at 10 a.m. on Monday"
# is the event's time, a TIME of the hour
printf '%s\n' '{"id":"a","dct":"2024-04-27","text":"The council met at 10 a.m. on Monday.","sentences":[[0,37]],"timexes":[{"id":"t1","start":19,"end":26,"text":"10 a.m.","type":"TIME","value":"2024-04-22T10:00","mod":null,"anchor":"dct","granularity":"hour","range":["2024-04-22T10:00","2024-04-22T11:00"],"rule":"clock"}],"events":[{"id":"e1","trigger":{"start":12,"end":15,"text":"met"},"lemma":"meet","class":"OCCURRENCE","tense":"PAST","polarity":"POS","sentence":0,"time":"t1","relation":"IS_INCLUDED","summary":"The council met","salience":0.8,"participants":[]}]}' >"$tmp/in.jsonl"
timeout 10 "$bin/tl-merge" "$tmp/in.jsonl" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 0 ] || { echo "FAIL: exit status $rc: $(head -3 "$tmp/err")"; exit 1; }
if ! grep -q '"event": *"e1"' "$tmp/out"; then
	echo "FAIL: tl-merge lost an event dated by a clock time (a TIME range with a time; merge/ingest.c read_range)"
	exit 1
fi
echo ok
