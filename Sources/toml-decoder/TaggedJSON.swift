import TOML

/// Writes TOML values as the tagged JSON of the toml-test suite.
enum TaggedJSON {
    /// The JSON text for a table.
    static func encode(_ table: TOMLTable) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        write(table, into: &out)
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    private static func write(_ table: TOMLTable, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, entry) in table.entries.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            writeString(entry.key, into: &out)
            out.append(UInt8(ascii: ":"))
            write(entry.node.value, into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    private static func write(_ value: TOMLValue, into out: inout [UInt8]) {
        switch value {
        case .table(let table):
            write(table, into: &out)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                write(item.value, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .string(let s): tagged("string", s, into: &out)
        case .integer(let i): tagged("integer", String(i), into: &out)
        case .float(let d): tagged("float", format(d), into: &out)
        case .boolean(let b): tagged("bool", b ? "true" : "false", into: &out)
        case .offsetDateTime(let d): tagged("datetime", d.description, into: &out)
        case .localDateTime(let d): tagged("datetime-local", d.description, into: &out)
        case .localDate(let d): tagged("date-local", d.description, into: &out)
        case .localTime(let d): tagged("time-local", d.description, into: &out)
        }
    }

    private static func format(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description
    }

    private static func tagged(_ type: String, _ value: String, into out: inout [UInt8]) {
        out.append(contentsOf: "{\"type\":\"\(type)\",\"value\":".utf8)
        writeString(value, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        out.append(UInt8(ascii: "\""))
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0..<0x20, 0x7F:
                out.append(contentsOf: Array("\\u00".utf8))
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 0xF)])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
