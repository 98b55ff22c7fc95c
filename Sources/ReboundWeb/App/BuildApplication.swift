import Foundation
import Hummingbird
import Logging
import NIOCore
import ReboundStore
import ServiceLifecycle

/// Builds the web app over a store. `rebound serve` and the tests both call this.
///
/// The store is closed when the app shuts down gracefully.
/// The web app. `onListening` runs once the server accepts connections, with the port it
/// listens on (the one asked for, or the one the system chose for port 0).
public func buildApplication(configuration: WebConfiguration, environment: WebEnvironment,
                             onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(configuration: configuration, environment: environment)
    let idle = TimeAmount.milliseconds(Int64(configuration.idleTimeout * 1000))
    return Application(
        router: router,
        server: .http1(configuration: .init(idleTimeout: idle)),
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Rebound"),
        services: [StorageService(storage: environment.storage)],
        onServerRunning: { channel in await onListening(channel.localAddress?.port ?? configuration.port) },
        logger: environment.logger)
}

/// The router with every page, API route and middleware, for tests that need no server.
public func buildRouter(configuration: WebConfiguration, environment: WebEnvironment) async throws -> Router<AppRequestContext> {
    let renderer = try Renderer()
    let formTokens = FormTokens(secret: try await environment.storage.serverSecret(
        named: FormTokens.secretName, proposed: environment.newSecret(), now: environment.now()))
    let app = WebApp(configuration: configuration, environment: environment, renderer: renderer, assets: try StaticAssets(),
                     decoyHash: try await Passwords(cost: configuration.bcryptCost).hash(environment.newSecret()),
                     formTokens: formTokens)
    // HEAD is answered wherever GET is (RFC 9110), with GET's headers and no body.
    let router = Router(context: AppRequestContext.self, options: .autoGenerateHeadEndpoints)
    // Outermost first. Errors before the session is known (a wrong Host, the database down)
    // become plain answers with the security headers; later ones become pages that know the user.
    router.add(middleware: SecurityHeadersMiddleware())
    if configuration.isLoopback { router.add(middleware: HostCheckMiddleware()) }
    router.add(middleware: SessionMiddleware(environment: environment, lifetime: configuration.sessionLifetime))
    router.add(middleware: ErrorPageMiddleware(renderer: renderer, logger: environment.logger))
    router.add(middleware: APITokenMiddleware(environment: environment))
    router.add(middleware: CSRFMiddleware(formTokens: formTokens, now: environment.now))

    router.get("/static/:name") { _, context in
        guard let name = context.parameters.get("name"), let response = app.assets.response(for: name) else {
            throw HTTPError(.notFound)
        }
        return response
    }
    router.get("/favicon.ico") { _, _ in
        guard let icon = app.assets.response(for: "favicon.svg") else { throw HTTPError(.notFound) }
        return icon
    }
    AccountController(app: app).addRoutes(to: router)
    DashboardController(app: app).addRoutes(to: router)
    NewInterviewController(app: app).addRoutes(to: router)
    QuickStartController(app: app).addRoutes(to: router)
    DebriefController(app: app).addRoutes(to: router)
    InterviewController(app: app).addRoutes(to: router)
    DraftController(app: app).addRoutes(to: router)
    SettingsController(app: app).addRoutes(to: router)
    PracticeController(app: app).addRoutes(to: router)
    InsightsController(app: app).addRoutes(to: router)
    MockController(app: app).addRoutes(to: router)
    CompanyController(app: app).addRoutes(to: router)
    SharedController(app: app).addRoutes(to: router)
    ExportController(app: app).addRoutes(to: router)
    CheckAPIController(app: app).addRoutes(to: router)
    InterviewsAPIController(app: app).addRoutes(to: router)
    HealthController(app: app).addRoutes(to: router)
    return router
}

/// Closes the store when the app stops: SQLite connections must be closed before release.
struct StorageService: Service {
    let storage: any ReboundStorage

    func run() async throws {
        // Wait for shutdown, then close.
        try? await gracefulShutdown()
        await storage.close()
    }
}
