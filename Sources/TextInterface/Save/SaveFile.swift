import Foundation
import Glibc

/// A save file open for appending and held with an exclusive lock until it is released.
///
/// Nothing here ever replaces, renames or unlinks a file: a new file is created exclusively,
/// an existing one is only appended to (or cut back to its intact part), and directories,
/// symbolic links, FIFOs and devices are refused.
final class SaveFile {
    /// The file's path.
    let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    deinit {
        // Unlock explicitly: a child process spawned meanwhile may still share this open
        // file (until its exec closes it), and closing our descriptor alone would leave the
        // lock held for that moment.
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Creates a new, empty file at `path` (never an existing one) and locks it.
    static func create(path: String) throws(SaveProblem) -> SaveFile {
        try locked(createExclusively(path: path), path: path)
    }

    /// Opens the existing regular file at `path` for appending and locks it.
    static func open(path: String) throws(SaveProblem) -> SaveFile {
        if let refusal = SaveFileKind(path: path).refusal(path: path, existing: nil) {
            throw refusal
        }
        let descriptor = Glibc.open(path, O_RDWR | O_APPEND | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw problem(errno == ENOENT ? "save.missing" : "save.cannot-open", path)
        }
        if let refusal = SaveFileKind(descriptor: descriptor).refusal(path: path, existing: nil) {
            close(descriptor)
            throw refusal
        }
        return try locked(descriptor, path: path)
    }

    /// The file open at `descriptor`, once it is locked; the descriptor is closed when the
    /// lock cannot be had.
    private static func locked(_ descriptor: Int32, path: String) throws(SaveProblem) -> SaveFile {
        do {
            try lock(descriptor, path: path)
        } catch {
            close(descriptor)
            throw error
        }
        return SaveFile(path: path, descriptor: descriptor)
    }

    /// Writes `bytes` to a new file at `path` (never an existing one), synced, and closes it.
    static func writeCopy(_ bytes: [UInt8], to path: String) throws(SaveProblem) {
        let file = try create(path: path)
        try file.append(bytes)
    }

    /// The file's size in bytes.
    var size: Int {
        var info = stat()
        return fstat(descriptor, &info) == 0 ? Int(info.st_size) : 0
    }

    /// The file's bytes.
    func contents() -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < bytes.count {
            let count = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, $0.count - done, off_t(done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            done += count
        }
        return Array(bytes.prefix(done))
    }

    /// Appends `bytes` with one `write(2)` and syncs them to disk; throws when not all of
    /// them were written or the sync failed (some of them may then be in the file).
    func append(_ bytes: [UInt8]) throws(SaveProblem) {
        var written: Int
        repeat {
            written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        } while written < 0 && errno == EINTR
        if written != bytes.count {
            let reason = written < 0 ? String(cString: strerror(errno)) : "short write"
            throw SaveProblem(file: path, line: 0, key: "save.write-failed", arguments: [reason])
        }
        guard fdatasync(descriptor) == 0 else {
            throw SaveFile.problem("save.write-failed", path, errno)
        }
    }

    /// Cuts the file back to its first `length` bytes and syncs it.
    func truncate(to length: Int) throws(SaveProblem) {
        guard ftruncate(descriptor, off_t(length)) == 0, fdatasync(descriptor) == 0 else {
            throw SaveFile.problem("save.write-failed", path, errno)
        }
    }

    private static func createExclusively(path: String) throws(SaveProblem) -> Int32 {
        if let refusal = SaveFileKind(path: path).refusal(path: path, existing: "save.exists") {
            throw refusal
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, SaveFileKind(path: directory) == .missing {
            try? FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        }
        let flags = O_WRONLY | O_APPEND | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK
        let descriptor = Glibc.open(path, flags, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST,
                let refusal = SaveFileKind(path: path).refusal(path: path, existing: "save.exists")
            {
                throw refusal
            }
            throw problem("save.cannot-create", path, code)
        }
        if let refusal = SaveFileKind(descriptor: descriptor).refusal(path: path, existing: nil) {
            close(descriptor)
            throw refusal
        }
        syncDirectory(of: path)
        return descriptor
    }

    private static func lock(_ descriptor: Int32, path: String) throws(SaveProblem) {
        var result: Int32
        repeat {
            result = flock(descriptor, LOCK_EX | LOCK_NB)
        } while result != 0 && errno == EINTR
        guard result != 0 else { return }
        guard errno == EWOULDBLOCK else { throw problem("save.cannot-lock", path, errno) }
        guard let holder = SaveLockHolder.find(descriptor: descriptor) else {
            throw SaveProblem(file: path, line: 0, key: "save.in-use-unknown")
        }
        throw SaveProblem(
            file: path, line: 0, key: "save.in-use",
            arguments: ["\(holder.pid)", holder.command.isEmpty ? "?" : holder.command])
    }

    /// Makes a newly created name in `path`'s directory durable.
    private static func syncDirectory(of path: String) {
        let directory = (path as NSString).deletingLastPathComponent
        let descriptor = Glibc.open(
            directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func problem(_ key: String, _ path: String, _ code: Int32 = errno)
        -> SaveProblem
    {
        SaveProblem(file: path, line: 0, key: key, arguments: [String(cString: strerror(code))])
    }
}
