// swift-tools-version:6.1
// Micro-benchmarks of Atlas's pipeline stages (package-benchmark). A package of its own so that
// the main build and `make test` never fetch or build the benchmark dependency.
// Run: `swift package --package-path Benchmarks benchmark` or `bench/swift-benchmarks.sh`.
import Foundation
import PackageDescription

// The root package (`..`). `Catalog` is reachable only once the root manifest declares it a
// library product (`.library(name: "Catalog", targets: ["Catalog"])`); until then the enrich and
// export benchmarks are compiled out and only the `Markdown` ones run.
let rootManifest = (try? String(
    contentsOfFile: Context.packageDirectory + "/../Package.swift", encoding: .utf8)) ?? ""
let catalogIsAProduct = rootManifest.contains(#".library(name: "Catalog""#)

var atlasDependencies: [Target.Dependency] = [
    .product(name: "Benchmark", package: "benchmark"),
    .product(name: "Markdown", package: "Atlas"),
]
if catalogIsAProduct {
    atlasDependencies.append(.product(name: "Catalog", package: "Atlas"))
}

let package = Package(
    name: "AtlasBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "Atlas", path: ".."),
        // Traits: only the malloc interposer (malloc counts); the default set would also pull
        // the Swift runtime interposer, which this machine's package mirror does not have.
        // (formerly ordo-one/package-benchmark; the old identifier now prints a deprecation warning)
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1",
                 traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "AtlasBenchmarks",
            dependencies: atlasDependencies,
            path: "Benchmarks/AtlasBenchmarks",
            swiftSettings: catalogIsAProduct ? [.define("ATLAS_CATALOG")] : [],
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
