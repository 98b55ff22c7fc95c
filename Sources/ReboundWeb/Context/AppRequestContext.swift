import Hummingbird
import HummingbirdAuth
import NIOCore
import ReboundForms
import ReboundStore

/// What a request carries through the middleware to its handler: who is signed in, with
/// which session, and the form it posted once the CSRF check has read it.
public struct AppRequestContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in user (HummingbirdAuth's slot), set by the session or API token middleware.
    public var identity: User?
    /// The browser session, when the user came with the session cookie.
    public var session: Session?
    /// The form of a POST, read once by the CSRF check.
    var form: FormData?
    /// The client's address, for slowing down repeated failed sign-ins.
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        identity = nil
        session = nil
        form = nil
        clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Request bodies over 1 MB are refused with 413 Content Too Large.
    public var maxUploadSize: Int { 1 << 20 }

    /// The signed-in user, or a redirect to the sign-in page.
    func requireUser() throws -> User {
        guard let identity else { throw HTTPError(.unauthorized) }
        return identity
    }
}
