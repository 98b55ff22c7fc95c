import ReboundStore

/// A page of a user's dashboard list: what a kept dashboard read or rendered list is kept by.
struct ListPageKey: Hashable, Sendable {
    let user: UserID
    let page: Int
}

/// An interview of a user: what a kept overview or rendered plan is kept by.
struct UsersInterviewKey: Hashable, Sendable {
    let user: UserID
    let interview: InterviewID
}
