import Foundation
import TestSupport
import Testing

@testable import TextInterface

#if canImport(Glibc)
    import Glibc
#endif

/// The background thread that served tables write their debriefs on.
@Suite struct BackgroundThreadTests {
    @Test func jobsRunInTurnAtALowerPriorityAndTheirLinesAreTakenOnce() async {
        await offPool {
            let lines = BackgroundLines()
            #if canImport(Glibc)
                let own = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
                let expected = min(19, own + BackgroundThread.niceness)
            #endif
            let order = Mutex()
            for number in 1...20 {
                lines.run {
                    order.append(number)
                    #if canImport(Glibc)
                        let nice = getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
                        return ["job \(number) nice \(nice)"]
                    #else
                        return ["job \(number)"]
                    #endif
                }
            }
            let deadline = Date().addingTimeInterval(60)
            while lines.isBusy && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
            #expect(!lines.isBusy)
            #expect(order.values == Array(1...20))
            let taken = lines.take()
            #expect(taken.count == 20)
            #if canImport(Glibc)
                #expect(taken.allSatisfy { $0.hasSuffix("nice \(expected)") })
            #endif
            #expect(lines.take().isEmpty)
        }
    }
}

/// Numbers appended from another thread.
private final class Mutex: @unchecked Sendable {
    // @unchecked: every access goes through `lock`.
    private let lock = NSLock()
    private var stored: [Int] = []

    func append(_ number: Int) { lock.withLock { stored.append(number) } }

    var values: [Int] { lock.withLock { stored } }
}
