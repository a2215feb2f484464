/// What a load of the content folder read, told apart cheaply: equal fingerprints mean the same
/// documents (by the parse cache's versions, in the same order) and the same `atlas.yml` bytes.
///
/// `atlas serve` compares it with the last good build's to skip a rebuild that would change nothing.
public struct ContentFingerprint: Sendable, Equatable {
    /// Each markdown file's path and the version of its document, in load order.
    var documents: [DocumentVersion] = []
    /// `atlas.yml` as read: its bytes, nil when missing, or why it could not be read.
    var config: ConfigRead = .missing

    struct DocumentVersion: Sendable, Equatable {
        var path: String
        var version: UInt64
    }

    enum ConfigRead: Sendable, Equatable {
        case missing
        case bytes([UInt8])
        case unreadable(String)
    }
}
