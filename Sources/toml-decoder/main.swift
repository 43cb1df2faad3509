import Foundation
import TOML

/// toml-decoder: reads TOML on standard input; prints toml-test tagged JSON on success
/// (exit 0), or the diagnostics on standard error (exit 1).
let input = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
switch TOMLReader.read(bytes: input, file: "<stdin>") {
case .success(let document):
    FileHandle.standardOutput.write(Data(TaggedJSON.encode(document.root).utf8))
    exit(0)
case .failure(let errors):
    let source = String(decoding: input, as: UTF8.self)
    let text = DiagnosticRenderer.render(errors.diagnostics, source: source)
    FileHandle.standardError.write(Data(text.utf8))
    exit(1)
}
