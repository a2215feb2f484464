import Catalog

/// The index the search box reads: every model, series, benchmark and organization with every
/// spelling of its name, written as `assets/search-index.js`.
///
/// A classic script that sets `window.atlasSearch`, not a JSON file: `fetch` and ES modules are
/// refused on `file://`, a `<script src>` is not.
enum SearchIndex {
    /// Path of the index inside the output folder.
    static let path = SiteRenderer.assetsFolder + "/search-index.js"

    /// One thing a reader can find; `href` is relative to the output folder.
    struct Entry: Equatable {
        var kind: EntityFolder
        var name: String
        var aliases: [String]
        var href: String
    }

    /// The entries of a catalog, kind by kind, each in id order (the graph is sorted), so the
    /// file is the same from run to run.
    static func entries(_ catalog: Catalog) -> [Entry] {
        func entry(_ kind: EntityFolder, _ id: some EntityID, _ name: String, _ aliases: [String]) -> Entry {
            var seen: Set<String> = [name]
            let others = aliases.filter { seen.insert($0).inserted }
            return Entry(kind: kind, name: name, aliases: others, href: kind.href(id, depth: 0))
        }
        return catalog.models.map { entry(.models, $0.id, $0.name, $0.aliases) }
            + catalog.series.map { entry(.series, $0.id, $0.name, []) }
            + catalog.benchmarks.map { entry(.benchmarks, $0.id, $0.name, $0.aliases) }
            + catalog.organizations.map { entry(.organizations, $0.id, $0.name, $0.aliases) }
    }

    /// The script text for `entries`: `window.atlasSearch = {"entries": [...]};`.
    static func script(_ entries: [Entry]) -> String {
        let values = entries.map { entry in
            JSONValue.object([
                "kind": .string(entry.kind.rawValue), "name": .string(entry.name),
                "aliases": .strings(entry.aliases), "href": .string(entry.href),
            ])
        }
        let json = JSONValue.object(["entries": .array(values)]).compactText
        return "window.atlasSearch = " + javaScriptSafe(json.dropLast()) + ";\n"
    }

    static func script(_ catalog: Catalog) -> String { script(entries(catalog)) }

    /// A string as a JavaScript string literal, escaped as `script` escapes it.
    static func javaScriptString(_ text: String) -> String {
        javaScriptSafe(JSONValue.string(text).text.dropLast())
    }

    /// JSON made safe inside a script: `<` (so no `</script>` or `<!--`) and the two line
    /// separators JavaScript once refused in strings become `\u` escapes. The one place JS escaping
    /// happens; `<` and the separators occur only inside JSON strings, where the escape means the same.
    static func javaScriptSafe(_ json: Substring) -> String {
        var out: [UInt8] = []
        appendJavaScriptSafe(Array(json.utf8), to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `javaScriptSafe` on UTF-8 bytes (U+2028 and U+2029 are E2 80 A8 and E2 80 A9; E2 only ever
    /// starts a character, so the three bytes are found exactly).
    static func appendJavaScriptSafe(_ json: [UInt8], to out: inout [UInt8]) {
        out.reserveCapacity(out.count + json.count + json.count / 64)
        var index = 0
        while index < json.count {
            let byte = json[index]
            if byte == UInt8(ascii: "<") {
                out += #"\u003c"#.utf8
            } else if byte == 0xE2, index + 2 < json.count, json[index + 1] == 0x80,
                json[index + 2] == 0xA8 || json[index + 2] == 0xA9
            {
                out += (json[index + 2] == 0xA8 ? #"\u2028"# : #"\u2029"#).utf8
                index += 3
                continue
            } else {
                out.append(byte)
            }
            index += 1
        }
    }
}
