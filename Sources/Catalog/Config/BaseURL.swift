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
        guard Self.isHost(host) else {
            throw BaseURLError("`\(address)` has no valid host name (and port, 1 to 65535) after \(scheme)")
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

    /// A host name or address, and a port from 1 to 65535 after it if any (`a.example:8080`,
    /// `[::1]:80`): a browser refuses a URL with port 99999 or no host.
    static func isHost(_ authority: Substring) -> Bool {
        guard !authority.isEmpty, authority.allSatisfy(isHostCharacter) else { return false }
        let afterBracket = authority.lastIndex(of: "]").map { authority.index(after: $0) } ?? authority.startIndex
        guard let colon = authority[afterBracket...].firstIndex(of: ":") else {
            return authority.first != "[" || authority.last == "]"
        }
        let name = authority[..<colon]
        let port = authority[authority.index(after: colon)...]
        return !name.isEmpty && !port.isEmpty && port.count <= 5 && port.allSatisfy(\.isNumber)
            && (1...65535).contains(Int(port) ?? 0)
    }

    /// An organization's link: an http or https URL with a host (a path, query and fragment may
    /// follow), or a mailto address. Nil when it is one; else what is wrong with it. A link
    /// without a host (`https://`, `//host`, `\\host`, `/path`) left the site or broke on it.
    public static func linkProblem(_ url: String) -> String? {
        if url.contains(where: { $0.isWhitespace || $0 == "\\" || $0 == "\"" || $0 == "<" || $0 == ">" }) {
            return "`\(url)` holds a space, a backslash, a quote or an angle bracket; escape it (%20)"
        }
        let lowered = url.lowercased()
        if lowered.hasPrefix("mailto:") { return url.count > "mailto:".count ? nil : "`\(url)` has no address" }
        guard let scheme = ["https://", "http://"].first(where: { lowered.hasPrefix($0) }) else {
            return "`\(url)` is not an http, https or mailto URL; give one such as https://example.org/"
        }
        let rest = url.dropFirst(scheme.count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return isHost(authority) ? nil : "`\(url)` has no valid host name (and port, 1 to 65535) after \(scheme)"
    }

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
