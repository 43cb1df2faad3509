import Foundation
import FoundationXML
import Testing

@testable import TextInterface

/// The debrief page's building blocks: escaping, colours and contrast, axes, and each chart
/// as well-formed, accessible SVG.
@Suite struct DebriefHTMLChartTests {
    @Test func textAndAttributesAreEscaped() {
        let markup = Markup.node(
            "p", [("title", "a \"quoted\" 'x' & <y>")], text: "<script>alert(1)</script> & co")
        #expect(
            markup.rendered
                == "<p title=\"a &quot;quoted&quot; &#39;x&#39; &amp; &lt;y&gt;\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</p>"
        )
    }

    @Test func charactersXMLForbidsAreReplaced() {
        let rendered = Markup.node("p", text: "a\u{0}b\u{1B}c\td").rendered
        #expect(rendered == "<p>a\u{FFFD}b\u{FFFD}c\td</p>")
        #expect(DebriefHTMLChartTests.parses(rendered))
    }

    @Test func emptyElementsCloseTheHTMLWay() {
        #expect(Markup.node("rect", [("x", "1")]).rendered == "<rect x=\"1\"/>")
        #expect(Markup.node("div").rendered == "<div></div>")
    }

    @Test func numbersAreShortAndNeverTrap() {
        #expect(ChartNumber.label(12) == "12")
        #expect(ChartNumber.label(12.345) == "12.3")
        #expect(ChartNumber.label(-0.04) == "0")
        #expect(ChartNumber.label(.nan) == "–")
        #expect(ChartNumber.label(1e300) == "1e+300")
        #expect(ChartNumber.coordinate(.infinity) == "0")
    }

    @Test func contrastRatiosFollowWCAG() {
        #expect(abs(RGBColor.black.contrast(with: .white) - 21) < 0.01)
        let grey = RGBColor(red: 0x77, green: 0x77, blue: 0x77)
        #expect(abs(grey.contrast(with: .white) - 4.48) < 0.01)
        #expect(RGBColor(red: 0x21, green: 0x66, blue: 0xac).readableText == .white)
        #expect(RGBColor(red: 0xf7, green: 0xf7, blue: 0xd0).readableText == .black)
    }

    @Test func heatmapTextMeetsAAOverTheWholeScale() {
        let scale = ColorScale.trust
        for step in 0...1000 {
            let value = Double(step) / 10
            let ratio = scale.color(for: value).contrast(with: scale.textColor(for: value))
            #expect(ratio >= 4.5, "trust \(value): contrast \(ratio)")
        }
    }

    @Test func heatmapCellsCarryTheirNumberInAReadableColour() throws {
        let values: [[Double?]] = [[nil, 0, 35], [50, nil, 72.5], [88, 100, nil]]
        let heatmap = Heatmap(
            id: "h", title: "Vertrouwen", description: "laagste 0", rowLabels: ["a", "b", "c"],
            columnLabels: ["a", "b", "c"], values: values)
        let svg = heatmap.svg.rendered
        #expect(DebriefHTMLChartTests.parses(svg))
        let pairs = DebriefHTMLChartTests.cellColours(in: svg)
        #expect(pairs.count == 6)
        for (background, text) in pairs {
            #expect(background.contrast(with: text) >= 4.5)
        }
        for label in ["0", "35", "50", "72.5", "88", "100"] {
            #expect(svg.contains(">" + label + "</text>"))
        }
    }

    @Test func axesPickRoundTicks() {
        let axis = Axis.fitting([3, 97], start: 200, end: 0)
        #expect(axis.ticks() == [0, 20, 40, 60, 80, 100])
        #expect(axis.position(0) == 200)
        #expect(axis.position(100) == 0)
        #expect(Axis.fitting([120, 180], start: 0, end: 1).ticks() == [120, 140, 160, 180])
        #expect(Axis.fitting([5, 5], start: 0, end: 1).ticks() == [4, 4.5, 5, 5.5, 6])
        let budgets = Axis.fitting([17.7, 103.8], start: 0, end: 1)
        #expect(budgets.ticks() == [0, 20, 40, 60, 80, 100, 120], "a tick at the top of the axis")
    }

    @Test func lineChartHasSeriesLegendAndThresholds() {
        let chart = LineChart(
            id: "c", title: "Groepsvertrouwen", description: "van 50 naar 62",
            labels: ["start", "2025", "2026"],
            series: [
                ChartSeries(name: "groep <&>", values: [50, nil, 62]),
                ChartSeries(name: "ander", values: [40, 45, 47]),
            ],
            thresholds: [ChartThreshold(label: "collaboratie", value: 60)], range: 0...100)
        let svg = chart.svg.rendered
        #expect(DebriefHTMLChartTests.parses(svg))
        #expect(svg.components(separatedBy: "<polyline").count == 3)
        #expect(svg.contains("groep &lt;&amp;&gt;"))
        #expect(svg.contains(">collaboratie (60)</text>"))
        #expect(svg.contains(">start</text>"))
        #expect(svg.contains(">2026</text>"))
        DebriefHTMLChartTests.expectAccessible(svg, title: "Groepsvertrouwen")
    }

    @Test func closeThresholdsNeverPrintOverEachOther() {
        let chart = LineChart(
            id: "c", title: "t", description: "d", labels: ["start", "2025"],
            series: [ChartSeries(name: "groep", values: [50, 55])],
            thresholds: [
                ChartThreshold(label: "coördinatie", value: 52),
                ChartThreshold(label: "collaboratie", value: 53),
            ], range: 0...100)
        let svg = chart.svg.rendered
        let ys = ["coördinatie (52)", "collaboratie (53)"].compactMap { label -> Double? in
            let pattern =
                #"y="([0-9.]+)"[^>]*>"# + NSRegularExpression.escapedPattern(for: label) + "</text>"
            return DebriefHTMLPageTests.matches(of: pattern, in: svg).first.flatMap(Double.init)
        }
        #expect(ys.count == 2)
        if ys.count == 2 { #expect(abs(ys[0] - ys[1]) >= 13) }
    }

    @Test func timelineMarksOpeningsCouplingsGraafrustAndBreaches() {
        let chart = StreetTimeline(
            id: "t", title: "Straat", description: "2 openingen", years: [2025, 2026, 2027],
            rows: [
                TimelineRow(
                    name: "Noord",
                    years: [
                        TimelineCell(openings: 1, couplings: 1, graafrust: false, breaches: 0),
                        TimelineCell(openings: 0, couplings: 0, graafrust: true, breaches: 0),
                        TimelineCell(openings: 1, couplings: 0, graafrust: true, breaches: 1),
                    ])
            ],
            legendLabels: ("open", "koppeling", "graafrust", "doorbraak"))
        let svg = chart.svg.rendered
        #expect(DebriefHTMLChartTests.parses(svg))
        let bars = svg.components(separatedBy: "fill=\"" + StreetTimeline.barColor + "\"").count - 1
        #expect(bars == 2 + 1, "two openings and the legend's swatch")
        #expect(svg.components(separatedBy: "<polygon").count - 1 == 1 + 1)
        #expect(svg.components(separatedBy: "<path").count - 1 == 1 + 1)
        DebriefHTMLChartTests.expectAccessible(svg, title: "Straat")
    }

    @Test func barChartLabelsEveryBarWithItsValue() {
        let chart = BarChart(
            id: "b", title: "Gedeelde score", description: "tafel 85",
            bars: [
                BarChart.Bar(label: "jullie tafel", value: 85, highlighted: true),
                BarChart.Bar(label: "coöperatieve bots", value: 80, highlighted: false),
                BarChart.Bar(label: "sectorale bots", value: -12, highlighted: false),
            ])
        let svg = chart.svg.rendered
        #expect(DebriefHTMLChartTests.parses(svg))
        for label in [">85</text>", ">80</text>", ">-12</text>", ">jullie tafel</text>"] {
            #expect(svg.contains(label))
        }
        DebriefHTMLChartTests.expectAccessible(svg, title: "Gedeelde score")
    }

    /// Whether `xml` parses as an XML document.
    static func parses(_ xml: String) -> Bool {
        let parser = XMLParser(data: Data(xml.utf8))
        return parser.parse()
    }

    /// Checks that `svg` is an image labelled by its title and described.
    ///
    /// With a nil `title`, any title that is not empty will do.
    static func expectAccessible(_ svg: String, title: String?) {
        #expect(svg.hasPrefix("<svg "))
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title id=\""))
        if let title {
            #expect(svg.contains(">" + title + "</title>"))
        } else {
            #expect(!svg.contains("\"></title>"))
        }
        #expect(svg.contains("<desc id=\""))
        #expect(svg.contains("aria-labelledby=\""))
    }

    /// The background and text colours of every heatmap cell with a number: a `rect`'s fill
    /// followed directly by a `text`'s fill.
    static func cellColours(in svg: String) -> [(RGBColor, RGBColor)] {
        let pattern = ##"<rect [^>]*fill="#([0-9a-f]{6})"/><text [^>]*fill="#([0-9a-f]{6})""##
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(svg.startIndex..., in: svg)
        return regex.matches(in: svg, range: range).compactMap { match in
            guard let first = Range(match.range(at: 1), in: svg),
                let second = Range(match.range(at: 2), in: svg)
            else { return nil }
            return (color(String(svg[first])), color(String(svg[second])))
        }
    }

    /// The colour of six hex digits.
    static func color(_ hex: String) -> RGBColor {
        let value = Int(hex, radix: 16) ?? 0
        return RGBColor(red: value >> 16 & 0xff, green: value >> 8 & 0xff, blue: value & 0xff)
    }
}
