#!/usr/bin/env bash
# End-to-end test of "nothing is lost": plays the example game in a real terminal (tmux),
# kills the process with kill -9, resumes it, and checks that the game state after the
# resume equals the state just before the kill (both written with the facilitator's
# `/staat FILE`, and cross-checked with `wijkspel resume --dump-state`).
#
# Usage: Tests/e2e/tmux-resume.sh        (from anywhere; builds into .build-e2e)
# Exits 0 with "skipped" when tmux is not installed, so CI without tmux stays green.
set -euo pipefail

TEST=tmux-resume NEEDS=tmux
# shellcheck source=Tests/e2e/prelude.sh
source "$(dirname "$0")/prelude.sh"

WORK=$(mktemp -d)
SAVE="$WORK/game.jsonl"
NAME="wijkspel-e2e-$$"
cleanup() {
    tmux kill-session -t "$NAME" 2>/dev/null || true
    tmux kill-session -t "$NAME-resumed" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
    echo "tmux-resume: FAIL: $*"
    tmux capture-pane -p -t "$1" 2>/dev/null | tail -20 || true
    exit 1
}

# Waits until the pane of session $1 shows the text $2 (up to 20 seconds).
wait_for() {
    for _ in $(seq 1 100); do
        if tmux capture-pane -p -t "$1" 2>/dev/null | grep -qF -- "$2"; then return 0; fi
        sleep 0.2
    done
    echo "tmux-resume: FAIL: '$2' did not appear in $1"
    tmux capture-pane -p -t "$1" | tail -20
    exit 1
}

# Types a line into session $1 and waits for the next prompt.
type_line() {
    tmux send-keys -t "$1" -l -- "$2"
    tmux send-keys -t "$1" Enter
    sleep 0.15
    wait_for "$1" ">"
}

tmux new-session -d -s "$NAME" -x 100 -y 50 \
    "cd '$WORK' && exec env NO_COLOR=1 '$BIN' play '$ROOT/Games/voorbeeld.toml' --seed 42 --save '$SAVE'"
wait_for "$NAME" "druk op Enter >"

# Round 2026: four secret planning turns, then the open table.
for line in "" "plan riool_noord 2027" "stort wijkfonds 5" "klaar" \
    "" "plan warmtenet_noord 2027" "klaar" \
    "" "plan woningen_zuid 2027" "klaar" \
    "" "plan buurtkamer_noord" "klaar" \
    "deel" "stel-voor koppeling riool_noord_w" "klaar" \
    "ja 1" "klaar" "klaar" "klaar" "/verder" \
    "" "klaar" "" "kies parkeren bewoners" "klaar" "" "kies parkeren bewoners" "klaar" \
    "" "plan riool_zuid 2028"; do
    type_line "$NAME" "$line"
done
type_line "$NAME" "/staat $WORK/before.json"
wait_for "$NAME" "before.json"

PID=$(tmux display-message -p -t "$NAME" '#{pane_pid}')
kill -9 "$PID"
sleep 0.5
tmux kill-session -t "$NAME" 2>/dev/null || true

ACTIONS=$(($(wc -l <"$SAVE") - 1))
echo "tmux-resume: killed pid $PID after $ACTIONS actions"

tmux new-session -d -s "$NAME-resumed" -x 100 -y 50 \
    "cd '$WORK' && exec env NO_COLOR=1 '$BIN' resume '$SAVE'"
wait_for "$NAME-resumed" "Hervat: $ACTIONS acties"
type_line "$NAME-resumed" "/staat $WORK/after.json"
wait_for "$NAME-resumed" "after.json"

cmp -s "$WORK/before.json" "$WORK/after.json" || fail "$NAME-resumed" "the state after resume differs from the state before the kill"
"$BIN" resume "$SAVE" --dump-state >"$WORK/dumped.json" 2>/dev/null
cmp -s "$WORK/before.json" "$WORK/dumped.json" || fail "$NAME-resumed" "--dump-state differs from the state before the kill"

# The resumed game goes on: one more action is accepted and saved.
type_line "$NAME-resumed" ""
type_line "$NAME-resumed" "klaar"
[ "$(($(wc -l <"$SAVE") - 1))" -gt "$ACTIONS" ] || fail "$NAME-resumed" "the resumed game did not save new actions"
tmux send-keys -t "$NAME-resumed" "stop" Enter

echo "tmux-resume: ok (state identical after kill -9 and resume)"
