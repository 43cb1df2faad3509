#!/usr/bin/env python3
"""The player page and the wall of `wijkspel serve` in a real (headless) browser.

Usage: serve-browser.py DEBUGGING_PORT SERVER_PORT CODES_JSON ARTIFACTS_DIR
Joins with a code, sends commands, checks the answers appear; checks the wall shows the
public state; checks a game title holding HTML shows as text and runs nothing; takes
screenshots (laptop and phone). Prints one line per check; exits 1 on the first failure.
"""
import json
import sys
import time

from cdp import Page

debugging, server, codes_file, artifacts = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
codes = json.load(open(codes_file))["tables"][0]
base = f"http://127.0.0.1:{server}"


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        sys.exit(1)


page = Page(debugging)
page.call("Page.enable")
page.call("Page.navigate", url=base + "/")
check(page.wait_for("document.readyState === 'complete' && !!document.querySelector('#code')"),
      "the page loads and asks for a code")
page.evaluate(f"document.querySelector('#code').value = {json.dumps(codes['roles']['beheer'])}")
page.evaluate("document.querySelector('#join').click()")
joined = page.wait_for("document.querySelector('#output').textContent.includes('Welkom aan tafel 1')")
check(bool(joined), "joining with beheer's code greets the seat")
check(page.wait_for("document.querySelector('#prompt').textContent.includes('plannen')"),
      "the prompt shows the year and phase")
title = page.evaluate("document.querySelector('#output').textContent")
check("<img" in title and page.evaluate("window.__pwned === undefined"),
      "a game title holding HTML shows as text and runs nothing")
check(page.evaluate("document.querySelectorAll('#output img, #output script').length === 0"),
      "no element was made from game text")


def send(line):
    page.evaluate(f"""(function () {{
        var input = document.querySelector('#input');
        input.value = {json.dumps(line)};
        input.form.requestSubmit();
    }})()""")


send("status")
check(page.wait_for("document.querySelector('#output').textContent.includes('Status 2026')"),
      "'status' is answered on the page")
send("plan riool_noord 2027")
check(page.wait_for("document.querySelector('#output').textContent.includes('plant riool_noord in 2027')"),
      "a secret plan is confirmed to its own seat")
page.screenshot(f"{artifacts}/serve-player-1280x800.png", 1280, 800)
page.screenshot(f"{artifacts}/serve-player-phone-390x844.png", 390, 844, mobile=True)
check(page.evaluate("""(function () {
    var box = document.querySelector('#input').getBoundingClientRect();
    return box.bottom <= window.innerHeight && box.width > 200;
})()"""), "on a phone the input line is on screen and wide enough")

wall = Page(debugging)
wall.call("Page.enable")
wall.call("Page.navigate", url=base + "/wall?table=1")
check(wall.wait_for("document.querySelector('#state') && document.querySelector('#state').textContent.includes('Muur 2026')"),
      "the wall shows the public state")
check(not wall.evaluate("document.body.textContent.includes('plant riool_noord')"),
      "the wall does not show the secret plan")
send("klaar")
check(wall.wait_for("document.querySelector('#lines').textContent.includes('Stadsbeheer is klaar')"),
      "the wall follows the game as it goes")
wall.screenshot(f"{artifacts}/serve-wall-1920x1080.png", 1920, 1080)
print("all checks passed")
