#!/bin/sh
# Known bug (stages/common/tagger.c, tl_tagger_word; owner: tag): a word of
# 57 to 63 bytes overflows the 56 bytes that `norm` keeps, and the memmove
# that keeps the last eight shifts in bytes of norm[57..63] never written,
# so the word's hash (its lexicon lookup, its features) depends on
# uninitialised stack memory: tagging of long tokens (URLs, hashtags) is not
# deterministic.  valgrind: "Use of uninitialised value" at tagger.c:125
# (lex_lookup); scripts/valgrind.sh fails on it (check_tagger's dev test).
# Needs valgrind; skips (77, "known bug") while it reports; passes after.
t=$TL_BIN/tl-tag
[ -x "$t" ] || { echo "tl-tag not built"; exit 77; }
command -v valgrind >/dev/null || { echo "valgrind not installed"; exit 77; }
case $TL_BIN in */asan/*) echo "not under ASan (valgrind cannot run it)"; exit 77 ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'See %s now.\n' "$(printf '%060d' 0 | tr 0 x)" >"$tmp/in.txt"
timeout 60 valgrind -q --error-exitcode=99 "$t" --input text "$tmp/in.txt" >/dev/null 2>"$tmp/err"
rc=$?
if grep -q 'uninitialised' "$tmp/err"; then
	echo "known bug: tl-tag hashes uninitialised bytes of a 60-byte word (tagger.c tl_tagger_word: $(grep -m1 -o 'at 0x[0-9A-F]*: [a-z_]* ([a-z.:0-9]*)' "$tmp/err"))"
	exit 77
fi
[ $rc -eq 0 ] || { echo "FAIL: exit status $rc: $(head -3 "$tmp/err")"; exit 1; }
echo ok
