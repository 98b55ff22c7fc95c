import Foundation

/// The proxies whose word on the client's address (`X-Forwarded-For`) is believed
/// (`rebound serve --trusted-proxy`). From anyone else the header could be forged, so the
/// client is the address that connected. Behind a trusted proxy, the client is the right-most
/// address in the header that is not itself a trusted proxy (each proxy appends the address
/// it was reached from; what a client wrote itself stands to the left).
public struct TrustedProxies: Sendable, Equatable {
    /// One address or a CIDR range (`10.0.0.0/8`, `fd00::/8`).
    struct Network: Sendable, Equatable {
        let bytes: [UInt8]
        let prefix: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefix
            for (a, b) in zip(address, bytes) {
                guard remaining > 0 else { return true }
                let bits = min(8, remaining)
                let mask: UInt8 = bits == 8 ? 0xFF : ~(0xFF >> UInt8(bits))
                if a & mask != b & mask { return false }
                remaining -= bits
            }
            return true
        }
    }

    let networks: [Network]

    /// No proxy is trusted.
    public static let none = TrustedProxies(networks: [])

    private init(networks: [Network]) { self.networks = networks }

    /// Proxies from their addresses or ranges; throws a one-line reason naming the bad one.
    public init(_ specs: [String]) throws {
        networks = try specs.flatMap { $0.split(separator: ",") }.map { raw in
            let spec = raw.trimmingCharacters(in: .whitespaces)
            let parts = spec.split(separator: "/", maxSplits: 1).map(String.init)
            guard let first = parts.first, let bytes = Self.parse(first) else {
                throw TrustedProxyError(spec: spec)
            }
            var prefix = bytes.count * 8
            if parts.count == 2 {
                guard let value = Int(parts[1]), (0...prefix).contains(value) else { throw TrustedProxyError(spec: spec) }
                prefix = value
            }
            return Network(bytes: bytes, prefix: prefix)
        }
    }

    public var isEmpty: Bool { networks.isEmpty }

    /// The client's address for a request from `peer` carrying these `X-Forwarded-For` values.
    /// A hop may carry a port (`203.0.113.9:5678`, `[2001:db8::1]:443`); one that is no
    /// address at all is taken as written (up to 100 characters), so clients a proxy names
    /// oddly still count apart.
    public func client(peer: String, forwardedFor: [String]) -> String {
        guard isTrusted(peer), !forwardedFor.isEmpty else { return peer }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        var client = peer
        for hop in hops.reversed() where !hop.isEmpty {
            guard let address = Self.address(of: hop) else { return String(hop.prefix(100)) }
            client = address
            if !isTrusted(address) { return address }
        }
        return client
    }

    /// The address of a hop written with or without a port.
    static func address(of hop: String) -> String? {
        if parse(hop) != nil { return hop }
        if hop.hasPrefix("["), let close = hop.firstIndex(of: "]") {
            let inner = String(hop[hop.index(after: hop.startIndex)..<close])
            return parse(inner) != nil ? inner : nil
        }
        let parts = hop.split(separator: ":")
        if parts.count == 2, parts[1].allSatisfy(\.isNumber), parse(String(parts[0])) != nil { return String(parts[0]) }
        return nil
    }

    func isTrusted(_ address: String) -> Bool {
        guard let bytes = Self.parse(address) else { return false }
        return networks.contains { $0.contains(bytes) }
    }

    /// The bytes of an IPv4 or IPv6 address (IPv4-mapped IPv6 read as IPv4); nil for anything else.
    static func parse(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        let bare = text.hasPrefix("[") && text.hasSuffix("]") ? String(text.dropFirst().dropLast()) : text
        guard inet_pton(AF_INET6, bare, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: &v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF { return Array(bytes[12...]) }
        return bytes
    }

    /// The part of a client's address that names one client for throttling: all of an IPv4
    /// address, the first 64 bits of an IPv6 one (a single machine is often given a whole /64).
    /// Written one way whatever the spelling (`::ffff:10.9.9.9` is `10.9.9.9`).
    public static func throttleKey(_ address: String) -> String {
        guard let bytes = parse(address) else { return address }
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: 8, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":") + "::/64"
    }
}

/// A `--trusted-proxy` value that is not an address or a range.
public struct TrustedProxyError: Error, CustomStringConvertible {
    let spec: String
    public var description: String { "\"\(spec)\" is not an IP address or a range like 10.0.0.0/8" }
}
