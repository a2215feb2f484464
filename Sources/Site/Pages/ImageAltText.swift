import Foundation
import Markdown

/// Alt text for images the content left without any (`![](chart.png)`): what the image is under
/// and its file name, e.g. "Multilingual HumanEval Benchmark: HumanEval". Screen readers
/// then say what the image is, and a hotlinked image that fails to load leaves that text.
enum ImageAltText {
    static let emptyAlt = " alt=\"\""

    /// `html` with every empty `alt` of an `<img>` filled from `heading` and the image's file name.
    /// `heading` is asked for only when there is an empty `alt` (it scans back through the blocks).
    static func filling(_ html: String, heading: @autoclosure () -> String?) -> String {
        guard html.contains(bytes: emptyAlt) else { return html }
        let heading = heading()
        var out = ""
        var rest = Substring(html)
        while let tag = rest.firstRange(ofBytes: "<img ") {
            out += rest[..<tag.lowerBound]
            let end = rest[tag.lowerBound...].firstIndex(of: ">") ?? rest.endIndex
            let element = String(rest[tag.lowerBound..<end])
            out += element.replacingOccurrences(
                of: emptyAlt,
                with: " alt=\"" + HTMLEscaping.escape(text(src: source(of: element), heading: heading)) + "\"")
            rest = rest[end...]
        }
        return out + rest
    }

    /// "Heading: file name", or what of it is known (screen readers add that it is an image).
    static func text(src: String, heading: String?) -> String {
        let name = fileStem(src)
        let lead = heading.map(cleanHeading).flatMap { $0.isEmpty ? nil : $0 }
        switch (lead, name.isEmpty) {
        case (let lead?, false): return "\(lead): \(name)"
        case (let lead?, true): return lead
        case (nil, false): return name
        case (nil, true): return "Image"
        }
    }

    /// The heading's text without footnote marks such as `[7]`.
    static func cleanHeading(_ heading: String) -> String {
        var out = ""
        var depth = 0
        for character in heading {
            if character == "[" {
                depth += 1
            } else if character == "]" {
                depth = max(depth - 1, 0)
            } else if depth == 0 {
                out.append(character)
            }
        }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// The last path component of a URL without its extension, with `_` and `-` read as spaces.
    static func fileStem(_ src: String) -> String {
        let path = src.split(whereSeparator: { $0 == "?" || $0 == "#" }).first ?? ""
        let file = path.split(separator: "/").last.map(String.init) ?? ""
        let stem = file.split(separator: ".").dropLast().joined(separator: ".")
        let name = stem.isEmpty ? file : stem
        return name.replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "%20", with: " ")
    }

    /// The `src` attribute's value as written (escaped HTML is fine for a file name).
    private static func source(of element: String) -> String {
        guard let start = element.firstRange(ofBytes: "src=\"") else { return "" }
        return String(element[start.upperBound...].prefix { $0 != "\"" })
    }

    /// The text of the last heading before block `index`, if any.
    static func heading(before index: Int, in blocks: [Block]) -> String? {
        for block in blocks[..<min(index, blocks.count)].reversed() {
            if case .heading(_, let inlines) = block.kind { return inlines.plainText }
        }
        return nil
    }
}
