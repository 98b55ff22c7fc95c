import Dispatch
import Foundation
import ReboundCore

/// Runs the message check for the web app. A short text is checked where the request runs;
/// a long one on a thread of its own, at most a few at a time, so the threads that answer
/// every other request (and `/healthz`) are never all busy with checks.
enum CheckRunner {
    /// The most characters the draft editor checks as the user types; longer texts are
    /// checked with the Check button.
    static let liveLimit = 20_000
    /// The most characters the web app checks at all (the API, the draft page, a saved draft).
    static let textLimit = 100_000
    /// Texts longer than this many UTF-8 bytes go to the check threads.
    static let inlineLimit = 8_000

    private static let queue = DispatchQueue(label: "rebound.check", qos: .utility, attributes: .concurrent)
    /// As many long checks at once as the machine has cores, less one for everything else.
    private static let slots = DispatchSemaphore(value: max(1, ProcessInfo.processInfo.activeProcessorCount - 1))

    static func check(_ text: String, kind: MessageKind, context: CheckContext?, ignoring: Set<CheckRule>) async -> CheckReport {
        if text.utf8.count <= inlineLimit {
            return MessageChecker.standard.check(text, kind: kind, context: context, ignoring: ignoring)
        }
        return await withCheckedContinuation { continuation in
            queue.async {
                slots.wait()
                defer { slots.signal() }
                continuation.resume(returning: MessageChecker.standard.check(text, kind: kind, context: context, ignoring: ignoring))
            }
        }
    }
}
