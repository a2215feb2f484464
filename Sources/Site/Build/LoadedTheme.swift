import Markdown

/// The theme a build renders with: its templates, checked, and its static assets, with what was
/// wrong in them. Loaded beside the markdown (neither needs the other), and kept by `atlas serve`
/// from one rebuild to the next while the theme's files stay the same.
struct LoadedTheme: Sendable {
    var templates: TemplateSet?
    var assets: [String: [UInt8]]
    var diagnostics: [Diagnostic]

    /// The built-in theme, each file replaced by the one of the same path in `folder`.
    static func load(overriding folder: String) -> LoadedTheme {
        var diagnostics: [Diagnostic] = []
        var templates: TemplateSet?
        do throws(Diagnostic) {
            templates = try TemplateSet.load(overriding: folder)
            diagnostics += templates?.warnings ?? []
        } catch {
            diagnostics.append(error)
        }
        let assets = ThemeAssets.load(in: folder, diagnostics: &diagnostics)
        return LoadedTheme(templates: templates, assets: assets, diagnostics: diagnostics)
    }
}
