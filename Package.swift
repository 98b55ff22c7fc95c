// swift-tools-version: 6.1
import PackageDescription

// Dependencies point one way: ReboundCore <- (ReboundStore <- ReboundWeb, when they come) <- rebound.
// ReboundCore is pure: Foundation only, no clock reads, no I/O.
let package = Package(
    name: "Rebound",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "ReboundCore", targets: ["ReboundCore"]),
        .executable(name: "rebound", targets: ["rebound"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "ReboundCore"),
        .executableTarget(
            name: "rebound",
            dependencies: [
                "ReboundCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ReboundCoreTests", dependencies: ["ReboundCore"], resources: [.copy("Corpus")]),
        .testTarget(name: "ReboundCLITests", dependencies: ["rebound"]),
    ],
    swiftLanguageModes: [.v6]
)
