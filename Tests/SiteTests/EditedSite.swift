import Foundation
import Markdown
import TestSupport

@testable import Content
@testable import Site

#if canImport(Glibc)
    import Glibc
#endif

/// A site on disk that tests edit, rebuilt as `atlas serve` does (one cache, the last published
/// site) and compared with a clean build of the same input into another folder.
final class EditedSite {
    static let initialDocuments = [
        "Content/alpha.md": """
        # Alpha
        ## Alpha-7B
        Text about Alpha-7B.
        | Model | MMLU | GSM8K |
        |---|---|---|
        | Alpha-7B | 71.5 | 60.1 |
        | Beta-13B | 65.0 | 55.2 |

        """,
        "Content/beta.md": """
        # Beta
        ## Results
        | Model | MMLU | HumanEval |
        |---|---|---|
        | Beta-13B | 65.0 | 40.0 |
        | Gamma-2 | 58.0 | 31.5 |

        """,
    ]
    static let config = """
        organizations:
          - name: Alpha Lab
            modelPrefixes: [Alpha]
          - name: Beta Lab
            modelPrefixes: [Beta]

        """

    let folder: TemporaryFolder
    /// What `atlas serve` keeps between builds: parsed markdown, the published site, the last good inputs.
    let memory = BuildMemory()
    var cache: ParseCache { memory.parseCache }
    /// Every input file and its current text.
    private(set) var files: [String: String] = [:]
    private var addedFiles = 0

    /// The two small documents of `initialDocuments`, or with `seed` the repository's own Content/.
    init(seed: Bool = false) throws {
        folder = try TemporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Templates")
        where name.hasSuffix(".mustache") {
            try write(
                String(contentsOfFile: repositoryRoot + "/Templates/\(name)", encoding: .utf8), to: "Templates/\(name)")
        }
        guard seed else {
            try write(Self.config, to: "Content/atlas.yml")
            for (path, text) in Self.initialDocuments { try write(text, to: path) }
            return
        }
        for name in try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Content") {
            try write(
                String(contentsOfFile: repositoryRoot + "/Content/\(name)", encoding: .utf8), to: "Content/\(name)")
        }
    }

    func options(output: String) -> BuildOptions {
        BuildOptions(
            contentDirectory: folder.path + "/Content", templatesDirectory: folder.path + "/Templates",
            outputDirectory: folder.path + "/" + output, limits: ParseLimits(maxFileSize: 4 << 20))
    }

    /// The incremental build into `Public/`, as `atlas serve` runs it.
    func rebuild() async -> BuildResult {
        await SiteBuilder(options: options(output: "Public")).build(memory: memory)
    }

    /// Builds the same input from scratch into `Clean/` and compares: the same diagnostics, and
    /// when the build succeeded, the same files byte for byte. Returns what differs (nil: nothing).
    func differenceFromCleanBuild(_ incremental: BuildResult) async -> String? {
        try? FileManager.default.removeItem(atPath: folder.path + "/Clean")
        let clean = await SiteBuilder(options: options(output: "Clean")).build()
        guard clean.diagnostics == incremental.diagnostics else {
            return "diagnostics: clean \(clean.diagnostics), incremental \(incremental.diagnostics)"
        }
        guard clean.report != nil else { return nil }
        let (expected, actual) = (folder.snapshot("Clean"), folder.snapshot("Public"))
        // The writer's manifest records inodes and times, which differ between any two folders.
        let differing = Set(expected.keys).union(actual.keys).filter {
            $0 != Manifest.fileName && expected[$0] != actual[$0]
        }
        return differing.isEmpty ? nil : "files differ: \(differing.sorted())"
    }

    func write(_ text: String, to path: String) throws {
        try folder.write(text, to: path)
        files[path] = text
    }

    /// Writes `path` again with `old` replaced by `new`.
    func replace(_ old: String, with new: String, in path: String) throws {
        try write(files[path]!.replacingOccurrences(of: old, with: new), to: path)
    }

    func delete(_ path: String) throws {
        try FileManager.default.removeItem(atPath: folder.path + "/" + path)
        files[path] = nil
    }

    /// Sets every input's modification time an hour back, so the cache may trust unchanged times.
    func backdateAll() { backdate(Array(files.keys), step: 0) }

    /// Sets the times of `paths` back to a distinct past second per step.
    func backdate(_ paths: [String], step: Int) {
        let past = time_t(Date().timeIntervalSince1970) - 3600 + time_t(step)
        var times = [timeval(tv_sec: past, tv_usec: 0), timeval(tv_sec: past, tv_usec: 0)]
        for path in paths where files[path] != nil { _ = utimes(folder.path + "/" + path, &times) }
    }
}
