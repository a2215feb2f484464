/// A chart drawn at two widths, one for phones and one for wider screens; the style sheet shows
/// one of them (`.chart-narrow`, `.chart-wide`), so no script is needed and text is never
/// shrunk below 11px: the narrow one is shown at its natural width on a 390px phone, the wide one
/// from 45rem (720px) up and in print.
enum ResponsiveChart {
    static let narrowWidth = 360.0
    static let wideWidth = 640.0

    /// Both drawings, each in its own `div`; `draw` gets the width and an id unique on the page.
    static func html(id: String, _ draw: (_ width: Double, _ id: String) -> String) -> String {
        let narrow = draw(narrowWidth, id + "-narrow")
        let wide = draw(wideWidth, id + "-wide")
        guard !narrow.isEmpty else { return "" }
        return "<div class=\"chart-narrow\">\n\(narrow)</div>\n<div class=\"chart-wide\">\n\(wide)</div>\n"
    }
}
