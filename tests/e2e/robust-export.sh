#!/bin/sh
# Bad timelines against tl-export, every format: not JSON, JSON that is not a
# timeline, entries and dates of the wrong types, invalid UTF-8, NUL bytes,
# deep nesting, a huge timeline, text that is markup.
# Each gets a clear message naming tl-export and the file (exit 1) or a
# correct export (exit 0); never a signal, a hang or a sanitizer report.
# Then records as TimeML (--format timeml) with bad records and --keep-going.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
p=tl-export
[ -x "$TL_BIN/$p" ] || { echo "tl-export not built yet"; exit 77; }

E='{"id":"n1","date":{"value":"2024-04-26","range":["2024-04-26","2024-04-27"],"granularity":"day"},"headline":"Council votes","text":"The council voted.","participants":["Ann Lee"],"sources":[{"doc":"d1","event":"e1","sentence":0}],"confidence":0.8}'
D='"documents":[{"id":"d1","title":"T","dct":"2024-04-27"}]'
cat >"$rb_tmp/cases" <<EOF
good|0|{"title":"T",$D,"entries":[$E]}
empty-timeline|0 1|{"title":"T","documents":[],"entries":[]}
not-json|1|this is not JSON
truncated|1|{"title":"T",$D,"entries":[$E
array|1|[1,2,3]
string|1|"a timeline"
records|1|{"id":"d1","text":"x"}\n{"id":"d2","text":"y"}
entries-string|0 1|{"title":"T",$D,"entries":"none"}
entries-junk|0 1|{"title":"T",$D,"entries":[1,null,"x",[],{}]}
date-junk|0 1|{"title":"T",$D,"entries":[{"id":"n1","date":7,"headline":3,"text":null,"participants":"x","sources":5}]}
range-junk|0 1|{"title":"T",$D,"entries":[{"id":"n1","date":{"value":"2024","range":["9999-99-99",7],"granularity":"eon"},"headline":"H"}]}
range-reversed|0 1|{"title":"T",$D,"entries":[{"id":"n1","date":{"value":"2024","range":["2025-01-01","2024-01-01"],"granularity":"year"},"headline":"H"}]}
documents-junk|0 1|{"title":7,"documents":[1,{"id":5,"dct":[]}],"entries":[$E]}
invalid-utf8|1|{"title":"caf\\351",$D,"entries":[$E]}
nul-raw|1|{"title":"a\\000b",$D,"entries":[$E]}
nul-escaped|0 1|{"title":"a\\\\u0000b",$D,"entries":[$E]}
markup|0|{"title":"<script>alert(1)</script>",$D,"entries":[{"id":"n1","date":{"value":"2024-04-26","range":["2024-04-26","2024-04-27"],"granularity":"day"},"headline":"=HYPERLINK(\\"x\\") </td><script>x</script> \\\\n BEGIN:VEVENT","text":"a,b;c\\\\nd","participants":["\\"q\\""],"sources":[]}]}
EOF
deep=$(printf '%*s' 100000 '' | tr ' ' '[')
printf 'deep|1|{"title":%s}\n' "$deep" >>"$rb_tmp/cases"
for fmt in timelinejs vis html csv ics mermaid; do
	while IFS='|' read -r name allowed text; do
		f=$rb_tmp/$name.json
		printf "$text\n" >"$f"
		rb_run "$name (--format $fmt)" "$allowed" - "$p" --format "$fmt" "$f" || continue
		if [ "$rb_rc" -eq 1 ]; then
			rb_expect_err "$name (--format $fmt)" "$p" "$f"
		fi
	done <"$rb_tmp/cases"
	# markup stays text: no live <script> in the HTML page (a CSV cell that
	# starts with "=" stays a formula for spreadsheets: docs/ROBUSTNESS.md)
	printf "$(grep '^markup|' "$rb_tmp/cases" | cut -d'|' -f3)\n" >"$rb_tmp/m.json"
	rb_run "markup (--format $fmt)" 0 - "$p" --format "$fmt" "$rb_tmp/m.json" || continue
	case $fmt in
	html) grep -q '<script>alert(1)</script>' "$rb_out" && rb_fail "$p: html: title markup not escaped" ;;
	esac
done

# a big timeline: 200,000 entries, in bounded time
awk 'BEGIN { printf "{\"title\":\"T\",\"documents\":[{\"id\":\"d1\",\"title\":\"T\",\"dct\":\"2024-04-27\"}],\"entries\":["; for (i = 0; i < 200000; i++) printf "%s{\"id\":\"n%d\",\"date\":{\"value\":\"2024-04-26\",\"range\":[\"2024-04-26\",\"2024-04-27\"],\"granularity\":\"day\"},\"headline\":\"Council votes %d\",\"text\":\"The council voted.\",\"participants\":[],\"sources\":[{\"doc\":\"d1\",\"event\":\"e%d\",\"sentence\":0}],\"confidence\":0.8}", (i ? "," : ""), i, i, i; printf "]}\n" }' >"$rb_tmp/big.json"
for fmt in timelinejs csv; do
	RB_TIMEOUT=60 rb_run "200,000 entries (--format $fmt)" 0 - "$p" --format "$fmt" "$rb_tmp/big.json"
done
# over --max-size
rb_run "timeline over --max-size" 1 - "$p" --format csv --max-size 100000 "$rb_tmp/big.json" &&
	rb_expect_err "timeline over --max-size" "$p" ".*big.json.*limit"

# records as TimeML: a bad record between good ones, --keep-going
rb_good_records "$rb_tmp/good" good1 good2
[ -x "$TL_BIN/tl-dates" ] && "$TL_BIN/tl-dates" "$rb_tmp/good" >"$rb_tmp/good.d" 2>/dev/null && mv "$rb_tmp/good.d" "$rb_tmp/good"
{ head -1 "$rb_tmp/good"; printf '{"id":"bad","text":"x","timexes":[{"start":5,"end":1}]}\n[1]\n'; tail -1 "$rb_tmp/good"; } >"$rb_tmp/recs.jsonl"
mkdir "$rb_tmp/tml"
rb_run "timeml, bad records, --keep-going" "0 1" - "$p" --format timeml -k --dir "$rb_tmp/tml" "$rb_tmp/recs.jsonl" &&
	{ [ -s "$rb_tmp/tml/good1.tml" ] && [ -s "$rb_tmp/tml/good2.tml" ] ||
		rb_fail "$p: timeml: good records lost: $(ls "$rb_tmp/tml")"; }
[ "$rb_rc" -eq 1 ] && rb_expect_err "timeml, bad records" "$p" ".*recs.jsonl:3: "
rb_finish
