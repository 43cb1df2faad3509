import Foundation
import Strategies
import Testing

@testable import TextInterface

/// `wijkspel merge` refuses what would make its summary wrong, and sums what is right.
@Suite("Merging results files")
struct ResultMergerTests {
    /// Game `index` of a two-role line-up.
    static func result(_ index: Int, seed: UInt64? = nil) -> GameResult {
        var result = ResultFileFormatTests.result
        result.index = index
        result.seed = seed ?? UInt64(1_000 + index)
        return result
    }

    /// A results file of `format` with games `indices`, ending with a line end.
    static func file(_ format: ResultFileFormat, _ indices: [Int]) -> Data {
        let header = format == .csv ? [ResultFileFormat.csvHeader] : []
        let lines = header + indices.map { format.line(result($0)) }
        return Data((lines.joined(separator: "\n") + "\n").utf8)
    }

    /// Writes `data` to a fresh file and returns its path.
    static func write(_ data: Data, _ name: String) throws -> String {
        let directory = NSTemporaryDirectory() + "wijkspel-merge-" + UUID().uuidString
        try FileManager.default.createDirectory(
            atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func shardsInBothFormatsAddUpToEveryGameOnce() throws {
        var merger = ResultMerger()
        merger.add(
            path: try Self.write(Self.file(.jsonLines, [0, 2, 4]), "shard0.jsonl"),
            data: Self.file(.jsonLines, [0, 2, 4]))
        merger.add(
            path: try Self.write(Self.file(.csv, [1, 3]), "shard1.csv"),
            data: Self.file(.csv, [1, 3]))
        #expect(merger.problems.isEmpty)
        #expect(merger.summary.games == 5)
    }

    /// A fault, and what the message must say.
    struct Fault: CustomStringConvertible, Sendable {
        var description: String
        var files: [(name: String, data: Data)]
        var says: String
    }

    static let faults: [Fault] = [
        Fault(
            description: "the same shard in JSON Lines and CSV",
            files: [("run.jsonl", file(.jsonLines, [0, 1])), ("run.csv", file(.csv, [0, 1]))],
            says: "already read from"),
        Fault(
            description: "one game in two shards",
            files: [
                ("a.jsonl", file(.jsonLines, [0, 1])), ("b.jsonl", file(.jsonLines, [1, 2])),
            ],
            says: "game 1 (seed 1001) was already read from"),
        Fault(
            description: "a CSV row cut in its last field",
            files: [
                (
                    "cut.csv",
                    Data((String(decoding: file(.csv, [0, 1]), as: UTF8.self).dropLast(6)).utf8)
                )
            ],
            says: ":3: error: the last line is cut off"),
        Fault(
            description: "a JSON line cut",
            files: [
                (
                    "cut.jsonl",
                    Data(
                        String(decoding: file(.jsonLines, [0, 1]), as: UTF8.self).dropLast(9).utf8)
                )
            ],
            says: ":2: error: the last line is cut off"),
        Fault(
            description: "a CSV row with a field missing",
            files: [("short.csv", Data((ResultFileFormat.csvHeader + "\n1,2,ok\n").utf8))],
            says: ":2: error: not a game result"),
        Fault(
            description: "garbage",
            files: [("junk.jsonl", Data("{\"index\": \n".utf8))],
            says: ":1: error: not a game result"),
    ]

    @Test("a fault is refused with its place, and nothing is merged", arguments: faults)
    func faultIsRefused(_ fault: Fault) throws {
        var merger = ResultMerger()
        for (name, data) in fault.files { merger.add(path: try Self.write(data, name), data: data) }
        #expect(merger.problems.contains { $0.contains(fault.says) }, "\(merger.problems)")
    }

    @Test func theSameFileTwiceIsRefusedEvenThroughALink() throws {
        let data = Self.file(.jsonLines, [0, 1])
        let path = try Self.write(data, "one.jsonl")
        let link = path + ".link"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        var merger = ResultMerger()
        merger.add(path: path, data: data)
        merger.add(path: link, data: data)
        #expect(
            merger.problems == [
                "\(link): error: the same file as `\(path)`; each results file may be merged once"
            ])
        #expect(merger.summary.games == 2)
    }
}
