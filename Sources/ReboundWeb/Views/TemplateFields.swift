import Mustache

/// A view model that templates read through a table of its fields. swift-mustache falls back
/// to `Mirror` for other values, which on Linux costs more than everything else a page does
/// (a dashboard of 500 interviews took 150 ms); a table lookup costs next to nothing.
///
/// Every view model lists its stored properties here. A field a template names but the
/// table lacks renders as empty, so `TemplateFieldsTests` checks that every name the
/// templates use is in a table.
protocol TemplateFields: MustacheParent {
    static var fields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateFields {
    func child(named name: String) -> Any? {
        guard let path = Self.fields[name] else { return nil }
        let value = self[keyPath: path]
        // An optional's value, or nil: an absent optional must not open a section.
        if let optional = value as? any OptionalValue { return optional.wrappedValue }
        return value
    }
}

/// Every view model, so a test can check that each name a template uses is in a table.
enum TemplateModels {
    static let all: [any TemplateFields.Type] = [
        AccountController.AccountForm.self,
        AccountController.SignInView.self,
        DashboardController.DashboardView.InterviewRow.self,
        DashboardController.DashboardView.StepRow.self,
        DashboardController.DashboardView.self,
        DraftController.ListView.Row.self,
        DraftController.ListView.self,
        DraftController.EditView.self,
        ImportView.self,
        NewInterviewController.FormView.self,
        Choice.self,
        ErrorPageMiddleware.ErrorView.self,
        CheckView.Piece.self,
        CheckView.Item.self,
        CheckView.self,
        DebriefView.Step.self,
        DebriefView.Item.self,
        DebriefView.WrongRow.self,
        DebriefView.QuestionRow.self,
        DebriefView.PersonRow.self,
        DebriefView.ContactRow.self,
        DebriefView.self,
        InterviewView.StepRow.self,
        InterviewView.self,
        PageChrome.self,
        SettingsView.TokenRow.self,
        SettingsView.self,
    ]

    /// Every field name of every view model.
    static var fieldNames: Set<String> { Set(all.flatMap { $0.fieldNames }) }
}

extension TemplateFields {
    static var fieldNames: [String] { Array(fields.keys) }
}

protocol OptionalValue {
    var wrappedValue: Any? { get }
}

extension Optional: OptionalValue {
    var wrappedValue: Any? { self.map { $0 as Any } }
}

extension AccountController.AccountForm: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "email": \.email, "name": \.name, "next": \.next,
    ]
}

extension AccountController.SignInView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "email": \.email, "next": \.next, "allowSignup": \.allowSignup,
    ]
}

extension DashboardController.DashboardView.InterviewRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "href": \.href, "company": \.company, "role": \.role, "when": \.when, "status": \.status, "open": \.open,
        "lateCount": \.lateCount, "anyLate": \.anyLate, "unfinished": \.unfinished,
    ]
}

extension DashboardController.DashboardView.StepRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "href": \.href, "label": \.label, "company": \.company, "due": \.due, "relative": \.relative,
        "optional": \.optional,
    ]
}

extension DashboardController.DashboardView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "late": \.late, "next": \.next, "interviews": \.interviews, "hasInterviews": \.hasInterviews,
        "hasLate": \.hasLate, "hasNext": \.hasNext, "interviewCount": \.interviewCount,
    ]
}

extension DraftController.ListView.Row: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "href": \.href, "kind": \.kind, "to": \.to, "subject": \.subject, "edited": \.edited, "clean": \.clean,
        "findingCount": \.findingCount,
    ]
}

extension DraftController.ListView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "interviewHref": \.interviewHref, "company": \.company, "drafts": \.drafts,
    ]
}

extension DraftController.EditView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "interviewHref": \.interviewHref, "company": \.company, "key": \.key, "kind": \.kind,
        "checkKind": \.checkKind, "interviewID": \.interviewID, "to": \.to, "email": \.email, "phone": \.phone,
        "subject": \.subject, "body": \.body, "edited": \.edited, "check": \.check, "mailto": \.mailto,
        "emlHref": \.emlHref, "isCallScript": \.isCallScript,
    ]
}

extension ImportView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "issues": \.issues, "json": \.json, "hasIssues": \.hasIssues,
    ]
}

extension NewInterviewController.FormView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "company": \.company, "role": \.role, "date": \.date, "time": \.time, "minutes": \.minutes,
        "zone": \.zone, "zones": \.zones, "modes": \.modes, "interviewers": \.interviewers,
    ]
}

extension Choice: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "value": \.value, "label": \.label, "selected": \.selected,
    ]
}

extension ErrorPageMiddleware.ErrorView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "status": \.status, "heading": \.heading, "message": \.message,
    ]
}

extension CheckView.Piece: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "text": \.text, "marked": \.marked, "number": \.number,
    ]
}

extension CheckView.Item: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "number": \.number, "rule": \.rule, "excerpt": \.excerpt, "message": \.message, "suggestion": \.suggestion,
    ]
}

extension CheckView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "pieces": \.pieces, "findings": \.findings, "clean": \.clean, "words": \.words, "summary": \.summary,
    ]
}

extension DebriefView.Step: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "number": \.number, "heading": \.heading, "href": \.href, "current": \.current,
    ]
}

extension DebriefView.Item: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "index": \.index, "text": \.text,
    ]
}

extension DebriefView.WrongRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "index": \.index, "text": \.text, "kinds": \.kinds,
    ]
}

extension DebriefView.QuestionRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "index": \.index, "text": \.text, "askers": \.askers, "ratings": \.ratings, "better": \.better,
    ]
}

extension DebriefView.PersonRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "index": \.index, "name": \.name, "title": \.title, "email": \.email, "phone": \.phone,
        "hiringManager": \.hiringManager,
    ]
}

extension DebriefView.ContactRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "index": \.index, "name": \.name, "relations": \.relations, "email": \.email, "phone": \.phone,
        "mayBeContacted": \.mayBeContacted,
    ]
}

extension DebriefView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "interviewID": \.interviewID, "company": \.company, "role": \.role, "heading": \.heading,
        "prompt": \.prompt, "stage": \.stage, "number": \.number, "count": \.count, "steps": \.steps,
        "isFirst": \.isFirst, "isLast": \.isLast, "isWentWell": \.isWentWell, "isWentWrong": \.isWentWrong,
        "isQuestions": \.isQuestions, "isForgot": \.isForgot, "isInterviewers": \.isInterviewers,
        "isContacts": \.isContacts, "isWantsJob": \.isWantsJob, "items": \.items, "wrongs": \.wrongs,
        "questions": \.questions, "people": \.people, "contacts": \.contacts, "wantsJob": \.wantsJob,
    ]
}

extension InterviewView.StepRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "key": \.key, "anchor": \.anchor, "title": \.title, "detail": \.detail, "caution": \.caution, "due": \.due,
        "dueRelative": \.dueRelative, "late": \.late, "optional": \.optional, "done": \.done, "minutes": \.minutes,
        "draftHref": \.draftHref,
    ]
}

extension InterviewView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "id": \.id, "company": \.company, "role": \.role, "when": \.when, "zone": \.zone,
        "status": \.status, "debriefUnfinished": \.debriefUnfinished, "resumeHref": \.resumeHref,
        "lateSteps": \.lateSteps, "upcomingSteps": \.upcomingSteps, "doneSteps": \.doneSteps, "hasLate": \.hasLate,
        "hasDone": \.hasDone, "outcomes": \.outcomes, "outcomeDate": \.outcomeDate, "nextRoundDate": \.nextRoundDate,
        "nextRoundTime": \.nextRoundTime, "invitesReread": \.invitesReread, "nextTime": \.nextTime,
        "nextTimeNotes": \.nextTimeNotes, "wentWell": \.wentWell, "wentWrong": \.wentWrong, "questions": \.questions,
        "weakQuestions": \.weakQuestions, "wantsJob": \.wantsJob,
    ]
}

extension PageChrome: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "title": \.title, "signedIn": \.signedIn, "userName": \.userName, "csrf": \.csrf, "notice": \.notice,
        "problem": \.problem, "wide": \.wide,
    ]
}

extension SettingsView.TokenRow: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "id": \.id, "name": \.name, "created": \.created, "lastUsed": \.lastUsed,
    ]
}

extension SettingsView: TemplateFields {
    static let fields: [String: PartialKeyPath<Self> & Sendable] = [
        "page": \.page, "name": \.name, "email": \.email, "tokens": \.tokens, "newToken": \.newToken,
        "calendarURL": \.calendarURL, "hasTokens": \.hasTokens,
    ]
}
