import Foundation
import Markdown

/// Parsers for the small values found in cells: numbers, parameter counts, release dates.
enum ValueParsers {
    /// `5.66 GB`, `6.72 GiB`, `850 MB`: a size in bytes (a file's, memory's), not a parameter count.
    static func isByteSize(_ text: String) -> Bool {
        let trimmed = text.trimmed
        let unit = trimmed.reversed().prefix(while: \.isLetter).reversed()
        guard Double(trimmed.dropLast(unit.count).trimmed) != nil else { return false }
        return byteUnits.contains(String(unit).lowercased())
    }

    /// Units of bytes, lower case: a size with one is a file's or memory's, not a model's.
    static let byteUnits: Set<String> = ["kb", "kib", "mb", "mib", "gb", "gib", "tb", "tib"]

    /// `671B MoE (37B act)`, `1T (32B active)`, `236B MoE`, `17B (Activated) 109B (Total)`, `355B-A32B`,
    /// `235B in total and 22B activated`:
    /// counts each labelled by the word after it (`act`, `active`, `activated`; `total`), a
    /// count without a label being the total, with an architecture word beside them; nil when
    /// there is no total, or any word is something else.
    static func sizeAndShape(_ text: String, architectures: [String])
        -> (total: ParameterCount, active: ParameterCount?, architecture: String?)?
    {
        // `355B-A32B`, `30B-A3B` (GLM-4.5, Qwen3): the total, then the active count after `-A`,
        // as a mixture of experts' name writes it.
        let halves = text.trimmed.split(separator: "-")
        if halves.count == 2, let total = parameters(String(halves[0])),
            let active = ModelName.activeSize(in: String(halves[1])), active.billions < total.billions
        {
            return (total, active, architectures.first { $0.caseInsensitiveCompare("MoE") == .orderedSame })
        }
        let words = text.split { $0 == " " || $0 == "(" || $0 == ")" || $0 == "," || $0 == "\n" }.map(String.init)
        guard words.count >= 2, parameters(words[0]) != nil else { return nil }
        var total: ParameterCount?
        var active: ParameterCount?
        var architecture: String?
        var pending: ParameterCount?
        /// A count is the total until a label says otherwise; a second unlabelled one is no fact.
        func settlePending() -> Bool {
            guard let count = pending else { return true }
            pending = nil
            guard total == nil else { return false }
            total = count
            return true
        }
        for word in words {
            let lowered = word.lowercased()
            if let count = parameters(word) {
                guard settlePending() else { return nil }
                pending = count
            } else if ["act", "act.", "active", "activated"].contains(lowered), let count = pending, active == nil {
                (active, pending) = (count, nil)
            } else if lowered == "total", let count = pending, total == nil {
                (total, pending) = (count, nil)
            } else if let known = architectures.first(where: { $0.caseInsensitiveCompare(word) == .orderedSame }),
                architecture == nil
            {
                architecture = known
            } else if Self.sizeFillers.contains(lowered) {
                continue
            } else {
                return nil
            }
        }
        guard settlePending(), let total else { return nil }
        return (total, active, architecture)
    }

    /// Words between the counts and their labels that say nothing more (`235B in total and 22B
    /// activated`, as Qwen's cards list a model's features).
    private static let sizeFillers: Set<String> = ["in", "and", "with", "of", "which", "per", "token", "parameters"]

    /// `6.7B`, `236B`, `2.4B`, `500M`, `1.2T` → a parameter count; nil for anything else.
    static func parameters(_ text: String) -> ParameterCount? {
        let trimmed = text.trimmed
        // `175B*`, `1.8T†`: a mark pointing at a note ("estimated") after the count.
        var counted = BenchmarkHeader.withoutNoteMarks(trimmed)
        // `~ 11B`, `≈46.7B`: a count given as about that many (the text keeps saying so).
        if let mark = approximateMarks.first(where: { counted.lowercased().hasPrefix($0) }) {
            counted = String(counted.dropFirst(mark.count)).trimmed
        }
        guard let unit = counted.last, let factor = unitFactor(unit),
            let value = Double(counted.dropLast().trimmed), value > 0
        else { return nil }
        return ParameterCount(billions: value * factor, text: trimmed)
    }

    private static let approximateMarks = ["~", "≈", "∼", "about ", "approx. ", "approx ", "around ", "ca. "]

    private static func unitFactor(_ unit: Character) -> Double? {
        switch unit {
        case "B", "b": return 1
        case "M", "m": return 0.001
        case "T", "t": return 1000
        default: return nil
        }
    }

    // MARK: - Dates

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        for (index, name) in Release.monthNames.enumerated() {
            table[name.lowercased()] = index + 1
            table[String(name.lowercased().prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// `November 2023`, `Nov 2023`, `2025`, `September-December 2024`, `December 26, 2024`,
    /// `2024-09`, `2024-09-12`, `23.11.30`, `May 2024 – June 2025` → a release; nil when the text
    /// is not a date.
    static func release(_ text: String) -> Release? {
        let trimmed = text.trimmed
        if let date = numericDate(trimmed) { return date }
        let words = trimmed.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { $0.lowercased() }
        // A day is only a day beside a month's name (`December 26, 2024`): a lone `13` in
        // `2024-13` or `12 2024` is a malformed date, not a day to skip.
        let hasMonth = words.contains { months[$0] != nil }
        var parts: [(isYear: Bool, value: Int)] = []
        for word in words {
            if let month = months[word] {
                parts.append((false, month))
            } else if word.count == 4, let year = Int(word), (1900...2200).contains(year) {
                parts.append((true, year))
            } else if hasMonth, let day = Int(word), (1...31).contains(day) {
                continue  // a day of the month: months are precise enough
            } else {
                return nil
            }
        }
        return release(from: parts)
    }

    private static func release(from parts: [(isYear: Bool, value: Int)]) -> Release? {
        let shape = parts.map { $0.isYear ? "Y" : "M" }.joined()
        let v = parts.map(\.value)
        switch shape {
        case "Y": return Release(year: v[0])
        case "MY": return Release(year: v[1], month: v[0])
        case "MMY": return v[0] <= v[1] ? Release(year: v[2], month: v[0], endYear: v[2], endMonth: v[1]) : nil
        case "MYMY":
            return (v[1], v[0]) <= (v[3], v[2]) ? Release(year: v[1], month: v[0], endYear: v[3], endMonth: v[2]) : nil
        case "YY": return v[0] <= v[1] ? Release(year: v[0], endYear: v[1]) : nil
        default: return nil
        }
    }

    /// `2024-09`, `2024-09-12`, `2024/9/12`, `2024.09.12`, and `23.11.30` (a two-digit year, as
    /// some cards write a date) → the month; nil for anything else (`2024-2025` is a span, read
    /// as words).
    private static func numericDate(_ text: String) -> Release? {
        guard let separator = text.first(where: { $0 == "-" || $0 == "/" || $0 == "." }) else { return nil }
        let pieces = text.split(separator: separator, omittingEmptySubsequences: false)
        guard pieces.count == 2 || pieces.count == 3,
            pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let first = Int(pieces[0]), pieces[1].count <= 2, let month = Int(pieces[1]), (1...12).contains(month)
        else { return nil }
        if pieces.count == 3 {
            guard pieces[2].count <= 2, let day = Int(pieces[2]), (1...31).contains(day) else { return nil }
        }
        switch pieces[0].count {
        case 4 where (1900...2200).contains(first): return Release(year: first, month: month)
        case 2 where pieces.count == 3 && separator == ".": return Release(year: 2000 + first, month: month)
        default: return nil
        }
    }
}
