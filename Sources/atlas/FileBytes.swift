import Content
import Foundation
import Markdown

/// Reads the file a command names, or standard input for `-`, never more than `limit + 1` bytes.
enum FileBytes {
    /// Failures come back as a diagnostic at `path:1:1` (`<stdin>` for standard input).
    static func read(_ path: String, limit: Int) throws(Diagnostic) -> [UInt8] {
        do throws(InputFile.Failure) {
            if path == "-" { return try InputFile.read(descriptor: STDIN_FILENO, limit: limit) }
            return try InputFile.read(path, limit: limit)
        } catch {
            throw error.diagnostic(at: path == "-" ? "<stdin>" : path)
        }
    }
}
