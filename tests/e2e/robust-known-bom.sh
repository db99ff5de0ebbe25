#!/bin/sh
# Known bug (stages/normalize/text.c:79, tl_text_clean; owner: norm): a text
# that is only a UTF-8 byte order mark (or one more byte) is read two bytes
# past its end, looking for a UTF-16 mark after the UTF-8 one (the length
# test uses the whole length, not what is left).  Seen under the sanitizers
# (make asan) as a heap-buffer-overflow; the plain build reads a byte of slack.
# Skips (77, "known bug") while ASan reports it; passes once it is fixed.
n=$TL_BIN/tl-normalize
[ -x "$n" ] || { echo "tl-normalize not built"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '{"id":"a","text":"\357\273\277"}\n{"id":"b","text":"\357\273\277x"}\n' >"$tmp/in"
timeout 10 "$n" --format jsonl "$tmp/in" >"$tmp/out" 2>"$tmp/err"
rc=$?
if grep -q 'AddressSanitizer' "$tmp/err"; then
	echo "known bug: tl_text_clean reads past a lone byte order mark (text.c:79): $(grep -m1 'ERROR: AddressSanitizer' "$tmp/err" | sed 's/.*ERROR: //; s/ on address.*//')"
	exit 77
fi
[ $rc -eq 0 ] || { echo "FAIL: exit status $rc: $(head -3 "$tmp/err")"; exit 1; }
grep -q '"id":"a".*"text":""' "$tmp/out" && grep -q '"id":"b".*"text":"x"' "$tmp/out" ||
	{ echo "FAIL: byte order mark not dropped: $(cat "$tmp/out")"; exit 1; }
echo ok
