import Foundation
import HTTPTypes
import Hummingbird
import ReboundCore
import ReboundStore

/// The JSON API over the user's interviews: list, create, read, replace, delete; the plan
/// with done marks; the drafts with edits. Session or personal API token; described in
/// `/api/v1/openapi.json`.
struct InterviewsAPIController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/api/v1/interviews") { _, context in
            let user = try context.requireUser()
            let list = try await app.storage.interviews(of: user.id, now: app.environment.now())
            return API.json(.object(["interviews": .array(list.map(Self.summary))]))
        }
        router.post("/api/v1/interviews") { request, context in
            let user = try context.requireUser()
            let file: InterviewFile
            switch try await Self.interviewFile(request, context) {
            case .success(let read): file = read
            case .failure(let invalid): return invalid.response
            }
            let now = app.environment.now()
            let stored = StoredInterview(id: InterviewID(app.environment.newID()), file: file, stage: .done, createdAt: now, updatedAt: now)
            try await app.storage.saveInterview(stored, of: user.id)
            var response = API.json(Self.detail(stored), status: .created)
            response.headers[.location] = "/api/v1/interviews/\(stored.id)"
            return response
        }
        router.get("/api/v1/interviews/:id") { _, context in
            let (_, interview) = try await app.interview(context)
            return API.json(Self.detail(interview))
        }
        router.put("/api/v1/interviews/:id") { request, context in
            let (user, interview) = try await app.interview(context)
            var saved = interview
            switch try await Self.interviewFile(request, context) {
            case .success(let file): saved.file = file
            case .failure(let invalid): return invalid.response
            }
            saved.updatedAt = app.environment.now()
            try await app.storage.saveInterview(saved, of: user.id)
            return API.json(Self.detail(saved))
        }
        router.delete("/api/v1/interviews/:id") { _, context in
            let (user, interview) = try await app.interview(context)
            try await app.storage.deleteInterview(interview.id, of: user.id)
            return Response(status: .noContent)
        }
        router.get("/api/v1/interviews/:id/plan") { _, context in
            let (user, interview) = try await app.interview(context)
            return API.json(try await plan(interview, user: user))
        }
        router.post("/api/v1/interviews/:id/steps") { request, context in
            let (user, interview) = try await app.interview(context)
            let body = try await API.jsonBody(request, context)
            guard case .string(let key)? = body["key"], key.utf8.count <= 2000 else {
                throw API.problem(.badRequest, "key: required, the step's key from the plan")
            }
            guard case .bool(let done)? = body["done"] else { throw API.problem(.badRequest, "done: required, true or false") }
            guard try await app.storage.markStep(StepKey(rawValue: key), of: interview.id, of: user.id,
                                                 doneAt: done ? app.environment.now() : nil)
            else { throw API.problem(.notFound, "key: no such step in this interview's plan") }
            return API.json(try await plan(interview, user: user))
        }
        router.get("/api/v1/interviews/:id/drafts") { _, context in
            let (user, interview) = try await app.interview(context)
            return API.json(try await drafts(interview, user: user))
        }
        router.put("/api/v1/interviews/:id/drafts") { request, context in
            let (user, interview) = try await app.interview(context)
            let body = try await API.jsonBody(request, context)
            guard case .string(let key)? = body["key"] else { throw API.problem(.badRequest, "key: required, the draft's key") }
            guard try await app.currentDrafts(of: interview, user: user).contains(where: { $0.0.key == key }) else {
                throw API.problem(.notFound, "key: no such draft in this interview's plan")
            }
            guard case .string(let subject)? = body["subject"], subject.utf8.count <= 1000 else {
                throw API.problem(.badRequest, "subject: required, text of at most 1000 bytes")
            }
            guard case .string(let text)? = body["body"] else { throw API.problem(.badRequest, "body: required, text") }
            try await app.storage.saveDraft(SavedDraft(key: key, subject: subject, body: text, updatedAt: app.environment.now()),
                                            of: interview.id, of: user.id)
            return API.json(try await drafts(interview, user: user))
        }
        router.delete("/api/v1/interviews/:id/drafts") { request, context in
            let (user, interview) = try await app.interview(context)
            guard let key = request.queryForm["key"] else { throw API.problem(.badRequest, "key: required query parameter") }
            try await app.storage.discardDraft(String(key), of: interview.id, of: user.id)
            return API.json(try await drafts(interview, user: user))
        }
        router.get("/api/v1/openapi.json") { _, _ in
            guard let document = app.assets.response(for: "openapi.json") else { throw HTTPError(.notFound) }
            return document
        }
    }

    /// The plan as `rebound plan --format json` gives it, each step with its key and done mark.
    private func plan(_ interview: StoredInterview, user: User) async throws -> JSONValue {
        let doneAt = try await app.storage.stepStates(of: interview.id, of: user.id).doneAt
        let plan = RecoveryPlan(for: interview.file, now: Timestamp(app.environment.now()))
        return .object(["steps": .array(plan.steps.map { step in
            guard case .object(var members) = step.jsonValue else { return step.jsonValue }
            let done = doneAt[step.key]
            // A step marked done is neither late nor lapsed: it is done.
            if let late = members.firstIndex(where: { $0.key == "late" }) { members[late].value = .bool(step.late && done == nil) }
            if let lapsed = members.firstIndex(where: { $0.key == "lapsed" }) { members[lapsed].value = .bool(step.lapsed && done == nil) }
            members.insert((key: "key", value: .string(step.key.rawValue)), at: 0)
            members.append((key: "done", value: .bool(done != nil)))
            if let done { members.append((key: "doneAt", value: .string(ExportFile.stamp(done)))) }
            return .object(members)
        })])
    }

    private func drafts(_ interview: StoredInterview, user: User) async throws -> JSONValue {
        let drafts = try await app.currentDrafts(of: interview, user: user)
        return .object(["drafts": .array(drafts.map { draft, edited in
            guard case .object(var members) = draft.jsonValue else { return draft.jsonValue }
            members.insert((key: "key", value: .string(draft.key)), at: 0)
            members.append((key: "edited", value: .bool(edited)))
            return .object(members)
        })])
    }

    /// The body as an interview file, or a 422 answer listing every field problem.
    private static func interviewFile(_ request: Request, _ context: AppRequestContext) async throws -> Result<InterviewFile, ResponseError> {
        let body = try await API.jsonBody(request, context)
        do {
            return .success(try InterviewFile(jsonValue: body))
        } catch {
            return .failure(ResponseError(response: API.json(.object([
                "error": .string(error.description),
                "issues": .array(error.issues.map { .object(["path": .string($0.path), "problem": .string($0.problem)]) }),
            ]), status: .unprocessableContent)))
        }
    }

    struct ResponseError: Error { let response: Response }

    static func summary(_ item: InterviewSummary) -> JSONValue {
        let zone = Zone(identifier: item.timeZone) ?? Zone(identifier: "UTC")!
        let seconds = Int64(item.start.timeIntervalSince1970)
        return .object([
            "id": .string(item.id.rawValue), "company": .string(item.company), "role": .string(item.role),
            "start": .string(zone.timestamp(seconds).rfc3339), "timeZone": .string(item.timeZone),
            "status": .string(item.status.rawValue), "stage": .string(item.stage.rawValue),
            "openSteps": .number(Double(item.openSteps)), "lateSteps": .number(Double(item.lateSteps)),
        ])
    }

    static func detail(_ interview: StoredInterview) -> JSONValue {
        .object([
            "id": .string(interview.id.rawValue), "stage": .string(interview.stage.rawValue),
            "createdAt": .string(ExportFile.stamp(interview.createdAt)), "updatedAt": .string(ExportFile.stamp(interview.updatedAt)),
            "file": interview.file.jsonValue,
        ])
    }
}
