#!/usr/bin/env bash
# stale.sh TARGET SOURCE...: exit 0 (rebuild needed) when TARGET is missing or any existing
# SOURCE file (folders are searched) is newer than it; exit 1 when TARGET is up to date.
set -euo pipefail
target="$1"; shift
[ -e "$target" ] || exit 0
existing=()
for s in "$@"; do [ -e "$s" ] && existing+=("$s"); done
[ ${#existing[@]} -gt 0 ] || exit 1
[ -n "$(find "${existing[@]}" -newer "$target" -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
