#!/bin/sh
# Failure around the stages, for every stage built: output to a full device
# (standard output and -o: exit 1, one clear message), standard output or
# input closed, a downstream reader that closes the pipe (`| head -1`: the
# stage ends quietly), SIGINT, SIGTERM and SIGHUP during a run with -o (no
# partial or temporary file left, the old file kept), an unreadable input and
# an unwritable folder (when not root).
RB_LIB=1 . "$(dirname "$0")/robust-lib.sh"

stages="$(rb_all_stages)"
[ -n "$(echo $stages)" ] || { echo "no stage built yet"; exit 77; }

# input each stage accepts: records through the earlier stages; a timeline
# for tl-export (when tl-merge is there to make one)
input_for() {
	p=$1 n=$2 f=$rb_tmp/in-$1
	case $p in
	tl-normalize)
		awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) printf "{\"id\":\"d%d\",\"dct\":\"2024-04-27\",\"text\":\"The council met on Monday and voted.\"}\n", i }' >"$f"
		;;
	tl-export)
		[ -x "$TL_BIN/tl-merge" ] || return 1
		rb_records_for tl-merge "$f.rec" $(seq 1 "$n" | sed 's/^/d/')
		"$TL_BIN/tl-merge" "$f.rec" >"$f" 2>/dev/null || return 1
		;;
	*)
		rb_records_for "$p" "$f" $(seq 1 "$n" | sed 's/^/d/')
		;;
	esac
	echo "$f"
}

for p in $stages; do
	opts=$(rb_opts "$p")
	in=$(input_for "$p" 3) || { echo "$p: no input to try (skipped)"; continue; }

	# a full device
	timeout -s KILL 10 "$TL_BIN/$p" $opts "$in" >/dev/full 2>"$rb_tmp/err"
	rb_rc=$?
	rb_check "standard output on /dev/full" 1 "$p" &&
		rb_expect_err "standard output on /dev/full" "$p" ".*No space left on device" &&
		{ [ "$(wc -l <"$rb_tmp/err")" -eq 1 ] || rb_fail "$p: /dev/full: $(cat "$rb_tmp/err")"; }
	rb_run "-o /dev/full" 1 - "$p" $opts "$in" -o /dev/full &&
		rb_expect_err "-o /dev/full" "$p" ".*No space left on device"
	[ -c /dev/full ] || rb_fail "$p: -o /dev/full replaced the device"

	# standard output, standard input closed
	timeout -s KILL 10 "$TL_BIN/$p" $opts "$in" >&- 2>"$rb_tmp/err"
	rb_rc=$?
	rb_check "standard output closed" 1 "$p"
	timeout -s KILL 10 "$TL_BIN/$p" $opts <&- >"$rb_tmp/out" 2>"$rb_tmp/err"
	rb_rc=$?
	rb_check "standard input closed" "0 1" "$p"

	# a reader that closes the pipe: no message; killed by SIGPIPE (141) or
	# exit 0; the same when the parent left SIGPIPE ignored (a JVM, a Python
	# service)
	# (tl-merge and tl-export hold a timeline: 2,000 documents are enough)
	case $p in tl-merge | tl-export) nbig=2000 ;; *) nbig=20000 ;; esac
	big=$(input_for "$p" $nbig) || continue
	for ign in no yes; do
		(
			[ $ign = yes ] && trap '' PIPE
			{ timeout -s KILL 10 "$TL_BIN/$p" $opts "$big" 2>"$rb_tmp/err"; echo $? >"$rb_tmp/rc"; } |
				head -1 >/dev/null
		)
		rb_rc=$(cat "$rb_tmp/rc")
		case $rb_rc in
		0 | 141) [ -s "$rb_tmp/err" ] && rb_fail "$p: | head -1 (SIGPIPE ignored: $ign): a message: $(head -2 "$rb_tmp/err")" ;;
		*) rb_fail "$p: | head -1 (SIGPIPE ignored: $ign): exit status $rb_rc: $(head -2 "$rb_tmp/err")" ;;
		esac
	done

	# a signal during a run with -o: the old file kept, no temporary file
	mkdir -p "$rb_tmp/sig"
	for sig in INT TERM HUP; do
		echo old >"$rb_tmp/sig/out.json"
		mkfifo "$rb_tmp/sig/fifo"
		# the stage reads the FIFO, which stays open (and empty after the
		# first records) until the signal
		"$TL_BIN/$p" $opts "$rb_tmp/sig/fifo" -o "$rb_tmp/sig/out.json" 2>"$rb_tmp/err" &
		pid=$!
		exec 3>"$rb_tmp/sig/fifo"
		head -2 "$big" >&3
		# (tl-merge and tl-export read all their input before they open -o:
		# no temporary file to wait for, the signal comes while they read)
		i=0 tries=50
		case $p in tl-export | tl-merge) tries=3 ;; esac
		while [ $i -lt $tries ] && [ "$(ls -A "$rb_tmp/sig" | grep -c '^\.out')" -eq 0 ]; do
			sleep 0.1; i=$((i + 1))
		done
		[ $i -lt 50 ] || rb_fail "$p: SIG$sig: no temporary output file while running"
		kill -s "$sig" $pid
		wait $pid 2>/dev/null
		rb_rc=$?
		exec 3>&-
		[ "$rb_rc" -gt 128 ] || rb_fail "$p: SIG$sig: exit status $rb_rc"
		[ "$(cat "$rb_tmp/sig/out.json")" = old ] || rb_fail "$p: SIG$sig: -o file changed"
		left=$(ls -A "$rb_tmp/sig" | grep -v -e '^fifo$' -e '^out.json$')
		[ -z "$left" ] || rb_fail "$p: SIG$sig: files left behind: $left"
		rm -f "$rb_tmp/sig/fifo"
	done

	# unreadable input, unwritable folder (root reads and writes anything)
	cp "$in" "$rb_tmp/locked"
	chmod 000 "$rb_tmp/locked"
	if ! cat "$rb_tmp/locked" >/dev/null 2>&1; then
		rb_run "unreadable input" 1 - "$p" $opts "$rb_tmp/locked" &&
			rb_expect_err "unreadable input" "$p" ".*locked: Permission denied"
		mkdir "$rb_tmp/ro"
		chmod 555 "$rb_tmp/ro"
		rb_run "unwritable folder" 1 - "$p" $opts "$in" -o "$rb_tmp/ro/out" &&
			rb_expect_err "unwritable folder" "$p" ".*ro/out.*Permission denied"
		rmdir "$rb_tmp/ro"
	fi
	rm -f "$rb_tmp/locked"
done
rb_finish
