import Dispatch
import Foundation
import GameRules
import Glibc
import Server
import Strategies
import TextInterface

/// `wijkspel serve [GAME]`: hosts tables whose players join from their own devices.
enum ServeCommand {
    /// The port served on when none is given.
    static let defaultPort = 7800

    /// Runs the command; returns the exit status.
    static func run(_ arguments: [String]) -> Int32 {
        let options: Options
        do {
            options = try Options.forCommand(
                "serve", arguments,
                allowed: [
                    "--help", "--tables", "--tafels", "--port", "--listen", "--bot", "--seed",
                    "--lang", "--codes", "--resume", "--dir", "--no-console", "--no-debrief",
                    "--years",
                    "--jaren",
                    "--until", "--tot",
                ],
                usage: Usage.serve, positionals: 0...1, wrongCount: "one game at a time")
        } catch {
            return error.status
        }
        let opened: (host: TableHost, directory: ServeDirectory)
        switch options.resume ? resume(options) : start(options) {
        case .failure(let exit): return exit.status
        case .success(let made): opened = made
        }
        if let codes = options.codes {
            if let problem = writeCodes(opened.directory.manifest.tables, to: codes) {
                Output.err("wijkspel serve: \(problem)")
                return 1
            }
        }
        return serve(opened.host, directory: opened.directory, options: options)
    }

    /// A new served game: its folder, its tables and their saves.
    private static func start(_ options: Options) -> Result<
        (TableHost, ServeDirectory), Options.Exit
    > {
        guard let game = GameArgument(options.positional.first, command: "serve") else {
            return .failure(Options.Exit(status: 1))
        }
        let spec = game.spec
        var rounds: Int?
        if let length = options.length {
            switch length.rounds(of: spec) {
            case .success(let kept): rounds = kept
            case .failure(let problem):
                Output.err("wijkspel serve: \(problem.message)\n\n" + Usage.serve)
                return .failure(Options.Exit(status: 2))
            }
        }
        guard let bots = Options.botSeats(options.bots, spec: spec, command: "serve") else {
            return .failure(Options.Exit(status: 2))
        }
        let language = options.language ?? Language(code: spec.language) ?? .nl
        let seed = options.seed ?? UInt64(Date().timeIntervalSince1970 * 1000) % 1_000_000
        let count = options.tables ?? 1
        let codes = (0..<count).map { _ in TableCodes.random(roleIDs: spec.roles.map(\.id)) }
        let gamePath = GameLocator.absolute(game.path)
        let folder: String
        if let chosen = options.directory {
            folder = SaveLocation.absolute(chosen)
        } else if let parent = SaveLocation.directory() {
            folder = ServeDirectory.freshPath(in: parent, game: game.path)
        } else {
            Output.err("wijkspel serve: no folder to save in; give one with --dir")
            return .failure(Options.Exit(status: 1))
        }
        let directory: ServeDirectory
        do throws(ServeProblem) {
            directory = try ServeDirectory.create(
                path: folder, manifest: ServeManifest(game: gamePath, tables: codes))
        } catch {
            Output.err("wijkspel serve: \(error)")
            return .failure(Options.Exit(status: 1))
        }
        let translations = GameTranslations.of(game.definition)
        var tables: [HostedTable] = []
        for number in 1...count {
            let setup = SessionSetup(
                spec: spec, gamePath: gamePath, definitionHash: game.definition.hash, seed: seed,
                language: language, bots: bots, rounds: rounds, translations: translations)
            do throws(SaveProblem) {
                let writer = try SaveWriter.create(
                    path: directory.savePath(table: number), header: setup.header, spec: setup.spec,
                    actions: [])
                tables.append(HostedTable(number: number, setup: setup, saveWriter: writer))
            } catch {
                Output.err("wijkspel serve: " + error.message(in: language))
                return .failure(Options.Exit(status: 1))
            }
        }
        return .success((TableHost(tables: tables, codes: codes), directory))
    }

    /// A served game continued from its folder: every table where its save left it.
    private static func resume(_ options: Options) -> Result<
        (TableHost, ServeDirectory), Options.Exit
    > {
        let fixed: [(String, Bool)] = [
            ("--tables", options.tables != nil), ("--seed", options.seed != nil),
            ("--bot", !options.bots.isEmpty), ("--years/--until", options.length != nil),
            ("a game file", !options.positional.isEmpty),
        ]
        if let given = fixed.first(where: { $0.1 }) {
            Output.err(
                "wijkspel serve --resume: \(given.0) comes from the served game itself; leave it out\n\n"
                    + Usage.serve)
            return .failure(Options.Exit(status: 2))
        }
        guard
            let folder = options.directory.map(SaveLocation.absolute)
                ?? SaveLocation.directory().flatMap(ServeDirectory.latest(in:))
        else {
            Output.err("wijkspel serve --resume: no served game found; name its folder with --dir")
            return .failure(Options.Exit(status: 1))
        }
        let directory: ServeDirectory
        do throws(ServeProblem) {
            directory = try ServeDirectory.open(path: folder)
        } catch {
            Output.err("wijkspel serve --resume: \(error)")
            return .failure(Options.Exit(status: 1))
        }
        var tables: [HostedTable] = []
        for number in 1...directory.manifest.tables.count {
            let path = directory.savePath(table: number)
            switch SaveLoader.resume(path: path, language: options.language, color: false) {
            case .failure(let problem):
                Output.err(
                    "wijkspel serve --resume: " + problem.message(in: options.language ?? .nl))
                return .failure(Options.Exit(status: 1))
            case .success(let resumed):
                for note in resumed.loaded.notes { Output.err(note) }
                tables.append(
                    HostedTable(
                        number: number, setup: resumed.loaded.setup, saveWriter: resumed.writer))
            }
        }
        return .success((TableHost(tables: tables, codes: directory.manifest.tables), directory))
    }

    /// Writes the codes file; an existing file is left alone only when it holds these codes.
    private static func writeCodes(_ codes: [TableCodes], to path: String) -> ServeProblem? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        guard let data = try? encoder.encode(ServeManifest.CodesFile(tables: codes)) else {
            return ServeProblem("codes-encode", "cannot encode the codes", suggestion: "")
        }
        let bytes = Array(data) + [0x0A]
        if let existing = FileManager.default.contents(atPath: path) {
            if Array(existing) == bytes { return nil }
            return ServeProblem(
                "codes-exists", "\(path) exists and holds something else",
                suggestion: "wijkspel never writes over a file; choose another --codes file")
        }
        do throws(ServeProblem) {
            try ServeDirectory.writeNew(path, bytes, mode: 0o600)
        } catch {
            return error
        }
        return nil
    }

    /// Serves until interrupted; kill -9 loses nothing, since every action is saved first.
    private static func serve(_ host: TableHost, directory: ServeDirectory, options: Options)
        -> Int32
    {
        let configuration = ServerConfiguration(
            address: options.listen ?? "127.0.0.1", port: options.port ?? defaultPort,
            readsConsole: !options.noConsole, printsConsole: true)
        let loop: ServerLoop
        do throws(ServerError) {
            loop = try ServerLoop(configuration: configuration, host: host)
        } catch {
            Output.err("wijkspel serve: \(error)")
            return 1
        }
        let port = loop.controller.port
        let shown =
            configuration.address == "0.0.0.0" ? "<this computer's address>" : configuration.address
        host.start(announcing: [
            "wijkspel serve: \(host.tables.count) table(s) of \(directory.manifest.game)",
            "  saved in \(directory.path)",
            "  players: http://\(shown):\(port)/  or  nc \(shown) \(port)  (then the code)",
            "  wall:    http://\(shown):\(port)/wall?table=1",
            "  console: /tafels, /tafel N, N /command, /codes, /help",
        ])
        for table in host.tables { table.writesDebrief = !options.noDebrief }
        let controller = loop.controller
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { controller.stop() }
            source.resume()
            return source
        }
        loop.run()
        sources.forEach { $0.cancel() }
        // A debrief still being written is finished, not cut off.
        for _ in 0..<600 where host.tables.contains(where: \.isWritingDebrief) {
            usleep(50_000)
        }
        Output.err(
            "wijkspel serve: stopped; continue with: wijkspel serve --resume --dir \(directory.path)"
        )
        return 0
    }
}
