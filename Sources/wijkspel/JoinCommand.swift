import Server

/// `wijkspel join HOST:PORT CODE`: a served table's seat at this terminal.
enum JoinCommand {
    /// Runs the command; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        if arguments.contains("--help") || arguments.contains("-h") {
            Output.out(Usage.join)
            return 0
        }
        guard arguments.count == 2 else {
            Output.err(
                "wijkspel join: give HOST:PORT and the code, as on the screen\n\n" + Usage.join)
            return 2
        }
        switch LineClient.endpoint(arguments[0]) {
        case .failure(let error):
            Output.err("wijkspel join: \(error)\n\n" + Usage.join)
            return 2
        case .success(let endpoint):
            return LineClient.run(host: endpoint.host, port: endpoint.port, code: arguments[1])
        }
    }
}
