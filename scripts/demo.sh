#!/usr/bin/env bash
# `npm run demo`: builds and packages the extension, installs the .vsix into a fresh code-server
# (VS Code 1.96.4 in the browser) on 127.0.0.1, opens the sample speeches, prints the address to open
# and a sample's outline from the CLI. Runs until Ctrl-C, then stops code-server by process group.
# GANGMU_DEMO_PORT picks the port (default 8080, or a free one if 8080 is taken).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"

bash scripts/bootstrap.sh
echo "== building and packaging"
npm run --silent package >/dev/null
VSIX="$ROOT/$(node -p "const p=require('./package.json'); p.name + '-' + p.version + '.vsix'")"
bash scripts/setup-code-server.sh
ENTRY="$ROOT/.vscode-test/code-server/node_modules/code-server/out/node/entry.js"

TMP="$(mktemp -d "${TMPDIR:-/tmp}/gangmu-demo-XXXXXX")"
PGID=""
cleanup() {
  trap - EXIT INT TERM
  if [[ -n "$PGID" ]]; then
    kill -TERM -- "-$PGID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 -- "-$PGID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$PGID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
  echo "== code-server stopped"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

WS="$TMP/samples"
cp -r "$ROOT/samples" "$WS"
mkdir -p "$TMP/user-data/User" "$TMP/extensions" "$TMP/xdg-config" "$TMP/xdg-data" "$TMP/xdg-cache"
cat > "$TMP/user-data/User/settings.json" <<'EOF'
{
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "workbench.tips.enabled": false
}
EOF
printf 'auth: none\ncert: false\n' > "$TMP/config.yaml"
export XDG_CONFIG_HOME="$TMP/xdg-config" XDG_DATA_HOME="$TMP/xdg-data" XDG_CACHE_HOME="$TMP/xdg-cache"
COMMON=(--user-data-dir "$TMP/user-data" --extensions-dir "$TMP/extensions" --config "$TMP/config.yaml")

node "$ENTRY" "${COMMON[@]}" --install-extension "$VSIX" >/dev/null

port_free() { node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($1,'127.0.0.1',()=>s.close(()=>process.exit(0)))"; }
PORT="${GANGMU_DEMO_PORT:-8080}"
if ! port_free "$PORT"; then
  PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
fi

# setsid: code-server and everything it starts (file watcher, extension hosts) share one process
# group, which cleanup() stops as a whole.
setsid node "$ENTRY" "${COMMON[@]}" \
  --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --ignore-last-opened \
  >"$TMP/code-server.log" 2>&1 &
PID=$!
PGID="$(ps -o pgid= -p "$PID" | tr -d ' ')"

for _ in $(seq 150); do
  if node -e "fetch('http://127.0.0.1:$PORT/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then break; fi
  if ! kill -0 "$PID" 2>/dev/null; then echo "code-server exited:"; cat "$TMP/code-server.log"; exit 1; fi
  sleep 0.2
done

SAMPLE="$WS/speech.speech"
URL="$(node -e '
const [port, folder, file] = process.argv.slice(1);
const payload = JSON.stringify([["openFile", `vscode-remote://127.0.0.1:${port}${file}`]]);
console.log(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`);
' "$PORT" "$WS" "$SAMPLE")"

echo
echo "== outline of samples/speech.speech (node dist/cli.js outline samples/speech.speech)"
node dist/cli.js outline samples/speech.speech || echo "(the CLI failed: exit $?)"
echo
echo "== Gangmu is running in VS Code (code-server $(node -p "require('$ROOT/.vscode-test/code-server/node_modules/code-server/package.json').version"), extension from $(basename "$VSIX"))"
echo "   Open in a browser:  $URL"
echo "   (short form: http://127.0.0.1:$PORT/?folder=$WS)"
echo "   Try: the Outline view, Ctrl+Shift+P → \"Gangmu: Extract Figures\", Fold Level 1 (Ctrl+K Ctrl+1)."
echo "   Press Ctrl-C to stop."
wait "$PID" || true
echo "code-server exited on its own; its log:"
tail -20 "$TMP/code-server.log"
