#!/bin/sh
# tl-normalize on bad and extreme inputs: a 50 MB document, a document over
# --max-size, output to a full device, -o left untouched when a run fails, an
# unreadable file, a folder, 100,000 nested HTML elements, several files.
set -u
n=$TL_BIN/tl-normalize
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# 50 MB of text: one record, in bounded time and memory
para='The council met on Monday, March 3, 2025, and voted 7 to 2 to extend the bus lanes. Work starts next week and ends in the autumn.'
i=0; : >"$tmp/p"; while [ $i -lt 64 ]; do printf '%s\n\n' "$para" >>"$tmp/p"; i=$((i + 1)); done
i=0; while [ $i -lt 13 ]; do cat "$tmp/p" "$tmp/p" >"$tmp/q"; mv "$tmp/q" "$tmp/p"; i=$((i + 1)); done
head -c 52000000 "$tmp/p" >"$tmp/big.txt"; rm "$tmp/p"
size=$(wc -c <"$tmp/big.txt")
[ "$size" -gt 50000000 ] || fail "big file only $size bytes"
if command -v /usr/bin/time >/dev/null; then
	/usr/bin/time -f '%e %M' -o "$tmp/time" "$n" "$tmp/big.txt" -o "$tmp/big.jsonl" || fail "50 MB document"
	read secs kb <"$tmp/time"
	echo "50 MB document: $secs s, max RSS $kb KB"
	# memory bounded by the document: a few times its size, not more
	[ "$kb" -lt 1000000 ] || fail "50 MB document used $kb KB"
else
	"$n" "$tmp/big.txt" -o "$tmp/big.jsonl" || fail "50 MB document"
fi
[ "$(wc -l <"$tmp/big.jsonl")" -eq 1 ] || fail "50 MB document: not one record"
grep -q '"dct_source":"none"' "$tmp/big.jsonl" || fail "50 MB document: record"

# over the limit: exit 1, a message, nothing written
"$n" --max-size 1000000 "$tmp/big.txt" >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "over --max-size: exit status"
grep -q 'larger than the limit' "$tmp/err" || fail "over --max-size: message: $(cat "$tmp/err")"
[ -s "$tmp/out" ] && fail "over --max-size: output written"

# a full device, as standard output and as -o
printf 'Some text.\n' >"$tmp/a.txt"
"$n" "$tmp/a.txt" >/dev/full 2>"$tmp/err"
[ $? -eq 1 ] || fail "/dev/full: exit status"
grep -q 'write error: No space left on device' "$tmp/err" || fail "/dev/full: message"
"$n" "$tmp/a.txt" -o /dev/full 2>"$tmp/err"
[ $? -eq 1 ] || fail "-o /dev/full: exit status"
[ -c /dev/full ] || fail "-o /dev/full replaced the device"
"$n" "$tmp/a.txt" -o /dev/null || fail "-o /dev/null"
[ -c /dev/null ] || fail "-o /dev/null replaced the device"

# -o untouched when the run fails, and no temporary file left behind
echo old >"$tmp/out.jsonl"
printf 'bad \377 byte\n' >"$tmp/bad.txt"
"$n" "$tmp/a.txt" "$tmp/bad.txt" -o "$tmp/out.jsonl" 2>"$tmp/err"
[ $? -eq 1 ] || fail "bad input: exit status"
[ "$(cat "$tmp/out.jsonl")" = old ] || fail "-o changed by a failed run"
[ "$(ls -A "$tmp" | grep -c '^\.out')" -eq 0 ] || fail "temporary file left behind"
grep -q "bad.txt: invalid UTF-8 at byte 4" "$tmp/err" || fail "invalid UTF-8 message"
# ... and replaced when it succeeds
"$n" "$tmp/a.txt" -o "$tmp/out.jsonl" || fail "good run"
grep -q '"id":"a"' "$tmp/out.jsonl" || fail "-o not written"

# unreadable file (when not root) and a folder
printf 'x\n' >"$tmp/locked.txt"; chmod 000 "$tmp/locked.txt"
if ! cat "$tmp/locked.txt" >/dev/null 2>&1; then
	"$n" "$tmp/locked.txt" >/dev/null 2>"$tmp/err"
	[ $? -eq 1 ] && grep -q 'Permission denied' "$tmp/err" || fail "unreadable file"
fi
"$n" "$tmp" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] && grep -q 'is a directory' "$tmp/err" || fail "folder: $(cat "$tmp/err")"

# 100,000 nested elements: no crash, the text is found
{ printf '<html><body>'; i=0; while [ $i -lt 1000 ]; do printf '<div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div><div>'; i=$((i + 1)); done; printf '<p>Found on May 5, 2020.</p>'; } >"$tmp/deep.html"
"$n" "$tmp/deep.html" >"$tmp/out" || fail "deep HTML"
grep -q '"text":"Found on May 5, 2020."' "$tmp/out" || fail "deep HTML text"

# several files, several formats: one record each, in order, ids from the names
cp "$tmp/deep.html" "$tmp/page.htm"
"$n" "$tmp/a.txt" "$tmp/page.htm" - <"$tmp/a.txt" >"$tmp/out" || fail "several files"
[ "$(grep -o '"id":"[^"]*"' "$tmp/out" | tr '\n' ' ')" = '"id":"a" "id":"page" "id":"stdin" ' ] ||
	fail "several files: $(cat "$tmp/out")"
echo "ok"
