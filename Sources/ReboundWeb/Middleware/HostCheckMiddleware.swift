import HTTPTypes
import Hummingbird

/// When the app listens on loopback only, answers only requests addressed to loopback names
/// (any port: a proxy on this machine may forward from another one).
/// A web page on another site can make the browser resolve its own name to 127.0.0.1
/// (DNS rebinding); its requests then carry that name in `Host`, and are refused here.
struct HostCheckMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // Every name the request gives for its host must be a loopback name.
        let names = request.hostNames
        guard !names.isEmpty, names.allSatisfy(Self.isLoopback) else {
            throw HTTPError(.misdirectedRequest, message: "Rebound answers only on localhost and 127.0.0.1.")
        }
        return try await next(request, context)
    }

    static func isLoopback(_ authority: String) -> Bool {
        var name = authority.lowercased()
        if let colon = name.lastIndex(of: ":"), !name.hasSuffix("]"), name[name.index(after: colon)...].allSatisfy(\.isNumber) {
            name = String(name[..<colon])
        }
        return name == "127.0.0.1" || name == "localhost" || name == "[::1]"
    }
}
