#!/bin/sh
# End-to-end runs of the real programs: every tests/e2e/*.sh, each given the
# bin folder; a script exits 0 (pass), 77 (skipped) or anything else (fail).
set -u
bin=$(cd "${1:-bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
pass=0 fail=0 skip=0
for t in "$top"/tests/e2e/*.sh; do
	[ -e "$t" ] || continue
	out=$(cd "$top" && TL_BIN="$bin" sh "$t" 2>&1)
	case $? in
	0) pass=$((pass + 1)) ;;
	77) skip=$((skip + 1)); echo "SKIP $(basename "$t"): $(printf '%s' "$out" | tail -1)" ;;
	*) fail=$((fail + 1)); echo "FAIL $(basename "$t"):"; printf '%s\n' "$out" | tail -20 ;;
	esac
done
echo "e2e: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
