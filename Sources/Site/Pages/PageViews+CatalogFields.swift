// Template fields of the catalog pages: models, benchmarks, series, organizations, listings
// (see PageViews+TemplateFields.swift for why each view has a switch).

extension SourceLink: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "text": .text(self.text)
        case "location": .text(self.location)
        case "href": .text(self.href)
        case "hasHref": .flag(self.hasHref)
        default: nil
        }
    }
}

extension Fact: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(self.label)
        case "value": .object(self.value)
        default: nil
        }
    }
}

extension ScoreRow: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "rank": .text(self.rank)
        case "subject": .object(self.subject)
        case "setting": .text(self.setting)
        case "value": .text(self.value)
        case "isReported": .flag(self.isReported)
        case "unrankedNote": .text(self.unrankedNote)
        case "source": .object(self.source)
        case "moreSources": .objects(self.moreSources)
        case "hasMoreSources": .flag(self.hasMoreSources)
        case "otherPlaces": .text(self.otherPlaces)
        case "otherPlacesHref": .text(self.otherPlacesHref)
        case "hasOtherPlaces": .flag(self.hasOtherPlaces)
        case "disagreement": .text(self.disagreement)
        case "hasDisagreement": .flag(self.hasDisagreement)
        case "sortKey": .text(self.sortKey)
        default: nil
        }
    }
}

extension LeaderboardView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(self.title)
        case "note": .text(self.note)
        case "rows": .objects(self.rows)
        case "chart": .text(self.chart)
        default: nil
        }
    }
}

extension MetricView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "name": .text(self.name)
        case "scale": .text(self.scale)
        case "direction": .text(self.direction)
        default: nil
        }
    }
}

extension ModelRow: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "model": .object(self.model)
        case "organization": .object(self.organization)
        case "series": .object(self.series)
        case "release": .text(self.release)
        case "parameters": .text(self.parameters)
        case "architecture": .text(self.architecture)
        case "scoreCount": .text(self.scoreCount)
        case "releaseSortKey": .text(self.releaseSortKey)
        case "parametersSortKey": .text(self.parametersSortKey)
        default: nil
        }
    }
}

extension BenchmarkRow: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "benchmark": .object(self.benchmark)
        case "category": .text(self.category)
        case "metrics": .text(self.metrics)
        case "scoreCount": .text(self.scoreCount)
        default: nil
        }
    }
}

extension SeriesRow: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "series": .object(self.series)
        case "organization": .object(self.organization)
        case "releaseSpan": .text(self.releaseSpan)
        case "modelCount": .text(self.modelCount)
        case "releaseSortKey": .text(self.releaseSortKey)
        default: nil
        }
    }
}

extension OrganizationRow: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "organization": .object(self.organization)
        case "seriesCount": .text(self.seriesCount)
        case "modelCount": .text(self.modelCount)
        default: nil
        }
    }
}

extension ResultsTableLink: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(self.title)
        case "context": .text(self.context)
        case "hasContext": .flag(self.hasContext)
        case "href": .text(self.href)
        case "source": .text(self.source)
        default: nil
        }
    }
}

extension CitationView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(self.label)
        case "url": .text(self.url)
        case "href": .text(self.href)
        case "hasHref": .flag(self.hasHref)
        default: nil
        }
    }
}

extension ModelPageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "name": .text(self.name)
        case "facts": .objects(self.facts)
        case "notes": .text(self.notes)
        case "hasNotes": .flag(self.hasNotes)
        case "aliases": .texts(self.aliases)
        case "scores": .objects(self.scores)
        case "hasScores": .flag(self.hasScores)
        case "scoreSummary": .text(self.scoreSummary)
        case "standing": .text(self.standing)
        case "compareHref": .text(self.compareHref)
        default: nil
        }
    }
}

extension BenchmarkPageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "name": .text(self.name)
        case "facts": .objects(self.facts)
        case "aliases": .texts(self.aliases)
        case "metrics": .objects(self.metrics)
        case "hasMetrics": .flag(self.hasMetrics)
        case "leaderboards": .objects(self.leaderboards)
        case "hasLeaderboards": .flag(self.hasLeaderboards)
        case "lead": .objects(self.lead)
        case "leadNote": .text(self.leadNote)
        case "hasLeadNote": .flag(self.hasLeadNote)
        default: nil
        }
    }
}

extension SeriesPageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "name": .text(self.name)
        case "summary": .text(self.summary)
        case "hasSummary": .flag(self.hasSummary)
        case "facts": .objects(self.facts)
        case "models": .objects(self.models)
        case "hasModels": .flag(self.hasModels)
        case "tables": .objects(self.tables)
        case "hasTables": .flag(self.hasTables)
        case "citations": .objects(self.citations)
        case "hasCitations": .flag(self.hasCitations)
        case "section": .object(self.section)
        // Every model here is of this series: its table leaves that column out.
        case "omitsSeries": .flag(true)
        default: nil
        }
    }
}

extension OrganizationPageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "name": .text(self.name)
        case "facts": .objects(self.facts)
        case "series": .objects(self.series)
        case "hasSeries": .flag(self.hasSeries)
        case "models": .objects(self.models)
        case "hasModels": .flag(self.hasModels)
        // Every row here names this organization: its tables leave that column out.
        case "omitsOrganization": .flag(true)
        default: nil
        }
    }
}

extension ListingPageView: TemplateFields where Row: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "title": .text(self.title)
        case "summary": .text(self.summary)
        case "rows": .objects(self.rows)
        default: nil
        }
    }
}
