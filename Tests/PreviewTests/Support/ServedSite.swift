import Foundation
import TestSupport

@testable import Preview
@testable import Site

/// A real preview server on a free port, serving a copy of the seed site from a temporary folder.
final class ServedSite: @unchecked Sendable {
    let folder: TemporaryFolder
    let server: PreviewServer
    let port: Int
    /// Every build the server finished, in order.
    let builds: Locked<[RebuildReport]>
    private let running: Task<Void, any Error>

    private init(
        folder: TemporaryFolder, server: PreviewServer, port: Int, builds: Locked<[RebuildReport]>,
        running: Task<Void, any Error>
    ) {
        self.folder = folder
        self.builds = builds
        self.server = server
        self.port = port
        self.running = running
    }

    /// Copies Content/ and Templates/ from the repository and serves them.
    /// `prepare` may change the copy before the first build.
    static func start(
        polling: Bool = false, writingThrough fileSystem: FailingFileSystem? = nil,
        prepare: (TemporaryFolder) throws -> Void = { _ in }
    ) async throws -> ServedSite {
        let folder = try TemporaryFolder()
        for name in ["Content", "Templates"] {
            try FileManager.default.copyItem(atPath: repositoryRoot + "/" + name, toPath: folder.path + "/" + name)
        }
        try prepare(folder)
        var options = PreviewOptions(
            build: BuildOptions(
                contentDirectory: folder.path + "/Content", templatesDirectory: folder.path + "/Templates",
                outputDirectory: folder.path + "/Public"),
            port: 0)
        if polling { options.pollingInterval = .milliseconds(50) }
        if let fileSystem { options.build.outputFileSystem = fileSystem }
        let builds = Locked<[RebuildReport]>([])
        let server = PreviewServer(options: options) { report in builds.modify { $0.append(report) } }
        let (ports, listening) = AsyncStream.makeStream(of: Int.self)
        let running = Task { try await server.run { listening.yield($0) } }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw RawHTTPError.malformed("the server never listened") }
        return ServedSite(folder: folder, server: server, port: port, builds: builds, running: running)
    }

    func get(_ target: String) async throws -> HTTPReply { try await RawHTTP.get(target, port: port) }

    func events() async throws -> EventStreamClient { try await EventStreamClient.connect(port: port) }

    /// The builds reported once there are at least `count`: a page reloads when the new site is
    /// shown, and the report (after `Public/` is written) may come a moment later.
    func finishedBuilds(_ count: Int) async throws -> [RebuildReport] {
        let deadline = ContinuousClock.now + .seconds(60)
        while builds.value.count < count {
            guard .now < deadline else { throw RawHTTPError.malformed("only \(builds.value.count) builds finished") }
            try await Task.sleep(for: .milliseconds(10))
        }
        return builds.value
    }

    /// Writes a file below the temporary folder the way an editor that saves in place does.
    func write(_ text: String, to relative: String) throws { try folder.write(text, to: relative) }

    func read(_ relative: String) -> String { folder.read(relative) ?? "" }

    /// Stops the server gracefully and waits for `run` to return.
    func stop() async throws {
        await server.stop()
        try await running.value
        folder.remove()
    }
}

extension ServedSite {
    /// The served page that holds `text` (the seed's added paragraphs land on one section page).
    func servedPage(containing text: String) -> String? {
        guard let files = server.state.current.files else { return nil }
        return files.keys.sorted().first { String(decoding: files[$0]!, as: UTF8.self).contains(text) }
    }

    /// Every HTML file of `Public/`, joined.
    var publicPages: String {
        let root = folder.path + "/Public"
        let paths = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return paths.filter { $0.hasSuffix(".html") }.map { read("Public/" + $0) }.joined()
    }
}
