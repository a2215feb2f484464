/// Deterministic number text for SVG coordinates and tick labels.
///
/// No locale and no Foundation formatter: at most two decimals, trailing zeros dropped, never `-0`,
/// so the same chart renders to the same bytes on every machine and run.
enum NumberFormatting {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        if hundredths == 0 { return "0" }
        let negative = hundredths < 0
        // Chart numbers are small; the cap only keeps the Int64 conversion from trapping.
        let magnitude = Int64(min(abs(hundredths), 9e17))
        let whole = magnitude / 100
        let fraction = magnitude % 100
        var text = negative ? "-" : ""
        text += String(whole)
        if fraction != 0 {
            if fraction % 10 == 0 {
                text += "." + String(fraction / 10)
            } else {
                text += (fraction < 10 ? ".0" : ".") + String(fraction)
            }
        }
        return text
    }
}
