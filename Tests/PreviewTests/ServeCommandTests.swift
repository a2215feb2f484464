import Foundation
import TestSupport
import Testing

/// `atlas serve` as a user runs it: the built binary, a signal to stop it.
@Suite(.serialized) struct ServeCommandTests {
    /// The `atlas` binary SwiftPM built (PreviewTests depends on it).
    private static let executable = repositoryRoot + "/.build/debug/atlas"

    /// A running `atlas serve`, its standard output read line by line.
    private final class Served: @unchecked Sendable {
        let process = Process()
        let output = Pipe()
        let errors: String
        private var buffer = Data()

        init(folder: String, port: Int) throws {
            errors = folder + "/serve.err"
            _ = FileManager.default.createFile(atPath: errors, contents: nil)
            process.executableURL = URL(fileURLWithPath: ServeCommandTests.executable)
            process.arguments = ["serve", "--port", String(port)]
            process.currentDirectoryURL = URL(fileURLWithPath: folder)
            process.standardOutput = output
            process.standardError = FileHandle(forWritingAtPath: errors)
            try process.run()
        }

        /// The next line of standard output, or nil once it closes.
        func line() -> String? {
            while true {
                if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: buffer[..<newline], as: UTF8.self)
                    buffer.removeSubrange(...newline)
                    return line
                }
                let more = output.fileHandleForReading.availableData
                if more.isEmpty { return nil }
                buffer += more
            }
        }

        /// Reads lines until one announces the address; returns its port.
        func port() -> Int? {
            while let line = line() {
                if let match = line.firstMatch(of: /serving http:\/\/127\.0\.0\.1:(\d+)\//) { return Int(match.1) }
            }
            return nil
        }

        var standardError: String { (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "" }
    }

    private func seedCopy() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        for name in ["Content", "Templates"] {
            try FileManager.default.copyItem(atPath: repositoryRoot + "/" + name, toPath: folder.path + "/" + name)
        }
        return folder
    }

    @Test func servesUntilInterruptedThenExitsCleanly() async throws {
        let folder = try seedCopy()
        defer { folder.remove() }
        let served = try Served(folder: folder.path, port: 0)
        let port = try #require(try await offPool { served.port() })
        #expect(try await RawHTTP.get("/", port: port).status == 200)
        let events = try await EventStreamClient.connect(port: port)
        _ = try await events.next()

        let taken = try Served(folder: folder.path, port: port)
        taken.process.waitUntilExit()
        #expect(taken.process.terminationStatus == 1)
        #expect(taken.standardError == "atlas: error: port \(port) is in use (pass --port)\n")

        kill(served.process.processIdentifier, SIGINT)
        let rest = try await offPool { () -> [String] in
            var lines: [String] = []
            while let line = served.line() { lines.append(line) }
            return lines
        }
        served.process.waitUntilExit()
        #expect(served.process.terminationStatus == 0)
        #expect(rest.last == "atlas: stopped")
        #expect(folder.exists("Public/index.html"))
    }
}
