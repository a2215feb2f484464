import Markdown

/// A whole site in memory: relative path -> file bytes. Nothing is on disk yet.
public struct RenderedSite: Sendable, Equatable {
    /// Paths are relative to the output folder, `/`-separated (`sections/deepseek-v3.html`).
    public var files: [String: [UInt8]]
    /// How many of the files are HTML pages (the rest are assets).
    public var pageCount: Int
    /// Things worth fixing in the content that did not stop the render.
    public var diagnostics: [Diagnostic]

    public init(files: [String: [UInt8]] = [:], pageCount: Int = 0, diagnostics: [Diagnostic] = []) {
        self.files = files
        self.pageCount = pageCount
        self.diagnostics = diagnostics
    }

    /// The paths in byte order, the order files are written and listed.
    public var sortedPaths: [String] { Self.sorted(files.keys) }

    /// Paths sorted by their UTF-8 bytes: independent of locale, so every run lists them alike.
    public static func sorted(_ paths: some Sequence<String>) -> [String] {
        paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
