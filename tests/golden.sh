#!/bin/sh
# Golden tests: tests/golden/<stage>/<case>.in run through bin/tl-<stage>.
# Per case: .args (extra arguments, one line, optional; {in} stands for the input
# file, else the input comes on standard input), .expected (standard output,
# byte for byte), .err (standard error, optional: empty when absent), .status
# (exit status, optional: 0 when absent).  TL_UPDATE=1 rewrites the expectations.
# TL_JOBS cases run at once (default: the number of processors); the report
# comes in the cases' order.
set -u

# One case: golden.sh --case BIN IN TMPDIR; prints its failures, exit 1 on one.
if [ "${1:-}" = --case ]; then
	bin=$2 in=$3 tmp=$4
	top=$(cd "$(dirname "$0")/.." && pwd)
	stage=$(basename "$(dirname "$in")")
	case=${in%.in}
	name="$stage/$(basename "$case")"
	args=""
	[ -f "$case.args" ] && args=$(cat "$case.args")
	want_status=0
	[ -f "$case.status" ] && want_status=$(cat "$case.status")
	(cd "$top/tests/golden" &&
	 if printf '%s' "$args" | grep -q '{in}'; then
		eval "\"$bin/tl-$stage\" $(printf '%s' "$args" | sed "s|{in}|$stage/$(basename "$in")|g")" </dev/null
	 else
		eval "\"$bin/tl-$stage\" $args" <"$in"
	 fi) >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ "${TL_UPDATE:-}" = 1 ]; then
		cp "$tmp/out" "$case.expected"
		if [ -s "$tmp/err" ]; then cp "$tmp/err" "$case.err"; else rm -f "$case.err"; fi
		if [ "$status" -ne 0 ]; then echo "$status" >"$case.status"; else rm -f "$case.status"; fi
		want_status=$status
	fi
	ok=1
	cmp -s "$tmp/out" "$case.expected" || { ok=0; echo "FAIL $name: standard output differs:"; diff "$case.expected" "$tmp/out" | head -20; }
	if [ -f "$case.err" ]; then
		cmp -s "$tmp/err" "$case.err" || { ok=0; echo "FAIL $name: standard error differs:"; diff "$case.err" "$tmp/err" | head -10; }
	elif [ -s "$tmp/err" ]; then
		ok=0; echo "FAIL $name: unexpected standard error:"; head -5 "$tmp/err"
	fi
	[ "$status" = "$want_status" ] || { ok=0; echo "FAIL $name: exit status $status, expected $want_status"; }
	[ $ok = 1 ]
	exit
fi

bin=$(cd "${1:-bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
jobs=${TL_JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)}
res=$(mktemp -d)
trap 'rm -rf "$res"' EXIT
n=0
for in in "$top"/tests/golden/*/*.in; do
	[ -e "$in" ] || continue
	n=$((n + 1))
	printf '%s %s\n' "$n" "$in"
done | BIN="$bin" RES="$res" ME="$top/tests/golden.sh" xargs -r -d '\n' -P "$jobs" -I{} sh -c '
	k=${1%% *} in=${1#* }
	mkdir "$RES/$k"
	sh "$ME" --case "$BIN" "$in" "$RES/$k" >"$RES/$k.log" 2>&1
	echo $? >"$RES/$k.rc"' sh {}
pass=0 fail=0 k=0
for in in "$top"/tests/golden/*/*.in; do
	[ -e "$in" ] || continue
	k=$((k + 1))
	if [ "$(cat "$res/$k.rc" 2>/dev/null)" = 0 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		cat "$res/$k.log" 2>/dev/null || echo "FAIL $in: not run"
	fi
done
echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
