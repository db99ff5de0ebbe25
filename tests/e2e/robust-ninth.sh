#!/bin/sh
# The ninth battery's hostile inputs that found bugs, kept as regression
# checks, with a few of the neighbours that passed.  Each case runs under
# `timeout 10`.
#
# - every program: an error line was written in three pieces (the program's
#   name, the message, the newline), so the stages of two pipelines that
#   refused one bad option of pipeline.conf together wrote
#   "tl-dates: tl-dates: --mode: ..." and then a line naming no program.
# - every program: a pipeline.conf that starts with a UTF-8 byte order mark
#   (Notepad writes one) was refused: "Key file contains line "\357\273\277[timeline]"
#   which is not a key-value pair"; one in UTF-16 was named by a line of
#   mojibake; a FIFO as --config waited for ever for a writer.
# - every program: a file name holding a newline (or a value holding one)
#   split its error message into two lines, the second naming no program;
#   now written "a\nb.txt", as other control characters are ("\x1b").
# - every JSON Lines stage (tl-normalize --format jsonl, tl-dates, tl-tag,
#   tl-events, tl-merge, tl-timeml, tl-export --format timeml) and the
#   driver's dealer: /dev/zero, or a pipe from it, hung for ever (one line
#   that never ends, skipped as over --max-size byte after byte); a line over
#   the limit that holds a NUL byte now stops that file: "NUL byte at byte 1
#   of a line over the limit of M bytes (a binary file?)", and with -k the
#   next file is read (the driver's -k gave up the whole run on a read
#   error, and named the file and line twice).
# - tl-export: a timeline opening with a UTF-8 byte order mark (saved by a
#   Windows editor) was "not valid JSON: '[' or '{' expected near '\357\273\277'",
#   where tl-merge and the JSON Lines stages drop the mark.
# - tl-timeml: "--dir: need an existing folder" named no folder.
# - timeline: run twice with its output folder inside its input folder
#   (`timeline -d in/out in`, or `timeline .` beside ./output), it failed
#   from the second run on, reading its own in/out/in.timeline.json as JSON
#   Lines ("invalid JSON"; with --keep-intermediate it also read the stages'
#   records again).  The output folder is not walked now, and a timeline or
#   export met in a folder is skipped with a warning.
# - tl-merge: a timeline in its own layout edited by hand (the last entries
#   deleted, leaving "]}" alone on its line; "]" and "}" on lines of their
#   own; blank lines; trailing blanks) was refused: "not a JSON object: '['
#   or '{' expected near end of file", or read line by line as records, where
#   tl-export and jq read it.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

printf 'KYIV, April 26, 2024 - The council met on Monday and voted to extend the bus lanes.\n' >"$rb_tmp/doc.txt"
printf '{"id":"a","text":"The council met on Monday."}\n' >"$rb_tmp/rec.jsonl"

# ---- pipeline.conf: a byte order mark, UTF-16, a FIFO ------------------------
if [ -x "$TL_BIN/tl-dates" ]; then
	printf '\357\273\277[dates]\r\nmode=news\r\n' >"$rb_tmp/bom.conf"
	rb_run "--config with a byte order mark" 0 "$rb_tmp/rec.jsonl" tl-dates --config "$rb_tmp/bom.conf"
	printf '\357\273\277[dates]\nmode=sideways\n' >"$rb_tmp/bombad.conf"
	rb_run "--config with a byte order mark, a bad value" 2 "$rb_tmp/rec.jsonl" tl-dates --config "$rb_tmp/bombad.conf" &&
		rb_expect_err "--config with a byte order mark, a bad value" tl-dates "--mode: unknown mode 'sideways'"
	printf '\377\376[\000d\000a\000t\000e\000s\000]\000\n\000' >"$rb_tmp/u16.conf"
	rb_run "--config in UTF-16" 2 "$rb_tmp/rec.jsonl" tl-dates --config "$rb_tmp/u16.conf" &&
		rb_expect_err "--config in UTF-16" tl-dates ".*u16.conf: UTF-16 text is not supported"
	if mkfifo "$rb_tmp/fifo.conf" 2>/dev/null; then
		rb_run "--config a FIFO" 2 "$rb_tmp/rec.jsonl" tl-dates --config "$rb_tmp/fifo.conf" &&
			rb_expect_err "--config a FIFO" tl-dates ".*fifo.conf: Not a regular file"
	fi
fi
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-export" ]; then
	printf '\357\273\277[timeline]\r\nexports=csv\r\njobs=1\r\n' >"$rb_tmp/bomt.conf"
	rb_run "timeline --config with a byte order mark" 0 - timeline -q --config "$rb_tmp/bomt.conf" \
		-d "$rb_tmp/bomout" "$rb_tmp/doc.txt" &&
		{ [ -s "$rb_tmp/bomout/doc.csv" ] || rb_fail "timeline: --config with a byte order mark: no doc.csv"; }

	# ---- one error line, one write: eight stages refusing at once -----------
	# (a race: before the fix, about one run in two mixed its lines on a pipe)
	printf '[dates]\nmode=sideways\n' >"$rb_tmp/mode.conf"
	d=$rb_tmp/doc.txt
	for rep in 1 2 3 4 5 6; do
		{
			timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -j 8 --config "$rb_tmp/mode.conf" \
				-d "$rb_tmp/modeout" "$d" "$d" "$d" "$d" "$d" "$d" "$d" "$d" </dev/null 2>&1 >"$rb_out"
			echo $? >"$rb_tmp/rc"
		} | cat >"$rb_err"
		[ "$(cat "$rb_tmp/rc")" -eq 2 ] ||
			{ rb_fail "timeline: bad [dates] mode with --jobs 8: not exit 2: $(head -c 300 "$rb_err")"; break; }
		if grep -Ev "^(tl-dates|timeline): " "$rb_err" | grep -q . ||
			grep -q "tl-dates: tl-dates:" "$rb_err"; then
			rb_fail "timeline: bad [dates] mode with --jobs 8: lines mixed: $(head -c 300 "$rb_err")"
			break
		fi
	done
fi

# ---- file names with a newline: the message stays one line -----------------
nl='
'
mkdir "$rb_tmp/nl"
if [ -x "$TL_BIN/tl-normalize" ]; then
	printf 'bad \377 byte\n' >"$rb_tmp/nl/c${nl}d.txt"
	rb_run "a file name with a newline" 1 - tl-normalize "$rb_tmp/nl/c${nl}d.txt" &&
		rb_expect_err "a file name with a newline" tl-normalize '.*/c\\nd.txt: invalid UTF-8 at byte 4$'
	rb_run "--dct with a newline and ESC" 2 - tl-normalize --dct "$(printf '2024\n\033x')" &&
		rb_expect_err "--dct with a newline and ESC" tl-normalize "--dct: '2024\\\\n\\\\x1bx' is not a date"
fi
printf '{"id":"a","text":"The council met."}\n{bad\n{"id":"b","text":"x"}\n' >"$rb_tmp/nl/e${nl}f.jsonl"
for p in tl-dates tl-events tl-merge; do
	[ -x "$TL_BIN/$p" ] || continue
	rb_run "a file name with a newline" 1 - "$p" -k "$rb_tmp/nl/e${nl}f.jsonl" &&
		rb_expect_err "a file name with a newline" "$p" '.*/e\\nf.jsonl:2: '
done
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-export" ]; then
	ln -s "$rb_tmp/no-such" "$rb_tmp/nl/dang${nl}ling.txt"
	for j in 1 2; do
		timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -k -j $j -d "$rb_tmp/nlout" --exports csv "$rb_tmp/nl" \
			</dev/null >"$rb_out" 2>"$rb_err"
		rb_rc=$?
		[ "$rb_rc" -eq 1 ] && ! grep -Ev "^(timeline|tl-[a-z]+): " "$rb_err" | grep -q . &&
			grep -q 'dang\\nling.txt: No such file or directory; skipped' "$rb_err" &&
			grep -q 'e\\nf.jsonl:2: ' "$rb_err" ||
			rb_fail "timeline -j $j: file names with a newline: exit status $rb_rc: $(head -c 400 "$rb_err")"
	done
fi

# ---- /dev/zero: one line that never ends ------------------------------------
if [ -r /dev/zero ]; then
	printf '{"id":"good","text":"The council met on Monday."}\n' >"$rb_tmp/good.jsonl"
	for p in "tl-normalize --format jsonl" tl-dates "tl-tag --input records --format record" tl-events tl-merge \
		"tl-timeml -d $rb_tmp" "tl-export --format timeml -d $rb_tmp"; do
		set -- $p
		[ -x "$TL_BIN/$1" ] || continue
		rb_run "/dev/zero" 1 - "$@" --max-size 100000 /dev/zero &&
			rb_expect_err "/dev/zero" "$1" "/dev/zero:1: NUL byte at byte 1 of a line over the limit of 100000 bytes"
		rb_run "-k /dev/zero then a good file" 1 /dev/zero "$@" --max-size 100000 -k - "$rb_tmp/good.jsonl" &&
			{ grep -q '"good"' "$rb_out" || [ -s "$rb_tmp/good.tml" ] ||
				rb_fail "$1: -k /dev/zero then a good file: the good record lost"; }
		rm -f "$rb_tmp/good.tml"
	done
	if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-export" ]; then
		ln -s /dev/zero "$rb_tmp/zero.jsonl"
		for j in 1 2; do
			# (with -j 1 tl-normalize reads the file, with -j 2 the driver)
			timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -k -j $j --max-size 100000 -d "$rb_tmp/zout$j" \
				--exports csv "$rb_tmp/zero.jsonl" "$rb_tmp/good.jsonl" </dev/null >"$rb_out" 2>"$rb_err"
			rb_rc=$?
			[ "$rb_rc" -eq 1 ] && grep -q '"good"' "$rb_tmp/zout$j/timeline.timeline.json" &&
				grep -Eq "^(timeline|tl-normalize): $rb_tmp/zero.jsonl:1: NUL byte at byte 1 of a line" "$rb_err" ||
				rb_fail "timeline: -k -j $j: zero.jsonl (a link to /dev/zero) and a good file: exit status $rb_rc: $(head -c 300 "$rb_err")"
			timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -j $j --max-size 100000 -d "$rb_tmp/zout$j" \
				--exports csv "$rb_tmp/zero.jsonl" "$rb_tmp/good.jsonl" </dev/null >"$rb_out" 2>"$rb_err"
			rb_rc=$?
			[ "$rb_rc" -eq 1 ] || rb_fail "timeline: -j $j: zero.jsonl: exit status $rb_rc: $(head -c 300 "$rb_err")"
		done
	fi
fi

# ---- tl-export: a timeline with a byte order mark ---------------------------
if [ -x "$TL_BIN/tl-export" ]; then
	tl='{"title":"T","generated_by":"tl-merge 0.1.0","documents":[],"entries":[{"id":"n1","date":{"value":"2024-04-26","range":["2024-04-26","2024-04-27"],"granularity":"day"},"headline":"Council met","sources":[]}]}'
	printf '\357\273\277%s\r\n' "$tl" >"$rb_tmp/bom.json"
	for fmt in timelinejs vis html csv ics mermaid; do
		rb_run "a timeline with a byte order mark ($fmt)" 0 - tl-export -f $fmt "$rb_tmp/bom.json" &&
			{ grep -q "Council met" "$rb_out" || rb_fail "tl-export: a timeline with a byte order mark ($fmt): no entry"; }
	done
	printf '\377\376{\000}\000' >"$rb_tmp/u16.json"
	rb_run "a timeline in UTF-16" 1 - tl-export -f csv "$rb_tmp/u16.json" &&
		rb_expect_err "a timeline in UTF-16" tl-export ".*u16.json:1: UTF-16 text is not supported"
fi
if [ -x "$TL_BIN/tl-timeml" ]; then
	rb_run "tl-timeml --dir a missing folder" 2 "$rb_tmp/rec.jsonl" tl-timeml -d "$rb_tmp/no-such" &&
		rb_expect_err "tl-timeml --dir a missing folder" tl-timeml "--dir: '.*no-such' is not a folder"
	rb_run "tl-timeml without --dir" 2 "$rb_tmp/rec.jsonl" tl-timeml &&
		rb_expect_err "tl-timeml without --dir" tl-timeml "--dir DIR is needed"
fi

# ---- timeline: its output folder inside its input folder, run twice ----------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-export" ]; then
	mkdir "$rb_tmp/in"
	cp "$rb_tmp/doc.txt" "$rb_tmp/in/a.txt"
	for rep in 1 2 3; do
		rb_run "-d in/out in, run $rep" 0 - timeline -q -j 2 --keep-intermediate -d "$rb_tmp/in/out" "$rb_tmp/in" &&
			{ grep -q '"id":"a"' "$rb_tmp/in/out/in.timeline.json" && [ ! -s "$rb_err" ] ||
				rb_fail "timeline: -d in/out in, run $rep: $(head -c 300 "$rb_err")"; }
	done
	mkdir "$rb_tmp/in2"
	cp "$rb_tmp/doc.txt" "$rb_tmp/in2/a.txt"
	for rep in 1 2; do
		rb_run "-d in in, run $rep" 0 - timeline -q -j 1 --exports 'timelinejs;vis;csv' -d "$rb_tmp/in2" "$rb_tmp/in2" &&
			{ grep -q '"id":"a"' "$rb_tmp/in2/in2.timeline.json" ||
				rb_fail "timeline: -d in in, run $rep: no document a"; }
	done
	rb_expect_err "-d in in, run 2" timeline "warning: .*in2/in2.timeline.json: a timeline or export, not a document; skipped"
fi

# ---- tl-merge: its own timeline, edited by hand ------------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	h='{"title":"T","generated_by":"tl-merge 0.1.0",'
	doc='{"id":"d1","title":"D","dct":"2024-04-27"}'
	ent='{"id":"n1","date":{"value":"2024-04-26","range":["2024-04-26","2024-04-27"],"granularity":"day"},"headline":"Council met","text":"The council met.","participants":[],"sources":[{"doc":"d1","event":"e1","sentence":0,"date":{"value":"2024-04-26","range":["2024-04-26","2024-04-27"],"granularity":"day"},"class":"OCCURRENCE","trigger":"met","summary":"Council met","participants":[],"quote":"The council met.","confidence":0.8,"salience":0.5}],"confidence":0.8,"salience":0.5}'
	# name, then the lines after the header
	while IFS='|' read -r name body; do
		printf '%s\n' "$h" >"$rb_tmp/ed.json"
		printf "$body" "$doc" "$ent" >>"$rb_tmp/ed.json"
		rb_run "an edited timeline: $name" 0 - tl-merge "$rb_tmp/ed.json" || continue
		case $name in
		*"no entries"*) grep -q '^"entries":\[\]}$' "$rb_out" ;;
		*) grep -q '"headline":"Council met"' "$rb_out" ;;
		esac || rb_fail "tl-merge: an edited timeline: $name: $(head -c 300 "$rb_out")"
	done <<'EOF'
no entries, "]}" alone|"documents":[\n%s],\n"entries":[\n]}\n%.0s
no entries, "]" and "}"|"documents":[\n%s],\n"entries":[]\n}\n%.0s
no documents, "]," alone|"documents":[\n],\n"entries":[\n%.0s%s]}\n
"]}" alone|"documents":[\n%s],\n"entries":[\n%s\n]}\n
"]}" alone after a comma|"documents":[\n%s],\n"entries":[\n%s,\n]}\n
"]" and "}" alone|"documents":[\n%s],\n"entries":[\n%s\n]\n}\n
"]" and "," alone|"documents":[\n%s\n]\n,\n"entries":[\n%s]}\n
blank lines, trailing blanks, CRLF|\n"documents":[  \r\n\n%s],\r\n\n"entries":[\t\n%s]}  \n\n
EOF
fi

rb_finish
