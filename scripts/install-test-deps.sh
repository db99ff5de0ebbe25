#!/bin/sh
# What the tests beyond the build need, on a fresh Debian machine, as root:
# valgrind (scripts/valgrind.sh), and for the browser tests
# (tests/e2e/export-browser.sh) Debian's chromium, node and npm, and the npm
# packages pinned in tests/browser/package-lock.json (TimelineJS,
# vis-timeline, playwright-core, ical.js), installed with `npm ci`.  Without
# root it prints what to run instead.  Idempotent: installed parts are skipped.
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
need=""
command -v valgrind >/dev/null 2>&1 || need="$need valgrind"
[ -x /usr/bin/chromium ] || need="$need chromium"
command -v node >/dev/null 2>&1 || need="$need nodejs"
command -v npm >/dev/null 2>&1 || need="$need npm"
if [ -n "$need" ]; then
	if [ "$(id -u)" -ne 0 ]; then
		echo "install-test-deps: missing:$need" >&2
		echo "install-test-deps: run as root: apt-get install -y$need && (cd $top/tests/browser && npm ci)" >&2
		exit 1
	fi
	export DEBIAN_FRONTEND=noninteractive
	apt-get update
	apt-get install -y --no-install-recommends $need
fi
cd "$top/tests/browser"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	# playwright-core must not download browsers: Debian's chromium is used
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
echo "install-test-deps: valgrind, chromium, node and tests/browser/node_modules are ready"
