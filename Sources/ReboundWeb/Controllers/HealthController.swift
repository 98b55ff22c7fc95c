import Hummingbird

/// What a load balancer or process supervisor asks: `/healthz` answers 200 while the process
/// serves requests at all; `/readyz` answers 200 only when the database also answers
/// (within two seconds), and 503 otherwise, so traffic goes to processes that can use it.
/// Both are plain text, need no sign-in and reveal nothing but that one fact.
struct HealthController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/healthz") { _, _ in Self.text(.ok, "ok") }
        router.get("/readyz") { _, _ in
            await Self.databaseAnswers(app, within: .seconds(2))
                ? Self.text(.ok, "ready") : Self.text(.serviceUnavailable, "database unavailable")
        }
    }

    static func databaseAnswers(_ app: WebApp, within limit: Duration) async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask { (try? await app.storage.ping()) != nil }
            group.addTask {
                try? await Task.sleep(for: limit)
                return false
            }
            let answered = await group.next() ?? false
            group.cancelAll()
            return answered
        }
    }

    private static func text(_ status: HTTPResponse.Status, _ line: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: line + "\n")))
    }
}
