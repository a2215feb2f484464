// swift-tools-version:6.1
// Micro-benchmarks of Atlas's pipeline stages (package-benchmark). A package of its own so that
// the main build and `make test` never fetch or build the benchmark dependency.
// Run: `swift package --package-path Benchmarks benchmark` or `bench/swift-benchmarks.sh`.
import PackageDescription

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
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Markdown", package: "Atlas"),
                .product(name: "Catalog", package: "Atlas"),
            ],
            path: "Benchmarks/AtlasBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
