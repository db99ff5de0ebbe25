#!/bin/sh
# The tenth battery's hostile inputs that found bugs, kept as regression
# checks, with a few of the neighbours that passed.  Each case runs under
# `timeout 10`.
#
# - tl-dates, tl-tag, tl-events: under `ulimit -v` too small for the
#   tagger's weight tables (mapped apart, tl_big_alloc0), GLib's g_error
#   trapped: "ERROR **: tag-weights.c:83: failed to map 6291456 bytes", a
#   trace and death by SIGTRAP (status 133), where any other allocation
#   failure says "out of memory" in one line and exits 1.
# - tl-dates: `--dct 2024` and `--dct 2024-04` were taken (and written as
#   the records' dct), where tl-normalize, the driver and FORMAT.md refuse a
#   --dct that is not a day.
# - every program: a message quoting a value or a file name holding U+2028,
#   U+2029 or U+0085 (line ends to Unicode and to Python's splitlines), or
#   bytes that are not UTF-8, was not one line of text; they are escaped now
#   (\u2028, \xff) like the control characters before them.
# - tl-merge: records of one id from two sources (a.jsonl and b.jsonl both
#   with "x") were merged as one document and the second's events of an
#   event id the first had (e1, e2 ...) were dropped without a word; now a
#   warning names the file and line (a file given twice is warned about too;
#   a timeline and the records it was made of are not).
# - timeline: `--stages merge` with two or more jobs on JSON Lines hung for
#   ever (the dealer waited for pipelines that had no stage to open their
#   FIFOs), and SIGTERM did not end it.
# - timeline: `-o a.txt a.txt` replaced the article by the timeline; an
#   input a.csv was replaced by the CSV export of a run named a; an input
#   x.normalize.jsonl by --keep-intermediate's file: an output that is an
#   input is refused before anything runs.
# - every program: a standard input or output handed over non-blocking (a
#   parent's pipe set so, as event loops do) failed at once, "<stdin>: read
#   error: Resource temporarily unavailable", or after the pipe's first
#   64 KB, "<stdout>: write error: ...", the rest lost.
# - every program: -o a name of 248 to 255 bytes (a valid one) failed,
#   "cannot create: File name too long": the temporary ".NAME.XXXXXX" beside
#   it is 8 bytes longer (its NAME part is cut now).
# - tl-timeml -d DIR on records that tl-normalize read from DIR's own .tml
#   files replaced each annotated original by the system's output, without a
#   word (the record's "source" is that file): refused per record now.
#   tl-export --format timeml -d did the same: refused per record too.
# - tl-export -f mermaid: a blank title ("", spaces, control characters)
#   was written "title " with nothing after it, which Mermaid's grammar reads
#   as a period, not a title; a blank headline likewise: "Timeline" and
#   "(no headline)" are written instead.
# - timeline: `timeline .` (or /) wrote the hidden "..timeline.json",
#   "..csv" ...; the outputs are named "timeline" then.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac
asan=0
case $TL_BIN in */asan/*) asan=1 ;; esac

printf 'KYIV, April 26, 2024 - The council met on Monday and voted to extend the bus lanes.\n' >"$rb_tmp/doc.txt"
printf '{"id":"a","dct":"2024-04-27","text":"The council met on Monday."}\n' >"$rb_tmp/rec.jsonl"

# ---- ulimit -v: the tagger's tables -----------------------------------------
# (not under AddressSanitizer, whose shadow memory needs terabytes of
# address space)
if [ "$asan" -eq 0 ]; then
	for p in tl-dates "tl-tag --input records --format record" tl-events; do
		set -- $p
		prog=$1
		shift
		[ -x "$TL_BIN/$prog" ] || continue
		for v in 20000 30000; do
			timeout -s KILL "$RB_TIMEOUT" sh -c 'ulimit -v $1; shift; exec "$@"' sh $v \
				"$TL_BIN/$prog" "$@" "$rb_tmp/rec.jsonl" </dev/null >"$rb_out" 2>"$rb_err"
			rb_rc=$?
			rb_check "ulimit -v $v" "0 1" "$prog" || continue
			[ "$rb_rc" -eq 0 ] || rb_expect_err "ulimit -v $v" "$prog" ".*out of memory [(]failed to allocate [0-9]+ bytes; see ulimit -v[)]$" ||
				continue
			[ "$(wc -l <"$rb_err")" -le 1 ] || rb_fail "$prog: ulimit -v $v: more than one line: $(head -c 300 "$rb_err")"
		done
	done
fi

# ---- standard input and output non-blocking (python3 makes them so) --------------
if command -v python3 >/dev/null 2>&1 && [ -x "$TL_BIN/tl-dates" ]; then
	for i in $(seq 400); do sed "s/\"id\":\"a\"/\"id\":\"a$i\"/" "$rb_tmp/rec.jsonl"; done >"$rb_tmp/400.jsonl"
	timeout -s KILL "$RB_TIMEOUT" python3 - "$TL_BIN" "$rb_tmp/400.jsonl" >"$rb_out" 2>"$rb_err" <<'PY'
import os, subprocess, sys, time
bin, src = sys.argv[1], sys.argv[2]
data = open(src, "rb").read()
for prog in ["tl-dates", "tl-normalize", "tl-merge"]:
    if not os.path.exists(bin + "/" + prog):
        continue
    args = [bin + "/" + prog] + (["--format", "jsonl"] if prog == "tl-normalize" else [])
    # standard output: a non-blocking pipe read only once the stage has filled it
    r, w = os.pipe()
    os.set_blocking(w, False)
    p = subprocess.Popen(args + [src], stdout=w, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    os.close(w)
    time.sleep(0.5)
    got = b""
    while True:
        c = os.read(r, 1 << 16)
        if not c:
            break
        got += c
    err = p.stderr.read()
    p.wait()
    if p.returncode != 0 or err:
        print("FAIL: %s: standard output non-blocking: exit %d: %r" % (prog, p.returncode, err[:200]))
    # standard input: a non-blocking pipe written only later
    r, w = os.pipe()
    os.set_blocking(r, False)
    p = subprocess.Popen(args, stdin=r, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(r)
    time.sleep(0.3)
    try:
        os.write(w, data[:data.index(b"\n", 4000) + 1])
    except BrokenPipeError:
        pass
    os.close(w)
    out, err = p.communicate()
    if p.returncode != 0 or err or not out:
        print("FAIL: %s: standard input non-blocking: exit %d: %r" % (prog, p.returncode, err[:200]))
PY
	[ ! -s "$rb_out" ] || { cat "$rb_out"; rb_failed=1; }
	[ ! -s "$rb_err" ] || rb_fail "non-blocking: $(head -c 300 "$rb_err")"
fi

# ---- -o a long name ---------------------------------------------------------
n250=$(printf '%0250d' 0)
n255=$(printf '%0255d' 0)
for p in tl-dates tl-merge "tl-export --format csv"; do
	set -- $p
	prog=$1
	shift
	[ -x "$TL_BIN/$prog" ] || continue
	in=$rb_tmp/rec.jsonl
	[ "$prog" = tl-export ] && { "$TL_BIN/tl-merge" "$rb_tmp/rec.jsonl" >"$rb_tmp/rec.tl" 2>/dev/null; in=$rb_tmp/rec.tl; }
	for n in $n250 $n255; do
		rm -f "$rb_tmp/$n"
		rb_run "-o a name of ${#n} bytes" 0 - "$prog" "$@" -o "$rb_tmp/$n" "$in" &&
			{ [ -s "$rb_tmp/$n" ] || rb_fail "$prog: -o a name of ${#n} bytes: nothing written"; }
	done
	rb_run "-o a name of 256 bytes" 1 - "$prog" "$@" -o "$rb_tmp/${n255}1" "$in" &&
		rb_expect_err "-o a name of 256 bytes" "$prog" ".*01: cannot create: File name too long"
	[ -z "$(ls -A "$rb_tmp" | grep '^\.')" ] || rb_fail "$prog: -o long names: temporary files left"
	rm -f "$rb_tmp/$n250" "$rb_tmp/$n255"
done

# ---- tl-dates --dct: a day or a time, not a year or a month --------------------
if [ -x "$TL_BIN/tl-dates" ]; then
	for v in 2024 2024-04 2024-13 2024-04-31; do
		rb_run "--dct $v" 2 "$rb_tmp/rec.jsonl" tl-dates --dct "$v" &&
			rb_expect_err "--dct $v" tl-dates "--dct: bad date '$v'"
	done
	for v in 2024-04-27 20240427 2024-04-27T23:59:60 2024-04-27t12:00 2024-04-27T12:00+14:00; do
		rb_run "--dct $v" "0 2" "$rb_tmp/rec.jsonl" tl-dates --dct "$v"
	done
	rb_run "--dct 2024-04-27T12:00Z" 0 "$rb_tmp/rec.jsonl" tl-dates --dct 2024-04-27T12:00Z &&
		{ grep -q '"dct":"2024-04-27T12:00"' "$rb_out" || rb_fail "tl-dates: --dct 2024-04-27T12:00Z: $(head -c 200 "$rb_out")"; }
	# (a record's own year-only dct is read: tl-dates writes inferred ones so)
	printf '{"id":"a","dct":"2024","text":"The council met on Monday."}\n' >"$rb_tmp/y.jsonl"
	rb_run "a record's dct 2024" 0 "$rb_tmp/y.jsonl" tl-dates
fi

# ---- one line of text per message ---------------------------------------------
if [ -x "$TL_BIN/tl-dates" ]; then
	printf '{"id":"a","dct":"x\342\200\250y\302\205z\342\200\251","text":"t"}\n' >"$rb_tmp/ls.jsonl"
	rb_run "a dct with U+2028, U+0085, U+2029" 1 "$rb_tmp/ls.jsonl" tl-dates &&
		{ grep -Fq "tl-dates: <stdin>:1: bad 'dct' \"x\\u2028y\\u0085z\\u2029\"" "$rb_err" ||
			rb_fail "tl-dates: a dct with U+2028, U+0085, U+2029: $(head -c 300 "$rb_err")"; }
	rb_run "a file name not UTF-8" 1 - tl-dates "$rb_tmp/$(printf 'a\377\303\251b')" &&
		{ grep -Fq "$(printf '/a\\xff\303\251b: No such file')" "$rb_err" ||
			rb_fail "tl-dates: a file name not UTF-8: $(head -c 300 "$rb_err")"; }
fi

# ---- tl-merge: one id from two sources ----------------------------------------
if [ -x "$TL_BIN/tl-merge" ] && [ -x "$TL_BIN/tl-events" ]; then
	printf '{"id":"x","dct":"2024-04-27","text":"The council met on Monday."}\n' >"$rb_tmp/a.jsonl"
	printf '{"id":"x","dct":"2023-01-01","text":"The bridge opened on 3 March 2023."}\n' >"$rb_tmp/b.jsonl"
	for f in a b; do
		"$TL_BIN/tl-dates" "$rb_tmp/$f.jsonl" | "$TL_BIN/tl-events" >"$rb_tmp/$f.ev" 2>/dev/null
	done
	rb_run "one id in two files" 0 - tl-merge "$rb_tmp/a.ev" "$rb_tmp/b.ev" &&
		rb_expect_err "one id in two files" tl-merge \
			".*/b.ev:1: warning: id \"x\" repeats an earlier record's: merged as one document"
	[ "$(wc -l <"$rb_err")" -eq 1 ] || rb_fail "tl-merge: one id in two files: $(cat "$rb_err")"
	rb_run "a file twice" 0 - tl-merge "$rb_tmp/a.ev" "$rb_tmp/a.ev" &&
		rb_expect_err "a file twice" tl-merge ".*/a.ev:1: warning: id \"x\" repeats"
	# a timeline and the records it was made of: no warning
	"$TL_BIN/tl-merge" "$rb_tmp/a.ev" >"$rb_tmp/a.tl" 2>/dev/null
	rb_run "a timeline and its records" 0 - tl-merge "$rb_tmp/a.tl" "$rb_tmp/a.ev" &&
		{ [ ! -s "$rb_err" ] || rb_fail "tl-merge: a timeline and its records: $(head -c 300 "$rb_err")"; }
	# many repeats: five lines and a count
	for i in 1 2 3 4 5 6 7 8; do cat "$rb_tmp/a.ev"; done >"$rb_tmp/many.ev"
	rb_run "one id eight times" 0 - tl-merge "$rb_tmp/many.ev" &&
		rb_expect_err "one id eight times" tl-merge "warning: 2 more records repeated an earlier id" &&
		{ [ "$(wc -l <"$rb_err")" -eq 6 ] || rb_fail "tl-merge: one id eight times: $(wc -l <"$rb_err") lines"; }
	# spilling (--memory 1K) reads as before
	rb_run "one id in two files, --memory 1K" 0 - tl-merge --memory 1K "$rb_tmp/a.ev" "$rb_tmp/b.ev"
fi

# ---- tl-timeml -d: the records' own source files ----------------------------------
if [ -x "$TL_BIN/tl-timeml" ] && [ -x "$TL_BIN/tl-normalize" ]; then
	mkdir "$rb_tmp/tml" "$rb_tmp/tml2"
	printf '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n<TEXT>The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-01-05">Monday</TIMEX3>.</TEXT>\n</TimeML>\n' >"$rb_tmp/tml/d1.tml"
	cp "$rb_tmp/tml/d1.tml" "$rb_tmp/orig.tml"
	"$TL_BIN/tl-normalize" "$rb_tmp/tml/d1.tml" >"$rb_tmp/tml.jsonl" 2>/dev/null
	rb_run "-d the records' source folder" 1 "$rb_tmp/tml.jsonl" tl-timeml -d "$rb_tmp/tml" &&
		rb_expect_err "-d the records' source folder" tl-timeml "<stdin>:1: .*tml/d1.tml is this record's source; not written over"
	cmp -s "$rb_tmp/orig.tml" "$rb_tmp/tml/d1.tml" || rb_fail "tl-timeml: -d the records' source folder: d1.tml replaced"
	rb_run "-d another folder" 0 "$rb_tmp/tml.jsonl" tl-timeml -d "$rb_tmp/tml2" &&
		{ [ -s "$rb_tmp/tml2/d1.tml" ] || rb_fail "tl-timeml: -d another folder: no d1.tml"; }
	if [ -x "$TL_BIN/tl-export" ]; then
		rb_run "-f timeml -d the records' source folder" 1 "$rb_tmp/tml.jsonl" tl-export -f timeml -d "$rb_tmp/tml" &&
			rb_expect_err "-f timeml -d the records' source folder" tl-export "<stdin>:1: .*tml/d1.tml is this record's source; not written over"
		cmp -s "$rb_tmp/orig.tml" "$rb_tmp/tml/d1.tml" || rb_fail "tl-export: -f timeml -d the records' source folder: d1.tml replaced"
	fi
fi

# ---- tl-export -f mermaid: a blank title or headline -------------------------------
# Mermaid's timeline grammar reads "title" only with text after it, and an
# event only with text after its colon: a blank one became a period.
if [ -x "$TL_BIN/tl-export" ]; then
	for t in '""' '" \t "' '"\u0001"'; do
		printf '{"title":%s,"entries":[{"date":{"value":"2024","range":["2024-01-01","2025-01-01"],"granularity":"year"},"headline":%s,"salience":0.5}]}\n' "$t" "$t" >"$rb_tmp/blank.json"
		rb_run "mermaid, blank title and headline $t" 0 "$rb_tmp/blank.json" tl-export -f mermaid &&
			{ grep -q '^    title Timeline$' "$rb_out" && grep -q ' : (no headline)$' "$rb_out" ||
				rb_fail "tl-export: mermaid, blank title and headline $t: $(tr '\n' '|' <"$rb_out")"; }
	done
fi

# ---- timeline: --stages merge with jobs ----------------------------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-merge" ] && [ -x "$TL_BIN/tl-events" ]; then
	"$TL_BIN/tl-dates" "$rb_tmp/rec.jsonl" | "$TL_BIN/tl-events" >"$rb_tmp/ev.jsonl" 2>/dev/null
	for j in 1 2 4; do
		rb_run "--stages merge -j $j" 0 - timeline -q -j $j --stages merge --exports '' -d "$rb_tmp/mout$j" "$rb_tmp/ev.jsonl" &&
			{ grep -q '"headline"' "$rb_tmp/mout$j/ev.timeline.json" ||
				rb_fail "timeline: --stages merge -j $j: no entry"; }
	done
fi

# ---- timeline: an output that is an input ----------------------------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-export" ]; then
	mkdir "$rb_tmp/clob"
	cp "$rb_tmp/doc.txt" "$rb_tmp/clob/a.txt"
	cp "$rb_tmp/doc.txt" "$rb_tmp/clob/a.csv"
	cp "$rb_tmp/rec.jsonl" "$rb_tmp/clob/x.normalize.jsonl"
	rb_run "-o the input" 2 - timeline -q -j 1 --exports csv -d "$rb_tmp/clob/o" -o "$rb_tmp/clob/a.txt" "$rb_tmp/clob/a.txt" &&
		rb_expect_err "-o the input" timeline ".*clob/a.txt: an output of this run, and an input"
	cmp -s "$rb_tmp/doc.txt" "$rb_tmp/clob/a.txt" || rb_fail "timeline: -o the input: a.txt replaced"
	ln -s a.txt "$rb_tmp/clob/link.txt"
	rb_run "-o a link to the input" 2 - timeline -q -j 2 --exports csv -d "$rb_tmp/clob/o" -o "$rb_tmp/clob/link.txt" "$rb_tmp/clob/a.txt"
	cmp -s "$rb_tmp/doc.txt" "$rb_tmp/clob/a.txt" || rb_fail "timeline: -o a link to the input: a.txt replaced"
	rb_run "an export over an input" 2 - timeline -q -j 1 --exports 'csv;ics' -f text -n a -d "$rb_tmp/clob" "$rb_tmp/clob/a.csv" &&
		rb_expect_err "an export over an input" timeline ".*clob/a.csv: an output of this run, and an input"
	cmp -s "$rb_tmp/doc.txt" "$rb_tmp/clob/a.csv" || rb_fail "timeline: an export over an input: a.csv replaced"
	rb_run "--keep-intermediate over an input" 2 - timeline -q -j 1 --keep-intermediate --exports csv -n x \
		-d "$rb_tmp/clob" "$rb_tmp/clob/x.normalize.jsonl"
	cmp -s "$rb_tmp/rec.jsonl" "$rb_tmp/clob/x.normalize.jsonl" || rb_fail "timeline: --keep-intermediate over an input: replaced"
	# the neighbours that write beside their inputs still run
	rb_run "-d the input's folder" 0 - timeline -q -j 1 --exports csv -d "$rb_tmp/clob" "$rb_tmp/clob/a.txt" &&
		{ [ -s "$rb_tmp/clob/a.timeline.json" ] || rb_fail "timeline: -d the input's folder: no timeline"; }
	rb_run "-o -" 0 - timeline -q -j 1 --exports csv -d "$rb_tmp/clob/o" -o - "$rb_tmp/clob/a.txt"

	# ---- timeline . : not a hidden "..timeline.json" ---------------------------
	mkdir "$rb_tmp/dot"
	cp "$rb_tmp/doc.txt" "$rb_tmp/dot/d.txt"
	(cd "$rb_tmp/dot" && timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -j 1 --exports csv -d out . \
		</dev/null >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "timeline ." 0 timeline &&
		{ [ -s "$rb_tmp/dot/out/timeline.timeline.json" ] && [ ! -e "$rb_tmp/dot/out/..timeline.json" ] ||
			rb_fail "timeline .: outputs $(ls -a "$rb_tmp/dot/out" | tr '\n' ' ')"; }
fi

rb_finish
