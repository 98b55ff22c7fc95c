import Foundation
import ReboundStore

/// What the dashboard and the interview page last read for each user, kept in memory with
/// the user's revision (`User.revision`) at the time, so showing a page again costs no read
/// beyond the session's.
///
/// A kept read is used only while the account, read with this request's session, still has
/// that revision, and only while the clock has not made it wrong: no step has become late
/// since the dashboard's counts (`InterviewPage.countsHold(at:)`), and share links that have
/// expired are left out of the interview's. Every process raises the revision in the
/// transaction of its write, so a change made through another process is seen on the next
/// page, as it would be without this.
///
/// A request that has written something must not use it: the revision its session read is
/// from before its own write.
struct KeptReads: Sendable {
    /// What the dashboard shows: a page of the interviews and the soonest open steps.
    struct Dashboard: Sendable {
        let page: InterviewPage
        let openSteps: [OpenStep]
    }

    private struct KeptDashboard: Sendable {
        let revision: Int64
        let dashboard: Dashboard
    }

    private struct KeptOverview: Sendable {
        let revision: Int64
        let readAt: Date
        let overview: InterviewOverview
    }

    private let dashboards: RecentValues<ListPageKey, KeptDashboard>
    private let overviews: RecentValues<UsersInterviewKey, KeptOverview>

    /// Keeps at most `dashboards` pages of dashboards and `overviews` interviews.
    init(dashboards: Int = 500, overviews: Int = 1_000) {
        self.dashboards = RecentValues(capacity: dashboards)
        self.overviews = RecentValues(capacity: overviews)
    }

    /// Page `number` of the user's interviews (`size` a page) and their first `steps` open
    /// steps, as `storage.interviewPage` and `storage.openSteps` read them at `now`.
    func dashboard(of user: User, page number: Int, size: Int, steps: Int, now: Date,
                   storage: any ReboundStorage) async throws -> Dashboard {
        let key = ListPageKey(user: user.id, page: max(1, number))
        if let kept = dashboards.kept(for: key, isCurrent: {
            $0.revision == user.revision && $0.dashboard.page.countsHold(at: now)
        }) {
            return kept.dashboard
        }
        // The page and the open steps are read side by side.
        async let listed = storage.interviewPage(of: user.id, number: number, size: size, now: now)
        async let open = storage.openSteps(of: user.id, now: now, limit: steps)
        let dashboard = Dashboard(page: try await listed, openSteps: try await open)
        dashboards.keep(KeptDashboard(revision: user.revision, dashboard: dashboard), for: key)
        return dashboard
    }

    /// The user's interview with its done marks and working share links, as
    /// `storage.interviewOverview` reads it at `now`; nil when the user has no such interview.
    func overview(_ id: InterviewID, of user: User, now: Date, storage: any ReboundStorage) async throws -> InterviewOverview? {
        let key = UsersInterviewKey(user: user.id, interview: id)
        if let kept = overviews.kept(for: key, isCurrent: { $0.revision == user.revision && now >= $0.readAt }) {
            return kept.overview.seen(at: now)
        }
        guard let overview = try await storage.interviewOverview(id, of: user.id, now: now) else { return nil }
        overviews.keep(KeptOverview(revision: user.revision, readAt: now, overview: overview), for: key)
        return overview
    }
}
