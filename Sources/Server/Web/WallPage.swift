/// The projector's page at `GET /wall?table=N`: the table's public state and narration in
/// large type, kept fresh by long polling. Public information only, so no code is asked.
///
/// Self-contained; game text only ever enters the page as text nodes. Stable element ids
/// for browser tests: `#state`, `#lines`.
enum WallPage {
    /// The page.
    static let html = #"""
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Wijkspel · wall</title>
        <link rel="icon" href="data:,">
        <style>
        html,body{height:100%;margin:0}
        body{display:flex;flex-direction:column;height:100vh;background:#0d1b14;color:#f2f2ea;
          font:clamp(18px,2.1vw,40px)/1.35 system-ui,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
        #state{padding:0.6em 0.8em;border-bottom:2px solid #2e5a44;white-space:pre-wrap;
          font-variant-numeric:tabular-nums;overflow-y:auto;max-height:50vh}
        #lines{flex:1;overflow-y:auto;padding:0.6em 0.8em;white-space:pre-wrap;overflow-wrap:anywhere}
        #lines div{margin-bottom:0.3em}
        #status{position:fixed;right:0.5em;bottom:0.3em;font-size:14px;color:#f0c060}
        @media (min-aspect-ratio: 4/3) {
          body{flex-direction:row}
          #state{width:40%;max-height:none;border-bottom:none;border-right:2px solid #2e5a44}
        }
        </style>
        </head>
        <body>
        <section id="state" aria-label="state"></section>
        <section id="lines" role="log" aria-live="polite" aria-label="narration"></section>
        <div id="status"></div>
        <script>
        (function () {
          "use strict";
          var stateBox = document.getElementById("state"), linesBox = document.getElementById("lines"),
            status = document.getElementById("status");
          var table = new URLSearchParams(location.search).get("table") || "1";
          var next = null;
          document.title = "Wijkspel · tafel / table " + table;

          function addLine(text) {
            var formFeed = text.lastIndexOf("\f");
            if (formFeed !== -1) {
              linesBox.textContent = "";
              text = text.slice(formFeed + 1);
              if (text === "") { return; }
            }
            var line = document.createElement("div");
            line.textContent = text;
            linesBox.appendChild(line);
            while (linesBox.childNodes.length > 500) { linesBox.removeChild(linesBox.firstChild); }
            linesBox.scrollTop = linesBox.scrollHeight;
          }
          function showState(lines) {
            stateBox.textContent = "";
            lines.forEach(function (text) {
              var line = document.createElement("div");
              line.textContent = text.replace(/\f/g, "");
              stateBox.appendChild(line);
            });
          }
          function poll() {
            var url = "/api/wall?table=" + encodeURIComponent(table) + (next === null ? "" : "&after=" + next);
            fetch(url, { cache: "no-store" }).then(function (response) {
              if (response.status !== 200) {
                status.textContent = "HTTP " + response.status;
                setTimeout(poll, 5000);
                return;
              }
              return response.json().then(function (body) {
                showState(body.state);
                body.lines.forEach(addLine);
                next = body.next;
                status.textContent = "";
                setTimeout(poll, 0);
              });
            }, function () {
              status.textContent = "Verbinding weg / Connection lost";
              setTimeout(poll, 3000);
            });
          }
          poll();
        })();
        </script>
        </body>
        </html>

        """#
}
