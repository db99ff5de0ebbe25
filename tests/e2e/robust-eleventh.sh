#!/bin/sh
# The eleventh battery's hostile inputs that found bugs, kept as regression
# checks, with a few of the neighbours that passed.  Each case runs under
# `timeout 10`.
#
# - timeline: a folder nested so deep that a path in it passes PATH_MAX
#   (4,096 bytes) lost the documents below that depth without a word, exit
#   0: the walk asked "is it a folder?" with g_file_test, which says no when
#   the name is too long to look at.  Such an entry is now skipped with a
#   warning naming it, as a dangling link is.
# - tl-merge: a timeline edited by hand whose source has "salience" or
#   "confidence" out of [0, 1] (1e308) was written back as -9.22337e16 (a
#   double out of a 64-bit integer's range in the rounding, undefined
#   behaviour); the values are clamped to [0, 1], as a record's are.
# - tl-normalize: an HTML page in a declared character set holding a byte
#   that set does not define (windows-1252's 0x81, a bad Shift_JIS pair, any
#   byte of random text in GBK, Big5, EUC-JP ...) lost its text from that
#   byte on, exit 0, and libxml2 wrote "encoding error : input conversion
#   failed" and "I/O error : encoder error" lines of its own; a page
#   declaring EBCDIC, UTF-7 or HZ in ASCII was decoded as that (mojibake).
#   The page is decoded before libxml2 reads it: a bad byte is "invalid
#   shift_jis at byte B", exit 1, or U+FFFD with --lossy; names are read as
#   browsers read them (iso-8859-1 is windows-1252: 0x93 is a quote, not
#   the control U+0093); a set that does not read ASCII as ASCII is ignored.
#   A UTF-8 byte order mark wins over a <meta> that says Latin-1 (the page
#   was mojibake, "cafÃ©"), and only a <meta> tag declares (a page whose
#   text says "charset=shift_jis", or with such a <meta> commented out, is
#   not decoded so).
# - tl-normalize: a title (or og:title, or JSON-LD headline) holding C1
#   controls ("&#x85;", a line end to Unicode; "&#128;") kept them, where
#   the text turns them into spaces.
# - tl-tag: a record id or a file name holding a line break was written
#   as it is into "# newdoc id =" and "# sent_id =": the CoNLL-U got token
#   lines of the id's making ("x\n1\tfake..."); VT and FF in a sentence
#   stayed in "# text =" (line breaks to many readers).  Controls are spaces.
# - tl-tag --input text: a UTF-16 file (byte order mark) was tagged as
#   U+FFFD soup and invalid UTF-8 or a NUL byte was repaired, all without a
#   word, where every other reader says so: "UTF-16 text is not supported",
#   and a warning naming the first bad byte.
# - timeline: an export format named twice (--exports 'csv;csv', as
#   pipeline.conf's exports= may be) or a stage named twice with
#   --keep-intermediate ('dates;dates') failed the run after the stages:
#   "out/x.csv: No such file or directory; nothing written", exit 1, with
#   the files moved before it left in place.  A format is exported once, a
#   stage's records moved once (the later run's).
# - timeline: a pipeline.conf group no program reads ("[Dates]", "[date]",
#   "[timelin]") was ignored without a word, where an unknown key is
#   warned about; the driver now warns, once a run.
# - tl-timeml -d: two records of one id (or ids "a/b" and "a_b") wrote one
#   .tml file, the first lost without a word; an id of 300 bytes failed
#   ("File name too long"); an id with a control character or "." named a
#   file so.  It now names files as tl-export --format timeml does (the
#   eighth battery's fix there): "a-2.tml" with a warning naming the line.
# - timeline --until dates -o FILE (or -o -) ignored -o without a word:
#   FILE was never written, exit 0, the records in DIR only.  The last
#   stage's records go to -o now, as the timeline does without --until.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

printf 'KYIV, April 26, 2024 - The council met on Monday and voted to extend the bus lanes.\n' >"$rb_tmp/doc.txt"
printf '{"id":"a","dct":"2024-04-27","text":"The council met on Monday."}\n' >"$rb_tmp/rec.jsonl"

# ---- timeline: a folder deeper than PATH_MAX ------------------------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-merge" ] && command -v python3 >/dev/null 2>&1; then
	# 100 levels of 50-byte names (5,100 bytes), a document at 10 and at 100
	python3 - "$rb_tmp/deep" "$rb_tmp/doc.txt" <<'PY'
import os, sys
top, doc = sys.argv[1], open(sys.argv[2], "rb").read()
os.mkdir(top)
cur = os.open(top, os.O_RDONLY)
for i in range(1, 101):
    os.mkdir("d" * 50, dir_fd=cur)
    n = os.open("d" * 50, os.O_RDONLY, dir_fd=cur)
    os.close(cur)
    cur = n
    if i in (10, 100):
        f = os.open("a%d.txt" % i, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=cur)
        os.write(f, doc)
        os.close(f)
os.close(cur)
PY
	rb_run "a folder deeper than PATH_MAX" 0 - timeline -q -j 1 --exports '' -d "$rb_tmp/deepout" "$rb_tmp/deep" &&
		rb_expect_err "a folder deeper than PATH_MAX" timeline "warning: .*/dddd.*: File name too long; skipped" &&
		{ grep -q '"id":"a10"' "$rb_tmp/deepout/deep.timeline.json" ||
			rb_fail "timeline: a folder deeper than PATH_MAX: a10 lost"; }
fi

# ---- tl-merge: an edited timeline's salience and confidence out of range ----------
if [ -x "$TL_BIN/tl-merge" ]; then
	for v in 1e308 -1e308 -5 2; do
		printf '{"title":"T","documents":[{"id":"a","title":null,"dct":"2024-04-27"}],"entries":[{"id":"n1","date":{"value":"2024-04-22","range":["2024-04-22","2024-04-23"],"granularity":"day"},"headline":"The council met","sources":[{"doc":"a","event":"e1","sentence":0,"date":{"value":"2024-04-22","range":["2024-04-22","2024-04-23"],"granularity":"day"},"class":"OCCURRENCE","trigger":"met","summary":"The council met","participants":[],"confidence":%s,"salience":%s}],"confidence":0.8,"salience":0.9}]}\n' "$v" "$v" >"$rb_tmp/sal.json"
		rb_run "a source's salience $v" 0 "$rb_tmp/sal.json" tl-merge || continue
		bad=$(grep -o '"\(salience\|confidence\)":[^,}]*' "$rb_out" | grep -v ':\(0\.[0-9]*\|1\.0\|0\|1\)$')
		[ -z "$bad" ] || rb_fail "tl-merge: a source's salience $v: $bad"
	done
fi

# ---- tl-normalize: HTML in a declared character set ------------------------------
if [ -x "$TL_BIN/tl-normalize" ]; then
	# windows-1252 with an undefined byte (0x81), declared as Latin-1
	printf '<html><head><meta charset="iso-8859-1"><title>Caf\351 \223news\224</title></head><body><p>On 26 April 2024 the caf\351 \223reopened\224 for \2005 \201 and the council met.</p></body></html>' >"$rb_tmp/w1252.html"
	rb_run "windows-1252 with 0x81" 0 - tl-normalize "$rb_tmp/w1252.html" &&
		{ grep -q '"title":"Café “news”"' "$rb_out" && grep -q 'reopened” for €5 *and the council met' "$rb_out" ||
			rb_fail "tl-normalize: windows-1252 with 0x81: $(head -c 300 "$rb_out")"; }
	[ ! -s "$rb_err" ] || rb_fail "tl-normalize: windows-1252 with 0x81: $(head -c 300 "$rb_err")"
	# Shift_JIS, good and then with a bad pair (0x81 0x20)
	printf '<html><head><meta http-equiv="content-type" content="text/html; charset=Shift_JIS"></head><body><p>On 26 April 2024 \223\372\226\173 met.</p></body></html>' >"$rb_tmp/sjis.html"
	rb_run "Shift_JIS" 0 - tl-normalize "$rb_tmp/sjis.html" &&
		{ grep -q '"text":"On 26 April 2024 日本 met."' "$rb_out" || rb_fail "tl-normalize: Shift_JIS: $(head -c 300 "$rb_out")"; }
	printf '<html><head><meta charset="shift_jis"></head><body><p>On 26 April 2024 \223\372\201 the council met.</p></body></html>' >"$rb_tmp/sjisbad.html"
	rb_run "Shift_JIS with a bad pair" 1 - tl-normalize "$rb_tmp/sjisbad.html" &&
		rb_expect_err "Shift_JIS with a bad pair" tl-normalize ".*sjisbad.html: invalid shift_jis at byte 73 [(]the page's declared character set[)]$"
	rb_run "Shift_JIS with a bad pair, --lossy" 0 - tl-normalize --lossy "$rb_tmp/sjisbad.html" &&
		rb_expect_err "Shift_JIS with a bad pair, --lossy" tl-normalize ".*sjisbad.html: warning: 1 byte invalid in shift_jis replaced with U[+]FFFD" &&
		{ grep -q 'the council met' "$rb_out" || rb_fail "tl-normalize: Shift_JIS with a bad pair, --lossy: text lost: $(head -c 300 "$rb_out")"; }
	# random bytes in five multi-byte sets: no text lost without a word,
	# no line from libxml2
	for cs in gbk big5 euc-jp euc-kr iso-2022-jp; do
		{ printf '<html><head><meta charset="%s"></head><body><p>On 26 April 2024 ' "$cs"
		  head -c 3000 /dev/urandom | tr -d '\000<&'
		  printf ' the council met.</p></body></html>'; } >"$rb_tmp/rand.html"
		rb_run "random bytes in $cs" "0 1" - tl-normalize "$rb_tmp/rand.html" || continue
		[ "$rb_rc" -eq 1 ] || grep -q 'On 26 April 2024' "$rb_out" || rb_fail "tl-normalize: random bytes in $cs: text lost"
		rb_run "random bytes in $cs, --lossy" 0 - tl-normalize --lossy "$rb_tmp/rand.html" &&
			{ grep -q 'On 26 April 2024.*the council met' "$rb_out" || rb_fail "tl-normalize: random bytes in $cs, --lossy: text lost"; }
	done
	# a declaration in ASCII of a set that is not ASCII: read as UTF-8
	for cs in ibm037 utf-7 hz-gb-2312; do
		printf '<html><head><meta charset="%s"></head><body><p>On 26 April 2024 the council +AGEAYgBj- ~{ met.</p></body></html>' "$cs" >"$rb_tmp/ebc.html"
		rb_run "declared $cs, in ASCII" 0 - tl-normalize "$rb_tmp/ebc.html" &&
			{ grep -q '"text":"On 26 April 2024 the council +AGEAYgBj- ~{ met."' "$rb_out" ||
				rb_fail "tl-normalize: declared $cs, in ASCII: $(head -c 300 "$rb_out")"; }
		[ ! -s "$rb_err" ] || rb_fail "tl-normalize: declared $cs, in ASCII: $(head -c 300 "$rb_err")"
	done
	# a byte order mark wins; "charset=" in the text is not a declaration
	printf '\357\273\277<html><head><meta charset="iso-8859-1"></head><body><p>On 26 April 2024 the caf\303\251 met.</p></body></html>' >"$rb_tmp/bomcs.html"
	rb_run "a byte order mark and a Latin-1 meta" 0 - tl-normalize "$rb_tmp/bomcs.html" &&
		{ grep -q '"text":"On 26 April 2024 the café met."' "$rb_out" || rb_fail "tl-normalize: a byte order mark and a Latin-1 meta: $(head -c 300 "$rb_out")"; }
	printf '<html><head><title>Set charset=shift_jis</title></head><body><p>On 26 April 2024 the caf\303\251 met.</p></body></html>' >"$rb_tmp/textcs.html"
	rb_run "charset= in the text" 0 - tl-normalize "$rb_tmp/textcs.html" &&
		{ grep -q '"text":"On 26 April 2024 the café met."' "$rb_out" || rb_fail "tl-normalize: charset= in the text: $(head -c 300 "$rb_out")"; }
	printf '<html><head><!-- <meta charset="shift_jis"> --><meta charset="utf-8"></head><body><p>On 26 April 2024 the caf\303\251 met.</p></body></html>' >"$rb_tmp/cmtcs.html"
	rb_run "a <meta> commented out" 0 - tl-normalize "$rb_tmp/cmtcs.html" &&
		{ grep -q '"text":"On 26 April 2024 the café met."' "$rb_out" || rb_fail "tl-normalize: a <meta> commented out: $(head -c 300 "$rb_out")"; }
	# C1 controls in a title
	printf '<html><head><title>a&#128;b&#x85;c&#x9f;d</title></head><body><p>On 26 April 2024 the council met.</p></body></html>' >"$rb_tmp/c1.html"
	rb_run "C1 controls in a title" 0 - tl-normalize "$rb_tmp/c1.html" &&
		{ grep -q '"title":"a b c d"' "$rb_out" || rb_fail "tl-normalize: C1 controls in a title: $(head -c 300 "$rb_out")"; }
fi

# ---- tl-tag: CoNLL-U lines from ids, names and text ---------------------------
if [ -x "$TL_BIN/tl-tag" ]; then
	printf '{"id":"x\\n1\\tfake\\tfake\\tX\\tX\\t_\\t_\\t_\\t_\\t_\\ry","text":"The council met."}\n' >"$rb_tmp/idnl.jsonl"
	rb_run "an id with a line break" 0 "$rb_tmp/idnl.jsonl" tl-tag &&
		{ grep -q '^# newdoc id = x 1 fake fake X X _ _ _ _ _ y$' "$rb_out" && ! grep -q "^1$(printf '\t')fake" "$rb_out" ||
			rb_fail "tl-tag: an id with a line break: $(tr '\t\n' '>|' <"$rb_out" | head -c 300)"; }
	awk -F '\t' '!/^#/ && NF && NF != 10 { bad = 1 } END { exit bad }' "$rb_out" ||
		rb_fail "tl-tag: an id with a line break: a line that is not 10 columns"
	printf 'A\013B\014C met on Monday.\n' >"$rb_tmp/$(printf 'n\nl.txt')"
	rb_run "a file name with a line break, VT and FF" 0 - tl-tag "$rb_tmp/$(printf 'n\nl.txt')" &&
		{ grep -q '^# sent_id = n l.txt-1$' "$rb_out" && grep -q '^# text = A B C met on Monday.$' "$rb_out" ||
			rb_fail "tl-tag: a file name with a line break, VT and FF: $(head -c 300 "$rb_out")"; }
	printf '\377\376T\000h\000e\000 \000c\000a\000t\000\n\000' >"$rb_tmp/u16.txt"
	rb_run "UTF-16 text" 1 - tl-tag --input text "$rb_tmp/u16.txt" &&
		rb_expect_err "UTF-16 text" tl-tag ".*u16.txt: UTF-16 text is not supported"
	printf 'The council \377 met.\n' >"$rb_tmp/bad.txt"
	rb_run "invalid UTF-8 text" 0 - tl-tag --input text "$rb_tmp/bad.txt" &&
		rb_expect_err "invalid UTF-8 text" tl-tag ".*bad.txt: warning: invalid UTF-8 at byte 12: "
fi

# ---- timeline: an export or a stage named twice ---------------------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-export" ]; then
	rb_run "--exports 'csv;ics;csv'" 0 - timeline -q -j 2 --exports 'csv;ics;csv' -d "$rb_tmp/twice" "$rb_tmp/doc.txt" &&
		{ [ -s "$rb_tmp/twice/doc.csv" ] && [ -s "$rb_tmp/twice/doc.ics" ] || rb_fail "timeline: --exports 'csv;ics;csv': $(ls "$rb_tmp/twice")"; }
	rb_run "a stage twice, --keep-intermediate" 0 - timeline -q -j 1 --keep-intermediate \
		--stages 'normalize;dates;dates;events;merge' --exports csv -d "$rb_tmp/twice2" "$rb_tmp/doc.txt" &&
		{ [ -s "$rb_tmp/twice2/doc.dates.jsonl" ] && [ -s "$rb_tmp/twice2/doc.timeline.json" ] ||
			rb_fail "timeline: a stage twice, --keep-intermediate: $(ls "$rb_tmp/twice2")"; }
fi

# ---- timeline: a group of pipeline.conf that no program reads -------------------
if [ -x "$TL_BIN/timeline" ]; then
	printf '[Dates]\nmode=narrative\n[timelin]\njobs=2\n[dates]\nmode=news\n' >"$rb_tmp/groups.conf"
	rb_run "unknown groups in the config" 0 - timeline -q -j 1 --exports '' --config "$rb_tmp/groups.conf" \
		-d "$rb_tmp/gout" "$rb_tmp/doc.txt" &&
		rb_expect_err "unknown groups in the config" timeline "warning: .*groups.conf: unknown group \[Dates\] ignored$" &&
		rb_expect_err "unknown groups in the config" timeline "warning: .*groups.conf: unknown group \[timelin\] ignored$" &&
		{ [ "$(wc -l <"$rb_err")" -eq 2 ] || rb_fail "timeline: unknown groups in the config: $(cat "$rb_err")"; }
fi

# ---- tl-timeml -d: one id twice, a long id --------------------------------------
if [ -x "$TL_BIN/tl-timeml" ]; then
	long=$(printf '%0300d' 0)
	for id in a a "$long" '..'; do
		printf '{"id":"%s","dct":"2024-04-27","text":"The council met.","timexes":[]}\n' "$id"
	done >"$rb_tmp/ids.jsonl"
	mkdir "$rb_tmp/tmlids"
	rb_run "one id twice, a long id" 0 "$rb_tmp/ids.jsonl" tl-timeml -d "$rb_tmp/tmlids" &&
		rb_expect_err "one id twice, a long id" tl-timeml "<stdin>:2: warning: a.tml was written for an earlier record; this one goes to a-2.tml$" &&
		{ [ "$(ls "$rb_tmp/tmlids" | wc -l)" -eq 4 ] && [ -s "$rb_tmp/tmlids/a-2.tml" ] && [ -s "$rb_tmp/tmlids/_...tml" ] ||
			rb_fail "tl-timeml: one id twice, a long id: $(ls "$rb_tmp/tmlids" | cut -c1-20 | tr '\n' ' ')"; }
fi

# ---- timeline --until STAGE -o FILE ----------------------------------------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-dates" ]; then
	rb_run "--until dates -o FILE" 0 - timeline -q -j 1 --until dates -o "$rb_tmp/until.jsonl" -d "$rb_tmp/uout" "$rb_tmp/doc.txt" &&
		{ grep -q '"timexes"' "$rb_tmp/until.jsonl" 2>/dev/null || rb_fail "timeline: --until dates -o FILE: not written"; }
	rb_run "--until dates -o -" 0 - timeline -q -j 2 --until dates -o - -d "$rb_tmp/uout2" "$rb_tmp/doc.txt" &&
		{ grep -q '"timexes"' "$rb_out" || rb_fail "timeline: --until dates -o -: $(head -c 200 "$rb_out")"; }
fi

rb_finish
