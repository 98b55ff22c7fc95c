import Foundation
import ReboundCore

/// Interview files already decoded from their stored JSON, so a page shown again does not
/// parse the same text again. An entry is used only when the stored text is exactly the
/// text it was decoded from, so a change made anywhere (another process included) is seen
/// at once. It holds at most `capacity` files and, when full, forgets the half used least recently.
final class DecodedFiles: Sendable {
    static let shared = DecodedFiles(capacity: 1_000)

    private struct Decoded {
        let json: String
        let file: InterviewFile
    }

    private let decoded: RecentValues<String, Decoded>

    init(capacity: Int) {
        decoded = RecentValues(capacity: capacity)
    }

    /// The file decoded from `json`, from memory when the interview `id` was last decoded
    /// from this very text.
    func file(id: String, json: String) throws(InterviewFileError) -> InterviewFile {
        try decoded.value(for: id, isCurrent: { Self.sameBytes($0.json, json) }) { () throws(InterviewFileError) in
            Decoded(json: json, file: try InterviewFile(storedJSON: json))
        }.file
    }

    /// Whether two texts are the same bytes (not merely equal as Swift strings, which
    /// would also match another normalization of the same characters).
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        let count = first.utf8.count
        guard count == second.utf8.count else { return false }
        var first = first, second = second
        return first.withUTF8 { one in
            second.withUTF8 { other in
                guard let one = one.baseAddress, let other = other.baseAddress else { return true }
                return memcmp(one, other, count) == 0
            }
        }
    }

    var count: Int { decoded.count }

    func contains(_ id: String) -> Bool { decoded.contains(id) }
}
