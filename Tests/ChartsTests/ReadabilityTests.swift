import Testing

@testable import Charts

/// Text shown in a chart is never smaller than 11px, on a 390px phone and on a 1280px screen.
///
/// The site shows a chart at its natural width or less (`max-width: 100%`): shown size is
/// font-size × shown width / viewBox width. The content column is the viewport less 2rem of
/// padding, at most 60rem; the site shows the 360-wide charts below 45rem and 640-wide ones above.
@Suite struct ReadabilityTests {
    static let minimumShownSize = 11.0

    static func shownWidth(natural: Double, viewport: Double) -> Double {
        min(natural, min(viewport, 960) - 32)
    }

    static func smallestShownFont(_ svg: String, viewport: Double) throws -> Double {
        let natural = try #require(TextSpans.viewBoxWidth(of: svg))
        let smallest = try #require(TextSpans.fontSizes(in: svg).min())
        return smallest * shownWidth(natural: natural, viewport: viewport) / natural
    }

    static let names = ["leaderboard", "rating", "timeline"]

    static func chart(_ name: String, width: Double) -> String {
        switch name {
        case "leaderboard": Samples.leaderboard.svg(width: width)
        case "rating": Samples.rating.svg(width: width)
        default: Samples.timeline.svg(width: width)
        }
    }

    @Test(arguments: names)
    func phoneChartsStayReadableAt390(name: String) throws {
        #expect(try Self.smallestShownFont(Self.chart(name, width: 360), viewport: 390) >= Self.minimumShownSize)
    }

    @Test(arguments: names)
    func wideChartsStayReadableAt1280(name: String) throws {
        #expect(try Self.smallestShownFont(Self.chart(name, width: 640), viewport: 1280) >= Self.minimumShownSize)
    }

    /// The standing chart is fluid: no `viewBox`, so its text is shown at the size it sets, at
    /// every width.
    @Test func fluidChartsNeverScaleTheirText() throws {
        let svg = Samples.standing.svg()
        #expect(TextSpans.viewBoxWidth(of: svg) == nil)
        #expect(try #require(TextSpans.fontSizes(in: svg).min()) >= Self.minimumShownSize)
    }

    @Test func theMeasureCatchesAWideChartSqueezedOntoAPhone() throws {
        // The 640 chart on a phone is what the issue reported: 6-7px labels.
        #expect(try Self.smallestShownFont(Samples.leaderboard.svg(width: 640), viewport: 390) < 7)
    }
}
