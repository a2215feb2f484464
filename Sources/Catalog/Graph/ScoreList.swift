/// The catalog's scores in their sorted order, stored as enrichment read them: one array per
/// document, and the place of each score in them.
///
/// A catalog made again after an edit to one document's numbers shares every other document's
/// array with the last one (`atlas serve`): at 100,000 scores, copying them into one sorted array
/// per rebuild took a third of an edit's enrichment. Reading a score is two array lookups.
public struct ScoreList: RandomAccessCollection, Sendable, Equatable {
    /// Scores as read, one array per document (or any other grouping the caller chose).
    let chunks: [[Score]]
    /// Where each score is: its array's index in the high 32 bits, its index in that array in
    /// the low ones (one integer per score, not a pair, so the order is a plain `[Int]`).
    let places: [Int]

    init(chunks: [[Score]], places: [Int]) {
        self.chunks = chunks
        self.places = places
    }

    /// The chunks' scores one after the other.
    init(inReadingOrder chunks: [[Score]]) {
        var places: [Int] = []
        places.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for (chunk, scores) in chunks.enumerated() {
            for offset in scores.indices { places.append(Self.place(chunk, offset)) }
        }
        self.init(chunks: chunks, places: places)
    }

    /// The scores in the order given.
    public init(_ scores: [Score] = []) {
        self.init(inReadingOrder: [scores])
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { places.count }

    /// Lent in place, not copied: a loop over every score that reads one field (a count of the
    /// reported ones) would otherwise copy each score, strings and all.
    public subscript(position: Int) -> Score {
        _read {
            let place = places[position]
            yield chunks[place >> 32][place & Self.offsetMask]
        }
    }

    public static func == (lhs: ScoreList, rhs: ScoreList) -> Bool { lhs.elementsEqual(rhs) }

    /// How many scores are reported (have a value), counted over the stored arrays in place.
    public var reportedCount: Int { chunks.reduce(0) { $0 + $1.count(where: \.isReported) } }

    static let offsetMask = 0xFFFF_FFFF

    static func place(_ chunk: Int, _ offset: Int) -> Int { chunk << 32 | offset }

    /// Whether the chunk at `index` of both lists is one stored array: then its scores are equal
    /// without comparing them (an array shared by two values is never written in place).
    func sharesChunk(_ index: Int, with other: ScoreList) -> Bool {
        index < chunks.count && index < other.chunks.count && Self.sameStorage(chunks[index], other.chunks[index])
    }

    /// Whether two arrays are one stored array.
    static func sameStorage(_ a: [Score], _ b: [Score]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        return a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
    }
}
