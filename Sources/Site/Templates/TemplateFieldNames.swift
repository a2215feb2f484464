import Markdown

/// Every field a page view answers (`field(_:)` in PageViews+TemplateFields, +CatalogFields and
/// +ReaderFields), so that a user's template naming none of them (`{{titel}}`, which renders as
/// nothing, as Mustache specifies) is warned about. Tests keep it equal to the views' fields.
enum TemplateFieldNames {
    static let all: Set<String> = [
        "aliases", "allSeries", "anchor", "architecture", "benchmark", "benchmarks", "blocks", "browse",
        "canonicalURL", "category", "chart", "chrome", "citations", "compareHref", "context", "counts",
        "data", "description", "detail", "direction", "disagreement", "documentTitle", "documents", "facts",
        "faviconHref", "feedHref", "fileName", "frontDoor", "hasAllSeries", "hasBenchmarks", "hasBrowse",
        "hasCanonical", "hasCitations", "hasContext", "hasData", "hasDescription", "hasDisagreement",
        "hasFeed", "hasHref", "hasLeadNote", "hasLeaderboards", "hasMetrics", "hasModels", "hasMoreSources",
        "hasNav", "hasNotes", "hasOtherPlaces", "hasProseColumn", "hasScores", "hasSearch", "hasSections",
        "hasSeries", "hasSummary", "hasTables", "hasTimelineNote", "homeHref", "href", "html", "intro",
        "isCurrent", "isReported", "isTable", "label", "language", "lead", "leadNote", "leaderboards", "link",
        "links", "location", "metrics", "model", "modelCount", "modelListHref", "models", "moreSources",
        "name", "nav", "next", "noIndex", "note", "notes", "number", "omitsOrganization", "omitsSeries",
        "openGraphType", "organization", "otherPlaces", "otherPlacesHref", "parameters", "parametersSortKey",
        "position", "previous", "rank", "release", "releaseSortKey", "releaseSpan", "rootHref", "rows",
        "scale", "scoreCount", "scoreSummary", "scores", "section", "sections", "series", "seriesCount",
        "seriesIndexHref", "setting", "showsTitle", "siteTitle", "sortKey", "source", "sourceText",
        "standing", "stylesheetHref", "subject", "summary", "tables", "text", "timeline", "timelineNote",
        "title", "unrankedNote", "url", "value",
    ]
}

extension TemplateSet {
    /// Warnings for the variables and sections of a user's template that name no field of any
    /// page view, at the tag, with the likely field: `{{titel}}` renders as nothing on every page.
    static func unknownFields(in text: String, path: String) -> [Diagnostic] {
        let tags = TemplateTags(text)
        var warned: Set<String> = []
        return tags.tags.compactMap { tag -> Diagnostic? in
            guard tag.sigil == nil || "#^&{".contains(tag.sigil!) else { return nil }
            let name = tag.sigil == "{" && tag.name.hasSuffix("}") ? String(tag.name.dropLast()) : tag.name
            // `.` is the current value; `.title` and `a.b` start with a field's name. A name with
            // parentheses is a transform of swift-mustache's (`uppercased(title)`): left to it.
            guard let first = name.split(separator: ".").first.map(String.init), !name.contains("("),
                !TemplateFieldNames.all.contains(first), warned.insert(first).inserted
            else { return nil }
            let (line, column) = tags.position(of: tag.offset)
            let suggestion = TemplateFieldNames.all.sorted().first { isTypo($0, of: first) }
            return Diagnostic(
                .warning, at: SourceLocation(path: path, line: line, column: column),
                "\(tag.quoted) names no field of any page, so "
                    + (tag.sigil == "#"
                        ? "its section never renders"
                        : tag.sigil == "^" ? "its section always renders" : "it renders as nothing")
                    + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""))
        }
    }
}
