import ExecBots
import Foundation
import FoundationXML
import GameRules
import Strategies
import Testing

@testable import TextInterface

/// The whole debrief page of a bot game of the example game: well-formed, escaped,
/// self-contained, and every chart accessible.
@Suite struct DebriefHTMLPageTests {
    /// The report of a whole game of the example game played by a mix of bots, with the
    /// counterfactual.
    static func botReport(_ language: Language, seed: UInt64 = 3) throws -> DebriefReport {
        let (spec, _) = try Fixtures.example()
        let kinds: [StrategyChoice] = [.cooperative, .sectoral, .reciprocal, .random]
        var seats: [Int: StrategyChoice] = [:]
        for role in spec.roles.indices { seats[role] = kinds[role % kinds.count] }
        var table = Table(spec: spec, seed: seed, bots: seats.mapValues { $0.make() })
        var steps = 0
        while table.stepBot() != nil && steps < 100_000 { steps += 1 }
        #expect(table.game.isOver, "the bots should play the game to its end")
        let setup = try Fixtures.setup(
            language: language, seed: seed, actions: table.record.actions)
        return DebriefReport(setup: setup, language: language)
    }

    @Test(arguments: [Language.nl, Language.en])
    func thePageAndEverySVGAreWellFormedXML(_ language: Language) throws {
        let page = DebriefHTML.render(try DebriefHTMLPageTests.botReport(language))
        let parser = XMLParser(data: Data(page.utf8))
        #expect(parser.parse(), "page: \(String(describing: parser.parserError))")
        let svgs = DebriefHTMLPageTests.svgs(in: page)
        #expect(
            svgs.count >= 8,
            "budgets, trust, two heatmaps, indicators, scores, street, counterfactual")
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "svg: \(String(describing: parser.parserError))")
        }
    }

    @Test func everyChartHasATitleAndATextAlternative() throws {
        let page = DebriefHTML.render(try DebriefHTMLPageTests.botReport(.nl))
        for svg in DebriefHTMLPageTests.svgs(in: page) {
            DebriefHTMLChartTests.expectAccessible(svg, title: nil)
            let opening = svg.prefix { $0 != ">" }
            let labelled = opening.range(
                of: #"aria-labelledby="([^"]*)""#, options: .regularExpression)
            #expect(labelled != nil)
            if let labelled {
                let ids = opening[labelled].dropFirst("aria-labelledby=\"".count).dropLast()
                for id in ids.split(separator: " ") {
                    #expect(svg.contains("id=\"\(id)\""), "\(id) labels the chart")
                }
            }
        }
    }

    @Test func gameTextsStayLiteral() throws {
        var report = try DebriefHTMLPageTests.botReport(.en)
        report.title = "<script>alert('x')</script> Noord & Zuid"
        report.roles[0].name = "Beheer <b>&</b>"
        if !report.years.isEmpty { report.years[0].story.insert("<script>x</script>", at: 0) }
        let page = DebriefHTML.render(report)
        #expect(!page.lowercased().contains("<script"))
        #expect(page.contains("&lt;script&gt;alert('x')&lt;/script&gt; Noord &amp; Zuid"))
        #expect(page.contains("Beheer &lt;b&gt;&amp;&lt;/b&gt;"))
        #expect(page.contains("&lt;script&gt;x&lt;/script&gt;"))
        #expect(XMLParser(data: Data(page.utf8)).parse())
    }

    @Test(arguments: [Language.nl, Language.en])
    func thePageLoadsNothingAndRunsNothing(_ language: Language) throws {
        let page = DebriefHTML.render(try DebriefHTMLPageTests.botReport(language))
        let lower = page.lowercased()
        for forbidden in [
            "<script", "http://", "https://", "src=", "url(", "@import", "<link", " on",
        ] {
            if forbidden == " on" {
                #expect(lower.range(of: #" on[a-z]+=""#, options: .regularExpression) == nil)
            } else {
                #expect(!lower.contains(forbidden), "\(forbidden) in the page")
            }
        }
        let hrefs = DebriefHTMLPageTests.matches(of: #"href="([^"]*)""#, in: page)
        #expect(!hrefs.isEmpty)
        for href in hrefs {
            #expect(href.hasPrefix("#"), "\(href) leaves the page")
            #expect(page.contains("id=\"\(href.dropFirst())\""), "\(href) leads nowhere")
        }
    }

    @Test(arguments: [Language.nl, Language.en])
    func everySectionIsThereInTheReportsLanguage(_ language: Language) throws {
        let report = try DebriefHTMLPageTests.botReport(language)
        let page = DebriefHTML.render(report)
        let messages = Messages(language)
        for key in [
            "debrief.html.story", "debrief.html.charts", "debrief.html.streets",
            "debrief.html.promises",
            "debrief.html.dilemmas", "debrief.html.couplings", "debrief.html.scores",
            "debrief.html.questions", "debrief.html.counterfactual",
        ] {
            #expect(page.contains("<h2>" + Escape.text(messages(key)) + "</h2>"), "\(key)")
        }
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
        for year in report.years { #expect(page.contains(">" + String(year.year) + " · ")) }
        for question in report.questions { #expect(page.contains(Escape.text(question.text))) }
        for play in report.counterfactual?.plays ?? [] {
            #expect(page.contains(Escape.text(play.name)))
        }
        #expect(report.counterfactual != nil)
        for id in [
            "chart-budgets", "chart-trust", "chart-trust-start", "chart-trust-end", "chart-scores",
            "chart-streets", "chart-counterfactual",
        ] {
            #expect(page.contains("<svg id=\"\(id)\""), "\(id)")
        }
    }

    @Test func anIndicatorBeyondAHundredGetsAChartOfItsOwn() throws {
        var report = try DebriefHTMLPageTests.botReport(.nl)
        try #require(report.indicators.count >= 2 && !report.years.isEmpty)
        var page = DebriefHTML.render(report)
        #expect(page.contains("<svg id=\"chart-indicators\""))
        #expect(!page.contains("<svg id=\"chart-indicators-2\""))
        report.years[report.years.count - 1].end.indicators[1] = 850
        page = DebriefHTML.render(report)
        #expect(page.contains("<svg id=\"chart-indicators-2\""))
        let own = Messages(.nl)("debrief.html.indicator.title", report.indicators[1].name)
        #expect(page.contains(">" + Escape.text(own) + "</title>"))
    }

    @Test func thePrintStyleBreaksBetweenSectionsOnLightPaper() {
        let css = PageStyle.css
        #expect(css.contains("@media print"))
        #expect(css.contains("size: A4"))
        #expect(css.contains("break-before: page"))
        let print = css.components(separatedBy: "@media print").last ?? ""
        #expect(print.contains("header.cover { background: #ffffff; color: #000000;"))
        #expect(!css.contains("<") && !css.contains("&"))
    }

    /// Every `<svg>…</svg>` of `page`.
    static func svgs(in page: String) -> [String] {
        var result: [String] = []
        var rest = page[...]
        while let open = rest.range(of: "<svg "),
            let close = rest[open.lowerBound...].range(of: "</svg>")
        {
            result.append(String(rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return result
    }

    /// The first capture group of every match of `pattern` in `text`.
    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
