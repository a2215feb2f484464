import Catalog
import Markdown

// View models of the pages made from the model graph. As in PageViews.swift, every value is
// already formatted and every href is relative to the page; optional facts are flagged with
// stored `has...` properties, since templates see stored properties only (Mirror).

/// An entry of the site-wide navigation.
public struct NavLink: Sendable, Equatable {
    public var label: String
    public var href: String
    /// Whether the page showing the link belongs to it (`aria-current`).
    public var isCurrent: Bool
}

/// A link to a model, series, benchmark or organization page; `href` is empty when there is no page.
public struct EntityLink: Sendable, Hashable {
    public var name: String
    public var href: String
    public var hasHref: Bool

    init(name: String, href: String) {
        self.name = name
        self.href = href
        self.hasHref = !href.isEmpty
    }
}

/// Where a number was read, linked to the cell of the section page that shows it.
public struct SourceLink: Sendable, Equatable {
    /// For readers: `DeepSeek-V3 › Base Model › Standart benchmarks, row MMLU`.
    public var text: String
    /// For authors: `Content/x.md:541:163`.
    public var location: String
    public var href: String
    public var hasHref: Bool
}

/// One line of a page's fact list (`Released: December 2024`), linked when it names a page.
public struct Fact: Sendable, Equatable {
    public var label: String
    public var value: EntityLink
}

/// One score as a table row: on a model page `subject` is the benchmark, on a benchmark page the model.
public struct ScoreRow: Sendable, Equatable {
    /// `1`, `2`, ... on leaderboards for reported scores; empty otherwise.
    public var rank: String
    public var subject: EntityLink
    /// `EM, 5-shot`, or empty.
    public var setting: String
    /// The cell as written, or `–` when the score was not reported.
    public var value: String
    public var isReported: Bool
    /// Why an unreported row has no rank: `not reported`, or `a bound, not ranked` (`< 5%`).
    public var unrankedNote = "not reported"
    /// Where the value was written; the same value written in other tables is in `moreSources`.
    public var source: SourceLink
    public var moreSources: [SourceLink] = []
    public var hasMoreSources = false
    /// On a leaderboard, where more tables wrote the value than it shows: `and 97 more places`,
    /// linked to the model page's scores, which list them all.
    public var otherPlaces = ""
    public var otherPlacesHref = ""
    public var hasOtherPlaces = false
    /// `another table gives 58.7` when the same model, benchmark and setting have other values.
    public var disagreement = ""
    public var hasDisagreement = false
    /// The value as a plain number for sorting (`91.8`), empty when not reported (sorted last).
    public var sortKey = ""
}

/// The scores of one benchmark under one setting, best first.
public struct LeaderboardView: Sendable, Equatable {
    /// The setting (`EM, 5-shot`) or "Setting not stated".
    public var title: String
    /// `higher is better` or `lower is better`, with the metric's scale.
    public var note: String
    public var rows: [ScoreRow]
    /// An SVG bar chart of the reported scores (made by `Charts`, which escapes its text), or empty.
    public var chart: String = ""
}

/// A metric as a benchmark page lists it.
public struct MetricView: Sendable, Equatable {
    public var name: String
    public var scale: String
    public var direction: String
}

/// A model as a row of a series, organization or listing table.
public struct ModelRow: Sendable, Equatable {
    public var model: EntityLink
    public var organization: EntityLink
    public var series: EntityLink
    public var release: String
    /// `671B total / 37B active`, or empty.
    public var parameters: String
    public var architecture: String
    /// How many scores the model has, reported or not.
    public var scoreCount: String
    /// `202501` for January 2025 (`202500` for a bare year), so releases sort by date; empty when unknown.
    public var releaseSortKey = ""
    /// Total parameters in billions, else active ones, for sorting; empty when unknown.
    public var parametersSortKey = ""
}

/// A benchmark as a row of the benchmark listing.
public struct BenchmarkRow: Sendable, Equatable {
    public var benchmark: EntityLink
    public var category: String
    /// `EM (percent, higher is better)`, ... joined.
    public var metrics: String
    public var scoreCount: String
}

/// A series as a row of an organization page or the series listing.
public struct SeriesRow: Sendable, Equatable {
    public var series: EntityLink
    public var organization: EntityLink
    public var releaseSpan: String
    public var modelCount: String
    /// The first release as `202501`, for sorting; empty when unknown.
    public var releaseSortKey = ""
}

/// An organization as a row of the organization listing.
public struct OrganizationRow: Sendable, Equatable {
    public var organization: EntityLink
    public var seriesCount: String
    public var modelCount: String
}

/// A results table of a series, linked to the section page that shows it.
public struct ResultsTableLink: Sendable, Equatable {
    public var title: String
    /// The headings between the series' section and the table (`Base Model`), joined with `›`:
    /// what tells two tables with the same title apart.
    public var context: String
    public var hasContext: Bool
    public var href: String
    public var source: String
}

/// A source cited in a series' section; `url` is the citation's own (usually absolute) link, shown
/// as text; `href` is the same URL when it passes the scheme check (`SafeURL`), else empty.
public struct CitationView: Sendable, Equatable {
    public var label: String
    public var url: String
    public var href: String
    public var hasHref: Bool

    init(label: String, url: String) {
        self.label = label
        self.url = url
        self.href = SafeURL.check(url) ?? ""
        self.hasHref = !href.isEmpty
    }
}

/// `models/<id>.html`.
public struct ModelPageView: Sendable, Equatable {
    public var chrome: PageChrome
    public var name: String
    public var facts: [Fact]
    public var notes: String
    public var hasNotes: Bool
    /// Every spelling of the name seen in the sources.
    public var aliases: [String]
    public var scores: [ScoreRow]
    public var hasScores: Bool
    /// e.g. "24 scores, 2 not reported".
    public var scoreSummary: String
    /// An SVG of where the model stands among the models compared with it, or empty.
    public var standing = ""
    /// The compare page with this model picked.
    public var compareHref = ""
}

/// `benchmarks/<id>.html`.
public struct BenchmarkPageView: Sendable, Equatable {
    public var chrome: PageChrome
    public var name: String
    public var facts: [Fact]
    public var aliases: [String]
    public var metrics: [MetricView]
    public var hasMetrics: Bool
    /// The boards per setting, under "By setting"; none when they would repeat the lead board.
    public var leaderboards: [LeaderboardView]
    public var hasLeaderboards = false
    /// The board the page leads with (none when nothing was scored): each model once, at its best.
    public var lead: [LeaderboardView] = []
    /// Which measures the lead board leaves to the boards per setting, or empty.
    public var leadNote = ""
    public var hasLeadNote = false
}

/// `series/<id>.html`.
public struct SeriesPageView: Sendable, Equatable {
    public var chrome: PageChrome
    public var name: String
    public var summary: String
    public var hasSummary: Bool
    public var facts: [Fact]
    public var models: [ModelRow]
    public var hasModels: Bool
    public var tables: [ResultsTableLink]
    public var hasTables: Bool
    public var citations: [CitationView]
    public var hasCitations: Bool
    /// The series' `##` section, shown in full.
    public var section: EntityLink
}

/// `organizations/<id>.html`.
public struct OrganizationPageView: Sendable, Equatable {
    public var chrome: PageChrome
    public var name: String
    public var facts: [Fact]
    public var series: [SeriesRow]
    public var hasSeries: Bool
    public var models: [ModelRow]
    public var hasModels: Bool
}

/// `models/index.html` and the other listing pages: a title, a count and one table.
public struct ListingPageView<Row: Sendable & Equatable>: Sendable, Equatable {
    public var chrome: PageChrome
    public var title: String
    /// e.g. "90 models".
    public var summary: String
    public var rows: [Row]
}
