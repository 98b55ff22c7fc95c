import Foundation
import Testing

/// `rebound serve` refuses unusable settings at once, with one line naming the option.
@Suite struct ServeCommandTests {
    @Test func aPortOutOfRangeIsRefused() throws {
        expectOneLineError(try RunRebound.run(["serve", "--port", "99999"]), containing: "--port: use a number from 1 to 65535")
    }

    @Test func settingsComeFromTheEnvironmentToo() throws {
        // A system service sets them there; a wrong one is named by its variable.
        expectOneLineError(try RunRebound.run(["serve"], environment: ["REBOUND_PORT": "99999"]),
                           containing: "REBOUND_PORT: use a number from 1 to 65535")
        expectOneLineError(try RunRebound.run(["serve"], environment: ["REBOUND_PORT": "eighty"]),
                           containing: "REBOUND_PORT: use a number from 1 to 65535, not eighty")
        // An option wins over its variable.
        expectOneLineError(try RunRebound.run(["serve", "--port", "0"], environment: ["REBOUND_PORT": "8080"]),
                           containing: "--port: use a number from 1 to 65535, not 0")
    }

    @Test func anUnknownDatabaseKindIsRefused() throws {
        expectOneLineError(try RunRebound.run(["serve", "--database", "mysql://db/rebound"]), containing: "--database: database URL: unknown kind")
    }
}

/// What a person sees when they start Rebound: one line with the address, and the first time
/// only, where the notes are kept and how to keep a copy.
@Suite struct ServeFirstRunTests {
    /// Starts `rebound serve` on a free port, waits for its first line, reads what it printed
    /// within a moment, and stops it.
    func firstWords(dataHome: String) throws -> String {
        let socket = try FreePort.find()
        let process = Process()
        process.executableURL = RunRebound.executable
        process.arguments = ["serve", "--port", String(socket)]
        process.environment = ProcessInfo.processInfo.environment.merging(["XDG_DATA_HOME": dataHome]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("Ctrl-C"), Date() < deadline {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        Thread.sleep(forTimeInterval: 0.5)
        process.terminate()
        process.waitUntilExit()
        text += String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return text
    }

    @Test func theFirstRunSaysTheAddressAndWhereTheNotesAreThenOnlyTheAddress() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-first-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        let first = try firstWords(dataHome: home).split(separator: "\n").map(String.init)
        #expect(first.count == 2, "\(first)")
        #expect(first.first?.hasPrefix("Rebound is running: open http://127.0.0.1:") == true)
        #expect(first.last?.contains("Your notes are kept in \(home)/rebound/rebound.sqlite. To back them up, copy that file") == true)
        let again = try firstWords(dataHome: home).split(separator: "\n").map(String.init)
        #expect(again.count == 1 && again[0].hasPrefix("Rebound is running: open http://127.0.0.1:"), "\(again)")
    }

    @Test func theVersionNamesTheCommitItWasBuiltFrom() throws {
        let version = try RunRebound.run(["--version"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.wholeMatch(of: /\d+\.\d+\.\d+ \(commit ([0-9a-f]{40}|unknown)\)/) != nil, "\(version)")
    }
}

/// A port nobody listens on just now.
enum FreePort {
    static func find() throws -> Int {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"]
        let output = Pipe()
        probe.standardOutput = output
        try probe.run()
        probe.waitUntilExit()
        return Int(String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 18_080
    }
}
