#!/bin/sh
# The golden tests and the unit tests under valgrind memcheck: any error or
# definite leak fails (still-reachable memory from GLib's type system and
# one-time caches is not a leak).
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
status=0
out=$(sh tests/golden.sh "$wrap" 2>&1) || status=1
printf '%s\n' "$out" | tail -3
echo "valgrind: unit tests"
CK_FORK=no TL_TIME_FACTOR=50 TL_SRCDIR="$top" valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite build/tests/check_tl >"$wrap/unit.out" 2>"$wrap/unit.log" || {
	status=1; tail -20 "$wrap/unit.log"; grep ':[FE]:' "$wrap/unit.out"; }
[ $status -eq 0 ] && echo "valgrind: clean" || echo "valgrind: FAILED"
exit $status
