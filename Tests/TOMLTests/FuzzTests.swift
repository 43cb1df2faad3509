import TOML
import Testing

/// Robustness: mutated conformance files, deep nesting and very large inputs must never
/// crash or hang the reader. Set `TOML_FUZZ_ITERATIONS` for a longer run.
@Suite struct FuzzTests {
    static let significant = Array("[]{}=\"'\\.,#\n".utf8)

    @Test func mutatedConformanceFilesNeverCrash() throws {
        let corpus = FuzzCorpus.load()
        guard !corpus.isEmpty else { return }
        let iterations = FuzzCorpus.iterations(default: 20_000)
        var random = SplitMix64(seed: 0x57_494A_4B)
        var failures = 0
        for i in 0..<iterations {
            let input = Self.mutate(corpus, &random)
            switch TOMLReader.read(bytes: input, file: "fuzz.toml") {
            case .success:
                break
            case .failure(let errors):
                failures += 1
                #expect(!errors.diagnostics.isEmpty)
                for d in errors.diagnostics where d.location.line < 1 || d.location.column < 1 {
                    Issue.record("bad location \(d.location) for \(d.id)")
                }
                if i % 64 == 0 {
                    let source = String(decoding: input, as: UTF8.self)
                    _ = DiagnosticRenderer.render(errors.diagnostics, source: source)
                }
            }
        }
        #expect(failures > 0)
    }

    /// One to three random mutations of a random corpus file.
    static func mutate(_ corpus: [[UInt8]], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = corpus[random.below(corpus.count)]
        for _ in 0...random.below(3) {
            switch random.below(5) {
            case 0 where !bytes.isEmpty:
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            case 1:
                let b = significant[random.below(significant.count)]
                bytes.insert(b, at: random.below(bytes.count + 1))
            case 2 where !bytes.isEmpty:
                let start = random.below(bytes.count)
                let stop = min(bytes.count, start + 1 + random.below(8))
                bytes.removeSubrange(start..<stop)
            case 3:
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                let line = lines[random.below(lines.count)]
                bytes.insert(contentsOf: line + [0x0A], at: random.below(bytes.count + 1))
            default:
                let other = corpus[random.below(corpus.count)]
                let cut = random.below(bytes.count + 1)
                bytes = Array(bytes[..<cut]) + other[random.below(other.count + 1)...]
            }
        }
        return bytes
    }

    @Test func deepNestingIsRejectedCleanly() throws {
        let depth = 100_000
        let inputs = [
            "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
            "a = " + String(repeating: "{b = ", count: depth) + "1"
                + String(repeating: "}", count: depth),
            "a = " + String(repeating: "[{b.c.d = ", count: depth / 4),
            "[" + Array(repeating: "a", count: depth).joined(separator: ".") + "]",
            Array(repeating: "k", count: depth).joined(separator: ".") + " = 1",
            "a = {" + Array(repeating: "x", count: 1000).joined(separator: ".") + " = 1}",
        ]
        for input in inputs {
            let errors = try #require(TOMLTestSupport.failure(input))
            #expect(errors.map(\.id).contains("toml.too-deep"))
        }
        let ok = "a = " + String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(TOMLTestSupport.document(ok) != nil)
    }

    @Test func tenMegabytesOfTOML() throws {
        let size = 10_000_000
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size + 100)
        let text = String(
            repeating: "Een lange beschrijving van het project in de wijk. ", count: 80)
        let block = Array(
            ("naam = \"project\"\nkosten = [1, 2.5, 3]\ninfo = { a = 1 }\n"
                + "tekst = \"\"\"\n\(text)\"\"\"\n").utf8)
        var n = 0
        while bytes.count < size {
            bytes += Array("[p\(n)]\n".utf8)
            bytes += block
            n += 1
        }
        let doc = try #require(try? TOMLReader.read(bytes: bytes, file: "big.toml").get())
        #expect(doc.root.count == n)
    }

    @Test func tenMegabytesOfNoise() throws {
        var random = SplitMix64(seed: 7)
        var noise = [UInt8](repeating: 0, count: 10_000_000)
        for i in stride(from: 0, to: noise.count, by: 8) {
            withUnsafeBytes(of: random.next()) { word in
                for k in 0..<8 { noise[i + k] = word[k] }
            }
        }
        let errors = try #require(TOMLTestSupport.failure(bytes: noise))
        #expect(!errors.isEmpty && errors.count <= 130)
        let unclosed = Array("a = [".utf8) + [UInt8](repeating: 0x31, count: 10_000_000)
        #expect(TOMLTestSupport.failure(bytes: unclosed) != nil)
        let comment = Array("# ".utf8) + [UInt8](repeating: 0x61, count: 10_000_000)
        #expect(TOMLTestSupport.document(String(decoding: comment, as: UTF8.self)) != nil)
    }
}
