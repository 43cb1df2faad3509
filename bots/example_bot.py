#!/usr/bin/env python3
"""An example Wijkspel bot in Python, using the standard library only.

It speaks the JSON-lines protocol of docs/bots.md: it reads one message per line on
standard input and answers every `decision` with one line, {"action": ID}, on standard
output. It plays cooperatively by simple rules (accept proposals, share plans, keep
promises, propose couplings and joint work, plan its own projects, take a dilemma's first
option) and otherwise picks at random with the seed the engine sends, so the same game
seed gives the same game.

Run it:  wijkspel simulate Games/voorbeeld.toml --strategy sociaal=exec:"python3 bots/example_bot.py"
"""

import json
import random
import sys

# The kinds of action this bot likes, best first, with the chance it takes one when offered.
PREFERENCES = [
    ("accept", 0.9),
    ("share", 0.8),
    ("commit", 0.7),
    ("propose", 0.3),
    ("plan", 0.6),
    ("contribute", 0.2),
    ("choose", 0.9),
]


def choose(message, rng):
    """The id of the action to take in a decision message."""
    actions = message["actions"]
    by_kind = {}
    for action in actions:
        by_kind.setdefault(action["action"]["kind"], []).append(action)
    for kind, chance in PREFERENCES:
        offered = by_kind.get(kind)
        if offered and rng.random() < chance:
            # The first offer: the earliest year of a plan, the first option of a dilemma.
            return offered[0]["id"]
    ready = by_kind.get("ready")
    if ready and rng.random() < 0.6:
        return ready[0]["id"]
    others = [a for a in actions if a["action"]["kind"] != "refuse"] or actions
    return rng.choice(others)["id"]


def main():
    role = None
    for line in sys.stdin:
        message = json.loads(line)
        if message["type"] == "hello":
            role = message["roleId"]
            continue
        if message["type"] == "decision":
            rng = random.Random(message["seed"])
            answer = {"action": choose(message, rng)}
            sys.stdout.write(json.dumps(answer) + "\n")
            sys.stdout.flush()
    # The engine closed our input: the series is over.
    print(f"example bot ({role}): done", file=sys.stderr)


if __name__ == "__main__":
    main()
