import Testing

@testable import Catalog

@Suite("Natural order")
struct NaturalOrderTests {
    @Test func numbersCompareByValue() {
        let sorted = ["128K", "16K", "1M", "4K", "32K", "256K", "8K"].sorted(by: NaturalOrder.areInIncreasingOrder)
        #expect(sorted == ["4K", "8K", "16K", "32K", "128K", "256K", "1M"])
        let shots = ["25-shot", "5-shot", "0-shot", "10-shot"].sorted(by: NaturalOrder.areInIncreasingOrder)
        #expect(shots == ["0-shot", "5-shot", "10-shot", "25-shot"])
        #expect(NaturalOrder.areInIncreasingOrder("v1.5", "v1.10") == false)  // decimals, not versions
        #expect(NaturalOrder.areInIncreasingOrder("7B chat", "13B chat"))
        #expect(NaturalOrder.areInIncreasingOrder("2 Bits", "16 Bits"))  // a word after a space is no magnitude
    }

    @Test func textComparesAsPlainOrder() {
        #expect(NaturalOrder.areInIncreasingOrder("Python", "Rust"))
        #expect(NaturalOrder.areInIncreasingOrder("EM", "EMx"))
        #expect(!NaturalOrder.areInIncreasingOrder("EMx", "EM"))
        #expect(NaturalOrder.areInIncreasingOrder("", "a"))
    }

    /// A strict total order that agrees with equality, or sorting is undefined.
    @Test func theOrderIsTotalAndAgreesWithEquality() {
        let texts = ["5", "05", "5.0", "16K", "16k", "16000", "a5", "a05", "a", "", "K", "1M", "1000K", "x-1", "x-01b"]
        for a in texts {
            #expect(!NaturalOrder.areInIncreasingOrder(a, a))
            for b in texts where a != b {
                #expect(NaturalOrder.areInIncreasingOrder(a, b) != NaturalOrder.areInIncreasingOrder(b, a), "\(a) \(b)")
                for c in texts where NaturalOrder.areInIncreasingOrder(a, b) && NaturalOrder.areInIncreasingOrder(b, c)
                {
                    #expect(NaturalOrder.areInIncreasingOrder(a, c), "\(a) < \(b) < \(c)")
                }
            }
        }
    }

    @Test func settingsSortByShotsAndContextLength() {
        let settings = [
            Setting(qualifier: "128K"), Setting(qualifier: "16K"), Setting(shots: "25-shot"), Setting(shots: "5-shot"),
        ]
        #expect(
            settings.sorted().map(\.description) == ["16K", "128K", "5-shot", "25-shot"])
    }
}
