import Foundation
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// The settings page: the name that signs messages, the password, personal API tokens, the
/// calendar subscription link, export and import, and deleting the account.
struct SettingsController {
    let app: WebApp
    var passwords: Passwords { Passwords(cost: app.configuration.bcryptCost) }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/settings") { request, context in
            let notice = request.queryForm["saved"].flatMap { SettingsView.notices[String($0)] }
            return try await page(request, context, notice: notice)
        }
        router.post("/settings/name") { request, context in
            let user = try context.requireUser()
            let name = context.form?.text("name") ?? ""
            if let problem = AccountController.nameProblem(name) {
                return try await page(request, context, problem: "Name: \(problem)", status: .badRequest)
            }
            try await app.storage.updateName(name, of: user.id)
            return app.redirect("/settings?saved=name")
        }
        router.post("/settings/password") { request, context in
            let user = try context.requireUser()
            let form = context.form ?? FormData(fields: [])
            let new = form["new"] ?? ""
            var problem: String?
            if try await !passwords.verify(form["current"] ?? "", against: user.passwordHash) {
                problem = "Current password: this is not your password."
            } else if let reason = Passwords.problem(with: new) {
                problem = "New password: \(reason)"
            } else if new != (form["confirm"] ?? "") {
                problem = "New password: the two new passwords are not the same."
            }
            if let problem { return try await page(request, context, problem: problem, status: .badRequest) }
            try await app.storage.updatePasswordHash(try await passwords.hash(new), of: user.id,
                                                     keeping: context.session?.tokenHash)
            app.environment.logger.info("password changed", metadata: ["user": "\(user.id)"])
            return app.redirect("/settings?saved=password")
        }
        router.post("/settings/tokens") { request, context in
            let user = try context.requireUser()
            let name = context.form?.text("name") ?? "API token"
            guard name.count <= 100 else {
                return try await page(request, context, problem: "Token name: use at most 100 characters.", status: .badRequest)
            }
            guard try await app.storage.apiTokens(of: user.id).count < 20 else {
                return try await page(request, context, problem: "Token name: revoke a token first; you can keep 20.",
                                      status: .badRequest)
            }
            let secret = "rb_" + app.environment.newSecret()
            try await app.storage.createAPIToken(APIToken(id: app.environment.newID(), userID: user.id, name: name,
                                                          tokenHash: Secrets.hash(secret), createdAt: app.environment.now()))
            // The token is shown on this answer only; it is never stored in clear.
            return try await page(request, context, notice: "Token created. Copy it now: it will not be shown again.",
                                  newToken: secret)
        }
        router.post("/settings/tokens/:token/revoke") { request, context in
            let user = try context.requireUser()
            guard let id = context.parameters.get("token"), id.utf8.count <= 64,
                  try await app.storage.deleteAPIToken(id: id, of: user.id)
            else { throw HTTPError(.notFound, message: "There is no such token.") }
            return app.redirect("/settings?saved=revoked#tokens")
        }
        router.post("/settings/calendar") { request, context in
            let user = try context.requireUser()
            let create = context.form?["go"] == "create"
            try await app.storage.setCalendarToken(create ? app.environment.newSecret() : nil, of: user.id)
            return app.redirect("/settings?saved=\(create ? "calendar" : "calendar-off")#calendar")
        }
        router.post("/settings/check") { request, context in
            let user = try context.requireUser()
            // Each rule's box is sent only when ticked: a rule not sent is turned off.
            let on = Set(context.form?.all("rule") ?? [])
            try await app.storage.setRulesTurnedOff(Set(CheckRule.allCases.filter { !on.contains($0.rawValue) }), of: user.id)
            return app.redirect("/settings?saved=check#check")
        }
        router.post("/settings/sign-out-everywhere") { request, context in
            let user = try context.requireUser()
            try await app.storage.signOutEverywhere(user.id)
            app.environment.logger.info("signed out everywhere", metadata: ["user": "\(user.id)"])
            var response = app.redirect("/sign-in")
            response.setCookie(SessionMiddleware.expiredCookie(secure: request.isHTTPS))
            return response
        }
        router.post("/settings/delete") { request, context in
            let user = try context.requireUser()
            let form = context.form ?? FormData(fields: [])
            guard try await passwords.verify(form["password"] ?? "", against: user.passwordHash) else {
                return try await page(request, context, problem: "Password: this is not your password, so nothing was deleted.",
                                      status: .badRequest)
            }
            guard form["confirm"] == "yes" else {
                return try await page(request, context, problem: "Delete: tick the box to confirm, so nothing is deleted by mistake.",
                                      status: .badRequest)
            }
            try await app.storage.deleteUser(user.id)
            app.environment.logger.info("account deleted", metadata: ["user": "\(user.id)"])
            var response = app.redirect(try await app.storage.userCount() == 0 ? "/setup" : "/sign-in")
            response.setCookie(SessionMiddleware.expiredCookie(secure: request.isHTTPS))
            return response
        }
    }

    private func page(_ request: Request, _ context: AppRequestContext, notice: String? = nil, problem: String? = nil,
                      newToken: String? = nil, status: HTTPResponse.Status = .ok) async throws -> Response {
        let user = try context.requireUser()
        var (chrome, _) = app.chrome("Settings", request, context)
        chrome.notice = notice
        chrome.problem = problem
        let tokens = try await app.storage.apiTokens(of: user.id)
        let calendar = try await app.storage.calendarToken(of: user.id)
        let view = SettingsView(page: chrome, user: user, tokens: tokens, newToken: newToken,
                                calendarURL: calendar.map { "\(request.siteOrigin)/calendar/\($0).ics" },
                                rulesOff: try await app.storage.rulesTurnedOff(of: user.id))
        return app.page(.settings, view, cookie: nil, status: status)
    }
}
