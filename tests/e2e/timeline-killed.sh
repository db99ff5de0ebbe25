#!/bin/sh
# A driver killed outright (SIGKILL, as `timeout -s KILL` or the OOM killer
# do) cannot clean up after itself: its stages end with it (the kernel sends
# them SIGTERM), and the next run in the same output folder removes the
# private folder it left.  A folder of a run still going is left alone.
set -eu
bin=$TL_BIN
case $bin in /*) ;; *) bin=$(pwd)/$bin ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# about 6 MB of news: many seconds of work, killed after one
i=0
para='The council met on Monday, April 22, 2024, and voted to raise the budget by 4 percent. The mayor said on Tuesday that the new bridge would open next spring.'
while [ $i -lt 3000 ]; do
	printf '{"id":"k%d","text":"%s %s %s %s %s"}\n' $i "$para" "$para" "$para" "$para" "$para"
	i=$((i + 1))
done > "$tmp/kin.jsonl"
mkdir "$tmp/out"

"$bin/timeline" -q -j 2 -d "$tmp/out" "$tmp/kin.jsonl" 2>/dev/null &
pid=$!
sleep 1
kill -KILL $pid
wait $pid 2>/dev/null || true
# the stages see their driver gone and stop (pgrep -f skips zombies: no cmdline)
n=0
while pgrep -f "$tmp/kin" >/dev/null && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
if pgrep -fa "$tmp/kin"; then echo "stages outlived their driver"; exit 1; fi
ls -A "$tmp/out" | grep -q '^\.timeline-' || { echo "expected a left-over folder"; ls -A "$tmp/out"; exit 1; }

# a live run's folder: locked, so kept; a look-alike without a lock is not ours
mkdir "$tmp/out/.timeline-noLock" "$tmp/out/.timeline-live01"
: > "$tmp/out/.timeline-live01/lock"
flock "$tmp/out/.timeline-live01/lock" sleep 30 &
holder=$!
sleep 0.2
printf '{"id":"a","text":"On Monday the council met."}\n' > "$tmp/small.jsonl"
"$bin/timeline" -q -j 1 -d "$tmp/out" "$tmp/small.jsonl"
test -s "$tmp/out/small.timeline.json"
left=$(ls -A "$tmp/out" | grep '^\.timeline-' || true)
kill $holder
test "$left" = "$(printf '.timeline-live01\n.timeline-noLock')" || { echo "left: $left"; exit 1; }
echo ok
