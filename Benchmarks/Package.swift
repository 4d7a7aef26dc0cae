// swift-tools-version: 6.1
// In-process benchmarks of the hot paths (package-benchmark). A package of its own, so the
// root's `swift build` and `swift test` never build the harness:
//   cd Benchmarks && swift package benchmark
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its directory, which is whatever the clone is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
    name: "PostcardsBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        // The version the root uses; for running a pragma on the store's own connection.
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .executableTarget(
            name: "PostcardsBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PostcardsKit", package: rootIdentity),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/PostcardsBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
