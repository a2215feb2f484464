// The pipeline stages on the seed document, one seed per iteration. Inputs are read and prepared
// once, when the benchmarks are registered, outside every measured region.
import Benchmark
import Foundation
import Catalog
import Markdown

/// The repository root: this file is Benchmarks/Benchmarks/AtlasBenchmarks/AtlasBenchmarks.swift.
private let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
private let seedPath = "Content/overview-of-chinese-ai-models.md"

private func contents(_ relative: String) -> Data {
    let url = root.appendingPathComponent(relative)
    guard let data = FileManager.default.contents(atPath: url.path) else {
        fatalError("cannot read \(url.path)")
    }
    return data
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .instructions, .mallocCountTotal, .peakMemoryResident],
        timeUnits: .microseconds,
        warmupIterations: 3,
        scalingFactor: .one,
        maxDuration: .seconds(8),
        maxIterations: 1_000
    )

    let seed = [UInt8](contents(seedPath))
    let document: Document
    do {
        document = try MarkdownParser.parse(seed, path: seedPath)
    } catch {
        fatalError("\(error)")
    }

    Benchmark("parse seed") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try MarkdownParser.parse(seed, path: seedPath))
        }
    }

    Benchmark("render seed") { benchmark in
        // One buffer, reserved once: the rendering is measured, not the buffer's growth.
        var html: [UInt8] = []
        html.reserveCapacity(4 * seed.count)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            html.removeAll(keepingCapacity: true)
            blackHole(try MarkdownParser.renderHTML(seed, path: seedPath) { html.append(contentsOf: $0) })
            blackHole(html.count)
        }
    }

    let configPath = "Content/atlas.yml"
    let config: CatalogConfig
    do {
        config = try ConfigLoader.load(
            yaml: String(decoding: contents(configPath), as: UTF8.self), path: configPath)
    } catch {
        fatalError("\(error)")
    }
    let enricher = Enricher(config: config)
    let catalog = enricher.enrich([document]).catalog

    Benchmark("enrich seed") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(enricher.enrich([document]))
        }
    }

    Benchmark("export seed JSON") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(JSONExport.render(catalog))
        }
    }
}
