import Foundation
import GameRules
import Glibc
import Testing

@testable import TextInterface

/// A full disk: the write that fails leaves only whole lines, the writer stops, and once
/// there is space again the reopened save appends cleanly.
@Suite("Full disk")
struct FullDiskTests {
    /// An action that applies at any moment, so that a long record replays.
    static let adjustment = Action.facilitator(.adjustBudget(role: 0, by: 1))

    /// Creates a save at `path`, fills the disk with `filler`, appends until a write fails,
    /// checks the file and the closed writer, then frees the space and lets the writer go.
    static func writeUntilFull(path: String, filler: String) throws -> (Int, [UInt8]) {
        let writer = try SaveSupport.writer(at: path)
        let fill = Glibc.open(filler, O_WRONLY | O_CREAT, 0o644)
        let block = [UInt8](repeating: 0x41, count: 1024)
        while block.withUnsafeBytes({ write(fill, $0.baseAddress, $0.count) }) > 0 {}
        close(fill)
        var accepted = 0
        var failure: SaveProblem?
        for _ in 0..<5_000 {
            do {
                try writer.append(adjustment)
                accepted += 1
            } catch {
                failure = error
                break
            }
        }
        #expect(failure?.id == "write-failed")
        let bytes = SaveSupport.bytes(path)
        #expect(bytes.last == 0x0A)
        let spec = try Fixtures.example().spec
        let read = try SaveReader.read(data: bytes, file: path, spec: spec).get()
        #expect(read.damage == nil)
        #expect(read.actions.count == accepted)
        // The writer stays closed, even with space.
        #expect(unlink(filler) == 0)
        do {
            try writer.append(adjustment)
            Issue.record("a writer appended after a failed write")
        } catch {
            #expect(error.id == "closed")
        }
        #expect(SaveSupport.bytes(path) == bytes)
        return (accepted, bytes)
    }

    @Test("a failed write is cut back to whole lines; after freeing space, resume appends")
    func fullThenFreed() throws {
        let directory = try Fixtures.temporaryDirectory()
        guard getuid() == 0, mount("tmpfs", directory, "tmpfs", 0, "size=64k") == 0 else {
            print("FullDiskTests: skipped, cannot mount a tmpfs (needs root)")
            return
        }
        defer { umount2(directory, Int32(MNT_DETACH)) }
        let path = directory + "/spel.jsonl"
        let filler = directory + "/vulling"
        let (accepted, _) = try Self.writeUntilFull(path: path, filler: filler)
        let spec = try Fixtures.example().spec
        let resumed = try SaveLoader.resume(path: path, language: .nl, color: false).get()
        #expect(resumed.damagedCopy == nil)
        #expect(resumed.loaded.setup.actions.count == accepted)
        try resumed.writer.append(Self.adjustment)
        try resumed.writer.appendUndo(1)
        try resumed.writer.append(Self.adjustment)
        try resumed.writer.append(Self.adjustment)
        let again = try SaveReader.read(data: SaveSupport.bytes(path), file: path, spec: spec).get()
        #expect(again.damage == nil)
        #expect(again.actions.count == accepted + 2)
    }
}
