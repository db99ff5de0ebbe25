#!/bin/sh
# Run every libFuzzer target in BUILD for SECONDS each, from seed corpora made
# from the tests and examples; a crash, leak or sanitizer report fails the run
# and leaves the input in fuzz/crash-<target>-*.  Prints each target's count.
set -u
build=${1:-build/fuzz}
secs=${2:-60}
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
status=0
for t in "$build"/fuzz_*; do
	[ -x "$t" ] || continue
	name=$(basename "$t" | sed 's/^fuzz_//')
	corpus="fuzz/corpus-$name"
	mkdir -p "$corpus"
	seeds="fuzz/seeds/$name"
	set -- "$corpus"
	[ -d "$seeds" ] && set -- "$@" "$seeds"
	# the tests' inputs are seeds for every target
	for d in tests/golden/*/ examples; do
		[ -d "$d" ] && set -- "$@" "$d"
	done
	log=$(mktemp)
	"$t" -max_total_time="$secs" -rss_limit_mb=4096 -timeout=10 -max_len=65536 \
		-artifact_prefix="fuzz/crash-$name-" -print_final_stats=1 "$@" >"$log" 2>&1
	rc=$?
	runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' | tail -1)
	if [ $rc -ne 0 ]; then
		status=1
		echo "fuzz: $name: FAILED (exit $rc); see fuzz/crash-$name-*"
		grep -E 'ERROR|SUMMARY|==[0-9]+==' "$log" | head -5
	else
		echo "fuzz: $name: ${runs:-?} runs in ${secs}s, no crash"
	fi
	rm -f "$log"
done
exit $status
