import Dispatch

/// A moment some seconds from now, for waits that must not pass it.
struct Deadline {
    private let end: UInt64

    /// The moment `seconds` from now.
    init(seconds: Double) {
        end = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, seconds) * 1e9)
    }

    /// The whole milliseconds left (at least 1 while any time is left), nil once passed.
    var milliseconds: Int32? {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now < end else { return nil }
        return Int32(min(UInt64(Int32.max), max(1, (end - now) / 1_000_000)))
    }
}
