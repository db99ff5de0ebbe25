#!/bin/sh
# Install the Debian packages Timeline builds and tests with, when missing.
# As root it runs apt-get; otherwise it prints the command to run.
set -u
pkgs="build-essential pkg-config libglib2.0-dev libglib2.0-dev-bin libjansson-dev libxml2-dev check python3"
missing=""
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps: missing packages:$missing" >&2
	echo "install-deps: run: sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "install-deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 || exit 1
# shellcheck disable=SC2086
apt-get install -y -qq $missing >&2 || exit 1
