/// How the web app is set up: where it listens and who may create accounts.
public struct WebConfiguration: Sendable {
    /// The address to listen on; `127.0.0.1` keeps the app on this machine.
    public var host: String
    public var port: Int
    /// Whether visitors may create accounts after the owner's. Off by default: a personal
    /// install has one user.
    public var allowSignup: Bool
    /// The bcrypt cost for password hashes (12 in use; tests lower it to stay quick).
    public var bcryptCost: UInt8
    /// How long a session lasts without use, in seconds.
    public var sessionLifetime: Double
    /// The proxies whose `X-Forwarded-For` names the client (for slowing down sign-in guesses).
    public var trustedProxies: TrustedProxies
    /// Seconds a connection may go without sending a whole part of a request (its headers,
    /// or the next piece of its body) before it is closed: a request sent half-way is not
    /// held open for ever. Also how long an idle kept-alive connection stays open.
    public var idleTimeout: Double

    public init(host: String = "127.0.0.1", port: Int = 8080, allowSignup: Bool = false, bcryptCost: UInt8 = 12,
                sessionLifetime: Double = 30 * 86_400, trustedProxies: TrustedProxies = .none, idleTimeout: Double = 30) {
        self.host = host
        self.port = port
        self.allowSignup = allowSignup
        self.bcryptCost = bcryptCost
        self.sessionLifetime = sessionLifetime
        self.trustedProxies = trustedProxies
        self.idleTimeout = idleTimeout
    }

    /// True when the app listens on the loopback interface only, where a browser reaching it
    /// under another host name is a DNS rebinding attack.
    var isLoopback: Bool {
        host == "127.0.0.1" || host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
