/// A message about the input, tied to where it was found.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
    /// `note` says what Atlas did with something it did not use (a table it did not read, and
    /// why); it never fails a build, not even with `--strict`.
    public enum Severity: String, Hashable, Sendable, Comparable {
        case note, warning, error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `path:line:column: severity: message`, the format compilers use.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
