#!/usr/bin/env bash
# End-to-end test of `wijkspel serve` in a real browser: serves a copy of the example game
# whose title holds HTML, opens the player page in headless Chromium over the DevTools
# protocol, joins with a code, sends commands and reads the answers, opens the wall, and
# keeps screenshots (laptop, phone, projector) in .build/artifacts/.
#
# Usage: Tests/e2e/serve-browser.sh     (from anywhere; builds into .build-e2e)
# Exits 0 with "skipped" when chromium or python3 is not installed.
set -euo pipefail

TEST=serve-browser NEEDS="chromium python3"
# shellcheck source=Tests/e2e/prelude.sh
source "$(dirname "$0")/prelude.sh"

WORK=$(mktemp -d)
SERVER=""
BROWSER=""
cleanup() {
    [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null || true
    [ -n "$BROWSER" ] && kill "$BROWSER" 2>/dev/null || true
    # Chromium's helper processes are not our children and write to the profile as they
    # end: stop every one of them, and wait until they are gone before removing it.
    pkill -f -- "--user-data-dir=$WORK/profile" 2>/dev/null || true
    wait 2>/dev/null || true
    for _ in $(seq 50); do
        pgrep -f -- "--user-data-dir=$WORK/profile" >/dev/null 2>&1 || break
        sleep 0.1
    done
    rm -rf "$WORK" 2>/dev/null || { sleep 1; rm -rf "$WORK"; }
}
trap cleanup EXIT
ARTIFACTS="$ROOT/.build/artifacts"
mkdir -p "$ARTIFACTS"
fail() {
    echo "serve-browser: FAIL: $*"
    [ -f "$WORK/serve.err" ] && tail -5 "$WORK/serve.err"
    exit 1
}

# The example game with HTML in its title: the page must show it as text.
sed '1,10s|^title *=.*|title = "De Bron <img src=x onerror=\\"window.__pwned=1\\"> <b>vet</b>"|' \
    Games/voorbeeld.toml >"$WORK/html.toml"
"$BIN" validate "$WORK/html.toml" >/dev/null || fail "the game with HTML in its title does not validate"

"$BIN" serve "$WORK/html.toml" --port 0 --no-console --seed 3 --dir "$WORK/served" \
    --codes "$WORK/codes.json" >"$WORK/serve.out" 2>"$WORK/serve.err" &
SERVER=$!
for _ in $(seq 100); do
    grep -q "http://127.0.0.1:[0-9]*/ " "$WORK/serve.out" 2>/dev/null && break
    sleep 0.1
done
PORT=$(grep -o "http://127.0.0.1:[0-9]*/ " "$WORK/serve.out" | head -1 | sed 's|.*:\([0-9]*\)/ |\1|')
[ -n "$PORT" ] || fail "the server did not say its port"

export HOME="$WORK/home"
mkdir -p "$HOME"
DEBUG_PORT=$((20000 + RANDOM % 20000))
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$WORK/profile" \
    --remote-debugging-port="$DEBUG_PORT" about:blank >"$WORK/chromium.log" 2>&1 &
BROWSER=$!

cd "$(dirname "$0")"
timeout 120 python3 serve-browser.py "$DEBUG_PORT" "$PORT" "$WORK/codes.json" "$ARTIFACTS" ||
    fail "the browser checks failed"
for png in serve-player-1280x800 serve-player-phone-390x844 serve-wall-1920x1080; do
    [ "$(wc -c <"$ARTIFACTS/$png.png")" -gt 10000 ] || fail "$png.png looks blank"
done
echo "serve-browser: ok (screenshots in .build/artifacts/serve-*.png)"
