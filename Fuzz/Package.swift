// swift-tools-version: 6.1
// libFuzzer targets for postcards' hand-written parsers. A separate package so that the root
// package's `swift build` / `swift test` never see targets that only link with
// `--sanitize=fuzzer` (libFuzzer provides their `main`). Build and run them with
// `scripts/fuzz.sh`; see docs/reliability.md, "Fuzzing".
import PackageDescription

let package = Package(
    name: "postcards-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "postcards", path: ".."),
    ],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "PostcardsCore", package: "postcards")]),
        .executableTarget(
            name: "FuzzDeckTOML",
            dependencies: ["FuzzSupport", .product(name: "PostcardsDeck", package: "postcards")]
        ),
        .executableTarget(
            name: "FuzzAnkiText",
            dependencies: ["FuzzSupport", .product(name: "PostcardsDeck", package: "postcards")]
        ),
        .executableTarget(
            name: "FuzzHTMLText",
            dependencies: ["FuzzSupport", .product(name: "PostcardsDeck", package: "postcards")]
        ),
        .executableTarget(
            name: "FuzzCloze",
            dependencies: ["FuzzSupport", .product(name: "PostcardsCore", package: "postcards")]
        ),
    ]
)
