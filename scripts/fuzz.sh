#!/bin/sh
# Run every libFuzzer target in BUILD for SECONDS each, from seed corpora made
# from the tests and examples (fuzz/seeds/<target>/, the golden inputs, the
# examples); first every saved regression input (fuzz/regress/<target>/) runs
# once.  A crash, leak or sanitizer report fails the run and leaves the input
# in fuzz/crash-<target>-*.  Prints each target's count and speed.
# FUZZ_ONLY="a b" limits the run to those targets; FUZZ_JOBS=N runs N targets
# at once.
set -u
build=${1:-build/fuzz}
secs=${2:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
only=${FUZZ_ONLY:-}
jobs=${FUZZ_JOBS:-1}
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# one target: regressions, then fuzzing; the summary line goes to $logs/<name>
run_target() {
	t=$1
	name=$2
	regress="fuzz/regress/$name"
	if [ -d "$regress" ] && [ -n "$(ls -A "$regress")" ]; then
		if ! "$t" -runs=1 "$regress"/* >"$logs/$name.log" 2>&1; then
			echo "fuzz: $name: FAILED on a regression input (fuzz/regress/$name)" >"$logs/$name"
			grep -E 'ERROR|SUMMARY|assert' "$logs/$name.log" | head -5 >>"$logs/$name"
			return 1
		fi
	fi
	corpus="fuzz/corpus-$name"
	mkdir -p "$corpus"
	set -- "$corpus"
	[ -d "fuzz/seeds/$name" ] && set -- "$@" "fuzz/seeds/$name"
	# the tests' inputs are seeds for every target
	for d in tests/golden/*/ examples; do
		[ -d "$d" ] && set -- "$@" "$d"
	done
	# stdout and stderr of the code under test closed (libFuzzer keeps its own)
	"$t" -max_total_time="$secs" -rss_limit_mb=4096 -timeout=10 -max_len=65536 \
		-close_fd_mask=3 -artifact_prefix="fuzz/crash-$name-" -print_final_stats=1 \
		"$@" >"$logs/$name.log" 2>&1
	rc=$?
	runs=$(grep 'stat::number_of_executed_units' "$logs/$name.log" | grep -o '[0-9]*$')
	speed=$(grep 'stat::average_exec_per_sec' "$logs/$name.log" | grep -o '[0-9]*$')
	if [ $rc -ne 0 ]; then
		echo "fuzz: $name: FAILED (exit $rc); see fuzz/crash-$name-*" >"$logs/$name"
		grep -E 'ERROR|SUMMARY|==[0-9]+==' "$logs/$name.log" | head -5 >>"$logs/$name"
		return 1
	fi
	echo "fuzz: $name: ${runs:-?} runs in ${secs}s (${speed:-?}/s), no crash" >"$logs/$name"
}

names=
n=0
for t in "$build"/fuzz_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t" | sed 's/^fuzz_//')
	if [ -n "$only" ]; then
		case " $only " in *" $name "*) ;; *) continue ;; esac
	fi
	names="$names $name"
	run_target "$t" "$name" &
	n=$((n + 1))
	if [ $n -ge "$jobs" ]; then
		wait
		n=0
	fi
done
wait
status=0
for name in $names; do
	cat "$logs/$name"
	grep -q FAILED "$logs/$name" && status=1
done
exit $status
