#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds invalid UTF-8 and replaces each bad sequence with U+FFFD, remembering where it was.
enum UTF8Repair {
    /// The repaired bytes and the byte offsets of the bad sequences (all of them; callers cap
    /// how many they report). Returns the input itself when it is valid.
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], badOffsets: [Int]) {
        // The standard library's validation is vectorised: take the fast road for valid input.
        if (try? UTF8Span(validating: bytes.span)) != nil { return (bytes, []) }
        var badOffsets: [Int] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var output: [UInt8]? = nil
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                output?.append(contentsOf: encoded)
                offset += encoded.count
            case .error(let length):
                if output == nil { output = Array(bytes[..<offset]) }
                badOffsets.append(offset)
                output?.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += length
            case .emptyInput:
                break loop
            }
        }
        return (output ?? bytes, badOffsets)
    }
}

/// NUL bytes: valid UTF-8, but CommonMark replaces them with U+FFFD for safety. Atlas replaces
/// them itself, before every parse, so that it can say where each one was.
enum NULRepair {
    /// The bytes with each NUL replaced by U+FFFD, and the offsets of the NULs (in `bytes`).
    /// Returns the input itself when it has none (found at memchr speed).
    static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], offsets: [Int]) {
        let hasNUL = bytes.withUnsafeBytes { buffer in
            buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false
        }
        guard hasNUL else { return (bytes, []) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var offsets: [Int] = []
        for (offset, byte) in bytes.enumerated() {
            if byte == 0 {
                offsets.append(offset)
                output += [0xEF, 0xBF, 0xBD]
            } else {
                output.append(byte)
            }
        }
        return (output, offsets)
    }
}
