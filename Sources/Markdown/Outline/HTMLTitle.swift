/// The title a model card gives in HTML instead of a `#` heading: `<div align="center"><h1>Orchard-7B</h1></div>`.
public enum HTMLTitle {
    /// The text of the first `<h1>` in an HTML block, tags left out and references decoded; nil
    /// when there is none or it holds no text.
    public static func first(in html: String) -> String? {
        guard html.utf8.count < 1 << 16, html.lowercased().contains("<h1") else { return nil }
        var tokenizer = HTMLTokenizer(text: Array(html.utf8))
        var text: String?
        while let (token, _) = tokenizer.next() {
            switch token {
            case .tag(let tag) where tag.name == "h1":
                if !tag.isClosing { text = text ?? "" } else if let title = text { return title.trimmedTitle }
            case .text(let words) where text != nil:
                text! += HTMLEntities.decoded(words)
            default: break
            }
        }
        return text?.trimmedTitle
    }
}

extension String {
    /// Runs of white space as one space, none at the ends; nil when nothing is left.
    fileprivate var trimmedTitle: String? {
        let words = split { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}

extension Document {
    /// The document's title: its first `#` heading that is more than a section's name (`# Model
    /// Information`, `# 介绍` are not titles), else an HTML `<h1>` before its first heading
    /// (Baichuan's centered name over `# 介绍`), else its first `#` heading.
    public func title(of headings: [Outline.Heading]) -> (text: String, heading: Outline.Heading?)? {
        let titles = headings.filter { $0.isTopLevel && $0.level == 1 }
        if let named = titles.first(where: { !Self.isSectionName($0.title) }) { return (named.title, named) }
        if let html = htmlTitle { return (html, nil) }
        return titles.first.map { ($0.title, $0) }
    }

    private static func isSectionName(_ title: String) -> Bool {
        sectionNames.contains(
            title.lowercased().filter { $0.isLetter || $0 == " " }.trimmingCharacters(in: .whitespaces))
    }

    private static let sectionNames: Set<String> = [
        "introduction", "overview", "model information", "model details", "model card", "model summary", "about",
        "readme", "contents", "table of contents", "news", "updates", "介绍", "简介", "目录", "新闻", "更新",
    ]

    /// The first `<h1>` of the HTML blocks before the document's first `#` or `##` heading: the
    /// title of a card that has no `#` heading.
    public var htmlTitle: String? {
        for block in blocks {
            switch block.kind {
            case .heading(let level, _) where level <= 2: return nil
            case .html(let literal): if let title = HTMLTitle.first(in: literal) { return title }
            default: continue
            }
        }
        return nil
    }
}
