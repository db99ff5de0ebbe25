#!/bin/sh
# Known bug (stages/merge/main.c, read_input; owner: merge): a record line cut
# short after a comma ('{"id":"bad","text":"abc",') opens a multi-line JSON
# document that swallows the lines after it; when that passes --max-size
# (default 64 MiB), tl-merge reports it and stops reading, so with
# --keep-going every good record after the cut line is lost (here 0 of
# 20,000 documents come out with --max-size 100000).
# Skips (77, "known bug") while the bug is there; passes once it is fixed.
m=$TL_BIN/tl-merge
[ -x "$m" ] || { echo "tl-merge not built"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
{
	printf '{"id":"bad","text":"abc",\n'
	awk 'BEGIN { for (i = 0; i < 20000; i++) printf "{\"id\":\"g%d\",\"dct\":\"2024-04-27\",\"text\":\"The council met on Monday.\"}\n", i }'
} >"$tmp/in"
timeout 10 "$m" -k --max-size 100000 "$tmp/in" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ $rc -eq 1 ] || { echo "FAIL: exit status $rc: $(head -3 "$tmp/err")"; exit 1; }
grep -q "^tl-merge: $tmp/in:1: " "$tmp/err" || { echo "FAIL: message: $(head -3 "$tmp/err")"; exit 1; }
n=$(grep -c '"id": *"g[0-9]*"' "$tmp/out")
if [ "$n" -ne 20000 ]; then
	echo "known bug: tl-merge -k loses the good records after a line cut after a comma ($n of 20000 kept; merge/main.c read_input)"
	exit 77
fi
echo ok
