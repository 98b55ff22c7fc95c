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
        let now = environment.now()
        if let token = request.cookieValue(Self.cookieName), !token.isEmpty, token.utf8.count <= 128 {
            let hash = Secrets.hash(token)
            let keptAllowed = !Self.wroteLately(request, now: now)
            if let (session, user) = try await environment.storage.session(tokenHash: hash, now: now, keptAllowed: keptAllowed) {
                context.identity = user
                context.session = session
                // Sliding expiry, written at most once a day rather than on every request.
                if session.expiresAt.timeIntervalSince(now) < lifetime - 86_400 {
                    try await environment.storage.extendSession(tokenHash: hash, until: now.addingTimeInterval(lifetime))
                }
            }
        }
        var response = try await next(request, context)
        if context.identity != nil, request.method != .get, request.method != .head {
            response.setCookie(Cookie(name: Self.wroteCookieName, value: String(Int64(now.timeIntervalSince1970)),
                                      maxAge: Int(Self.wroteWindow), path: "/", secure: request.isHTTPS, httpOnly: true,
                                      sameSite: .lax))
        }
        return response
    }

    /// Marks a browser that has just sent a change. Another process may not have heard of
    /// the change yet (`SessionMemory` learns of it a moment after the commit), so for a few
    /// seconds after it this browser's session and account are read from the database, and
    /// the page it is sent to next shows its own change whichever process answers.
    static let wroteCookieName = "rebound_wrote"
    /// How long after a change the browser's session is read afresh, in seconds.
    static let wroteWindow: Double = 5

    /// Whether the request comes from a browser that sent a change in the last few seconds.
    static func wroteLately(_ request: Request, now: Date) -> Bool {
        guard let value = request.cookieValue(wroteCookieName) else { return false }
        guard let at = Int64(value) else { return true }
        return abs(now.timeIntervalSince1970 - Double(at)) < wroteWindow + 1
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
