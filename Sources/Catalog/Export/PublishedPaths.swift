import Foundation

/// How a source file's path is written in what Atlas publishes (pages and data files): inside the
/// content folder's own name, whatever path the command was given. `/home/me/site/Content/a.md` and
/// `../site/Content/a.md` are both published as `Content/a.md`, so a site names no folder of the
/// machine it was built on, and the same sources give the same bytes from any checkout.
/// Diagnostics keep the path as given, so a terminal can open it.
public struct PublishedPaths: Sendable {
    /// The content folder as given, with one trailing `/` (as `ContentReader.join` writes paths).
    private let given: String
    /// Its last component, with a trailing `/`: what replaces `given`.
    private let shown: String

    /// Every path as given (a single file's render, tests).
    public static let asGiven = PublishedPaths(given: "", shown: "")

    private init(given: String, shown: String) {
        self.given = given
        self.shown = shown
    }

    public init(contentFolder folder: String) {
        let given = folder.hasSuffix("/") ? folder : folder + "/"
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        self.init(given: given, shown: name.isEmpty || name == "/" ? "" : name + "/")
    }

    /// `path` as published: relative to the content folder's parent when it is inside the folder.
    public func callAsFunction(_ path: String) -> String {
        guard given != shown, path.utf8.starts(with: given.utf8) else { return path }
        return shown + Substring(path.utf8.dropFirst(given.utf8.count))
    }

    /// `path:line:column`, published.
    public func callAsFunction(_ place: Provenance) -> String {
        "\(self(place.path)):\(place.line):\(place.column)"
    }
}
