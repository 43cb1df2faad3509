#!/usr/bin/env bash
# Reproduces the balance table of Games/README.md with one command:
#
#     bash Games/balance.sh                 # 2000 games per line (the README's table)
#     GAMES=200 bash Games/balance.sh       # a quick look
#
# It builds wijkspel in release mode, validates and random-tests every game in Games/,
# then plays the default game with every line-up below (`wijkspel simulate`) and prints
# one Markdown table: mean score per role, the shared score (social value), couplings
# made, collective losses, rounds played and group trust at the end.
# Every line uses the same master seed, so the table is the same on every machine.
set -euo pipefail
cd "$(dirname "$0")/.."

GAMES="${GAMES:-2000}"
SEED="${SEED:-2026}"
SCRATCH="${SCRATCH:-.build-game}"
GAME="${GAME:-Games/wijken-van-de-toekomst.toml}"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

swift build -c release --scratch-path "$SCRATCH" --product wijkspel >&2
BIN="$SCRATCH/release/wijkspel"

echo "== validate and randomtest every game" >&2
for game in Games/*.toml; do
  "$BIN" validate "$game" >&2
  "$BIN" randomtest "$game" --games 300 --seed "$SEED" >&2
done

# label|arguments for `wijkspel simulate`
LINES=(
  "all random|--strategy random"
  "all sectoral|--strategy sectoral"
  "all cooperative|--strategy cooperative"
  "all reciprocal|--strategy reciprocal"
  "all greedy|--strategy greedy"
  "sectoral beheer, rest cooperative|--strategy beheer=sectoral --default-strategy cooperative"
  "sectoral ontwikkeling, rest cooperative|--strategy ontwikkeling=sectoral --default-strategy cooperative"
  "sectoral sociaal, rest cooperative|--strategy sociaal=sectoral --default-strategy cooperative"
  "sectoral netbeheer, rest cooperative|--strategy netbeheer=sectoral --default-strategy cooperative"
  "greedy beheer, rest reciprocal|--strategy beheer=greedy --default-strategy reciprocal"
  "cooperative sociaal, rest sectoral|--strategy sociaal=cooperative --default-strategy sectoral"
  "all combinations (no search)|--all-combinations"
)

i=0
for line in "${LINES[@]}"; do
  label="${line%%|*}"
  args="${line#*|}"
  echo "== $label" >&2
  # shellcheck disable=SC2086
  "$BIN" simulate "$GAME" --games "$GAMES" --seed "$SEED" --json $args > "$OUT/$i.json" 2> "$OUT/$i.err" \
    || { cat "$OUT/$i.err" >&2; exit 1; }
  printf '%s\n' "$label" > "$OUT/$i.label"
  i=$((i + 1))
done

python3 - "$OUT" "$i" "$GAMES" "$GAME" <<'PY'
import json, sys
out, count, games = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rows = []
for i in range(count):
    s = json.load(open(f"{out}/{i}.json"))
    label = open(f"{out}/{i}.label").read().strip()
    rows.append((label, s))
roles = rows[0][1]["roles"]
head = ["line-up"] + roles + ["shared", "couplings", "coll. loss", "rounds", "trust"]
print(f"{games} games per line, master seed from balance.sh; mean per game (shared: 95% interval half-width).\n")
print("| " + " | ".join(head) + " |")
print("|" + "|".join(["---"] + ["---:"] * (len(head) - 1)) + "|")
for label, s in rows:
    n = max(1, s["games"])
    sh = s["sharedScore"]
    half = 1.96 * ((sh["m2"] / max(1, sh["count"] - 1)) ** 0.5) / max(1, sh["count"]) ** 0.5
    cells = [label]
    cells += [f'{r["mean"]:.1f}' for r in s["scores"]]
    cells += [f'{sh["mean"]:.1f} ± {half:.1f}', f'{s["couplingsMade"]["mean"]:.2f}',
              f'{100 * s["collectiveLosses"] / n:.1f}%', f'{s["rounds"]["mean"]:.2f}',
              f'{s["endTrust"]["mean"]:.0f}']
    print("| " + " | ".join(cells) + " |")
last = rows[-1][1]
if last.get("strategyScores"):
    names = sorted(last["strategyScores"])
    print("\nMean score per role and strategy, over all combinations (last line):\n")
    print("| role | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for role, seats in zip(roles, last["seatScores"]):
        cells = [f'{seats[n]["mean"]:.1f}' if n in seats else "-" for n in names]
        print(f"| {role} | " + " | ".join(cells) + " |")
    print("| every seat | " + " | ".join(f'{last["strategyScores"][n]["mean"]:.1f}' for n in names) + " |")

total = sum(s["games"] for _, s in rows)
def shares(key):
    counts = {}
    for _, s in rows:
        for name, n in s.get(key, {}).items():
            counts[name] = counts.get(name, 0) + n
    return counts
import tomllib
with open(sys.argv[4], "rb") as f:
    game = tomllib.load(f)
for title, key, ids in [("Events: share of games in which each fired", "eventGames", list(game.get("events", {}))),
                        ("Projects: share of games in which each started", "projectGames", list(game.get("projects", {})))]:
    counts = shares(key)
    print(f"\n{title} (all {total} games; lowest and highest line-up):\n")
    print("| id | games | share | lowest line | highest line |")
    print("|---|---:|---:|---:|---:|")
    for name in sorted(ids, key=lambda n: (counts.get(n, 0), n)):
        n = counts.get(name, 0)
        per_line = [100 * s.get(key, {}).get(name, 0) / max(1, s["games"]) for _, s in rows]
        print(f"| {name} | {n} | {100 * n / total:.1f}% | {min(per_line):.1f}% | {max(per_line):.1f}% |")
PY
