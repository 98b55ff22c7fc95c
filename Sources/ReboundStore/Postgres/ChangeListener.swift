import Foundation
import Logging
import NIOConcurrencyHelpers
import PostgresKit

/// Listens on its own connection for the announcements every process's writes make
/// (`Announcement.channel`) and tells `memory` to forget what they name. While it is not
/// connected, `memory` keeps nothing; it connects again every second until the server answers.
final class ChangeListener: Sendable {
    private let memory: SessionMemory
    private let running = NIOLockedValueBox<Task<Void, Never>?>(nil)
    private let connection = NIOLockedValueBox<PostgresConnection?>(nil)

    init(_ location: PostgresLocation, memory: SessionMemory, logger: Logger) {
        self.memory = memory
        let task = Task { [connection] in
            var logged = false
            while !Task.isCancelled {
                do {
                    let opened = try await PostgresConnection.connect(configuration: try Self.configuration(location),
                                                                      id: 0, logger: logger)
                    connection.withLockedValue { $0 = opened }
                    try await opened.listen(on: Announcement.channel) { announcements in
                        memory.listening(true)
                        if logged { logger.info("listening for changes again") }
                        logged = false
                        for try await announcement in announcements { memory.forget(announced: announcement.payload) }
                    }
                } catch {
                    if !logged, !Task.isCancelled {
                        logger.warning("not listening for changes; every page reads the session from the database",
                                       metadata: ["error": "\(String(reflecting: error).prefix(200))"])
                        logged = true
                    }
                }
                memory.listening(false)
                if let opened = connection.withLockedValue({ state in defer { state = nil }; return state }) {
                    try? await opened.close()
                }
                try? await Task.sleep(for: .seconds(1))
            }
        }
        running.withLockedValue { $0 = task }
    }

    /// Stops listening and closes the connection.
    func stop() async {
        memory.listening(false)
        let task = running.withLockedValue { $0 }
        task?.cancel()
        if let opened = connection.withLockedValue({ $0 }) { try? await opened.close() }
        await task?.value
    }

    private static func configuration(_ location: PostgresLocation) throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS = switch location.tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        return PostgresConnection.Configuration(host: location.host, port: location.port, username: location.username,
                                                password: location.password, database: location.database, tls: tls)
    }
}
