#!/bin/sh
# The thirteenth battery's hostile inputs that found bugs, kept as regression
# checks, with a few of the neighbours that passed.  Each case runs under
# `timeout 10`.
#
# - tl-dates: a tagger model under TL_DATADIR that does not load (cut short,
#   say) made tl-dates run without its tagger, exit 0, without a word (its
#   tenses then came from cues alone); tl-events and tl-tag refuse it.  It
#   is "tl-dates: cannot load the tagger model: ...", exit 1, now.
# - every stage: a data file under TL_DATADIR that is a FIFO hung the stage
#   for ever (waiting for a writer), and a link to /dev/zero read for ever; a
#   folder there was passed over for the built-in copy without a word.  A
#   file there that is not a regular file, or cannot be read, is an error
#   naming it.
# - timeline: --stages 'normalize;tag' wrote tl-tag's CoNLL-U into
#   NAME.tag.jsonl (tl-tag writes CoNLL-U unless told), and any tl-* program
#   could be named as a stage ('normalize;export' ran tl-export as one).
#   tl-tag is now given --format=record (and after another stage
#   --input=records: pipeline.conf's [tag] input=text made a record of each
#   record's line, and the default read the whole stream at once, under
#   --max-size), and a name that is not one of the pipeline's stages is a
#   usage error.
# - tl-tag: a failed write of its CoNLL-U or text output (a full disk,
#   /dev/full) ended it with exit 1 and no message at all.
# - tl-merge: events of one sentence and one date were linked pairwise by
#   the same-happening test: 64,000 events (an event copied, or a record
#   built so) took 8.3 s, 100,000 over 20 s.  A sentence's mentions are now
#   grouped by what the test compares, and linked through the first of each
#   trigger and word: 0.55 s, the same timeline byte for byte.
# - tl-merge: a spill file that could not be written (a full TMPDIR) said
#   "spill file (writing documents): No space left on device", not where.
# - tl-train-events: a gold event of an unknown class was passed over, and
#   one whose span was negative, past the text, reversed, a float or a
#   string was moved to the text's edge (clamped, or read as 0): the model
#   trained on it without a word, exit 0.  Such an event is refused, naming
#   the file, line and event.  And --keep-going stopped at the first bad
#   record as if it were not given; it now trains on the others, writes the
#   model and exits 1.
# - tl-train-tagger: a training file under --data that is a FIFO hung it,
#   a link to /dev/zero or a file bigger than memory ended in GLib's
#   "failed to allocate" trace and SIGTRAP (it did not install the kit's
#   handlers, having its own command line).  "not a regular file", and
#   "out of memory (... see ulimit -v)", exit 1.
# - tl-normalize: a TimeML file cut short inside <TEXT> was refused as "no
#   <TEXT> element (not TimeML?)": its text is read to the end now, with a
#   warning, as a cut HTML page is.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac
SRC=$(cd "$(dirname "$0")/../.." && pwd)

printf 'KYIV, April 26, 2024 - The council met on Monday and voted to extend the bus lanes.\n' >"$rb_tmp/doc.txt"
rb_records_for tl-dates "$rb_tmp/n.jsonl" g1 g2

# ---- tl-dates: a tagger model that does not load ---------------------------------
if [ -x "$TL_BIN/tl-dates" ]; then
	mkdir -p "$rb_tmp/dd/common/tagger"
	head -c 1000 "$SRC/stages/common/data/tagger/model.bin" >"$rb_tmp/dd/common/tagger/model.bin"
	export TL_DATADIR="$rb_tmp/dd"
	rb_run "a tagger model cut short" 1 "$rb_tmp/n.jsonl" tl-dates &&
		rb_expect_err "a tagger model cut short" tl-dates "cannot load the tagger model: "
	# asked for the cues alone, it needs no model
	export TL_DATES_NO_TAGGER=1
	rb_run "TL_DATES_NO_TAGGER" 0 "$rb_tmp/n.jsonl" tl-dates &&
		rb_has_ids "TL_DATES_NO_TAGGER" tl-dates g1 g2
	unset TL_DATADIR TL_DATES_NO_TAGGER
fi

# ---- TL_DATADIR: a FIFO, /dev/zero or a folder as a data file -------------------
rb_datadir() { # KIND FILE: TL_DATADIR=$rb_tmp/fd with FILE made of KIND
	rm -rf "$rb_tmp/fd"
	mkdir -p "$rb_tmp/fd/$(dirname "$2")"
	case $1 in
	fifo) mkfifo "$rb_tmp/fd/$2" ;;
	zero) ln -s /dev/zero "$rb_tmp/fd/$2" ;;
	folder) mkdir "$rb_tmp/fd/$2" ;;
	esac
}
for kind in fifo zero folder; do
	for pf in tl-dates:common/tagger/model.bin tl-dates:dates/en/months.txt \
		tl-merge:merge/merge.ini tl-normalize:normalize/dateline.ini tl-events:events/model.bin; do
		p=${pf%%:*} f=${pf#*:}
		[ -x "$TL_BIN/$p" ] || continue
		rb_datadir $kind "$f"
		in=$rb_tmp/n.jsonl
		[ $p = tl-normalize ] && in=$rb_tmp/doc.txt
		export TL_DATADIR="$rb_tmp/fd"
		rb_run "$f a $kind" 1 "$in" $p &&
			rb_expect_err "$f a $kind" $p ".*fd/$f: not a regular file"
		unset TL_DATADIR
	done
done

# ---- timeline: --stages with tag, or with a program that is no stage ------------
if [ -x "$TL_BIN/timeline" ] && [ -x "$TL_BIN/tl-tag" ]; then
	rb_run "--stages 'normalize;tag'" 0 - timeline -q -j 1 --exports '' --stages 'normalize;tag' \
		-d "$rb_tmp/tagout" "$rb_tmp/doc.txt" &&
		{ grep -q '^{"id":"doc",.*"tokens":\[\[0,4,"' "$rb_tmp/tagout/doc.tag.jsonl" ||
			rb_fail "timeline: --stages 'normalize;tag': $(head -c 200 "$rb_tmp/tagout/doc.tag.jsonl")"; }
	# pipeline.conf's [tag] does not make it read the records as text
	printf '[tag]\nformat=conllu\ninput=text\n' >"$rb_tmp/tag.conf"
	rb_run "--stages 'normalize;tag', [tag] input=text" 0 - timeline -q -j 1 --exports '' \
		--config "$rb_tmp/tag.conf" --stages 'normalize;tag' -d "$rb_tmp/tagout3" "$rb_tmp/doc.txt" &&
		{ grep -q '^{"id":"doc",.*"tokens":\[\[0,4,"' "$rb_tmp/tagout3/doc.tag.jsonl" ||
			rb_fail "timeline: --stages 'normalize;tag', [tag] input=text: $(head -c 200 "$rb_tmp/tagout3/doc.tag.jsonl")"; }
	rb_run "--stages with tag before dates" 0 - timeline -q -j 1 --exports csv \
		--stages 'normalize;tag;dates;events;merge' -d "$rb_tmp/tagout2" "$rb_tmp/doc.txt" &&
		{ grep -q '"headline"' "$rb_tmp/tagout2/doc.timeline.json" ||
			rb_fail "timeline: --stages with tag before dates: $(head -c 200 "$rb_tmp/tagout2/doc.timeline.json")"; }
	for s in 'normalize;export' 'normalize;timeml' 'train-tagger' 'normalize;eval-tokens;merge'; do
		rb_run "--stages '$s'" 2 - timeline -q -j 1 --exports '' --stages "$s" \
			-d "$rb_tmp/stout" "$rb_tmp/doc.txt" &&
			rb_expect_err "--stages '$s'" timeline "--stages: '[a-z-]*' is not a stage"
	done
	[ ! -e "$rb_tmp/stout" ] || rb_fail "timeline: --stages with no stage: wrote $(ls "$rb_tmp/stout")"
fi

# ---- tl-tag: a write that fails ---------------------------------------------------
if [ -x "$TL_BIN/tl-tag" ] && [ -w /dev/full ]; then
	# (more than a stdio buffer: a small output fails at the last flush,
	# which said so)
	rb_records_for tl-dates "$rb_tmp/n100.jsonl" $(seq 1 100)
	for i in $(seq 1 50); do cat "$rb_tmp/doc.txt"; done >"$rb_tmp/doc50.txt"
	for o in "" "--format record" "--input records"; do
		in=$rb_tmp/doc50.txt
		[ "$o" = "--input records" ] && in=$rb_tmp/n100.jsonl
		rb_run "/dev/full, $o" 1 - tl-tag $o -o /dev/full "$in" &&
			rb_expect_err "/dev/full, $o" tl-tag "/dev/full: write error: No space left on device"
		timeout 10 "$TL_BIN/tl-tag" $o "$in" >/dev/full 2>"$rb_err"
		rb_rc=$?
		rb_check "standard output /dev/full, $o" 1 tl-tag &&
			rb_expect_err "standard output /dev/full, $o" tl-tag "<stdout>: write error: No space left on device"
	done
fi

# ---- tl-merge: many events of one sentence and one date --------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	awk 'BEGIN {
		printf "{\"id\":\"a\",\"dct\":\"2024-04-27\",\"text\":\"The council met on Monday and voted.\",\"sentences\":[[0,37]],\"timexes\":[{\"id\":\"t1\",\"start\":19,\"end\":25,\"text\":\"Monday\",\"type\":\"DATE\",\"value\":\"2024-04-22\",\"range\":[\"2024-04-22\",\"2024-04-23\"],\"granularity\":\"day\"}],\"events\":["
		for (i = 0; i < 80000; i++)
			printf "%s{\"id\":\"e%d\",\"trigger\":{\"start\":%d,\"end\":%d,\"text\":\"%s\"},\"lemma\":\"%s\",\"class\":\"OCCURRENCE\",\"sentence\":0,\"time\":\"t1\",\"relation\":\"IS_INCLUDED\",\"summary\":\"%s\",\"salience\":0.9,\"participants\":[]}",
				(i ? "," : ""), i, (i % 2 ? 30 : 12), (i % 2 ? 35 : 15), (i % 2 ? "voted" : "met"),
				(i % 2 ? "vote" : "meet"), (i % 3 ? "The council met" : "The council voted")
		printf "]}\n"
	}' >"$rb_tmp/events.jsonl"
	(ulimit -S -t 6; timeout 10 "$TL_BIN/tl-merge" "$rb_tmp/events.jsonl" >"$rb_out" 2>"$rb_err")
	rb_rc=$?
	rb_check "80,000 events of one sentence and date" 0 tl-merge &&
		{ grep -q '"headline":"The council' "$rb_out" ||
			rb_fail "tl-merge: 80,000 events of one sentence and date: $(head -c 300 "$rb_out")"; }
fi

# ---- tl-merge: a spill file that cannot be written --------------------------------
if [ -x "$TL_BIN/tl-merge" ]; then
	rb_records_for tl-merge "$rb_tmp/e.jsonl" m1 m2 m3 m4 m5 m6 m7 m8
	mkdir -p "$rb_tmp/spill"
	(ulimit -f 1; TMPDIR=$rb_tmp/spill timeout 10 "$TL_BIN/tl-merge" --memory 1K "$rb_tmp/e.jsonl" \
		>/dev/null 2>"$rb_err")
	rb_rc=$?
	rb_check "a spill file over ulimit -f" 1 tl-merge &&
		rb_expect_err "a spill file over ulimit -f" tl-merge "spill file in '.*/spill' [(]writing [a-z]*[)]: File too large"
fi

# ---- tl-train-events: gold events that say nothing usable ------------------------
if [ -x "$TL_BIN/tl-train-events" ]; then
	gold='{"id":"%s","text":"The council met on Monday and voted to extend the bus lanes.","events":[{"start":%s,"end":%s,"class":"%s"}]}\n'
	for bad in "-5 -1 OCCURRENCE" "100 104 OCCURRENCE" "20 12 OCCURRENCE" "12.5 15 OCCURRENCE" \
		'"12" 15 OCCURRENCE' "12 15 Occurrence" "12 15 NONE"; do
		set -- $bad
		{ printf "$gold" g1 12 15 OCCURRENCE; printf "$gold" bad "$1" "$2" "$3"; printf "$gold" g2 30 35 OCCURRENCE; } >"$rb_tmp/gold.jsonl"
		rm -f "$rb_tmp/model.bin"
		rb_run "gold event $bad" 1 - tl-train-events -q --epochs 1 -o "$rb_tmp/model.bin" "$rb_tmp/gold.jsonl" &&
			rb_expect_err "gold event $bad" tl-train-events ".*gold.jsonl:2: event 0: " &&
			{ [ ! -e "$rb_tmp/model.bin" ] || rb_fail "tl-train-events: gold event $bad: a model written"; }
	done
	rb_run "gold event with -k" 1 - tl-train-events -q -k --epochs 1 -o "$rb_tmp/model.bin" "$rb_tmp/gold.jsonl" &&
		rb_expect_err "gold event with -k" tl-train-events ".*gold.jsonl:2: event 0: " &&
		{ [ -s "$rb_tmp/model.bin" ] || rb_fail "tl-train-events: gold event with -k: no model"; }
	{ printf "$gold" g1 12 15 OCCURRENCE; echo '{"id":"bad","text":5,"events":[]}'; printf "$gold" g2 30 35 OCCURRENCE; } >"$rb_tmp/gold.jsonl"
	rm -f "$rb_tmp/model.bin"
	rb_run "a bad gold record with -k" 1 - tl-train-events -q -k --epochs 1 -o "$rb_tmp/model.bin" "$rb_tmp/gold.jsonl" &&
		rb_expect_err "a bad gold record with -k" tl-train-events ".*gold.jsonl:2: want string 'text'" &&
		{ [ -s "$rb_tmp/model.bin" ] || rb_fail "tl-train-events: a bad gold record with -k: no model"; }
	{ printf "$gold" g1 12 15 OCCURRENCE; printf "$gold" g2 30 35 REPORTING; } >"$rb_tmp/gold.jsonl"
	rb_run "good gold" 0 - tl-train-events -q --epochs 1 -o "$rb_tmp/model.bin" "$rb_tmp/gold.jsonl"
fi

# ---- tl-train-tagger: odd training files ----------------------------------------
if [ -x "$TL_BIN/tl-train-tagger" ]; then
	mkdir -p "$rb_tmp/td/ud-english-ewt" "$rb_tmp/tdo"
	train=$rb_tmp/td/ud-english-ewt/en_ewt-ud-train.conllu
	for kind in fifo zero big; do
		rm -f "$train"
		case $kind in
		fifo) mkfifo "$train" ;;
		zero) ln -s /dev/zero "$train" ;;
		big)
			case $TL_BIN in */asan/*) continue ;; esac # (no ulimit -v under ASan)
			truncate -s 3G "$train" ;;
		esac
		(if [ $kind = big ]; then ulimit -v 1000000; fi
		 timeout 10 "$TL_BIN/tl-train-tagger" --data "$rb_tmp/td" --out "$rb_tmp/tdo" \
			--iterations 1 --lemmas-only >/dev/null 2>"$rb_err")
		rb_rc=$?
		rb_check "training data $kind" 1 tl-train-tagger || continue
		case $kind in
		big) rb_expect_err "training data $kind" tl-train-tagger "out of memory" ;;
		*) rb_expect_err "training data $kind" tl-train-tagger ".*en_ewt-ud-train.conllu: not a regular file" ;;
		esac
	done
	rm -f "$train"
fi

# ---- tl-normalize: TimeML cut short inside <TEXT> ---------------------------------
if [ -x "$TL_BIN/tl-normalize" ]; then
	printf '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2024-04-27" functionInDocument="CREATION_TIME">April 27</TIMEX3></DCT><TEXT>The council <EVENT eid="e1" class="OCCURRENCE">met</EVENT> on <TIMEX3 tid="t1" type="DATE" value="2024-04-22">Monday' >"$rb_tmp/cut.tml"
	rb_run "TimeML cut inside <TEXT>" 0 - tl-normalize "$rb_tmp/cut.tml" &&
		rb_expect_err "TimeML cut inside <TEXT>" tl-normalize ".*cut.tml: warning: <TEXT> is not closed" &&
		{ grep -q '"dct":"2024-04-27",.*"text":"The council met on Monday"' "$rb_out" ||
			rb_fail "tl-normalize: TimeML cut inside <TEXT>: $(head -c 300 "$rb_out")"; }
	printf '<TimeML><TEXT' >"$rb_tmp/cut2.tml"
	rb_run "TimeML cut inside the <TEXT> tag" 1 - tl-normalize "$rb_tmp/cut2.tml" &&
		rb_expect_err "TimeML cut inside the <TEXT> tag" tl-normalize ".*cut2.tml: no <TEXT> element"
fi

rb_finish
