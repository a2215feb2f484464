// swift-tools-version:6.0
// The fuzz target, a package of its own so that the main package never needs libFuzzer's `main`.
// Build and run it with `make fuzz` from the repository root (Linux; Swift's -sanitize=fuzzer).
import PackageDescription

let package = Package(
    name: "AtlasFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Atlas", path: "..")],
    targets: [
        // Declares libFuzzer's driver, which -sanitize=fuzzer links.
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "AtlasFuzz",
            dependencies: [
                "FuzzDriver",
                .product(name: "Markdown", package: "Atlas"),
                .product(name: "Catalog", package: "Atlas"),
                .product(name: "Site", package: "Atlas"),
                .product(name: "Content", package: "Atlas"),
            ]),
    ],
    swiftLanguageModes: [.v6]
)
