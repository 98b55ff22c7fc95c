import Foundation

/// A posted HTML form (`application/x-www-form-urlencoded`), in field order, with repeated
/// names kept. Rows of a list are named `rows[0].field`, `rows[1].field`.
public struct FormData: Sendable {
    public private(set) var fields: [(name: String, value: String)] = []

    public init(fields: [(name: String, value: String)]) { self.fields = fields }

    /// Reads an urlencoded body. Invalid percent escapes are kept as written rather than refused.
    public init(urlEncoded text: Substring) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            fields.append((name, value))
        }
    }

    /// The first value of `name`, with line endings made `\n`.
    public subscript(_ name: String) -> String? {
        fields.first { $0.name == name }.map { Self.normalized($0.value) }
    }

    /// The value of `name` trimmed, or nil when absent or blank.
    public func text(_ name: String) -> String? { Self.nonBlank(self[name]) }

    /// The non-blank lines of a text area, each trimmed.
    public func lines(_ name: String) -> [String] {
        (self[name] ?? "").split(whereSeparator: \.isNewline).compactMap { Self.nonBlank(String($0)) }
    }

    /// A value trimmed, or nil when absent or blank.
    public static func nonBlank(_ value: String?) -> String? {
        guard let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    /// Every value of a repeated field, in order.
    public func all(_ name: String) -> [String] {
        fields.filter { $0.name == name }.map { Self.normalized($0.value) }
    }

    /// The rows of a list named `prefix[i].field`, in index order; each row maps field names to values.
    public func rows(_ prefix: String) -> [[String: String]] {
        var rows: [Int: [String: String]] = [:]
        let opening = prefix + "["
        for (name, value) in fields where name.hasPrefix(opening) {
            let rest = name.dropFirst(opening.count)
            guard let close = rest.firstIndex(of: "]"), let index = Int(rest[..<close]), index >= 0, index < 1000 else { continue }
            let after = rest[rest.index(after: close)...]
            guard after.hasPrefix(".") else { continue }
            rows[index, default: [:]][String(after.dropFirst())] = Self.normalized(value)
        }
        return rows.keys.sorted().map { rows[$0]! }
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    private static func normalized(_ value: String) -> String {
        value.contains("\r") ? value.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : value
    }
}
