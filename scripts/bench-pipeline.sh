#!/bin/sh
# The whole pipeline's figures (docs/PERFORMANCE.md):
#  1. per stage, each on its real input (the previous stage's output for FILE):
#     CPU seconds, MB/s of source text per core, documents/s, peak RSS;
#  2. timeline --jobs 1 against --jobs 2: wall time, speed-up, same bytes;
#  3. a generated stream of STREAM_MB megabytes (default 1024: FILE repeated
#     with fresh ids, made on the fly into the pipe, never stored) through
#     normalize | dates | events | merge: MB/s (of source text) per core and
#     peak RSS per stage.
#
#   scripts/bench-pipeline.sh [FILE]   (default ../shared/data/news/reuters21578.jsonl)
#   STREAM_MB=200 scripts/bench-pipeline.sh      (a shorter stream)
#   STREAM_ONLY=1 STREAM_MB=200 scripts/bench-pipeline.sh   (only the stream)
#   STREAM_KEEP=FILE ...   (keep the stream's timeline in FILE, and time
#                           tl-export on it in every format)
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
bin=${TL_BIN:-$top/bin}
in=${1:-${TL_SHARED:-$top/../shared}/data/news/reuters21578.jsonl}
stream_mb=${STREAM_MB:-1024}
[ -f "$in" ] || { echo "bench-pipeline: skipped: no $in"; exit 77; }
[ -x /usr/bin/time ] || { echo "bench-pipeline: skipped: no /usr/bin/time"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bytes=$(wc -c <"$in")
docs=$(grep -c . "$in")
mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
echo "input: $in ($mb MB, $docs documents); machine: $(nproc) cores, $(uname -m)"

# cpu FILE: user + system seconds; rss FILE: peak RSS in MB
cpu() { awk -F': ' '/User time|System time/ {t += $2} END {printf "%.2f", t}' "$1"; }
rss() { awk -F': ' '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$1"; }
wall() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, a, ":"); t = 0; for (k = 1; k <= n; k++) t = t * 60 + a[k]; printf "%.2f", t}' "$1"; }

if [ -z "${STREAM_ONLY:-}" ]; then
echo
printf '%-14s %8s %12s %10s %12s\n' stage "CPU s" "MB/s/core" "docs/s" "peak RSS MB"
prev="$in"
total=0
for st in normalize dates events merge; do
	[ -x "$bin/tl-$st" ] || { printf '%-14s not built\n' "tl-$st"; continue; }
	args=""
	[ "$st" = normalize ] && args="--format jsonl"
	/usr/bin/time -v -o "$tmp/t.$st" "$bin/tl-$st" $args "$prev" >"$tmp/out.$st"
	c=$(cpu "$tmp/t.$st")
	total=$(awk -v a="$total" -v b="$c" 'BEGIN {print a + b}')
	printf '%-14s %8s %12s %10s %12s\n' "tl-$st" "$c" \
		"$(awk -v b="$bytes" -v c="$c" 'BEGIN {printf "%.1f", (c > 0 ? b / 1e6 / c : 0)}')" \
		"$(awk -v d="$docs" -v c="$c" 'BEGIN {printf "%.0f", (c > 0 ? d / c : 0)}')" "$(rss "$tmp/t.$st")"
	prev="$tmp/out.$st"
done
printf '%-14s %8s %12s\n' "all stages" "$total" \
	"$(awk -v b="$bytes" -v c="$total" 'BEGIN {printf "%.1f", (c > 0 ? b / 1e6 / c : 0)}')"

if [ -x "$bin/timeline" ]; then
	echo
	for j in 1 2; do
		/usr/bin/time -v -o "$tmp/tj$j" "$bin/timeline" -q --jobs $j --exports "" \
			-d "$tmp/o$j" --name bench "$in" 2>"$tmp/err$j" || { cat "$tmp/err$j"; exit 1; }
		printf 'timeline --jobs %s: %s s wall, %s s CPU\n' $j "$(wall "$tmp/tj$j")" "$(cpu "$tmp/tj$j")"
	done
	if cmp -s "$tmp/o1/bench.timeline.json" "$tmp/o2/bench.timeline.json"; then same=yes; else same=NO; fi
	printf 'speed-up of --jobs 2: %s (timelines identical: %s)\n' \
		"$(awk -v a="$(wall "$tmp/tj1")" -v b="$(wall "$tmp/tj2")" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')" "$same"
	# What two cores give this machine's heaviest stage: tl-events on each half
	# of its input alone, then on both halves at once.  Where the cores share a
	# cache or an execution unit (virtual CPUs on one physical core), each
	# runs slower beside the other, and no number of pipelines beats that.
	if [ -f "$tmp/out.dates" ] && [ -x "$bin/tl-events" ]; then
		split -n l/2 "$tmp/out.dates" "$tmp/half."
		/usr/bin/time -v -o "$tmp/ha" "$bin/tl-events" "$tmp/half.aa" >/dev/null
		/usr/bin/time -v -o "$tmp/hb" "$bin/tl-events" "$tmp/half.ab" >/dev/null
		/usr/bin/time -v -o "$tmp/pa" "$bin/tl-events" "$tmp/half.aa" >/dev/null &
		/usr/bin/time -v -o "$tmp/pb" "$bin/tl-events" "$tmp/half.ab" >/dev/null
		wait
		awk -v a="$(wall "$tmp/ha")" -v b="$(wall "$tmp/hb")" -v pa="$(wall "$tmp/pa")" \
			-v pb="$(wall "$tmp/pb")" 'BEGIN {
			p = (pa > pb ? pa : pb)
			printf "tl-events on two halves: %.2f + %.2f s one after the other, %.2f s at once: ", a, b, p
			printf "two cores give it %.2fx here\n", (p > 0 ? (a + b) / p : 0) }'
		rm -f "$tmp/half.aa" "$tmp/half.ab"
	fi
fi
fi # STREAM_ONLY

echo
# The stream: copies of FILE made on the fly into the pipe (never stored), each
# copy's ids suffixed "~<copy>" so that every document is a new one, through
# every stage including tl-merge.  STREAM_STAGES=3 stops after tl-events.
n=$(( (stream_mb * 1000000 + bytes - 1) / bytes ))
total_mb=$(awk -v n="$n" -v b="$bytes" 'BEGIN {printf "%.0f", n * b / 1e6}')
nst=${STREAM_STAGES:-4}
echo "stream: $n copies of the input with unique ids ($total_mb MB, $((n * docs)) documents), generated on the fly"
gen() {
	i=0
	while [ $i -lt $n ]; do
		sed "s/^{\"id\": *\"\([^\"]*\)\"/{\"id\":\"\1~$i\"/" "$in"
		i=$((i + 1))
	done
}
if [ "$nst" -ge 4 ]; then
	gen | /usr/bin/time -v -o "$tmp/s1" "$bin/tl-normalize" --format jsonl |
		/usr/bin/time -v -o "$tmp/s2" "$bin/tl-dates" |
		/usr/bin/time -v -o "$tmp/s3" "$bin/tl-events" |
		/usr/bin/time -v -o "$tmp/s4" "$bin/tl-merge" >"${STREAM_KEEP:-/dev/null}"
else
	gen | /usr/bin/time -v -o "$tmp/s1" "$bin/tl-normalize" --format jsonl |
		/usr/bin/time -v -o "$tmp/s2" "$bin/tl-dates" |
		/usr/bin/time -v -o "$tmp/s3" "$bin/tl-events" >/dev/null
fi
printf '%-14s %8s %12s %12s\n' stage "CPU s" "MB/s/core" "peak RSS MB"
for k in 1 2 3 4; do
	[ "$k" -le "$nst" ] || break
	set -- normalize dates events merge
	eval "name=\${$k}"
	printf '%-14s %8s %12s %12s\n' "tl-$name" "$(cpu "$tmp/s$k")" \
		"$(awk -v b="$((n * bytes))" -v c="$(cpu "$tmp/s$k")" 'BEGIN {printf "%.1f", (c > 0 ? b / 1e6 / c : 0)}')" \
		"$(rss "$tmp/s$k")"
done
if [ -n "${STREAM_KEEP:-}" ] && [ "$nst" -ge 4 ] && [ -x "$bin/tl-export" ]; then
	echo
	printf 'tl-export on the stream'"'"'s timeline (%s MB)\n' "$(awk -v b="$(wc -c <"$STREAM_KEEP")" 'BEGIN {printf "%.0f", b / 1e6}')"
	printf '%-14s %8s %12s\n' format "CPU s" "peak RSS MB"
	for f in timelinejs vis html csv ics mermaid; do
		/usr/bin/time -v -o "$tmp/x.$f" "$bin/tl-export" --format $f \
			--max-size "$(wc -c <"$STREAM_KEEP")" "$STREAM_KEEP" >/dev/null
		printf '%-14s %8s %12s\n' "$f" "$(cpu "$tmp/x.$f")" "$(rss "$tmp/x.$f")"
	done
fi
