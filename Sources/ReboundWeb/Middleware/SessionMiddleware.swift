import Foundation
import Hummingbird
import ReboundStore

/// Recognizes the signed-in browser from its session cookie. The cookie holds a random
/// token; the database holds its hash, so sessions work across several app processes.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "rebound_session"

    let environment: WebEnvironment
    let lifetime: Double

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookieValue(Self.cookieName), !token.isEmpty, token.utf8.count <= 128 {
            let hash = Secrets.hash(token)
            let now = environment.now()
            if let (session, user) = try await environment.storage.session(tokenHash: hash, now: now) {
                context.identity = user
                context.session = session
                // Sliding expiry, written at most once a day rather than on every request.
                if session.expiresAt.timeIntervalSince(now) < lifetime - 86_400 {
                    try await environment.storage.extendSession(tokenHash: hash, until: now.addingTimeInterval(lifetime))
                }
            }
        }
        return try await next(request, context)
    }

    /// The cookie that carries a new session's token.
    static func cookie(token: String, lifetime: Double, secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: token, maxAge: Int(lifetime), path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    /// The cookie that removes the session from the browser.
    static func expiredCookie(secure: Bool) -> Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}

extension Request {
    /// True when the browser reached the app over HTTPS, directly or through a proxy that says so.
    var isHTTPS: Bool {
        uri.scheme == .https || headers[.init("X-Forwarded-Proto")!]?.lowercased() == "https"
    }
}
