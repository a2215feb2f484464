import Catalog
import Markdown

extension CatalogPages {
    /// `series/<id>.html`: summary, models, results tables, citations and a link to the section.
    func seriesPage(_ series: Series) -> SeriesPageView {
        let models = series.models.compactMap { catalog.model($0) }.sorted(by: Self.releaseOrder).map(modelRow)
        let tables = series.resultsTables.compactMap { catalog.table($0) }.map { table in
            let context = table.headingPath.dropFirst().dropLast().joined(separator: " › ")
            return ResultsTableLink(
                title: table.title, context: context, hasContext: !context.isEmpty,
                href: sources.href(for: table.source, depth: Self.depth) ?? "", source: sources.paths(table.source))
        }
        let citations = series.citations.map { CitationView(label: $0.label, url: $0.url) }
        let facts: [Fact?] = [
            fact("Organization", link(series.organization)),
            fact("Released", Format.releaseSpan(series.releaseSpan(in: catalog))),
            fact("Models", Format.counted(series.models.count, "model")),
        ]
        return SeriesPageView(
            chrome: chrome(series.name + " (series)", .series), name: series.name,
            summary: series.summary, hasSummary: !series.summary.isEmpty, facts: facts.compactMap { $0 },
            models: models, hasModels: !models.isEmpty, tables: tables, hasTables: !tables.isEmpty,
            citations: citations, hasCitations: !citations.isEmpty, section: sectionLink(series))
    }

    /// `organizations/<id>.html`: the organization's series and models.
    func organizationPage(_ organization: Organization) -> OrganizationPageView {
        let series = catalog.series.filter { $0.organization == organization.id }.map(seriesRow)
        let models = catalog.models(of: organization.id).sorted(by: Self.releaseOrder).map(modelRow)
        let aliases = organization.aliases.joined(separator: ", ")
        let website = EntityLink(name: organization.url ?? "", href: organization.url.flatMap(SafeURL.check) ?? "")
        let facts: [Fact?] = [fact("Also known as", aliases), fact("Website", website)]
        return OrganizationPageView(
            chrome: chrome(organization.name + " (organization)", .organizations), name: organization.name,
            facts: facts.compactMap { $0 }, series: series, hasSeries: !series.isEmpty,
            models: models, hasModels: !models.isEmpty)
    }

    /// The series' `##` section page; empty when the series has no section.
    private func sectionLink(_ series: Series) -> EntityLink {
        guard let section = series.section,
            let slug = sources.sectionSlug(path: section.path, line: section.location.line)
        else { return EntityLink(name: "", href: "") }
        let href = PageLinks.up(Self.depth) + SiteRenderer.sectionsFolder + "/" + slug + ".html"
        return EntityLink(name: section.title, href: href)
    }

    /// Oldest release first, models without a date last, then by name.
    static func releaseOrder(_ a: Model, _ b: Model) -> Bool {
        switch (a.release?.value, b.release?.value) {
        case (let x?, let y?) where x < y || y < x: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.name.precedesInUTF8(b.name)
        }
    }
}
