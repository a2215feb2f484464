import Catalog
import Content
import Markdown

/// Where a build reads and writes, and how strict it is.
public struct BuildOptions: Sendable {
    /// Folder of the markdown sources; every `*.md` directly in it is built, sorted by name.
    public var contentDirectory: String
    /// Folder whose `*.mustache` files and `assets/` replace the built-in theme's, file by file (it may not exist).
    public var templatesDirectory: String
    /// Folder the site is written to.
    public var outputDirectory: String
    public var limits: ParseLimits
    /// Treat warnings as errors: nothing is written when there is any.
    public var warningsAreErrors: Bool
    /// Bounds the time each file may take to parse (nil: no bound).
    public var watchdog: ParseWatchdog?
    /// The most bytes the whole site may hold: a build that would write more stops with an
    /// error before writing anything (a few kilobytes of table can render to gigabytes of pages).
    public var maxOutputBytes: Int
    /// Bounds the time enrichment and rendering may take together (nil: no bound); it ends
    /// before the first write, so a build stopped by it has written nothing.
    public var renderWatchdog: ParseWatchdog?
    /// Where the site is published (`--base-url`); overrides `baseURL` in atlas.yml.
    public var baseURL: BaseURL?
    /// What the output writer writes through: the real file system, or in tests one that fails.
    var outputFileSystem: any FileSystem = SystemFileSystem()

    public init(
        contentDirectory: String = "Content", templatesDirectory: String = "Templates",
        outputDirectory: String = "Public", limits: ParseLimits = ParseLimits(),
        warningsAreErrors: Bool = false, watchdog: ParseWatchdog? = nil,
        maxOutputBytes: Int = RenderedSite.defaultMaxBytes, renderWatchdog: ParseWatchdog? = nil,
        baseURL: BaseURL? = nil
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.limits = limits
        self.warningsAreErrors = warningsAreErrors
        self.watchdog = watchdog
        self.maxOutputBytes = maxOutputBytes
        self.renderWatchdog = renderWatchdog
        self.baseURL = baseURL
    }
}

/// The outcome of a build: every diagnostic, and what was written when the build got that far.
public struct BuildResult: Sendable, Equatable {
    /// Errors and warnings from every stage, in the order the stages ran.
    public var diagnostics: [Diagnostic] = []
    /// What the writer did; nil when the build stopped before writing anything.
    public var report: WriteReport?
    /// The site as written, to pass to the next build in the same process (`atlas serve`).
    public var published: PublishedSite?
    public var documentCount = 0
    public var pageCount = 0
    /// Whether the site differs from the `previous` one the build was given (true without one).
    public var siteChanged = true
    /// True when the build did not run because its inputs were those of the last good build.
    public var skipped = false
    /// True when the site was accepted but its writing stopped before the swap, because a newer
    /// change was waiting (`atlas serve`): the output folder holds the site written before.
    public var writeSuperseded = false
    /// How long each stage took (reading, enriching, rendering, writing).
    public var times = StageTimes()

    public init() {}

    /// This result again, for a build skipped because nothing it reads changed: nothing written.
    func unchanged() -> BuildResult {
        var result = self
        if let report {
            result.report = WriteReport(
                written: [], unchanged: RenderedSite.sorted(report.written + report.unchanged), removed: [])
        }
        result.siteChanged = false
        result.skipped = true
        return result
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
