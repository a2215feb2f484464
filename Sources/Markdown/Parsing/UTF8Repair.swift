#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds invalid UTF-8 and replaces each bad sequence with U+FFFD, remembering where it was.
public enum UTF8Repair {
    /// The repaired bytes and the byte offsets of the bad sequences (all of them; callers cap
    /// how many they report). Returns the input itself when it is valid.
    public static func repair(_ bytes: [UInt8]) -> (bytes: [UInt8], badOffsets: [Int]) {
        if bytes.withUnsafeBufferPointer(isValid) { return (bytes, []) }
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

    /// Whether the bytes are valid UTF-8, as the standard library decides (no overlong forms, no
    /// surrogates, nothing past U+10FFFF), eight bytes at a time through runs of ASCII: markdown
    /// is mostly ASCII, and this is several times faster there than `UTF8Span(validating:)`.
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count,
                UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
                continue
            }
            let lead = base[index]
            guard lead >= 0x80 else {
                index += 1
                continue
            }
            guard let length = sequenceLength(base + index, available: count - index) else { return false }
            index += length
        }
        return true
    }

    /// The length of the valid multi-byte sequence at `start`, or nil when there is none.
    private static func sequenceLength(_ start: UnsafePointer<UInt8>, available: Int) -> Int? {
        // The second byte's range depends on the first (Unicode 15, table 3-7); later ones are 80...BF.
        let length: Int
        var second: ClosedRange<UInt8> = 0x80...0xBF
        switch start[0] {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return nil
        }
        guard length <= available, second.contains(start[1]) else { return nil }
        for offset in 2..<length where start[offset] & 0xC0 != 0x80 { return nil }
        return length
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
