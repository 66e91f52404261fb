#!/usr/bin/env bash
# Installs code-server 4.96.4 (VS Code 1.96.4 on Node 20) into .vscode-test/code-server/ so tests can
# run the extension in a real VS Code without downloading anything but npm packages.
# Recipe and reasons: ../shared/vscode-offline.md. Idempotent: a marker file makes reruns instant.
set -euo pipefail

VERSION=4.96.4
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${GANGMU_CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
MARKER="$DIR/.installed-$VERSION"
BIN="$DIR/node_modules/code-server/out/node/entry.js"

if [[ -f "$MARKER" && -f "$BIN" ]]; then
  exit 0
fi

# Two test runs starting at once on a fresh clone must not install over each other.
mkdir -p "$(dirname "$DIR")"
exec 9>"$DIR.lock"
flock 9
if [[ -f "$MARKER" && -f "$BIN" ]]; then
  exit 0
fi

# System packages the install and the tests need; .ci/run installs them on a fresh machine.
missing=()
command -v chromium >/dev/null 2>&1 || [[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
# grep without -q: under pipefail, fc-list's SIGPIPE would make the fonts look missing.
if ! fc-list 2>/dev/null | grep -i 'Noto Sans CJK' >/dev/null; then missing+=(fonts-noto-cjk); fi
if ! dpkg -s libkrb5-dev >/dev/null 2>&1 && [[ ! -f /usr/include/gssapi/gssapi.h ]]; then missing+=(libkrb5-dev); fi
if (( ${#missing[@]} )); then
  echo "setup-code-server: missing system packages: ${missing[*]}" >&2
  echo "  install them with: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

echo "setup-code-server: installing code-server $VERSION into $DIR (about a minute the first time)"
start=$(date +%s)
rm -rf "$DIR"
mkdir -p "$DIR/tmp"
cd "$DIR"
echo '{ "name": "gangmu-code-server", "private": true }' > package.json

# 1. No install scripts yet: they would try GitHub and other download hosts.
npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$VERSION"

# 2. @vscode/proxy-agent is pinned to a GitHub commit; the registry tarball of 0.27.0 carries the
#    same sha512, so point the shrinkwrap at it (checked, not assumed).
node - <<'EOF'
const fs = require('fs');
const file = 'node_modules/code-server/lib/vscode/npm-shrinkwrap.json';
const sw = JSON.parse(fs.readFileSync(file, 'utf8'));
const tarball = 'https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz';
const integrity = 'sha512-ID1MOlynRkVN121n85Hs1enjW16B5Z1O6bMDkSPqvAMVD6eHUOqmgPZuEkBbRI43PfA6boUEY9Ndjp+0wPKtsg==';
let changed = 0;
for (const [key, entry] of Object.entries(sw.packages || {})) {
  if (!key.endsWith('node_modules/@vscode/proxy-agent')) continue;
  if (entry.integrity && entry.integrity !== integrity) {
    throw new Error(`unexpected integrity for ${key}: ${entry.integrity}`);
  }
  if (entry.resolved !== tarball) { entry.resolved = tarball; entry.integrity = integrity; changed++; }
}
if (sw.dependencies && sw.dependencies['@vscode/proxy-agent']) {
  const d = sw.dependencies['@vscode/proxy-agent'];
  if (d.resolved !== tarball) { d.resolved = tarball; d.version = '0.27.0'; d.integrity = integrity; changed++; }
}
fs.writeFileSync(file, JSON.stringify(sw, null, 2) + '\n');
console.log(`setup-code-server: proxy-agent entries pointed at the registry: ${changed}`);
EOF

# 3. @vscode/ripgrep downloads rg unless its cache (under TMPDIR) already holds the archive.
export TMPDIR="$DIR/tmp"
cache="$TMPDIR/vscode-ripgrep-cache-1.15.9"
mkdir -p "$cache/stage"
cp "$(command -v rg)" "$cache/stage/rg"
tar -C "$cache/stage" -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
rm -rf "$cache/stage"

# 4. Now run the skipped install scripts (argon2 and kerberos build from source).
npm_config_unsafe_perm=true npm rebuild --loglevel=error

[[ -f "$BIN" ]] || { echo "setup-code-server: $BIN missing after install" >&2; exit 1; }
node "$BIN" --version >/dev/null
rm -rf "$TMPDIR"
touch "$MARKER"
echo "setup-code-server: done in $(( $(date +%s) - start )) s"
