#!/bin/sh
# The title of merged timelines does not depend on their order: of several
# titled inputs the least title (byte order) wins, and an untitled shard
# (written with the default "Timeline") does not override a real title.
set -eu
bin=${TL_BIN:?}
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
fx=tests/fixtures
sed -n 1p $fx/acme.jsonl | "$bin/tl-merge" --title "Zebra crossing" >"$t/z"
sed -n 2p $fx/acme.jsonl | "$bin/tl-merge" --title "Acme and Beta" >"$t/a"
sed -n 1p $fx/seed.jsonl | "$bin/tl-merge" >"$t/u"
"$bin/tl-merge" "$t/z" "$t/a" "$t/u" >"$t/zau"
"$bin/tl-merge" "$t/u" "$t/a" "$t/z" >"$t/uaz"
"$bin/tl-merge" "$t/a" "$t/z" >"$t/az"
cmp "$t/zau" "$t/uaz" || { echo "the merged timeline depends on the order of its inputs"; exit 1; }
head -1 "$t/zau" | grep -q '^{"title":"Acme and Beta",' || { echo "wrong title: $(head -1 "$t/zau")"; exit 1; }
"$bin/tl-merge" "$t/z" "$t/u" | head -1 | grep -q '^{"title":"Zebra crossing",' ||
	{ echo "an untitled shard overrode the title"; exit 1; }
"$bin/tl-merge" "$t/u" | head -1 | grep -q '^{"title":"Timeline",' || { echo "the default title is lost"; exit 1; }
echo ok
