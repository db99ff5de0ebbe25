#!/bin/sh
# tl-dates as a command: --help/--version, -o written atomically, options from
# pipeline.conf [dates] (the command line wins), exit status 2 on usage errors.
set -eu
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
"$TL_BIN/tl-dates" --help >"$d/help"
grep -q -- "--date-order" "$d/help"
"$TL_BIN/tl-dates" --version >/dev/null
printf '{"id":"a","dct":"2024-04-27","text":"Filed 4/5/2024."}\n' >"$d/in.jsonl"
"$TL_BIN/tl-dates" -o "$d/out.jsonl" "$d/in.jsonl"
grep -q '"value":"2024-04-05"' "$d/out.jsonl"
printf '[dates]\ndate-order=dmy\n' >"$d/pipeline.conf"
"$TL_BIN/tl-dates" --config "$d/pipeline.conf" "$d/in.jsonl" | grep -q '"value":"2024-05-04"'
"$TL_BIN/tl-dates" --config "$d/pipeline.conf" --date-order mdy "$d/in.jsonl" | grep -q '"value":"2024-04-05"'
set +e
"$TL_BIN/tl-dates" --dct nonsense "$d/in.jsonl" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "bad --dct: want exit 2"; exit 1; }
printf '{"id":"b","text":"x"}\nnot json\n' >"$d/bad.jsonl"
"$TL_BIN/tl-dates" -o "$d/kept.jsonl" "$d/bad.jsonl" 2>/dev/null
[ $? -eq 1 ] || { echo "bad input: want exit 1"; exit 1; }
[ ! -e "$d/kept.jsonl" ] || { echo "-o written despite the failure"; exit 1; }
exit 0
