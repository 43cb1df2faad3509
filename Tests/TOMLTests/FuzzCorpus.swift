import TOML
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The toml-test files used as the fuzzing corpus.
enum FuzzCorpus {
    /// The contents of every `.toml` file under `shared/toml-test`, or nothing if absent.
    static func load(filePath: String = #filePath) -> [[UInt8]] {
        guard let root = directory(filePath: filePath) else { return [] }
        return files(under: root).compactMap(read)
    }

    /// The iteration count from `TOML_FUZZ_ITERATIONS`, or `fallback`.
    static func iterations(default fallback: Int) -> Int {
        guard let raw = getenv("TOML_FUZZ_ITERATIONS") else { return fallback }
        return Int(String(cString: raw)) ?? fallback
    }

    private static func directory(filePath: String) -> String? {
        if let raw = getenv("TOML_TEST_DIR") { return String(cString: raw) }
        var parts = filePath.split(separator: "/").map(String.init)
        while !parts.isEmpty {
            parts.removeLast()
            let candidate = "/" + (parts + ["shared", "toml-test"]).joined(separator: "/")
            if isDirectory(candidate) { return candidate }
        }
        return nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        guard let dir = opendir(path) else { return false }
        closedir(dir)
        return true
    }

    private static func files(under path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let full = path + "/" + name
            if name.hasSuffix(".toml") {
                out.append(full)
            } else if isDirectory(full) {
                out += files(under: full)
            }
        }
        return out.sorted()
    }

    private static func read(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count <= 0 { break }
            out += buffer[..<count]
        }
        return out
    }
}
