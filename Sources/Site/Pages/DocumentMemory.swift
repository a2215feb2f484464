import Markdown
import Synchronization

/// What the render reads of each document alone: its headings, its broken in-document links and
/// (when pages are reused) a digest of each block.
struct DocumentRenderParts: Equatable, Sendable {
    var outline: Outline
    /// A warning at each in-document link that names no heading of the document.
    var linkFindings: [Diagnostic]
    /// Each block's syntax and HTML hashed, for `RenderKeys`; nil when no keys are made.
    /// `Hasher` values: seeded per process, compared only within one.
    var blockDigests: [Int]?

    init(_ document: Document, digests: Bool) {
        outline = Outline(document)
        linkFindings = HeadingAnchors.linkFindings(in: document, outline: outline)
        blockDigests = digests ? document.blocks.indices.map { Self.digest(ofBlock: $0, in: document) } : nil
    }

    static func digest(ofBlock index: Int, in document: Document) -> Int {
        var hasher = Hasher()
        hasher.combine(document.blocks[index])
        hasher.combine(document.blockHTML[index])
        return hasher.finalize()
    }
}

/// The `DocumentRenderParts` of the last build, kept by a long-running process (`atlas serve`): a
/// document equal to the one they were made from (the parse cache hands back the same value,
/// so comparing costs little) takes them instead of walking its blocks again. At 100 documents
/// that was about 80 ms of every rebuild.
final class DocumentMemory: Sendable {
    private let last = Mutex<[String: (document: Document, parts: DocumentRenderParts)]>([:])
    /// How many documents the last call made parts for (the rest were remembered).
    private let made = Mutex(0)
    var lastMadeCount: Int { made.withLock { $0 } }

    init() {}

    /// Each document's parts with block digests, remembered ones where the document is unchanged.
    func parts(of documents: [Document]) -> [DocumentRenderParts] {
        let remembered = last.withLock { $0 }
        var madeCount = 0
        let parts = documents.map { document in
            if let entry = remembered[document.path], entry.document == document {
                return entry.parts
            }
            madeCount += 1
            return DocumentRenderParts(document, digests: true)
        }
        made.withLock { $0 = madeCount }
        let entries = zip(documents, parts).map { ($0.path, (document: $0, parts: $1)) }
        last.withLock { $0 = Dictionary(entries, uniquingKeysWith: { first, _ in first }) }
        return parts
    }
}
