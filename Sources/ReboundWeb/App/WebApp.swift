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
    /// Makes and checks the CSRF tokens of forms shown before sign-in.
    let formTokens: FormTokens
    /// The browsers people have signed in from before.
    var knownDevices: KnownDevices { KnownDevices(signer: formTokens) }
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

    /// Set once a request came with `X-Forwarded-For` while no proxy is trusted (logged once).
    let untrustedForwarding = OnceFlag()

    var storage: any ReboundStorage { environment.storage }

    /// The client's address: the connection's, or, when it comes from a trusted proxy, the
    /// address that proxy names in `X-Forwarded-For` (`TrustedProxies`).
    func clientAddress(_ request: Request, _ context: AppRequestContext) -> String {
        let forwarded = request.headers[values: Self.forwardedFor]
        if configuration.trustedProxies.isEmpty {
            if !forwarded.isEmpty, untrustedForwarding.setFirstTime() {
                environment.logger.warning("""
                    requests carry X-Forwarded-For, but no proxy is trusted: every client behind the proxy counts as one \
                    for sign-in limits. Start with --trusted-proxy ADDRESS to believe the proxy.
                    """)
            }
            return context.clientAddress
        }
        return configuration.trustedProxies.client(peer: context.clientAddress, forwardedFor: forwarded)
    }

    private static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    /// The chrome of a page for this request. Before sign-in the CSRF token comes from a
    /// cookie, created here when the browser has none; the caller sets `cookie` on the response.
    func chrome(_ title: String, _ request: Request, _ context: AppRequestContext) -> (PageChrome, cookie: Cookie?) {
        if let session = context.session, let user = context.identity {
            return (PageChrome(title: title, signedIn: true, userName: user.name.isEmpty ? user.email : user.name,
                               csrf: session.csrfSecret), nil)
        }
        let now = environment.now()
        if let existing = request.cookieValue(CSRFMiddleware.cookieName), let issued = formTokens.issued(existing, now: now),
           now.timeIntervalSince(issued) < FormTokens.lifetime / 2 {
            return (PageChrome(title: title, signedIn: false, userName: "", csrf: existing), nil)
        }
        // A new token when there is none, or the one there is would expire within half a day.
        let token = formTokens.issue(now: now, nonce: environment.randomBytes(16))
        let cookie = Cookie(name: CSRFMiddleware.cookieName, value: token, path: "/", secure: request.isHTTPS,
                            httpOnly: true, sameSite: .lax)
        return (PageChrome(title: title, signedIn: false, userName: "", csrf: token), cookie)
    }

    /// Renders a page and sets the chrome's cookie, if any.
    func page(_ template: TemplateName, _ view: any TemplateFields, cookie: Cookie?, status: HTTPResponse.Status = .ok) -> Response {
        var response = renderer.page(template, view, status: status)
        if let cookie { response.setCookie(cookie) }
        return response
    }

    /// A redirect after a form post (303, so the browser follows with GET).
    func redirect(_ path: String) -> Response { Response.redirect(to: path, type: .normal) }

    /// Only paths on this site are followed after sign-in: a path of printable ASCII without
    /// a backslash that does not start with `//`. Browsers drop tabs and line breaks from a
    /// URL and read a backslash as `/`, so `/\t/host/path` or `/\host` would lead to another site.
    static func localPath(_ candidate: String?) -> String {
        guard let candidate, candidate.hasPrefix("/"), !candidate.hasPrefix("//"), candidate.utf8.count <= 2_000,
              candidate.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\\") })
        else { return "/" }
        return candidate
    }
}
