import Testing

@testable import TextInterface

/// `/timer`: the time left shows in the prompt and the table is warned once at zero, read
/// from an injected clock; the timer is no game action.
@Suite("Phase timers")
struct PhaseTimerTests {
    /// A clock the test moves by hand.
    final class Clock: @unchecked Sendable {
        var now = 1000.0
    }

    /// A session in the first planning turn with a fixed clock.
    private func session(_ language: Language) throws -> (Session, Clock) {
        let session = try Fixtures.session(language: language)
        let clock = Clock()
        session.clock = { clock.now }
        _ = session.handle("")
        return (session, clock)
    }

    @Test(
        "durations",
        arguments: [
            ("5m", 300), ("90s", 90), ("2m30s", 150), ("5", 300), ("1h", 3600), ("1u", 3600),
            ("0s", nil), ("m", nil), ("5x", nil), ("2m2m", nil), ("25h", nil), ("abc", nil),
        ] as [(String, Int?)])
    func durations(_ word: String, _ seconds: Int?) {
        #expect(PhaseTimer.seconds(word) == seconds)
    }

    @Test("the prompt counts down and the warning comes once, in Dutch and English")
    func countdown() throws {
        for language in Language.allCases {
            let (session, clock) = try session(language)
            let before = session.record.actions.count
            let set = session.handle("/timer 2m30s").joined()
            #expect(set.contains("2:30"))
            #expect(session.prompt.contains("⏱ 2:30"))
            clock.now += 61
            #expect(session.prompt.contains("⏱ 1:29"))
            #expect(!session.handle("status").joined().contains("⏱"))
            clock.now += 100
            let up = language == .nl ? "De tijd is om" : "Time is up"
            #expect(session.prompt.contains(language == .nl ? "tijd om" : "time's up"))
            let warned = session.handle("status")
            #expect(warned.first?.contains(up) == true)
            #expect(!session.handle("status").joined().contains(up), "warned only once")
            #expect(session.record.actions.count == before, "a timer is no game action")
            #expect(session.handle(language == .nl ? "/timer uit" : "/timer off").count == 1)
            #expect(!session.prompt.contains("⏱"))
        }
    }

    @Test("a timer lapses silently when its phase ends")
    func lapses() throws {
        let (session, clock) = try session(.nl)
        _ = session.handle("/timer 1m")
        _ = session.handle("/volgende")
        clock.now += 120
        #expect(!session.prompt.contains("⏱"))
        #expect(!session.handle("status").joined().contains("De tijd is om"))
    }

    @Test("a bad duration is explained")
    func badDuration() throws {
        let (session, _) = try session(.en)
        #expect(session.handle("/timer soon").joined().contains("[not-a-duration]"))
    }
}
