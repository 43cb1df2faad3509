import Glibc

/// What is at a path, as `lstat` or `fstat` sees it, for deciding whether a save may go there.
enum SaveFileKind: Equatable {
    /// Nothing.
    case missing
    /// A regular file.
    case regular
    /// A directory.
    case directory
    /// A symbolic link (never followed).
    case symlink
    /// A FIFO, socket or device.
    case special

    /// What is at `path`, without following a final symbolic link.
    init(path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            self = .missing
            return
        }
        self.init(mode: info.st_mode)
    }

    /// What `path` leads to, following symbolic links (for reading only).
    init(resolving path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            self = .missing
            return
        }
        self.init(mode: info.st_mode)
    }

    /// What an open descriptor refers to.
    init(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            self = .special
            return
        }
        self.init(mode: info.st_mode)
    }

    private init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFLNK: self = .symlink
        default: self = .special
        }
    }

    /// The problem of saving onto this kind of file, if any; `existing` is the problem for
    /// a regular file (it exists, so it is not ours to overwrite).
    func refusal(path: String, existing: String?) -> SaveProblem? {
        switch self {
        case .missing: return nil
        case .regular:
            return existing.map { SaveProblem(file: path, line: 0, key: $0, arguments: [path]) }
        case .directory: return SaveProblem(file: path, line: 0, key: "save.is-directory")
        case .symlink: return SaveProblem(file: path, line: 0, key: "save.is-symlink")
        case .special: return SaveProblem(file: path, line: 0, key: "save.not-regular")
        }
    }
}
