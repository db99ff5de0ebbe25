#!/bin/sh
# The eighteenth battery's hostile inputs that found bugs, kept as
# regression checks, with a few of the neighbours that passed.  Each case
# runs under `timeout 10`.
#
# - tl-eval-tokens: a word line's ID was read with atoi and used as an index
#   into the sentence's words unchecked: a multiword token's range past the
#   words ("1-99999999999", "1-3" over two words) or an ID of "-5" died of
#   SIGSEGV, "1-2147483647" wrote GLib-CRITICAL lines, an ID out of order
#   ("2" first) was scored as another word.  "FILE:N: bad word id 'X'
#   (want 1, or a range 1-N)", or "the range 1-3 of 'ab' passes the
#   sentence's 2 words", exit 1.  Its messages named standard input "-".
# - tl-eval-tokens: a document's sentence ends were looked up in its lists
#   of ends one by one: a treebank of 80,000 paragraphs without "# newdoc"
#   (one document) took 2.9 s, 20,000 0.2 s (quadratic); now 0.13 s.
# - timeline: pipeline.conf's [normalize] id= (tl-normalize's --id, which
#   names one document) on a folder of two documents with two jobs or more
#   (the default on two cores): each pipeline's tl-normalize read one file,
#   so both got the id, tl-merge took them for one document and dropped
#   the second's events (an event id seen twice), exit 0.  With one job the
#   run failed in tl-normalize.  A usage error now, before anything runs.
# - tl-export --format timeml, tl-timeml (the kit's TimeML writer): a
#   record whose event crosses a timex (hand-edited offsets, another
#   tool's records) lost the timex without a word, exit 0, and kept the
#   TLINK to it (a relatedToTime no TIMEX3 has); an event left out kept its
#   MAKEINSTANCE; two timexes or events of one id were both written (one
#   XML ID twice).  Each is now left out with what refers to it, and a
#   warning names the file, line and count.
# - tl-merge: a timeline whose entry has no source ("sources": [], no
#   "sources", or not an array; edited by hand, or another program's, as
#   tl-export accepts them) or an entry that is no object lost that entry
#   without a word, exit 0 (a timeline of such entries only became an empty
#   one).  Refused now as a source without "doc" is: "FILE:N: entry K, no
#   sources ...", exit 1; with -k the other entries of tl-merge's layout go on.
# - timeline: -o naming another output of the run (-o out/in.csv beside the
#   CSV export, or with --keep-intermediate -o out/in.dates.jsonl, also
#   through a link to the folder or "out/../out/"): the one moved last
#   replaced the other, the timeline (or the stage's records) lost without
#   a word, exit 0.  A usage error now, before anything runs.
# - tl-timeml -d DIR: a DIR/<id>.tml that is a symbolic link was replaced
#   by a file (tl-export -f timeml -d and every -o write through the link
#   and keep it), and a folder of that name said GLib's "Failed to rename
#   file “DIR/u.tml.ICCAZ3” ...": it writes through the kit's output now.
# - tl-events: one sentence of many dates before its only verb
#   ("WASHINGTON, April 1 (Reuters) - " again and again, then "it rained":
#   wire copy pasted together without its stops) was quadratic: the main
#   verb weighs every timex from the sentence's start, and each was
#   checked for a semicolon by walking the tokens between.  48,000 took
#   4.9 s, 96,000 27.5 s; now 0.2 s and 0.4 s.
# - tl-merge: a timeline whose entry has many sources and many
#   participants (edited, or another program's: each source takes the
#   entry's names for its own) walked every name for every source, though
#   a mention keeps the first 100: 10,000 sources and names 2.9 s, 50,000
#   over a minute; now 0.4 s and about 1.5 s.
# - timeline: an output that cannot be put in place (out/in.csv a folder,
#   -o in a folder that is not there, with --keep-intermediate) failed the
#   run after the others were moved: "out/in.csv: is a directory; nothing
#   written", exit 1, with the old timeline replaced and three exports (or
#   the stages' records) written; so did -o in a folder we may not write
#   (the stages' records moved first).  Refused now before anything runs.
# - tl-normalize: a JSON Lines record whose "id" is no string (17, null,
#   an object) or empty was passed on, and so by tl-dates and tl-events;
#   tl-merge refused it at the end: through `timeline` the whole run failed
#   there, "tl-merge: <stdin>:2: the record has no "id" string" (the
#   driver's pipe and its count, not the file and line).  tl-normalize
#   refuses it now: "FILE:N: "id" is not a string" / "is empty", exit 1;
#   with -k the others go on.
# - tl-normalize: a record with any "dct_source" (taken for one normalized
#   before) kept its "dct" unchecked: "", "1987-02-30", "x", or
#   "2024-04-27T10:00:00Z" went on and tl-dates refused the record ("bad
#   'dct'"), after the gate.  Such a dct is read as any record's now
#   (normalised, or a warning and the dateline); a normalized record's
#   null or date is kept, byte for byte as before.
# - tl-merge: a document record carrying a member of its own named
#   "entries" (another tool's field, which every stage passes on) was taken
#   for a timeline: its events were lost without a word, exit 0 (an empty
#   timeline), or "a timeline needs an "entries" array", exit 1.  A line
#   with a "text" is a record; a timeline has none.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

# ---- tl-eval-tokens: word ids, one long document -----------------------------------
if [ -x "$TL_BIN/tl-eval-tokens" ]; then
	R='\t_\t_\t_\t_\t_\t_\t_\t_'
	# rb_conllu LABEL STATUS PATTERN LINES: LINES (printf's format) as a
	# CoNLL-U file; PATTERN the message wanted when STATUS is 1
	rb_conllu() {
		printf "$4" >"$rb_tmp/w.conllu"
		rb_run "$1" "$2" - tl-eval-tokens "$rb_tmp/w.conllu" &&
			{ [ "$2" -eq 0 ] || rb_expect_err "$1" tl-eval-tokens ".*w.conllu:$3"; }
	}
	rb_conllu "a range past the words" 1 "2: bad word id '1-99999999999'" \
		"# text = The cat.\n1-99999999999\tThe$R\n1\tThe$R\n2\tcat$R\n3\t.$R\n\n"
	rb_conllu "a range of INT_MAX" 1 "2: the range 1-2147483647 of 'ab' passes the sentence's 2 words" \
		"# text = ab\n1-2147483647\tab$R\n1\ta$R\n2\tb$R\n\n"
	rb_conllu "a range one past, at the end" 1 "2: the range 1-3 " \
		"# text = ab\n1-3\tab$R\n1\ta$R\n2\tb$R"
	rb_conllu "a reversed range" 1 "2: bad word id '3-1'" \
		"# text = The cat.\n3-1\tThe$R\n1\tThe$R\n2\tcat$R\n3\t.$R\n\n"
	rb_conllu "a negative id" 1 "2: bad word id '-5'" "# text = ab\n-5\tab$R\n\n"
	rb_conllu "id 0" 1 "2: bad word id '0'" "# text = ab\n0\tab$R\n\n"
	rb_conllu "an id out of order" 1 "3: bad word id '3' \\(want 2" "# text = ab\n1\ta$R\n3\tb$R\n\n"
	# the neighbours: a range that spells its words, an empty node
	rb_conllu "a good range" 0 "" "# text = ab\n1-2\tab$R\n1\ta$R\n2\tb$R\n\n"
	rb_conllu "an empty node" 0 "" "# text = a b\n1\ta$R\n1.1\tx$R\n2\tb$R\n\n"
	printf "# text = ab\n-5\tab$R\n\n" >"$rb_tmp/w.conllu"
	rb_run "standard input" 1 "$rb_tmp/w.conllu" tl-eval-tokens &&
		rb_expect_err "standard input" tl-eval-tokens "<stdin>:2: bad word id"
	# one document of 80,000 paragraphs (CPU seconds: 2.9 before, 0.13 after)
	awk 'BEGIN { for (i = 0; i < 80000; i++) printf "# newpar\n# text = Go now.\n1\tGo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tnow\t_\t_\t_\t_\t_\t_\t_\t_\n3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n" }' >"$rb_tmp/paras.conllu"
	cpu=1
	case $TL_BIN in */asan/*) cpu=6 ;; esac
	(ulimit -S -t $cpu; timeout 10 "$TL_BIN/tl-eval-tokens" "$rb_tmp/paras.conllu" >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "80,000 paragraphs" 0 tl-eval-tokens &&
		{ grep -q 'tokens (surface) *gold *240000' "$rb_out" || rb_fail "tl-eval-tokens: 80,000 paragraphs: $(head -3 "$rb_out")"; }
fi

# ---- tl-events: many datelines before the sentence's verb --------------------------
if [ -x "$TL_BIN/tl-events" ] && [ -x "$TL_BIN/tl-dates" ]; then
	awk 'BEGIN { printf "{\"id\":\"w\",\"dct\":\"2024-04-27\",\"text\":\""
		for (i = 0; i < 48000; i++) printf "WASHINGTON, April 1 (Reuters) - "; printf "it rained.\"}\n" }' |
		"$TL_BIN/tl-dates" >"$rb_tmp/wire.jsonl" 2>/dev/null
	cpu=2
	case $TL_BIN in */asan/*) cpu=8 ;; esac
	# (CPU seconds: 4.9 before, 0.2 after)
	(ulimit -S -t $cpu; timeout 10 "$TL_BIN/tl-events" "$rb_tmp/wire.jsonl" >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "48,000 datelines before the verb" 0 tl-events &&
		rb_has_ids "48,000 datelines before the verb" tl-events w
fi

# ---- the TimeML writer: crossing spans, ids used twice ------------------------------
if [ -x "$TL_BIN/tl-export" ] && [ -x "$TL_BIN/tl-timeml" ]; then
	T='"id":"u","dct":"2024-04-27","text":"Caf\u00e9 met on Monday.","sentences":[[0,20]]'
	TX='{"id":"t1","start":13,"end":19,"text":"Monday","type":"DATE","value":"2024-04-22"}'
	EV='"class":"OCCURRENCE","tense":"PAST","polarity":"POS","time":"t1","relation":"IS_INCLUDED"'
	printf '{%s,"timexes":[%s],"events":[{"id":"e1","trigger":{"start":6,"end":15},%s}]}\n' "$T" "$TX" "$EV" >"$rb_tmp/cross.jsonl"
	printf '{%s,"timexes":[%s,%s],"events":[{"id":"e1","trigger":{"start":6,"end":9},%s},{"id":"e1","trigger":{"start":10,"end":12},%s}]}\n' \
		"$T" "$TX" "$TX" "$EV" "$EV" >"$rb_tmp/twice.jsonl"
	for c in cross twice; do
		n=1
		[ $c = twice ] && n=2
		rb_run "$c" 0 - tl-export -f timeml "$rb_tmp/$c.jsonl" &&
			rb_expect_err "$c" tl-export ".*$c.jsonl:1: warning: $n timexes or events left out" &&
			{ [ "$(grep -c '<MAKEINSTANCE' "$rb_out")" -eq 1 ] || rb_fail "tl-export: $c: $(grep -c '<MAKEINSTANCE' "$rb_out") MAKEINSTANCE"; } &&
			{ [ $c = twice ] || ! grep -q '<TLINK' "$rb_out" || rb_fail "tl-export: $c: a TLINK to the timex left out"; } &&
			{ [ $c = cross ] || [ "$(grep -o 'tid="t1"' "$rb_out" | wc -l)" -eq 1 ] || rb_fail "tl-export: $c: tid t1 twice"; }
		cp "$rb_out" "$rb_tmp/$c.tml"
		rm -rf "$rb_tmp/tml" && mkdir "$rb_tmp/tml"
		rb_run "$c" 0 - tl-timeml -d "$rb_tmp/tml" "$rb_tmp/$c.jsonl" &&
			rb_expect_err "$c" tl-timeml ".*$c.jsonl:1: warning: $n timexes or events left out" &&
			{ cmp -s "$rb_tmp/tml/u.tml" "$rb_tmp/$c.tml" || rb_fail "tl-timeml: $c: not tl-export's document"; }
	done
fi

# ---- tl-merge: timeline entries without sources ------------------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	S='"sources":[{"doc":"a","event":"e1","sentence":0,"date":{"value":"2024-04-22","range":["2024-04-22","2024-04-23"],"granularity":"day"}}]'
	D='"date":{"value":"2024-04-22","range":["2024-04-22","2024-04-23"],"granularity":"day"}'
	for c in '"sources":[]' '"sources":{}' 'none'; do
		src=$c
		[ "$c" = none ] && src='"x":1'
		printf '{"title":"T","documents":[{"id":"a","title":"x","dct":"2024-04-27"}],"entries":[{"id":"n1",%s,"headline":"met",%s}]}\n' "$D" "$src" >"$rb_tmp/nosrc.json"
		rb_run "an entry with $c" 1 - tl-merge "$rb_tmp/nosrc.json" &&
			rb_expect_err "an entry with $c" tl-merge ".*nosrc.json:1: entry 1, .*sources"
	done
	# in tl-merge's layout, with -k: the good entry kept, the bad one named
	{
		printf '{"title":"T","generated_by":"tl-merge 0.1.0",\n"documents":[\n{"id":"a","title":"x","dct":"2024-04-27"}],\n"entries":[\n'
		printf '{"id":"n1",%s,"headline":"met",%s},\n' "$D" "$S"
		printf '{"id":"n2",%s,"headline":"left","sources":[]}]}\n' "$D"
	} >"$rb_tmp/layout.json"
	rb_run "an entry without sources, -k" 1 - tl-merge -k "$rb_tmp/layout.json" &&
		rb_expect_err "an entry without sources, -k" tl-merge ".*layout.json:6: entry 2, no sources" &&
		{ grep -q '"headline":"met"' "$rb_out" || rb_fail "tl-merge: an entry without sources, -k: the good entry lost"; }
fi

# ---- tl-timeml -d: a link, a folder in the way -------------------------------------
if [ -x "$TL_BIN/tl-timeml" ]; then
	rm -rf "$rb_tmp/tml" && mkdir -p "$rb_tmp/tml"
	echo keep >"$rb_tmp/linked.tml"
	ln -s "$rb_tmp/linked.tml" "$rb_tmp/tml/u.tml"
	rb_run "DIR/u.tml a link" 0 - tl-timeml -d "$rb_tmp/tml" "$rb_tmp/cross.jsonl" &&
		{ [ -L "$rb_tmp/tml/u.tml" ] && grep -q '<TimeML' "$rb_tmp/linked.tml" || rb_fail "tl-timeml: DIR/u.tml a link: the link replaced"; }
	rm -f "$rb_tmp/tml/u.tml" && mkdir "$rb_tmp/tml/u.tml"
	rb_run "DIR/u.tml a folder" 1 - tl-timeml -d "$rb_tmp/tml" "$rb_tmp/cross.jsonl" &&
		rb_expect_err "DIR/u.tml a folder" tl-timeml ".*cross.jsonl:1: .*u.tml: is a directory"
fi

# ---- tl-merge: an entry of many sources and participants ---------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	awk 'BEGIN { n = 10000; printf "{\"title\":\"T\",\"documents\":[],\"entries\":[{\"id\":\"n1\",\"date\":{\"value\":\"2024-04-22\",\"range\":[\"2024-04-22\",\"2024-04-23\"],\"granularity\":\"day\"},\"headline\":\"h\",\"participants\":["
		for (i = 0; i < n; i++) printf "%s\"P%d\"", (i ? "," : ""), i
		printf "],\"sources\":["
		for (i = 0; i < n; i++) printf "%s{\"doc\":\"d%d\",\"event\":\"e1\",\"sentence\":0}", (i ? "," : ""), i
		printf "]}]}\n" }' >"$rb_tmp/many.json"
	cpu=1
	case $TL_BIN in */asan/*) cpu=6 ;; esac
	# (CPU seconds: 2.9 before, 0.4 after)
	(ulimit -S -t $cpu; timeout 10 "$TL_BIN/tl-merge" "$rb_tmp/many.json" >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "10,000 sources and participants" 0 tl-merge &&
		{ grep -q '"doc":"d9999"' "$rb_out" || rb_fail "tl-merge: 10,000 sources and participants: a source lost"; }
fi

# ---- tl-merge: a record with a member named "entries" -------------------------------
if [ -x "$TL_BIN/tl-merge" ] && [ -x "$TL_BIN/tl-events" ]; then
	rb_records_for tl-merge "$rb_tmp/ent.jsonl" en1 en2
	for v in '[]' '"x"' '[{"a":1}]'; do
		sed "s/}\$/,\"entries\":$v}/" "$rb_tmp/ent.jsonl" >"$rb_tmp/ent2.jsonl"
		rb_run "a record with \"entries\": $v" 0 - tl-merge "$rb_tmp/ent2.jsonl" &&
			rb_has_ids "a record with \"entries\": $v" tl-merge en1 en2 &&
			{ grep -q '"sources":\[{"doc":"en1"' "$rb_out" || rb_fail "tl-merge: a record with \"entries\": $v: its events lost"; }
	done
	# (pretty-printed over several lines, as jq writes it)
	if command -v jq >/dev/null 2>&1; then
		head -1 "$rb_tmp/ent2.jsonl" | jq . >"$rb_tmp/ent3.json"
		rb_run "a pretty-printed record with \"entries\"" 0 - tl-merge "$rb_tmp/ent3.json" &&
			{ grep -q '"doc":"en1"' "$rb_out" || rb_fail "tl-merge: a pretty-printed record with \"entries\": its events lost"; }
	fi
fi

# ---- timeline: -o another output of the run ----------------------------------------
if [ -x "$TL_BIN/timeline" ]; then
	mkdir -p "$rb_tmp/o2/in" "$rb_tmp/o2/out"
	echo "The council met on Monday, April 1, 2024." >"$rb_tmp/o2/in/a.txt"
	ln -s out "$rb_tmp/o2/lnk"
	for c in "-o out/in.csv" "--keep-intermediate -o out/in.dates.jsonl" "-o ./out/../out/in.html" \
		"-o lnk/in.ics" "--until dates --keep-intermediate -o out/in.normalize.jsonl"; do
		(cd "$rb_tmp/o2" && timeout 10 "$TL_BIN/timeline" -q -d out $c in >"$rb_out" 2>"$rb_err")
		rb_rc=$?
		rb_check "$c" 2 timeline &&
			rb_expect_err "$c" timeline "-o .*: also the name of another output of this run" &&
			{ [ -z "$(ls "$rb_tmp/o2/out")" ] || rb_fail "timeline: $c: written: $(ls "$rb_tmp/o2/out")"; }
	done
	# the neighbours: -o beside the exports, -o the default timeline's name,
	# --until with -o the last stage's own name
	for c in "-o out/x.json" "-o out/in.timeline.json" "--until dates --keep-intermediate -o out/in.dates.jsonl" \
		"-o out/in.csv --exports vis"; do
		rm -rf "$rb_tmp/o2/out"/*
		(cd "$rb_tmp/o2" && timeout 10 "$TL_BIN/timeline" -q -d out $c in >"$rb_out" 2>"$rb_err")
		rb_rc=$?
		rb_check "$c" 0 timeline
	done
	grep -q '"entries"' "$rb_tmp/o2/out/in.csv" || rb_fail "timeline: -o out/in.csv --exports vis: no timeline in in.csv"
fi

# ---- timeline: an output that cannot be put in place -------------------------------
if [ -x "$TL_BIN/timeline" ]; then
	rm -rf "$rb_tmp/o2/out" && mkdir -p "$rb_tmp/o2/out/in.csv"
	echo old >"$rb_tmp/o2/out/in.timeline.json"
	(cd "$rb_tmp/o2" && timeout 10 "$TL_BIN/timeline" -q -d out in >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "out/in.csv a folder" 1 timeline &&
		rb_expect_err "out/in.csv a folder" timeline "out/in.csv: [Ii]s a directory; nothing written" &&
		{ [ "$(cat "$rb_tmp/o2/out/in.timeline.json")" = old ] && [ "$(ls "$rb_tmp/o2/out" | wc -l)" -eq 2 ] ||
			rb_fail "timeline: out/in.csv a folder: written: $(ls "$rb_tmp/o2/out")"; }
	rm -rf "$rb_tmp/o2/out"
	(cd "$rb_tmp/o2" && timeout 10 "$TL_BIN/timeline" -q --keep-intermediate -d out -o nodir/x.json in >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "-o in a folder not there" 1 timeline &&
		rb_expect_err "-o in a folder not there" timeline "nodir/x.json: No such file or directory; nothing written" &&
		{ [ -z "$(ls "$rb_tmp/o2/out" 2>/dev/null)" ] || rb_fail "timeline: -o in a folder not there: written: $(ls "$rb_tmp/o2/out")"; }
	# (root writes anywhere: checked when not root)
	if [ "$(id -u)" -ne 0 ]; then
		rm -rf "$rb_tmp/o2/out" && mkdir -p "$rb_tmp/o2/ro" && chmod 555 "$rb_tmp/o2/ro"
		(cd "$rb_tmp/o2" && timeout 10 "$TL_BIN/timeline" -q --keep-intermediate -d out -o ro/x.json in >"$rb_out" 2>"$rb_err")
		rb_rc=$?
		chmod 755 "$rb_tmp/o2/ro"
		rb_check "-o in a folder not writable" 1 timeline &&
			rb_expect_err "-o in a folder not writable" timeline "ro/x.json: Permission denied; nothing written" &&
			{ [ -z "$(ls "$rb_tmp/o2/out" 2>/dev/null)" ] || rb_fail "timeline: -o in a folder not writable: written: $(ls "$rb_tmp/o2/out")"; }
	fi
fi

# ---- tl-normalize: ids that are no string, or empty ---------------------------------
if [ -x "$TL_BIN/tl-normalize" ]; then
	for c in '17|is not a string' 'null|is not a string' '{"a":1}|is not a string' '""|is empty'; do
		v=${c%%|*} want=${c#*|}
		printf '{"id":"ok1","text":"The mayor quit on Friday."}\n{"id":%s,"text":"The council met."}\n{"id":"ok3","text":"It rained."}\n' "$v" >"$rb_tmp/ids.jsonl"
		rb_run "id $v, -k" 1 - tl-normalize -k "$rb_tmp/ids.jsonl" &&
			rb_expect_err "id $v, -k" tl-normalize ".*ids.jsonl:2: \"id\" $want" &&
			rb_has_ids "id $v, -k" tl-normalize ok1 ok3
	done
	if [ -x "$TL_BIN/timeline" ]; then
		# (the stage's message, naming the file and line, not tl-merge's pipe)
		timeout 10 "$TL_BIN/timeline" -q -j2 -d "$rb_tmp/idrun" "$rb_tmp/ids.jsonl" >"$rb_out" 2>"$rb_err"
		rb_rc=$?
		[ "$rb_rc" -eq 1 ] && grep -q '^tl-normalize: .*ids.jsonl:2: "id" is empty' "$rb_err" ||
			rb_fail "timeline: id \"\": exit status $rb_rc: $(head -c 300 "$rb_err")"
	fi
fi

# ---- tl-normalize: a dct_source with a dct no normalized record has --------------------
if [ -x "$TL_BIN/tl-normalize" ] && [ -x "$TL_BIN/tl-dates" ]; then
	for v in '""' '"1987-02-30"' '"x"' '"2024-04-27T10:00:00Z"' '5'; do
		printf '{"id":"a","dct_source":"meta","dct":%s,"text":"WASHINGTON, Feb 26 - It rained on Friday."}\n' "$v" >"$rb_tmp/dsrc.jsonl"
		"$TL_BIN/tl-normalize" "$rb_tmp/dsrc.jsonl" >"$rb_tmp/dsrc.n" 2>/dev/null
		rb_run "dct $v with a dct_source, then tl-dates" 0 - tl-dates "$rb_tmp/dsrc.n" &&
			rb_has_ids "dct $v with a dct_source" tl-dates a
	done
fi

# ---- timeline: pipeline.conf's [normalize] id= on several documents ---------------
if [ -x "$TL_BIN/timeline" ]; then
	mkdir -p "$rb_tmp/ids"
	echo "The council met on Monday, April 1, 2024." >"$rb_tmp/ids/a.txt"
	echo "The mayor quit on Friday, April 5, 2024." >"$rb_tmp/ids/b.txt"
	printf '[normalize]\nid=x\n' >"$rb_tmp/id.conf"
	for j in 1 2; do
		rb_run "[normalize] id=, -j$j" 2 - timeline -q -j$j --config "$rb_tmp/id.conf" -d "$rb_tmp/idout" "$rb_tmp/ids" &&
			rb_expect_err "[normalize] id=, -j$j" timeline ".*id.conf: \\[normalize\\] id names one document, and 2 are given" &&
			{ [ ! -e "$rb_tmp/idout/ids.timeline.json" ] || rb_fail "timeline: [normalize] id=, -j$j: a timeline written"; }
	done
	# one document: its id
	rb_run "[normalize] id=, one document" 0 - timeline -q -j2 --config "$rb_tmp/id.conf" -d "$rb_tmp/idout" "$rb_tmp/ids/a.txt" &&
		{ grep -q '"id":"x"' "$rb_tmp/idout/a.timeline.json" || rb_fail "timeline: [normalize] id=, one document: not named x"; }
fi

rb_finish
