/// The `Content-Type` a file is served with, chosen by its extension.
enum ContentTypes {
    /// Used for files whose extension is not listed: the browser offers to download them.
    static let fallback = "application/octet-stream"

    private static let byExtension: [String: String] = [
        "html": "text/html; charset=utf-8", "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8", "json": "application/json",
        "csv": "text/csv; charset=utf-8", "xml": "application/xml", "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8", "svg": "image/svg+xml", "png": "image/png",
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
        "avif": "image/avif", "ico": "image/x-icon", "woff": "font/woff", "woff2": "font/woff2",
        "ttf": "font/ttf", "otf": "font/otf", "pdf": "application/pdf", "wasm": "application/wasm",
        "webmanifest": "application/manifest+json", "map": "application/json",
    ]

    /// The type for a site path such as `assets/style.css`; the extension is matched case-insensitively.
    static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return fallback }
        return byExtension[name[name.index(after: dot)...].lowercased()] ?? fallback
    }

    /// True for the pages the live-reload script is injected into.
    static func isHTML(_ path: String) -> Bool { forPath(path).hasPrefix("text/html") }
}
