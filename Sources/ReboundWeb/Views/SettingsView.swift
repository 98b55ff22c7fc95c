import Foundation
import ReboundCore
import ReboundStore

/// What the settings page shows.
struct SettingsView {
    /// The one-line notice after each kind of change, by the `saved` query value.
    static let notices = [
        "name": "Your name is saved.",
        "password": "Your password is changed. Other devices were signed out.",
        "revoked": "The token is revoked. Scripts using it can no longer reach your notes.",
        "calendar": "Your calendar link is ready. Add it to your calendar app as a subscription.",
        "calendar-off": "The calendar link is turned off. Calendar apps using it stop getting updates.",
        "check": "Your message check is set. Drafts are checked with the rules that are on.",
    ]

    /// One rule of the message check, with whether it is on for this account.
    struct RuleChoice {
        let rule: String
        let label: String
        let summary: String
        let on: Bool
    }

    struct TokenRow {
        let id: String
        let name: String
        let created: String
        let lastUsed: String?
    }

    let page: PageChrome
    let name: String
    let email: String
    let tokens: [TokenRow]
    let newToken: String?
    let calendarURL: String?
    /// The same link as `webcal:`, which opens a calendar app to subscribe.
    let webcalURL: String?
    let rules: [RuleChoice]

    init(page: PageChrome, user: User, tokens: [APIToken], newToken: String?, calendarURL: String?, rulesOff: Set<CheckRule>) {
        self.page = page
        name = user.name
        email = user.email
        self.tokens = tokens.map { token in
            TokenRow(id: token.id, name: token.name, created: Formatting.day(token.createdAt),
                     lastUsed: token.lastUsedAt.map(Formatting.day))
        }
        self.newToken = newToken
        self.calendarURL = calendarURL
        webcalURL = calendarURL.map { url in
            "webcal://" + (url.split(separator: "://", maxSplits: 1).last.map(String.init) ?? url)
        }
        hasTokens = !tokens.isEmpty
        rules = CheckAdvice.ruleSummaries.map { RuleChoice(rule: $0.rule.rawValue, label: $0.label, summary: $0.summary, on: !rulesOff.contains($0.rule)) }
    }

    /// Stored, not computed: templates see stored properties only.
    let hasTokens: Bool
}
