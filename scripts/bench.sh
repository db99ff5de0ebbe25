#!/bin/sh
# Throughput of the stage programs: MB/s of input and peak memory (RSS), from
# /usr/bin/time -v, on ../shared/data/news/reuters21578.jsonl (or FILE).
#
#   scripts/bench.sh [FILE]        (TL_BIN: the programs' folder, default bin;
#                                   TL_BENCH_RUNS: runs per stage, default 3)
#
# One line per stage below: "name|command reading $in".  Add a stage by
# adding a line.  A stage whose program is not built is skipped.  Each stage
# runs TL_BENCH_RUNS times; the best time is reported.
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
printf '%-12s %10s %10s %12s\n' stage MB/s seconds "peak RSS MB"
echo "$stages" | while IFS='|' read -r name cmd; do
	[ -n "$name" ] || continue
	[ -x "$bin/$name" ] || { printf '%-12s skipped (not built)\n' "$name"; continue; }
	best=""
	rss=0
	i=0
	while [ "$i" -lt "$runs" ]; do
		i=$((i + 1))
		eval "/usr/bin/time -v $cmd" >/dev/null 2>"$tmp/time" || { echo "bench: $name failed"; cat "$tmp/time"; exit 1; }
		s=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); t=0; for(k=1;k<=n;k++) t=t*60+a[k]; print t}' "$tmp/time")
		r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time")
		[ "$r" -gt "$rss" ] && rss=$r
		if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
	done
	awk -v n="$name" -v b="$bytes" -v s="$best" -v r="$rss" \
		'BEGIN{ if (s <= 0) s = 0.001; printf "%-12s %10.1f %10.2f %12.1f\n", n, b/s/1e6, s, r/1024 }'
done
