#!/bin/sh
# The hostile-input battery's shared helpers (sourced by tests/e2e/robust-*.sh
# with RB_LIB=1), and, run on its own, its first check: the command line of
# every stage program present in $TL_BIN (--help, --version, a bad option, a
# bad --max-size, a missing file, a folder, empty input).
#
# rb_run runs one program under `timeout 10` and then asserts what every
# answer to bad input must be: no signal, no hang, no sanitizer or GLib
# report, an exit status the caller allows, and on failure a message on
# standard error whose every line starts with "prog: ".
set -u

# a hang is 10 s of a case, times TL_TIME_FACTOR under the sanitizers (make
# asan: 3), where a busy machine took a 4-second case past 10 (3,000 files
# through the driver, robust-twelfth)
RB_TIMEOUT=${RB_TIMEOUT:-$((10 * ${TL_TIME_FACTOR:-1}))}
rb_tmp=$(mktemp -d)
trap 'rm -rf "$rb_tmp"' EXIT
rb_failed=0
rb_out=$rb_tmp/out rb_err=$rb_tmp/err rb_rc=0

rb_fail() {
	echo "FAIL: $*"
	rb_failed=1
}

# The stage programs present, by kind: what each one reads.
rb_doc_stages() { for p in tl-normalize; do [ -x "$TL_BIN/$p" ] && echo "$p"; done; }
rb_record_stages() {
	for p in tl-dates tl-tag tl-events; do [ -x "$TL_BIN/$p" ] && echo "$p"; done
}
# The options that make a stage read and write records: tl-normalize reads
# documents by default, tl-tag writes CoNLL-U by default, tl-export needs a
# format.
rb_opts() {
	case $1 in
	tl-normalize) echo "--format jsonl" ;;
	tl-tag) echo "--input records --format record" ;;
	tl-export) echo "--format csv" ;;
	esac
}
# The pipeline's record stages, in order (tl-tag is a side tool, not in it).
rb_chain="tl-dates tl-events"
rb_merge_stages() { for p in tl-merge; do [ -x "$TL_BIN/$p" ] && echo "$p"; done; }
rb_timeline_stages() { for p in tl-export; do [ -x "$TL_BIN/$p" ] && echo "$p"; done; }
rb_all_stages() { rb_doc_stages; rb_record_stages; rb_merge_stages; rb_timeline_stages; }

# rb_run LABEL STATUSES INPUT PROG [ARG...]: run PROG with INPUT (a file, or
# - for none) as standard input; stdout in $rb_out, stderr in $rb_err, the
# exit status in $rb_rc.  STATUSES: the allowed exit statuses ("0", "1",
# "0 1").  Returns 1 (after reporting) when an assertion fails.
rb_run() {
	label=$1 allowed=$2 input=$3 prog=$4
	shift 4
	rb_out=$rb_tmp/out rb_err=$rb_tmp/err
	if [ "$input" = - ]; then
		timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/$prog" "$@" </dev/null >"$rb_out" 2>"$rb_err"
	else
		timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/$prog" "$@" <"$input" >"$rb_out" 2>"$rb_err"
	fi
	rb_rc=$?
	rb_check "$label" "$allowed" "$prog"
}

# The assertions of rb_run on $rb_rc, $rb_err for PROG.
rb_check() {
	label=$1 allowed=$2 prog=$3
	if [ "$rb_rc" -eq 137 ] || [ "$rb_rc" -eq 124 ]; then
		rb_fail "$prog: $label: killed after ${RB_TIMEOUT}s (a hang)"
		return 1
	fi
	if [ "$rb_rc" -gt 128 ]; then
		rb_fail "$prog: $label: died of signal $((rb_rc - 128)): $(head -c 300 "$rb_err")"
		return 1
	fi
	if grep -Eq 'AddressSanitizer|LeakSanitizer|runtime error:|GLib-CRITICAL|GLib-WARNING|CRITICAL \*\*|Bail out|assertion failed|Segmentation' "$rb_err"; then
		rb_fail "$prog: $label: sanitizer or GLib report: $(grep -E 'Sanitizer|runtime error|CRITICAL|WARNING|assert' "$rb_err" | head -3)"
		return 1
	fi
	case " $allowed " in
	*" $rb_rc "*) ;;
	*)
		rb_fail "$prog: $label: exit status $rb_rc, want $allowed: $(head -c 300 "$rb_err")"
		return 1
		;;
	esac
	if [ "$rb_rc" -ne 0 ] && [ ! -s "$rb_err" ]; then
		rb_fail "$prog: $label: exit status $rb_rc and no message"
		return 1
	fi
	if grep -v "^$prog: " "$rb_err" | grep -q .; then
		rb_fail "$prog: $label: a message that does not start with '$prog: ': $(grep -v "^$prog: " "$rb_err" | head -2)"
		return 1
	fi
	return 0
}

# rb_expect_err LABEL PROG PATTERN: standard error holds a line matching the
# extended regular expression PATTERN (after "prog: ").
rb_expect_err() {
	grep -Eq "^$2: $3" "$rb_err" && return 0
	rb_fail "$2: $1: no message matching '$3': $(head -c 300 "$rb_err")"
	return 1
}

# rb_has_ids LABEL PROG ID...: each record id appears in the output (as a
# record's "id", or as a timeline's document id).
rb_has_ids() {
	label=$1 prog=$2
	shift 2
	for id in "$@"; do
		grep -q "\"id\": *\"$id\"" "$rb_out" || {
			rb_fail "$prog: $label: good record '$id' lost"
			return 1
		}
	done
	return 0
}

# Good records for a stage's input: normalized records, with the fields the
# earlier stages present add (each record stage's output feeds the next).
# rb_good_records FILE ID...: one record a line.
rb_good_records() {
	file=$1
	shift
	: >"$file.src"
	for id in "$@"; do
		printf '{"id":"%s","dct":"2024-04-27","text":"KYIV, April 26, 2024 - The council met on Monday and voted to extend the bus lanes. Work starts next week."}\n' "$id" >>"$file.src"
	done
	cp "$file.src" "$file"
	if [ -x "$TL_BIN/tl-normalize" ]; then
		"$TL_BIN/tl-normalize" --format jsonl "$file.src" >"$file" 2>/dev/null || cp "$file.src" "$file"
	fi
}

# rb_records_for PROG FILE ID...: good input records for PROG, through the
# stages that come before it (those present).
rb_records_for() {
	prog=$1 file=$2
	shift 2
	rb_good_records "$file" "$@"
	for rb_q in $rb_chain; do
		[ "$rb_q" = "$prog" ] && break
		[ -x "$TL_BIN/$rb_q" ] || continue
		"$TL_BIN/$rb_q" "$file" >"$file.next" 2>/dev/null && mv "$file.next" "$file"
	done
	rm -f "$file.next" "$file.src"
}

# rb_finish: the exit status of a battery script.
rb_finish() {
	[ "$rb_failed" -eq 0 ] && { echo "ok"; exit 0; }
	exit 1
}

[ "${RB_LIB:-}" = 1 ] && return 0

# ---- run on its own: the command line of every stage ----------------------
stages=$(rb_all_stages)
[ -n "$stages" ] || { echo "no stage program built yet"; exit 77; }
mkdir "$rb_tmp/dir"
: >"$rb_tmp/empty"
# Known crashes, left to their own scripts (tests/e2e/robust-known-*.sh)
# until fixed: none now (tl-merge's usage errors, robust-known-merge-goto.sh,
# were fixed).
rb_known_usage_crash=
for p in $stages; do
	o=$(rb_opts "$p")
	case " $rb_known_usage_crash " in *" $p "*) echo "$p: usage checks skipped (known bug)"; continue ;; esac
	rb_run "--help" 0 - "$p" --help && grep -q "Usage" "$rb_out" ||
		rb_fail "$p: --help: no usage"
	rb_run "--version" 0 - "$p" --version &&
		{ [ "$(wc -l <"$rb_out")" -eq 1 ] && grep -q "^$p " "$rb_out"; } ||
		rb_fail "$p: --version: want one line naming the program: $(cat "$rb_out")"
	# usage errors, five times each: an early exit that frees an
	# uninitialised pointer crashes only now and then
	for rep in 1 2 3 4 5; do
		rb_run "unknown option" 2 - "$p" --no-such-option &&
			rb_expect_err "unknown option" "$p" '.*no-such-option' || break
		rb_run "--max-size 0" 2 - "$p" --max-size 0 || break
		rb_run "--max-size -5" 2 - "$p" --max-size=-5 || break
		rb_run "--max-size abc" 2 - "$p" --max-size abc || break
		rb_run "a bad option value" 2 - "$p" --max-size=99999999999999999999999 || break
	done
	rb_run "missing file" 1 - "$p" $o "$rb_tmp/no-such-file" &&
		rb_expect_err "missing file" "$p" ".*no-such-file: No such file or directory"
	rb_run "a folder" 1 - "$p" $o "$rb_tmp/dir" &&
		rb_expect_err "a folder" "$p" ".*dir.*[Ii]s a directory"
	# (tl-tag leaks on this early exit: robust-known-tag-leak.sh, under ASan)
	case $p:$TL_BIN in tl-tag:*/asan/*) ;; *)
	rb_run "a missing config" 2 - "$p" $o --config "$rb_tmp/no-such.conf" "$rb_tmp/empty" &&
		rb_expect_err "a missing config" "$p" ".*no-such.conf" ;;
	esac
	# (tl-export reads its timeline first: empty input is its error then)
	rb_run "-o into a missing folder" 1 "$rb_tmp/empty" "$p" $o -o "$rb_tmp/nodir/out" &&
		{ [ "$p" = tl-export ] || rb_expect_err "-o into a missing folder" "$p" ".*nodir/out"; }
done
# empty input: an empty answer (a timeline stage may refuse it)
for p in $(rb_doc_stages); do
	rb_run "empty jsonl" 0 "$rb_tmp/empty" "$p" --format jsonl && [ ! -s "$rb_out" ] ||
		rb_fail "$p: empty jsonl: output $(head -c 100 "$rb_out")"
	rb_run "empty text" 0 "$rb_tmp/empty" "$p"
done
for p in $(rb_record_stages); do
	rb_run "empty input" 0 "$rb_tmp/empty" "$p" $(rb_opts "$p") && [ ! -s "$rb_out" ] ||
		rb_fail "$p: empty input: output $(head -c 100 "$rb_out")"
	printf '\n  \n\t\n' >"$rb_tmp/blank"
	rb_run "blank lines" 0 "$rb_tmp/blank" "$p" $(rb_opts "$p") && [ ! -s "$rb_out" ] ||
		rb_fail "$p: blank lines: output $(head -c 100 "$rb_out")"
done
# plain text piped straight into a record stage: refused, with the way out
printf 'The ministers will meet in Paris on Friday.\n' >"$rb_tmp/prose"
for p in tl-dates tl-events; do
	[ -x "$TL_BIN/$p" ] || continue
	rb_run "plain text" 1 "$rb_tmp/prose" "$p" && grep -q "<stdin>:1: .*tl-normalize" "$rb_err" ||
		rb_fail "$p: plain text: $(head -c 200 "$rb_err")"
done
for p in $(rb_merge_stages); do
	rb_run "empty input" 0 "$rb_tmp/empty" "$p"
done
for p in $(rb_timeline_stages); do
	rb_run "empty input" "0 1" "$rb_tmp/empty" "$p" $(rb_opts "$p")
done
rb_finish
