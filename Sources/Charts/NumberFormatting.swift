/// Deterministic number text for SVG coordinates and tick labels.
///
/// No locale and no Foundation formatter: at most two decimals, trailing zeros dropped, never `-0`,
/// so the same chart renders to the same bytes on every machine and run.
enum NumberFormatting {
    static func format(_ value: Double) -> String {
        var bytes: [UInt8] = []
        append(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `format(value)` as ASCII: charts write thousands of coordinates per page, and
    /// making a string for each was a good part of drawing them.
    static func append(_ value: Double, to bytes: inout [UInt8]) {
        guard value.isFinite else { return bytes.append(UInt8(ascii: "0")) }
        let hundredths = (value * 100).rounded(.toNearestOrAwayFromZero)
        if hundredths == 0 { return bytes.append(UInt8(ascii: "0")) }
        // Beyond 9e15 the hundredths leave Int64: Swift's own shortest text (`3e+19`), which SVG
        // reads as a number too (every tick of such an axis read `9000000000000000`).
        if abs(hundredths) > 9e17 {
            bytes += value.description.utf8
            return
        }
        if hundredths < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = Int64(abs(hundredths))
        appendDigits(magnitude / 100, to: &bytes)
        let fraction = magnitude % 100
        guard fraction != 0 else { return }
        bytes.append(UInt8(ascii: "."))
        bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    private static func appendDigits(_ number: Int64, to bytes: inout [UInt8]) {
        if number >= 10 { appendDigits(number / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(number % 10))
    }
}
