import Foundation
import ReboundCore

/// Everything Rebound keeps, in the app's words. Every call about a user's data takes the
/// user's ID and touches only that user's rows: a caller cannot reach another user's
/// interview even with its ID.
///
/// Every write to a user's interviews, plan steps or share links raises the user's
/// `revision` in the same transaction, so a process can keep what it read in memory and
/// know, from the account read with the session, whether it is still current.
///
/// The store never reads the clock; callers pass `now` where time matters. Implementations:
/// `SQLStorage` over SQLite (the default) or another SQL database.
public protocol ReboundStorage: Sendable {
    // MARK: Accounts

    /// How many accounts exist: zero on a new install, when the first visit creates the owner.
    func userCount() async throws -> Int
    /// Adds an account; throws `StoreError.emailTaken` when the address is in use, and, for
    /// an owner, `StoreError.alreadySetUp` when the install has any account: however many
    /// first visits come at once, one owner is made.
    func createUser(_ user: User) async throws
    func user(id: UserID) async throws -> User?
    /// The account with this sign-in address (compared lowercased).
    func user(email: String) async throws -> User?
    /// The account made when the install was set up (the person it belongs to).
    func owner() async throws -> User?
    func updateName(_ name: String, of user: UserID) async throws
    /// Stores a new password hash and ends every session of the user except `keeping`.
    func updatePasswordHash(_ hash: String, of user: UserID, keeping session: String?) async throws
    /// Ends every session of the user and revokes every personal API token.
    func signOutEverywhere(_ user: UserID) async throws
    /// Deletes the account and everything it owns, in one transaction.
    func deleteUser(_ user: UserID) async throws

    // MARK: Sessions

    func createSession(_ session: Session) async throws
    /// The live session with this token hash and its user; nil when unknown or expired.
    /// With `keptAllowed`, a store that hears of every change to sessions and accounts
    /// (PostgreSQL, see `SessionMemory`) may answer from memory; without it, or on SQLite,
    /// the database is read.
    func session(tokenHash: String, now: Date, keptAllowed: Bool) async throws -> (Session, User)?
    /// Moves a session's expiry forward (sliding expiry).
    func extendSession(tokenHash: String, until: Date) async throws
    func deleteSession(tokenHash: String) async throws
    /// Removes expired sessions and stale sign-in failure counts.
    func purgeExpired(now: Date) async throws

    // MARK: Sign-in throttling

    /// Counts one sign-in try as a failure against every key, unless `mayTry`, shown each
    /// key's failures since `windowStart` before this try, refuses it; then nothing is
    /// counted and `counted` is false. The failures read are returned either way. Reading
    /// and counting are one transaction with the keys' rows locked, so tries made at the
    /// same moment are counted one after another and none of them sees a count from before
    /// the others. A failure after the window has passed its key's first one starts a new
    /// count. A try that turns out right is taken back with `forgiveSignInTry` or
    /// `clearFailedSignIns`.
    func countSignInTry(keys: [String], at: Date, windowStart: Date,
                        mayTry: @Sendable ([String: SignInFailures]) -> Bool) async throws
        -> (counted: Bool, failures: [String: SignInFailures])
    /// Takes one counted try back from each key (the password was right).
    func forgiveSignInTry(keys: [String]) async throws
    /// Failures for `key` since `windowStart`, and when the last one happened.
    func failedSignIns(key: String, since windowStart: Date) async throws -> (count: Int, last: Date?)
    func clearFailedSignIns(key: String) async throws

    // MARK: Interviews

    /// The user's interviews, newest first, with open and late step counts as of `now`:
    /// all of them, or `limit` of them after skipping `offset`.
    func interviews(of user: UserID, now: Date, limit: Int?, offset: Int) async throws -> [InterviewSummary]
    /// Page `number` (from 1) of the user's interviews, `size` a page, newest first, with
    /// open and late step counts as of `now`, and how many there are in all, read together
    /// (on SQLite from one snapshot). A number below 1 is the first page; one past the end,
    /// the last. The page also says until when its late counts hold (`countsHold(at:)`).
    func interviewPage(of user: UserID, number: Int, size: Int, now: Date) async throws -> InterviewPage
    func interview(_ id: InterviewID, of user: UserID) async throws -> StoredInterview?
    /// The interview with its done marks and its share links still working at `now`, read
    /// together (one connection, and on SQLite one snapshot); nil when the user has no such
    /// interview.
    func interviewOverview(_ id: InterviewID, of user: UserID, now: Date) async throws -> InterviewOverview?
    /// Inserts or replaces the interview and recomputes its stored step due times, keeping
    /// the done marks of steps that remain; all in one transaction. Returns false when the
    /// ID belongs to another user (nothing is written).
    @discardableResult
    func saveInterview(_ interview: StoredInterview, of user: UserID) async throws -> Bool
    /// Saves several interviews with their done marks and edited drafts at once: all or none
    /// (an import). An interview whose ID the user already has is replaced, drafts included;
    /// one from a plain interview file (`carriesID` false) replaces the user's interview with
    /// the same company, role and start, keeping its done marks and edited drafts;
    /// one whose ID belongs to another user, or repeats an ID of the same import, is saved
    /// under an ID from `newID` instead, so an import never learns or touches others' IDs.
    /// Practised answers in `practice` are added, except those the user already has (by ID;
    /// one whose ID another user has gets an ID from `newID`), and the schedule of every question is worked
    /// out again from all the user's answers. Returns the IDs the interviews were saved
    /// under, in order.
    /// Notes on companies in `companies` are added, or replace the user's notes on the same
    /// company when they were written later.
    @discardableResult
    func importInterviews(_ records: [InterviewRecord], practice: [PracticeAttempt], companies: [CompanyNotes], of user: UserID,
                          newID: @Sendable () -> InterviewID) async throws -> [InterviewID]
    /// Every interview of the user, oldest first by start time.
    func allInterviews(of user: UserID) async throws -> [StoredInterview]
    /// Every interview of the user with its done marks and edited drafts, oldest first
    /// ("export everything").
    func interviewRecords(of user: UserID) async throws -> [InterviewRecord]
    /// Deletes the interview with its steps and drafts; false when the user has no such interview.
    @discardableResult
    func deleteInterview(_ id: InterviewID, of user: UserID) async throws -> Bool

    // MARK: Share links

    /// Stores a share link; false (and nothing stored) when the interview is not the user's.
    func createShareLink(_ link: ShareLink) async throws -> Bool
    /// The interview's links that have not expired, oldest first.
    func shareLinks(of interview: InterviewID, of user: UserID, now: Date) async throws -> [ShareLink]
    /// Turns a link off; false when the user has no link with this ID.
    @discardableResult
    func deleteShareLink(id: String, of user: UserID) async throws -> Bool
    /// The link with this token hash and its interview, while the link is valid.
    func sharedInterview(tokenHash: String, now: Date) async throws -> (ShareLink, StoredInterview)?

    // MARK: Practice

    /// Where each practised question stands in the user's schedule.
    func practiceReviews(of user: UserID) async throws -> [QuestionKey: ReviewState]
    /// Saves a practised answer and the question's new place in the schedule, together.
    func recordPractice(_ attempt: PracticeAttempt, review: ReviewState, of user: UserID) async throws
    /// The user's practised answers, newest first, at most `limit` when given.
    func practiceAttempts(of user: UserID, limit: Int?) async throws -> [PracticeAttempt]

    // MARK: Notes on companies

    /// The user's notes on every company, by name.
    func companyNotes(of user: UserID) async throws -> [CompanyNotes]
    /// The user's notes on one company; nil when they have written none.
    func companyNotes(_ key: CompanyKey, of user: UserID) async throws -> CompanyNotes?
    /// Inserts or replaces the user's notes on the company.
    func saveCompanyNotes(_ notes: CompanyNotes, of user: UserID) async throws
    /// Forgets the user's notes on the company; false when there were none.
    @discardableResult
    func deleteCompanyNotes(_ key: CompanyKey, of user: UserID) async throws -> Bool

    // MARK: Plan steps

    /// The done marks of one interview's steps.
    func stepStates(of interview: InterviewID, of user: UserID) async throws -> [StepState]
    /// Marks a step done at `doneAt`, or not done with nil; false when there is no such step.
    @discardableResult
    func markStep(_ key: StepKey, of interview: InterviewID, of user: UserID, doneAt: Date?) async throws -> Bool
    /// Steps not done and not lapsed at `now` across all the user's interviews, earliest due
    /// first.
    func openSteps(of user: UserID, now: Date, limit: Int) async throws -> [OpenStep]

    // MARK: Drafts

    func savedDrafts(of interview: InterviewID, of user: UserID) async throws -> [SavedDraft]
    /// Keeps the user's edit of a draft; false when the interview is not the user's.
    @discardableResult
    func saveDraft(_ draft: SavedDraft, of interview: InterviewID, of user: UserID) async throws -> Bool
    /// Forgets an edit, so the draft is written afresh from the notes.
    func discardDraft(_ key: String, of interview: InterviewID, of user: UserID) async throws

    // MARK: The user's say over the message check

    /// The rules the user turned off for their account.
    func rulesTurnedOff(of user: UserID) async throws -> Set<CheckRule>
    /// Makes these the rules turned off for the user's account, all at once (every other rule on).
    func setRulesTurnedOff(_ rules: Set<CheckRule>, of user: UserID) async throws
    /// The findings the user said are fine in one draft of an interview.
    func dismissals(of draft: String, in interview: InterviewID, of user: UserID) async throws -> Set<Dismissal>
    /// Remembers that a finding is fine in a draft; false when the interview is not the user's.
    @discardableResult
    func dismiss(_ dismissal: Dismissal, in draft: String, of interview: InterviewID, of user: UserID, at: Date) async throws -> Bool
    /// Forgets a dismissal, so the finding shows again.
    func restore(_ dismissal: Dismissal, in draft: String, of interview: InterviewID, of user: UserID) async throws

    // MARK: Tokens

    func createAPIToken(_ token: APIToken) async throws
    func apiTokens(of user: UserID) async throws -> [APIToken]
    /// Revokes a token; false when the user has no such token.
    @discardableResult
    func deleteAPIToken(id: String, of user: UserID) async throws -> Bool
    /// The user a token belongs to, recording its use.
    func user(apiTokenHash: String, usedAt: Date) async throws -> User?
    /// The secret of the user's calendar subscription link, if one is active.
    func calendarToken(of user: UserID) async throws -> String?
    /// Sets (or with nil revokes) the user's calendar subscription secret.
    func setCalendarToken(_ token: String?, of user: UserID) async throws
    func user(calendarToken: String) async throws -> User?

    // MARK: Secrets of the install

    /// The secret named `name`, the same for every process of the install: the one stored,
    /// or, when there is none yet, `proposed`, which is stored (the first process to store
    /// one wins; the others read it).
    func serverSecret(named name: String, proposed: String, now: Date) async throws -> String

    // MARK: Lifecycle

    /// Returns when the database answers a trivial query; throws when it does not.
    func ping() async throws
    /// Releases the database connections. Called once, at shutdown.
    func close() async
}

extension ReboundStorage {
    /// The live session with this token hash and its user, read from the database.
    public func session(tokenHash: String, now: Date) async throws -> (Session, User)? {
        try await session(tokenHash: tokenHash, now: now, keptAllowed: false)
    }

    /// Every question noted in the user's debriefs, oldest interview first.
    public func askedQuestions(of user: UserID) async throws -> [(text: String, asked: AskedQuestion)] {
        try await allInterviews(of: user).flatMap(\.askedQuestions)
    }

    /// An import without notes on companies (see the full form).
    @discardableResult
    public func importInterviews(_ records: [InterviewRecord], practice: [PracticeAttempt], of user: UserID,
                                 newID: @Sendable () -> InterviewID) async throws -> [InterviewID] {
        try await importInterviews(records, practice: practice, companies: [], of: user, newID: newID)
    }

    /// The user's question bank: their debrief questions and the starter bank, each with
    /// its place in the practice schedule.
    public func questionBank(of user: UserID) async throws -> QuestionBank {
        try await questionBank(of: user, interviews: allInterviews(of: user))
    }

    /// The user's question bank from their `interviews`, already loaded by the caller.
    public func questionBank(of user: UserID, interviews: [StoredInterview]) async throws -> QuestionBank {
        QuestionBank(asked: interviews.flatMap(\.askedQuestions), reviews: try await practiceReviews(of: user))
    }

    /// All the user's interviews, newest first, with open and late step counts as of `now`.
    public func interviews(of user: UserID, now: Date) async throws -> [InterviewSummary] {
        try await interviews(of: user, now: now, limit: nil, offset: 0)
    }
}
