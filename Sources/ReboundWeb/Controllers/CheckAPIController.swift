import Foundation
import HTTPTypes
import Hummingbird
import ReboundCore
import ReboundStore

/// `POST /api/v1/check`: the message check for the draft editor's live script and for
/// scripts with an API token. Body: `{"text": "...", "kind": "follow-up", "interview": "ID",
/// "draft": "KEY"}` (all but text optional); answer: the report of `contracts/message-check.md`,
/// without the rules the user turned off, and with `"dismissed": true` on findings the user
/// said are fine in that draft. Texts over `CheckRunner.textLimit` characters are refused.
struct CheckAPIController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.post("/api/v1/check") { request, context in
            let user = try context.requireUser()
            let body = try await API.jsonBody(request, context)
            guard case .string(let text)? = body["text"] else { throw API.problem(.badRequest, "text: required, a string") }
            guard text.count <= CheckRunner.textLimit else {
                throw API.problem(.contentTooLarge, "text: at most \(CheckRunner.textLimit) characters are checked")
            }
            var kind = MessageKind.followUp
            if let value = body["kind"] {
                guard case .string(let name) = value, let known = MessageKind(rawValue: name) else {
                    throw API.problem(.badRequest, "kind: one of \(MessageKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kind = known
            }
            var checkContext: CheckContext?
            var dismissals = Set<Dismissal>()
            if case .string(let id)? = body["interview"] {
                guard id.utf8.count <= 64, let interview = try await app.storage.interview(InterviewID(id), of: user.id) else {
                    throw API.problem(.notFound, "interview: no such interview")
                }
                checkContext = CheckContext(interview.file)
                if case .string(let draft)? = body["draft"], draft.utf8.count <= 1_000 {
                    dismissals = try await app.storage.dismissals(of: draft, in: interview.id, of: user.id)
                }
            }
            let report = await CheckRunner.check(text, kind: kind, context: checkContext,
                                                 ignoring: try await app.storage.rulesTurnedOff(of: user.id))
            return API.json(Self.json(report, dismissals: dismissals))
        }
    }
}

extension CheckAPIController {
    /// The report as JSON, each dismissed finding carrying `"dismissed": true`.
    static func json(_ report: CheckReport, dismissals: Set<Dismissal>) -> JSONValue {
        guard !dismissals.isEmpty, case .object(var fields) = report.jsonValue,
              let index = fields.firstIndex(where: { $0.key == "findings" }) else { return report.jsonValue }
        guard case .array(let listed) = fields[index].value else { return report.jsonValue }
        let marked: [JSONValue] = zip(report.findings, listed).map { finding, value in
            guard dismissals.contains(Dismissal(finding)), case .object(var entry) = value else { return value }
            entry.append(("dismissed", .bool(true)))
            return .object(entry)
        }
        fields[index] = ("findings", .array(marked))
        return .object(fields)
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
