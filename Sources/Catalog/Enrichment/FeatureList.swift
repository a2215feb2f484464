import Markdown

/// A card's bullet list of its model's features, as Qwen's and MiniMax's cards write them:
///
///     This repo contains **Qwen3-235B-A22B-Thinking-2507**, which has the following features:
///     - Number of Parameters: 235B in total and 22B activated
///     - **Number of Parameters (Non-Embedding):** 234B
///
/// The items that count parameters give the model its sizes (`Total Parameters`, `Activated
/// Parameters per Token`; not the non-embedding count). Which model the list describes is the
/// reader's to tell (`ResultsTableReader.read(_:)`), from what is above it.
struct FeatureList: Equatable {
    /// An item that reads `Key: value`.
    struct Item: Equatable {
        var key: String
        /// The value as written after the colon (`235B in total and 22B activated`).
        var value: String
        var location: SourceLocation
    }

    /// What an item's key counts.
    enum Role: Equatable {
        case totalParameters, activeParameters
    }

    var items: [Item]
    var location: SourceLocation
    /// The bold phrases and link texts of the paragraphs right above the list.
    var leadIn: [String]
    /// The text of those paragraphs (`The architecture of MiniMax-Text-01 is briefly described as follows:`).
    var leadInText: String
    var documentTitle: String?
    var frontMatterModel: String?

    /// The items of a bullet list that read `Key: value` (the key may be bold, of a few words);
    /// nil when the block is no list or none of its items reads so. Which keys count parameters
    /// is the configuration's to say (`role(ofKey:vocabulary:)`), when the list is read.
    static func items(of block: Block) -> [Item]? {
        guard case .list(let style, let listItems) = block.kind, style.marker == .bullet else { return nil }
        let items = listItems.compactMap { item -> Item? in
            guard case .item(let blocks) = item.kind, let first = blocks.first,
                case .paragraph(let inlines) = first.kind
            else { return nil }
            let text = inlines.plainText
            guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return nil }
            let key = text[..<colon].trimmed
            let value = text[text.index(after: colon)...].trimmed
            // A count is a few characters: a long value is prose, which the outline need not keep.
            guard !key.isEmpty, !value.isEmpty, key.split(separator: " ").count <= 8, value.utf8.count <= 120 else {
                return nil
            }
            return Item(key: key, value: value, location: first.range.start)
        }
        return items.isEmpty ? nil : items
    }

    /// `Number of Parameters`, `Total Parameters`, `Params` (and the vocabulary's parameter
    /// headers) count the total; `Activated Parameters per Token`, `Active Params` the active
    /// ones. A count without the embeddings (`(Non-Embedding)`) is neither.
    static func role(ofKey key: String, vocabulary: CatalogConfig.Vocabulary) -> Role? {
        var words = key.lowercased().split { $0 == " " || $0 == "*" || $0 == "_" }.joined(separator: " ")
        guard !words.contains("embedding") else { return nil }
        for filler in ["number of ", " per token", " count"] { words = words.replacingAll(filler, with: " ") }
        words = words.split(separator: " ").joined(separator: " ")
        func among(_ keys: Set<String>, _ headers: [String]) -> Bool {
            keys.contains(words) || headers.contains { $0.lowercased() == words }
        }
        if among(activeKeys, vocabulary.activeParameterHeaders) { return .activeParameters }
        return among(totalKeys, vocabulary.totalParameterHeaders) ? .totalParameters : nil
    }

    private static let totalKeys: Set = [
        "parameters", "params", "total parameters", "total params", "model parameters", "parameter", "参数量", "总参数",
        "总参数量",
    ]
    private static let activeKeys: Set = [
        "activated parameters", "active parameters", "activated params", "active params", "激活参数", "激活参数量",
    ]
}
