import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a debrief's files into a directory without ever overwriting a file: the directory
/// is created when missing, and if any of the files already exists nothing is written.
public enum DebriefWriter {
    /// Writes `files` into `directory`; returns their paths, or the first problem. Each file
    /// is created exclusively, so a file that appears meanwhile is refused, never replaced.
    public static func write(
        _ files: [(name: String, contents: String)], to directory: String
    ) -> Result<[String], DebriefProblem> {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                return .failure(DebriefProblem(key: "debrief.not-a-directory", path: directory))
            }
        } else {
            do {
                try FileManager.default.createDirectory(
                    atPath: directory, withIntermediateDirectories: true)
            } catch {
                return .failure(
                    DebriefProblem(
                        key: "debrief.cannot-create-directory", path: directory,
                        reason: "\(error.localizedDescription)"))
            }
        }
        let paths = files.map { directory + "/" + $0.name }
        var status = stat()
        if let existing = paths.first(where: { lstat($0, &status) == 0 }) {
            return .failure(DebriefProblem(key: "debrief.file-exists", path: existing))
        }
        for (path, file) in zip(paths, files) {
            if let problem = create(path, Array(file.contents.utf8)) { return .failure(problem) }
        }
        return .success(paths)
    }

    /// Creates the file at `path` with `bytes`, failing if it exists.
    private static func create(_ path: String, _ bytes: [UInt8]) -> DebriefProblem? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            let key = code == EEXIST ? "debrief.file-exists" : "debrief.cannot-write"
            return DebriefProblem(key: key, path: path, reason: String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes {
                Glibc.write(descriptor, $0.baseAddress, $0.count)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let reason = String(cString: strerror(errno))
                return DebriefProblem(key: "debrief.cannot-write", path: path, reason: reason)
            }
            written += count
        }
        return nil
    }
}
