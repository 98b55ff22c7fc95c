/// What the store reports to its callers, in the domain's words.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// An account with this e-mail address exists.
    case emailTaken
    /// The install has accounts already, so no new owner can be made.
    case alreadySetUp
    /// The database URL cannot be used.
    case badDatabaseURL(String)
    /// The database cannot be opened or reached.
    case unavailable(String)
    /// A stored interview file no longer reads; the database was changed by hand.
    case corruptRecord(String)
    /// The database was written by a newer Rebound.
    case newerSchema(found: Int, known: Int)
    /// A whole-install copy cannot go ahead (the target is not empty, or the schemas differ).
    case cannotCopy(String)

    public var description: String {
        switch self {
        case .emailTaken: "an account with this e-mail address already exists"
        case .alreadySetUp: "this install is set up already; sign in instead"
        case .badDatabaseURL(let reason): "database URL: \(reason)"
        case .unavailable(let reason): "database unavailable: \(reason)"
        case .corruptRecord(let reason): "stored record unreadable: \(reason)"
        case .newerSchema(let found, let known):
            "the database is at schema version \(found), newer than this Rebound knows (\(known)); upgrade Rebound"
        case .cannotCopy(let reason): "cannot copy: \(reason)"
        }
    }
}
