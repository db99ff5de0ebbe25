#!/bin/bash
# The Hadoop Streaming (or Spark RDD.pipe) mapper: JSON Lines documents on
# standard input, one enriched record a line on standard output.  Records are
# independent until tl-merge, so any split of the input gives the same
# records.  The tl-* programs are looked for beside this script (Hadoop's
# -files puts them in the task's folder), else in TL_BINDIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${TL_BINDIR:-$here}
[ -x "$bin/tl-normalize" ] || bin=$here/../bin
conf=()
[ -f "${TL_CONFIG:-pipeline.conf}" ] && conf=(--config "${TL_CONFIG:-pipeline.conf}")
"$bin/tl-normalize" "${conf[@]}" --format jsonl |
	"$bin/tl-dates" "${conf[@]}" |
	"$bin/tl-events" "${conf[@]}"
