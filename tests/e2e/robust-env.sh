#!/bin/sh
# The seventh session's hostile environments that found bugs, kept as
# regression checks, for every stage built: allocation failing under
# `ulimit -v` (was a GLib abort with a trace), a file size limit (`ulimit -f`:
# was death by SIGXFSZ with the -o temporary file left), a small stack
# (`ulimit -s`: was a segmentation fault), -o through a symbolic link (the
# link was replaced by a file: `-o /dev/stdout` as root made /dev/stdout a
# file); and tl-merge's spill folder in a TMPDIR that is not there (the
# message did not say why).  `timeline` has its own script,
# robust-driver.sh.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac

stages="$(rb_all_stages)"
[ -n "$(echo $stages)" ] || { echo "no stage built yet"; exit 77; }
asan=no
case $TL_BIN in */asan/*) asan=yes ;; esac

# input each stage accepts (a timeline for tl-export), over 1 KB out
input_for() {
	f=$rb_tmp/in-$1
	case $1 in
	tl-export)
		rb_records_for tl-merge "$f.rec" $(seq 1 20 | sed 's/^/d/')
		"$TL_BIN/tl-merge" "$f.rec" >"$f" 2>/dev/null || return 1
		;;
	*) rb_records_for "$1" "$f" $(seq 1 20 | sed 's/^/d/') ;;
	esac
	echo "$f"
}

# rb_env LABEL STATUSES SETUP PROG ARG...: rb_run with a shell command
# (a ulimit) run first in the subshell that starts PROG
rb_env() {
	label=$1 allowed=$2 setup=$3 prog=$4
	shift 4
	(
		eval "$setup" || exit 99
		exec timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/$prog" "$@"
	) </dev/null >"$rb_out" 2>"$rb_err"
	rb_rc=$?
	[ "$rb_rc" -eq 99 ] && { echo "$prog: $label: cannot set up ($setup): skipped"; return 1; }
	rb_check "$label" "$allowed" "$prog"
}

no_temps() { # LABEL PROG: no .out.json.XXXXXX left in $rb_tmp/o
	left=$(ls -A "$rb_tmp/o" | grep -v '^out.json$')
	[ -z "$left" ] || rb_fail "$2: $1: files left behind: $left"
	rm -rf "$rb_tmp/o"; mkdir "$rb_tmp/o"
}
mkdir "$rb_tmp/o"

# one record of a 20 MB text: its reading needs far more than 150 MB here
awk 'BEGIN { printf "{\"id\":\"big\",\"dct\":\"2024-04-27\",\"text\":\""
	for (i = 0; i < 330000; i++) printf "The council met on Monday and voted to extend the bus lanes. "
	print "\"}" }' >"$rb_tmp/big.jsonl"

# a record (or for tl-export a timeline) with 2,000 nested arrays in a member
awk 'BEGIN { printf "{\"id\":\"deep\",\"dct\":\"2024-04-27\",\"text\":\"The council met.\",\"entries\":[],\"x\":"
	for (i = 0; i < 2000; i++) printf "["
	for (i = 0; i < 2000; i++) printf "]"
	print "}" }' >"$rb_tmp/deep.json"

# a stack too small for reading a document at all: said, not a crash.
# 48 KB, not less: the kernel starts the stack up to 8 KB below its top at
# random and puts the environment there, and the dynamic loader needs the
# rest; under 16 KB even /bin/true died before main once the environment
# passed about 4 KB (a CI machine's did: a flaky "Segmentation fault").
# tl-normalize needs more than 64 KB, so 48 is still too small for it.
if [ $asan = no ] && [ -x "$TL_BIN/tl-normalize" ]; then
	echo "The council met on Monday." >"$rb_tmp/doc.txt"
	rb_env "ulimit -s 48" 1 "ulimit -s 48" tl-normalize "$rb_tmp/doc.txt" -o "$rb_tmp/o/out.json" &&
		rb_expect_err "ulimit -s 48" tl-normalize "stack overflow \(the stack limit"
	no_temps "ulimit -s 48" tl-normalize
fi

for p in $stages; do
	o=$(rb_opts "$p")
	in=$(input_for "$p") || { echo "$p: no input (skipped)"; continue; }

	# ulimit -v: one line naming the file and line, exit 1, no temporary
	# file (AddressSanitizer reserves terabytes: not under it)
	if [ $asan = no ] && [ "$p" != tl-export ] && [ "$p" != tl-merge ]; then
		rb_env "ulimit -v, a 20 MB record" 1 "ulimit -v 150000" "$p" $o "$rb_tmp/big.jsonl" \
			-o "$rb_tmp/o/out.json" &&
			rb_expect_err "ulimit -v" "$p" ".*big.jsonl:1: out of memory \(failed to allocate [0-9]+ bytes" &&
			{ [ "$(wc -l <"$rb_err")" -eq 1 ] || rb_fail "$p: ulimit -v: $(cat "$rb_err")"; }
		no_temps "ulimit -v" "$p"
	fi

	# ulimit -f (1 KB; standard error is a file too): a write error, exit 1,
	# no temporary file, on -o and standard output
	rb_env "ulimit -f 1, -o" 1 "ulimit -f 1" "$p" $o "$in" -o "$rb_tmp/o/out.json" &&
		rb_expect_err "ulimit -f -o" "$p" ".*out.json.*File too large"
	no_temps "ulimit -f" "$p"
	rb_env "ulimit -f 1, standard output" 1 "ulimit -f 1; exec >$rb_tmp/o/out.json" "$p" $o \
		"$in" &&
		rb_expect_err "ulimit -f stdout" "$p" ".*(<stdout>|write).*File too large"
	no_temps "ulimit -f stdout" "$p"

	# a small stack and input nested 2,000 deep in a member no stage reads:
	# read, refused as too deep, or "stack overflow" in one line (tl-export's
	# JSON reader recurses; it was a segmentation fault).  AddressSanitizer
	# has its own handler and bigger frames: not under it.
	if [ $asan = no ]; then
		rb_env "ulimit -s 64, nested 2,000 deep" "0 1" "ulimit -s 64" "$p" $o "$rb_tmp/deep.json" \
			-o "$rb_tmp/o/out.json" &&
			{ [ "$rb_rc" -eq 0 ] || rb_expect_err "ulimit -s" "$p" ".*(stack overflow|nested too deeply)"; }
		no_temps "ulimit -s" "$p"
	fi

	# -o through a symbolic link: the file it leads to is written, the link
	# stays (also a link to /proc/self/fd/1, as /dev/stdout is)
	mkdir -p "$rb_tmp/lk"
	ln -sf ../target.json "$rb_tmp/lk/rel"
	rb_run "-o a symbolic link" 0 - "$p" $o "$in" -o "$rb_tmp/lk/rel" &&
		{ [ -L "$rb_tmp/lk/rel" ] && [ -s "$rb_tmp/target.json" ]; } ||
		rb_fail "$p: -o a link: the link replaced, or its target not written"
	ln -sf /proc/self/fd/1 "$rb_tmp/lk/stdout"
	timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/$p" $o "$in" -o "$rb_tmp/lk/stdout" \
		>"$rb_tmp/o/out.json" 2>"$rb_err"
	rb_rc=$?
	rb_check "-o a link to /proc/self/fd/1" 0 "$p" &&
		{ [ -L "$rb_tmp/lk/stdout" ] && [ -s "$rb_tmp/o/out.json" ]; } ||
		rb_fail "$p: -o a link to /proc/self/fd/1: the link replaced, or nothing written"
	rm -rf "$rb_tmp/lk" "$rb_tmp/target.json" "$rb_tmp/o"; mkdir "$rb_tmp/o"
done

# tl-merge spills into $TMPDIR: a missing one is named, with the way out
if [ -x "$TL_BIN/tl-merge" ]; then
	rb_records_for tl-merge "$rb_tmp/m.jsonl" $(seq 1 60 | sed 's/^/m/')
	for t in "$rb_tmp/nowhere" "$rb_tmp/big.jsonl"; do
		(TMPDIR=$t exec timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/tl-merge" --memory 1K \
			"$rb_tmp/m.jsonl") >"$rb_out" 2>"$rb_err"
		rb_rc=$?
		rb_check "TMPDIR=$t" 1 tl-merge &&
			rb_expect_err "TMPDIR=$t" tl-merge "cannot make a spill folder in '$t' \(TMPDIR"
	done
	(unset TMPDIR; exec timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/tl-merge" --memory 1K \
		"$rb_tmp/m.jsonl") >"$rb_out" 2>"$rb_err"
	rb_rc=$?
	rb_check "TMPDIR unset" 0 tl-merge
fi
rb_finish
