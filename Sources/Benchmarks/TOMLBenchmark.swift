import Foundation
import TOML

/// Times the TOML reader against Python's `tomllib` on a generated game-like file.
enum TOMLBenchmark {
    /// Generates a file of at least `megabytes` MB, times both readers, and prints MB/s.
    static func run(arguments: [String] = [], megabytes: Int = 4, iterations: Int = 7) {
        _ = ratio(megabytes: megabytes, iterations: iterations)
    }

    /// Times both readers as `run` does, printing as it goes; how many times faster ours is
    /// than `tomllib`, or nil without Python.
    static func ratio(megabytes: Int = 4, iterations: Int = 7) -> Double? {
        let text = gameLikeTOML(minimumBytes: megabytes * 1_000_000)
        let bytes = Array(text.utf8)
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("toml-benchmark-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("game.toml").path
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        let mb = Double(bytes.count) / 1_000_000
        print(
            String(format: "TOML benchmark: %.2f MB game-like file, %d iterations", mb, iterations))

        var times: [Double] = []
        for _ in 0..<iterations {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = TOMLReader.read(bytes: bytes, file: "game.toml")
            let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            guard case .success(let document) = result else {
                print("  the generated file did not parse: \(result)")
                return nil
            }
            precondition(!document.root.isEmpty)
            times.append(elapsed)
        }
        let ours = times.min()!
        let median = times.sorted()[times.count / 2]
        print(
            String(
                format: "  TOMLReader: best %.1f ms (%.1f MB/s), median %.1f ms",
                ours * 1000, mb / ours, median * 1000))

        guard let python = pythonSeconds(path: path, iterations: max(3, iterations / 2)) else {
            print("  tomllib: python3 with tomllib not available; no comparison")
            return nil
        }
        print(String(format: "  tomllib:    best %.1f ms (%.1f MB/s)", python * 1000, mb / python))
        print(String(format: "  ratio: %.1fx faster than tomllib", python / ours))
        return python / ours
    }

    /// The best time of Python's `tomllib.loads` over `iterations` runs, or nil.
    static func pythonSeconds(path: String, iterations: Int) -> Double? {
        let script = """
            import sys, time, tomllib
            data = open(sys.argv[1], 'rb').read().decode('utf-8')
            best = None
            for _ in range(int(sys.argv[2])):
                t = time.perf_counter(); tomllib.loads(data); t = time.perf_counter() - t
                best = t if best is None or t < best else best
            print(best)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, path, String(iterations)]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return Double(
            String(decoding: output, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A realistic game definition: many project tables with text, numbers, lists, inline
    /// tables, multi-line descriptions and comments.
    static func gameLikeTOML(minimumBytes: Int) -> String {
        var out = """
            # Wijkspel benchmark game
            [game]
            name = "Wijken van de Toekomst"
            rounds = 10
            start_year = 2025
            roles = ["beheer", "ontwikkeling", "sociaal", "netbeheer"]

            """
        let kinds = ["riolering", "herinrichting", "warmtenet", "woningbouw", "buurthuis"]
        let districts = ["noord", "zuid", "oost", "west", "centrum"]
        var n = 0
        while out.utf8.count < minimumBytes {
            let kind = kinds[n % kinds.count]
            let district = districts[(n / 5) % districts.count]
            out += """

                # Project \(n): \(kind) in \(district)
                [projects.p\(n)]
                name = "\(kind.capitalized) \(district) fase \(n % 7 + 1)"
                owner = "\(["beheer", "ontwikkeling", "sociaal", "netbeheer"][n % 4])"
                kind = '\(kind)'
                district = "\(district)"
                cost = \(100 + n % 900)
                duration = \(1 + n % 4)
                digs = \(n % 2 == 0)
                nuisance = \(Double(n % 50) / 10.0)
                window = { earliest = \(2025 + n % 5), latest = \(2028 + n % 6) }
                slots = [\(n % 3), \(n % 5), \(n % 7)]
                tags = ["wijk", "coördinatie", "\(kind)"]
                effects = [{ variable = "\(district).leefbaarheid", change = \(n % 9 - 4) }, { variable = "draagvlak", change = 2.5 }]
                description = \"\"\"
                Dit project vernieuwt de \(kind) in \(district).
                Bewoners merken overlast tijdens de uitvoering; \\
                afstemming met andere partijen loont.\"\"\"

                """
            n += 1
        }
        return out
    }
}
