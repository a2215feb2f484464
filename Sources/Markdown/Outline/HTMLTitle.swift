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
