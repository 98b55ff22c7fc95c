import Foundation
import HTTPTypes
import Hummingbird
import ReboundForms

/// Refuses state-changing requests that did not come from Rebound's own pages.
///
/// - A browser's own word on where a request comes from (`Sec-Fetch-Site`) must not be
///   another site, nor another port of this host (`same-site`: cookies are shared by every
///   port, so a page there could plant them).
/// - An `Origin` header must name this site: scheme, host and port. Rebound's own pages send
///   it (their referrer policy is `same-origin`), so `null` means the request came from
///   elsewhere (a sandboxed frame, a page with no referrer, a redirect through another site)
///   and is refused unless the browser itself says the request is `same-origin`.
/// - Forms (POST outside `/api`) carry a `csrf` field: the session's secret when signed in;
///   before sign-in, the value of the `rebound_csrf` cookie, which must be a token this
///   install made (`FormTokens`), so a planted cookie signs nobody in anywhere.
/// - API calls with a browser session carry the secret in an `X-CSRF-Token` header. Only a
///   valid personal token (`APITokenMiddleware`, which then leaves no session) goes without:
///   any other `Authorization` header changes nothing.
///
/// The form is read here once and handed to the handler in the context.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "rebound_csrf"
    static let fieldName = "csrf"
    static let headerName = HTTPField.Name("X-CSRF-Token")!
    static let fetchSite = HTTPField.Name("Sec-Fetch-Site")!

    let formTokens: FormTokens
    let now: @Sendable () -> Date

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method != .get, request.method != .head, request.method != .options else {
            return try await next(request, context)
        }
        if let site = request.headers[Self.fetchSite]?.lowercased(), site == "cross-site" || site == "same-site" {
            throw HTTPError(.forbidden, message: "This form was sent from another site.")
        }
        if let origin = request.headers[.origin] {
            let fromHere = origin == "null" ? request.headers[Self.fetchSite]?.lowercased() == "same-origin"
                : Self.origin(origin, matches: request)
            guard fromHere else { throw HTTPError(.forbidden, message: "This form was sent from another site.") }
        }
        if request.uri.path.hasPrefix("/api/") {
            if let session = context.session {
                guard let sent = request.headers[Self.headerName], Secrets.equal(sent, session.csrfSecret) else {
                    throw HTTPError(.forbidden, message: "Missing or wrong X-CSRF-Token header.")
                }
            }
            return try await next(request, context)
        }
        var request = request
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        request.body = .init(buffer: body)
        let form: FormData
        if let boundary = request.headers[.contentType].flatMap(Multipart.boundary(contentType:)) {
            guard let parsed = Multipart.fields(Array(buffer: body), boundary: boundary) else {
                throw HTTPError(.badRequest, message: "The form could not be read. Reload the page and send it again.")
            }
            form = parsed
        } else {
            form = FormData(urlEncoded: Substring(String(buffer: body)))
        }
        let expected: String?
        if let session = context.session {
            expected = session.csrfSecret
        } else {
            expected = request.cookieValue(Self.cookieName).flatMap { formTokens.isValid($0, now: now()) ? $0 : nil }
        }
        guard let expected, !expected.isEmpty, let sent = form[Self.fieldName], Secrets.equal(sent, expected) else {
            throw HTTPError(.forbidden, message: "This form has expired. Go back, reload the page and send it again.")
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    /// Whether an `Origin` names this site as the browser reached it: the same scheme and
    /// the same host and port as every name the request gives for its host.
    private static func origin(_ origin: String, matches request: Request) -> Bool {
        let parts = origin.lowercased().split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count == 2, let scheme = parts.first, let bare = parts.last else { return false }
        guard scheme == (request.isHTTPS ? "https:" : "http:") else { return false }
        let hosts = request.hostNames
        return !hosts.isEmpty && hosts.allSatisfy { $0.lowercased() == bare }
    }
}
