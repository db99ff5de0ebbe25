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
# fuller ISO forms of the DCT are read and written back as the later stages read them
for form in 2024-04-27T12:00:00Z 2024-04-27T12:00+14:00 2024-04-27T12:00:00.5-0500 2024-04-27T23:59:60; do
	printf '{"id":"c","dct":"%s","text":"They met on Monday."}\n' "$form" | "$TL_BIN/tl-dates" >"$d/iso.jsonl"
	grep -q '"dct":"2024-04-27T[0-9][0-9]:[0-9][0-9]".*"value":"2024-04-22"' "$d/iso.jsonl" ||
		{ echo "dct $form: not read"; cat "$d/iso.jsonl"; exit 1; }
done
printf '{"id":"c","dct":"20240427","text":"They met on Monday."}\n' | "$TL_BIN/tl-dates" |
	grep -q '"dct":"2024-04-27",' || { echo "dct 20240427: not read"; exit 1; }
"$TL_BIN/tl-dates" --dct 2024-04-27T12:00:00Z "$d/in.jsonl" | grep -q '"dct":"2024-04-27T12:00"' ||
	{ echo "--dct with seconds and a zone: not written back"; exit 1; }
set +e
for form in "2024-04-27 " 2024-02-30 2024-04-27T12:00:61 2024-04-27T12:00+15 2024-04-27T1200; do
	printf '{"id":"c","dct":"%s","text":"x"}\n' "$form" | "$TL_BIN/tl-dates" >/dev/null 2>"$d/err"
	[ $? -eq 1 ] && grep -q "bad 'dct'" "$d/err" || { echo "dct '$form': want refused"; exit 1; }
done
"$TL_BIN/tl-dates" --dct nonsense "$d/in.jsonl" >/dev/null 2>&1
[ $? -eq 2 ] || { echo "bad --dct: want exit 2"; exit 1; }
"$TL_BIN/tl-dates" --lang xx "$d/in.jsonl" >/dev/null 2>"$d/lang.err"
[ $? -eq 2 ] || { echo "unknown --lang: want exit 2"; exit 1; }
grep -q "^tl-dates: --lang: no date resources for 'xx'" "$d/lang.err" || { echo "unknown --lang: message"; exit 1; }
printf '{"id":"b","text":"x"}\nnot json\n' >"$d/bad.jsonl"
"$TL_BIN/tl-dates" -o "$d/kept.jsonl" "$d/bad.jsonl" 2>/dev/null
[ $? -eq 1 ] || { echo "bad input: want exit 1"; exit 1; }
[ ! -e "$d/kept.jsonl" ] || { echo "-o written despite the failure"; exit 1; }
exit 0
