/// Keeps the bytes of a damaged save next to it, in a file of its own: `FILE.damaged`, else
/// `FILE.damaged-2`, `FILE.damaged-3`, ...; an earlier copy is never overwritten.
enum DamagedCopy {
    /// Writes `bytes` to the first free copy name of `path`; returns that name.
    static func keep(_ bytes: [UInt8], of path: String) throws(SaveProblem) -> String {
        var number = 1
        while true {
            let name = path + ".damaged" + (number == 1 ? "" : "-\(number)")
            do {
                try SaveFile.writeCopy(bytes, to: name)
                return name
            } catch  where error.id == "exists" && number < 1000 {
                number += 1
            }
        }
    }
}
