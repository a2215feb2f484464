import Markdown
import Testing

@testable import Site

struct RenderedSiteTests {
    /// Pages rendered on all cores are added in order, with the same bytes, in buffers of their size.
    @Test func filesRenderedInParallelKeepTheirOrderAndBytes() throws {
        var site = RenderedSite()
        let files = (0..<200).map { index in
            PendingFile(path: "p\(index).html") {
                var bytes: [UInt8] = []
                for _ in 0..<(index * 97) { bytes.append(UInt8(truncatingIfNeeded: index)) }
                return bytes
            }
        }
        try site.add(rendering: files)
        #expect(site.files.count == 200)
        for index in 0..<200 {
            let bytes = try #require(site.files["p\(index).html"])
            #expect(bytes.count == index * 97 && bytes.allSatisfy { $0 == UInt8(truncatingIfNeeded: index) })
        }
        #expect(site.totalBytes == (0..<200).reduce(0) { $0 + $1 * 97 })
    }

    @Test func compactingKeepsTheBytesAndDropsTheSlack() {
        var grown: [UInt8] = []
        grown.reserveCapacity(1 << 20)
        grown += Array("hello".utf8)
        let compact = RenderedSite.compact(grown)
        #expect(compact == grown)
        #expect(compact.capacity < 1 << 16)
        // A buffer with little slack is kept as it is.
        let tight = Array(repeating: UInt8(7), count: 100_000)
        #expect(RenderedSite.compact(tight) == tight)
    }
}
