#!/bin/sh
# Known bug (stages/normalize/doc.c, needs_cleaning; owner: norm): a JSON
# Lines record whose text holds a DEL (U+007F) among eight printable ASCII
# bytes keeps it, although FORMAT.md promises text without control
# characters: the eight-bytes-at-a-time test only looks for bytes below 0x20.
# Skips (77, "known bug") while the bug is there; passes once it is fixed.
n=$TL_BIN/tl-normalize
[ -x "$n" ] || { echo "tl-normalize not built"; exit 77; }
out=$(printf '{"text":"abc\177defgh"}\n{"text":"a\177b"}\n' | timeout 10 "$n" --format jsonl) ||
	{ echo "FAIL: tl-normalize failed"; exit 1; }
[ "$(printf '%s\n' "$out" | wc -l)" -eq 2 ] || { echo "FAIL: $out"; exit 1; }
# the short text is cleaned (the byte-by-byte tail): the long one must be too
printf '%s\n' "$out" | sed -n 2p | grep -q "$(printf '\177')" &&
	{ echo "FAIL: DEL kept in a short text"; exit 1; }
if printf '%s\n' "$out" | sed -n 1p | grep -q "$(printf '\177')"; then
	echo "known bug: tl-normalize keeps a DEL inside eight ASCII bytes of a record's text (doc.c needs_cleaning)"
	exit 77
fi
echo ok
