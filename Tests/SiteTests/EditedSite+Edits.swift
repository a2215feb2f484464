import Foundation
import TestSupport

/// The random edits of a writing session: each changes one or two inputs on disk.
extension EditedSite {
    struct Edit {
        var name: String
        var paths: [String]
    }

    static let modelNames = ["Alpha-7B", "Alpha-7B-v2", "Beta-13B", "Beta-13B-Chat", "Gamma-2", "Delta-1"]
    static let intactDelimiter = "|---|---|---|"
    static let brokenDelimiter = "|---|---|"

    func applyRandomEdit(_ random: inout SplitMix64) throws -> Edit {
        let markdown = files.keys.filter { $0.hasSuffix(".md") }.sorted()
        let document = markdown[Int(random.next() % UInt64(markdown.count))]
        switch random.next() % 10 {
        case 7: return try addOrRemoveParagraph(in: document, &random)
        case 0: return try changeNumber(in: document, &random)
        case 1: return try renameModel(in: document, &random)
        case 2: return try addDocument(&random)
        case 3 where markdown.count > 1: return try deleteDocument(document)
        case 4: return try toggleTable(in: document)
        case 5: return try editConfig(&random)
        case 6: return try editTemplate(&random)
        default: return try rewriteUnchanged(document)
        }
    }

    private func changeNumber(in path: String, _ random: inout SplitMix64) throws -> Edit {
        let text = files[path]!
        guard let number = text.range(of: #"[0-9]+\.[0-9]"#, options: .regularExpression) else {
            return try rewriteUnchanged(path)
        }
        let value = "\(random.next() % 100).\(random.next() % 10)"
        try write(text.replacingCharacters(in: number, with: value), to: path)
        return Edit(name: "change a number in \(path)", paths: [path])
    }

    private func renameModel(in path: String, _ random: inout SplitMix64) throws -> Edit {
        let names = Self.modelNames
        let old = names.first { files[path]!.contains("| \($0) |") } ?? names[0]
        let new = names[Int(random.next() % UInt64(names.count))]
        try write(files[path]!.replacingOccurrences(of: "| \(old) |", with: "| \(new) |"), to: path)
        return Edit(name: "rename \(old) to \(new) in \(path)", paths: [path])
    }

    private func addDocument(_ random: inout SplitMix64) throws -> Edit {
        let path = "Content/added-\(random.next() % 4).md"
        let name = Self.modelNames[Int(random.next() % UInt64(Self.modelNames.count))]
        let text = """
            # Added \(path)
            ## \(name) notes
            | Model | MMLU | GSM8K |
            |---|---|---|
            | \(name) | \(random.next() % 100).0 | 50.5 |

            """
        try write(text, to: path)
        return Edit(name: "add \(path)", paths: [path])
    }

    private func deleteDocument(_ path: String) throws -> Edit {
        try delete(path)
        return Edit(name: "delete \(path)", paths: [])
    }

    /// Breaks the table (a delimiter row with too few cells is no table) or fixes it.
    private func toggleTable(in path: String) throws -> Edit {
        let text = files[path]!
        let toggled =
            text.contains(Self.intactDelimiter)
            ? text.replacingOccurrences(of: Self.intactDelimiter, with: Self.brokenDelimiter)
            : text.replacingOccurrences(of: Self.brokenDelimiter + "\n", with: Self.intactDelimiter + "\n")
        try write(toggled, to: path)
        return Edit(name: "break or fix the table in \(path)", paths: [path])
    }

    private func editConfig(_ random: inout SplitMix64) throws -> Edit {
        let path = "Content/atlas.yml"
        let variants = [
            Self.config,
            Self.config.replacingOccurrences(of: "Beta Lab", with: "Beta Research"),
            Self.config + "modelAliases:\n  Beta-13B: [Beta-13B-Chat]\n",
            Self.config + "benchmarkAliases:\n  GSM8K: [MMLU]\n",
            "organizations: [",
        ]
        try write(variants[Int(random.next() % UInt64(variants.count))], to: path)
        return Edit(name: "edit atlas.yml", paths: [path])
    }

    /// Adds a line to a template, breaks it, or restores it.
    private func editTemplate(_ random: inout SplitMix64) throws -> Edit {
        let path = "Templates/section.mustache"
        let original = try String(contentsOfFile: repositoryRoot + "/" + path, encoding: .utf8)
        let variants = [original, original + "<p>edited \(random.next() % 10)</p>\n", original + "{{#blocks}}\n"]
        try write(variants[Int(random.next() % UInt64(variants.count))], to: path)
        return Edit(name: "edit \(path)", paths: [path])
    }

    static let addedParagraph = "An added paragraph."

    /// Adds a paragraph before a heading or a table (or at the end), or takes one added out:
    /// every later block, table and score of the file moves by two lines.
    func addOrRemoveParagraph(in path: String, _ random: inout SplitMix64) throws -> Edit {
        var lines = files[path]!.components(separatedBy: "\n")
        if let added = lines.firstIndex(of: Self.addedParagraph) {
            lines.removeSubrange(added...min(added + 1, lines.count - 1))
            try write(lines.joined(separator: "\n"), to: path)
            return Edit(name: "remove the paragraph at line \(added + 1) of \(path)", paths: [path])
        }
        let places = lines.indices.filter { index in
            lines[index].hasPrefix("#") || index == lines.count - 1
                || (lines[index].hasPrefix("|") && (index == 0 || !lines[index - 1].hasPrefix("|")))
        }
        let place = places[Int(random.next() % UInt64(places.count))]
        lines.insert(contentsOf: [Self.addedParagraph, ""], at: place)
        try write(lines.joined(separator: "\n"), to: path)
        return Edit(name: "add a paragraph at line \(place + 1) of \(path)", paths: [path])
    }

    private func rewriteUnchanged(_ path: String) throws -> Edit {
        try write(files[path]!, to: path)
        return Edit(name: "save \(path) unchanged", paths: [path])
    }

    /// Changes the `occurrence`-th number with a decimal point anywhere in `path` (a score in a
    /// table, mostly): an edit that keeps the site's shape, so most pages can be reused.
    func changeNumber(in path: String, occurrence: Int, _ random: inout SplitMix64) throws -> Edit {
        let text = files[path]!
        let numbers = text.ranges(of: #/[0-9]+\.[0-9]+/#)
        guard !numbers.isEmpty else { return try rewriteUnchanged(path) }
        let number = numbers[occurrence % numbers.count]
        let value = "\(random.next() % 100).\(random.next() % 10)"
        try write(text.replacingCharacters(in: number, with: value), to: path)
        return Edit(
            name: "change number \(occurrence % numbers.count) (\(text[number])) to \(value) in \(path)", paths: [path])
    }
}
