import Catalog

/// One number, one row: scores of a model on a benchmark under one setting that give the same
/// value (one number reported in several tables) are one row with every source; scores of the
/// same model, benchmark and setting that give different values are each marked as disagreeing.
struct ScoreRowGroups {
    struct Group {
        /// The first score, in the order given; the row shows its value.
        var score: Score
        /// Every score the row stands for, the first included, in the order given.
        var all: [Score]
        /// The other values written for the same model, benchmark and setting: the first
        /// `shownValues` of them, and how many more there are.
        var otherValues: [String]
        var moreValues = 0
    }

    /// How many other values a row names. A model given a thousand values of one benchmark in
    /// a thousand tables made every row list all the others: pages and memory grew with the
    /// square of the tables (4,000 tables: a 109 MB page and 1.2 GB).
    static let shownValues = 3

    private(set) var groups: [Group] = []

    init(_ scores: [Score]) {
        var index: [Key: Int] = [:]
        var values: [Topic: [String]] = [:]
        for score in scores {
            let key = Key(score)
            if let at = index[key] {
                groups[at].all.append(score)
                continue
            }
            index[key] = groups.count
            groups.append(Group(score: score, all: [score], otherValues: []))
            if score.isReported { values[Topic(score), default: []].append(score.raw) }
        }
        for position in groups.indices where groups[position].score.isReported {
            let own = groups[position].score.raw
            let written = values[Topic(groups[position].score)] ?? []
            var others: [String] = []
            for raw in written where raw != own {
                others.append(raw)
                if others.count == Self.shownValues { break }
            }
            groups[position].otherValues = others
            // Each value is written once in `written` (one group per value), the row's own among them.
            groups[position].moreValues = max(0, written.count - 1 - others.count)
        }
    }

    /// What one row stands for: model, benchmark, setting and value (not reported counts as one value).
    private struct Key: Hashable {
        var topic: Topic
        var value: Double?

        init(_ score: Score) {
            topic = Topic(score)
            value = score.value
        }
    }

    private struct Topic: Hashable {
        var model: ModelID
        var benchmark: BenchmarkID
        var setting: Setting

        init(_ score: Score) {
            model = score.model
            benchmark = score.benchmark
            setting = score.setting
        }
    }
}

extension CatalogPages {
    /// A row for a group of scores; `rank` and `subject` are the page's to choose. With
    /// `allPlaces`, a leaderboard's row shows the first `shownPlaces` sources and links to that
    /// page for the rest: a peer quoted by a hundred model cards would otherwise make every
    /// leaderboard row a hundred links long (most of a benchmark page's bytes at 100 cards).
    func scoreRow(
        _ group: ScoreRowGroups.Group, rank: String, subject: EntityLink, allPlaces: EntityLink? = nil
    ) -> ScoreRow {
        // Cut only where a page lists the rest: a model without a page keeps every place.
        let shown = allPlaces?.hasHref == true ? group.all.prefix(Self.shownPlaces) : group.all[...]
        let links = shown.map { sources.link(for: $0, depth: Self.depth) }
        let score = group.score
        let hidden = group.all.count - shown.count
        var row = ScoreRow(
            rank: rank, subject: subject, setting: score.setting.description, value: Self.valueText(score),
            isReported: score.isReported, unrankedNote: score.isBound ? "a bound, not ranked" : "not reported",
            source: links[0], moreSources: Array(links.dropFirst()),
            hasMoreSources: links.count > 1,
            disagreement: group.otherValues.isEmpty
                ? ""
                : "another table gives " + group.otherValues.joined(separator: ", ")
                    + (group.moreValues > 0 ? " and \(Format.counted(group.moreValues, "more value"))" : ""),
            hasDisagreement: !group.otherValues.isEmpty, sortKey: Format.sortKey(score.value))
        if hidden > 0, let allPlaces {
            row.otherPlaces = "and \(Format.counted(hidden, "more place"))"
            row.otherPlacesHref = allPlaces.href + "#scores"
            row.hasOtherPlaces = true
        }
        return row
    }

    /// How many places a leaderboard row lists before it links to the rest.
    static let shownPlaces = 3
}
