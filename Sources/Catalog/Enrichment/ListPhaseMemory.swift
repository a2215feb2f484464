import Markdown

/// The documents' outlines and the cataloguing of their list tables, kept for the next enrichment
/// of a long-running process (`atlas serve`): an unchanged document's outline and findings are
/// taken as they were, and the cataloguing is done again only when an edit reaches what it reads.
struct ListPhaseMemory {
    var config: CatalogConfig
    var outlines: [DocumentOutline]
    var findings: [[Diagnostic]]
    /// The run once the list tables were catalogued, the sections attached and the family names noted.
    var catalogued: EnrichmentRun
    /// What cataloguing added to the run's diagnostics (after the documents' own findings).
    var listDiagnostics: [Diagnostic]

    /// Whether cataloguing these outlines gives what it gave last time, `changed` being the
    /// documents that differ from last time's (the others are the same): where one changed, the
    /// same sections (headings, places, summaries, citations, images) and list tables, with edits
    /// only in tables that are neither list tables nor have a column of sizes (what
    /// `catalogueModels`, `attachSections` and `familyNames` read), before and after.
    func catalogues(_ outlines: [DocumentOutline], changed: [Int]) -> Bool {
        let lists = ListTableReader(vocabulary: config.vocabulary)
        let roles = TableRoles(vocabulary: config.vocabulary)
        return changed.allSatisfy { index in
            Self.sameForCataloguing(self.outlines[index], outlines[index], lists: lists, roles: roles)
        }
    }

    private static func sameForCataloguing(
        _ old: DocumentOutline, _ new: DocumentOutline, lists: ListTableReader, roles: TableRoles
    ) -> Bool {
        guard old.path == new.path, old.title == new.title, old.sections.count == new.sections.count else {
            return false
        }
        return zip(old.sections, new.sections).allSatisfy { old, new in
            var (oldSection, newSection) = (old, new)
            (oldSection.tables, newSection.tables) = ([], [])
            guard oldSection == newSection, old.tables.count == new.tables.count else { return false }
            return zip(old.tables, new.tables).allSatisfy { old, new in
                if old == new { return true }
                let samePlace = old.headingPath == new.headingPath && old.location == new.location
                guard samePlace, old.table.header == new.table.header else { return false }
                return isInert(old.table, lists: lists, roles: roles) && isInert(new.table, lists: lists, roles: roles)
            }
        }
    }

    /// A table cataloguing passes over: no list table, and no column of sizes.
    private static func isInert(_ table: Table, lists: ListTableReader, roles: TableRoles) -> Bool {
        let headerRoles = TableRole.sizingUnheadedColumns(table.header.map { roles.role(of: $0.text) }, of: table)
        return (lists.entries(of: table) ?? []).isEmpty && !headerRoles.contains(.totalParameters)
    }
}
