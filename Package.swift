// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "KoreaCentralAsia",
    products: [
        .library(name: "KoreaCentralAsia", targets: ["KoreaCentralAsia"]),
        .library(name: "KoreaCentralAsiaCatalog", targets: ["KoreaCentralAsiaCatalog"]),
    ],
    targets: [
        .target(name: "KoreaCentralAsia"),
        .target(
            name: "KoreaCentralAsiaCatalog",
            dependencies: ["KoreaCentralAsia"],
            resources: [.embedInCode("Resources/catalog.json")]
        ),
        .testTarget(
            name: "KoreaCentralAsiaTests",
            dependencies: ["KoreaCentralAsia"],
            resources: [.copy("Fixtures")]
        ),
    ]
)

for target in package.targets {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
