import GameDefinition
import Testing

/// Every game shipped in `Games/` validates without errors or warnings.
@Suite("Games in the package")
struct GameFilesTests {
    @Test func theExampleGameExists() {
        #expect(PackageFiles.games.contains(PackageFiles.example))
    }

    @Test(arguments: PackageFiles.games)
    func validatesClean(path: String) {
        let result = GameDefinitionReader.read(contentsOf: path)
        #expect(result.diagnostics.map(\.headline) == [])
        #expect(result.spec != nil)
    }

    @Test func validateReportsOkAndExitsZero() {
        let (output, code) = Validation.run(paths: [PackageFiles.example], color: false)
        #expect(output == "\(PackageFiles.example): ok\n")
        #expect(code == 0)
    }
}
