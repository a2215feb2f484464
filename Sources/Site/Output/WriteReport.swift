/// What one `OutputWriter.write` did, path by path (sorted).
public struct WriteReport: Sendable, Equatable {
    /// Files created or replaced because their bytes changed.
    public var written: [String] = []
    /// Files already on disk with the same bytes, left untouched.
    public var unchanged: [String] = []
    /// Files an earlier build wrote that this build no longer produces, deleted.
    public var removed: [String] = []
    /// Things the user should know that did not stop the write (files kept aside).
    public var notes: [String] = []

    public init(written: [String] = [], unchanged: [String] = [], removed: [String] = []) {
        self.written = written
        self.unchanged = unchanged
        self.removed = removed
    }

    /// `16 written, 0 unchanged, 0 removed`.
    public var counts: String { "\(written.count) written, \(unchanged.count) unchanged, \(removed.count) removed" }
}
