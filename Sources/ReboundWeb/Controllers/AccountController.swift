import Foundation
import HTTPTypes
import Hummingbird
import ReboundCore
import ReboundForms
import ReboundStore

/// The owner's first visit, sign-up when allowed, sign-in with slowing down, and sign-out.
struct AccountController {
    let app: WebApp
    var passwords: Passwords { Passwords(cost: app.configuration.bcryptCost) }

    struct AccountForm {
        let page: PageChrome
        let email: String
        let name: String
        let next: String
    }

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/setup") { request, context in
            guard try await app.storage.userCount() == 0 else { return app.redirect("/sign-in") }
            let (chrome, cookie) = app.chrome("Welcome to Rebound", request, context)
            return app.page(.setup, AccountForm(page: chrome, email: "", name: "", next: "/"), cookie: cookie)
        }
        router.post("/setup") { request, context in
            guard try await app.storage.userCount() == 0 else { return app.redirect("/sign-in") }
            return try await createAccount(request, context, owner: true, template: .setup)
        }
        router.get("/sign-up") { request, context in
            guard app.configuration.allowSignup else { throw HTTPError(.notFound) }
            // The first account is the owner's, made on the setup page.
            if try await app.storage.userCount() == 0 { return app.redirect("/setup") }
            let (chrome, cookie) = app.chrome("Create an account", request, context)
            return app.page(.signUp, AccountForm(page: chrome, email: "", name: "", next: "/"), cookie: cookie)
        }
        router.post("/sign-up") { request, context in
            guard app.configuration.allowSignup else { throw HTTPError(.notFound) }
            if try await app.storage.userCount() == 0 { return app.redirect("/setup") }
            return try await createAccount(request, context, owner: false, template: .signUp)
        }
        router.get("/sign-in") { request, context in
            if try await app.storage.userCount() == 0 { return app.redirect("/setup") }
            if context.identity != nil { return app.redirect("/") }
            let (chrome, cookie) = app.chrome("Sign in", request, context)
            let next = WebApp.localPath(request.queryForm["next"])
            return app.page(.signIn, SignInView(page: chrome, email: "", next: next, allowSignup: app.configuration.allowSignup),
                            cookie: cookie)
        }
        router.post("/sign-in") { request, context in try await signIn(request, context) }
        router.post("/sign-out") { request, context in
            if let session = context.session { try await app.storage.deleteSession(tokenHash: session.tokenHash) }
            var response = app.redirect("/sign-in")
            response.setCookie(SessionMiddleware.expiredCookie(secure: request.isHTTPS))
            return response
        }
    }

    struct SignInView {
        let page: PageChrome
        let email: String
        let next: String
        let allowSignup: Bool
    }

    private func createAccount(_ request: Request, _ context: AppRequestContext, owner: Bool, template: TemplateName) async throws -> Response {
        let form = context.form ?? FormData(fields: [])
        let email = (form.text("email") ?? "").lowercased()
        let name = form.text("name") ?? ""
        let password = form["password"] ?? ""
        var problem: String?
        if !EmailAddress.isPlausible(email) {
            problem = "E-mail: enter the address you will sign in with, like you@example.org."
        } else if let reason = Self.nameProblem(name) {
            problem = "Name: \(reason)"
        } else if let reason = Passwords.problem(with: password) {
            problem = "Password: \(reason)"
        } else if password != (form["confirm"] ?? "") {
            problem = "Password: the two passwords are not the same."
        }
        if let problem {
            var (chrome, cookie) = app.chrome(owner ? "Welcome to Rebound" : "Create an account", request, context)
            chrome.problem = problem
            return app.page(template, AccountForm(page: chrome, email: email, name: name, next: "/"), cookie: cookie, status: .badRequest)
        }
        let user = User(id: UserID(app.environment.newID()), email: email, name: name,
                        passwordHash: try await passwords.hash(password), isOwner: owner, createdAt: app.environment.now())
        do {
            // Two first visits at once: the store makes one owner and refuses the other.
            try await app.storage.createUser(user)
        } catch StoreError.alreadySetUp {
            return app.redirect("/sign-in")
        } catch StoreError.emailTaken {
            var (chrome, cookie) = app.chrome("Create an account", request, context)
            chrome.problem = "E-mail: an account with this address exists. Sign in instead."
            return app.page(template, AccountForm(page: chrome, email: email, name: name, next: "/"), cookie: cookie, status: .conflict)
        }
        app.environment.logger.info("account created", metadata: ["user": "\(user.id)", "owner": "\(owner)"])
        return try await startSession(for: user, request, then: "/")
    }

    private func signIn(_ request: Request, _ context: AppRequestContext) async throws -> Response {
        let form = context.form ?? FormData(fields: [])
        let email = (form.text("email") ?? "").lowercased()
        let password = form["password"] ?? ""
        let next = WebApp.localPath(form["next"])
        let now = app.environment.now()
        let throttle = SignInThrottle(storage: app.storage, now: now)
        let user = try await app.storage.user(email: email)
        let knownDevice = user.map { app.knownDevices.recognizes(request.cookieValue(KnownDevices.cookieName), as: $0.id, now: now) } ?? false
        let keys = SignInThrottle.Keys(address: email, client: TrustedProxies.throttleKey(app.clientAddress(request, context)),
                                       knownDevice: knownDevice)

        func refuse(_ message: String, status: HTTPResponse.Status, retryAfter: Int = 60) -> Response {
            var (chrome, cookie) = app.chrome("Sign in", request, context)
            chrome.problem = message
            var response = app.page(.signIn, SignInView(page: chrome, email: email, next: next,
                                                          allowSignup: app.configuration.allowSignup),
                                    cookie: cookie, status: status)
            if status == .tooManyRequests { response.headers[.retryAfter] = String(retryAfter) }
            return response
        }

        // The try is counted before the password is checked, so tries sent at once are
        // limited as if sent one after another; a right password takes it back.
        if let wait = try await throttle.begin(keys) {
            return refuse("Too many tries. Wait \(wait) seconds, then try again.", status: .tooManyRequests, retryAfter: wait)
        }
        let matches = try await passwords.verify(password, against: user?.passwordHash ?? app.decoyHash)
        guard let user, matches else {
            return refuse("That e-mail address and password do not match an account.", status: .unauthorized)
        }
        try await throttle.succeeded(keys)
        return try await startSession(for: user, request, then: next)
    }

    private func startSession(for user: User, _ request: Request, then path: String) async throws -> Response {
        let token = app.environment.newSecret()
        let now = app.environment.now()
        let lifetime = app.configuration.sessionLifetime
        try await app.storage.createSession(Session(tokenHash: Secrets.hash(token), userID: user.id,
                                                    csrfSecret: app.environment.newSecret(), createdAt: now,
                                                    expiresAt: now.addingTimeInterval(lifetime)))
        var response = app.redirect(path)
        response.setCookie(SessionMiddleware.cookie(token: token, lifetime: lifetime, secure: request.isHTTPS))
        response.setCookie(app.knownDevices.cookie(for: user.id, now: now, secure: request.isHTTPS))
        return response
    }

    /// Why a name cannot sign the drafts, or nil: at most 200 characters on one line (it goes
    /// into the From line of every `.eml`).
    static func nameProblem(_ name: String) -> String? {
        if let problem = TextShape.oneLine.firstProblem(in: name) { return problem + "." }
        return name.count > 200 ? "use at most 200 characters." : nil
    }
}
