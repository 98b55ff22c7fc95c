import NIOConcurrencyHelpers

/// Values worked out lately, by key, each kept with what it was worked out from, so asking
/// again for the same input costs a comparison instead of the work. A kept value is used
/// only when its input is still the one asked about (`isCurrent`), so nothing stale is ever
/// given back. It holds at most `capacity` values and, when full, forgets the half used
/// least recently.
public final class RecentValues<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry {
        let value: Value
        let use: Int
    }

    private let capacity: Int
    private let entries = NIOLockedValueBox<(byKey: [Key: Entry], uses: Int)>(([:], 0))

    public init(capacity: Int) {
        self.capacity = max(2, capacity)
    }

    /// The value kept for `key` when `isCurrent` accepts it; otherwise `make()`, kept for
    /// next time. `make` runs outside the lock; a value it throws for is not kept.
    public func value<Failure: Error>(for key: Key, isCurrent: (Value) -> Bool,
                                      make: () throws(Failure) -> Value) throws(Failure) -> Value {
        if let known = kept(for: key, isCurrent: isCurrent) { return known }
        let value = try make()
        keep(value, for: key)
        return value
    }

    /// The value kept for `key` when `isCurrent` accepts it, else nil. For values worked out
    /// by waiting (a database read), which `value(for:isCurrent:make:)` cannot run.
    public func kept(for key: Key, isCurrent: (Value) -> Bool) -> Value? {
        entries.withLockedValue { state -> Value? in
            guard let entry = state.byKey[key], isCurrent(entry.value) else { return nil }
            state.uses += 1
            state.byKey[key] = Entry(value: entry.value, use: state.uses)
            return entry.value
        }
    }

    /// Keeps `value` for `key`, in place of what was kept for it.
    public func keep(_ value: Value, for key: Key) {
        entries.withLockedValue { state in
            if state.byKey[key] == nil, state.byKey.count >= capacity {
                let oldestKept = state.byKey.values.map(\.use).sorted()[state.byKey.count / 2]
                state.byKey = state.byKey.filter { $0.value.use >= oldestKept }
            }
            state.uses += 1
            state.byKey[key] = Entry(value: value, use: state.uses)
        }
    }

    /// How many values are kept.
    public var count: Int { entries.withLockedValue { $0.byKey.count } }

    /// Whether a value is kept for `key`.
    public func contains(_ key: Key) -> Bool { entries.withLockedValue { $0.byKey[key] != nil } }
}
