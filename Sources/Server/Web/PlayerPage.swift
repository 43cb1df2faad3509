/// The player's page at `GET /`: a terminal in the browser, for phones and laptops.
///
/// Self-contained (inline CSS and script, no outside resources: a workshop room may be
/// offline). Game text only ever enters the page as text nodes. Stable element ids for
/// browser tests: `#code`, `#join`, `#output`, `#input`, `#prompt`.
enum PlayerPage {
    /// The page.
    static let html = #"""
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1, interactive-widget=resizes-content">
        <title>Wijkspel</title>
        <link rel="icon" href="data:,">
        <style>
        [hidden]{display:none!important}
        html,body{height:100%;margin:0}
        body{display:flex;flex-direction:column;height:100vh;height:100dvh;background:#111;color:#e8e8e8;
          font:17px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,"DejaVu Sans Mono",monospace}
        header{padding:8px;border-bottom:1px solid #333;background:#1a1a1a}
        header h1{font-size:17px;margin:0 0 6px 0;font-weight:bold}
        form{display:flex;gap:6px;align-items:center}
        #output{flex:1;overflow-y:auto;padding:8px;white-space:pre-wrap;overflow-wrap:anywhere}
        #play{padding:6px 8px;border-top:1px solid #333;background:#1a1a1a}
        input{flex:1;min-width:0;font:inherit;font-size:17px;background:#000;color:#fff;border:1px solid #555;
          border-radius:4px;padding:9px}
        button{font:inherit;font-size:17px;padding:9px 16px;border-radius:4px;border:1px solid #777;
          background:#2d4d2d;color:#fff}
        #prompt{color:#8fd18f;max-width:45%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
        #status{color:#f0c060;min-height:1.2em;padding:2px 8px}
        .typed{color:#8fd18f}.note{color:#f0c060}
        @media (max-width:600px){
          #play{flex-wrap:wrap}#prompt{max-width:100%;flex-basis:100%;font-size:14px}
          #output{font-size:14px}
        }
        </style>
        </head>
        <body>
        <header id="top">
        <h1>Wijkspel</h1>
        <form id="joinform" autocomplete="off">
        <input id="code" placeholder="code (K7QX-M2PD-RT)" autocapitalize="characters" spellcheck="false"
          aria-label="code">
        <button id="join" type="submit">Meedoen / Join</button>
        </form>
        </header>
        <div id="output" role="log" aria-live="polite"></div>
        <div id="status"></div>
        <form id="play" hidden autocomplete="off">
        <span id="prompt"></span>
        <input id="input" autocapitalize="off" autocorrect="off" spellcheck="false" enterkeyhint="send"
          aria-label="command">
        </form>
        <script>
        (function () {
          "use strict";
          function byId(id) { return document.getElementById(id); }
          var top = byId("top"), joinForm = byId("joinform"), codeBox = byId("code"),
            output = byId("output"), play = byId("play"), input = byId("input"),
            prompt = byId("prompt"), status = byId("status");
          var code = null, next = 0, generation = 0, typed = [], typedIndex = 0;
          var sending = Promise.resolve();

          function normal(text) { return text.replace(/[\s-]/g, "").toUpperCase(); }
          function show(text) { status.textContent = text; }
          function addLine(text, kind) {
            var formFeed = text.lastIndexOf("\f");
            if (formFeed !== -1) {
              output.textContent = "";
              text = text.slice(formFeed + 1);
              if (text === "") { return; }
            }
            var line = document.createElement("div");
            if (kind) { line.className = kind; }
            line.textContent = text;
            output.appendChild(line);
            while (output.childNodes.length > 3000) { output.removeChild(output.firstChild); }
            output.scrollTop = output.scrollHeight;
          }
          function remember(value) {
            try {
              if (value) { localStorage.setItem("wijkspel-code", value); }
              else { localStorage.removeItem("wijkspel-code"); }
            } catch (ignored) {}
            history.replaceState(null, "", value ? "#" + value : location.pathname + location.search);
          }
          function leave(message) {
            generation += 1;
            code = null;
            remember(null);
            top.hidden = false;
            play.hidden = true;
            show(message);
            codeBox.focus();
          }
          function answerText(response) {
            return response.json().then(function (body) { return body.message || ("HTTP " + response.status); },
              function () { return "HTTP " + response.status; });
          }
          function join(given) {
            var wanted = normal(given);
            if (!wanted) { return; }
            show("…");
            fetch("/api/join", { method: "POST", body: wanted, cache: "no-store" }).then(function (response) {
              if (response.status !== 200) {
                return answerText(response).then(function (text) {
                  if (response.status === 403) { remember(null); }
                  show(text);
                });
              }
              return response.json().then(function (body) {
                code = wanted;
                next = body.after;
                remember(wanted);
                top.hidden = true;
                play.hidden = false;
                show("");
                input.focus();
                generation += 1;
                poll(generation);
              });
            }, function () { show("Geen verbinding / No connection"); });
          }
          function poll(mine) {
            if (mine !== generation) { return; }
            fetch("/api/lines?after=" + next, { headers: { "X-Wijkspel-Code": code }, cache: "no-store" })
              .then(function (response) {
                if (mine !== generation) { return; }
                if (response.status === 200) {
                  return response.json().then(function (body) {
                    body.lines.forEach(function (line) { addLine(line); });
                    next = body.next;
                    prompt.textContent = body.prompt;
                    show("");
                    setTimeout(function () { poll(mine); }, 0);
                  });
                }
                if (response.status === 403) {
                  return answerText(response).then(leave);
                }
                show("Even wachten / Waiting (" + response.status + ")");
                setTimeout(function () { poll(mine); }, 3000);
              }, function () {
                show("Verbinding weg, opnieuw… / Connection lost, retrying…");
                setTimeout(function () { poll(mine); }, 2000);
              });
          }
          function send(line) {
            addLine((prompt.textContent ? prompt.textContent + " " : "> ") + line, "typed");
            var mine = code;
            sending = sending.then(function () { return mine === code ? post(line, mine) : null; });
          }
          function post(line, mine) {
            return fetch("/api/send", { method: "POST", body: line, cache: "no-store",
              headers: { "X-Wijkspel-Code": mine, "Content-Type": "text/plain;charset=utf-8" } })
              .then(function (response) {
                if (response.status === 204) { return; }
                if (response.status === 403) { return answerText(response).then(leave); }
                return answerText(response).then(function (text) { addLine(text, "note"); });
              }, function () { addLine("Niet verstuurd / Not sent: no connection", "note"); });
          }

          joinForm.addEventListener("submit", function (event) {
            event.preventDefault();
            join(codeBox.value);
          });
          play.addEventListener("submit", function (event) {
            event.preventDefault();
            var line = input.value.replace(/[\r\n]/g, " ");
            input.value = "";
            if (line.trim() !== "") {
              typed.push(line);
              if (typed.length > 200) { typed.shift(); }
            }
            typedIndex = typed.length;
            send(line);
          });
          input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowUp" && typedIndex > 0) {
              typedIndex -= 1;
              input.value = typed[typedIndex];
              event.preventDefault();
            } else if (event.key === "ArrowDown" && typedIndex < typed.length) {
              typedIndex += 1;
              input.value = typedIndex < typed.length ? typed[typedIndex] : "";
              event.preventDefault();
            }
          });
          if (window.visualViewport) {
            window.visualViewport.addEventListener("resize", function () {
              document.body.style.height = window.visualViewport.height + "px";
              output.scrollTop = output.scrollHeight;
            });
          }
          var saved = location.hash.slice(1);
          if (!saved) { try { saved = localStorage.getItem("wijkspel-code") || ""; } catch (ignored) {} }
          try { saved = normal(decodeURIComponent(saved)); } catch (ignored) { saved = ""; }
          if (saved) { codeBox.value = saved; join(saved); } else { codeBox.focus(); }
        })();
        </script>
        </body>
        </html>

        """#
}
