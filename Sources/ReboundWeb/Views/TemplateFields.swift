/// A view model that templates read through a table of its fields: each name a template
/// may use, and how to read it (`.of(\.property)`, typed by the property). Reading through
/// the table costs an array lookup by the name's number (`FieldNumbers`) and one call of a
/// function that reads the property; no hashing, no reflection, no casts.
///
/// Every view model lists its stored properties here. A field a template names but the
/// table lacks renders as empty, so `TemplateFieldsTests` checks that every name the
/// templates use is in a table.
protocol TemplateFields: SendableMetatype {
    static var fields: FieldTable<Self> { get }
    /// The value of the field numbered `number` (see `FieldNumbers`), or nil when this view
    /// model has no such field. (A requirement, not only an extension method, so each view
    /// model gets a specialized copy.)
    func templateValue(number: Int) -> TemplateValue?
}

extension TemplateFields {
    func templateValue(number: Int) -> TemplateValue? { Self.fields[number]?.read(self) }

    /// The value of the field `name`, or nil when this view model has no such field.
    func templateValue(named name: String) -> TemplateValue? {
        Self.fields.number(of: name).flatMap(templateValue(number:))
    }
}

/// Every view model, so a test can check that each name a template uses is in a table.
enum TemplateModels {
    static var all: [any TemplateFields.Type] {
        [
            AccountController.AccountForm.self,
            AccountController.SignInView.self,
            DashboardController.DashboardView.InterviewRow.self,
            DashboardController.DashboardView.StepRow.self,
            DashboardController.DashboardView.ListView.self,
            DashboardController.DashboardView.StepsView.self,
            DashboardController.DashboardView.self,
            DraftController.ListView.Row.self,
            DraftController.ListView.self,
            DraftController.EditView.self,
            DraftController.BetterAnswerBox.self,
            DraftController.Undo.self,
            QuickStartController.FormView.self,
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
            InterviewView.PlanPart.self,
            InterviewView.TrapRow.self,
            InterviewView.ShareRow.self,
            InterviewView.self,
            PageChrome.self,
            SharedView.Question.self,
            SharedView.Step.self,
            SharedView.self,
            MockView.Item.self,
            MockView.self,
            CompaniesView.Row.self,
            CompaniesView.self,
            CompanyView.RoundRow.self,
            CompanyView.LessonRow.self,
            CompanyView.LikelyRow.self,
            CompanyView.self,
            BarChart.Bar.self,
            BarChart.Label.self,
            BarChart.self,
            InsightsView.TableRow.self,
            InsightsView.self,
            PracticeView.Hidden.self,
            PracticeView.StarBox.self,
            PracticeView.AttemptRow.self,
            PracticeView.self,
            QuestionBankView.Row.self,
            QuestionBankView.self,
            SettingsView.TokenRow.self,
            SettingsView.self,
            SettingsView.RuleChoice.self,
        ]
    }

    /// Every field name of every view model.
    static var fieldNames: Set<String> { Set(all.flatMap { $0.fieldNames }) }
}

extension TemplateFields {
    static var fieldNames: [String] { fields.names }
}

extension AccountController.AccountForm: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "email": .of(\.email), "name": .of(\.name), "next": .of(\.next),
    ]
}

extension AccountController.SignInView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "email": .of(\.email), "next": .of(\.next), "allowSignup": .of(\.allowSignup),
    ]
}

extension DashboardController.DashboardView.InterviewRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "href": .of(\.href), "company": .of(\.company), "role": .of(\.role), "when": .of(\.when), "status": .of(\.status), "open": .of(\.open),
        "lateCount": .of(\.lateCount), "anyLate": .of(\.anyLate), "unfinished": .of(\.unfinished),
    ]
}

extension DashboardController.DashboardView.StepRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "href": .of(\.href), "label": .of(\.label), "company": .of(\.company), "due": .of(\.due), "relative": .of(\.relative),
        "optional": .of(\.optional),
    ]
}

extension DashboardController.DashboardView.ListView: TemplateFields {
    static let fields: FieldTable<Self> = ["interviews": .of(\.interviews)]
}

extension DashboardController.DashboardView.StepsView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "late": .of(\.late), "next": .of(\.next), "hasLate": .of(\.hasLate), "hasNext": .of(\.hasNext),
    ]
}

extension DashboardController.DashboardView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "stepsSection": .of(\.stepsSection), "interviewList": .of(\.interviewList),
        "hasInterviews": .of(\.hasInterviews), "interviewCount": .of(\.interviewCount),
        "shown": .of(\.shown), "newerHref": .of(\.newerHref), "olderHref": .of(\.olderHref),
    ]
}

extension DraftController.ListView.Row: TemplateFields {
    static let fields: FieldTable<Self> = [
        "notBefore": .of(\.notBefore),
        "href": .of(\.href), "kind": .of(\.kind), "to": .of(\.to), "subject": .of(\.subject), "edited": .of(\.edited), "clean": .of(\.clean),
        "findingCount": .of(\.findingCount),
    ]
}

extension DraftController.ListView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "interviewHref": .of(\.interviewHref), "company": .of(\.company), "drafts": .of(\.drafts),
        "intro": .of(\.intro), "hasDrafts": .of(\.hasDrafts),
    ]
}

extension DraftController.EditView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "interviewHref": .of(\.interviewHref), "company": .of(\.company), "key": .of(\.key), "kind": .of(\.kind),
        "checkKind": .of(\.checkKind), "interviewID": .of(\.interviewID), "to": .of(\.to), "email": .of(\.email), "phone": .of(\.phone),
        "subject": .of(\.subject), "body": .of(\.body), "edited": .of(\.edited), "check": .of(\.check), "mailto": .of(\.mailto),
        "mailtoTooLong": .of(\.mailtoTooLong), "emlHref": .of(\.emlHref), "isCallScript": .of(\.isCallScript),
        "liveLimit": .of(\.liveLimit), "telHref": .of(\.telHref), "sentAt": .of(\.sentAt), "stepKey": .of(\.stepKey),
        "better": .of(\.better), "isEmail": .of(\.isEmail), "undo": .of(\.undo), "notBefore": .of(\.notBefore),
    ]
}

extension DraftController.Undo: TemplateFields {
    static let fields: FieldTable<Self> = ["subject": .of(\.subject), "body": .of(\.body)]
}

extension DraftController.BetterAnswerBox: TemplateFields {
    static let fields: FieldTable<Self> = [
        "index": .of(\.index), "question": .of(\.question), "interviewID": .of(\.interviewID), "key": .of(\.key),
        "csrf": .of(\.csrf),
    ]
}

extension ImportView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "issues": .of(\.issues), "json": .of(\.json), "hasIssues": .of(\.hasIssues),
    ]
}

extension NewInterviewController.FormView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "company": .of(\.company), "role": .of(\.role), "date": .of(\.date), "time": .of(\.time), "minutes": .of(\.minutes),
        "zone": .of(\.zone), "zones": .of(\.zones), "modes": .of(\.modes), "interviewers": .of(\.interviewers),
        "decisionBy": .of(\.decisionBy), "guessed": .of(\.guessed),
    ]
}

extension QuickStartController.FormView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "company": .of(\.company), "role": .of(\.role), "interviewers": .of(\.interviewers),
        "worstQuestion": .of(\.worstQuestion), "date": .of(\.date), "time": .of(\.time), "minutes": .of(\.minutes),
        "zone": .of(\.zone), "zones": .of(\.zones), "guessed": .of(\.guessed),
    ]
}

extension Choice: TemplateFields {
    static let fields: FieldTable<Self> = [
        "value": .of(\.value), "label": .of(\.label), "selected": .of(\.selected),
    ]
}

extension ErrorPageMiddleware.ErrorView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "status": .of(\.status), "heading": .of(\.heading), "message": .of(\.message),
    ]
}

extension CheckView.Piece: TemplateFields {
    static let fields: FieldTable<Self> = [
        "text": .of(\.text), "marked": .of(\.marked), "number": .of(\.number),
    ]
}

extension CheckView.Item: TemplateFields {
    static let fields: FieldTable<Self> = [
        "number": .of(\.number), "rule": .of(\.rule), "excerpt": .of(\.excerpt), "message": .of(\.message), "suggestion": .of(\.suggestion),
        "dismissal": .of(\.dismissal), "removal": .of(\.removal),
    ]
}

extension CheckView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "pieces": .of(\.pieces), "findings": .of(\.findings), "clean": .of(\.clean), "words": .of(\.words), "summary": .of(\.summary),
        "dismissed": .of(\.dismissed), "hasDismissed": .of(\.hasDismissed),
    ]
}

extension DebriefView.Step: TemplateFields {
    static let fields: FieldTable<Self> = [
        "number": .of(\.number), "heading": .of(\.heading), "href": .of(\.href), "current": .of(\.current),
    ]
}

extension DebriefView.Item: TemplateFields {
    static let fields: FieldTable<Self> = [
        "index": .of(\.index), "text": .of(\.text), "number": .of(\.number), "focused": .of(\.focused),
    ]
}

extension DebriefView.WrongRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "index": .of(\.index), "text": .of(\.text), "kinds": .of(\.kinds), "number": .of(\.number), "focused": .of(\.focused),
    ]
}

extension DebriefView.QuestionRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "index": .of(\.index), "text": .of(\.text), "askers": .of(\.askers), "ratings": .of(\.ratings), "better": .of(\.better),
        "number": .of(\.number), "focused": .of(\.focused), "noted": .of(\.noted),
    ]
}

extension DebriefView.PersonRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "index": .of(\.index), "name": .of(\.name), "title": .of(\.title), "email": .of(\.email), "phone": .of(\.phone),
        "number": .of(\.number), "focused": .of(\.focused),
        "hiringManager": .of(\.hiringManager),
    ]
}

extension DebriefView.ContactRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "index": .of(\.index), "name": .of(\.name), "relations": .of(\.relations), "email": .of(\.email), "phone": .of(\.phone),
        "number": .of(\.number), "focused": .of(\.focused),
        "mayBeContacted": .of(\.mayBeContacted),
    ]
}

extension DebriefView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "interviewID": .of(\.interviewID), "company": .of(\.company), "role": .of(\.role), "heading": .of(\.heading),
        "prompt": .of(\.prompt), "stage": .of(\.stage), "number": .of(\.number), "count": .of(\.count), "steps": .of(\.steps),
        "isFirst": .of(\.isFirst), "isLast": .of(\.isLast), "isWentWell": .of(\.isWentWell), "isWentWrong": .of(\.isWentWrong),
        "isQuestions": .of(\.isQuestions), "isForgot": .of(\.isForgot), "isInterviewers": .of(\.isInterviewers),
        "isContacts": .of(\.isContacts), "isWantsJob": .of(\.isWantsJob), "items": .of(\.items), "wrongs": .of(\.wrongs),
        "questions": .of(\.questions), "people": .of(\.people), "contacts": .of(\.contacts), "wantsJob": .of(\.wantsJob),
    ]
}

extension InterviewView.StepRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "key": .of(\.key), "anchor": .of(\.anchor), "title": .of(\.title), "detail": .of(\.detail), "caution": .of(\.caution), "due": .of(\.due),
        "dueRelative": .of(\.dueRelative), "late": .of(\.late), "lapsed": .of(\.lapsed), "optional": .of(\.optional), "done": .of(\.done), "minutes": .of(\.minutes),
        "draftHref": .of(\.draftHref), "practiceHref": .of(\.practiceHref), "prepareHref": .of(\.prepareHref),
    ]
}

extension InterviewView.PlanPart: TemplateFields {
    static let fields: FieldTable<Self> = [
        "id": .of(\.id), "csrf": .of(\.csrf), "lateSteps": .of(\.lateSteps), "upcomingSteps": .of(\.upcomingSteps),
        "doneSteps": .of(\.doneSteps), "hasLate": .of(\.hasLate), "hasDone": .of(\.hasDone),
        "lapsedSteps": .of(\.lapsedSteps), "hasLapsed": .of(\.hasLapsed), "hasUpcoming": .of(\.hasUpcoming),
    ]
}

extension InterviewView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "id": .of(\.id), "company": .of(\.company), "role": .of(\.role), "when": .of(\.when), "zone": .of(\.zone),
        "status": .of(\.status), "debriefUnfinished": .of(\.debriefUnfinished), "resumeHref": .of(\.resumeHref),
        "planSection": .of(\.planSection), "outcomes": .of(\.outcomes), "outcomeDate": .of(\.outcomeDate), "nextRoundDate": .of(\.nextRoundDate),
        "nextRoundTime": .of(\.nextRoundTime), "decisionBy": .of(\.decisionBy), "waiting": .of(\.waiting),
        "offered": .of(\.offered), "invitesReread": .of(\.invitesReread), "nextTime": .of(\.nextTime),
        "nextTimeNotes": .of(\.nextTimeNotes), "wentWell": .of(\.wentWell), "wentWrong": .of(\.wentWrong), "questions": .of(\.questions),
        "weakQuestions": .of(\.weakQuestions), "wantsJob": .of(\.wantsJob),
        "rejected": .of(\.rejected), "traps": .of(\.traps),
        "shareLinks": .of(\.shareLinks), "hasShareLinks": .of(\.hasShareLinks), "newShareURL": .of(\.newShareURL),
        "shareIsLocal": .of(\.shareIsLocal),
        "shareDays": .of(\.shareDays), "companyHref": .of(\.companyHref), "invitedBack": .of(\.invitedBack),
    ]
}

extension PageChrome: TemplateFields {
    static let fields: FieldTable<Self> = [
        "title": .of(\.title), "signedIn": .of(\.signedIn), "userName": .of(\.userName), "csrf": .of(\.csrf), "notice": .of(\.notice),
        "problem": .of(\.problem), "wide": .of(\.wide), "visitor": .of(\.visitor),
    ]
}

extension SettingsView.TokenRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "id": .of(\.id), "name": .of(\.name), "created": .of(\.created), "lastUsed": .of(\.lastUsed),
    ]
}

extension SettingsView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "name": .of(\.name), "email": .of(\.email), "tokens": .of(\.tokens), "newToken": .of(\.newToken),
        "calendarURL": .of(\.calendarURL), "webcalURL": .of(\.webcalURL), "hasTokens": .of(\.hasTokens), "rules": .of(\.rules),
    ]
}

extension SettingsView.RuleChoice: TemplateFields {
    static let fields: FieldTable<Self> = [
        "rule": .of(\.rule), "label": .of(\.label), "summary": .of(\.summary), "on": .of(\.on),
    ]
}

extension PracticeView.Hidden: TemplateFields {
    static let fields: FieldTable<Self> = ["name": .of(\.name), "value": .of(\.value)]
}

extension PracticeView.StarBox: TemplateFields {
    static let fields: FieldTable<Self> = [
        "name": .of(\.name), "title": .of(\.title), "prompt": .of(\.prompt), "value": .of(\.value),
    ]
}

extension PracticeView.AttemptRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "text": .of(\.text), "rating": .of(\.rating), "when": .of(\.when), "took": .of(\.took),
    ]
}

extension PracticeView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "hasQuestion": .of(\.hasQuestion), "key": .of(\.key), "text": .of(\.text), "kind": .of(\.kind),
        "progress": .of(\.progress), "isRepeat": .of(\.isRepeat), "history": .of(\.history), "betterAnswer": .of(\.betterAnswer),
        "story": .of(\.story), "starBoxes": .of(\.starBoxes), "outline": .of(\.outline), "timed": .of(\.timed), "aim": .of(\.aim),
        "shown": .of(\.shown), "hidden": .of(\.hidden), "bankHref": .of(\.bankHref), "answered": .of(\.answered),
        "finishedSitting": .of(\.finishedSitting), "nextDue": .of(\.nextDue), "recent": .of(\.recent), "hasRecent": .of(\.hasRecent),
        "fields": .of(\.fields), "kinds": .of(\.kinds), "timers": .of(\.timers), "sizes": .of(\.sizes),
    ]
}

extension QuestionBankView.Row: TemplateFields {
    static let fields: FieldTable<Self> = [
        "text": .of(\.text), "kind": .of(\.kind), "fields": .of(\.fields), "history": .of(\.history), "weak": .of(\.weak),
        "schedule": .of(\.schedule), "betterAnswer": .of(\.betterAnswer), "practiseHref": .of(\.practiseHref),
    ]
}

extension QuestionBankView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "query": .of(\.query), "kinds": .of(\.kinds), "fields": .of(\.fields), "sources": .of(\.sources),
        "rows": .of(\.rows), "count": .of(\.count), "none": .of(\.none), "ownCount": .of(\.ownCount), "weakCount": .of(\.weakCount),
    ]
}

extension InterviewView.TrapRow: TemplateFields {
    static let fields: FieldTable<Self> = ["thought": .of(\.thought), "reframe": .of(\.reframe)]
}

extension BarChart.Bar: TemplateFields {
    static let fields: FieldTable<Self> = [
        "x": .of(\.x), "y": .of(\.y), "width": .of(\.width), "height": .of(\.height), "style": .of(\.style), "tip": .of(\.tip),
    ]
}

extension BarChart.Label: TemplateFields {
    static let fields: FieldTable<Self> = ["x": .of(\.x), "y": .of(\.y), "text": .of(\.text), "anchor": .of(\.anchor)]
}

extension BarChart: TemplateFields {
    static let fields: FieldTable<Self> = [
        "narrowWidth": .of(\.narrowWidth), "narrowHeight": .of(\.narrowHeight), "narrowBars": .of(\.narrowBars), "narrowLabels": .of(\.narrowLabels),
        "id": .of(\.id), "title": .of(\.title), "width": .of(\.width), "height": .of(\.height), "bars": .of(\.bars),
        "labels": .of(\.labels),
    ]
}

extension InsightsView.TableRow: TemplateFields {
    static let fields: FieldTable<Self> = ["cells": .of(\.cells)]
}

extension InsightsView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "hasInterviews": .of(\.hasInterviews), "sampleNote": .of(\.sampleNote),
        "setbackChart": .of(\.setbackChart), "setbackRows": .of(\.setbackRows), "strengthRows": .of(\.strengthRows),
        "hasStrengths": .of(\.hasStrengths), "ratingChart": .of(\.ratingChart), "ratingRows": .of(\.ratingRows),
        "funnelChart": .of(\.funnelChart), "funnelSummary": .of(\.funnelSummary), "thankYouSummary": .of(\.thankYouSummary),
        "thankYouRows": .of(\.thankYouRows), "hasThankYouRows": .of(\.hasThankYouRows), "practiceChart": .of(\.practiceChart),
        "practiceRows": .of(\.practiceRows),
    ]
}

extension MockView.Item: TemplateFields {
    static let fields: FieldTable<Self> = [
        "number": .of(\.number), "text": .of(\.text), "kind": .of(\.kind), "listenFor": .of(\.listenFor), "own": .of(\.own),
    ]
}

extension MockView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "company": .of(\.company), "role": .of(\.role), "count": .of(\.count), "fields": .of(\.fields),
        "counts": .of(\.counts), "hasSheet": .of(\.hasSheet), "heading": .of(\.heading), "candidate": .of(\.candidate),
        "items": .of(\.items),
    ]
}

extension CompaniesView.Row: TemplateFields {
    static let fields: FieldTable<Self> = [
        "href": .of(\.href), "company": .of(\.company), "detail": .of(\.detail), "nextRound": .of(\.nextRound),
        "hasNotes": .of(\.hasNotes),
    ]
}

extension CompaniesView: TemplateFields {
    static let fields: FieldTable<Self> = ["page": .of(\.page), "rows": .of(\.rows), "hasRows": .of(\.hasRows)]
}

extension CompanyView.RoundRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "href": .of(\.href), "role": .of(\.role), "when": .of(\.when), "status": .of(\.status),
    ]
}

extension CompanyView.LessonRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "question": .of(\.question), "rating": .of(\.rating), "weak": .of(\.weak), "betterAnswer": .of(\.betterAnswer),
        "editHref": .of(\.editHref), "practiseHref": .of(\.practiseHref),
    ]
}

extension CompanyView.LikelyRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "text": .of(\.text), "kind": .of(\.kind), "reason": .of(\.reason), "practiseHref": .of(\.practiseHref),
    ]
}

extension CompanyView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "page": .of(\.page), "company": .of(\.company), "href": .of(\.href), "upcoming": .of(\.upcoming), "rounds": .of(\.rounds),
        "hasRounds": .of(\.hasRounds), "lessons": .of(\.lessons), "hasLessons": .of(\.hasLessons), "forgot": .of(\.forgot),
        "nextTime": .of(\.nextTime), "wentWell": .of(\.wentWell), "hasForgot": .of(\.hasForgot), "hasNextTime": .of(\.hasNextTime),
        "hasWentWell": .of(\.hasWentWell), "hasReminders": .of(\.hasReminders), "likely": .of(\.likely), "mockHref": .of(\.mockHref),
        "notesCompany": .of(\.notesCompany), "fields": .of(\.fields), "history": .of(\.history), "strengths": .of(\.strengths),
        "achievements": .of(\.achievements), "goals": .of(\.goals), "hasNotes": .of(\.hasNotes), "savedOn": .of(\.savedOn),
    ]
}

extension InterviewView.ShareRow: TemplateFields {
    static let fields: FieldTable<Self> = [
        "id": .of(\.id), "linkID": .of(\.linkID), "created": .of(\.created), "expires": .of(\.expires),
    ]
}

extension SharedView.Question: TemplateFields {
    static let fields: FieldTable<Self> = ["text": .of(\.text), "rating": .of(\.rating), "betterAnswer": .of(\.betterAnswer)]
}

extension SharedView.Step: TemplateFields {
    static let fields: FieldTable<Self> = ["title": .of(\.title), "due": .of(\.due), "state": .of(\.state)]
}

extension SharedView: TemplateFields {
    static let fields: FieldTable<Self> = [
        "made": .of(\.made),
        "page": .of(\.page), "sharedBy": .of(\.sharedBy), "expires": .of(\.expires), "company": .of(\.company), "role": .of(\.role),
        "when": .of(\.when), "status": .of(\.status), "wentWell": .of(\.wentWell), "wentWrong": .of(\.wentWrong),
        "questions": .of(\.questions), "forgot": .of(\.forgot), "nextTime": .of(\.nextTime), "hasNextTime": .of(\.hasNextTime),
        "steps": .of(\.steps),
    ]
}
