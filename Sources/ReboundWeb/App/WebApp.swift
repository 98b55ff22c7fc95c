import Foundation
import HTTPTypes
import Hummingbird
import ReboundStore

/// The app's shared parts, handed to every controller.
struct WebApp: Sendable {
    let configuration: WebConfiguration
    let environment: WebEnvironment
    let renderer: Renderer
    let assets: StaticAssets
    /// A hash of a random secret, checked when a sign-in names an unknown address, so that
    /// answer takes as long as a wrong password.
    let decoyHash: String
    /// Plans of the interviews shown lately, kept as outlines.
    let plans = PlanOutlines()
    /// The dashboard's and the interview page's last reads per user, used while still current.
    let kept = KeptReads()
    /// The dashboard's lists of interviews as last rendered, by user and page.
    let dashboardLists = RenderedParts<ListPageKey, [InterviewSummary]>()
    /// The dashboard's late and next steps as last rendered, by user (every page shows the same).
    let dashboardSteps = RenderedParts<UserID, DashboardController.DashboardView.StepsView>()
    /// The interview pages' plans as last rendered, by user and interview.
    let interviewPlans = RenderedParts<UsersInterviewKey, InterviewView.PlanPart>(capacity: 1_000)

    var storage: any ReboundStorage { environment.storage }

    /// The chrome of a page for this request. Before sign-in the CSRF token comes from a
    /// cookie, created here when the browser has none; the caller sets `cookie` on the response.
    func chrome(_ title: String, _ request: Request, _ context: AppRequestContext) -> (PageChrome, cookie: Cookie?) {
        if let session = context.session, let user = context.identity {
            return (PageChrome(title: title, signedIn: true, userName: user.name.isEmpty ? user.email : user.name,
                               csrf: session.csrfSecret), nil)
        }
        if let existing = request.cookieValue(CSRFMiddleware.cookieName), existing.utf8.count == 43 {
            return (PageChrome(title: title, signedIn: false, userName: "", csrf: existing), nil)
        }
        let token = environment.newSecret()
        let cookie = Cookie(name: CSRFMiddleware.cookieName, value: token, path: "/", secure: request.isHTTPS,
                            httpOnly: true, sameSite: .lax)
        return (PageChrome(title: title, signedIn: false, userName: "", csrf: token), cookie)
    }

    /// Renders a page and sets the chrome's cookie, if any.
    func page(_ template: String, _ view: any TemplateFields, cookie: Cookie?, status: HTTPResponse.Status = .ok) -> Response {
        var response = renderer.page(template, view, status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// A redirect after a form post (303, so the browser follows with GET).
    func redirect(_ path: String) -> Response { Response.redirect(to: path, type: .normal) }

    /// Only paths on this site are followed after sign-in.
    static func localPath(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), !candidate.hasPrefix("/\\"),
              !candidate.contains("\n"), !candidate.contains("\r") else { return "/" }
        return candidate
    }
}
