import ReboundCore

/// The mock-interview page: the choices on screen, and the sheet for the friend, which is
/// what prints.
struct MockView {
    struct Form {
        let company: String
        let role: String
        let field: WorkField?
        let count: Int
    }

    struct Item {
        let number: Int
        let text: String
        let kind: String?
        let listenFor: String
        let own: Bool
    }

    let page: PageChrome
    let company: String
    let role: String
    let count: String
    let fields: [Choice]
    let counts: [Choice]
    let hasSheet: Bool
    let heading: String
    let candidate: String
    let items: [Item]

    init(page: PageChrome, form: Form, candidate: String, questions: [BankQuestion]) {
        self.page = page
        company = form.company
        role = form.role
        count = String(form.count)
        fields = Choice.workFields(selected: form.field, anyLabel: "Any job")
        counts = Choice.list(["6", "8", "10", "12"], selected: String(form.count))
        hasSheet = !questions.isEmpty
        let target = [form.role, form.company].filter { !$0.isEmpty }.joined(separator: " at ")
        heading = target.isEmpty ? "Mock interview with \(candidate)" : "Mock interview with \(candidate): \(target)"
        self.candidate = candidate
        items = questions.enumerated().map { index, question in
            Item(number: index + 1, text: question.text, kind: question.kind?.label, listenFor: MockInterview.listenFor(question.kind),
                 own: question.isOwn)
        }
    }
}
