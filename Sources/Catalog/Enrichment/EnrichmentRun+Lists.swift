import Foundation
import Markdown

extension EnrichmentRun {
    /// Catalogues models from the list tables: overview lists (several series) first, then the
    /// lists of single sections, which must agree with the overview.
    mutating func catalogueModels() {
        let reader = ListTableReader(vocabulary: config.vocabulary)
        for (documentIndex, outline) in outlines.enumerated() {
            for (sectionIndex, section) in outline.sections.enumerated() {
                for (position, placed) in section.tables.enumerated() {
                    guard let entries = reader.entries(of: placed.table), !entries.isEmpty else { continue }
                    var names: [String] = []
                    var seen: Set<String> = []
                    for entry in entries where seen.insert(entry.series).inserted { names.append(entry.series) }
                    listTables.append(
                        ListTableUse(
                            key: SectionKey(document: documentIndex, section: sectionIndex), position: position,
                            table: placed.table, entries: entries, seriesNames: names,
                            holdsScores: reader.holdsScores(placed.table)))
                }
            }
        }
        let overviews = listTables.filter { $0.seriesNames.count > 1 }
        let sectionLists = listTables.filter { $0.seriesNames.count <= 1 }
        // Worked out once: asked of every listed name that ends in parentheses.
        let makers = leadingMakerNames
        for list in overviews + sectionLists {
            for entry in list.entries { catalogue(entry, path: outlines[list.key.document].path, makers: makers) }
        }
        // Each section list is compared with the overviews that name its series only.
        let index = Checks.OverviewIndex(overviews, models: models)
        for list in sectionLists {
            diagnostics += index.disagreements(of: list, models: models)
        }
    }

    private mutating func catalogue(_ entry: ListTableReader.Entry, path: String, makers: [String]) {
        let source = Provenance(entry.modelCell.location)
        var seriesID: SeriesID?
        if !entry.series.isEmpty {
            seriesID = self.seriesID(named: entry.series)
            if seriesID == nil {
                let id = SeriesID(rawValue: seriesSlugs.claim(entry.series))
                var new = Series(id: id, name: entry.series, source: source)
                new.organization = organizations.organization(forModel: entry.series, hints: [])
                addSeries(new)
                seriesID = new.id
            }
        }
        // Only a name that ends in parentheses is written with more than the results tables
        // name (most are not: taken apart, each cost a hundred allocations).
        let parsed =
            entry.model.hasSuffix(")")
            ? ModelName(parsing: entry.model, makers: makers, architectures: config.vocabulary.architectures)
            : nil
        let name = parsed.map { Self.catalogueName(entry.model, $0) } ?? entry.model
        let id = models.catalogue(name, source: source)
        models.noteSpelling(entry.model, of: id)
        // What the parentheses said of the model's shape (`(Dense-67B)`, `(32B)`).
        if let parsed, name != entry.model { models.record(parsed, on: id, source: source) }
        let release = ValueParsers.release(entry.release)
        if release == nil, !entry.release.isEmpty, let cell = entry.releaseCell {
            diagnostics.append(
                Diagnostic(
                    .warning, at: cell.location,
                    "cannot read '\(entry.release)' as a release date; write e.g. 'November 2023', '2025' or 'September-December 2024'"
                ))
        }
        models.update(id) { model in
            model.series = model.series ?? seriesID
            if model.release == nil, let release, let cell = entry.releaseCell {
                model.release = Sourced(release, source: Provenance(cell.location))
            }
            if model.notes.isEmpty { model.notes = entry.notes }
            if model.organization == nil, let seriesID {
                model.organization = organizations.organization(forModel: seriesID.rawValue, hints: [])
            }
        }
    }

    /// The name a list's model is catalogued under: the one the results tables resolve it to.
    /// There a remark (`(reported)`), the card's own mark (`Zeta-R1-7B (ours)`), a size
    /// (`LIMO (32B)`) or a shape (`DeepSeek-V1 (Dense-67B)`) in parentheses after the name is no
    /// part of it; catalogued with them, the model was made twice. A maker (`(OpenAI)`) stays.
    static func catalogueName(_ written: String, _ parsed: ModelName) -> String {
        let identity = parsed.identity
        guard parsed.makerHints.isEmpty, identity != written,
            written.hasPrefix(identity), written.dropFirst(identity.count).trimmed.first == "("
        else { return written }
        return identity
    }

    /// Gives each `##` section its series: the one its list table names, else the one its
    /// heading names. Sections with neither are kept as other sections (overviews).
    mutating func attachSections() {
        let listsBySection = Dictionary(grouping: listTables, by: \.key)
        var seriesIndex: [SeriesID: Int] = [:]
        for (index, series) in series.enumerated() where seriesIndex[series.id] == nil {
            seriesIndex[series.id] = index
        }
        for (documentIndex, outline) in outlines.enumerated() {
            for sectionIndex in outline.sections.indices {
                let key = SectionKey(document: documentIndex, section: sectionIndex)
                let lists = listsBySection[key] ?? []
                var id: SeriesID?
                if let list = lists.first(where: { $0.seriesNames.count == 1 }) {
                    id = seriesID(named: list.seriesNames[0])
                } else if lists.isEmpty, outline.sections[sectionIndex].level == 2 {
                    id = seriesID(named: outline.sections[sectionIndex].title)
                }
                guard let id, let index = seriesIndex[id], series[index].section == nil else {
                    otherSections.append(sectionRef(key))
                    continue
                }
                let section = outline.sections[sectionIndex]
                sectionSeries[key] = id
                series[index].section = sectionRef(key)
                series[index].summary = section.summary
                series[index].citations = section.citations
                series[index].images = section.images
            }
        }
    }
}
