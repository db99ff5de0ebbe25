# Sourced by the eval scripts: tml_records TMP DIR... links every .tml file of
# the DIRs into TMP/gold and turns them into records, TMP/in.jsonl, with the
# shared tml2jsonl.py ($tools must name ../shared/tools).  Exits 1 with the
# converter's message when it fails.
tml_records() {
	tr_tmp=$1
	shift
	mkdir "$tr_tmp/gold"
	for d in "$@"; do
		for f in "$d"/*.tml; do
			[ -e "$f" ] && ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$tr_tmp/gold/"
		done
	done
	python3 "$tools/tml2jsonl.py" "$tr_tmp/gold" -o "$tr_tmp/in.jsonl" 2>"$tr_tmp/convert.err" || {
		cat "$tr_tmp/convert.err" >&2
		exit 1
	}
}
