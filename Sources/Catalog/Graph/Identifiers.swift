/// Typed ids: stable slugs, so links and exported data survive rebuilds and reordering.
public protocol EntityID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    var rawValue: String { get }
    init(rawValue: String)
}

extension EntityID {
    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

public struct OrganizationID: EntityID {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
public struct SeriesID: EntityID {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
public struct ModelID: EntityID {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
public struct BenchmarkID: EntityID {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}
public struct TableID: EntityID {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// Lowercase ASCII slugs: `DeepSeek-V2.5 1210` → `deepseek-v2.5-1210`, `Tülu 3` → `tulu-3` (accents
/// on Latin letters dropped), `τ²-Bench` → `tau2-bench` (`LatinFolding`). Other letters outside ASCII are kept as their Unicode
/// scalar in hex so that Chinese names still get distinct, safe slugs.
public enum Slug {
    /// Longest slug in UTF-8 bytes, before a `-2` suffix: far below the 255 bytes of a file name.
    public static let maxBytes = 80

    public static func make(_ text: String) -> String {
        shortened(full(text), name: text, maxBytes: maxBytes)
    }

    /// `slug` when it fits in `maxBytes`, else its start plus `-` and a hash of the whole `name`:
    /// the same name always gets the same slug, and names that differ only past the cut do not
    /// share one. Slugs are ASCII, so bytes and characters are the same.
    public static func shortened(_ slug: String, name: String, maxBytes: Int) -> String {
        guard slug.utf8.count > maxBytes else { return slug }
        let hash = fnv1aHex(name)
        var start = String(slug.prefix(maxBytes - hash.count - 1))
        while start.hasSuffix("-") || start.hasSuffix(".") { start.removeLast() }
        return start.isEmpty ? hash : start + "-" + hash
    }

    /// 32-bit FNV-1a of the UTF-8 bytes, as 8 hex digits: short, stable across runs and platforms.
    public static func fnv1aHex(_ text: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    private static func full(_ text: String) -> String {
        // Most names are ASCII: read as bytes, without a string per character (a hot spot of
        // enrichment, which makes a slug for every model, table and benchmark).
        // `Tülu 3 8B` → `tulu-3-8b`, `τ-Bench` → `tau-bench`, as its keys (`NameKey`) fold them too.
        let plain = LatinFolding.folded(text)
        return asciiFull(plain) ?? scalarFull(plain)
    }

    /// `full`, scalar by scalar: any text.
    static func scalarFull(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        var lastWasWide = false
        for (index, scalar) in scalars.enumerated() {
            let isDigit = ("0"..."9").contains(scalar)
            let wide = !scalar.isASCII && scalar.properties.isAlphabetic
            if scalar.isASCII, scalar.properties.isAlphabetic || isDigit {
                out += String(scalar).lowercased()
            } else if scalar == ".", index > 0, index + 1 < scalars.count,
                ("0"..."9").contains(scalars[index - 1]), ("0"..."9").contains(scalars[index + 1])
            {
                out += "."
            } else if scalar == "+" {
                out += out.isEmpty || out.hasSuffix("-") ? "plus" : "-plus"
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // `Humanity's` → `humanitys`
            } else if wide {
                if !out.isEmpty, !out.hasSuffix("-"), !lastWasWide { out += "-" }
                out += "u" + String(scalar.value, radix: 16)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
            lastWasWide = wide
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "item" : out
    }

    /// `full` of an ASCII text, byte by byte; nil when the text is not ASCII.
    static func asciiFull(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let dash = UInt8(ascii: "-")
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            for (index, byte) in bytes.enumerated() {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): out.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): out.append(byte)
                case UInt8(ascii: ".")
                where index > 0 && index + 1 < bytes.count
                    && isDigit(bytes[index - 1]) && isDigit(bytes[index + 1]):
                    out.append(byte)
                case UInt8(ascii: "+"): out += (out.isEmpty || out.last == dash ? "plus" : "-plus").utf8
                case UInt8(ascii: "'"): continue
                default: if !out.isEmpty, out.last != dash { out.append(dash) }
                }
            }
            while out.last == dash { out.removeLast() }
            return out.isEmpty ? "item" : String(decoding: out, as: UTF8.self)
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}

/// Hands out slugs that are unique among those handed out: a clash gets `-2`, `-3`, ... in the
/// order names arrive, so ids are stable as long as the documents are. The site's page slugs use
/// it too, with their own base rule. `index` is never handed out: it names the listing page of
/// every folder of pages (`models/index.html`), so a model named `index` gets `index-2`.
public struct UniqueSlugs: Equatable, Sendable {
    private var used: Set<String> = ["index"]
    /// The next suffix to try per base: suffixes below it are all taken, so a name written many
    /// times does not retry them all (that would be quadratic in the repetitions).
    private var nextSuffix: [String: Int] = [:]

    public init() {}

    /// `Slug.make(name)`, made unique.
    mutating func claim(_ name: String) -> String { claim(slug: Slug.make(name)) }

    /// `base` if not handed out yet, else `base-2`, `base-3`, ...
    public mutating func claim(slug base: String) -> String {
        var slug = base
        var suffix = nextSuffix[base] ?? 2
        while used.contains(slug) {
            slug = "\(base)-\(suffix)"
            suffix += 1
        }
        if slug != base { nextSuffix[base] = suffix }
        used.insert(slug)
        return slug
    }
}
