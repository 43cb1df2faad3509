#!/usr/bin/env bash
# End-to-end test of one hot-seat year at one keyboard, as a group of four plays it in a real
# terminal (tmux): proposals are made mid-turn, also to a role that is already done, and the
# keyboard never jumps; every hand-over in the secret phase clears the screen; the year ends
# with its summary and waits for the facilitator's /verder.
#
# Usage: Tests/e2e/tmux-hotseat.sh   (builds into WIJKSPEL_E2E_SCRATCH, default .build-e2e)
# Exits 0 with "skipped" when tmux is not installed.
set -euo pipefail

TEST=tmux-hotseat NEEDS=tmux
# shellcheck source=Tests/e2e/prelude.sh
source "$(dirname "$0")/prelude.sh"

WORK=$(mktemp -d)
NAME="wijkspel-hotseat-$$"
cleanup() {
    tmux kill-session -t "$NAME" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

screen() { tmux capture-pane -p -t "$NAME"; }

fail() {
    echo "tmux-hotseat: FAIL: $*"
    screen | tail -25
    exit 1
}

# The last prompt on the screen.
prompt() { screen | grep -E '^\[20[0-9]{2} ' | tail -1; }

# Waits until the last prompt on the screen contains $1 (up to 20 seconds).
wait_prompt() {
    for _ in $(seq 1 100); do
        if prompt | grep -qF -- "$1"; then return 0; fi
        sleep 0.2
    done
    fail "the prompt never showed '$1' (last: $(prompt))"
}

# Types $1 and checks that the prompt then shows $2: whose keyboard it is.
step() {
    tmux send-keys -t "$NAME" -l -- "$1"
    tmux send-keys -t "$NAME" Enter
    sleep 0.15
    wait_prompt "$2"
}

tmux new-session -d -s "$NAME" -x 120 -y 60 \
    "cd '$WORK' && exec env NO_COLOR=1 '$BIN' play '$ROOT/Games/voorbeeld.toml' --seed 42 --save '$WORK/spel.jsonl'"
wait_prompt "Stadsbeheer] druk op Enter"

# Secret planning: each hand-over clears the screen, and nobody sees another's plans.
step "" "plannen · Stadsbeheer] >"
step "plan riool_noord 2027" "plannen · Stadsbeheer] >"
step "klaar" "Netbeheerder] druk op Enter"
step "plannen" "Netbeheerder] druk op Enter"
screen | grep -q "enter-only" || fail "the hand-over prompt took another command than Enter"
step "" "plannen · Netbeheerder] >"
screen | grep -q "riool_noord 2027" && fail "Stadsbeheer's secret plan is still on the screen"
step "plan warmtenet_noord 2027" "plannen · Netbeheerder] >"
# A proposal to Stadsbeheer, who is already done: the keyboard stays with Netbeheerder.
step "stel-voor koppeling riool_noord_w" "plannen · Netbeheerder] >"
step "klaar" "Stadsontwikkeling] druk op Enter"
step "" "plannen · Stadsontwikkeling] >"
step "klaar" "Sociaal domein] druk op Enter"
step "" "plannen · Sociaal domein] >"
# Everyone is done; then Stadsbeheer gets one more turn to answer.
step "klaar" "Stadsbeheer] druk op Enter"
step "" "plannen · Stadsbeheer] >"
screen | grep -q "warmtenet_noord 2027" && fail "Netbeheerder's secret plan is on the screen"
step "ja 1" "plannen · Stadsbeheer] >"
step "klaar" "overleg · Stadsbeheer] >"

# The open table: a proposal to everyone, mid-turn; the keyboard stays with the proposer.
step "stel-voor vorm coordinatie" "overleg · Stadsbeheer] >"
step "klaar" "overleg · Netbeheerder] >"
step "ja 2" "overleg · Netbeheerder] >"
step "klaar" "overleg · Stadsontwikkeling] >"
step "ja 2" "overleg · Stadsontwikkeling] >"
step "klaar" "overleg · Sociaal domein] >"
step "ja 2" "overleg · Sociaal domein] >"
step "klaar" "jaaroverzicht] /verder >"
screen | grep -q "Het jaar 2026 in één oogopslag" || fail "no year summary"
screen | grep -q "Voorstel 2 aangenomen" || fail "the form proposal was not accepted"
step "klaar" "jaaroverzicht] /verder >"
screen | grep -q "year-end" || fail "an action was taken while the year waited"
step "/verder" "2027 · plannen · Netbeheerder] druk op Enter"
tmux send-keys -t "$NAME" "stop" Enter

echo "tmux-hotseat: ok (one year by four people: the keyboard never jumped, secrets were cleared, the year waited for /verder)"
