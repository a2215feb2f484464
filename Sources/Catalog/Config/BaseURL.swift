/// The address a site is published at (`https://example.github.io/atlas/`), from `baseURL` in
/// `atlas.yml` or `atlas build --base-url`. With it the site gets a sitemap, canonical links and
/// a feed, which need absolute addresses; without it every link stays relative.
public struct BaseURL: Hashable, Sendable, CustomStringConvertible {
    /// The address with a lowercase scheme, always ending with `/`, so page paths append to it.
    public let text: String

    /// Checks `address`: an http or https URL with a host, no query, fragment, user or spaces.
    /// The message of the error says what is wrong, for a diagnostic at the value's place.
    public init(validating address: String) throws(BaseURLError) {
        let lowered = address.lowercased()
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else {
            throw BaseURLError("`\(address)` is not an http or https URL; give one such as https://example.org/atlas/")
        }
        let rest = address.dropFirst(scheme.count)
        let host = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(host.count)
        guard !host.isEmpty, host.allSatisfy(Self.isHostCharacter) else {
            throw BaseURLError("`\(address)` has no valid host name after \(scheme)")
        }
        if let bad = path.first(where: { !Self.isPathCharacter($0) }) {
            let what = bad == "?" ? "a query" : bad == "#" ? "a fragment" : "the character `\(bad)`"
            throw BaseURLError("`\(address)` has \(what); give the folder the site is served from")
        }
        text = scheme + host + path + (path.hasSuffix("/") ? "" : "/")
    }

    /// The absolute address of `path` (relative to the site root): `index.html` files are given
    /// as their folder, the address hosts serve them at.
    public func absolute(_ path: String) -> String {
        if path == "index.html" { return text }
        if path.hasSuffix("/index.html") { return text + path.dropLast("index.html".count) }
        return text + path
    }

    public var description: String { text }

    private static func isHostCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || ".-:[]".contains(character))
    }

    /// Unreserved and sub-delimiter characters and `%` escapes; no `?`, `#`, spaces or quotes.
    private static func isPathCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "/-._~%!$&'()*+,;=:@".contains(character))
    }
}

/// Why a base URL was refused.
public struct BaseURLError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
