/// A stable 64-bit digest of a file's bytes, kept in the manifest to tell changed files from
/// unchanged ones without reading the old file.
///
/// FNV-1a taken 8 bytes at a time (with a shift that brings high bits down), then a final mix.
/// Each step is a bijection of the running state, so changing any single 8-byte word always
/// changes the digest; the size is compared separately. Not Swift's `Hasher`, which is seeded per
/// process; not cryptographic, which a change detector does not need.
struct ContentDigest: Sendable, Hashable, CustomStringConvertible {
    let value: UInt64

    init(value: UInt64) {
        self.value = value
    }

    init(of bytes: [UInt8]) {
        let prime: UInt64 = 0x0000_0100_0000_01B3
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                state = (state ^ word) &* prime
                state ^= state >> 29
            }
            for byte in raw[(words * 8)...] {
                state = (state ^ UInt64(byte)) &* prime
            }
        }
        state ^= UInt64(bytes.count)
        state ^= state >> 33
        state = state &* 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 33
        value = state
    }

    /// 16 lowercase hexadecimal digits.
    var description: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
