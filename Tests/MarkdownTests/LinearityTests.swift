import Testing

@testable import Markdown

/// Inputs whose lifting once took quadratic (or unbounded) work. The lifter counts the lines it
/// reads; a class of inputs is linear when four times the input costs about four times the work.
/// No timing: a loaded machine cannot make these fail, a quadratic lifter always does.
@Suite("Linear lifting")
struct LinearityTests {
    /// Lines the lifter read for `markdown`.
    func liftingWork(_ markdown: String) throws -> Int {
        let session = try ParseSession(Array(markdown.utf8), path: "t.md", limits: ParseLimits(), wantsValues: false)
        defer { session.close() }
        return session.lifter.linesRead
    }

    /// The work for `input(4 * n)` over the work for `input(n)`: 4 when linear, 16 when quadratic.
    func growth(_ n: Int, _ input: (Int) -> String) throws -> Double {
        let small = try liftingWork(input(n))
        let large = try liftingWork(input(4 * n))
        #expect(small > 0, "the lifter read nothing: the counter is not counting")
        return Double(large) / Double(max(small, 1))
    }

    /// `'|a\n---\n' * N`: a chain of setext headings, each of which once collected all after it.
    @Test func aChainOfSetextHeadingsIsLiftedInLinearWork() throws {
        let ratio = try growth(200) { String(repeating: "|a\n---\n", count: $0) }
        #expect(ratio < 6, "work grew \(ratio) times for 4 times the input")
    }

    /// Setext headings whose underlines are table rows: the table goes on into each next heading.
    @Test func aTableGoingOnThroughSetextHeadingsIsLiftedInLinearWork() throws {
        let ratio = try growth(200) { "a|b\n-|-\n" + String(repeating: "c\n===\n", count: $0) }
        #expect(ratio < 6, "work grew \(ratio) times for 4 times the input")
    }

    /// The 30-byte runaway of issue 11 and its class: a table in a setext heading that goes on
    /// into the next paragraph, then tables after indented code there. It once looped for ever.
    @Test func theRunawayClassIsLiftedInLinearWork() throws {
        let runaway = "a||b\n-|-|-\n===\n\\\n\t|\nx||\n--|-\ny"
        #expect(try liftingWork(runaway) < 100)
        let ratio = try growth(100) {
            "a||b\n-|-|-\n===\n\\\n\t|\n" + String(repeating: "x||\n--|-\n\tc\n", count: $0) + "y"
        }
        #expect(ratio < 6, "work grew \(ratio) times for 4 times the input")
    }

    /// Tables in block quotes each ended by a lazy line: the rest of the quote is parsed again
    /// after each, so the re-parse budget bounds the work (and warns once it is spent).
    @Test func tablesEndedByLazyLinesInAQuoteAreLiftedInBoundedWork() throws {
        let ratio = try growth(100) { String(repeating: "> |a|\n> |-|\nlazy\n", count: $0) }
        #expect(ratio < 6, "work grew \(ratio) times for 4 times the input")
    }
}
