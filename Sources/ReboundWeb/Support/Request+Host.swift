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

extension Request {
    /// `scheme://host[:port]` as the browser addressed this site, for links that leave the
    /// page (a calendar subscription). Falls back to the loopback address.
    var siteOrigin: String {
        let host = hostNames.first { !$0.isEmpty && !$0.contains("/") && !$0.contains("@") } ?? "127.0.0.1"
        return (isHTTPS ? "https://" : "http://") + host
    }

    /// Whether the page was reached through this computer's own address (127.0.0.1,
    /// localhost, ::1): a link made from it opens nowhere else.
    var isLoopbackOrigin: Bool {
        let origin = siteOrigin.lowercased()
        let host = origin.split(separator: "/").last.map(String.init) ?? origin
        let name = host.hasPrefix("[") ? String(host.prefix { $0 != "]" }.dropFirst()) : String(host.prefix { $0 != ":" })
        return name == "localhost" || name.hasSuffix(".localhost") || name.hasPrefix("127.") || name == "::1"
    }
}
