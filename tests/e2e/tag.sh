#!/bin/sh
# tl-tag end to end: the seed article's names (when ../shared is present),
# atomic -o, and linear time on a 10,000- and a 100,000-token sentence.
set -u
bin=${TL_BIN:-bin}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# -o writes the file whole, and nothing on failure
printf 'Angela Merkel visited Paris.\n' >"$tmp/in.txt"
"$bin/tl-tag" -o "$tmp/out.conllu" "$tmp/in.txt" || { echo "tl-tag -o failed"; fail=1; }
grep -q 'Entity=B-PERSON' "$tmp/out.conllu" || { echo "no PERSON in -o output"; fail=1; }
"$bin/tl-tag" -o "$tmp/none.conllu" "$tmp/missing.txt" 2>/dev/null && { echo "missing input succeeded"; fail=1; }
[ -e "$tmp/none.conllu" ] && { echo "-o written on failure"; fail=1; }

# linear time: ten times the tokens must not take much more than ten times as long
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "Word%d and ", i % 50; print "." }' >"$tmp/s10k.txt"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "Word%d and ", i % 50; print "." }' >"$tmp/s100k.txt"
t0=$(date +%s%N)
"$bin/tl-tag" "$tmp/s10k.txt" >/dev/null || { echo "10k sentence failed"; fail=1; }
t1=$(date +%s%N)
"$bin/tl-tag" "$tmp/s100k.txt" >/dev/null || { echo "100k sentence failed"; fail=1; }
t2=$(date +%s%N)
small=$(( (t1 - t0) / 1000000 + 20 )) big=$(( (t2 - t1) / 1000000 ))
if [ "$big" -gt $((small * 30)) ]; then
	echo "not linear: 10k tokens ${small} ms, 100k tokens ${big} ms"; fail=1
fi

# the seed article: every person, country and organisation, typed right
seed=../shared/seed/article.txt
if [ -f "$seed" ]; then
	"$bin/tl-tag" -f record "$seed" >"$tmp/seed.jsonl" || { echo "seed failed"; fail=1; }
	for want in 'PERSON Antony Blinken' 'PERSON Joe Biden' 'PERSON Xi Jinping' 'PERSON Wang Yi' \
	            'ORGANIZATION Bloomberg' 'ORGANIZATION CNN' 'ORGANIZATION EU' \
	            'ORGANIZATION Reuters' 'LOCATION China' 'LOCATION Russia' 'LOCATION US' \
	            'LOCATION Ukraine'; do
		type=${want%% *} name=${want#* }
		grep -q "\"text\":\"$name\",\"type\":\"$type\"" "$tmp/seed.jsonl" ||
			{ echo "seed article: no $type $name"; fail=1; }
	done
	grep -q '"text":"Antony Blinken","type":"PERSON","start":[0-9]*,"end":[0-9]*,"role":"US Secretary of State"' \
		"$tmp/seed.jsonl" || { echo "seed article: no role for Antony Blinken"; fail=1; }
fi
exit $fail
