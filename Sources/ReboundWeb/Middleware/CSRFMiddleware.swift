import Foundation
import HTTPTypes
import Hummingbird

/// Refuses state-changing requests that did not come from Rebound's own pages.
///
/// - Forms (POST outside `/api`) carry a `csrf` field: the session's secret when signed in,
///   or, before sign-in, the value of a `rebound_csrf` cookie (double submit).
/// - Session-authenticated API calls carry the secret in an `X-CSRF-Token` header; calls
///   with an API token need none, since a browser never sends that token by itself.
/// - An `Origin` header naming a site must name this host (`null` names none).
///
/// The form is read here once and handed to the handler in the context.
struct CSRFMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    static let cookieName = "rebound_csrf"
    static let fieldName = "csrf"
    static let headerName = HTTPField.Name("X-CSRF-Token")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method != .get, request.method != .head, request.method != .options else {
            return try await next(request, context)
        }
        // Browsers send `Origin: null` when the page's referrer policy is `no-referrer`, as
        // Rebound's is: that names no site, so only the token decides.
        if let origin = request.headers[.origin], origin != "null", !Self.origin(origin, matches: request) {
            throw HTTPError(.forbidden, message: "This form was sent from another site.")
        }
        let isAPI = request.uri.path.hasPrefix("/api/")
        if isAPI {
            // API tokens come in the Authorization header; a cookie session needs the header token.
            if let session = context.session, request.headers[.authorization] == nil {
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
        let expected = context.session?.csrfSecret ?? request.cookieValue(Self.cookieName)
        guard let expected, !expected.isEmpty, let sent = form[Self.fieldName], Secrets.equal(sent, expected) else {
            throw HTTPError(.forbidden, message: "This form has expired. Go back, reload the page and send it again.")
        }
        var context = context
        context.form = form
        return try await next(request, context)
    }

    private static func origin(_ origin: String, matches request: Request) -> Bool {
        let hosts = request.hostNames
        let bare = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
        guard let bare, !hosts.isEmpty else { return false }
        return hosts.allSatisfy { $0.lowercased() == bare.lowercased() }
    }
}
