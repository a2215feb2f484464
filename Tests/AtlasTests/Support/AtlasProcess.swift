import Foundation
import TestSupport

/// The output of one run of the `atlas` binary.
struct AtlasRun {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

enum AtlasProcess {
    /// The `atlas` executable SwiftPM built next to the test bundle (AtlasTests depends on it).
    static let executable: URL = {
        var candidates: [URL] = []
        if let executable = Bundle.main.executableURL { candidates.append(executable.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: repositoryRoot + "/.build/debug"))
        for folder in candidates {
            let url = folder.appendingPathComponent("atlas")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        fatalError("atlas executable not found near \(Bundle.main.bundleURL.path); run `swift build` first")
    }()

    /// Runs `atlas` (or another `binary`, such as python3) with `arguments` in `folder`; output goes through files so a large output
    /// cannot fill a pipe and stall the child.
    /// `binary` and `environment` default to the built `atlas` and this process's environment.
    static func run(
        _ arguments: [String], in folder: String, input: String? = nil, binary: URL = executable,
        environment: [String: String]? = nil
    ) throws -> AtlasRun {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let environment { process.environment = environment }
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let outputs = NSTemporaryDirectory() + "atlas-run-" + UUID().uuidString
        _ = FileManager.default.createFile(atPath: outputs + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: outputs + ".err", contents: nil)
        let output = FileHandle(forWritingAtPath: outputs + ".out")
        let error = FileHandle(forWritingAtPath: outputs + ".err")
        defer {
            try? output?.close()
            try? error?.close()
            try? FileManager.default.removeItem(atPath: outputs + ".out")
            try? FileManager.default.removeItem(atPath: outputs + ".err")
        }
        process.standardOutput = output
        process.standardError = error
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        inputPipe.fileHandleForWriting.write(Data((input ?? "").utf8))
        try inputPipe.fileHandleForWriting.close()
        process.waitUntilExit()
        let read = { (path: String) in
            String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        return AtlasRun(
            status: process.terminationStatus, standardOutput: read(outputs + ".out"),
            standardError: read(outputs + ".err"))
    }
}
