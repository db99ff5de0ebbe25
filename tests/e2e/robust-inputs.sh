#!/bin/sh
# The sixth session's hostile inputs that found bugs, kept as regression
# checks: UTF-16 and UTF-32 files (with a byte order mark) named as such by
# every reader, JSON Lines with CR-only line ends, a file name after "--"
# that starts with a dash, a bad --name for `timeline`, and a bad option
# `timeline` hands down to a stage (a usage error: exit 2, not 1).
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

# UTF-16 and UTF-32, both byte orders, as a document and as JSON Lines
rec='{"id":"u1","dct":"2024-04-27","text":"The council met on Monday."}'
for enc in UTF-16LE UTF-16BE UTF-32LE UTF-32BE; do
	want=${enc%??}
	printf '\357\273\277%s\n' "$rec" | iconv -f UTF-8 -t "$enc" >"$rb_tmp/$enc.jsonl" ||
		{ rb_fail "iconv $enc"; continue; }
	printf '\357\273\277The council met on Monday.\n' | iconv -f UTF-8 -t "$enc" >"$rb_tmp/$enc.txt"
	for p in $(rb_doc_stages) $(rb_record_stages) $(rb_merge_stages); do
		rb_run "$enc JSON Lines" 1 "$rb_tmp/$enc.jsonl" "$p" $(rb_opts "$p") &&
			rb_expect_err "$enc JSON Lines" "$p" "<stdin>:1: $want text is not supported"
	done
	for p in $(rb_doc_stages); do
		for lossy in "" --lossy; do
			rb_run "$enc text $lossy" 1 - "$p" $lossy "$rb_tmp/$enc.txt" &&
				rb_expect_err "$enc text" "$p" ".*$enc.txt: $want text is not supported"
		done
	done
done

# CR-only line ends: one line, and the message says why
printf '%s\r%s\r' "$rec" "$rec" >"$rb_tmp/cr.jsonl"
for p in $(rb_doc_stages) $(rb_record_stages) $(rb_merge_stages); do
	rb_run "CR-only line ends" 1 "$rb_tmp/cr.jsonl" "$p" $(rb_opts "$p") &&
		rb_expect_err "CR-only line ends" "$p" "<stdin>:1: .*CR alone"
done

# "--" ends the options: the operand after it is a file, even "-x.jsonl"
mkdir "$rb_tmp/dash"
for p in $(rb_doc_stages) $(rb_record_stages) $(rb_merge_stages); do
	rb_records_for "$p" "$rb_tmp/dash/-in.jsonl" d1 d2
	(cd "$rb_tmp/dash" && rb_run "-- -file" 0 - "$p" $(rb_opts "$p") -- -in.jsonl) &&
		grep -q '"id": *"d2"' "$rb_tmp/out" ||
		rb_fail "$p: -- -in.jsonl: good records lost: $(head -c 200 "$rb_err")"
done

# timeline: --name that is not a file name; bad options handed to a stage
if [ -x "$TL_BIN/timeline" ]; then
	rb_good_records "$rb_tmp/tl.jsonl" t1
	for n in "" . .. a/b; do
		rb_run "--name '$n'" 2 - timeline -q -d "$rb_tmp/tlout" -n "$n" "$rb_tmp/tl.jsonl" &&
			rb_expect_err "--name '$n'" timeline "--name: .*not a file name"
		[ -e "$rb_tmp/tlout" ] && [ -n "$(ls -A "$rb_tmp/tlout")" ] &&
			rb_fail "timeline: --name '$n': wrote $(ls -A "$rb_tmp/tlout")"
	done
	printf '[dates]\nmax-size=0\n' >"$rb_tmp/bad.conf"
	for args in "--dct 2024-02-30" "--format pdf" "--config $rb_tmp/bad.conf"; do
		# the stage's own message comes through, under its own name
		timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -j 1 -d "$rb_tmp/tlout" $args \
			"$rb_tmp/tl.jsonl" </dev/null >"$rb_out" 2>"$rb_err"
		rb_rc=$?
		[ "$rb_rc" -eq 2 ] || rb_fail "timeline $args: exit status $rb_rc, want 2: $(head -c 300 "$rb_err")"
		grep -q "nothing written" "$rb_err" || rb_fail "timeline $args: $(head -c 300 "$rb_err")"
		[ -e "$rb_tmp/tlout/tl.timeline.json" ] && rb_fail "timeline $args: a timeline written"
	done
	rb_run "good" 0 - timeline -q -d "$rb_tmp/tlout" "$rb_tmp/tl.jsonl" &&
		[ -s "$rb_tmp/tlout/tl.timeline.json" ] || rb_fail "timeline: good input: no timeline"
fi
rb_finish
