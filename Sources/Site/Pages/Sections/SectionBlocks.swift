import Markdown

extension SiteRenderer {
    /// A section page's blocks made for readers: its heading the one `<h1>` (the others moved up
    /// to follow it), an id on every table cell (`TableCellAnchors`), `<br>` shown as line breaks
    /// (`LineBreakTags`) and, with `names`, model and benchmark names linked to their pages.
    /// `blocks` are the views of `section.blockRange`.
    func finishing(
        _ blocks: [BlockView], of section: SectionOutline, in document: DocumentOutline, names: NameLinker?
    ) -> [BlockView] {
        let source = document.document.blocks
        var sectionLevel = 2
        if let first = section.blockRange.first, case .heading(let level, _) = source[first].kind {
            sectionLevel = level
        }
        var tables = 0
        return zip(section.blockRange, blocks).map { index, view in
            var view = view
            switch source[index].kind {
            case .heading(let level, _):
                view.html = SectionHeadings.promote(
                    view.html, level: level, sectionLevel: sectionLevel,
                    isSectionHeading: index == section.blockRange.first)
            case .table(let table):
                tables += 1
                let line = source[index].range.start.line
                let html = LineBreakTags.restoring(view.html, table: table)
                let linked =
                    names?.linkingTable(html, table: table, at: .init(path: document.document.path, line: line))
                    ?? html
                view.html = TableCellAnchors.adding(table: tables, to: linked)
            case .paragraph(let inlines):
                let html = LineBreakTags.restoring(view.html, inlines: inlines)
                view.html = names?.linkingText(html) ?? html
            default:
                view.html = names?.linkingText(view.html) ?? view.html
            }
            return view
        }
    }
}
