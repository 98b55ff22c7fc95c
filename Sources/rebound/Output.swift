import Foundation
import Synchronization

/// Where the commands write. A failed write to standard output (a full disk, a closed
/// file) is remembered rather than fatal; `exitIfWriteFailed()` then ends the command with
/// status 2 and one line saying why, instead of a crash.
enum Output {
    private static let writeFailure = Mutex<String?>(nil)

    static func standardError(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }

    /// Writes text to standard output as it is (no newline added).
    static func write(_ text: String) {
        guard writeFailure.withLock({ $0 == nil }) else { return }
        do {
            try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        } catch {
            writeFailure.withLock { $0 = Self.reason(error) }
        }
    }

    /// Ends the program with status 2 when a write to standard output failed.
    static func exitIfWriteFailed() {
        guard let reason = writeFailure.withLock({ $0 }) else { return }
        standardError("rebound: standard output: \(reason)")
        exit(2)
    }

    /// The system's reason for a failed write, in its usual words ("No space left on device").
    private static func reason(_ error: any Error) -> String {
        var error = error as NSError
        if error.domain != NSPOSIXErrorDomain, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError { error = underlying }
        if error.domain == NSPOSIXErrorDomain, let text = strerror(Int32(error.code)) { return String(cString: text) }
        return error.localizedDescription.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
