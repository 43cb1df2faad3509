#!/usr/bin/env bash
# End-to-end test of "no accepted action is lost": kills wijkspel with kill -9 at seeded
# random moments, many times, in two kinds of play.
#
#  (a) bot play: every role a bot, killed mid-game, then `wijkspel resume` plays to the end.
#      The save's action lines and `resume --dump-state` must equal those of the same game
#      played without interruption.
#  (b) piped play: a person's lines come one by one, with small delays, through a pipe. After
#      the kill, every action the output had confirmed is in the save, and the save's actions
#      are a prefix of the uninterrupted run's. The script marks its steps with comment lines
#      (`# stap N`), which the session echoes and otherwise ignores: once the echo of step N
#      is in the output, every line before it was handled, and so saved.
#
# Only this is assumed of the save format: line 1 is the header, every other line is one
# action or an undo. Lines are compared, not their JSON.
#
# Usage: Tests/e2e/kill-resume.sh   (from anywhere; builds into WIJKSPEL_E2E_SCRATCH,
#        default .build-e2e). KILLS_A and KILLS_B set the number of kills of each kind;
#        KILL_RESUME_VERBOSE=1 tells what each piped kill found.
# Exits 0 with "skipped" only when a required tool is missing.
set -euo pipefail

TEST=kill-resume NEEDS="swift mkfifo cmp"
# shellcheck source=Tests/e2e/prelude.sh
source "$(dirname "$0")/prelude.sh"
KILLS_A=${KILLS_A:-26}
KILLS_B=${KILLS_B:-26}

WORK=$(mktemp -d)
STARTED=()
cleanup() {
    for pid in "${STARTED[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT
RANDOM=20261130
START=$(date +%s)

fail() {
    echo "kill-resume: FAIL: $*"
    exit 1
}

# Milliseconds since the epoch.
now_ms() { echo $(($(date +%s%N) / 1000000)); }

# Sleeps $1 milliseconds.
sleep_ms() { sleep "$(printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)))"; }

# The save's lines after the header, without a last line cut off by the kill.
actions() {
    if [ -n "$(tail -c 1 "$1")" ]; then
        tail -n +2 "$1" | sed '$d'
    else
        tail -n +2 "$1"
    fi
}

# Waits until command "$2..." succeeds while process $1 runs (at most 20 s); polls every ms.
wait_until() {
    local pid=$1
    shift
    for _ in $(seq 1 20000); do
        "$@" && return 0
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.001
    done
}

# Whether save $1 exists with its whole first line (the header). A kill between creating
# the file and writing its header leaves it empty: nothing was accepted yet, so nothing is
# lost, and `resume` says the file has no header.
has_header() { [ -f "$1" ] && [ "$(wc -l <"$1")" -ge 1 ]; }

# Whether file $1 has at least $2 lines.
has_lines() { [ -f "$1" ] && [ "$(wc -l <"$1")" -ge "$2" ]; }

# Whether file $1 shows the echo of step $2 of the piped script.
shows_step() { grep -q "# stap $2\$" "$1" 2>/dev/null; }

# Kills process $1 with kill -9 and waits for it; succeeds only if it was still running.
kill_now() {
    if kill -9 "$1" 2>/dev/null; then
        wait "$1" 2>/dev/null || true
        return 0
    fi
    wait "$1" 2>/dev/null || true
    return 1
}

midgame=0

# (a) Bot play: one uninterrupted reference game per seed, then kills and resumes.
GAME="$ROOT/Games/wijken-van-de-toekomst.toml"
BOTS=(--bot beheer=cooperative --bot ontwikkeling=greedy --bot sociaal=reciprocal
    --bot netbeheer=sectoral)
SEEDS=(3 8)
declare -A REF_MS
for seed in "${SEEDS[@]}"; do
    ref="$WORK/ref-$seed.jsonl"
    begin=$(now_ms)
    "$BIN" play "$GAME" --seed "$seed" --save "$ref" "${BOTS[@]}" </dev/null >/dev/null 2>&1 ||
        fail "the reference game with seed $seed did not end cleanly"
    REF_MS[$seed]=$(($(now_ms) - begin))
    echo "kill-resume: (a) the reference game with seed $seed takes ${REF_MS[$seed]} ms"
    actions "$ref" >"$WORK/ref-$seed.actions"
    "$BIN" resume "$ref" --dump-state >"$WORK/ref-$seed.state" 2>/dev/null ||
        fail "resume --dump-state of the reference game failed"
done

# Each kill waits until the save holds a random number of lines, then a random 0-20 ms more.
kills_a=0
i=0
while [ "$kills_a" -lt "$KILLS_A" ] && [ "$i" -lt $((KILLS_A * 2)) ]; do
    i=$((i + 1))
    seed=${SEEDS[$((i % ${#SEEDS[@]}))]}
    save="$WORK/a-$i.jsonl"
    total=$(wc -l <"$WORK/ref-$seed.actions")
    lines=$((1 + RANDOM % (total * 9 / 10)))
    extra=$((RANDOM % 21))
    "$BIN" play "$GAME" --seed "$seed" --save "$save" "${BOTS[@]}" </dev/null \
        >"$WORK/a-$i.out" 2>&1 &
    pid=$!
    STARTED+=("$pid")
    wait_until "$pid" has_lines "$save" "$lines"
    sleep_ms "$extra"
    kill_now "$pid" || { echo "kill-resume: (a) $i: the game ended before the kill"; continue; }
    kills_a=$((kills_a + 1))
    has_header "$save" || { echo "kill-resume: (a) $i: killed before the save had its header"; continue; }
    before=$(actions "$save" | wc -l)
    [ "$before" -lt "$(wc -l <"$WORK/ref-$seed.actions")" ] && midgame=$((midgame + 1))
    "$BIN" resume "$save" </dev/null >"$WORK/a-$i.resumed" 2>&1 ||
        fail "(a) $i: resume after a kill after $before actions failed: $(tail -3 "$WORK/a-$i.resumed")"
    actions "$save" >"$WORK/a-$i.actions"
    cmp -s "$WORK/a-$i.actions" "$WORK/ref-$seed.actions" ||
        fail "(a) $i: seed $seed, killed after $before actions: the resumed game's actions differ from the reference"
    "$BIN" resume "$save" --dump-state >"$WORK/a-$i.state" 2>/dev/null ||
        fail "(a) $i: resume --dump-state failed"
    cmp -s "$WORK/a-$i.state" "$WORK/ref-$seed.state" ||
        fail "(a) $i: seed $seed, killed after $before actions: the final state differs from the reference"
done

# (b) Piped play: two people (beheer, sociaal) type, two bots play along.
PIPED_BOTS=(--bot ontwikkeling=cooperative --bot netbeheer=reciprocal)
SCRIPT="$WORK/script.txt"
: >"$SCRIPT"
STEPS=20
for step in $(seq 1 "$STEPS"); do
    printf '%s\n' "/verder" "" "stort wijkfonds 1" "status" "klaar" "# stap $step" >>"$SCRIPT"
done
LINES_PER_STEP=6
PIPED_SEED=11

# The number of actions saved after the script's lines up to and including step $1.
declare -A CONFIRMED
confirmed_after() {
    local step=$1
    if [ -z "${CONFIRMED[$step]:-}" ]; then
        local save="$WORK/prefix-$step.jsonl"
        # The cache lives in a subshell, so the same prefix may be played again: the test's own
        # file from the last time goes first (play never overwrites a file).
        rm -f "$save"
        head -n $((step * LINES_PER_STEP)) "$SCRIPT" |
            "$BIN" play "$ROOT/Games/voorbeeld.toml" --seed "$PIPED_SEED" --save "$save" \
                "${PIPED_BOTS[@]}" >/dev/null 2>&1 || fail "(b) the run up to step $step failed"
        CONFIRMED[$step]=$(actions "$save" | wc -l)
    fi
    echo "${CONFIRMED[$step]}"
}

ref="$WORK/piped-ref.jsonl"
"$BIN" play "$ROOT/Games/voorbeeld.toml" --seed "$PIPED_SEED" --save "$ref" "${PIPED_BOTS[@]}" \
    <"$SCRIPT" >/dev/null 2>&1 || fail "(b) the reference run failed"
actions "$ref" >"$WORK/piped-ref.actions"

# Each kill waits until the output shows a random step, then a random 0-40 ms more.
kills_b=0
i=0
while [ "$kills_b" -lt "$KILLS_B" ] && [ "$i" -lt $((KILLS_B * 2)) ]; do
    i=$((i + 1))
    save="$WORK/b-$i.jsonl"
    fifo="$WORK/b-$i.fifo"
    mkfifo "$fifo"
    (
        while IFS= read -r line; do
            printf '%s\n' "$line" || exit 0
            sleep 0.01
        done <"$SCRIPT"
    ) >"$fifo" 2>/dev/null &
    feeder=$!
    STARTED+=("$feeder")
    "$BIN" play "$ROOT/Games/voorbeeld.toml" --seed "$PIPED_SEED" --save "$save" \
        "${PIPED_BOTS[@]}" <"$fifo" >"$WORK/b-$i.out" 2>&1 &
    pid=$!
    STARTED+=("$pid")
    target=$((RANDOM % (STEPS - 4)))
    extra=$((RANDOM % 41))
    [ "$target" -eq 0 ] || wait_until "$pid" shows_step "$WORK/b-$i.out" "$target"
    sleep_ms "$extra"
    landed=yes
    kill_now "$pid" || landed=no
    kill -9 "$feeder" 2>/dev/null || true
    wait "$feeder" 2>/dev/null || true
    if [ "$landed" = no ]; then
        echo "kill-resume: (b) $i: the game ended before the kill"
        continue
    fi
    kills_b=$((kills_b + 1))
    has_header "$save" || { echo "kill-resume: (b) $i: killed before the save had its header"; continue; }
    confirmed=
    step=$(grep -o '# stap [0-9]*' "$WORK/b-$i.out" | tail -1 | grep -o '[0-9]*$' || true)
    saved=$(actions "$save" | wc -l)
    if [ -n "$step" ]; then
        confirmed=$(confirmed_after "$step")
        [ "$saved" -ge "$confirmed" ] ||
            fail "(b) $i: the output confirmed step $step ($confirmed actions) but the save holds $saved"
    fi
    [ -z "${KILL_RESUME_VERBOSE:-}" ] ||
        echo "kill-resume: (b) $i: output confirmed step ${step:-none} (${confirmed:-0} actions), save holds $saved"
    [ "$saved" -lt "$(wc -l <"$WORK/piped-ref.actions")" ] && midgame=$((midgame + 1))
    head -n "$saved" "$WORK/piped-ref.actions" | cmp -s - <(actions "$save") ||
        fail "(b) $i: killed after step ${target} + ${extra} ms: the save's $saved actions are not a prefix of the reference run's"
    "$BIN" resume "$save" --dump-state >/dev/null 2>&1 ||
        fail "(b) $i: the save does not load after the kill"
done

kills=$((kills_a + kills_b))
[ "$kills" -ge 50 ] || fail "only $kills kills landed while the game ran (at least 50 needed)"
echo "kill-resume: ok ($kills kills with kill -9: $kills_a in bot play, $kills_b in piped play, $midgame of them mid-game; nothing accepted was lost; $(($(date +%s) - START)) s)"
