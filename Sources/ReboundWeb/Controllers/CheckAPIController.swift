import Foundation
import HTTPTypes
import Hummingbird
import ReboundCore
import ReboundStore

/// `POST /api/v1/check`: the message check for the draft editor's live script and for
/// scripts with an API token. Body: `{"text": "...", "kind": "follow-up", "interview": "ID"}`
/// (kind and interview optional); answer: the report of `contracts/message-check.md`.
struct CheckAPIController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/api/v1/check") { request, context in
            let user = try context.requireUser()
            let body = try await API.jsonBody(request, context)
            guard case .string(let text)? = body["text"] else { throw API.problem(.badRequest, "text: required, a string") }
            var kind = MessageKind.followUp
            if let value = body["kind"] {
                guard case .string(let name) = value, let known = MessageKind(rawValue: name) else {
                    throw API.problem(.badRequest, "kind: one of \(MessageKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kind = known
            }
            var checkContext: CheckContext?
            if case .string(let id)? = body["interview"] {
                guard id.utf8.count <= 64, let interview = try await app.storage.interview(InterviewID(id), of: user.id) else {
                    throw API.problem(.notFound, "interview: no such interview")
                }
                checkContext = CheckContext(interview.file)
            }
            let report = MessageChecker.standard.check(text, kind: kind, context: checkContext)
            return API.json(report.jsonValue)
        }
    }
}

/// JSON in and out for the API, with errors as `{"error": "field: problem"}`.
enum API {
    static func jsonBody(_ request: Request, _ context: AppRequestContext) async throws -> JSONValue {
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw problem(.unsupportedMediaType, "send the body as application/json")
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        do {
            return try JSONParser.parse(Array(buffer: buffer))
        } catch {
            throw problem(.badRequest, "\(error)")
        }
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: JSONWriter.write(value, pretty: false))))
    }

    static func problem(_ status: HTTPResponse.Status, _ message: String) -> HTTPError {
        HTTPError(status, message: message)
    }
}
