/// Every template the app shows, by name: a handler can only name one of these, and the
/// app does not start unless each is found and every template another one includes exists.
enum TemplateName: String, CaseIterable, Sendable {
    case layout, chart, step, menuLinks = "menu-links", zoneField = "zone-field"
    case setup, signIn = "sign-in", signUp = "sign-up"
    case dashboard, dashboardList = "dashboard-list", dashboardSteps = "dashboard-steps"
    case newInterview = "new-interview", quick, debrief, interview, interviewPlan = "interview-plan"
    case drafts, draft, error, settings, `import`
    case companies, company, insights, mock, practice, questions, shared
    case sharedContent = "shared-content", sharedCopy = "shared-copy"
}
