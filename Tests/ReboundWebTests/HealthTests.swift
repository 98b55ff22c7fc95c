import HTTPTypes
import HummingbirdTesting
import Testing

@Suite("Web: health and readiness")
struct HealthTests {
    @Test("/healthz says the process serves; /readyz says the database answers too; neither needs a sign-in")
    func answers() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            let health = try await browser.get("/healthz")
            #expect(health.status == .ok && health.text == "ok\n")
            let ready = try await browser.get("/readyz")
            #expect(ready.status == .ok && ready.text == "ready\n")
        }
    }

    @Test("/readyz answers 503 when the database does not, while /healthz still answers 200")
    func notReadyWithoutDatabase() async throws {
        let app = try await TestApp.make()
        try await app.run { client in
            let browser = Browser(client)
            await app.storage.close()
            let ready = try await browser.get("/readyz")
            #expect(ready.status == .serviceUnavailable && ready.text == "database unavailable\n")
            #expect(try await browser.get("/healthz").status == .ok)
        }
    }
}
