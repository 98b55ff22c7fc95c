import Testing
import Foundation

/// Runs the built `rebound` executable as a person or script would, with arguments and
/// standard input, and collects what it prints and its exit status.
struct RunResult {
    let status: Int32
    let output: String
    let error: String
}

enum RunRebound {
    /// The `rebound` binary next to the test bundle in the build folder.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("rebound").path), folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("rebound")
    }

    /// The repository's `Examples/` folder.
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Examples")
    }

    static func run(_ arguments: [String], input: Data? = nil, environment: [String: String] = [:]) throws -> RunResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let stdout = Pipe(), stderr = Pipe(), stdin = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = stdin
        try process.run()
        // Write and read concurrently so large inputs and outputs cannot deadlock on full pipes.
        let writer = Thread {
            if let input { stdin.fileHandleForWriting.write(input) }
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errorData = LockedData()
        let errorReader = Thread { errorData.set(stderr.fileHandleForReading.readDataToEndOfFile()) }
        errorReader.start()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !errorData.isSet { Thread.sleep(forTimeInterval: 0.005) }
        return RunResult(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
                         error: String(decoding: errorData.value, as: UTF8.self))
    }
}

extension RunRebound {
    /// Runs `rebound` with its standard output written to the file at `path` (such as
    /// `/dev/full`), and returns its exit status and what it printed on standard error.
    static func run(_ arguments: [String], outputTo path: String) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let stderr = Pipe()
        process.standardOutput = try #require(FileHandle(forWritingAtPath: path))
        process.standardError = stderr
        try process.run()
        let error = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: error, as: UTF8.self))
    }
}

/// Data handed from a reader thread to the test.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) { lock.withLock { data = value } }
    var isSet: Bool { lock.withLock { data != nil } }
    var value: Data { lock.withLock { data ?? Data() } }
}

/// Expects what the contract promises for unusable input: exit 2, nothing on standard output,
/// and one line on standard error containing `text`.
func expectOneLineError(_ result: RunResult, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 2, "exit \(result.status), stderr: \(result.error)", sourceLocation: sourceLocation)
    #expect(result.error.hasSuffix("\n") && result.error.dropLast().split(separator: "\n").count == 1,
            "not one line: \(result.error)", sourceLocation: sourceLocation)
    #expect(result.error.contains(text), "\(result.error)", sourceLocation: sourceLocation)
    #expect(result.output.isEmpty, sourceLocation: sourceLocation)
}
