#!/bin/sh
# The golden tests and the unit tests under valgrind memcheck: any error or
# definite leak fails (still-reachable memory from GLib's type system and
# one-time caches is not a leak).  The two run side by side, each TL_JOBS
# at once as ever, so that the golden cases fill the processors while the
# last unit suites end; each report is printed whole when both are done.
# TL_VALGRIND_TIMEOUT (seconds, default 4000; 0: none) bounds the unit
# tests, which run without Check's fork and so without its per-test timeouts.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
command -v valgrind >/dev/null || { echo "valgrind: not installed; skipped"; exit 0; }
make -s all build/tests/check_tl >/dev/null || exit 1
wrap=$(mktemp -d)
trap 'rm -rf "$wrap"' EXIT
# a bin folder of wrappers that run each program under memcheck
for p in bin/*; do
	n=$(basename "$p")
	cat >"$wrap/$n" <<EOW
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	--show-leak-kinds=definite "$top/$p" "\$@"
EOW
	chmod +x "$wrap/$n"
done
limit=${TL_VALGRIND_TIMEOUT:-4000}
# CK_FORK=no: a forked test would run memcheck's leak search at each exit
(
	CK_FORK=no TL_TIME_FACTOR=50 TL_SRCDIR="$top" timeout "$limit" valgrind -q --error-exitcode=99 \
		--leak-check=full --errors-for-leak-kinds=definite build/tests/check_tl \
		>"$wrap/unit.out" 2>"$wrap/unit.log"
	echo $? >"$wrap/unit.rc"
) &
unit=$!
sh tests/golden.sh "$wrap" >"$wrap/golden.out" 2>&1
golden=$?
wait $unit
status=0
if [ $golden -ne 0 ]; then
	status=1
	cat "$wrap/golden.out"
else
	tail -1 "$wrap/golden.out"
fi
echo "valgrind: unit tests"
rc=$(cat "$wrap/unit.rc" 2>/dev/null || echo "not run")
if [ "$rc" != 0 ]; then
	status=1
	[ "$rc" = 124 ] && echo "valgrind: unit tests killed after $limit s"
	tail -20 "$wrap/unit.log"
	grep -e ':[FE]:' -e '^suite ' "$wrap/unit.out"
fi
tail -1 "$wrap/unit.out"
[ $status -eq 0 ] && echo "valgrind: clean" || echo "valgrind: FAILED"
exit $status
