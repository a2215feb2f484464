import CCmark
import Testing

@testable import Markdown

@Suite("Table lifter")
struct TableLifterTests {
    /// A table lifted in a piece whose last lines the piece hands back to its caller (a lazy
    /// line left the block quote): the caller lifts those lines again, and the first copy must be
    /// forgotten, not left pointing into blocks taken out of the tree (found by parsing a random
    /// document in parts, where it crashed).
    @Test func aTableInLinesHandedBackIsLiftedOnce() throws {
        let markdown = ">| a |\n> | --- |\n></span>\n| lazy | x |\n>    |    | y\n> | :--- | :--- |\n"
        let session = try ParseSession(Array(markdown.utf8), path: "t.md", limits: ParseLimits(), wantsValues: false)
        defer { session.close() }
        #expect(session.lifter.pending.count == 2)
        for table in session.lifter.pending {
            var node = table.node
            while let parent = node.parent { node = parent }
            #expect(node == session.root, "every pending table is in the tree")
        }
        // cmark-gfm's HTML (cmarkgfm 2025.10.22, table extension).
        let expected = """
            <blockquote>
            <table>
            <thead>
            <tr>
            <th>a</th>
            </tr>
            </thead>
            </table>
            <!-- raw HTML omitted -->
            </blockquote>
            <p>| lazy | x |</p>
            <blockquote>
            <table>
            <thead>
            <tr>
            <th align="left"></th>
            <th align="left">y</th>
            </tr>
            </thead>
            </table>
            </blockquote>

            """
        #expect(try MarkdownParser.parse(markdown, path: "t.md").html == expected)
    }

    /// Rows between pipes that GFM does not take as a table get a warning where they start: no
    /// delimiter row (Qwen1.5-110B's card), or one with a cell too few; in a quote too. Tables,
    /// prose with pipes and a single row get none.
    @Test func rowsThatAreNoTableAreReported() throws {
        let document = try MarkdownParser.parse(
            """
            | Model | MMLU |
            | A-7B | 60.1 |

            | Model | MMLU | GSM8K |
            |---|---|
            | A-7B | 60.1 | 50 |

            > | Model | MMLU |
            > | A-7B | 60.1 |

            | Model | MMLU |
            |---|---|
            | A-7B | 60.1 |

            A sentence | with a pipe |
            | one row |
            """, path: "card.md")
        #expect(
            document.diagnostics.map(\.description) == [
                "card.md:1:1: warning: this looks like a table, but no delimiter row (| --- | --- |) follows its "
                    + "header, so it is shown as text",
                "card.md:4:1: warning: this looks like a table, but its header has 3 cells and the delimiter row "
                    + "under it 2; a table needs as many in both, so it is shown as text",
                "card.md:8:3: warning: this looks like a table, but no delimiter row (| --- | --- |) follows its "
                    + "header, so it is shown as text",
            ])
    }
}
