#!/usr/bin/env bash
# End-to-end test of a served game surviving kill -9: serves the example game, plays part of
# a year through the HTTP API, kills the server with SIGKILL, starts `wijkspel serve
# --resume` on the same folder and checks that every accepted action is there, that the same
# codes open the same seats (a seat is told where the game stands), and that play goes on.
#
# Usage: Tests/e2e/serve-resume.sh     (from anywhere; builds into .build-e2e)
set -euo pipefail

TEST=serve-resume NEEDS="curl python3"
# shellcheck source=Tests/e2e/prelude.sh
source "$(dirname "$0")/prelude.sh"

WORK=$(mktemp -d)
SERVER=""
cleanup() {
    [ -n "$SERVER" ] && kill -9 "$SERVER" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
    echo "serve-resume: FAIL: $*"
    exit 1
}

# Starts the server with "$@" and sets PORT from its first lines.
start() {
    : >"$WORK/serve.out"
    "$BIN" serve "$@" --port 0 --no-console --dir "$WORK/served" --codes "$WORK/codes.json" \
        >"$WORK/serve.out" 2>"$WORK/serve.err" &
    SERVER=$!
    PORT=""
    for _ in $(seq 100); do
        PORT=$(grep -o "http://127.0.0.1:[0-9]*/ " "$WORK/serve.out" 2>/dev/null | head -1 |
            sed 's|.*:\([0-9]*\)/ |\1|') || true
        [ -n "$PORT" ] && return 0
        sleep 0.1
    done
    cat "$WORK/serve.err"
    fail "the server did not start"
}
code() { python3 -c "import json,sys; print(json.load(open('$WORK/codes.json'))['tables'][0]['roles']['$1'])"; }
send() { # ROLE LINE: expects 204
    status=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "X-Wijkspel-Code: $(code "$1")" \
        --data-binary "$2" "http://127.0.0.1:$PORT/api/send")
    [ "$status" = 204 ] || fail "'$2' from $1 answered $status"
}
actions() { echo $(($(wc -l <"$WORK/served/table-1.jsonl") - 1)); }

start Games/voorbeeld.toml --seed 3
send beheer "plan riool_noord 2027"
send netbeheer "klaar"
send beheer "klaar"
send ontwikkeling "klaar"
send sociaal "klaar"
before=$(actions)
[ "$before" -ge 5 ] || fail "only $before actions were saved"
kill -9 "$SERVER"
wait "$SERVER" 2>/dev/null || true

start --resume
[ "$(actions)" = "$before" ] || fail "the save changed across the restart"
lines=$(curl -s -X POST --data-binary "$(code beheer)" "http://127.0.0.1:$PORT/api/join")
echo "$lines" | grep -q '"seat":"beheer"' || fail "beheer's code no longer opens its seat: $lines"
after=$(echo "$lines" | python3 -c "import json,sys; print(json.load(sys.stdin).get('after', 0))")
seen=$(curl -s -m 5 -H "X-Wijkspel-Code: $(code beheer)" "http://127.0.0.1:$PORT/api/lines?after=0")
echo "$seen" | grep -q "Hervat: $before acties" || fail "the seat is not told where the game stands: $seen"
wall=$(curl -s -m 5 "http://127.0.0.1:$PORT/api/wall?table=1&after=0")
echo "$wall" | grep -q "overleg" || fail "the wall does not show the open phase after the restart"
# Play goes on: whoever's turn it is in the open phase says ready.
for role in beheer netbeheer ontwikkeling sociaal; do
    curl -s -o /dev/null -X POST -H "X-Wijkspel-Code: $(code $role)" --data-binary "klaar" \
        "http://127.0.0.1:$PORT/api/send"
done
[ "$(actions)" -gt "$before" ] || fail "no action was accepted after the restart"
echo "serve-resume: ok ($before actions survived kill -9; codes reopened the seats; play went on to $(actions) actions; join answered after=$after)"
