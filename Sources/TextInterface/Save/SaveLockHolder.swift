import Foundation
import Glibc

/// Who holds the lock on a save file: a process id and its command line, read from
/// `/proc/locks` and `/proc/PID/cmdline` (Linux); nil where that cannot be found out.
struct SaveLockHolder: Equatable {
    /// The process id.
    var pid: Int32
    /// The command line, arguments separated by spaces (empty when unreadable).
    var command: String

    /// The holder of the `flock` lock on the file open as `descriptor`, if it can be found.
    static func find(descriptor: Int32) -> SaveLockHolder? {
        var info = stat()
        guard fstat(descriptor, &info) == 0,
            let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8)
        else { return nil }
        let device = UInt64(info.st_dev)
        let major = ((device >> 8) & 0xfff) | ((device >> 32) & ~0xfff)
        let minor = (device & 0xff) | ((device >> 12) & ~0xff)
        let wanted = String(format: "%02x:%02x:", major, minor) + "\(info.st_ino)"
        for line in locks.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            // `1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF`; blocked waiters have `->`.
            guard fields.count >= 6, fields[1] == "FLOCK", fields[5] == wanted,
                let pid = Int32(fields[4])
            else { continue }
            return SaveLockHolder(pid: pid, command: command(of: pid))
        }
        return nil
    }

    /// The command line of process `pid`, or "" when it cannot be read.
    static func command(of pid: Int32) -> String {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else {
            return ""
        }
        return data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            .joined(separator: " ")
    }
}
