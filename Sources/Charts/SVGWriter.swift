/// Builds indented SVG markup; the only code that turns caller strings into markup.
///
/// Element and attribute names are literals from this module; every attribute value and every
/// text node goes through `SVGEscaping.escape`, here and nowhere else. Path data (`SVGPath`) is
/// the one value written as it is: it can only hold numbers and fixed commands.
struct SVGWriter {
    /// The markup so far, as UTF-8: appending bytes in place is what keeps large charts cheap.
    private var bytes: [UInt8] = []
    private var depth = 0

    /// The markup so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// An attribute list; values are raw (unescaped) strings.
    typealias Attributes = [(String, String)]

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        startTag(name, attributes)
        bytes += ">\n".utf8
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        indent()
        bytes += "</".utf8
        bytes += name.utf8
        bytes += ">\n".utf8
    }

    /// An element with only text content (or none: self-closing).
    mutating func leaf(_ name: String, _ attributes: Attributes = [], text content: String? = nil) {
        startTag(name, attributes)
        guard let content else {
            bytes += "/>\n".utf8
            return
        }
        bytes.append(UInt8(ascii: ">"))
        SVGEscaping.append(content, to: &bytes)
        bytes += "</".utf8
        bytes += name.utf8
        bytes += ">\n".utf8
    }

    /// A self-closing `<path>` whose `d` (after `leading`, before `trailing`) is `path`: numbers
    /// and fixed commands only, so it is written as it is.
    mutating func path(_ leading: Attributes, d path: SVGPath, _ trailing: Attributes) {
        startPath(leading, d: path)
        appendAttributes(trailing)
        bytes += "/>\n".utf8
    }

    /// `path`, its attributes after `d` written as they are: a literal of this module's, such
    /// as ` fill="none"` (every row of a chart draws the same; no caller's text is in it).
    mutating func path(_ leading: Attributes, d path: SVGPath, fixed trailing: StaticString) {
        startPath(leading, d: path)
        append(trailing)
        bytes += "/>\n".utf8
    }

    /// `<path` with `leading` and `d`, its tag left open.
    private mutating func startPath(_ leading: Attributes, d path: SVGPath) {
        startTag("path", leading)
        bytes += " d=\"".utf8
        bytes += path.bytes
        bytes.append(UInt8(ascii: "\""))
    }

    /// A self-closing element whose attributes are a literal of this module's, written as they
    /// are (` class="strip" x2="1000"`): no caller's text is in it, so nothing needs escaping.
    mutating func leaf(_ name: StaticString, fixed attributes: StaticString) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        append(name)
        append(attributes)
        bytes += "/>\n".utf8
    }

    private mutating func append(_ literal: StaticString) {
        bytes += UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    /// Opens the root `<svg>` with its accessible name and description.
    ///
    /// A chart without links is one image: `role="img"`, named by the title and described by the
    /// `<desc>` (which lists the data). A chart with links must not be an image (an image holds
    /// no interactive content: axe `nested-interactive`), and HTML allows no `group` role on
    /// `<svg>` (the Nu checker refuses it), so it keeps the default role of an SVG document, which
    /// may hold links; each link carries its own name (its `<title>`) and is reached by Tab.
    /// Without a `width` the chart is fluid (`class="chart fluid"`): as wide as its container,
    /// drawn in CSS pixels, nothing scaled.
    mutating func openRoot(
        width: Double?, height: Double, id: String, title: String, description: String, interactive: Bool = false
    ) {
        let h = num(height)
        // width/height give the natural size; viewBox lets CSS (max-width: 100%) shrink it.
        let size: Attributes =
            width.map { width in
                let w = num(width)
                return [("class", "chart"), ("width", w), ("height", h), ("viewBox", "0 0 \(w) \(h)")]
            } ?? [("class", "chart fluid"), ("width", "100%"), ("height", h)]
        open(
            "svg",
            [("xmlns", "http://www.w3.org/2000/svg")] + size + (interactive ? [] : [("role", "img")]) + [
                ("aria-labelledby", "\(id)-title"), ("aria-describedby", "\(id)-desc"),
                ("font-family", "system-ui, sans-serif"), ("font-size", "12"), ("fill", "currentColor"),
            ])
        leaf("title", [("id", "\(id)-title")], text: title)
        leaf("desc", [("id", "\(id)-desc")], text: description)
    }

    /// An indented `<name attr="value"...` without its closing `>`.
    private mutating func startTag(_ name: String, _ attributes: Attributes) {
        indent()
        bytes.append(UInt8(ascii: "<"))
        bytes += name.utf8
        appendAttributes(attributes)
    }

    private mutating func appendAttributes(_ attributes: Attributes) {
        for (attribute, value) in attributes {
            bytes.append(UInt8(ascii: " "))
            bytes += attribute.utf8
            bytes += "=\"".utf8
            SVGEscaping.append(value, to: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
    }

    private mutating func indent() {
        for _ in 0..<max(depth, 0) { bytes += "  ".utf8 }
    }
}

/// Path data (`d`) built from numbers and fixed commands only: nothing in it needs escaping.
struct SVGPath {
    private(set) var bytes: [UInt8] = []

    var isEmpty: Bool { bytes.isEmpty }

    /// A command or separator, such as `M`, ` ` or `a3 3 0 1 0 6 0`.
    mutating func command(_ text: StaticString) {
        bytes += UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }

    /// A coordinate, as `num(_:)` writes it.
    mutating func number(_ value: Double) { NumberFormatting.append(value, to: &bytes) }
}

/// Shorthand for deterministic number text in attributes.
func num(_ value: Double) -> String { NumberFormatting.format(value) }

/// A deterministic id from a title, for `aria-labelledby`: lowercase ASCII letters, digits, dashes.
func chartID(from title: String) -> String {
    var slug = ""
    for scalar in title.lowercased().unicodeScalars {
        if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            slug.unicodeScalars.append(scalar)
        } else if !slug.hasSuffix("-") {
            slug += "-"
        }
    }
    let trimmed = slug.split(separator: "-").joined(separator: "-")
    return "chart-" + (trimmed.isEmpty ? "untitled" : trimmed)
}

/// The chart drawn when there is nothing to plot, so a page never shows a broken image.
func noDataSVG(title: String, width: Double, id: String) -> String {
    var svg = SVGWriter()
    let height = 80.0
    svg.openRoot(width: width, height: height, id: id, title: title, description: "No data.")
    svg.leaf(
        "text", [("class", "title"), ("x", "16"), ("y", "24"), ("font-size", "15"), ("font-weight", "600")],
        text: title)
    svg.leaf(
        "text",
        [
            ("class", "label empty"), ("x", num(width / 2)), ("y", "56"), ("text-anchor", "middle"),
            ("fill-opacity", "0.7"),
        ], text: "No data")
    svg.close("svg")
    return svg.text
}
