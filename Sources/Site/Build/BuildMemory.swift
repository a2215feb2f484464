import Catalog
import Content

/// What a long-running process (`atlas serve`) keeps from one build to the next, so a rebuild
/// does only the work its changes need: the parsed markdown, the site last published, and the
/// inputs of the last good build with its result.
public final class BuildMemory: @unchecked Sendable {
    /// The last build's parsed markdown: only files that changed are read and parsed again.
    public let parseCache = ParseCache()
    /// What the last good build published, so the writer need not hash unchanged files.
    var published: PublishedSite?
    /// The site shown last when it differs from `published`: accepted, then not written (a newer
    /// change stopped its writing). New pages are compared with it and taken from it.
    var shown: RenderedSite?
    /// The files of the site written last (what the output folder holds), with its downloads.
    public var writtenFiles: [String: [UInt8]]? { published?.site.files }
    /// The last reading of the results tables: an edit to one file need not read every table.
    let enrichment = EnrichmentMemory()
    /// The last catalog.json: the next one copies the text of entities that did not change.
    let catalogJSON = SiteRenderer.CatalogJSONMemory()
    /// What the render made of each document alone: unchanged documents are not walked again.
    let documents = DocumentMemory()
    /// The last name links of section pages, kept while no name changes.
    let names = SiteRenderer.NameLinkerMemory()
    /// What the last render made of every score: an edit to a number patches it.
    let catalogs = SiteRenderer.CatalogMemory()
    /// The inputs and result of the last good build: the same inputs give the same site.
    var lastGood: (inputs: BuildInputs, result: BuildResult)?
    /// The theme last loaded, with the files it was read as: the same files need not be parsed
    /// and checked again (its compiled templates are kept too).
    private var loadedTheme: (files: [ThemeFile], theme: LoadedTheme)?

    public init() {}

    /// The theme for these files: the one last loaded when they are the same, else `load()`'s.
    /// Without files (the theme could not be read) it is loaded each time, for its messages.
    func theme(for files: [ThemeFile]?, load: () -> LoadedTheme) -> LoadedTheme {
        if let files, let last = loadedTheme, last.files == files { return last.theme }
        let theme = load()
        loadedTheme = files.map { ($0, theme) }
        return theme
    }
}

/// Everything a build reads, told apart cheaply: two builds with equal inputs (and the same
/// options) make the same site, so the second need not run.
struct BuildInputs: Equatable {
    var content: ContentFingerprint
    /// The theme as read before the build: templates and assets, built-in or overridden.
    var theme: [ThemeFile]
    /// The output folder's own identity (inode, times): a folder removed or changed by hand
    /// since the last build is written again.
    var output: FileIdentity?
}
