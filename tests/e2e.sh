#!/bin/sh
# End-to-end runs of the real programs: every tests/e2e/*.sh, each given the
# bin folder; a script exits 0 (pass), 77 (skipped) or anything else (fail).
# TL_JOBS scripts run at once (default: the number of processors); the
# report comes in the scripts' order whatever order they finish in.
set -u
bin=$(cd "${1:-bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
jobs=${TL_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)}
res=$(mktemp -d)
trap 'rm -rf "$res"' EXIT
# The longest scripts start first, so that the short ones fill in around
# them instead of one long script running alone at the end.
first="robust-limits merge-memory robust-failure robust-records robust-fields"
{
	for n in $first; do
		[ -e "$top/tests/e2e/$n.sh" ] && printf '%s\n' "$top/tests/e2e/$n.sh"
	done
	for t in "$top"/tests/e2e/*.sh; do
		case " $first " in *" $(basename "$t" .sh) "*) continue ;; esac
		[ -e "$t" ] && printf '%s\n' "$t"
	done
} | TL_BIN="$bin" TOP="$top" RES="$res" xargs -r -d '\n' -P "$jobs" -I{} sh -c '
	n=$(basename "$1" .sh)
	t0=$(date +%s)
	(cd "$TOP" && sh "$1") >"$RES/$n.out" 2>&1
	echo $? >"$RES/$n.rc"
	echo $(($(date +%s) - t0)) >"$RES/$n.time"' sh {}
pass=0 fail=0 skip=0
for t in "$top"/tests/e2e/*.sh; do
	[ -e "$t" ] || continue
	n=$(basename "$t" .sh)
	rc=$(cat "$res/$n.rc" 2>/dev/null || echo "not run")
	case $rc in
	0) pass=$((pass + 1)) ;;
	77) skip=$((skip + 1)); echo "SKIP $n.sh: $(tail -1 "$res/$n.out")" ;;
	*) fail=$((fail + 1)); echo "FAIL $n.sh ($rc):"; tail -20 "$res/$n.out" ;;
	esac
done
echo "e2e: $pass passed, $fail failed, $skip skipped"
# the slowest scripts, so that a slow CI run says where its time went
for f in "$res"/*.time; do
	[ -e "$f" ] && printf '%s %s\n' "$(cat "$f")" "$(basename "$f" .time)"
done | sort -rn | head -5 | awk '{ s = s sep $2 " " $1 " s"; sep = ", " } END { if (s != "") print "e2e: slowest: " s }'
[ "$fail" -eq 0 ]
