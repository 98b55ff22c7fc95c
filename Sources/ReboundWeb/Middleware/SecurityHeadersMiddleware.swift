import Hummingbird

/// Headers that keep pages private and scripts Rebound's own: a Content-Security-Policy
/// without inline scripts or styles, no framing, no referrer to other sites, no caching of
/// private pages.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError {
            response = try error.response(from: request, context: context)
        } catch {
            context.logger.error("request failed before the session was known", metadata: ["error": "\(String(reflecting: error))"])
            response = Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: "Rebound cannot answer just now. Try again in a moment.\n")))
        }
        response.headers[.contentSecurityPolicy] = ContentPolicy.text
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        response.headers[.init("X-Frame-Options")!] = "DENY"
        // Same-origin: no other site ever learns a page's address (a share link's secret), and
        // Rebound's own forms carry their true Origin, which the CSRF check reads.
        response.headers[.init("Referrer-Policy")!] = "same-origin"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

/// The Content-Security-Policy, built once (a generic type cannot hold a stored static).
enum ContentPolicy {
    static let text = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
}
