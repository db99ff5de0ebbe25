#!/bin/sh
# Known bug (stages/tag/main.c, main; owner: tag): when tl_cli_parse asks to
# exit (a missing --config file, a usage error, --help), main returns at once
# without tl_cli_clear and without freeing its option strings, and
# LeakSanitizer reports the leak (33 bytes for a missing config), which
# fails make asan's battery.  Seen under ASan only.
# Skips (77, "known bug") while LeakSanitizer reports it; passes after.
t=$TL_BIN/tl-tag
[ -x "$t" ] || { echo "tl-tag not built"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
: >"$tmp/empty"
timeout 10 "$t" --input records --format record --config "$tmp/no.conf" "$tmp/empty" >/dev/null 2>"$tmp/err"
rc=$?
if grep -q LeakSanitizer "$tmp/err"; then
	echo "known bug: tl-tag leaks on an early exit ($(grep -m1 -o 'SUMMARY: AddressSanitizer: [0-9]* byte(s) leaked' "$tmp/err"); tag/main.c)"
	exit 77
fi
[ $rc -eq 2 ] || { echo "FAIL: exit status $rc: $(head -3 "$tmp/err")"; exit 1; }
echo ok
