// How templates read the page views: one switch per view, no reflection (TemplateValue.swift).
// Every stored property is a field, as Mirror showed them to swift-mustache.

extension PageChrome: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "language": .text(self.language)
        case "documentTitle": .text(self.documentTitle)
        case "siteTitle": .text(self.siteTitle)
        case "homeHref": .text(self.homeHref)
        case "stylesheetHref": .text(self.stylesheetHref)
        case "nav": .objects(self.nav)
        case "hasNav": .flag(self.hasNav)
        case "rootHref": .text(self.rootHref)
        case "hasSearch": .flag(self.hasSearch)
        case "faviconHref": .text(self.faviconHref)
        case "description": .text(self.description)
        case "hasDescription": .flag(self.hasDescription)
        case "openGraphType": .text(self.openGraphType)
        case "canonicalURL": .text(self.canonicalURL)
        case "hasCanonical": .flag(self.hasCanonical)
        case "feedHref": .text(self.feedHref)
        case "hasFeed": .flag(self.hasFeed)
        case "noIndex": .flag(self.noIndex)
        default: nil
        }
    }
}

extension SectionLink: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(self.title)
        case "href": .text(self.href)
        default: nil
        }
    }
}

extension BlockView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "html": .text(self.html)
        case "isTable": .flag(self.isTable)
        case "hasProseColumn": .flag(self.hasProseColumn)
        case "anchor": .text(self.anchor)
        case "label": .text(self.label)
        default: nil
        }
    }
}

extension DocumentView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "title": .text(self.title)
        case "showsTitle": .flag(self.showsTitle)
        case "fileName": .text(self.fileName)
        case "intro": .objects(self.intro)
        case "sections": .objects(self.sections)
        case "hasSections": .flag(self.hasSections)
        default: nil
        }
    }
}

extension IndexPageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "documents": .objects(self.documents)
        case "summary": .text(self.summary)
        case "data": .objects(self.data)
        case "hasData": .flag(self.hasData)
        case "timeline": .text(self.timeline)
        case "timelineNote": .text(self.timelineNote)
        case "hasTimelineNote": .flag(self.hasTimelineNote)
        case "browse": .objects(self.browse)
        case "hasBrowse": .flag(self.hasBrowse)
        case "frontDoor": .optional(self.frontDoor)
        default: nil
        }
    }
}

extension DataLink: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(self.label)
        case "href": .text(self.href)
        default: nil
        }
    }
}

extension SectionPageView: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "chrome": .object(self.chrome)
        case "title": .text(self.title)
        case "blocks": .objects(self.blocks)
        case "sourceText": .text(self.sourceText)
        case "position": .text(self.position)
        case "previous": .optional(self.previous)
        case "next": .optional(self.next)
        default: nil
        }
    }
}

extension NavLink: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "label": .text(self.label)
        case "href": .text(self.href)
        case "isCurrent": .flag(self.isCurrent)
        default: nil
        }
    }
}

extension EntityLink: TemplateFields {
    func field(_ name: String) -> TemplateValue? {
        switch name {
        case "name": .text(self.name)
        case "href": .text(self.href)
        case "hasHref": .flag(self.hasHref)
        default: nil
        }
    }
}
