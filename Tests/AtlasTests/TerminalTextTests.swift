import Foundation
import TestSupport
import Testing

/// Messages quote cells and file names; hostile ones must not drive the terminal that shows them
/// (retitle it, clear it, move the cursor up to erase earlier errors).
struct TerminalTextTests {
    @Test func controlCharactersInContentArePrintedVisibly() throws {
        let cell = "7\u{1B}]0;pwned\u{07}\u{1B}[1A\u{1B}[2K\u{9B}31m\u{202E}X"
        let folder = try TemporaryFolder(files: [
            "Content/a.md": "| Model | MMLU |\n|---|---|\n| M-7B | 5 |\n| N-7B | \(cell) |\n"
        ])
        defer { folder.remove() }
        let run = try AtlasProcess.run(["check"], in: folder.path)
        let line = try #require(run.standardError.split(separator: "\n").first { $0.contains("as a score") })
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        #expect(line.contains("7␛]0;pwned␇␛[1A␛[2K<U+9B>31m<U+202E>X"))
    }
}
