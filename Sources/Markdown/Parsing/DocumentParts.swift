import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A large file parsed in parts, one per core, for `atlas render`: each part is cut at a line
/// where a parse of the whole file stands at the top level with nothing open, so that the parts'
/// blocks, one part after another, are the whole file's blocks.
///
/// Such a line follows a blank line and starts, unindented, with a letter, `#` or `|`: the blank
/// line ended every paragraph, and a line that is not indented and starts no list item or block
/// quote continues no list item, block quote or indented code. What can still be open there is a
/// top-level fenced code block or HTML block (they run across blank lines): a part that ends in
/// one is refused after its parse. Link reference definitions reach across the whole file, so a
/// file that may have one (`]:`) is parsed whole; so is one with invalid UTF-8, NUL or CR bytes
/// (their repairs and line ends count in the whole file).
///
/// The parts must also come out as the whole would: each takes the whole file's budgets (bytes
/// parsed again, padding cells), and the parse falls back to the whole file when they sum past
/// them or when a part has anything to report (a diagnostic names lines of the whole file).
enum DocumentParts {
    /// Files smaller than this are parsed whole: the parts would not pay for the threads.
    static let minimumSize = 1 << 20

    /// The sessions of `input`'s parts (by default one per core), or of the whole file.
    static func parse(
        _ input: [UInt8], path: String, limits: ParseLimits, parts: Int = Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))),
        minimumSize: Int = minimumSize
    ) throws(Diagnostic) -> [ParseSession] {
        guard input.count <= limits.maxFileSize,
            let ranges = ranges(of: input, parts: parts, minimumSize: minimumSize)
        else {
            return [try ParseSession(input, path: path, limits: limits, wantsValues: false)]
        }
        let budget = ParseSession.reparseBudget(forFileOf: input.count)
        // The file's line each part starts at, for what a part reports.
        let firstLines = ranges.dropLast().reduce(into: [1]) { lines, part in
            lines.append(lines.last! + input[part].count { $0 == UInt8(ascii: "\n") })
        }
        let parsePart: @Sendable (Int) -> Result<Part, Diagnostic> = { index in
            Result { () throws(Diagnostic) in
                Part(
                    session: try ParseSession(
                        Array(input[ranges[index]]), path: path, limits: limits, wantsValues: false,
                        reparseBudget: budget, firstLine: firstLines[index]))
            }
        }
        let results = concurrentResults(count: ranges.count, skip: { false }, body: parsePart)
        let sessions = results.compactMap { try? $0?.get().session }
        if sessions.count == ranges.count, comeOutAsWhole(sessions, limits: limits, budget: budget) {
            return sessions
        }
        for session in sessions { session.close() }
        return [try ParseSession(input, path: path, limits: limits, wantsValues: false)]
    }

    /// A session handed from the thread that parsed it to the caller, which uses it alone.
    private struct Part: @unchecked Sendable {
        let session: ParseSession
    }

    private static func comeOutAsWhole(_ sessions: [ParseSession], limits: ParseLimits, budget: Int) -> Bool {
        guard sessions.allSatisfy({ !$0.hasContextDiagnostics }),
            sessions.reduce(0, { $0 + $1.reparsedBytes }) <= budget,
            sessions.reduce(0, { $0 + $1.paddedCells }) <= limits.maxPaddedCells
        else { return false }
        // A fenced code block or HTML block at a part's end may have been cut open.
        return sessions.dropLast().allSatisfy { session in
            guard let last = session.root.lastChild else { return true }
            return last.type != CMARK_NODE_CODE_BLOCK && last.type != CMARK_NODE_HTML_BLOCK
        }
    }

    /// Byte ranges of up to `parts` parts of about equal size, each after the first starting at
    /// a line where the file may be cut; nil when the file should be parsed whole.
    static func ranges(of bytes: [UInt8], parts: Int, minimumSize: Int = minimumSize) -> [Range<Int>]? {
        guard parts > 1, bytes.count >= minimumSize, isPlain(bytes) else { return nil }
        var cuts: [Int] = []
        for part in 1..<parts {
            let target = max(bytes.count * part / parts, cuts.last ?? 0)
            guard let cut = cutLine(in: bytes, from: target) else { break }
            cuts.append(cut)
        }
        guard !cuts.isEmpty else { return nil }
        let bounds = [0] + cuts + [bytes.count]
        return zip(bounds, bounds.dropFirst()).map { $0..<$1 }.filter { !$0.isEmpty }
    }

    /// Valid UTF-8 without NUL or CR bytes, and no `]:` (a link reference definition may be there).
    private static func isPlain(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, UTF8Repair.isValid(buffer) else { return false }
            return memchr(base, 0, buffer.count) == nil && memchr(base, 0x0D, buffer.count) == nil
        } && !CellParser.mayDefineReferences(bytes)
    }

    /// The start of the first line at or after `start` that follows a blank line and starts,
    /// unindented, with a letter, `#` or `|`.
    static func cutLine(in bytes: [UInt8], from start: Int) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return nil }
            // Start at a line start: the one after the first newline from `start`.
            guard var lineStart = nextLine(base, count: buffer.count, after: start) else { return nil }
            var previousBlank = false
            while lineStart < buffer.count {
                let end = nextLine(base, count: buffer.count, after: lineStart) ?? buffer.count
                let line = UnsafeBufferPointer(rebasing: buffer[lineStart..<end])
                let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
                if previousBlank, !blank, let first = line.first, startsCleanly(first) { return lineStart }
                previousBlank = blank
                lineStart = end
            }
            return nil
        }
    }

    /// The offset after the first newline at or after `offset`.
    private static func nextLine(_ base: UnsafePointer<UInt8>, count: Int, after offset: Int) -> Int? {
        guard offset < count, let found = memchr(base + offset, 0x0A, count - offset) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
    }

    private static func startsCleanly(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "#")
            || byte == UInt8(ascii: "|")
    }
}
