// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Atlas",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "atlas", targets: ["atlas"]),
        .library(name: "Markdown", targets: ["Markdown"]),
        .library(name: "Catalog", targets: ["Catalog"]),
        .library(name: "Site", targets: ["Site"]),
        .library(name: "Content", targets: ["Content"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
    ],
    targets: [
        // The system cmark library (Debian: libcmark-dev). Only `Markdown` imports it.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Stage 1: markdown bytes -> immutable values with source locations (+ HTML per block).
        .target(name: "Markdown", dependencies: ["CCmark"]),
        // Stage 2: parsed documents -> the typed graph of organizations, series, models, scores.
        .target(name: "Catalog", dependencies: [
            "Markdown",
            .product(name: "Yams", package: "Yams"),
        ]),
        // renameat2(RENAME_EXCHANGE) and syncfs, which Swift's Glibc module does not expose.
        .target(name: "CSystemShims"),
        // Pure functions from chart data to SVG text.
        .target(name: "Charts"),
        // Stage 3: graph and documents -> pages, written to Public/.
        // Stage 0: reading Content/ (markdown files and atlas.yml) into parsed documents, with limits.
        .target(name: "Content", dependencies: ["Markdown", "Catalog"]),
        .target(
            name: "Site",
            dependencies: [
                "Content", "Markdown", "Catalog", "Charts", "CSystemShims",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            plugins: ["EmbedTheme"]),
        // The built-in theme: Templates/ compiled into Site as generated source (one copy, no drift).
        .executableTarget(name: "embed-theme"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["embed-theme"]),
        // `atlas serve`: the built site over HTTP, rebuilt on every save, with live reload.
        .target(name: "Preview", dependencies: [
            "Content", "Markdown", "Site",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            .product(name: "UnixSignals", package: "swift-service-lifecycle"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "atlas", dependencies: [
            "Content", "Markdown", "Catalog", "Site", "Preview",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CatalogTests", dependencies: ["Catalog", "Markdown", "TestSupport"], resources: [.copy("Fixtures")]),
        // Temporary folders and the repository root, for the tests that touch the disk.
        .target(name: "TestSupport", dependencies: ["Site"], path: "Tests/TestSupport"),
        .testTarget(
            name: "ContentTests", dependencies: ["Content", "Catalog", "Markdown", "TestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "SiteTests", dependencies: ["Site", "Content", "Catalog", "Markdown", "TestSupport"]),
        // End to end: runs the built `atlas` binary on whole sites.
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "Site", "Content", "Markdown", "TestSupport", "atlas"]),
        .testTarget(name: "AtlasTests", dependencies: ["atlas", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
