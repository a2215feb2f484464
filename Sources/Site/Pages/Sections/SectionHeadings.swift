/// A section page has one `<h1>`: the section's own heading. Headings below it move up by as
/// many levels (`###` becomes `<h2>`), so the outline has no gap and no second `<h1>`.
enum SectionHeadings {
    /// `html` of a heading block at `level` in a section whose heading is at `sectionLevel`.
    static func promote(_ html: String, level: Int, sectionLevel: Int, isSectionHeading: Bool) -> String {
        let target = isSectionHeading ? 1 : max(2, level - sectionLevel + 1)
        let close = "</h\(level)>"
        let newline = html.hasSuffix("\n") ? "\n" : ""
        let element = html.dropLast(newline.count)
        guard target != level, element.hasPrefix("<h\(level)"), element.hasSuffix(close) else { return html }
        return "<h\(target)" + element.dropFirst(3).dropLast(close.count) + "</h\(target)>" + newline
    }
}
