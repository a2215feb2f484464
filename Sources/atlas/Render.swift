import ArgumentParser
import Foundation
import Markdown

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the HTML of one markdown file (tables included), like the cmark command.")

    @Argument(help: "The markdown file, or - for standard input.")
    var file: String

    func run() throws {
        let bytes = try FileBytes.read(file)
        var written = true
        let diagnostics = try MarkdownParser.renderHTML(bytes, path: file) { html in
            written = Self.writeAll(html, to: STDOUT_FILENO)
        }
        report(diagnostics)
        guard written else { throw ExitCode.failure }
    }

    /// Writes straight from cmark's buffer: a large file's HTML is not copied again.
    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, base + offset, buffer.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
