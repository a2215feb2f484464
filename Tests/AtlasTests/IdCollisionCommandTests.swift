import Foundation
import TestSupport
import Testing

/// Names whose slugs collide (`Meta`/`meta`, `Fam-2`/`Fam.2`) used to end every command with
/// "Fatal error: Duplicate values for key"; every command now finishes and keeps them apart.
struct IdCollisionCommandTests {
    static let content = """
        # Models
        ## Fam family

        ### List of Fam models

        | Series | Model | Year |
        |---|---|---|
        | Fam-2 | Meta-Fam-2-7B | 2024 |
        | Fam.2 | Mistral-Fam.2-13B | 2024 |

        ### Performance

        | Model | MMLU | mmlu | M.M.L.U |
        |---|---|---|---|
        | Meta-Fam-2-7B | 80 | 81 | 82 |
        | Mistral-Fam.2-13B | 70 | 71 | 72 |

        """

    static let configuration = """
        organizations:
          - name: Meta
            modelPrefixes: [Meta]
          - name: meta
          - name: Mistral AI
            modelPrefixes: [Mistral]
          - name: Mistral-AI

        """

    @Test(arguments: [["build"], ["check"], ["export"], ["export", "--format", "csv", "--view", "models"]])
    func everyCommandFinishes(_ arguments: [String]) throws {
        let folder = try TemporaryFolder(files: [
            "Content/models.md": Self.content, "Content/atlas.yml": Self.configuration,
        ])
        defer { folder.remove() }
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Templates", toPath: folder.path + "/Templates")
        let run = try AtlasProcess.run(arguments, in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(!run.standardError.contains("Fatal error"))
        if arguments == ["build"] {
            for page in [
                "organizations/meta.html", "organizations/meta-2.html", "organizations/mistral-ai.html",
                "organizations/mistral-ai-2.html", "series/fam-2.html", "series/fam-2-2.html",
            ] {
                #expect(folder.exists("Public/" + page), "\(page)")
            }
        }
    }
}
