#!/bin/sh
# Throughput of the stage programs: MB/s of input and peak memory (RSS), from
# /usr/bin/time -v, on ../shared/data/news/reuters21578.jsonl (or FILE).
#
#   scripts/bench.sh [FILE]        (TL_BIN: the programs' folder, default bin;
#                                   TL_BENCH_RUNS: runs per stage, default 3)
#
# One line per stage below: "name|command reading $in".  Add a stage by
# adding a line.  A stage whose program is not built is skipped.  Each stage
# runs TL_BENCH_RUNS times; the best run is reported, as MB/s of wall-clock
# time and MB/s of CPU time (user + system: the per-core figure, which other
# jobs on a shared machine do not distort).
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${TL_BIN:-$top/bin}
in=${1:-${TL_SHARED:-$top/../shared}/data/news/reuters21578.jsonl}
runs=${TL_BENCH_RUNS:-3}
[ -f "$in" ] || { echo "bench: skipped: no $in"; exit 77; }
[ -x /usr/bin/time ] || { echo "bench: skipped: no /usr/bin/time"; exit 77; }
stages='
tl-dates|"$bin/tl-dates" --dct 1987-03-01 "$in"
'
bytes=$(wc -c <"$in")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-12s %10s %12s %10s %12s\n' stage "MB/s wall" "MB/s CPU" "CPU s" "peak RSS MB"
echo "$stages" | while IFS='|' read -r name cmd; do
	[ -n "$name" ] || continue
	[ -x "$bin/$name" ] || { printf '%-12s skipped (not built)\n' "$name"; continue; }
	best=""
	cpu=""
	rss=0
	i=0
	while [ "$i" -lt "$runs" ]; do
		i=$((i + 1))
		eval "/usr/bin/time -v $cmd" >/dev/null 2>"$tmp/time" || { echo "bench: $name failed"; cat "$tmp/time"; exit 1; }
		s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); t=0; for(k=1;k<=n;k++) t=t*60+a[k]; print t}' "$tmp/time")
		c=$(awk -F': ' '/User time|System time/ {t += $2} END {print t}' "$tmp/time")
		r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
		[ "$r" -gt "$rss" ] && rss=$r
		if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
		if [ -z "$cpu" ] || awk "BEGIN{exit !($c < $cpu)}"; then cpu=$c; fi
	done
	awk -v n="$name" -v b="$bytes" -v s="$best" -v c="$cpu" -v r="$rss" \
		'BEGIN{ if (s <= 0) s = 0.001; if (c <= 0) c = 0.001;
		        printf "%-12s %10.1f %12.1f %10.2f %12.1f\n", n, b/s/1e6, b/c/1e6, c, r/1024 }'
done
