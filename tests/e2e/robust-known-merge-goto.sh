#!/bin/sh
# Known bug (stages/merge/main.c, main; owner: merge): `goto out` after
# tl_cli_parse jumps over `g_autoptr(GError) err = NULL`, so on --help,
# --version and every usage error the cleanup frees an uninitialised pointer:
# tl-merge dies of SIGSEGV now and then (valgrind: "Conditional jump or move
# depends on uninitialised value(s)" at main.c's g_autoptr(GError)).  The
# same pattern crashed tl-dates before its main declared err first.
# Skips (77, "known bug") while a crash is seen in 30 tries; passes after.
m=$TL_BIN/tl-merge
[ -x "$m" ] || { echo "tl-merge not built"; exit 77; }
i=0 crashes=0
while [ $i -lt 10 ]; do
	for args in --version "--max-size 0" --no-such-option; do
		timeout 10 "$m" $args </dev/null >/dev/null 2>&1
		[ $? -gt 128 ] && crashes=$((crashes + 1))
	done
	i=$((i + 1))
done
if [ $crashes -gt 0 ]; then
	echo "known bug: tl-merge crashed $crashes times in 30 usage errors (goto over g_autoptr in merge/main.c)"
	exit 77
fi
echo ok
