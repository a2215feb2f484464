import Foundation
import Testing

@testable import Catalog

/// docs/configuration.md must describe every key of atlas.yml, and name no key that is not one.
struct ConfigDocumentationTests {
    static let documentation: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/CatalogTests/<this file>
        return (try? String(contentsOf: url.appendingPathComponent("docs/configuration.md"), encoding: .utf8)) ?? ""
    }()

    /// The stored properties of a configuration value: they are its keys (each CodingKey is one).
    static func keys(of value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }

    @Test func everyKeyIsDocumented() {
        let keys =
            Self.keys(of: CatalogConfig()) + Self.keys(of: CatalogConfig.OrganizationRule(name: ""))
            + Self.keys(of: CatalogConfig.Vocabulary())
        #expect(keys.count > 25)
        for key in keys {
            let row = Self.documentation.contains("| `\(key)` |") || Self.documentation.contains("| [`\(key)`](")
            #expect(row, "docs/configuration.md has no row for `\(key)`")
        }
    }

    @Test func everyDocumentedKeyIsAKey() {
        let rows = Self.documentation.split(separator: "\n").filter { $0.hasPrefix("| `") || $0.hasPrefix("| [`") }
        let documented = rows.compactMap { row -> String? in
            guard let open = row.firstIndex(of: "`") else { return nil }
            let rest = row[row.index(after: open)...]
            return rest.firstIndex(of: "`").map { String(rest[..<$0]) }
        }
        #expect(documented.count > 25)
        let known = Set(
            Self.keys(of: CatalogConfig()) + Self.keys(of: CatalogConfig.OrganizationRule(name: ""))
                + Self.keys(of: CatalogConfig.Vocabulary()))
        for key in documented where !key.isEmpty && !key.contains(" ") {
            #expect(known.contains(key), "docs/configuration.md documents `\(key)`, which atlas.yml does not have")
        }
    }
}
