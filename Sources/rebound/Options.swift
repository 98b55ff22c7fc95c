import ArgumentParser
import ReboundCore

/// `--now`, for commands whose result depends on the moment (plans, drafts).
struct NowOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The moment to compute for, as RFC 3339 (2026-11-20T18:00:00-05:00). Default: the current time.",
        valueName: "RFC3339"))
    var now: String?

    /// The moment asked for, or the clock's time.
    func moment() throws -> Timestamp {
        guard let now else { return Timestamp(Date()) }
        guard let stamp = Timestamp(rfc3339: now) else {
            throw InputError("--now: not an RFC 3339 date-time with an offset (like 2026-11-20T18:00:00-05:00): \(now)")
        }
        return stamp
    }
}

import struct Foundation.Date

extension MessageKind: ExpressibleByArgument {}
