import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import NIOHTTP1
import ReboundCore
import ReboundStore

/// Turns every error into a calm answer: a page for people, `{"error": ...}` for the API.
/// Pages that need sign-in send the browser to the sign-in page and back afterwards.
/// Unexpected errors are logged and shown without their details.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let renderer: Renderer
    let logger: Logger

    struct ErrorView {
        let page: PageChrome
        let status: Int
        let heading: String
        let message: String
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPParserError {
            // The body could not be read (a malformed chunk size, say): the client's fault,
            // and the connection cannot go on, so it is closed after this answer.
            context.logger.debug("unreadable request", metadata: ["error": "\(error)"])
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8", .connection: "close"],
                            body: .init(byteBuffer: ByteBuffer(string: "The request could not be read.\n")))
        } catch {
            let (status, message) = describe(error)
            let isAPI = request.uri.path.hasPrefix("/api/")
            if isAPI {
                var response = API.json(.object(["error": .string(message)]), status: status)
                if status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
                return response
            }
            if status == .unauthorized && (request.method == .get || request.method == .head) {
                let next = request.uri.path + (request.uri.query.map { "?" + $0 } ?? "")
                return Response.redirect(to: "/sign-in?next=" + next.queryValueEncoded,
                                         type: .normal)
            }
            let chrome = PageChrome(title: Self.heading(status), signedIn: context.identity != nil,
                                    userName: context.identity.map { $0.name.isEmpty ? $0.email : $0.name } ?? "",
                                    csrf: context.session?.csrfSecret ?? "")
            return renderer.page(.error, ErrorView(page: chrome, status: Int(status.code), heading: Self.heading(status), message: message),
                                 status: status)
        }
    }

    private func describe(_ error: any Error) -> (HTTPResponse.Status, String) {
        if error is NIOTooManyBytesError {
            return (.contentTooLarge, "That is more than Rebound accepts at once (1 MB). Shorten the text and try again.")
        }
        if let error = error as? HTTPError {
            return (error.status, error.body ?? Self.heading(error.status))
        }
        if let error = error as? StoreError, case .unavailable = error {
            logger.error("database unavailable", metadata: ["error": "\(error)"])
            return (.serviceUnavailable, "The database cannot be reached just now. Nothing you entered before was lost; try again in a moment.")
        }
        logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
        return (.internalServerError, "Something went wrong on our side. What you saved before is safe.")
    }

    static func heading(_ status: HTTPResponse.Status) -> String {
        switch status.code {
        case 400: "That did not work"
        case 401: "Please sign in"
        case 403: "Not allowed"
        case 404: "Not found"
        case 413: "Too large"
        case 421: "Wrong address"
        case 429: "Too many tries"
        case 503: "Unavailable"
        default: "Something went wrong"
        }
    }
}
