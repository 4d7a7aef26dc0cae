// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "postcards",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "postcards", targets: ["postcards"]),
        // The parsers as libraries so the fuzz package (Fuzz/Package.swift) can link them.
        .library(name: "PostcardsCore", targets: ["PostcardsCore"]),
        .library(name: "PostcardsDeck", targets: ["PostcardsDeck"]),
        // For Benchmarks/, a separate package that depends on this one by path.
        .library(name: "PostcardsKit", targets: ["PostcardsCore", "PostcardsDeck", "PostcardsStore", "ShippedDeck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .target(name: "PostcardsCore"),
        .target(
            name: "PostcardsDeck",
            dependencies: [
                "PostcardsCore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "PostcardsStore",
            dependencies: [
                "PostcardsCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for binding the rows of a large import without boxing each value.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(name: "DeckEmbedder", path: "Plugins/DeckEmbedder"),
        .plugin(
            name: "EmbedDecks",
            capability: .buildTool(),
            dependencies: ["DeckEmbedder"],
            path: "Plugins/EmbedDecks"
        ),
        .target(
            name: "ShippedDeck",
            plugins: ["EmbedDecks"]
        ),
        .target(name: "PostcardsTUI", dependencies: ["PostcardsCore"]),
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "PostcardsCurses", dependencies: ["PostcardsTUI", "CNcursesw"]),
        .target(
            name: "PostcardsCLI",
            dependencies: [
                "PostcardsCore",
                "PostcardsDeck",
                "PostcardsStore",
                "ShippedDeck",
                "PostcardsTUI",
                "PostcardsCurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "postcards", dependencies: ["PostcardsCLI"]),
        .testTarget(
            name: "PostcardsCoreTests",
            dependencies: [
                "PostcardsCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "PostcardsDeckTests",
            dependencies: [
                "PostcardsDeck",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "PostcardsStoreTests", dependencies: ["PostcardsStore"]),
        .testTarget(
            name: "PostcardsCLITests",
            dependencies: ["PostcardsCLI", "PostcardsCore", "PostcardsDeck", "PostcardsStore", "PostcardsTUI", "ShippedDeck"]),
        .testTarget(name: "PostcardsTUITests", dependencies: ["PostcardsTUI"], exclude: ["Goldens"]),
        .target(name: "CSpawn", path: "Tests/CSpawn"),
        .testTarget(name: "PostcardsE2ETests", dependencies: ["CSpawn", "PostcardsCore", "PostcardsTUI"]),
    ]
)
