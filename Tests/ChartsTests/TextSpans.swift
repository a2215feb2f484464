/// Reading back what a rendered chart shows, for tests that check text rather than bytes.
enum TextSpans {
    /// The text of every `<text class="label" ...>` element, in order.
    static func labels(in svg: String) -> [String] {
        svg.split(separator: "\n").compactMap { line -> String? in
            guard line.contains("<text class=\"label\""), let open = line.firstIndex(of: ">"),
                let close = line.range(of: "</text>")
            else { return nil }
            return String(line[line.index(after: open)..<close.lowerBound])
        }
    }

    /// Every font size the chart sets: the root's default and each `font-size` attribute.
    static func fontSizes(in svg: String) -> [Double] {
        svg.components(separatedBy: "font-size=\"").dropFirst().compactMap { rest in
            rest.split(separator: "\"").first.flatMap { Double($0) }
        }
    }

    /// The `viewBox` width.
    static func viewBoxWidth(of svg: String) -> Double? {
        guard let start = svg.range(of: "viewBox=\"0 0 ") else { return nil }
        return svg[start.upperBound...].split(separator: " ").first.flatMap { Double($0) }
    }
}
