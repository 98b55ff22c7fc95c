import Hummingbird
import HummingbirdAuth

/// Recognizes a personal API token (`Authorization: Bearer ...`) on `/api` requests.
struct APITokenMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let environment: WebEnvironment

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.uri.path.hasPrefix("/api/"), let bearer = request.headers.bearer else {
            return try await next(request, context)
        }
        var context = context
        guard bearer.token.utf8.count <= 128,
              let user = try await environment.storage.user(apiTokenHash: Secrets.hash(bearer.token), usedAt: environment.now())
        else { throw HTTPError(.unauthorized, message: "This API token is not valid; create one in Settings.") }
        context.identity = user
        // A token call is not a browser session: CSRF protection does not apply to it.
        context.session = nil
        return try await next(request, context)
    }
}
