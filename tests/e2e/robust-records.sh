#!/bin/sh
# Bad records against every stage that reads JSON Lines (tl-normalize
# --format jsonl, tl-dates, tl-tag, tl-events, tl-merge, those built): each bad
# line sits between two good records.  With --keep-going the bad line is
# reported as "prog: FILE:2: reason" (or, for a field the stage may ignore or
# mend, accepted), both good records still come out, and the exit status is 1
# when a line was skipped; without it the stage stops with the same message.
# Every run: no signal, no hang over 10 s, no sanitizer report.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"

stages="$(rb_doc_stages) $(rb_record_stages) $(rb_merge_stages)"
[ -n "$(echo $stages)" ] || { echo "no record stage built yet"; exit 77; }

# bad lines: NAME, the statuses allowed with --keep-going, the line (printf
# format, so \377 is one byte).  "1": the line must be refused.
# "0 1": the stage may accept it (a field it does not read, or can mend).
T='"text":"The council met on Monday and voted."'
cat >"$rb_tmp/cases" <<EOF
invalid-utf8|1|{"id":"bad",$T,"title":"caf\\351"}
invalid-utf8-lead|1|{"id":"bad","text":"\\300\\257 \\355\\240\\200"}
broken-json|1|{"id":"bad",$T
broken-json-key|1|{"id":"bad",text:"x"}
trailing-garbage|1|{"id":"bad",$T} x
two-objects|1|{"id":"bad",$T}{"id":"bad2",$T}
not-object-array|1|[1,2,3]
not-object-string|1|"just a string"
not-object-number|1|42
not-object-null|1|null
text-number|0 1|{"id":"bad","text":42}
text-null|0 1|{"id":"bad","text":null}
text-object|0 1|{"id":"bad","text":{"a":1}}
no-text|0 1|{"id":"bad"}
id-number|0 1|{"id":17,$T}
dct-number|0 1|{"id":"bad",$T,"dct":20240427}
dct-bad-date|0 1|{"id":"bad",$T,"dct":"2024-13-45"}
timexes-string|0 1|{"id":"bad",$T,"timexes":"t1"}
timexes-junk|0 1|{"id":"bad",$T,"timexes":[1,"a",null,{},{"start":-5,"end":999999,"value":7}]}
events-null|0 1|{"id":"bad",$T,"events":null}
events-junk|0 1|{"id":"bad",$T,"events":[{"trigger":{"start":999999,"end":-1},"time":"t9"},3]}
sentences-string|0 1|{"id":"bad",$T,"sentences":"x","paragraphs":7}
sentences-out-of-range|0 1|{"id":"bad",$T,"sentences":[[30,2],[0,999999],[-4,3]],"paragraphs":[[0,99999999999]]}
nul-raw|1|{"id":"bad","text":"a\\000b"}
nul-escaped|0 1|{"id":"bad","text":"a\\\\u0000b"}
lone-surrogate|0 1|{"id":"bad","text":"a\\\\ud800b"}
huge-number|0 1|{"id":"bad",$T,"n":1e999,"m":123456789012345678901234567890}
duplicate-keys|0 1|{"id":"bad","text":"one","text":2}
binary-junk|1|\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\003\\000>\\000\\001\\000\\000\\000\\220\\033\\000
control-chars|0 1|{"id":"bad","text":"a\\001b\\033[31mc"}
bom|1|\\357\\273\\277{"id":"bad",$T}
EOF
# deeply nested JSON, 100,000 levels: refused or accepted, never a stack overflow
deep_arrays=$(printf '%*s' 100000 '' | tr ' ' '[')
printf 'deep-arrays|0 1|{"id":"bad",%s,"x":%s}\n' "$T" "$deep_arrays" >>"$rb_tmp/cases"

for p in $stages; do
	opts=$(rb_opts "$p")
	if [ "$p" = tl-normalize ]; then
		rb_good_records "$rb_tmp/good" good1 good2
		cp "$rb_tmp/good.src" "$rb_tmp/good" 2>/dev/null
	else
		rb_records_for "$p" "$rb_tmp/good" good1 good2
	fi
	rm -f "$rb_tmp/good.src"
	[ "$(wc -l <"$rb_tmp/good")" -eq 2 ] || { rb_fail "$p: could not make good records"; continue; }
	# the good records alone pass
	rb_run "good records" 0 "$rb_tmp/good" "$p" $opts || continue
	while IFS='|' read -r name allowed line; do
		f=$rb_tmp/$name.jsonl
		{ head -1 "$rb_tmp/good"; printf "$line\n"; tail -1 "$rb_tmp/good"; } >"$f"
		rb_run "$name, --keep-going" "$allowed" - "$p" $opts --keep-going "$f" || continue
		rb_has_ids "$name, --keep-going" "$p" good1 good2 || continue
		if [ "$rb_rc" -eq 1 ]; then
			rb_expect_err "$name, --keep-going" "$p" "$f:2: " || continue
			[ "$(grep -c . "$rb_err")" -eq 1 ] ||
				rb_fail "$p: $name: more than one line of message: $(cat "$rb_err")"
		fi
		# without --keep-going: the same answer, and a refused line stops the run
		rb_run "$name" "$allowed" - "$p" $opts "$f" || continue
		[ "$rb_rc" -eq 1 ] && rb_expect_err "$name" "$p" "$f:2: "
	done <"$rb_tmp/cases"
	# every bad line in one stream: each reported once, with its line, the
	# good ones all out
	f=$rb_tmp/all.jsonl
	: >"$f"
	n=0
	while IFS='|' read -r name allowed line; do
		printf "$line\n" >>"$f"
	done <"$rb_tmp/cases"
	cat "$rb_tmp/good" >>"$f"
	rb_run "all bad lines, --keep-going" 1 - "$p" $opts -k "$f" &&
		rb_has_ids "all bad lines" "$p" good1 good2
done
rb_finish
