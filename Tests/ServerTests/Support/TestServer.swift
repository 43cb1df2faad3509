import Dispatch
import Foundation

@testable import Server

/// A `ServerLoop` running on its own thread for one test, with the fake host or a real one.
final class TestServer<Host: LineHost> {
    /// The host the loop serves (the loop's own until `stop()` returned).
    let host: Host
    /// The running loop's handle.
    let controller: ServerController
    private let finished = DispatchSemaphore(value: 0)
    private var stopped: Bool?

    /// The loop's port.
    var port: Int { controller.port }

    /// Starts a loop on loopback, any free port, no console; `adjust` changes the limits.
    /// With `console`, the loop reads and prints its console on those descriptors.
    init(
        host: Host, address: String = "127.0.0.1",
        console: (input: Int32, output: Int32)? = nil,
        adjust: (inout ServerLimits) -> Void = { _ in }
    ) throws {
        var limits = ServerLimits()
        adjust(&limits)
        let configuration = ServerConfiguration(
            address: address, limits: limits, readsConsole: console != nil,
            printsConsole: console != nil)
        let started = Started()
        let finished = finished
        self.host = host
        let lent = Lent(host as any LineHost)
        let thread = Thread {
            do {
                let loop = try ServerLoop(configuration: configuration, host: lent.value)
                if let console {
                    loop.consoleInput = console.input
                    loop.consoleOutput = console.output
                }
                started.set(.success(loop.controller))
                loop.run()
            } catch {
                started.set(.failure(error))
            }
            finished.signal()
        }
        thread.start()
        controller = try started.wait().get()
    }

    /// Stops the loop and waits (at most 5 s) until `run()` returned; false if it did not.
    @discardableResult
    func stop() -> Bool {
        if let stopped { return stopped }
        controller.stop()
        let done = finished.wait(timeout: .now() + 5) == .success
        stopped = done
        return done
    }

    /// Waits until `condition` holds (checked every 20 ms), at most `seconds`.
    func wait(seconds: Double = 5, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return condition()
    }

    deinit {
        stop()
    }
}

extension TestServer where Host == FakeHost {
    /// A loop serving a new fake host.
    convenience init(
        address: String = "127.0.0.1", console: (input: Int32, output: Int32)? = nil,
        adjust: (inout ServerLimits) -> Void = { _ in }
    ) throws {
        try self.init(host: FakeHost(), address: address, console: console, adjust: adjust)
    }
}

/// A host handed to the loop's thread: from then on only that thread touches it, until the
/// test has stopped the loop.
private struct Lent<Value>: @unchecked Sendable {
    // @unchecked: the test does not use the host while the loop runs.
    let value: Value

    init(_ value: Value) { self.value = value }
}

/// The loop's controller or its start error, handed from the loop thread to the test.
private final class Started: @unchecked Sendable {
    // @unchecked: `value` is written once before `ready` is signalled and read after.
    private let ready = DispatchSemaphore(value: 0)
    private var value: Result<ServerController, ServerError>?

    func set(_ result: Result<ServerController, any Error>) {
        value = result.mapError {
            $0 as? ServerError ?? ServerError(id: "?", message: "\($0)", suggestion: "")
        }
        ready.signal()
    }

    func wait() -> Result<ServerController, ServerError> {
        guard ready.wait(timeout: .now() + 10) == .success, let value else {
            return .failure(
                ServerError(id: "start-timeout", message: "the loop did not start", suggestion: ""))
        }
        return value
    }
}
