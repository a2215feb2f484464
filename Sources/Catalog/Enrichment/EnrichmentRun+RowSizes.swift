import Foundation
import Markdown

extension EnrichmentRun {
    /// Which names come with which sizes in a parameter column (`| DeepSeek-V3 | 671B |`) or in
    /// parentheses after them (RULER's `Llama3.1 (70B)` and `Llama3.1 (8B)`), noted before any
    /// results table is read. A name given one size is that model; a name given several
    /// (`Coder-Base` 7B and 33B) stands for a family, and each row names the model of its size. Decided over all tables at once, so the order of sections does not matter. Reads
    /// only the outlines and the configuration: it runs while the list tables are catalogued.
    func familyNames() -> Set<NameKey> {
        let roles = TableRoles(vocabulary: config.vocabulary)
        let (makers, architectures) = (organizations.makerNames, config.vocabulary.architectures)
        // The copies of a table repeat its headers and names.
        var roleMemo = TextMemo<TableRole>()
        var keyMemo = TextMemo<NameKey>()
        var sizes: [NameKey: Set<Double>] = [:]
        for outline in outlines {
            for section in outline.sections {
                for placed in section.tables {
                    let headerRoles = TableRole.sizingUnheadedColumns(
                        placed.table.header.map { roleMemo($0.text, roles.role(of:)) }, of: placed.table)
                    let sizeColumn = headerRoles.firstIndex(of: .totalParameters)
                    let nameColumn = headerRoles.firstIndex(of: .model) ?? headerRoles.firstIndex(of: .empty) ?? 0
                    guard nameColumn != sizeColumn else { continue }
                    for row in placed.table.rows {
                        let text = row[nameColumn].nameText
                        // (Only names that end in `)` are parsed for a size in parentheses.)
                        let inName =
                            text.utf8.last == UInt8(ascii: ")")
                            ? ModelName(parsing: text, makers: makers, architectures: architectures) : nil
                        guard
                            let size = sizeColumn.flatMap({ ValueParsers.parameters(row[$0].text) })
                                ?? inName.flatMap({ ModelName.hasSize($0.core) ? nil : $0.parameters })
                        else { continue }
                        let key = keyMemo(text) { text in
                            models.key(ModelName(parsing: text, makers: makers, architectures: architectures).core)
                        }
                        sizes[key, default: []].insert(size.billions)
                    }
                }
            }
        }
        return Set(sizes.filter { $0.value.count > 1 }.keys)
    }
}
