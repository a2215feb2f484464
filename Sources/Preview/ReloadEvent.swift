import Foundation

/// One Server-Sent Event on `/_atlas/events`: what happened, the site generation and the errors.
///
/// Every event carries the whole state, so a page that missed one still ends up right: it reloads
/// when the generation differs from the one it was served at, and shows exactly the errors sent.
public struct ReloadEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Sent first on every connection.
        case state
        /// The site changed: pages reload.
        case reload
        /// The rebuild failed: pages show the errors over the last good site.
        case failed
        /// The rebuild succeeded with the same site as before a failure: pages drop the errors.
        case recovered
        /// The rebuild produced the same site: nothing to do.
        case unchanged
    }

    public var kind: Kind
    public var generation: Int
    public var errors: [String]

    init(kind: Kind, snapshot: PreviewSnapshot) {
        self.kind = kind
        self.generation = snapshot.generation
        self.errors = snapshot.errors
    }

    private struct Payload: Encodable {
        var generation: Int
        var errors: [String]
    }

    /// The event as sent on the wire; JSON keeps the data on one line.
    var frame: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(Payload(generation: generation, errors: errors))) ?? Data("{}".utf8)
        return "event: \(kind.rawValue)\ndata: \(String(decoding: data, as: UTF8.self))\n\n"
    }
}
