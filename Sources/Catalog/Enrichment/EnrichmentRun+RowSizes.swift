import Foundation
import Markdown

extension EnrichmentRun {
    /// Notes, before any results table is read, which names come with which sizes in a
    /// parameter column (`| DeepSeek-V3 | 671B |`). A name given one size is that model; a name
    /// given several (`Coder-Base` 7B and 33B) stands for a family, and each row names the model
    /// of its size. Decided over all tables at once, so the order of sections does not matter.
    mutating func noteRowSizes() {
        let roles = TableRoles(vocabulary: config.vocabulary)
        var roleMemo = TextMemo<TableRole>()  // the copies of a table repeat its headers
        var sizes: [NameKey: Set<Double>] = [:]
        for outline in outlines {
            for section in outline.sections {
                for placed in section.tables {
                    let headerRoles = placed.table.header.map { roleMemo($0.text, roles.role(of:)) }
                    guard let sizeColumn = headerRoles.firstIndex(of: .totalParameters) else { continue }
                    let nameColumn = headerRoles.firstIndex(of: .model) ?? headerRoles.firstIndex(of: .empty) ?? 0
                    guard nameColumn != sizeColumn else { continue }
                    for row in placed.table.rows {
                        guard let size = ValueParsers.parameters(row[sizeColumn].text) else { continue }
                        let name = ModelName(
                            parsing: row[nameColumn].text, makers: organizations.makerNames,
                            architectures: config.vocabulary.architectures)
                        sizes[models.key(name.core), default: []].insert(size.billions)
                    }
                }
            }
        }
        models.familyNames = Set(sizes.filter { $0.value.count > 1 }.keys)
    }
}
