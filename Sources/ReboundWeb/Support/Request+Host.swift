import HTTPTypes
import Hummingbird

extension Request {
    /// Every name the request gives for the host it is addressed to: the authority of the
    /// request line (HTTP/2, absolute URLs, tests) and any `Host` header (HTTP/1.1 keeps it
    /// there). Usually exactly one.
    var hostNames: [String] {
        [head.authority].compactMap { $0 } + headers[values: HTTPField.Name("Host")!]
    }
}
