import ArgumentParser
import Foundation
import Hummingbird
import Logging
import NIOCore
import ReboundStore
import ReboundWeb

/// `rebound serve`: the web app, on an SQLite file in the user's data folder by default.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the web app (default http://127.0.0.1:8080, data in $XDG_DATA_HOME/rebound/rebound.sqlite).",
        discussion: """
        Open the address it prints in a browser. The first visit creates your \
        account.

        Just you, on this machine:
          rebound serve
        Your notes in a file of your choice:
          rebound serve --database sqlite:/path/to/notes.sqlite
        Several people (behind HTTPS):
          rebound serve --host 0.0.0.0 --allow-signup

        The database can also be named by REBOUND_DATABASE_URL. Stop with Ctrl-C.
        """
    )

    @Option(help: ArgumentHelp("sqlite:PATH, sqlite::memory: or postgres://USER[:PASS]@HOST[:PORT]/DB.", valueName: "URL"))
    var database: String?

    @Option(name: .customLong("host"), help: ArgumentHelp(
        "The address to listen on (or REBOUND_HOST; default 127.0.0.1, which keeps the app on this machine).", valueName: "host"))
    var hostOption: String?

    @Option(name: .customLong("port"), help: ArgumentHelp("The port to listen on (or REBOUND_PORT; default 8080).", valueName: "port"))
    var portOption: Int?

    @Flag(name: .customLong("allow-signup"), help: "Let visitors create accounts after the owner's (or REBOUND_ALLOW_SIGNUP=1).")
    var allowSignupFlag = false

    /// Each setting from its option, else its environment variable (a system service sets
    /// them there), else the default.
    private static var environment: [String: String] { ProcessInfo.processInfo.environment }
    var host: String { hostOption ?? Self.environment["REBOUND_HOST"].flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1" }
    var port: Int { portOption ?? Self.environment["REBOUND_PORT"].flatMap { Int($0) } ?? 8080 }
    var allowSignup: Bool { allowSignupFlag || ["1", "true", "yes"].contains(Self.environment["REBOUND_ALLOW_SIGNUP"]?.lowercased() ?? "") }

    @Option(name: .customLong("trusted-proxy"), parsing: .singleValue,
            help: ArgumentHelp("""
                A reverse proxy whose X-Forwarded-For names the client (an address or a range like 10.0.0.0/8; \
                repeat or separate with commas). Without it, the client is the address that connects.
                """, valueName: "address"))
    var trustedProxies: [String] = []

    @Flag(help: "Open the address in your browser once Rebound is running (with xdg-open or open).")
    var open = false

    @Option(help: ArgumentHelp("""
        Seconds a connection may send no complete part of a request (its headers, or the next piece of its body) \
        before it is closed; also how long an idle connection is kept.
        """, valueName: "seconds"))
    var idleTimeout: Double = 30

    func validate() throws {
        // ArgumentParser reports a ValidationError from here as a usage error (exit 2, one line).
        if let text = Self.environment["REBOUND_PORT"], portOption == nil, Int(text) == nil {
            throw ValidationError("REBOUND_PORT: use a number from 1 to 65535, not \(text.prefix(20))")
        }
        let portSource = portOption == nil && Self.environment["REBOUND_PORT"] != nil ? "REBOUND_PORT" : "--port"
        guard (1...65_535).contains(port) else { throw ValidationError("\(portSource): use a number from 1 to 65535, not \(port)") }
        guard !host.isEmpty else { throw ValidationError("--host: give an address such as 127.0.0.1") }
        do { _ = try TrustedProxies(proxySettings) } catch { throw ValidationError("--trusted-proxy: \(error)") }
        guard idleTimeout >= 1, idleTimeout <= 3_600 else {
            throw ValidationError("--idle-timeout: use a number of seconds from 1 to 3600, not \(idleTimeout)")
        }
    }

    /// `--trusted-proxy` values, or `REBOUND_TRUSTED_PROXY` when none is given.
    private var proxySettings: [String] {
        if !trustedProxies.isEmpty { return trustedProxies }
        return ProcessInfo.processInfo.environment["REBOUND_TRUSTED_PROXY"].map { [$0] } ?? []
    }

    func run() async throws {
        Self.sizeEventLoops()
        // A person sees one line (below); operators ask for more with LOG_LEVEL=info.
        let logger = Logger.rebound(defaultLevel: .notice)
        let (storage, url) = try await DatabaseOpening.open(database, logger: logger)
        if !storage.appliedMigrations.isEmpty {
            logger.info("database schema brought to version \(storage.appliedMigrations.last!)",
                        metadata: ["applied": "\(storage.appliedMigrations)"])
        }
        let configuration = WebConfiguration(host: host, port: port, allowSignup: allowSignup,
                                             trustedProxies: try TrustedProxies(proxySettings), idleTimeout: idleTimeout)
        let open = open, host = host, firstRun = storage.appliedMigrations.first == 1
        let app: any ApplicationProtocol
        do {
            app = try await buildApplication(configuration: configuration, environment: WebEnvironment(storage: storage, logger: logger)) { port in
                // Said when the server really listens: the address, then, the first time only,
                // where the notes are and how to keep a copy.
                let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
                logger.info("serving", metadata: ["address": "\(address)", "database": "\(url)"])
                Output.write("Rebound is running: open \(address) in your browser. Ctrl-C stops it.\n")
                if firstRun, case .sqliteFile(let path) = url {
                    Output.write("Your notes are kept in \(path). To back them up, copy that file while Rebound is stopped, "
                                 + "or download everything from Settings.\n")
                }
                if open { Self.openInBrowser(address) }
            }
        } catch {
            await storage.close()
            throw InputError("cannot start: \(error)")
        }
        do {
            try await app.runService()
        } catch {
            throw InputError("serve: \(error)")
        }
    }

    /// Hands the address to the desktop's opener (`xdg-open`, or `open` on a Mac), if there is
    /// one; without one the printed address is enough.
    private static func openInBrowser(_ address: String) {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for opener in ["xdg-open", "open"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(opener)"
                guard FileManager.default.isExecutableFile(atPath: candidate) else { continue }
                let process = Process()
                process.executableURL = URL(fileURLWithPath: candidate)
                process.arguments = [address]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try? process.run()
                return
            }
        }
        Output.write("(No program to open a browser was found: open the address yourself.)\n")
    }

    /// Request handlers run on Swift's task threads (one per core); NIO's event loops only
    /// read and write the sockets (and PostgreSQL's). Half the cores for the loops, at least
    /// one, keeps the two from crowding each other out: on 2 cores the interview page's p99
    /// fell from 20–24 ms to 11–14 ms at the same throughput. `NIO_SINGLETON_GROUP_LOOP_COUNT`
    /// sets another number. Called before anything uses NIO's shared event loops.
    private static func sizeEventLoops() {
        guard ProcessInfo.processInfo.environment["NIO_SINGLETON_GROUP_LOOP_COUNT"] == nil else { return }
        NIOSingletons.groupLoopCountSuggestion = max(1, System.coreCount / 2)
    }
}
