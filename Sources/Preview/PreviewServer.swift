import Content
import Foundation
import Hummingbird
import Logging
import Markdown
import ServiceLifecycle
import Site
import UnixSignals

/// How `atlas serve` builds and where it listens.
public struct PreviewOptions: Sendable {
    public var build: BuildOptions
    /// TCP port on 127.0.0.1; 0 picks a free one (tests).
    public var port: Int
    /// How long the sources must stay unchanged before a rebuild starts.
    public var quietPeriod: Duration
    /// Poll instead of inotify (tests of the fallback).
    var pollingInterval: Duration?

    public init(build: BuildOptions, port: Int = 8000, quietPeriod: Duration = .milliseconds(75)) {
        self.build = build
        self.port = port
        self.quietPeriod = quietPeriod
    }
}

/// What one build did, for the command to print.
public struct RebuildReport: Sendable {
    public var event: ReloadEvent
    public var diagnostics: [Diagnostic]
    public var duration: Duration
    /// The build's own stages (read, enrich, render, write).
    public var times: StageTimes
    /// When open pages were told to reload, if before the end (the site is shown before it is written).
    public var shownAfter: Duration?
}

/// Builds the site, serves it from memory on 127.0.0.1, rebuilds on every settled change to the
/// sources and tells open pages over Server-Sent Events.
public final class PreviewServer: Sendable {
    /// Only loopback: a preview shows unpublished work and has no access control.
    public static let host = "127.0.0.1"

    let options: PreviewOptions
    let state = PreviewState()
    let hub = EventHub()
    private let onBuild: @Sendable (RebuildReport) -> Void
    private let group = Locked<ServiceGroup?>(nil)
    /// The last builds' parsed markdown, published site and inputs: a rebuild does only what changed.
    private let memory = BuildMemory()
    /// The watcher, once `run` started it: a rebuild asks it whether a newer change is waiting.
    private let watcher = Locked<FileWatcher?>(nil)

    public init(options: PreviewOptions, onBuild: @escaping @Sendable (RebuildReport) -> Void = { _ in }) {
        self.options = options
        self.onBuild = onBuild
    }

    /// Builds once, then serves and rebuilds until stopped (or one of `signals` arrives).
    /// `onListening` receives the port once connections are accepted.
    public func run(
        signals: [UnixSignal] = [], onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    ) async throws {
        try PortProbe.ensureFree(host: Self.host, port: options.port)
        let watcher = FileWatcher(
            roots: [
                .content(options.build.contentDirectory, configFile: ContentLoader.configFile),
                .tree(options.build.templatesDirectory),
            ], quietPeriod: options.quietPeriod)
        // Watch first, so a save during the first build still leads to a rebuild.
        watcher.start(mode: options.pollingInterval.map { .polling(interval: $0) } ?? .notify)
        self.watcher.value = watcher
        defer { watcher.stop() }
        await rebuild()

        var logger = Logger(label: "atlas.serve")
        logger.logLevel = .warning
        let app = Application(
            responder: PreviewResponder(state: state, hub: hub),
            configuration: .init(address: .hostname(Self.host, port: options.port), serverName: nil),
            services: [WatchService(changes: watcher.changes, server: self)],
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: signals, logger: logger))
        self.group.value = group
        try await group.run()
    }

    /// Stops accepting connections, ends the event streams and returns from `run`.
    public func stop() async {
        await group.value?.triggerGracefulShutdown()
    }

    /// One rebuild, published to open pages. Rebuilds run one at a time (the watch service's loop).
    ///
    /// Pages reload as soon as the new site passed the build's checks and only writing `Public/`
    /// is left (at 10,000 files its survey and write take longer than the render of one edit); a
    /// write plan refused or a write that then fails puts the last site written back, with the
    /// error. So `reload` means "shown", not "on disk": the build report, made after the write,
    /// says when `Public/` holds it. A change that settles while `Public/` is being written
    /// stops that write (before its swap: `Public/` keeps the site written before), so that the
    /// next rebuild starts at once; it writes what changed since.
    func rebuild() async {
        let start = ContinuousClock.now
        let watcher = watcher.value
        let bursts = watcher?.settledBursts
        let shown = Locked<(event: ReloadEvent, after: Duration)?>(nil)
        let result = await SiteBuilder(options: options.build).build(
            memory: memory, superseded: { watcher?.settledBursts != bursts },
            accepted: { site, changed in
                let event = state.apply(.built(site.files, lazy: site.lazyFiles, changed: changed))
                shown.value = (event, .now - start)
                hub.publish(event)
            })
        var event: ReloadEvent
        if let early = shown.value {
            event = early.event
            if result.published == nil && !result.writeSuperseded {
                event = state.apply(.unwritten(lastGood: memory.writtenFiles, result.diagnostics))
                hub.publish(event)
            }
        } else {
            event = state.apply(
                result.published.map { .built($0.site.files, changed: result.siteChanged) }
                    ?? .failed(result.diagnostics))
        }
        onBuild(
            RebuildReport(
                event: event, diagnostics: result.diagnostics, duration: .now - start, times: result.times,
                shownAfter: shown.value?.after))
        if shown.value == nil { hub.publish(event) }
    }
}

/// Runs a rebuild for every settled burst of changes, until the server shuts down.
struct WatchService: Service {
    let changes: AsyncStream<Void>
    let server: PreviewServer

    func run() async throws {
        for await _ in changes.cancelOnGracefulShutdown() { await server.rebuild() }
    }
}

/// A value behind a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value

    init(_ value: Value) { stored = value }

    var value: Value {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }

    func modify(_ change: (inout Value) -> Void) {
        lock.withLock { change(&stored) }
    }
}
