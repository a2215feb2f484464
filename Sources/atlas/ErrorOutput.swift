import ArgumentParser
import Foundation
import Markdown

extension Atlas {
    /// Parses and runs the command. Every failure, ArgumentParser's own included, is printed in
    /// one form, `path:line:column: error: message` or `atlas: error: message` when no place
    /// applies, and ends the process with a non-zero status; `--help` and `--version` print as usual.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code.isSuccess { exit(withError: error) }
            if let line = errorLine(for: error) {
                FileHandle.standardError.write(Data((TerminalText.safe(line) + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// The line that reports `error`; nil when the command reported it already (`ExitCode`).
    static func errorLine(for error: any Error) -> String? {
        if let diagnostic = error as? Diagnostic { return diagnostic.description }
        if error is ExitCode { return nil }
        let nsError = error as NSError
        let message: String
        if nsError.domain == NSCocoaErrorDomain {
            let path = (nsError.userInfo[NSFilePathErrorKey] as? String).map { " '\($0)'" } ?? ""
            message = "cannot use\(path): \(fileProblem(nsError.code)); check the path and its permissions"
        } else if exitCode(for: error) == .validationFailure {
            message = self.message(for: error) + " (see `\(usageCommand()) --help`)"
        } else {
            message = self.message(for: error)
        }
        let text = message.split(whereSeparator: \.isNewline).joined(separator: " ")
        return "atlas: error: " + (text.isEmpty ? "failed" : text)
    }

    /// `atlas build` when the command line names a subcommand, else `atlas`: where the help is.
    private static func usageCommand() -> String {
        let names = configuration.subcommands.map { $0._commandName }
        let named = CommandLine.arguments.dropFirst().first { names.contains($0) }
        return ["atlas", named].compactMap { $0 }.joined(separator: " ")
    }

    /// Foundation's file error codes in words (its own descriptions on Linux are often `(null)`).
    private static func fileProblem(_ code: Int) -> String {
        switch CocoaError.Code(rawValue: code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return "no such file or folder"
        case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
        case .fileWriteOutOfSpace: return "the disk is full"
        case .fileWriteFileExists: return "a file of that name exists"
        case .fileReadTooLarge: return "the file is too large"
        case .fileReadUnknown: return "it cannot be read as a file (is it a folder?)"
        default: return "the file operation failed (code \(code))"
        }
    }
}
