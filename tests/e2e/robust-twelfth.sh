#!/bin/sh
# The twelfth battery's hostile inputs that found bugs, kept as regression
# checks, with a few of the neighbours that passed.  Each case runs under
# `timeout 10`.
#
# - timeline: a --name holding a control character (pipeline.conf's
#   "name=\n" or "name=\t" is a line end or a tab) named the outputs
#   "\n.timeline.json", "\t.csv"; it is a usage error now, as '/' is.
# - tl-merge: --from after --to ("--from 2025 --to 2020") made an empty
#   timeline without a word; it is a usage error.  A bad --from or --to
#   value now names its option.
# - tl-normalize: a JSON-LD block that Jansson refuses but every browser and
#   search engine reads (a lone surrogate escape from a description cut in
#   the middle of an emoji, a number beyond a double or a 64-bit integer, a
#   \u0000) lost its datePublished and headline without a word.  Such
#   strings get U+FFFD, such numbers 0, before the load.
# - tl-normalize: an SVG icon's <title> before the page's was taken for the
#   page's title.
# - tl-normalize: U+2028 and U+2029 in a title or headline were kept (a
#   title of two lines to the line-splitting readers), where C1 line ends
#   already became spaces.
# - tl-tag: a record id holding U+2028, U+2029 or NEL was written as it is
#   into "# newdoc id =" and "# sent_id =" (a comment line cut in two for
#   Python's splitlines, the second half no comment); they are spaces, as
#   ASCII controls were made in the eleventh battery.
# - every stage and the driver: SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM,
#   SIGPROF, SIGQUIT or SIGPWR (each ends a process by default) killed a
#   stage writing -o with its ".FILE.XXXXXX" left behind, and the driver
#   with its ".timeline-XXXXXX" folder left; they are handled as SIGTERM
#   is.  A soft CPU limit's SIGXCPU (ulimit -S -t) killed a stage silently
#   (status 152, the temporary file left): it is "prog: file:N: CPU time
#   limit exceeded (ulimit -t)", exit 1.  A SIGHUP that whoever started us
#   ignores (nohup) stays ignored: it ended "nohup timeline" and a stage
#   writing -o, since they caught it whatever its disposition.
# - tl-merge: one event with 200,000 participants (a record or a timeline
#   edited by hand, or another program's) took over a minute, the names of
#   an entry compared pairwise; an entry's names are now looked up by their
#   last word and a mention keeps its first 100 (tl-events names a dozen at
#   most): 0.05 s.  An entry of 5,000 documents naming 3,000 people: 3.4 s,
#   now 0.46 s.
# - every stage: -o '' (an unset variable in a script) read the whole
#   input, then failed with "prog: : write error: No such file or
#   directory"; timeline -d '' (or output-dir= in pipeline.conf) failed
#   with "timeline: : Invalid argument", exit 1.  Both are usage errors now.
# - tl-normalize: JSON Lines on standard input opening with a byte order
#   mark or a blank line (no --format) was read as one text document
#   holding every record, exit 0: only the first byte was looked at.  A
#   mark and white space are now looked past, and given back to the
#   reader, so a record's line number is its line in the stream.
# - timeline: with one job (the default on one core), a folder whose
#   documents' names pass ARG_MAX (2 MB: 60,000 files, or 3,000 with
#   800-byte paths) failed "timeline: cannot run .../tl-normalize", exit 1:
#   the names went on the first stage's command line (E2BIG, not said).
#   Past 256 KB of names the stage gets them in a file (the kit's hidden
#   --files0-from), and an exec that fails says why.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

printf 'KYIV, April 26, 2024 - The council met on Monday and voted to extend the bus lanes.\n' >"$rb_tmp/doc.txt"

# ---- timeline: --name with a control character ----------------------------------
if [ -x "$TL_BIN/timeline" ]; then
	for n in "$(printf 'a\nb')" "$(printf 'a\tb')" "$(printf 'a\033b')"; do
		rb_run "--name with a control character" 2 - timeline -q -j 1 --exports '' --name "$n" \
			-d "$rb_tmp/nout" "$rb_tmp/doc.txt" &&
			rb_expect_err "--name with a control character" timeline "--name: 'a.*b' is not a file name"
	done
	printf '[timeline]\nname=\\n\n' >"$rb_tmp/name.conf"
	rb_run "name=\\n in the config" 2 - timeline -q -j 1 --exports '' --config "$rb_tmp/name.conf" \
		-d "$rb_tmp/nout" "$rb_tmp/doc.txt" &&
		rb_expect_err "name=\\n in the config" timeline "--name: '\\\\n' is not a file name"
	[ -z "$(ls "$rb_tmp/nout" 2>/dev/null)" ] || rb_fail "timeline: --name with a control character: $(ls "$rb_tmp/nout" | od -c | head -2)"
fi

# ---- empty -o and -d ------------------------------------------------------------
for p in tl-normalize tl-dates tl-merge tl-export timeline; do
	[ -x "$TL_BIN/$p" ] || continue
	rb_run "-o ''" 2 - $p $(rb_opts $p) -o '' "$rb_tmp/doc.txt" &&
		rb_expect_err "-o ''" $p "-o: the file name is empty"
done
if [ -x "$TL_BIN/timeline" ]; then
	rb_run "-d ''" 2 - timeline -q -d '' "$rb_tmp/doc.txt" &&
		rb_expect_err "-d ''" timeline "--output-dir: the folder name is empty"
	printf '[timeline]\noutput-dir=\n' >"$rb_tmp/od.conf"
	rb_run "output-dir= in the config" 2 - timeline -q --config "$rb_tmp/od.conf" "$rb_tmp/doc.txt" &&
		rb_expect_err "output-dir= in the config" timeline "--output-dir: the folder name is empty"
fi

# ---- tl-merge: a window that holds no day ---------------------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	rb_run "--from after --to" 2 - tl-merge --from 2025 --to 2020 &&
		rb_expect_err "--from after --to" tl-merge "--from 2025 is after --to 2020"
	rb_run "--from and --to one month" 0 - tl-merge --from 2024-11 --to 2024-11
	rb_run "--to not a date" 2 - tl-merge --to 2024-13 &&
		rb_expect_err "--to not a date" tl-merge "--to: '2024-13' is not a date"
fi

# ---- tl-normalize: JSON-LD that Jansson refuses ----------------------------------
if [ -x "$TL_BIN/tl-normalize" ]; then
	for v in '"description":"cut \ud83d"' '"description":"\udc00\ud800"' '"wordCount":1e999' \
		'"wordCount":-99999999999999999999' '"about":"a\u0000b"'; do
		printf '<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Bus lanes \\ud83d\\ude8c extended","datePublished":"2024-04-27T10:00:00+14:00",%s}</script></head><body><p>The council met on Monday.</p></body></html>' "$v" >"$rb_tmp/ld.html"
		rb_run "JSON-LD with $v" 0 - tl-normalize "$rb_tmp/ld.html" &&
			{ grep -q '"title":"Bus lanes 🚌 extended","dct":"2024-04-27T10:00"' "$rb_out" ||
				rb_fail "tl-normalize: JSON-LD with $v: $(head -c 200 "$rb_out")"; }
	done
	printf '<html><head><script type="application/ld+json">{"headline":"Bus\\ud83d lanes\\u2028extended","datePublished":"2024-04-27"}</script></head><body><p>The council met on Monday.</p></body></html>' >"$rb_tmp/ld2.html"
	rb_run "JSON-LD headline with a lone surrogate and U+2028" 0 - tl-normalize "$rb_tmp/ld2.html" &&
		{ grep -q '"title":"Bus� lanes extended","dct":"2024-04-27"' "$rb_out" ||
			rb_fail "tl-normalize: JSON-LD headline with a lone surrogate and U+2028: $(head -c 200 "$rb_out")"; }
	printf '<html><head><svg><title>Search icon</title></svg><title>Council &#x2028;meets&#x2029;</title></head><body><p>The council met on Monday.</p></body></html>' >"$rb_tmp/svg.html"
	rb_run "an SVG title first" 0 - tl-normalize "$rb_tmp/svg.html" &&
		{ grep -q '"title":"Council meets"' "$rb_out" || rb_fail "tl-normalize: an SVG title first: $(head -c 200 "$rb_out")"; }
fi

# ---- tl-merge: an event of 200,000 participants ---------------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	{ printf '{"id":"a","dct":"2024-04-27","text":"The council met on Monday.","sentences":[[0,26]],"timexes":[{"id":"t1","start":19,"end":25,"text":"Monday","type":"DATE","value":"2024-04-22","range":["2024-04-22","2024-04-23"],"granularity":"day"}],"events":[{"id":"e1","trigger":{"start":12,"end":15,"text":"met"},"lemma":"meet","class":"OCCURRENCE","sentence":0,"time":"t1","relation":"IS_INCLUDED","summary":"The council met","participants":['
	  awk 'BEGIN { for (i = 0; i < 200000; i++) printf "%s{\"text\":\"Person %d\",\"type\":\"PERSON\"}", (i ? "," : ""), i }'
	  printf ']}]}\n'; } >"$rb_tmp/parts.jsonl"
	rb_run "an event of 200,000 participants" 0 "$rb_tmp/parts.jsonl" tl-merge &&
		{ grep -q '"participants":\["Person 0","Person 1",' "$rb_out" || rb_fail "tl-merge: an event of 200,000 participants: $(head -c 300 "$rb_out")"; }
	# the same in a timeline's source
	{ printf '{"title":"T","documents":[{"id":"a","title":null,"dct":"2024-04-27"}],"entries":[{"id":"n1","date":{"value":"2024-04-22","range":["2024-04-22","2024-04-23"],"granularity":"day"},"headline":"The council met","participants":[],"sources":[{"doc":"a","event":"e1","sentence":0,"date":{"value":"2024-04-22","range":["2024-04-22","2024-04-23"],"granularity":"day"},"class":"OCCURRENCE","trigger":"met","summary":"The council met","participants":['
	  awk 'BEGIN { for (i = 0; i < 200000; i++) printf "%s\"Person %d\"", (i ? "," : ""), i }'
	  printf '],"confidence":0.8,"salience":0.9}],"confidence":0.8,"salience":0.9}]}\n'; } >"$rb_tmp/parts.json"
	rb_run "a timeline's source of 200,000 participants" 0 "$rb_tmp/parts.json" tl-merge &&
		{ grep -q '"participants":\["Person 0","Person 1",' "$rb_out" || rb_fail "tl-merge: a timeline's source of 200,000 participants: $(head -c 300 "$rb_out")"; }
fi

# ---- tl-normalize: records on standard input after a byte order mark or blank lines
if [ -x "$TL_BIN/tl-normalize" ]; then
	printf '\357\273\277{"id":"x","text":"The council met."}\n{"id":"y","text":"It voted."}\n' >"$rb_tmp/bom.jsonl"
	rb_run "records on standard input after a byte order mark" 0 "$rb_tmp/bom.jsonl" tl-normalize &&
		{ [ "$(grep -c '"id":"[xy]"' "$rb_out")" -eq 2 ] || rb_fail "tl-normalize: records on standard input after a byte order mark: $(head -c 200 "$rb_out")"; }
	printf '\n \n{"id":"x","text":"The council met."}\n{"id":"y"\n' >"$rb_tmp/blank.jsonl"
	rb_run "records on standard input after blank lines" 1 "$rb_tmp/blank.jsonl" tl-normalize &&
		rb_expect_err "records on standard input after blank lines" tl-normalize "<stdin>:4: invalid JSON" &&
		{ grep -q '"id":"x"' "$rb_out" || rb_fail "tl-normalize: records on standard input after blank lines: $(head -c 200 "$rb_out")"; }
	printf '\n\nThe council met on Monday.\n' >"$rb_tmp/blank.txt"
	rb_run "text on standard input after blank lines" 0 "$rb_tmp/blank.txt" tl-normalize &&
		{ grep -q '"text":"\\n\\nThe council met on Monday.\\n"' "$rb_out" || rb_fail "tl-normalize: text on standard input after blank lines: $(head -c 200 "$rb_out")"; }
fi

# ---- timeline: more names than an exec takes ------------------------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-merge" ]; then
	d="$rb_tmp/L/$(printf '%0200d' 0)/$(printf '%0200d' 1)/$(printf '%0200d' 2)"
	mkdir -p "$d"
	awk -v d="$d" 'BEGIN { for (i = 0; i < 3000; i++) { f = sprintf("%s/%0180d.txt", d, i); print "The council met on Monday." > f; close(f) } }'
	rb_run "2.4 MB of names, one job" 0 - timeline -q -j 1 --exports '' -d "$rb_tmp/Lout" "$rb_tmp/L" &&
		{ [ "$(grep -c '"id":' "$rb_tmp/Lout/L.timeline.json")" -eq 3000 ] ||
			rb_fail "timeline: 2.4 MB of names, one job: $(grep -c '"id":' "$rb_tmp/Lout/L.timeline.json") documents"; }
	rm -rf "$rb_tmp/L" "$rb_tmp/Lout"
fi

# ---- tl-tag: Unicode line ends in CoNLL-U comments -------------------------------
if [ -x "$TL_BIN/tl-tag" ]; then
	printf '{"id":"a\\u2028b\\u2029c\\u0085d","text":"The council met."}\n' >"$rb_tmp/u2028.jsonl"
	rb_run "an id with U+2028, U+2029 and NEL" 0 "$rb_tmp/u2028.jsonl" tl-tag &&
		{ grep -q '^# newdoc id = a b c d$' "$rb_out" && grep -q '^# sent_id = a b c d-1$' "$rb_out" ||
			rb_fail "tl-tag: an id with U+2028, U+2029 and NEL: $(head -c 300 "$rb_out")"; }
fi

# ---- signals: the other ones that end a process ---------------------------------
# A stage reads a FIFO held open (so it waits with its -o temporary file
# made), then gets the signal.
rb_records_for tl-dates "$rb_tmp/good.jsonl" g1 g2
rb_sig_stage() { # SIGNAL IGNORE_HUP
	rm -rf "$rb_tmp/sig"
	mkdir -p "$rb_tmp/sig"
	echo old >"$rb_tmp/sig/out.jsonl"
	rm -f "$rb_tmp/sig/fifo"
	mkfifo "$rb_tmp/sig/fifo"
	if [ "$2" = 1 ]; then
		(trap '' HUP; exec "$TL_BIN/tl-dates" "$rb_tmp/sig/fifo" -o "$rb_tmp/sig/out.jsonl") 2>"$rb_err" &
	else
		"$TL_BIN/tl-dates" "$rb_tmp/sig/fifo" -o "$rb_tmp/sig/out.jsonl" 2>"$rb_err" &
	fi
	pid=$!
	exec 3>"$rb_tmp/sig/fifo"
	head -1 "$rb_tmp/good.jsonl" >&3
	i=0
	while [ $i -lt 50 ] && [ "$(ls -A "$rb_tmp/sig" | grep -c '^\.out')" -eq 0 ]; do
		sleep 0.1; i=$((i + 1))
	done
	kill -s "$1" $pid
	sleep 0.2
	tail -1 "$rb_tmp/good.jsonl" >&3
	exec 3>&-
	wait $pid 2>/dev/null
	rb_rc=$?
}
if [ -x "$TL_BIN/tl-dates" ]; then
	for sig in USR1 USR2 ALRM VTALRM PROF PWR; do
		rb_sig_stage $sig 0
		[ "$rb_rc" -gt 128 ] || rb_fail "tl-dates: SIG$sig: exit status $rb_rc"
		[ "$(cat "$rb_tmp/sig/out.jsonl")" = old ] || rb_fail "tl-dates: SIG$sig: -o file changed"
		left=$(ls -A "$rb_tmp/sig" | grep -v -e '^fifo$' -e '^out.jsonl$')
		[ -z "$left" ] || rb_fail "tl-dates: SIG$sig: files left behind: $left"
	done
	rb_sig_stage XCPU 0
	rb_check "SIGXCPU" 1 tl-dates &&
		rb_expect_err "SIGXCPU" tl-dates ".*fifo:1: CPU time limit exceeded [(]ulimit -t[)]$"
	[ -z "$(ls -A "$rb_tmp/sig" | grep -v -e '^fifo$' -e '^out.jsonl$')" ] || rb_fail "tl-dates: SIGXCPU: files left behind"
	rb_sig_stage HUP 1
	rb_check "SIGHUP ignored (nohup)" 0 tl-dates &&
		{ [ "$(grep -c '"id"' "$rb_tmp/sig/out.jsonl")" -eq 2 ] || rb_fail "tl-dates: SIGHUP ignored (nohup): $(head -c 200 "$rb_tmp/sig/out.jsonl")"; }
fi
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-merge" ]; then
	for sig in USR1 ALRM; do
		rm -rf "$rb_tmp/dsig" "$rb_tmp/dfifo.txt"
		mkfifo "$rb_tmp/dfifo.txt"
		"$TL_BIN/timeline" -q -j 1 --exports '' -d "$rb_tmp/dsig" "$rb_tmp/dfifo.txt" 2>"$rb_err" &
		pid=$!
		exec 3>"$rb_tmp/dfifo.txt"
		printf 'The council met on Monday.\n' >&3
		i=0
		while [ $i -lt 50 ] && [ -z "$(ls -A "$rb_tmp/dsig" 2>/dev/null)" ]; do
			sleep 0.1; i=$((i + 1))
		done
		sleep 0.3
		kill -s $sig $pid
		wait $pid 2>/dev/null
		rb_rc=$?
		exec 3>&-
		[ "$rb_rc" -gt 128 ] || rb_fail "timeline: SIG$sig: exit status $rb_rc"
		sleep 0.2
		[ -z "$(ls -A "$rb_tmp/dsig")" ] || rb_fail "timeline: SIG$sig: left behind: $(ls -A "$rb_tmp/dsig")"
		[ -z "$(pgrep -f "$rb_tmp/dfifo" || true)" ] || rb_fail "timeline: SIG$sig: a stage left running"
	done
fi

rb_finish
