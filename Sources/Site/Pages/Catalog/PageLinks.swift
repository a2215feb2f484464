import Catalog
import Markdown

/// The folders of the pages made from the model graph, and relative links to them.
///
/// Every link is relative to the page that shows it, so the site works from any sub-path and
/// from `file://`: `depth` is how many folders below the output folder that page sits.
public enum EntityFolder: String, CaseIterable, Sendable {
    case series, models, benchmarks, organizations

    /// `Models`, ... as the navigation and listing pages name the folder.
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

    /// The page of one entity, from a page `depth` folders deep.
    public func href(_ id: some EntityID, depth: Int) -> String {
        PageLinks.up(depth) + rawValue + "/" + id.rawValue + ".html"
    }

    /// The listing page of the folder, from a page `depth` folders deep.
    public func indexHref(depth: Int) -> String { PageLinks.up(depth) + rawValue + "/index.html" }

    /// The listing page's path inside the output folder.
    var indexPath: String { rawValue + "/index.html" }

    /// The entity page's path inside the output folder; ids that could leave the folder are refused.
    func path(_ id: some EntityID, at source: Provenance) throws(Diagnostic) -> String {
        let raw = id.rawValue
        guard !raw.isEmpty, !Self.mayLeaveFolder(raw), raw != "index" else {
            throw Diagnostic(
                .error, at: source.location,
                "the id '\(raw)' cannot name a page in \(rawValue)/ (it is empty, 'index', or has '/', '\\' or '..'); rename it"
            )
        }
        return rawValue + "/" + raw + ".html"
    }

    /// Whether `name` holds a slash, a backslash or `..`. One pass over the bytes: this runs for every entity
    /// of every build, and zipping the UTF-8 view with itself took half of making the pages' list.
    private static func mayLeaveFolder(_ name: String) -> Bool {
        var previous: UInt8 = 0
        for byte in name.utf8 {
            if byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") { return true }
            if byte == UInt8(ascii: "."), previous == UInt8(ascii: ".") { return true }
            previous = byte
        }
        return false
    }
}

/// Small helpers for relative links.
enum PageLinks {
    /// `../` repeated `depth` times.
    static func up(_ depth: Int) -> String { String(repeating: "../", count: depth) }

    /// The site-wide navigation, with the current folder (or home) marked.
    static func navigation(depth: Int, current: EntityFolder?) -> [NavLink] {
        navigation(root: up(depth), current: current)
    }

    /// The navigation with every link prefixed by `root` (`../`, or a base URL).
    static func navigation(root: String, current: EntityFolder?) -> [NavLink] {
        [NavLink(label: "Home", href: root + "index.html", isCurrent: false)]
            + EntityFolder.allCases.map { folder in
                NavLink(label: folder.label, href: root + folder.indexPath, isCurrent: folder == current)
            }
    }
}
