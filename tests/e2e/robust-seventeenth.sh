#!/bin/sh
# The seventeenth battery's hostile inputs that found bugs, kept as
# regression checks, with a few of the neighbours that passed.  Each case
# runs under `timeout 10`.
#
# - every streaming stage (tl-normalize, tl-dates, tl-events, tl-tag
#   --format record): standard output appended to the input
#   (`tl-dates in.jsonl >> in.jsonl`, or `< in.jsonl >> in.jsonl`) read its
#   own records back for ever: 25 KB of records grew to 330 MB in 3 s,
#   until the disk was full.  Refused now, as cat refuses it: "the input is
#   also the output", exit 1, the file untouched.
# - tl-eval-tokens: --max-size, which its --help lists, was not used, so
#   /dev/zero was read until memory ran out; and a NUL byte ended the file
#   there without a word (the rest not scored, exit 0); -e -1 was taken
#   as -e 0.
# - tl-dates: two sentence walks were quadratic.  Whether a capitalised
#   clock unit is an acronym ("the five SEC commissioners") walked its whole
#   sentence for a lower-case word, and "in the morning" walked its whole
#   sentence for words of habit or of a story told in the first person:
#   "the five SEC" 16,000 times in one sentence took 2.9 s, "in the
#   morning" 10,000 times 7.3 s.  Sentences past the 65,535th share one
#   number, so short sentences did it too: 66,000 "Go." and then 10,000
#   "The SEC met." took 6 s, "He left in the morning." over 20 s.
# - tl-train-tagger: NaN passed its range checks (--min-weight nan,
#   --second-mix nan: a second pass of NaN scores trained without a
#   word), and --names-iterations and --second-mix were not checked at all
#   (-5 epochs); a usage error now, before any data is read.
# - tl-export --format timeml: -o FILE with --dir DIR was not written,
#   without a word, exit 0 (the .tml files went to DIR).
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

# ---- standard output appended to the input ---------------------------------------
# (more than the readers' and writers' buffers hold: 3 records were read
# whole before the first was written, and the stages ended)
rb_good_records "$rb_tmp/norm.jsonl" $(seq -f n%g 1 1500)
cp "$rb_tmp/norm.jsonl.src" "$rb_tmp/raw.jsonl"
rb_good_records "$rb_tmp/few.jsonl" n1 n2 n3
# rb_append LABEL PROG FILE ARG...: PROG reads a copy of FILE (named in ARG
# as IN, or given as standard input when ARG holds "<") while standard
# output is appended to it.
rb_append() {
	label=$1 prog=$2 file=$3
	shift 3
	cp "$file" "$rb_tmp/self.jsonl"
	size=$(wc -c <"$rb_tmp/self.jsonl")
	# (a file size limit of 2 MB, so that the code before fails at once
	# instead of filling the disk)
	case " $* " in
	*" < "*)
		(ulimit -f 4096; timeout -s KILL 10 "$TL_BIN/$prog" $(echo "$@" | sed 's/ *<.*//') <"$rb_tmp/self.jsonl" >>"$rb_tmp/self.jsonl" 2>"$rb_err") ;;
	*)
		(ulimit -f 4096; timeout -s KILL 10 "$TL_BIN/$prog" "$@" "$rb_tmp/self.jsonl" >>"$rb_tmp/self.jsonl" 2>"$rb_err") ;;
	esac
	rb_rc=$?
	after=$(wc -c <"$rb_tmp/self.jsonl")
	rm -f "$rb_tmp/self.jsonl"
	rb_check "$label" 1 "$prog" &&
		rb_expect_err "$label" "$prog" ".*: the input is also the output" &&
		{ [ "$after" -eq "$size" ] || rb_fail "$prog: $label: the input grew from $size to $after bytes"; }
}
for p in tl-normalize tl-dates tl-tag tl-events; do
	[ -x "$TL_BIN/$p" ] || continue
	f=$rb_tmp/norm.jsonl
	[ $p = tl-normalize ] && f=$rb_tmp/raw.jsonl
	o=$(rb_opts "$p")
	rb_append ">> the input" $p "$f" $o
	rb_append "< the input >> the input" $p "$f" $o "<"
done
if [ -x "$TL_BIN/tl-normalize" ]; then
	# its format guessed from the file's name, and from standard input's first byte
	rb_append ">> the input (guessed)" tl-normalize "$rb_tmp/raw.jsonl"
	rb_append "< the input >> the input (guessed)" tl-normalize "$rb_tmp/raw.jsonl" "<"
fi
if [ -x "$TL_BIN/tl-dates" ]; then
	# the neighbours that must still work: > truncates (nothing to read),
	# -o the input (read whole, then replaced), another file appended to
	cp "$rb_tmp/few.jsonl" "$rb_tmp/self.jsonl"
	rb_run "> the input" 0 - tl-dates "$rb_tmp/self.jsonl"
	timeout 10 "$TL_BIN/tl-dates" "$rb_tmp/self.jsonl" >"$rb_tmp/self.jsonl" 2>"$rb_err"
	rb_rc=$?
	rb_check "> the input" 0 tl-dates
	cp "$rb_tmp/few.jsonl" "$rb_tmp/self.jsonl"
	rb_run "-o the input" 0 - tl-dates -o "$rb_tmp/self.jsonl" "$rb_tmp/self.jsonl" &&
		{ grep -q '"timexes"' "$rb_tmp/self.jsonl" || rb_fail "tl-dates: -o the input: not replaced"; }
	cp "$rb_tmp/few.jsonl" "$rb_tmp/other.jsonl"
	timeout 10 "$TL_BIN/tl-dates" "$rb_tmp/few.jsonl" >>"$rb_tmp/other.jsonl" 2>"$rb_err"
	rb_rc=$?
	rb_check ">> another file" 0 tl-dates &&
		{ [ "$(wc -l <"$rb_tmp/other.jsonl")" -eq 6 ] || rb_fail "tl-dates: >> another file: $(wc -l <"$rb_tmp/other.jsonl") lines"; }
	# with -k the other inputs are read
	cp "$rb_tmp/few.jsonl" "$rb_tmp/self.jsonl"
	timeout 10 "$TL_BIN/tl-dates" -k "$rb_tmp/self.jsonl" "$rb_tmp/few.jsonl" >>"$rb_tmp/self.jsonl" 2>"$rb_err"
	rb_rc=$?
	rb_check ">> the input, -k, then another" 1 tl-dates &&
		{ [ "$(wc -l <"$rb_tmp/self.jsonl")" -eq 6 ] || rb_fail "tl-dates: -k: $(wc -l <"$rb_tmp/self.jsonl") lines"; }
fi

# ---- tl-eval-tokens: --max-size, /dev/zero, a NUL byte -----------------------------
if [ -x "$TL_BIN/tl-eval-tokens" ]; then
	printf '# newdoc id = a\n# text = The cat sat.\n1\tThe\tthe\tDET\t_\t_\t2\tdet\t_\t_\n2\tcat\tcat\tNOUN\t_\t_\t3\tnsubj\t_\t_\n3\tsat\tsit\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\n' >"$rb_tmp/g.conllu"
	rb_run "a good file" 0 - tl-eval-tokens "$rb_tmp/g.conllu" &&
		{ grep -q 'tokens (surface) *gold *4' "$rb_out" || rb_fail "tl-eval-tokens: a good file: $(head -3 "$rb_out")"; }
	rb_run "--max-size 10" 1 - tl-eval-tokens --max-size 10 "$rb_tmp/g.conllu" &&
		rb_expect_err "--max-size 10" tl-eval-tokens ".*g.conllu: larger than the limit of 10 bytes"
	# (a limit under the sanitizers' own allocation too: the default is 64 MiB)
	rb_run "/dev/zero" 1 - tl-eval-tokens --max-size 1000000 /dev/zero &&
		rb_expect_err "/dev/zero" tl-eval-tokens "/dev/zero: larger than the limit"
	rb_run "/dev/zero on standard input" 1 /dev/zero tl-eval-tokens --max-size 1000000 &&
		rb_expect_err "/dev/zero on standard input" tl-eval-tokens "<stdin>: larger than the limit"
	{ head -c 60 "$rb_tmp/g.conllu"; printf '\0'; tail -c +61 "$rb_tmp/g.conllu"; } >"$rb_tmp/nul.conllu"
	rb_run "a NUL byte" 1 - tl-eval-tokens "$rb_tmp/nul.conllu" &&
		rb_expect_err "a NUL byte" tl-eval-tokens ".*nul.conllu: NUL byte at byte 61"
	# (-e -1 was taken as -e 0: the fourteenth battery's "left alone")
	rb_run "-e -1" 2 - tl-eval-tokens -e -1 "$rb_tmp/g.conllu" &&
		rb_expect_err "-e -1" tl-eval-tokens "--errors: want 0 or more, not -1"
fi

# ---- tl-dates: sentence walks, one long sentence or past the 65,535th --------------
if [ -x "$TL_BIN/tl-dates" ]; then
	cpu=2
	case $TL_BIN in */asan/*) cpu=8 ;; esac
	# rb_text PREFIX N1 PHRASE N2: a record of PREFIX N1 times, then PHRASE N2 times
	rb_text() {
		awk -v pre="$1" -v np="$2" -v ph="$3" -v n="$4" 'BEGIN { printf "{\"id\":\"q\",\"dct\":\"2024-04-27\",\"text\":\""
			for (i = 0; i < np; i++) printf "%s", pre; for (i = 0; i < n; i++) printf "%s", ph; printf "\"}\n" }'
	}
	for c in "|0|the five SEC |16000|" "|0|in the morning |10000|the morning" \
		"Go. |66000|The SEC met. |10000|" "Go. |66000|He left in the morning. |5000|the morning"; do
		ifs=$IFS
		IFS='|'
		set -- $c
		IFS=$ifs
		pre=$1 np=$2 ph=$3 n=$4 want=${5:-}
		rb_text "$pre" "$np" "$ph" "$n" >"$rb_tmp/walk.jsonl"
		label="'$ph' $n times$([ "$np" -gt 0 ] && echo " after $np '$pre'")"
		# (CPU seconds: under 0.1 natively, 3 to 11 s before)
		(ulimit -S -t $cpu; timeout 10 "$TL_BIN/tl-dates" "$rb_tmp/walk.jsonl" >"$rb_out" 2>"$rb_err")
		rb_rc=$?
		rb_check "$label" 0 tl-dates && rb_has_ids "$label" tl-dates q &&
			{ [ -z "$want" ] || grep -q "\"text\":\"$want\",\"type\":\"TIME\"" "$rb_out" ||
				rb_fail "tl-dates: $label: no timex '$want'"; }
	done
fi

# ---- tl-export --format timeml: -o with --dir ---------------------------------------
if [ -x "$TL_BIN/tl-export" ] && [ -x "$TL_BIN/tl-events" ]; then
	rb_records_for tl-merge "$rb_tmp/tml.jsonl" x1 x2
	mkdir -p "$rb_tmp/tmldir"
	rb_run "-o and --dir" 2 - tl-export -f timeml -d "$rb_tmp/tmldir" -o "$rb_tmp/tml.out" "$rb_tmp/tml.jsonl" &&
		rb_expect_err "-o and --dir" tl-export "-o '.*tml.out' and --dir"
	rb_run "--dir alone" 0 - tl-export -f timeml -d "$rb_tmp/tmldir" "$rb_tmp/tml.jsonl" &&
		{ [ -s "$rb_tmp/tmldir/x1.tml" ] && [ -s "$rb_tmp/tmldir/x2.tml" ] || rb_fail "tl-export: --dir alone: $(ls "$rb_tmp/tmldir")"; }
fi

# ---- tl-train-tagger: numbers out of range, NaN ------------------------------------
if [ -x "$TL_BIN/tl-train-tagger" ]; then
	mkdir -p "$rb_tmp/nodata" "$rb_tmp/models"
	for a in "--min-weight nan" "--dict-share nan" "--second-margin nan" "--second-margin inf" \
		"--second-mix nan" "--second-mix -1" "--names-iterations -5" "--names-iterations 0"; do
		rb_run "$a" 2 - tl-train-tagger --data "$rb_tmp/nodata" --out "$rb_tmp/models" $a &&
			rb_expect_err "$a" tl-train-tagger "${a%% *}: want "
	done
	# (a value in range goes on to the data, which is not there)
	rb_run "--second-mix 0.5" 1 - tl-train-tagger --data "$rb_tmp/nodata" --out "$rb_tmp/models" --second-mix 0.5
fi

rb_finish
