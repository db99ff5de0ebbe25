#!/bin/sh
# make run: the whole pipeline over the bundled examples, into output/.
set -eu
cd "$(dirname "$0")/.."
bin/timeline --config pipeline.conf -d output --name examples examples/
echo "run: wrote:"
ls -l output | sed 1d | grep -v README.md || true
