import ArgumentParser
import Content
import Foundation
import Markdown
import Preview
import Site

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1 and rebuild on every save, reloading open pages.",
        discussion: """
            Watches the content and templates folders. Each rebuild also writes the output folder, \
            as `atlas build` does; pages are served from memory with a small live-reload script \
            added, so the files on disk stay as `atlas build` writes them. A failed rebuild shows \
            its errors over the last good site until the next good save. Ctrl-C stops the server.
            """)

    @OptionGroup var source: ContentOptions

    @Option(help: ArgumentHelp("Folder of the Mustache templates and assets/.", valueName: "folder"))
    var templates = "Templates"

    @Option(help: ArgumentHelp("Folder the site is written to.", valueName: "folder"))
    var output = "Public"

    @Option(help: ArgumentHelp("Port on 127.0.0.1 to listen on (0: any free port).", valueName: "port"))
    var port = 8000

    func validate() throws {
        try FolderArgument.check(output, "--output")
        try FolderArgument.check(templates, "--templates")
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() async throws {
        let build = BuildOptions(
            contentDirectory: source.content, templatesDirectory: templates, outputDirectory: output,
            limits: source.limits, watchdog: source.watchdog())
        let server = PreviewServer(options: PreviewOptions(build: build, port: port)) { build in
            Self.describe(build)
        }
        do {
            try await server.run(signals: [.sigint, .sigterm]) { port in
                say("atlas: serving http://\(PreviewServer.host):\(port)/ (Ctrl-C stops)")
            }
        } catch let error as PreviewError {
            FileHandle.standardError.write(Data((TerminalText.safe("atlas: error: \(error)") + "\n").utf8))
            throw ExitCode.failure
        }
        say("atlas: stopped")
    }

    /// One line per build; the diagnostics of a failed build, and of the first one, in full.
    private static func describe(_ build: RebuildReport) {
        let milliseconds = Int((build.duration / .milliseconds(1)).rounded())
        switch build.event.kind {
        case .failed:
            report(build.diagnostics)
            FileHandle.standardError.write(
                Data("atlas: build failed in \(milliseconds) ms; still serving the last good site\n".utf8))
        case .reload where build.event.generation == 1:
            report(build.diagnostics)
            say("atlas: built in \(milliseconds) ms: \(build.times.summary)")
        default:
            // Pages reload once the site passed its checks; `Public/` is written after that.
            let shown = build.shownAfter.map { "; pages reloaded after \(Int(($0 / .milliseconds(1)).rounded())) ms" }
            say(
                "atlas: rebuilt in \(milliseconds) ms (\(build.event.kind.rawValue)): \(build.times.summary)"
                    + (build.event.kind == .reload ? shown ?? "" : ""))
        }
    }
}

/// Prints a line at once (standard output is block-buffered when piped, as in tests).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((TerminalText.safe(line) + "\n").utf8))
}
