import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// The drafts of an interview's plan: each editable, checked as the user writes, and ready to
/// open in the mail app, download as `.eml` or copy.
struct DraftController {
    let app: WebApp

    struct ListView {
        struct Row {
            let href: String
            let kind: String
            let to: String
            let subject: String
            let edited: Bool
            let clean: Bool
            let findingCount: Int
            /// For a check-in not due yet: the day it is best sent from.
            let notBefore: String?
        }

        let page: PageChrome
        let interviewHref: String
        let company: String
        let drafts: [Row]
        /// What there is to send and why, in a sentence or two; it also explains an empty list.
        let intro: String
        var hasDrafts: Bool { !drafts.isEmpty }
    }

    /// The drafts page's opening words for an interview with `count` drafts at this moment.
    static func intro(for interview: Interview, count: Int) -> String {
        switch (interview.outcome.status, count > 0) {
        case (.offer, true):
            return "Congratulations on the offer! First, your reply: it thanks them and says by when you will answer, without committing you to anything. Then, if you like, a short note for each person who helped you along the way."
        case (.offer, false):
            return "Congratulations on the offer! Reply to it in your own words: thank them and say by when you will answer. Add your recruiter, references or mentor to your notes and Rebound drafts a thank-you for each."
        case (.withdrawn, _):
            return "You withdrew from this one, so there is nothing to send. Your plan on the interview page keeps what is still worth doing for you."
        case (_, true):
            return "Each draft is written for one reader from your notes. Edit it until it sounds like you; the check beside it says what to fix."
        case (_, false):
            return "There is nothing to send right now: the moment for these messages has passed, and sending one this late would not help. Your plan on the interview page says what is worth doing instead."
        }
    }

    struct EditView {
        let page: PageChrome
        let interviewHref: String
        let company: String
        let key: String
        let kind: String
        let checkKind: String
        let interviewID: String
        let to: String
        let email: String?
        let phone: String?
        let subject: String
        let body: String
        let edited: Bool
        let check: CheckView
        let mailto: String?
        /// The draft has an address but is too long for a mail link (`MailtoLink.limit`).
        let mailtoTooLong: Bool
        let emlHref: String
        let isCallScript: Bool
        /// Every kind but the call script is sent by e-mail: copy, mail app, `.eml`.
        var isEmail: Bool { !isCallScript }
        /// `tel:` and the number, for the call script.
        let telHref: String?
        /// When the user marked the draft sent (its plan step done), as shown; nil when not yet.
        let sentAt: String?
        /// The plan step the draft is for, which "Mark as sent" marks done.
        let stepKey: String?
        /// The box for the answer the user wishes they had given, on a thank-you that has none.
        let better: BetterAnswerBox?
        /// The longest text the editor checks as the user types (`CheckRunner.liveLimit`).
        let liveLimit = CheckRunner.liveLimit
        /// Just after "Remove this sentence": the text as it was, for "Undo".
        var undo: Undo?
        /// For a check-in not due yet: the day it is best sent from.
        var notBefore: String?
    }

    /// A draft's subject and text before a one-tap change, to put back.
    struct Undo {
        let subject: String
        let body: String
    }

    /// "What you wish you had said": a weak question without a better answer yet, asked on a
    /// thank-you the user has not edited, so the answer goes straight into the note.
    struct BetterAnswerBox {
        let index: Int
        let question: String
        let interviewID: String
        let key: String
        let csrf: String
    }

    static let kindLabels: [String: String] = [
        "thank-you": "Thank-you", "call-script": "Call script", "brief-reference": "Note to a reference",
        "tell-connection": "Update", "ask-feedback": "Feedback request", "check-in": "Check-in",
        "answer-offer": "Reply to the offer", "share-news": "Good news",
    ]

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/interviews/:id/drafts") { request, context in
            let (user, interview) = try await app.interview(context)
            let drafts = try await current(interview, user: user)
            let (chrome, _) = app.chrome("Drafts · \(interview.file.interview.company)", request, context)
            let context = CheckContext(interview.file)
            let rulesOff = try await app.storage.rulesTurnedOff(of: user.id)
            var rows: [ListView.Row] = []
            for (draft, edited) in drafts {
                let report = await CheckRunner.check(draft.body, kind: draft.checkKind, context: context, ignoring: rulesOff)
                let active = report.separating(try await app.storage.dismissals(of: draft.key, in: interview.id, of: user.id)).active
                rows.append(ListView.Row(href: Self.href(interview.id, draft.key), kind: Self.kindLabels[draft.kind.rawValue] ?? draft.kind.rawValue,
                                         to: draft.to, subject: draft.subject, edited: edited, clean: active.isEmpty,
                                         findingCount: active.count + report.omitted, notBefore: notBefore(draft, of: interview)))
            }
            return app.page(.drafts, ListView(page: chrome, interviewHref: "/interviews/\(interview.id)",
                                               company: interview.file.interview.company, drafts: rows,
                                               intro: Self.intro(for: interview.file.interview, count: rows.count)), cookie: nil)
        }
        router.get("/interviews/:id/draft") { request, context in
            let (user, interview) = try await app.interview(context)
            let (draft, edited) = try await find(interview, user: user, key: request.queryForm["key"])
            var (chrome, _) = app.chrome(Self.title(of: draft), request, context)
            if request.queryForm["saved"] != nil { chrome.notice = "Draft saved." }
            if request.queryForm["sent"] != nil { chrome.notice = "Marked as sent: the step is done in your plan." }
            if request.queryForm["added"] != nil {
                chrome.notice = request.queryForm["added"] == "out"
                    ? "Saved in your notes, but left out of this note: the check found something in it that would hurt (an apology, an excuse or a plea). Say what you did or would do, and add it again."
                    : "Added to your note, and saved in your notes for the full debrief."
            }
            var view = try await editView(chrome, interview, draft, edited: edited, user: user)
            view.notBefore = notBefore(draft, of: interview)
            return app.page(.draft, view, cookie: nil)
        }
        router.post("/interviews/:id/better-answer") { request, context in
            let (user, interview) = try await app.interview(context)
            let form = context.form ?? FormData(fields: [])
            let key = form["key"] ?? ""
            // The page names the question by its place and its words: notes changed in another
            // tab since then are not overwritten in the wrong place.
            guard let index = form["question"].flatMap(Int.init), interview.file.debrief.questions.indices.contains(index),
                  interview.file.debrief.questions[index].text == form["questionText"] else {
                throw HTTPError(.badRequest, message: "That question has changed in your notes. Reload the page and try again.")
            }
            guard let answer = form.text("answer") else {
                throw HTTPError(.badRequest, message: "Better answer: write the answer you wish you had given, or leave the box.")
            }
            if answer.count > 2_000 { throw HTTPError(.badRequest, message: "Better answer: keep it under 2,000 characters; a few sentences are plenty.") }
            if let problem = TextShape.freeText.firstProblem(in: answer) { throw HTTPError(.badRequest, message: "Better answer: \(problem).") }
            var saved = interview
            saved.file.debrief.questions[index].betterAnswer = answer
            saved.updatedAt = app.environment.now()
            try await app.storage.saveInterview(saved, of: user.id)
            // The writer leaves out an answer that would bring a finding into the message.
            let used = app.draftWriter(for: saved.file, user: user).usesAnswer(ofQuestion: index)
            return app.redirect(Self.href(interview.id, key) + (used ? "&added=1" : "&added=out"))
        }
        router.post("/interviews/:id/draft") { request, context in
            let (user, interview) = try await app.interview(context)
            let form = context.form ?? FormData(fields: [])
            var (draft, edited) = try await find(interview, user: user, key: form["key"])
            let action = form["dismiss"] != nil ? "dismiss" : form["restore"] != nil ? "restore"
                : form["remove"] != nil ? "remove" : form["go"] ?? "check"
            if action == "reset" {
                try await app.storage.discardDraft(draft.key, of: interview.id, of: user.id)
                return app.redirect(Self.href(interview.id, draft.key))
            }
            let subject = String((form["subject"] ?? draft.subject).prefix(500))
            let body = form["body"] ?? draft.body
            draft = draft.editing(subject: subject, body: body)
            var notice: String?
            switch action {
            case "dismiss", "restore":
                // The button carries the finding as RULE|WORDS; the text being edited comes along.
                let value = form[action] ?? ""
                let parts = value.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, let rule = CheckRule(rawValue: String(parts[0])) else {
                    throw HTTPError(.badRequest, message: "That finding could not be read. Reload the page and try again.")
                }
                let dismissal = Dismissal(rule: rule, excerpt: String(parts[1]))
                if action == "dismiss" {
                    try await app.storage.dismiss(dismissal, in: draft.key, of: interview.id, of: user.id, at: app.environment.now())
                    notice = rule.isAboutTheWholeMessage ? "Marked as fine for this draft."
                        : "Marked as fine. It stays out of the check while those words stay in this draft."
                } else {
                    try await app.storage.restore(dismissal, in: draft.key, of: interview.id, of: user.id)
                    notice = "The finding is back in the check."
                }
            case "remove":
                // "Remove this sentence": the sentence with the finding comes out and the draft is saved.
                let value = form["remove"] ?? ""
                let parts = value.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let span = parts.first?.split(separator: ":").compactMap { Int($0) } ?? []
                guard parts.count == 2, span.count == 2,
                      let shorter = SentenceRemoval.removing(String(parts[1]), at: span[0], span[1], from: body) else {
                    notice = "Those words are no longer where they were; check the message again."
                    break
                }
                guard body.count <= CheckRunner.textLimit else { throw HTTPError(.badRequest, message: Self.tooLong) }
                try await app.storage.saveDraft(SavedDraft(key: draft.key, subject: subject, body: shorter, updatedAt: app.environment.now()),
                                                of: interview.id, of: user.id)
                // Shown at once, with the text as it was, so one tap puts it back.
                var (chrome, _) = app.chrome(Self.title(of: draft), request, context)
                chrome.notice = "Removed, and the draft saved. The check has run again."
                var view = try await editView(chrome, interview, draft.editing(subject: subject, body: shorter), edited: true, user: user)
                view.undo = Undo(subject: subject, body: body)
                return app.page(.draft, view, cookie: nil)
            case "sent", "unsent":
                guard let step = draft.step else { throw HTTPError(.notFound, message: "This draft is no longer part of the plan.") }
                guard body.count <= CheckRunner.textLimit else { throw HTTPError(.badRequest, message: Self.tooLong) }
                // The text as sent is kept when it is not the one Rebound wrote.
                let written = action == "sent" ? original(draft, in: interview, user: user) : draft
                if action == "sent", subject != written.subject || body != written.body {
                    try await app.storage.saveDraft(SavedDraft(key: draft.key, subject: subject, body: body, updatedAt: app.environment.now()),
                                                    of: interview.id, of: user.id)
                }
                try await app.storage.markStep(step, of: interview.id, of: user.id, doneAt: action == "sent" ? app.environment.now() : nil)
                return app.redirect(Self.href(interview.id, draft.key) + (action == "sent" ? "&sent=1" : ""))
            default:
                break
            }
            if action == "save" {
                guard body.count <= CheckRunner.textLimit else {
                    var (chrome, _) = app.chrome(Self.title(of: draft), request, context)
                    chrome.problem = Self.tooLong
                    return app.page(.draft, try await editView(chrome, interview, draft, edited: true, user: user), cookie: nil,
                                    status: .badRequest)
                }
                try await app.storage.saveDraft(SavedDraft(key: draft.key, subject: subject, body: body, updatedAt: app.environment.now()),
                                                of: interview.id, of: user.id)
                return app.redirect(Self.href(interview.id, draft.key) + "&saved=1")
            }
            edited = true
            var (chrome, _) = app.chrome(Self.title(of: draft), request, context)
            chrome.notice = notice
            return app.page(.draft, try await editView(chrome, interview, draft, edited: edited, user: user), cookie: nil)
        }
        router.get("/interviews/:id/draft.eml") { request, context in
            let (user, interview) = try await app.interview(context)
            let (draft, _) = try await find(interview, user: user, key: request.queryForm["key"])
            let now = Timestamp(app.environment.now())
            let sender = user.name.isEmpty ? user.email : "\(user.name) <\(user.email)>"
            let eml = MailExport.eml(for: draft, from: sender, date: now, sequence: 1)
            return Response(status: .ok, headers: [
                .contentType: "message/rfc822",
                .contentDisposition: ContentDisposition.attachment(MailExport.fileName(for: draft, index: 1)),
            ], body: .init(byteBuffer: ByteBuffer(string: eml)))
        }
    }

    /// Said when a draft is longer than any draft is kept.
    static let tooLong = "Message: at most \(CheckRunner.textLimit) characters; a note after an interview is a few hundred words."

    /// The draft page's title: "Thank-you to Dana Reyes".
    static func title(of draft: Draft) -> String { "\(kindLabels[draft.kind.rawValue] ?? "Draft") to \(draft.to)" }

    static func href(_ id: InterviewID, _ key: String) -> String { "/interviews/\(id)/draft?key=" + query(key) }

    /// Text as a query value.
    private static func query(_ text: String) -> String {
        text.queryValueEncoded
    }

    /// Every draft of the plan, with the user's edits in place of the written ones.
    private func current(_ interview: StoredInterview, user: User) async throws -> [(Draft, Bool)] {
        try await app.currentDrafts(of: interview, user: user)
    }

    private func find(_ interview: StoredInterview, user: User, key: String?) async throws -> (Draft, Bool) {
        guard let key, let found = try await current(interview, user: user).first(where: { $0.0.key == key }) else {
            throw HTTPError(.notFound, message: "This draft is no longer part of the plan.")
        }
        return found
    }

    private func editView(_ chrome: PageChrome, _ interview: StoredInterview, _ draft: Draft, edited: Bool, user: User) async throws -> EditView {
        let states = try await app.storage.stepStates(of: interview.id, of: user.id)
        let text = String(draft.body.prefix(CheckRunner.textLimit))
        let report = await CheckRunner.check(text, kind: draft.checkKind, context: CheckContext(interview.file),
                                             ignoring: try await app.storage.rulesTurnedOff(of: user.id))
        let dismissals = try await app.storage.dismissals(of: draft.key, in: interview.id, of: user.id)
        // A call script is said, not sent: never a mail link.
        let mailto = draft.kind == .callScript ? nil
            : draft.email.flatMap { MailtoLink.url(to: $0, subject: draft.subject, body: draft.body) }
        let mailtoTooLong = draft.kind != .callScript && draft.email != nil && mailto == nil
        let doneAt = draft.step.flatMap { step in states.first { $0.key == step }?.doneAt }
        let zone = interview.file.interview.timeZone
        return EditView(page: chrome, interviewHref: "/interviews/\(interview.id)", company: interview.file.interview.company,
                        key: draft.key, kind: Self.kindLabels[draft.kind.rawValue] ?? draft.kind.rawValue,
                        checkKind: draft.checkKind.rawValue, interviewID: interview.id.rawValue, to: draft.to,
                        email: draft.email, phone: draft.phone, subject: draft.subject, body: draft.body,
                        edited: edited, check: CheckView(text: text, report: report, dismissals: dismissals), mailto: mailto,
                        mailtoTooLong: mailtoTooLong,
                        emlHref: "/interviews/\(interview.id)/draft.eml?key=" + Self.query(draft.key),
                        isCallScript: draft.kind == .callScript,
                        telHref: draft.kind == .callScript ? draft.phone.flatMap(Self.telHref) : nil,
                        sentAt: doneAt.map { Formatting.dateTime(Int64($0.timeIntervalSince1970), in: zone) },
                        stepKey: draft.step?.rawValue,
                        better: edited || draft.kind != .thankYou ? nil : betterAnswerBox(interview, draft, csrf: chrome.csrf))
    }

    /// The box for the question the thank-you speaks about, when it has no better answer yet.
    private func betterAnswerBox(_ interview: StoredInterview, _ draft: Draft, csrf: String) -> BetterAnswerBox? {
        guard let index = app.draftWriter(for: interview.file, user: nil).questionWantingAnswer(for: draft.to) else { return nil }
        return BetterAnswerBox(index: index, question: interview.file.debrief.questions[index].text,
                               interviewID: interview.id.rawValue, key: draft.key, csrf: csrf)
    }

    /// A check-in asks where things stand, so it waits for its day: that day ("Tue 8 Dec"),
    /// while it is still ahead; nil for every other draft.
    private func notBefore(_ draft: Draft, of interview: StoredInterview) -> String? {
        guard draft.kind == .checkIn, let step = draft.step else { return nil }
        let now = Timestamp(app.environment.now())
        guard let due = RecoveryPlan.dueTimes(of: interview.file).first(where: { $0.key == step })?.due, due > now else { return nil }
        let zone = interview.file.interview.timeZone
        let day = zone.day(of: due.seconds)
        return zone.day(of: now.seconds) == day ? nil : Formatting.day(day)
    }

    /// The draft as Rebound wrote it, before the user's edits.
    private func original(_ draft: Draft, in interview: StoredInterview, user: User) -> Draft {
        app.draftWriter(for: interview.file, user: user).drafts().first { $0.key == draft.key } ?? draft
    }

    /// `tel:+15550100` from a number as people write it; nil when it holds no digit.
    static func telHref(_ phone: String) -> String? {
        var digits = ""
        for character in phone {
            if character.isASCII, character.isNumber { digits.append(character) }
            if character == "+", digits.isEmpty { digits.append("+") }
        }
        return digits.contains(where: \.isNumber) ? "tel:" + digits : nil
    }
}

extension WebApp {
    /// The writer of `file`'s drafts as of now, signed with the user's name when they gave one.
    func draftWriter(for file: InterviewFile, user: User?) -> DraftWriter {
        let name = user.flatMap { $0.name.isEmpty ? nil : $0.name }
        return DraftWriter(file: file, now: Timestamp(environment.now()), senderName: name)
    }

    /// The interview's drafts as the plan writes them, with the user's edits in place of
    /// the ones they changed; each paired with whether it is edited.
    func currentDrafts(of interview: StoredInterview, user: User) async throws -> [(Draft, Bool)] {
        let saved = try await storage.savedDrafts(of: interview.id, of: user.id)
        let edits = Dictionary(saved.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        return draftWriter(for: interview.file, user: user).drafts().map { draft in
            guard let edit = edits[draft.key] else { return (draft, false) }
            return (draft.editing(subject: edit.subject, body: edit.body), true)
        }
    }
}
