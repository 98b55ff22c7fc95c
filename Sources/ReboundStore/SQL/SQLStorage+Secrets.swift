import Foundation
import SQLKit

extension SQLStorage {
    public func serverSecret(named name: String, proposed: String, now: Date) async throws -> String {
        try await write { db in
            try await db.raw("""
                INSERT INTO server_secrets (name, secret, created_at) VALUES (\(bind: name), \(bind: proposed), \(bind: now.storedSeconds))
                ON CONFLICT (name) DO NOTHING
                """).run()
            guard let row = try await db.raw("SELECT secret FROM server_secrets WHERE name = \(bind: name)").first() else {
                throw StoreError.corruptRecord("the secret \(name) was not kept")
            }
            return try row.text("secret")
        }
    }
}
