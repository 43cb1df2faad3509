import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Ctrl-C at the terminal: a dispatch signal source (SIGINT itself ignored) that runs in
/// normal context, waits until the line being handled is done, shows a farewell (the game
/// is saved, and how to resume it) and ends the program with status 130.
///
/// The front end runs inside `busy` and reads input inside `reading`, so the game and its
/// save file are never cut off halfway.
public final class Interruption: @unchecked Sendable {
    /// The exit status after Ctrl-C (128 + SIGINT).
    public static let exitStatus: Int32 = 130

    private let lock = NSLock()
    private let farewell: () -> String
    private var source: DispatchSourceSignal?

    /// Creates the handler; `farewell` is asked, inside `busy`, for the last words.
    public init(farewell: @escaping () -> String) {
        self.farewell = farewell
    }

    /// Starts listening for SIGINT.
    public func install() {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [self] in
            lock.lock()
            let text = "\n" + farewell() + "\n"
            try? OutputWriter.standardOutput.write(text)
            _exit(Interruption.exitStatus)
        }
        source.resume()
        self.source = source
    }

    /// Runs `body` so that Ctrl-C waits until it is done.
    public func busy<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Runs `body` (reading input) inside `busy` with Ctrl-C let through.
    public func reading<T>(_ body: () throws -> T) rethrows -> T {
        lock.unlock()
        defer { lock.lock() }
        return try body()
    }
}
