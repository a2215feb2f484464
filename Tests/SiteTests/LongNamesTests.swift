import Catalog
import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// Names that make file names: too long for the file system, or the name of a listing page.
struct LongNamesTests {
    static let longASCII = String(repeating: "a", count: 234)
    static let longCJK = String(repeating: "模型", count: 24)

    @Test func longSectionTitlesGetDistinctStableSlugs() {
        let first = Slug.make(String(repeating: "Long title ", count: 20) + "one")
        let second = Slug.make(String(repeating: "Long title ", count: 20) + "two")
        #expect(first != second)
        #expect(first.utf8.count <= Slug.maxBytes)
        #expect(first == Slug.make(String(repeating: "Long title ", count: 20) + "one"))
    }

    @Test func modelsWithLongNamesOrNamedIndexAreBuilt() async throws {
        let document = """
            # Models
            ## \(Self.longASCII) family

            ### List of models

            | Series | Model | Year |
            |---|---|---|
            | \(Self.longASCII) | \(Self.longASCII) | 2024 |
            | \(Self.longCJK) | \(Self.longCJK) | 2024 |
            | index | index | 2024 |

            ### Performance

            | Model | \(Self.longASCII) | index |
            |---|---|---|
            | \(Self.longASCII) | 1 | 2 |
            | index | 3 | 4 |

            """
        var files = ["Content/models.md": document, "Templates/assets/style.css": "body{}"]
        for name in try FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/Templates")
        where name.hasSuffix(".mustache") {
            files["Templates/\(name)"] = try String(
                contentsOfFile: repositoryRoot + "/Templates/\(name)", encoding: .utf8)
        }
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let options = BuildOptions(
            contentDirectory: folder.path + "/Content", templatesDirectory: folder.path + "/Templates",
            outputDirectory: folder.path + "/Public")
        let result = await SiteBuilder(options: options).build()
        #expect(result.errorCount == 0, "\(result.diagnostics)")
        #expect(result.report != nil)
        let written = result.report?.written ?? []
        #expect(written.allSatisfy { $0.split(separator: "/").allSatisfy { $0.utf8.count <= 120 } })
        // The listing page is still the listing, and the model `index` has a page of its own.
        #expect(folder.read("Public/models/index.html")?.contains("<h1>Models</h1>") == true)
        #expect(written.contains { $0.hasPrefix("models/index-") })
        #expect(written.contains { $0.hasPrefix("benchmarks/index-") })
    }
}
