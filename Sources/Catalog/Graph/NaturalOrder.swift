/// Orders text the way readers count: a run of digits compares by its value, so `5-shot` comes
/// before `25-shot` and `16K` before `128K`; a `K`, `M` or `B` right after a number multiplies
/// it (`128K` before `1M`). Everything else compares byte by byte, as plain order does.
///
/// Two texts equal piece by piece but spelled differently (`05` and `5`, `16K` and `16k`) fall
/// back to plain order, so that the order stays total and agrees with equality.
enum NaturalOrder {
    static func areInIncreasingOrder(_ lhs: String, _ rhs: String) -> Bool {
        var (lhs, rhs) = (lhs, rhs)
        let order = lhs.withUTF8 { left in rhs.withUTF8 { right in compare(left, right) } }
        return order.map { $0 < 0 } ?? (lhs < rhs)
    }

    /// Negative, positive, or nil when the texts are equal piece by piece.
    private static func compare(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int? {
        var (i, j) = (0, 0)
        while i < left.count, j < right.count {
            if isDigit(left[i]), isDigit(right[j]) {
                let (a, nextI) = number(left, from: i)
                let (b, nextJ) = number(right, from: j)
                if a != b { return a < b ? -1 : 1 }
                (i, j) = (nextI, nextJ)
            } else {
                if left[i] != right[j] { return Int(left[i]) - Int(right[j]) }
                (i, j) = (i + 1, j + 1)
            }
        }
        let (leftRest, rightRest) = (left.count - i, right.count - j)
        return leftRest == rightRest ? nil : leftRest - rightRest
    }

    /// The value of the number starting at `start` (digits, maybe a decimal part, maybe a
    /// magnitude letter that no other letter follows), and the index after it.
    private static func number(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> (Double, Int) {
        // Worked out from the digits: no string per number per comparison.
        var end = start
        var value = 0.0
        while end < text.count, isDigit(text[end]) {
            value = value * 10 + Double(text[end] - 0x30)
            end += 1
        }
        if end + 1 < text.count, text[end] == UInt8(ascii: "."), isDigit(text[end + 1]) {
            end += 1
            var (fraction, scale) = (0.0, 1.0)
            while end < text.count, isDigit(text[end]) {
                (fraction, scale) = (fraction * 10 + Double(text[end] - 0x30), scale * 10)
                end += 1
            }
            value += fraction / scale
        }
        if end < text.count, let magnitude = magnitude(text[end]), end + 1 == text.count || !isLetter(text[end + 1]) {
            value *= magnitude
            end += 1
        }
        return (value, end)
    }

    private static func magnitude(_ byte: UInt8) -> Double? {
        switch byte | 0x20 {  // either case
        case UInt8(ascii: "k"): return 1e3
        case UInt8(ascii: "m"): return 1e6
        case UInt8(ascii: "b"): return 1e9
        default: return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
