// swift-tools-version: 6.1
import PackageDescription

let examples = [
    "catalog-tour", "forum-schedule", "admission-check", "validate-dataset", "relations-report",
    "export-dataset", "diff-dataset", "compare-formats", "who-held",
]

let package = Package(
    name: "KoreaCentralAsia",
    // The lowest versions whose APIs the code uses (the audit is in Documentation/CONTRIBUTING.md):
    // `_StringProcessing`'s `contains(_:)` and `firstRange(of:)` in the library, and
    // `ContinuousClock` in kca-benchmark, need macOS 13, iOS 16, tvOS 16 and watchOS 9.
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "KoreaCentralAsia", targets: ["KoreaCentralAsia"]),
        .library(name: "KoreaCentralAsiaCatalog", targets: ["KoreaCentralAsiaCatalog"]),
        .library(name: "KoreaCentralAsiaExport", targets: ["KoreaCentralAsiaExport"]),
        .library(name: "KoreaCentralAsiaTesting", targets: ["KoreaCentralAsiaTesting"]),
    ],
    targets: [
        .target(name: "KoreaCentralAsia"),
        .target(
            name: "KoreaCentralAsiaCatalog",
            dependencies: ["KoreaCentralAsia"],
            // The canonical JSON files; what the compiler sees is Embedded/*.swift, raw string
            // literals that .ci/embed-catalog.sh writes from them (see CONTRIBUTING).
            exclude: ["Resources"]
        ),
        .target(name: "KoreaCentralAsiaExport", dependencies: ["KoreaCentralAsia"]),
        // Seeded random numbers and generated valid datasets, for tests (ours and users').
        .target(name: "KoreaCentralAsiaTesting", dependencies: ["KoreaCentralAsia"]),
        // Runs the built programs in tests; not a product.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .target(
            name: "ExampleSupport",
            dependencies: [
                "KoreaCentralAsia", "KoreaCentralAsiaCatalog", "KoreaCentralAsiaExport",
            ],
            path: "Examples/ExampleSupport"
        ),
        .executableTarget(
            name: "kca-benchmark",
            dependencies: [
                "KoreaCentralAsia", "KoreaCentralAsiaExport", "KoreaCentralAsiaTesting",
            ],
            path: "Benchmarks/kca-benchmark"
        ),
        .executableTarget(
            name: "kca-fuzz",
            dependencies: ["KoreaCentralAsia", "KoreaCentralAsiaTesting"],
            path: "Tests/Fuzz"
        ),
        .testTarget(
            name: "KoreaCentralAsiaTests",
            dependencies: [
                "KoreaCentralAsia", "KoreaCentralAsiaCatalog", "KoreaCentralAsiaExport",
                "KoreaCentralAsiaTesting", "TestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "KoreaCentralAsiaExportTests",
            dependencies: ["KoreaCentralAsiaExport", "KoreaCentralAsia", "KoreaCentralAsiaCatalog"]
        ),
        .testTarget(
            name: "ExampleTests",
            dependencies: examples.map { .target(name: $0) } + ["TestSupport"]
        ),
    ]
        + examples.map { name in
            .executableTarget(
                name: name,
                dependencies: ["KoreaCentralAsia", "KoreaCentralAsiaCatalog", "ExampleSupport"]
                    + (name == "export-dataset" ? ["KoreaCentralAsiaExport"] : []),
                path: "Examples/\(name)"
            )
        }
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
