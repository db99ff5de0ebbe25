#!/bin/sh
# Known bug (stages/normalize/html.c, tl_html_read; owner: norm) and a kit
# weakness under it (stages/common/record.c, tl_record_set_string; owner:
# the lead): the 10-byte page '&\332charset\377' (found by fuzz_html) gives a
# text of 11 bytes that is not valid UTF-8; tl_record_set_string then stores
# no value (Jansson refuses the string) and the record is written as
# '..."text":","sentences":[[0,11]]...': broken JSON, with exit status 0.
# The next stage refuses the line ("invalid JSON at byte 93").
# Skips (77, "known bug") while the bug is there; passes once it is fixed.
n=$TL_BIN/tl-normalize
[ -x "$n" ] || { echo "tl-normalize not built"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '&\332charset\377' >"$tmp/page.html"
for lossy in "" --lossy; do
	timeout 10 "$n" $lossy "$tmp/page.html" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ $rc -le 1 ] || { echo "FAIL: exit status $rc"; exit 1; }
	[ $rc -eq 1 ] && continue # refused, with a message: a correct answer
	# accepted: the record must be one valid JSON line with a valid text
	if ! "$TL_BIN/tl-normalize" --format jsonl "$tmp/out" >/dev/null 2>"$tmp/err2"; then
		echo "known bug: tl-normalize $lossy writes broken JSON for an HTML page with a bad encoding: $(cut -c1-120 "$tmp/out")"
		exit 77
	fi
done
echo ok
