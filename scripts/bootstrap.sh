#!/usr/bin/env bash
# Installs what a fresh machine lacks for the demo and the tests, so the README's two quick-start
# commands work on their own: the Debian packages the browser-based VS Code needs, and node_modules.
# Fast (well under a second) when everything is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium (headless UI), fonts-noto-cjk (Chinese instead of boxes), ripgrep (stands in for the rg
# @vscode/ripgrep would download), libkrb5-dev (kerberos builds from source with code-server).
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null || missing+=(fonts-noto-cjk) # no grep -q: SIGPIPE under pipefail
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  if [[ "$(id -u)" == 0 ]]; then sudo=()
  elif command -v sudo >/dev/null 2>&1; then sudo=(sudo)
  else
    echo "gangmu: please install the Debian/Ubuntu packages: ${missing[*]}" >&2
    exit 1
  fi
  echo "== installing ${missing[*]} (apt-get)"
  "${sudo[@]}" apt-get update </dev/null
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" </dev/null
fi

# npm ci when node_modules is missing or older than the lock file — but never through a symlink:
# npm ci empties the directory a linked node_modules points to (another checkout's), then installs here.
if [[ -L node_modules ]]; then
  if [[ ! -f node_modules/.package-lock.json ]]; then
    echo "gangmu: node_modules is a symlink to an empty or missing directory; run npm ci where it points" >&2
    exit 1
  fi
elif [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  echo "== installing node_modules (npm ci)"
  npm ci --no-audit --no-fund </dev/null
fi
