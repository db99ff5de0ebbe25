#!/bin/sh
# The tokenizer's accuracy on UD English EWT test must stay at token F1 >= 98
# and sentence-end F1 >= 90 (skips without ../shared/data).
set -u
out=$(TL_BIN=$TL_BIN sh scripts/eval-tokenizer.sh test 2>&1)
rc=$?
[ $rc -eq 77 ] && { echo "UD EWT data absent"; exit 77; }
[ $rc -eq 0 ] || { printf '%s\n' "$out"; exit 1; }
printf '%s\n' "$out" | awk '
	/^tokens \(surface\)/ { tok = $NF }
	/^sentence ends  / { sent = $NF }
	END {
		printf "token F1 %s, sentence-end F1 %s\n", tok, sent
		exit !(tok + 0 >= 98 && sent + 0 >= 90)
	}'
