import Foundation
import Testing

/// The golden-file check itself: a comparison that cannot fail proves nothing.
@Suite struct GoldenFilesTests {
    /// A fresh folder holding one golden file.
    func folder(with golden: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("golden-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(golden.utf8).write(to: folder.appendingPathComponent("g.svg"))
        return folder
    }

    @Test func aRecordingRunRecordsTheFileAndFails() throws {
        let folder = try folder(with: "old")
        defer { try? FileManager.default.removeItem(at: folder) }
        withKnownIssue("recording must fail the run") {
            try GoldenFiles.check("<svg>new</svg>", named: "g", in: folder, recording: true)
        }
        #expect(try Data(contentsOf: folder.appendingPathComponent("g.svg")) == Data("<svg>new</svg>".utf8))
    }

    @Test func canonicallyEquivalentTextWithOtherBytesDiffers() throws {
        let folder = try folder(with: "<text>e\u{301}</text>")  // e and a combining accent
        defer { try? FileManager.default.removeItem(at: folder) }
        withKnownIssue("other bytes are another file") {
            try GoldenFiles.check("<text>\u{E9}</text>", named: "g", in: folder, recording: false)  // é
        }
    }

    @Test func theSameBytesPass() throws {
        let folder = try folder(with: "<svg/>")
        defer { try? FileManager.default.removeItem(at: folder) }
        try GoldenFiles.check("<svg/>", named: "g", in: folder, recording: false)
    }
}
