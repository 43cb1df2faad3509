#!/usr/bin/env bash
# End-to-end test of the debrief in a real browser: plays the example game with a bot in
# every seat, writes its debrief (`wijkspel debrief SAVE --out DIR`), opens debrief.html in
# headless Chromium, takes a 1280×800 screenshot (the projector) and prints it to PDF (A4),
# and checks both: a PNG that is not blank, a PDF with more than one page (the print style
# starts each section on a new page). The PNG and PDF are kept in .build/artifacts/.
#
# Usage: Tests/e2e/debrief-browser.sh     (from anywhere; builds into .build-e2e)
# Exits 0 with "skipped" when chromium is not installed.
set -euo pipefail

TEST=debrief-browser NEEDS=chromium
# shellcheck source=Tests/e2e/prelude.sh
source "$(dirname "$0")/prelude.sh"

WORK=$(mktemp -d)
cleanup() {
    # Chromium's helper processes may still be writing to the profile as they end.
    pkill -f -- "--user-data-dir=$WORK/profile" 2>/dev/null || true
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
    echo "debrief-browser: FAIL: $*"
    exit 1
}

if ! "$BIN" debrief --help >/dev/null 2>&1; then
    echo "debrief-browser: skipped (this wijkspel has no debrief command)"
    exit 0
fi

"$BIN" play Games/voorbeeld.toml --seed 5 --bot beheer=cooperative --bot netbeheer=reciprocal \
    --bot ontwikkeling=sectoral --bot sociaal=cooperative --save "$WORK/game.jsonl" \
    </dev/null >"$WORK/play.log" 2>&1 || { tail -20 "$WORK/play.log"; fail "the bot game failed"; }
"$BIN" debrief "$WORK/game.jsonl" --out "$WORK/debrief" >"$WORK/debrief.log" 2>&1 ||
    { cat "$WORK/debrief.log"; fail "wijkspel debrief failed"; }
PAGE="$WORK/debrief/debrief.html"
[ -s "$PAGE" ] || fail "no debrief.html"

# Chromium needs a writable home and a profile of its own; it prints D-Bus noise on stderr.
export HOME="$WORK/home"
mkdir -p "$HOME"
browse() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
        --user-data-dir="$WORK/profile" --no-pdf-header-footer "$@" "file://$PAGE" \
        >>"$WORK/chromium.log" 2>&1 || { tail -20 "$WORK/chromium.log"; fail "chromium $1"; }
}
PNG="$WORK/debrief-1280x800.png"
PDF="$WORK/debrief.pdf"
browse --screenshot="$PNG" --window-size=1280,800
browse --print-to-pdf="$PDF"

[ -s "$PNG" ] || fail "the screenshot is empty"
[ "$(head -c 8 "$PNG" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] ||
    fail "the screenshot is not a PNG"
# A blank 1280×800 page compresses to a few kilobytes; the cover, the key numbers and the
# table of contents take far more.
[ "$(wc -c <"$PNG")" -gt 20000 ] || fail "the screenshot looks blank ($(wc -c <"$PNG") bytes)"
[ -s "$PDF" ] || fail "the PDF is empty"
[ "$(head -c 4 "$PDF")" = "%PDF" ] || fail "the PDF does not start with %PDF"
pages=$(grep -ac '/Type /Page\b' "$PDF" || true)
[ "$pages" -gt 1 ] || fail "the PDF has $pages page(s); each section should start a page"

cp "$PNG" "$PDF" "$ARTIFACTS/"
echo "debrief-browser: ok (screenshot $(wc -c <"$PNG") bytes, PDF of $pages pages; kept in .build/artifacts/)"
