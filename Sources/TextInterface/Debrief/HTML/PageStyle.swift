/// The debrief page's inline CSS: large type for a projector at 1280×800, and print rules
/// for A4 (a page per section, no dark backgrounds, no cut charts).
enum PageStyle {
    /// The style sheet. It holds no `<` or `&`, so it is valid XML text as it stands.
    static let css = """
        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, "DejaVu Sans", Arial, sans-serif;
          font-size: 18px; line-height: 1.45; color: #1a1a1a; background: #ffffff; }
        header.cover { background: #123c5a; color: #ffffff; padding: 22px 40px 18px; }
        header.cover h1 { margin: 0 0 6px; font-size: 34px; line-height: 1.15; }
        header.cover p { margin: 0; font-size: 18px; }
        main { max-width: 1200px; margin: 0 auto; padding: 8px 40px 40px; }
        nav.contents ol { columns: 3; margin: 8px 0 0; padding-left: 22px; font-size: 16px; }
        section { margin: 28px 0 0; padding-top: 8px; border-top: 3px solid #123c5a; }
        h2 { font-size: 28px; margin: 4px 0 12px; color: #123c5a; }
        h3 { font-size: 21px; margin: 18px 0 8px; }
        .keys { display: flex; flex-wrap: wrap; gap: 14px; margin: 16px 0; }
        .key { flex: 1 1 200px; border: 2px solid #123c5a; border-radius: 8px; padding: 10px 16px; }
        .key strong { display: block; font-size: 34px; line-height: 1.1; color: #123c5a; }
        .key span { font-size: 16px; }
        figure { margin: 12px 0 22px; break-inside: avoid; page-break-inside: avoid; }
        figure svg.chart { width: 100%; max-width: 960px; height: auto; max-height: 560px;
          display: block; background: #ffffff; }
        h3.chart-title { font-size: 19px; margin: 0 0 6px; }
        figcaption { font-size: 16px; color: #333333; margin-top: 4px; }
        .pair { display: flex; flex-wrap: wrap; gap: 24px; }
        .pair figure { flex: 1 1 480px; }
        table { border-collapse: collapse; margin: 8px 0 18px; font-size: 16px; }
        th, td { border-bottom: 1px solid #bbbbbb; padding: 4px 12px 4px 0; text-align: left;
          vertical-align: top; }
        td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.own td { font-weight: bold; }
        .year ul { columns: 2; column-gap: 32px; font-size: 16px; }
        .year li { break-inside: avoid; }
        .question { border-left: 5px solid #d55e00; padding: 2px 0 2px 14px; margin: 14px 0; }
        .question p.ask { font-size: 20px; font-weight: bold; margin: 0 0 4px; }
        .muted { color: #4d4d4d; }
        p.lead { font-size: 20px; margin: 0 0 14px; }
        ul { margin: 4px 0 10px; }
        @page { size: A4; margin: 14mm; }
        @media print {
          body { font-size: 11pt; background: #ffffff; color: #000000; }
          header.cover { background: #ffffff; color: #000000; padding: 0 0 8px;
            border-bottom: 2px solid #000000; }
          main { max-width: none; padding: 0; }
          nav.contents { display: none; }
          section { break-before: page; page-break-before: always; border-top: none; }
          section.first { break-before: auto; page-break-before: auto; }
          h2 { color: #000000; }
          .key { border-color: #000000; }
          .key strong { color: #000000; }
          figure svg.chart { max-height: 230mm; }
          .pair figure { flex: 1 1 45%; }
        }
        """
}
