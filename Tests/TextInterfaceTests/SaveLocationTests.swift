import Foundation
import Glibc
import TestSupport
import Testing

@testable import TextInterface

/// Where new saves go and what they are called: never the same file for two games.
@Suite("Save locations", .serialized)
struct SaveLocationTests {
    @Test("eight games started at once get eight distinct save files")
    func manyProcesses() async throws {
        try await offPool {
            guard let binary = SaveSupport.binary else {
                Issue.record("the wijkspel executable is not built")
                return
            }
            let directory = try Fixtures.temporaryDirectory()
            try "stop\n".write(toFile: directory + "/stop.txt", atomically: false, encoding: .utf8)
            let arguments = ["play", Fixtures.examplePath, "--seed", "3", "--script", "stop.txt"]
            let processes = try (0..<8).map { _ in
                try SaveSupport.start(binary, arguments, in: directory)
            }
            for process in processes { process.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 })
            let names = try FileManager.default.contentsOfDirectory(atPath: directory + "/saves")
            #expect(names.count == 8)
            for name in names {
                let lines = SaveSupport.lines(directory + "/saves/" + name)
                #expect(lines.count == 1 && lines[0].contains(#""format":"wijkspel-save/2""#))
            }
        }
    }

    @Test("names made in the same second are numbered, each created exclusively")
    func sameSecond() async throws {
        try await offPool {
            let directory = try Fixtures.temporaryDirectory()
            let setup = try Fixtures.setup()
            let environment = ["HOME": directory + "/home"]
            let date = Date(timeIntervalSince1970: 1_800_000_000)
            let writers = try (0..<6).map { _ in
                try SaveLocation.createNew(
                    for: "Games/voorbeeld.toml", header: setup.header, spec: setup.spec, date: date,
                    environment: environment, workingDirectory: directory)
            }
            let paths = writers.map(\.path)
            #expect(Set(paths).count == 6)
            #expect(paths.allSatisfy { $0.hasPrefix(directory + "/saves/voorbeeld-") })
            #expect(paths[1].hasSuffix("-2.jsonl") && paths[5].hasSuffix("-6.jsonl"))
        }
    }

    @Test(
        "the state directory follows XDG_STATE_HOME, else HOME from the environment",
        arguments: [
            (["XDG_STATE_HOME": "/x/state", "HOME": "/h"], "/x/state/wijkspel/saves"),
            (["HOME": "/h"], "/h/.local/state/wijkspel/saves"),
            (["XDG_STATE_HOME": "relatief", "HOME": "/h"], "/h/.local/state/wijkspel/saves"),
        ])
    func stateDirectory(_ environment: [String: String], _ expected: String) async {
        await offPool {
            let candidates = SaveLocation.candidates(
                environment: environment, workingDirectory: "/w")
            #expect(candidates.first == "/w/saves")
            #expect(candidates.count == 2)
            #expect(candidates.last == expected)
        }
    }

    @Test("without a writable place, no save is made and the error says so")
    func nowhere() async throws {
        try await offPool {
            let directory = try Fixtures.temporaryDirectory()
            try "".write(toFile: directory + "/saves", atomically: false, encoding: .utf8)
            let setup = try Fixtures.setup()
            do throws(SaveProblem) {
                _ = try SaveLocation.createNew(
                    for: "voorbeeld.toml", header: setup.header, spec: setup.spec, environment: [:],
                    workingDirectory: directory)
                Issue.record("a save was made with nowhere to put it")
            } catch {
                #expect(error.id == "nowhere")
                #expect(error.message(in: .en).contains("--no-save"))
            }
        }
    }
}
