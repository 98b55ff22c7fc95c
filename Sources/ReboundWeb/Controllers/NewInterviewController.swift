import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// The first page of a debrief: which interview it was, when, and who was in the room.
/// The debrief proper (what went well first) follows.
struct NewInterviewController {
    let app: WebApp

    struct FormView {
        let page: PageChrome
        let company: String
        let role: String
        let date: String
        let time: String
        let minutes: String
        let zone: String
        let zones: [Choice]
        let modes: [Choice]
        let interviewers: String
        /// "Did they say when they would decide?", as typed.
        let decisionBy: String
        /// "start" when the zone and start are the server's guesses, which the page's script
        /// may replace with the device's; nil when the form comes back as the user filled it.
        let guessed: String?
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/interviews/new") { request, context in
            let user = try context.requireUser()
            let (chrome, _) = app.chrome("Record an interview", request, context)
            let guess = try await ZoneGuess.make(for: user.id, now: app.environment.now(), storage: app.storage)
            return app.page(.newInterview, FormView(
                page: chrome, company: "", role: "", date: guess.date, time: guess.time, minutes: "60", zone: guess.zone.identifier,
                zones: ZoneGuess.choices, modes: Self.modeChoices(selected: nil),
                interviewers: "", decisionBy: "", guessed: "start"), cookie: nil)
        }
        router.post("/interviews") { request, context in
            let user = try context.requireUser()
            let form = context.form ?? FormData(fields: [])
            switch Self.read(form) {
            case .failure(let problem):
                var (chrome, _) = app.chrome("Record an interview", request, context)
                chrome.problem = problem.description
                return app.page(.newInterview, FormView(
                    page: chrome, company: form["company"] ?? "", role: form["role"] ?? "", date: form["date"] ?? "",
                    time: form["time"] ?? "", minutes: form["minutes"] ?? "60", zone: form["zone"] ?? "",
                    zones: ZoneGuess.choices, modes: Self.modeChoices(selected: form["mode"]),
                    interviewers: form["interviewers"] ?? "", decisionBy: form[DecisionDateField.name] ?? "", guessed: nil),
                    cookie: nil, status: .badRequest)
            case .success(let file):
                let interview = try await Self.start(file, for: user, app: app)
                return app.redirect("/interviews/\(interview.id)/debrief/\(DebriefStage.wentWell.rawValue)")
            }
        }
    }

    static let modeLabels = ["in-person": "In person", "phone": "By phone", "video": "By video"]

    /// Saves a new interview for `user`, its debrief to begin with what went well.
    static func start(_ file: InterviewFile, for user: User, app: WebApp) async throws -> StoredInterview {
        let now = app.environment.now()
        let interview = StoredInterview(id: InterviewID(app.environment.newID()), file: file, stage: .wentWell,
                                        createdAt: now, updatedAt: now)
        try await app.storage.saveInterview(interview, of: user.id)
        return interview
    }

    /// How the interview was held, led by a blank choice for leaving it out.
    static func modeChoices(selected: String?) -> [Choice] {
        [Choice(value: "", label: "Choose (optional)", selected: selected == nil || selected == "")]
            + Choice.list(InterviewMode.allCases.map(\.rawValue), selected: selected, labels: modeLabels)
    }

    /// The interview file the form describes, or the first problem, naming its field.
    static func read(_ form: FormData) -> Result<InterviewFile, FieldProblem> {
        guard let company = form.text("company") else { return .failure(FieldProblem("Company", "say which company it was")) }
        guard let role = form.text("role") else { return .failure(FieldProblem("Role", "say which job it was for")) }
        guard let zoneName = form.text("zone"), let zone = Zone(identifier: zoneName) else {
            return .failure(FieldProblem("Time zone", "choose a zone from the list, like Europe/London"))
        }
        guard let start = Formatting.instant(date: form.text("date") ?? "", time: form.text("time") ?? "", in: zone) else {
            return .failure(FieldProblem("Date and time", "give the day and the time it started"))
        }
        let minutes = Int(form.text("minutes") ?? "60") ?? -1
        guard (5...600).contains(minutes) else { return .failure(FieldProblem("Length", "give the length in minutes, 5 to 600")) }
        let names = form.lines("interviewers")
        guard !names.isEmpty else {
            return .failure(FieldProblem("Interviewers", "write the name of at least one person who interviewed you"))
        }
        if let long = [company, role].first(where: { $0.count > 300 }) ?? names.first(where: { $0.count > 200 }) {
            return .failure(FieldProblem("Text", "\"\(long.prefix(30))…\" is too long"))
        }
        for (field, text) in [("Company", company), ("Role", role)] + names.map({ ("Interviewers", $0) }) {
            if let problem = TextShape.oneLine.firstProblem(in: text) { return .failure(FieldProblem(field, problem)) }
        }
        let lowered = names.map { $0.lowercased() }
        if Set(lowered).count != lowered.count { return .failure(FieldProblem("Interviewers", "a name is listed twice")) }
        var interview = Interview(
            company: company, role: role, start: start, end: start.adding(seconds: Int64(minutes) * 60), timeZone: zone,
            mode: form.text("mode").flatMap(InterviewMode.init(rawValue:)),
            interviewers: names.enumerated().map { Interviewer(name: $0.element, hiringManager: $0.offset == 0 && names.count == 1) })
        switch DecisionDateField.read(form.text(DecisionDateField.name), interview: interview) {
        case .success(let day): interview.decisionBy = day
        case .failure(let problem): return .failure(problem)
        }
        return .success(InterviewFile(interview: interview))
    }
}

/// A form field that cannot be used, and why: shown as `Company: say which company it was`.
struct FieldProblem: Error, CustomStringConvertible {
    let field: String
    let problem: String
    init(_ field: String, _ problem: String) {
        self.field = field
        self.problem = problem
    }
    var description: String { "\(field): \(problem)." }
}

/// One option of a select or radio group.
struct Choice {
    let value: String
    let label: String
    let selected: Bool

    static func list(_ values: [String], selected: String?, labels: [String: String] = [:]) -> [Choice] {
        values.map { Choice(value: $0, label: labels[$0] ?? $0, selected: $0 == selected) }
    }

    /// A select of the starter bank's fields, led by an empty "any" option named `anyLabel`.
    static func workFields(selected: WorkField?, anyLabel: String) -> [Choice] {
        [Choice(value: "", label: anyLabel, selected: selected == nil)]
            + WorkField.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0 == selected) }
    }

    /// A select of question kinds, led by an empty "any" option named `anyLabel`.
    static func questionKinds(selected: QuestionKind?, anyLabel: String) -> [Choice] {
        [Choice(value: "", label: anyLabel, selected: selected == nil)]
            + QuestionKind.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: $0 == selected) }
    }
}
