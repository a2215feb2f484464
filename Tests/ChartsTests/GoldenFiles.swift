import Foundation
import Testing

/// Compares rendered SVG with `Fixtures/<name>.svg` byte for byte, or rewrites the file when
/// `ATLAS_RECORD=1`. A recording run fails on purpose: it is never mistaken for a passing one.
///
/// The fixtures are read from the source tree (not the bundle copy) so that recording writes the
/// files that get committed and reviewed.
enum GoldenFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    static var recording: Bool { ProcessInfo.processInfo.environment["ATLAS_RECORD"] == "1" }

    static func check(
        _ actual: String, named name: String, in folder: URL = folder, recording: Bool = recording,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let url = folder.appendingPathComponent("\(name).svg")
        let actualBytes = Array(actual.utf8)
        if recording {
            try Data(actualBytes).write(to: url)
            Issue.record(
                "recorded \(url.path) (ATLAS_RECORD=1); review its diff, then run the tests again without ATLAS_RECORD",
                sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "Missing golden file \(url.path); record it with ATLAS_RECORD=1 swift test --filter ChartsTests",
                sourceLocation: sourceLocation)
            return
        }
        guard actualBytes != [UInt8](data) else { return }
        // Text only to show where: two byte sequences can decode to equal Strings.
        let expected = String(decoding: data, as: UTF8.self)
        let firstDifference = zip(
            actual.split(separator: "\n", omittingEmptySubsequences: false),
            expected.split(separator: "\n", omittingEmptySubsequences: false)
        )
        .enumerated().first { $0.element.0 != $0.element.1 }
        let detail =
            firstDifference.map { "line \($0.offset + 1):\n  got:      \($0.element.0)\n  expected: \($0.element.1)" }
            ?? "the bytes differ (\(actualBytes.count) vs \(data.count) bytes)"
        Issue.record(
            """
            \(name).svg differs from the golden file, \(detail)
            If the change is intended, re-record with ATLAS_RECORD=1 swift test --filter ChartsTests, \
            look at the SVG, and commit it.
            """, sourceLocation: sourceLocation)
    }
}
