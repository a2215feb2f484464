// Template fields of the reader's pages: the front door, compare and 404 (see
// PageViews+TemplateFields.swift for why each view has a switch).

extension NotFoundPageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "links": .objects(self.links)
        default: nil
        }
    }
}

extension FrontDoorView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "counts": .objects(self.counts)
        case "series": .objects(self.series)
        case "hasSeries": .flag(self.hasSeries)
        case "allSeries": .text(self.allSeries)
        case "hasAllSeries": .flag(self.hasAllSeries)
        case "seriesIndexHref": .text(self.seriesIndexHref)
        case "benchmarks": .objects(self.benchmarks)
        case "hasBenchmarks": .flag(self.hasBenchmarks)
        case "compareHref": .text(self.compareHref)
        default: nil
        }
    }
}

extension CountView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "number": .text(self.number)
        case "label": .text(self.label)
        case "href": .text(self.href)
        case "hasHref": .flag(self.hasHref)
        default: nil
        }
    }
}

extension LinkWithDetail: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "link": .object(self.link)
        case "detail": .text(self.detail)
        default: nil
        }
    }
}

extension ComparePageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "modelListHref": .text(self.modelListHref)
        default: nil
        }
    }
}
