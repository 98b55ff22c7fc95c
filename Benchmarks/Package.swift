// swift-tools-version: 6.1
import PackageDescription
import class Foundation.ProcessInfo
import struct Foundation.URL

// The benchmarks live in their own package so `swift build` and `swift test` of Rebound do
// not build the benchmark tooling. Run them with `swift package benchmark` from this folder.
//
// The parent folder is Rebound itself; SwiftPM names a path dependency after its folder,
// which differs between clones (main, ci-check, rebound), so the name is read here.
let reboundFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let reboundIdentity = reboundFolder.lastPathComponent.lowercased()

let package = Package(
    name: "ReboundBenchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: ".."),
        // Only the malloc interposer trait: the default runtime interposer is not in the local mirror.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "ReboundBenchmarks",
            dependencies: [
                .product(name: "ReboundCore", package: reboundIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/ReboundBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
