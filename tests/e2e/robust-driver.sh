#!/bin/sh
# The seventh session's hostile environments for `timeline` that found
# bugs, kept as regression checks: few open files allowed with --jobs (a
# hang, or "stage merge was killed by signal 15" before the real reason), a
# FIFO or a dangling link in an input folder (a hang; the run failed), -o a
# device, standard output or a link (the rename said "Invalid cross-device
# link", or replaced the link; -o - wrote a file named "-"; a reader of it
# that went away early was a write error), standard input closed (the driver's pipes
# took its number: two stages read them), a file size limit (the driver died
# of SIGXFSZ), and a name too long for the outputs' temporary files.
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"
case $TL_BIN in /*) ;; *) TL_BIN=$(pwd)/$TL_BIN ;; esac
[ -x "$TL_BIN/timeline" ] || { echo "no timeline built yet"; exit 77; }

mkdir "$rb_tmp/in"
for i in 1 2 3 4 5 6; do
	echo "The council met on Monday, April 22, 2024 and voted on plan $i." >"$rb_tmp/in/a$i.txt"
done
rb_good_records "$rb_tmp/in/recs.jsonl" r1 r2 r3
cd "$rb_tmp" || exit 1

# outputs: the 7 files, and nothing else (no .timeline-XXXXXX folder)
outputs_ok() { # LABEL DIR NAME
	n=$(ls "$2" 2>/dev/null | grep -c "^$3\.")
	[ "$n" -eq 7 ] || rb_fail "timeline: $1: $n outputs, want 7: $(ls -A "$2" 2>&1 | head -3)"
	left=$(ls -A "$2" 2>/dev/null | grep '^\.')
	[ -z "$left" ] || rb_fail "timeline: $1: left behind: $left"
}
nothing_written() { # LABEL DIR
	[ -z "$(ls -A "$2" 2>/dev/null)" ] || rb_fail "timeline: $1: wrote $(ls -A "$2" | head -3)"
}

# few open files: fewer pipelines, said once, and the run succeeds
for n in 10 12 16; do
	rm -rf res
	(ulimit -n $n && exec timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -j 8 -d res in) \
		</dev/null >"$rb_out" 2>"$rb_err"
	rb_rc=$?
	rb_check "ulimit -n $n, --jobs 8" 0 timeline &&
		rb_expect_err "ulimit -n $n" timeline "warning: --jobs 8 needs more open files"
	outputs_ok "ulimit -n $n" res in
done

# a FIFO and a dangling link in a folder: skipped with a warning
mkfifo in/fifo.txt
ln -s "$rb_tmp/nowhere.txt" in/dangling.txt
rm -rf res
rb_run "a FIFO and a dangling link in the folder" 0 - timeline -q -d res in &&
	rb_expect_err "a FIFO" timeline "warning: in/fifo.txt: not a regular file; skipped" &&
	rb_expect_err "a dangling link" timeline "warning: in/dangling.txt: No such file or directory; skipped"
outputs_ok "a FIFO in the folder" res in
rm -f in/fifo.txt in/dangling.txt

# -o: a full device, standard output, a link (kept), a FIFO
rm -rf res
rb_run "-o /dev/full" 1 - timeline -q -d res -o /dev/full in &&
	rb_expect_err "-o /dev/full" timeline "/dev/full: write error: No space left on device"
[ -c /dev/full ] || rb_fail "timeline: -o /dev/full replaced the device"
rb_run "-o -" 0 - timeline -q -d res -o - in &&
	grep -q '"entries"' "$rb_out" || rb_fail "timeline: -o -: no timeline on standard output"
[ -e ./- ] && rb_fail "timeline: -o -: wrote a file named '-'"
# a reader that goes away early: quietly, as any filter (SIGPIPE), the
# exports in place (was "write error: Broken pipe; nothing written")
rm -rf res
{ timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -d res -o - in 2>"$rb_err"; echo $? >rc; } |
	head -c 10 >/dev/null
rb_rc=$(cat rc)
case $rb_rc in 0 | 141) ;; *) rb_fail "timeline -o - | head -c 10: exit status $rb_rc" ;; esac
[ -s "$rb_err" ] && rb_fail "timeline -o - | head -c 10: $(head -c 200 "$rb_err")"
[ "$(ls res | wc -l)" -eq 6 ] || rb_fail "timeline -o - | head -c 10: exports $(ls res | wc -l), want 6"
ln -s target.json link.json
rb_run "-o a link" 0 - timeline -q -d res -o link.json in &&
	{ [ -L link.json ] && grep -q '"entries"' target.json; } ||
	rb_fail "timeline: -o a link: the link replaced, or its target not written"
ln -s /proc/self/fd/1 fd1
timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -d res -o fd1 in </dev/null >"$rb_out" 2>"$rb_err"
rb_rc=$?
rb_check "-o a link to /proc/self/fd/1" 0 timeline &&
	{ [ -L fd1 ] && grep -q '"entries"' "$rb_out"; } ||
	rb_fail "timeline: -o a link to /proc/self/fd/1: $(head -c 200 "$rb_err")"
# -o on another file system than the output folder (a rename cannot cross)
if [ -d /dev/shm ] && [ -w /dev/shm ] && [ "$(stat -c %d /dev/shm)" != "$(stat -c %d .)" ]; then
	shm=/dev/shm/tl-robust-driver-$$.json
	rb_run "-o on another file system" 0 - timeline -q -d res -o "$shm" in &&
		grep -q '"entries"' "$shm" || rb_fail "timeline: -o $shm: $(head -c 200 "$rb_err")"
	rm -f "$shm" /dev/shm/.tl-robust-driver-$$.json.*
fi

# standard input closed: the first stage says so, once; nothing written
rm -rf res
timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -d res <&- >"$rb_out" 2>"$rb_err"
rb_rc=$?
case $rb_rc in
1) [ "$(grep -c 'read error' "$rb_err")" -eq 1 ] ||
	rb_fail "timeline <&-: want one read error: $(cat "$rb_err")" ;;
*) rb_fail "timeline <&-: exit status $rb_rc: $(head -c 300 "$rb_err")" ;;
esac
nothing_written "<&-" res

# a file size limit: a stage's write error, exit 1, nothing left behind
rm -rf res
(ulimit -f 2 && exec timeout -s KILL "$RB_TIMEOUT" "$TL_BIN/timeline" -q -d res in) \
	</dev/null >"$rb_out" 2>"$rb_err"
rb_rc=$?
[ "$rb_rc" -eq 1 ] && grep -q "File too large" "$rb_err" ||
	rb_fail "timeline: ulimit -f: exit status $rb_rc: $(head -c 300 "$rb_err")"
nothing_written "ulimit -f" res

# a name too long for the outputs: a usage error; a long input name is cut
long=$(printf 'n%.0s' $(seq 1 240))
rm -rf res
rb_run "--name of 240 bytes" 2 - timeline -q -d res -n "$long" in/a1.txt &&
	rb_expect_err "--name of 240 bytes" timeline "--name: 240 bytes is too long"
cp in/a1.txt "$long.txt"
rb_run "an input name of 240 bytes" 0 - timeline -q -d res "$long.txt"
[ "$(ls res | wc -l)" -eq 7 ] || rb_fail "timeline: a long input name: $(ls res | head -3)"
rb_finish
