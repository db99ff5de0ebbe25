#!/bin/sh
# The twentieth battery's hostile inputs that found bugs, kept as
# regression checks, with a few of the neighbours that passed.  Each case
# runs under `timeout 10`.
#
# - every program (the kit's command line): short flags run together with
#   an option that takes a value ("-kf csv", "-kgparticipant", "-qj2")
#   were not seen as naming that option, so pipeline.conf's value for it
#   was applied first and then replaced by the command line's: the
#   config's string leaked (LeakSanitizer, exit 1 under ASan; the output
#   was right).  Flags run together are split as getopt reads them, and
#   the config is applied to the options that split argv does not name.
# - timeline with two jobs or more on JSON Lines: a record without "id"
#   was named after the driver's FIFO ("in-1-1", "in-0-3") where one job
#   names it after its file and line ("news-2"), and every record without
#   "source" got the FIFO's path in the run's private folder
#   ("out/.timeline-XXXXXX/in-1.jsonl", gone after the run) for its
#   source: the records, the timeline's documents and --keep-intermediate
#   changed with --jobs.  The dealer gives such a record the id and source
#   tl-normalize gives it with one job; the records are the same bytes
#   whatever the jobs.
# - tl-eval-tokens: when the command line ended the run (--version, a bad
#   value in pipeline.conf's [eval-tokens], -o ''), it returned without
#   clearing it: -o's name, --config's and the config read leaked
#   (LeakSanitizer, exit 1 under ASan; the battery's command-line checks
#   run the stages, and tl-eval-tokens is not one).  Cleared as every
#   other program clears it.
# - tl-export --format ics: DTSTAMP is the latest document date, so that
#   one timeline gives the same bytes; a document's dct with a clock time
#   ("2024-04-02T10:30", which tl-normalize and tl-dates write for a dct
#   given so) was passed over, and a timeline of such documents was
#   stamped 19700101T000000Z.  Its day now: 20240402T000000Z.
# - timeline --format text (or html, timeml; or pipeline.conf's [normalize]
#   format=text) with two jobs or more: a .jsonl file was dealt out as
#   records all the same, and each pipeline's tl-normalize read its FIFO as
#   one text: two documents "in-0" and "in-1" of the FIFOs, where one job
#   made one document "news" of the file.  A format that is not JSON Lines
#   makes every input a document, whatever its name.
# - the kit's atomic output: a stop signal between the temporary file's
#   creation and its entry in the table the signal handler empties left it
#   behind.  tl-timeml -d, which opens one a record, left a
#   ".ID.tml.XXXXXX" in DIR at about one SIGTERM in two.  The stop signals
#   wait (blocked) until the file is in the table.
# - tl-merge: a merge.ini under TL_DATADIR that GLib cannot read as a key
#   file ("[x", a line that is no key) was "tl-merge: Key file contains
#   line ... which is not a key-value pair", naming no file (a missing group
#   was already "merge/merge.ini: ...").  Named so too.
# - timeline's progress line (standard error a terminal, no -q) counts the
#   records of the JSON Lines inputs first: it read a FIFO named on the
#   command line to its end, so the run then waited for ever for a writer
#   (a hang, the records gone), and a .jsonl link to /dev/zero was read
#   until memory ran out.  Only regular files are counted, no line over
#   --max-size held.
# - tl-tag --input auto (the default) took records after a UTF-8 byte order
#   mark (a Windows editor's JSON Lines) for text: the JSON itself was
#   tagged, "{" and "id" as tokens, exit 0 (-i records and every stage
#   drop the mark).  The mark is dropped as tl-normalize drops it, for
#   text too.  And a text that starts with "{" was "invalid JSON at byte
#   1: expected a string key", not saying why it was read as records:
#   "(read as records since it starts with "{"; --input text reads it as
#   text)", as tl-normalize says it.
# - timeline --stages 'tag;dates;events;merge' (or tag alone) on JSON
#   Lines: tl-tag, first, was run with --input auto, which reads a whole
#   input at once, so a file past --max-size (64 MiB by default), or with
#   two jobs the records dealt to one pipeline, was refused whole ("tl-tag:
#   news.jsonl: larger than the limit"), nothing written, where every line
#   was under it and normalize first read it.  tl-tag first on records is
#   given --input=records (it streams them, the limit per line).
# - every JSON Lines reader (the kit's record scanner): a timeline (tl-merge's
#   output, whose first line is '{"title":...,"generated_by":...,') given
#   to tl-dates, tl-events, tl-timeml, tl-tag or tl-export -f timeml, or a
#   record printed a few members a line, was "invalid JSON: expected a
#   string key at end of line", which says nothing of what the file is.
#   "invalid JSON: the object goes on past the end of the line (a timeline
#   from tl-merge, or a record over several lines? ...)".
# - tl-train-events without -o, standard output a terminal: the binary
#   model was written to the terminal after the whole training, exit 0.
#   A usage error before anything is read, as gzip refuses to.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

# ---- the kit: flags run together, and pipeline.conf ---------------------------------
if [ -x "$TL_BIN/tl-export" ] && [ -x "$TL_BIN/tl-merge" ]; then
	rb_records_for tl-merge "$rb_tmp/fl.jsonl" fl1 fl2
	"$TL_BIN/tl-merge" "$rb_tmp/fl.jsonl" >"$rb_tmp/fl.json" 2>/dev/null
	printf '[export]\nformat=html\ngroup=document\ntitle=From the config\n' >"$rb_tmp/fl.conf"
	rb_run "-kf csv over the config's format" 0 - tl-export --config "$rb_tmp/fl.conf" -kf csv "$rb_tmp/fl.json" &&
		{ head -1 "$rb_out" | grep -q '^id,start,end' || rb_fail "tl-export: -kf csv: not CSV: $(head -c 200 "$rb_out")"; }
	rb_run "-kgparticipant over the config's group" 0 - tl-export --config "$rb_tmp/fl.conf" -f csv -kgparticipant "$rb_tmp/fl.json" &&
		{ grep -q '(no participant)\|,[A-Z]' "$rb_out" || rb_fail "tl-export: -kgparticipant: $(head -c 200 "$rb_out")"; }
	rb_run "-kg participant over the config's group" 0 - tl-export --config "$rb_tmp/fl.conf" -f csv -kg participant "$rb_tmp/fl.json"
	printf '[merge]\ntitle=From the config\n' >"$rb_tmp/fl2.conf"
	rb_run "-k --title over the config's title" 0 - tl-merge --config "$rb_tmp/fl2.conf" -k --title 'Mine' "$rb_tmp/fl.jsonl" &&
		{ grep -q '"title":"Mine"' "$rb_out" || rb_fail "tl-merge: --title: $(head -c 200 "$rb_out")"; }
	# (an unknown flag among them is still named)
	rb_run "-kx" 2 - tl-export -kx "$rb_tmp/fl.json" && rb_expect_err "-kx" tl-export "Unknown option -kx"
	rb_run "-kV" 0 - tl-export -kV && { grep -q '^tl-export (Timeline)' "$rb_out" || rb_fail "tl-export: -kV: $(cat "$rb_out")"; }
	if [ -x "$TL_BIN/timeline" ]; then
		printf '[timeline]\nexports=html\n' >"$rb_tmp/fl3.conf"
		rb_run "timeline -qj2 -kn" 0 - timeline --config "$rb_tmp/fl3.conf" -qj2 -kn runtogether -d "$rb_tmp/flout" "$rb_tmp/fl.jsonl" &&
			{ [ -s "$rb_tmp/flout/runtogether.timeline.json" ] && [ -s "$rb_tmp/flout/runtogether.html" ] ||
				rb_fail "timeline: -qj2 -kn: $(ls "$rb_tmp/flout")"; }
	fi
fi

# ---- timeline: records without "id" or "source", dealt to two jobs or more -----------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-normalize" ]; then
	mkdir -p "$rb_tmp/ns"
	printf '{"id":"n1","text":"The council met on Monday.","dct":"2024-04-02"}\n{"text":"The mayor quit on Friday.","dct":"2024-04-02"}\n{"id":"n3","text":"It rained.","source":"wire"}\n' >"$rb_tmp/ns/news.jsonl"
	printf '{"text":"The bridge opened on Tuesday.","dct":"2024-04-02"}\n' >"$rb_tmp/ns/more.jsonl"
	for j in 1 2 3; do
		timeout 10 "$TL_BIN/timeline" -q -j$j --until normalize -o "$rb_tmp/ns$j.jsonl" -d "$rb_tmp/nsout" \
			"$rb_tmp/ns/news.jsonl" "$rb_tmp/ns/more.jsonl" - <"$rb_tmp/ns/more.jsonl" >"$rb_out" 2>"$rb_err"
		rb_rc=$?
		rb_check "records without id, -j$j" 0 timeline || continue
		sort "$rb_tmp/ns$j.jsonl" >"$rb_tmp/ns$j.sorted"
		grep -q '"id":"news-2","source":"[^"]*ns/news.jsonl"' "$rb_tmp/ns$j.jsonl" &&
			grep -q '"id":"more-1","source":"[^"]*ns/more.jsonl"' "$rb_tmp/ns$j.jsonl" &&
			grep -q '"id":"stdin-1","source":null' "$rb_tmp/ns$j.jsonl" &&
			grep -q '"id":"n3","text":"It rained.","source":"wire"' "$rb_tmp/ns$j.jsonl" &&
			! grep -q 'timeline-\|"in-[0-9]' "$rb_tmp/ns$j.jsonl" ||
			rb_fail "timeline: records without id or source, -j$j: $(grep -o '"id":"[^"]*"\|"source":[^,]*' "$rb_tmp/ns$j.jsonl" | tr '\n' ' ')"
	done
	for j in 2 3; do
		cmp -s "$rb_tmp/ns1.sorted" "$rb_tmp/ns$j.sorted" 2>/dev/null ||
			rb_fail "timeline: records without id or source: -j$j is not -j1's"
	done
	# the timeline's documents
	for j in 1 2; do
		rm -rf "$rb_tmp/nsout"
		rb_run "a timeline of records without id, -j$j" 0 - timeline -q -j$j --exports '' -d "$rb_tmp/nsout" "$rb_tmp/ns/news.jsonl" &&
			{ grep -q '"id":"news-2"' "$rb_tmp/nsout/news.timeline.json" ||
				rb_fail "timeline: a timeline of records without id, -j$j: $(grep -o '"id":"[^"]*"' "$rb_tmp/nsout/news.timeline.json" | head -5 | tr '\n' ' ')"; }
	done
	# [normalize] id= names them, as tl-normalize's --id does
	printf '[normalize]\nid=wire\n' >"$rb_tmp/ns.conf"
	for j in 1 2; do
		rb_run "[normalize] id=, -j$j" 0 - timeline -q -j$j --config "$rb_tmp/ns.conf" --until normalize -o "$rb_tmp/nsc.jsonl" \
			-d "$rb_tmp/nsout" "$rb_tmp/ns/news.jsonl" &&
			{ grep -q '"id":"wire-2"' "$rb_tmp/nsc.jsonl" || rb_fail "timeline: [normalize] id=, -j$j: $(grep -o '"id":"[^"]*"' "$rb_tmp/nsc.jsonl" | tr '\n' ' ')"; }
	done
	# (--lossy's repairs are still said, by tl-normalize, naming the file)
	printf '[normalize]\nlossy=true\n' >"$rb_tmp/nsl.conf"
	printf '{"text":"abc \\ud800 def."}\n' >"$rb_tmp/ns/lossy.jsonl"
	timeout 10 "$TL_BIN/timeline" -q -j2 --config "$rb_tmp/nsl.conf" --until normalize -o "$rb_tmp/nsl.jsonl" \
		-d "$rb_tmp/nsout" "$rb_tmp/ns/lossy.jsonl" >"$rb_out" 2>"$rb_err"
	rb_rc=$?
	[ "$rb_rc" -eq 0 ] && grep -q "^tl-normalize: .*lossy.jsonl:1: warning: 1 invalid" "$rb_err" &&
		grep -q '"id":"lossy-1"' "$rb_tmp/nsl.jsonl" ||
		rb_fail "timeline: --lossy, no id, -j2: exit status $rb_rc: $(head -c 300 "$rb_err") $(head -c 200 "$rb_tmp/nsl.jsonl")"
fi

# ---- tl-eval-tokens: the command line's end --------------------------------------------
if [ -x "$TL_BIN/tl-eval-tokens" ]; then
	printf '[eval-tokens]\nerrors=3\n' >"$rb_tmp/ev.conf"
	printf '[eval-tokens]\nerrors=5x\n' >"$rb_tmp/evbad.conf"
	rb_run "--config and --version" 0 - tl-eval-tokens --config "$rb_tmp/ev.conf" --version
	rb_run "-o and --version" 0 - tl-eval-tokens -o "$rb_tmp/ev.out" --version
	rb_run "a bad errors= in pipeline.conf" 2 - tl-eval-tokens --config "$rb_tmp/evbad.conf" &&
		rb_expect_err "a bad errors= in pipeline.conf" tl-eval-tokens ".*evbad.conf: \\[eval-tokens\\] errors: "
	rb_run "-o ''" 2 - tl-eval-tokens -o '' && rb_expect_err "-o ''" tl-eval-tokens "-o: the file name is empty"
fi

# ---- tl-export: ICS's DTSTAMP from documents dated with a clock time ------------------
if [ -x "$TL_BIN/tl-export" ] && [ -x "$TL_BIN/tl-merge" ] && [ -x "$TL_BIN/tl-events" ]; then
	printf '{"id":"c1","text":"The council met on Monday, April 1, 2024.","dct":"2024-04-02T10:30"}\n{"id":"c2","text":"The mayor quit on Friday, March 29, 2024.","dct":"2024-03-30"}\n' >"$rb_tmp/clk.jsonl"
	for p in tl-normalize tl-dates tl-events tl-merge; do
		[ -x "$TL_BIN/$p" ] || continue
		o=
		[ $p = tl-normalize ] && o="--format jsonl"
		"$TL_BIN/$p" $o "$rb_tmp/clk.jsonl" >"$rb_tmp/clk.next" 2>/dev/null && mv "$rb_tmp/clk.next" "$rb_tmp/clk.jsonl"
	done
	rb_run "a dct with a clock time, ics" 0 - tl-export -f ics "$rb_tmp/clk.jsonl" &&
		{ grep -q '^DTSTAMP:20240402T000000Z' "$rb_out" || rb_fail "tl-export: a dct with a clock time: $(grep DTSTAMP "$rb_out" | head -1)"; }
fi

# ---- timeline: --format text on a .jsonl file, with two jobs or more ---------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-normalize" ]; then
	mkdir -p "$rb_tmp/ft"
	printf '{"id":"f1","text":"The council met on Monday."}\n{"id":"f2","text":"It rained."}\n{"id":"f3","text":"It snowed."}\n' >"$rb_tmp/ft/news.jsonl"
	printf '[normalize]\nformat=text\n' >"$rb_tmp/ft.conf"
	for how in "--format text" "--format HTML" "--config $rb_tmp/ft.conf"; do
		for j in 1 2 3; do
			rb_run "$how on a .jsonl file, -j$j" 0 - timeline -q -j$j $how --until normalize -o "$rb_tmp/ft$j.jsonl" \
				-d "$rb_tmp/ftout" "$rb_tmp/ft/news.jsonl" || continue
			[ "$(grep -c . "$rb_tmp/ft$j.jsonl")" -eq 1 ] && grep -q '^{"id":"news","source":"[^"]*ft/news.jsonl"' "$rb_tmp/ft$j.jsonl" ||
				rb_fail "timeline: $how on a .jsonl file, -j$j: $(cut -c1-80 "$rb_tmp/ft$j.jsonl")"
		done
	done
	# the neighbours: --format jsonl and auto deal the records
	for how in jsonl auto; do
		rb_run "--format $how on a .jsonl file, -j2" 0 - timeline -q -j2 --format $how --until normalize -o "$rb_tmp/ftj.jsonl" \
			-d "$rb_tmp/ftout" "$rb_tmp/ft/news.jsonl" &&
			{ [ "$(grep -c . "$rb_tmp/ftj.jsonl")" -eq 3 ] || rb_fail "timeline: --format $how, -j2: $(cut -c1-80 "$rb_tmp/ftj.jsonl")"; }
	done
fi

# ---- tl-timeml -d: a stop signal while it writes one file a record ----------------------
if [ -x "$TL_BIN/tl-timeml" ]; then
	rb_records_for tl-events "$rb_tmp/sig.jsonl" s1
	awk '{ for (i = 0; i < 3000; i++) { l = $0; sub(/"id":"s1"/, "\"id\":\"s" i "\"", l); print l } }' \
		"$rb_tmp/sig.jsonl" >"$rb_tmp/sigmany.jsonl"
	left=0
	for t in 0.1 0.15 0.2 0.25 0.3 0.35 0.4 0.45; do
		rm -rf "$rb_tmp/sigdir" && mkdir "$rb_tmp/sigdir"
		timeout 10 "$TL_BIN/tl-timeml" -d "$rb_tmp/sigdir" "$rb_tmp/sigmany.jsonl" >/dev/null 2>&1 &
		pid=$!
		sleep $t
		kill -TERM $pid 2>/dev/null
		wait $pid 2>/dev/null
		[ -z "$(ls -A "$rb_tmp/sigdir" | grep '^\.')" ] || left=$((left + 1))
	done
	[ $left -eq 0 ] || rb_fail "tl-timeml -d: SIGTERM left a temporary file in $left of 8 runs"
fi

# ---- tl-merge: a merge.ini that is no key file -----------------------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	rb_records_for tl-merge "$rb_tmp/mi.jsonl" mi1
	mkdir -p "$rb_tmp/midata/merge"
	printf '[x\n' >"$rb_tmp/midata/merge/merge.ini"
	(TL_DATADIR=$rb_tmp/midata timeout 10 "$TL_BIN/tl-merge" "$rb_tmp/mi.jsonl" >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "merge.ini not a key file" 1 tl-merge &&
		rb_expect_err "merge.ini not a key file" tl-merge "merge/merge.ini: Key file contains line"
fi

# ---- timeline: the progress line's count on a FIFO and /dev/zero ------------------------
if [ -x "$TL_BIN/timeline" ] && command -v script >/dev/null 2>&1 && mkfifo "$rb_tmp/pf.jsonl" 2>/dev/null; then
	printf '{"id":"p1","text":"The council met on Monday."}\n{"id":"p2","text":"It rained."}\n' >"$rb_tmp/pf.src"
	for j in 1 2; do
		(cat "$rb_tmp/pf.src" >"$rb_tmp/pf.jsonl" &)
		rm -f "$rb_tmp/pf.out"
		# (script gives the run a terminal for standard error: the progress line)
		timeout -s KILL 10 script -qec "'$TL_BIN/timeline' -j$j --until normalize -o '$rb_tmp/pf.out' -d '$rb_tmp/pfo' '$rb_tmp/pf.jsonl'" /dev/null >"$rb_out" 2>&1
		rb_rc=$?
		[ "$rb_rc" -eq 0 ] && [ "$(grep -c '"id"' "$rb_tmp/pf.out" 2>/dev/null)" = 2 ] ||
			rb_fail "timeline: a FIFO with the progress line, -j$j: exit status $rb_rc, $(grep -c '"id"' "$rb_tmp/pf.out" 2>/dev/null) records"
		# (a writer still waiting after a failure: let it go)
		[ "$rb_rc" -eq 0 ] || timeout 2 cat "$rb_tmp/pf.jsonl" >/dev/null 2>&1
	done
	ln -s /dev/zero "$rb_tmp/zero.jsonl"
	# (ulimit -v, not under AddressSanitizer: its shadow memory needs
	# terabytes of address space)
	case $TL_BIN in */asan/*) lim=unlimited ;; *) lim=4000000 ;; esac
	(ulimit -v $lim 2>/dev/null; timeout -s KILL 10 script -qec "'$TL_BIN/timeline' --until normalize -o '$rb_tmp/pz.out' -d '$rb_tmp/pfo' '$rb_tmp/zero.jsonl'" /dev/null >"$rb_out" 2>&1)
	grep -Eq '(tl-normalize|timeline): .*zero.jsonl:1: NUL byte at byte 1 of a line over the limit' "$rb_out" && ! grep -q 'out of memory' "$rb_out" ||
		rb_fail "timeline: /dev/zero as x.jsonl with the progress line: $(tr '\r' '\n' <"$rb_out" | grep -v documents | head -c 300)"
fi

# ---- tl-tag --input auto: a byte order mark, a text starting with "{" -------------------
if [ -x "$TL_BIN/tl-tag" ]; then
	printf '\357\273\277{"id":"bm1","text":"The cat sat."}\n{"id":"bm2","text":"It rained."}\n' >"$rb_tmp/bom.jsonl"
	rb_run "records after a byte order mark" 0 - tl-tag -f record "$rb_tmp/bom.jsonl" &&
		rb_has_ids "records after a byte order mark" tl-tag bm1 bm2
	rb_run "records after a byte order mark, CoNLL-U, standard input" 0 "$rb_tmp/bom.jsonl" tl-tag &&
		{ grep -q '^# newdoc id = bm1' "$rb_out" || rb_fail "tl-tag: records after a byte order mark, CoNLL-U: $(head -3 "$rb_out")"; }
	printf '\357\273\277The cat sat.\n' >"$rb_tmp/bom.txt"
	rb_run "text after a byte order mark" 0 - tl-tag -f record "$rb_tmp/bom.txt" &&
		{ grep -q '^{"text":"The cat sat' "$rb_out" || rb_fail "tl-tag: text after a byte order mark: $(head -c 100 "$rb_out")"; }
	printf '{Breaking} The council met on Monday.\n' >"$rb_tmp/brace.txt"
	rb_run "a text starting with {" 1 - tl-tag "$rb_tmp/brace.txt" &&
		rb_expect_err "a text starting with {" tl-tag ".*brace.txt:1: invalid JSON at byte 1: .* \\(read as records since it starts with .*--input text reads it as text\\)"
	rb_run "a text starting with {, --input text" 0 - tl-tag --input text "$rb_tmp/brace.txt"
fi

# ---- timeline: tl-tag first, on JSON Lines past --max-size ------------------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-tag" ]; then
	rb_records_for tl-dates "$rb_tmp/tf.jsonl" tf1 tf2 tf3 tf4
	# (each record about 280 bytes, the file about 1,100)
	for j in 1 2; do
		rm -rf "$rb_tmp/tfo"
		rb_run "tag first, a file past --max-size, -j$j" 0 - timeline -q -j$j --max-size=800 \
			--stages 'tag;dates;events;merge' --exports '' -d "$rb_tmp/tfo" "$rb_tmp/tf.jsonl" &&
			{ [ "$(grep -c '"dct"' "$rb_tmp/tfo/tf.timeline.json")" -eq 4 ] ||
				rb_fail "timeline: tag first, a file past --max-size, -j$j: $(head -c 300 "$rb_tmp/tfo/tf.timeline.json")"; }
		rb_run "tag alone, a file past --max-size, -j$j" 0 - timeline -q -j$j --max-size=800 --stages tag \
			-d "$rb_tmp/tfo" "$rb_tmp/tf.jsonl" &&
			{ [ "$(grep -c '"tokens"' "$rb_tmp/tfo/tf.tag.jsonl")" -eq 4 ] || rb_fail "timeline: tag alone, -j$j: $(head -c 200 "$rb_tmp/tfo/tf.tag.jsonl")"; }
	done
	# (a line past it is still refused, naming the line)
	timeout 10 "$TL_BIN/timeline" -q -j1 --max-size=100 --stages 'tag;dates;events;merge' --exports '' \
		-d "$rb_tmp/tfo2" "$rb_tmp/tf.jsonl" >"$rb_out" 2>"$rb_err"
	rb_rc=$?
	[ "$rb_rc" -eq 1 ] && grep -q '^tl-tag: .*tf.jsonl:1: line of [0-9]* bytes is over the limit of 100 bytes' "$rb_err" ||
		rb_fail "timeline: tag first, a line past --max-size: exit status $rb_rc: $(head -c 300 "$rb_err")"
fi

# ---- every JSON Lines reader: a timeline ------------------------------------------------
if [ -x "$TL_BIN/tl-merge" ] && [ -x "$TL_BIN/tl-dates" ]; then
	rb_records_for tl-merge "$rb_tmp/tl.jsonl" tl1
	"$TL_BIN/tl-merge" "$rb_tmp/tl.jsonl" >"$rb_tmp/tl.timeline.json" 2>/dev/null
	for p in "tl-dates" "tl-events" "tl-normalize --format jsonl" "tl-tag --input records" "tl-timeml -d $rb_tmp" "tl-export -f timeml"; do
		set -- $p
		[ -x "$TL_BIN/$1" ] || continue
		rb_run "a timeline" 1 - "$@" "$rb_tmp/tl.timeline.json" &&
			rb_expect_err "a timeline" "$1" ".*tl.timeline.json:1: invalid JSON: the object goes on past the end of the line \\(a timeline from tl-merge"
	done
	# (a line cut after a key is still "expected a value")
	printf '{"id":"c1","text":\n' >"$rb_tmp/cut.jsonl"
	rb_run "a line cut after a key" 1 - tl-dates "$rb_tmp/cut.jsonl" &&
		rb_expect_err "a line cut after a key" tl-dates ".*cut.jsonl:1: invalid JSON: expected a value at end of line"
fi

# ---- tl-train-events: the binary model to a terminal -----------------------------------
if [ -x "$TL_BIN/tl-train-events" ] && command -v script >/dev/null 2>&1; then
	printf '{"id":"a","text":"The storm hit.","events":[{"start":10,"end":13,"class":"OCCURRENCE"}]}\n' >"$rb_tmp/te.jsonl"
	timeout -s KILL 10 script -qec "'$TL_BIN/tl-train-events' -q '$rb_tmp/te.jsonl'; echo \"rc=\$?\"" /dev/null >"$rb_out" 2>&1
	grep -q 'rc=2' "$rb_out" && grep -q '^tl-train-events: standard output is a terminal, and the model is binary: give -o FILE' "$rb_out" ||
		rb_fail "tl-train-events: a terminal: $(head -c 200 "$rb_out" | tr -c '[:print:]\n' '?')"
	# (-o, and standard output a pipe, as before)
	rb_run "standard output a pipe" 0 - tl-train-events -q "$rb_tmp/te.jsonl" && { [ -s "$rb_out" ] || rb_fail "tl-train-events: a pipe: no model"; }
fi

rb_finish
