/// Where and how `wijkspel serve` listens.
public struct ServerConfiguration: Sendable, Equatable {
    /// The numeric address to listen on (default `127.0.0.1`; `0.0.0.0` or `::` for the room).
    public var address: String
    /// The TCP port; 0 picks any free port (read it back from `ServerController.port`).
    public var port: Int
    /// The bounds the server keeps.
    public var limits: ServerLimits
    /// Whether the server reads console lines from its standard input.
    public var readsConsole: Bool
    /// Whether the server prints the host's console output (the join codes among it) to its
    /// standard output.
    public var printsConsole: Bool

    /// Creates a configuration; by default loopback, any free port, no console.
    public init(
        address: String = "127.0.0.1", port: Int = 0, limits: ServerLimits = ServerLimits(),
        readsConsole: Bool = false, printsConsole: Bool = false
    ) {
        self.address = address
        self.port = port
        self.limits = limits
        self.readsConsole = readsConsole
        self.printsConsole = printsConsole
    }
}
