// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Atlas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "atlas", targets: ["atlas"]),
        .library(name: "Markdown", targets: ["Markdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // The system cmark library (Debian: libcmark-dev). Only `Markdown` imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmark"]),
        .target(name: "Site", dependencies: [
            "Markdown",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .executableTarget(name: "atlas", dependencies: [
            "Markdown", "Site",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Markdown"]),
        .testTarget(name: "AtlasTests", dependencies: ["Markdown"]),
    ],
    swiftLanguageModes: [.v6]
)
