import ReboundStore

/// The dashboard's list of interviews as rendered for each page of a user's list, shown
/// again while that page's interviews, with their counts, are the very ones it was rendered
/// from: most of a dashboard's fields are in it, and they change only with a write or when
/// a step becomes late. Holds at most `capacity` lists and, when full, forgets the half used
/// least recently.
struct RenderedLists: Sendable {
    private struct Key: Hashable, Sendable {
        let user: UserID
        let page: Int
    }

    private struct Rendered: Sendable {
        let interviews: [InterviewSummary]
        let html: RenderedHTML
    }

    private let kept: RecentValues<Key, Rendered>

    init(capacity: Int = 500) {
        kept = RecentValues(capacity: capacity)
    }

    /// Page `page` of the user's list, showing `interviews`: from memory when it was rendered
    /// from the same interviews, else from `render`.
    func list(of user: UserID, page: Int, interviews: [InterviewSummary], render: () -> RenderedHTML) -> RenderedHTML {
        kept.value(for: Key(user: user, page: page), isCurrent: { $0.interviews == interviews }) {
            Rendered(interviews: interviews, html: render())
        }.html
    }
}
