import Foundation
import NIOConcurrencyHelpers
import ReboundCore

/// Interview files already decoded from their stored JSON, so a page shown again does not
/// parse the same text again. An entry is used only when the stored text is exactly the
/// text it was decoded from, so a change made anywhere (another process included) is seen
/// at once. It holds at most `capacity` files and, when full, forgets the half used least recently.
final class DecodedFiles: Sendable {
    static let shared = DecodedFiles(capacity: 1_000)

    private struct Entry {
        let json: String
        let file: InterviewFile
        let use: Int
    }

    private let capacity: Int
    private let entries = NIOLockedValueBox<(byID: [String: Entry], uses: Int)>(([:], 0))

    init(capacity: Int) {
        self.capacity = max(2, capacity)
    }

    /// The file decoded from `json`, from memory when the interview `id` was last decoded
    /// from this very text.
    func file(id: String, json: String) throws(InterviewFileError) -> InterviewFile {
        let known = entries.withLockedValue { state -> InterviewFile? in
            guard let entry = state.byID[id], Self.sameBytes(entry.json, json) else { return nil }
            state.uses += 1
            state.byID[id] = Entry(json: json, file: entry.file, use: state.uses)
            return entry.file
        }
        if let known { return known }
        let file = try InterviewFile(json: json)
        entries.withLockedValue { state in
            if state.byID.count >= capacity {
                let oldestKept = state.byID.values.map(\.use).sorted()[state.byID.count / 2]
                state.byID = state.byID.filter { $0.value.use >= oldestKept }
            }
            state.uses += 1
            state.byID[id] = Entry(json: json, file: file, use: state.uses)
        }
        return file
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

    var count: Int { entries.withLockedValue { $0.byID.count } }

    func contains(_ id: String) -> Bool { entries.withLockedValue { $0.byID[id] != nil } }
}
