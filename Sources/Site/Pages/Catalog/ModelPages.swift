import Catalog

extension CatalogPages {
    /// `models/<id>.html`: what is known about one model, and every score it has.
    func modelPage(_ model: Model) -> ModelPageView {
        let shape = model.shape
        let facts: [Fact?] = [
            fact("Organization", link(model.organization)),
            fact("Series", link(model.series)),
            fact("Released", model.release?.value.description),
            fact("Parameters", Format.parameters(shape)),
            fact("Architecture", architecture(shape)),
            fact("Variant", model.variant?.rawValue),
            fact("Variant of", link(model.variantOf)),
            fact("Weights", model.openness?.value),
        ]
        let scores = ScoreRowGroups(catalog.scores(of: model.id)).groups.map { group in
            scoreRow(group, rank: "", subject: link(group.score.benchmark))
        }
        let notReported = scores.count { !$0.isReported }
        return ModelPageView(
            chrome: chrome(model.name + " (model)", .models), name: model.name, facts: facts.compactMap { $0 },
            notes: model.notes, hasNotes: !model.notes.isEmpty,
            aliases: model.aliases.isEmpty ? [model.name] : model.aliases,
            scores: scores, hasScores: !scores.isEmpty,
            scoreSummary: Format.counted(scores.count, "score")
                + (notReported > 0 ? ", \(notReported) not reported" : ""),
            standing: standingChart(model), compareHref: Self.compareHref(with: model.id))
    }

    /// `MoE (MLA+MoE)`: the architecture with its detail when both are known.
    private func architecture(_ shape: ModelShape) -> String? {
        switch (shape.architecture?.value, shape.architectureDetail?.value) {
        case (let kind?, let detail?): return "\(kind) (\(detail))"
        case (let kind?, nil): return kind
        case (nil, let detail?): return detail
        case (nil, nil): return nil
        }
    }

    /// The cell as written, or an en dash for a score that was not reported.
    static func valueText(_ score: Score) -> String {
        score.isReported || score.isBound ? score.raw : "–"
    }
}
