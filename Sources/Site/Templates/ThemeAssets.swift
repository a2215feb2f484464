import Content
import Markdown

/// The theme's static assets (`assets/`), read once per build.
enum ThemeAssets {
    /// The theme's assets, keyed by their path inside `assets/`: the built-in ones, each replaced
    /// by the file of the same path under `<templates>/assets` when there is one.
    static func load(in templates: String, diagnostics: inout [Diagnostic]) -> [String: [UInt8]] {
        var assets: [String: [UInt8]] = [:]
        do throws(Diagnostic) {
            for file in try Theme.files(overriding: templates, include: { Theme.assetPath(of: $0) != nil }) {
                if let path = Theme.assetPath(of: file.path) { assets[path] = file.bytes }
            }
        } catch {
            diagnostics.append(error)
        }
        return assets
    }

}
