#!/bin/sh
# Real clients in a real browser: TimelineJS, vis-timeline, the html page
# (screenshots in output/browser/), and ical.js on the ics output.  Skips
# (77) when chromium, node or tests/browser/node_modules are missing: run
# `sh scripts/install-test-deps.sh` to install them.
set -u
bin=${TL_BIN:?}
[ -x /usr/bin/chromium ] || { echo "skipped: /usr/bin/chromium missing (sh scripts/install-test-deps.sh)"; exit 77; }
command -v node >/dev/null 2>&1 || { echo "skipped: node missing (sh scripts/install-test-deps.sh)"; exit 77; }
[ -d tests/browser/node_modules/playwright-core ] || { echo "skipped: tests/browser/node_modules missing (sh scripts/install-test-deps.sh)"; exit 77; }
set -e
t=$(mktemp -d)
trap 'rm -rf "$t"' EXIT
shots=output/browser
mkdir -p "$shots"
cat tests/fixtures/seed.jsonl tests/fixtures/acme.jsonl | "$bin/tl-merge" --title "Timeline: Blinken in China; a takeover #1" >"$t/t.json"
for f in timelinejs vis html ics mermaid; do "$bin/tl-export" --format $f "$t/t.json" >"$t/t.$f"; done
"$bin/tl-export" --format html --group document "$t/t.json" >"$t/t.grouped.html"
cp "$t/t.html" "$shots/timeline.html"
node tests/browser/run.js "$t" "$shots"
