#!/bin/sh
# tl-merge gives the same bytes whatever the order of its input records: the
# first 4,000 Reuters documents (when ../shared is there) merged as they come,
# reversed and interleaved (odd lines, then even: what --jobs 2 gives it).
# (A participant overlap counted from the first mention's side once made the
# order matter, and `timeline --jobs 2` differ from --jobs 1 on Reuters.)
set -eu
bin=${TL_BIN:?}
for p in tl-normalize tl-dates tl-events tl-merge; do
	[ -x "$bin/$p" ] || { echo "$p not built"; exit 77; }
done
news=${TL_SHARED:-../shared}/data/news/reuters21578.jsonl
[ -f "$news" ] || { echo "no $news"; exit 77; }
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
head -4000 "$news" | "$bin/tl-normalize" | "$bin/tl-dates" | "$bin/tl-events" >"$t/ev"
"$bin/tl-merge" "$t/ev" >"$t/a"
awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }' "$t/ev" | "$bin/tl-merge" >"$t/b"
{ awk 'NR % 2 == 1' "$t/ev"; awk 'NR % 2 == 0' "$t/ev"; } | "$bin/tl-merge" >"$t/c"
cmp "$t/a" "$t/b" || { echo "reversed input: another timeline"; exit 1; }
cmp "$t/a" "$t/c" || { echo "interleaved input: another timeline"; exit 1; }
