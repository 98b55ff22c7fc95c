// swift-tools-version: 6.2
import PackageDescription

// Dependencies point one way: ReboundCore <- ReboundStore <- ReboundWeb <- rebound, with
// ReboundForms (reading posted forms) beside ReboundCore under ReboundWeb.
// ReboundCore and ReboundForms are pure: Foundation only, no clock reads, no I/O.
// ReboundStore holds the storage interface and its SQL implementations.
// ReboundWeb is the Hummingbird app; the concrete store is chosen only where the app is built.
let package = Package(
    name: "Rebound",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "ReboundCore", targets: ["ReboundCore"]),
        .library(name: "ReboundStore", targets: ["ReboundStore"]),
        .library(name: "ReboundWeb", targets: ["ReboundWeb"]),
        .executable(name: "rebound", targets: ["rebound"]),
    ],
    // Versions: the lowest each needs, up to the next major. sqlite-nio is pinned exactly:
    // ReboundStore calls the SQLite it builds by that build's symbol names (CSQLiteShim),
    // which sqlite-nio does not promise to keep.
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        // swift-configuration support is not used: Rebound reads its settings from the command line.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sql-kit", from: "3.36.0"),
        .package(url: "https://github.com/vapor/postgres-kit", from: "2.17.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.100.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/vapor/sqlite-kit", from: "4.5.2"),
        .package(url: "https://github.com/vapor/sqlite-nio", exact: "1.13.2"),
    ],
    targets: [
        .target(name: "ReboundCore"),
        // Reading posted forms, urlencoded and multipart (Foundation only, fuzzed).
        .target(name: "ReboundForms"),
        // Declarations of the SQLite functions ReboundStore calls, as sqlite-nio's build names them.
        .target(name: "CSQLiteShim"),
        .target(
            name: "ReboundStore",
            dependencies: [
                "ReboundCore",
                "CSQLiteShim",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "SQLiteNIO", package: "sqlite-nio"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "ReboundWeb",
            dependencies: [
                "ReboundCore",
                "ReboundStore",
                "ReboundForms",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // The templates and public files are built into the binary (the EmbedFiles plugin),
            // so a single executable runs with no resources folder beside it.
            exclude: ["Templates", "Public"],
            plugins: ["EmbedFiles"]
        ),
        .executableTarget(
            name: "rebound",
            dependencies: [
                "ReboundCore",
                "ReboundStore",
                "ReboundWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            plugins: ["EmbedFiles"]
        ),
        // Build-time only: writes the embedded files and the commit into Swift sources.
        .executableTarget(name: "EmbedFilesTool"),
        .plugin(name: "EmbedFiles", capability: .buildTool(), dependencies: ["EmbedFilesTool"]),
        // libFuzzer targets for the readers of outside input (scripts/fuzz builds it with the fuzzer).
        .target(name: "CFuzzerDriver"),
        .executableTarget(name: "ReboundFuzz", dependencies: ["ReboundCore", "ReboundForms", "CFuzzerDriver"]),
        .testTarget(name: "ReboundCoreTests", dependencies: ["ReboundCore"], resources: [.copy("Corpus")]),
        .testTarget(name: "ReboundFormsTests", dependencies: ["ReboundForms"], resources: [.copy("Uploads")]),
        .testTarget(
            name: "ReboundStoreTests",
            dependencies: [
                "ReboundStore", "ReboundCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "ReboundWebTests",
            dependencies: [
                "ReboundWeb", "ReboundCore", "ReboundStore", "ReboundForms",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "ReboundCLITests",
            dependencies: ["rebound", "ReboundStore", "ReboundCore", .product(name: "Logging", package: "swift-log")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
