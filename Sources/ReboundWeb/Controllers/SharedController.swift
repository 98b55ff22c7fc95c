import Foundation
import HTTPTypes
import Hummingbird
import ReboundCore
import ReboundStore

/// `/shared/<secret>`: one interview's notes and plan, read-only, for whoever holds a share
/// link, while it is valid. No sign-in, no forms, nothing else of the account.
struct SharedController {
    let app: WebApp

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/shared/:token") { request, context in
            let now = app.environment.now()
            guard let token = context.parameters.get("token"), token.utf8.count <= 100,
                  let (link, interview) = try await app.storage.sharedInterview(tokenHash: Secrets.hash(token), now: now),
                  let owner = try await app.storage.user(id: link.userID)
            else { throw HTTPError(.notFound, message: "This link has expired or was turned off.") }
            let states = try await app.storage.stepStates(of: interview.id, of: owner.id)
            var chrome = PageChrome(title: "\(interview.file.interview.company) · shared notes", signedIn: false, userName: "", csrf: "")
            chrome.visitor = true
            let view = SharedView(page: chrome, interview: interview, states: states, expires: link.expiresAt,
                                  sharedBy: owner.name.isEmpty ? "The person who sent you this link" : owner.name, now: now)
            var response = app.page(.shared, view, cookie: nil)
            // Not for search engines or caches: these are someone's private notes.
            response.headers[HTTPField.Name("X-Robots-Tag")!] = "noindex, nofollow"
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }
}
