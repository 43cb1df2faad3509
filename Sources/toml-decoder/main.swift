import TOML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// toml-decoder: reads TOML on standard input; prints toml-test tagged JSON on success
/// (exit 0), or the diagnostics on standard error (exit 1). A closed or unreadable standard
/// input, input over the limit (`InputLimit`) or output that cannot be written is a message
/// on standard error and exit 1.
signal(SIGPIPE, SIG_IGN)
let input: [UInt8]
switch StandardInput.readAll(limit: InputLimit.bytes) {
case .success(let bytes): input = bytes
case .failure(let problem):
    _ = StandardStream.write(problem.message + "\n", to: 2)
    exit(1)
}
switch TOMLReader.read(bytes: input, file: "<stdin>") {
case .success(let document):
    if let code = StandardStream.write(TaggedJSON.encode(document.root), to: 1) {
        _ = StandardStream.write(
            "toml-decoder: cannot write standard output: \(String(cString: strerror(code)))\n",
            to: 2)
        exit(1)
    }
    exit(0)
case .failure(let errors):
    let source = String(decoding: input, as: UTF8.self)
    let text = DiagnosticRenderer.render(errors.diagnostics, source: source)
    _ = StandardStream.write(text, to: 2)
    exit(1)
}
