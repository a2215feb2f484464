/// Compiled templates laid out for rendering: one array of operations that hold no references
/// (indices into the program's pools instead), so rendering a page retains nothing per tag.
///
/// Both cores render pages from one program at once. With the tokens as an indirect enum, every
/// tag rendered retained and released a token box and its bytes, atomic writes to cache lines
/// the other core was writing too: a third of the renderer's time at 100x the seed.
final class TemplateProgram: @unchecked Sendable {
    // @unchecked: the pools are written in `init` only and freed in `deinit`.

    enum Kind: UInt8 {
        case text, variable, rawVariable, section, invertedSection, blockDefinition, blockExpansion, partial
    }

    /// One operation. Every operation's next sibling is at `end`: a section's, a block's or a
    /// parent call's body lies between it and `end`.
    struct Operation {
        var kind: Kind
        /// Text: its first byte in the pool. Variable, section: its path. Block: its name (a
        /// string). Partial: the template entry it renders, or `Self.absent` or `Self.unsupported`.
        var first: Int32 = 0
        /// Text: the end of its bytes.
        var last: Int32 = 0
        var end: Int32 = 0
        /// Block, partial: the indentation it adds (a string), or -1.
        var indentation: Int32 = -1
        /// Partial: its name (a string); a parent call: its block definitions (`inherits`), or -1.
        var name: Int32 = -1
        var inherits: Int32 = -1

        static let absent: Int32 = -1
        static let unsupported: Int32 = -2
    }

    /// A variable's name path: `names[first..<first+count]`.
    struct Path {
        var isCurrent: Bool
        var first: Int32
        var count: Int32
    }

    let operations: UnsafeMutableBufferPointer<Operation>
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let paths: UnsafeMutableBufferPointer<Path>
    /// Path names, block names, partial names and indentations.
    let strings: UnsafeMutableBufferPointer<String>
    /// Per parent call (`{{< layout}}`), the bodies of its block definitions by name.
    let inherits: [[String: Range<Int>]]
    /// Each template's operations, by template name.
    let entries: [String: Range<Int>]
    /// Templates that only swift-mustache renders (the renderer falls back when it meets one).
    let unsupported: Set<String>

    init(_ library: CompiledLibrary) {
        var layout = Layout()
        var entries: [String: Range<Int>] = [:]
        for name in library.templates.keys.sorted() {
            let start = layout.operations.count
            layout.append(library.templates[name]!.tokens)
            entries[name] = start..<layout.operations.count
        }
        for (index, name) in layout.partialNames {
            let target: Int32
            if let range = entries[name] {
                target = Int32(range.lowerBound)
                layout.operations[index].last = Int32(range.upperBound)
            } else {
                target = library.unsupported.contains(name) ? Operation.unsupported : Operation.absent
            }
            layout.operations[index].first = target
        }
        (self.entries, self.inherits, self.unsupported) = (entries, layout.inherits, library.unsupported)
        operations = Self.pool(layout.operations)
        bytes = Self.pool(layout.bytes)
        paths = Self.pool(layout.paths)
        strings = Self.pool(layout.strings)
    }

    deinit {
        operations.deallocate()
        bytes.deallocate()
        paths.deallocate()
        strings.deinitialize().deallocate()
    }

    private static func pool<Element>(_ elements: [Element]) -> UnsafeMutableBufferPointer<Element> {
        let pool = UnsafeMutableBufferPointer<Element>.allocate(capacity: max(elements.count, 1))
        _ = pool.initialize(from: elements)
        return pool
    }

    /// The program being laid out, in plain arrays.
    private struct Layout {
        var operations: [Operation] = []
        var bytes: [UInt8] = []
        var paths: [Path] = []
        var strings: [String] = []
        var inherits: [[String: Range<Int>]] = []
        /// Partial operations to point at their templates once all are laid out.
        var partialNames: [(Int, String)] = []

        mutating func append(_ tokens: [CompiledTemplate.Token]) {
            for token in tokens { append(token) }
        }

        /// Appends one token; a body follows its operation, which then learns where it ends.
        private mutating func append(_ token: CompiledTemplate.Token) {
            let index = operations.count
            switch token {
            case .text(let text):
                let first = Int32(bytes.count)
                operations.append(Operation(kind: .text, first: first, last: first + Int32(text.count)))
                bytes += text
            case .variable(let path, let escaped):
                operations.append(Operation(kind: escaped ? .variable : .rawVariable, first: add(path)))
            case .section(let path, let body):
                operations.append(Operation(kind: .section, first: add(path)))
                append(body.tokens)
            case .invertedSection(let path, let body):
                operations.append(Operation(kind: .invertedSection, first: add(path)))
                append(body.tokens)
            case .blockDefinition(_, let body):
                operations.append(Operation(kind: .blockDefinition))
                append(body.tokens)
            case .blockExpansion(let name, let fallback, let indentation):
                operations.append(Operation(kind: .blockExpansion, first: add(name), indentation: add(indentation)))
                append(fallback.tokens)
            case .partial(let name, let indentation, let inherits):
                operations.append(Operation(kind: .partial, indentation: add(indentation), name: add(name)))
                partialNames.append((index, name))
                if let inherits {
                    // The blocks' bodies lie within the call, which steps over them.
                    var blocks: [String: Range<Int>] = [:]
                    for (block, body) in inherits.sorted(by: { $0.key < $1.key }) {
                        let start = operations.count
                        append(body.tokens)
                        blocks[block] = start..<operations.count
                    }
                    operations[index].inherits = Int32(self.inherits.count)
                    self.inherits.append(blocks)
                }
            }
            operations[index].end = Int32(operations.count)
        }

        private mutating func add(_ path: CompiledTemplate.Path) -> Int32 {
            let first = Int32(strings.count)
            paths.append(Path(isCurrent: path.scope == .current, first: first, count: Int32(path.names.count)))
            strings += path.names
            return Int32(paths.count - 1)
        }

        private mutating func add(_ string: String?) -> Int32 {
            guard let string else { return -1 }
            strings.append(string)
            return Int32(strings.count - 1)
        }
    }
}
