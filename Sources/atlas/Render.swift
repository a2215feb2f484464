import ArgumentParser
import Content
import Foundation
import Markdown

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Print the HTML of one markdown file (tables included), like the cmark command.")

    @Argument(help: "The markdown file, or - for standard input.")
    var file: String

    @Option(help: ArgumentHelp("Refuse files larger than this many bytes.", valueName: "bytes"))
    var maxFileSize = ParseLimits().maxFileSize

    @Option(help: ArgumentHelp("Give up (exit 1) when the file takes longer than this to parse.", valueName: "seconds"))
    var parseTimeout = 20.0

    func validate() throws {
        try FolderArgument.check(file, "the file argument", kind: "file")
        guard maxFileSize > 0, maxFileSize <= 1 << 40 else {
            throw ValidationError("--max-file-size must be a positive number of bytes, at most 1 TiB (1099511627776).")
        }
        guard parseTimeout > 0 else { throw ValidationError("--parse-timeout must be a positive number of seconds.") }
    }

    func run() throws {
        var output = BufferedOutput(descriptor: STDOUT_FILENO)
        do throws(Diagnostic) {
            let bytes = try FileBytes.read(file, limit: maxFileSize)
            let watchdog = makeWatchdog(seconds: parseTimeout)
            let diagnostics = try watchdog.watch(file) { () throws(Diagnostic) in
                // The process exits right after: its exit frees the parse faster than freeing it would.
                try MarkdownParser.renderHTML(
                    bytes, path: file, limits: ParseLimits(maxFileSize: maxFileSize), freeingMemory: false
                ) { output.write($0) }
            }
            output.flush()
            report(diagnostics)
        } catch {
            report([error])
            throw ExitCode.failure
        }
        guard output.succeeded else { throw ExitCode.failure }
    }
}

/// Collects output in a 64 KiB buffer and writes it with as few system calls as it takes.
struct BufferedOutput {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var succeeded = true

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 16)
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        if buffer.count + bytes.count > buffer.capacity { flush() }
        if bytes.count >= buffer.capacity {
            succeeded = succeeded && Self.writeAll(bytes, to: descriptor)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        succeeded = succeeded && buffer.withUnsafeBytes { Self.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }

    private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let count = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }
}
