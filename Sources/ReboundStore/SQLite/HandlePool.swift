import Synchronization

/// Up to `capacity` SQLite connections, each lent to one caller at a time. A caller finding
/// none free waits for one to come back, without holding a thread.
final class HandlePool: Sendable {
    private struct State: ~Copyable {
        var idle: [SQLiteHandle] = []
        var opened = 0
        var waiting: [CheckedContinuation<SQLiteHandle, any Error>] = []
        var closed = false
    }

    private enum Next {
        case lend(SQLiteHandle)
        case open
        case wait
    }

    private let capacity: Int
    private let open: @Sendable () throws -> SQLiteHandle
    private let state = Mutex(State())

    init(capacity: Int, open: @escaping @Sendable () throws -> SQLiteHandle) {
        self.capacity = capacity
        self.open = open
    }

    /// Runs `body` with a connection of its own, given back afterwards whatever happens.
    func lend<T>(_ body: (SQLiteHandle) async throws -> T) async throws -> T {
        let handle = try await checkOut()
        defer { checkIn(handle) }
        return try await body(handle)
    }

    /// Closes the idle connections now and the lent ones when they come back; waiting
    /// callers get an error.
    func close() {
        let (idle, waiting) = state.withLock { state in
            state.closed = true
            defer { state.idle = []; state.waiting = [] }
            return (state.idle, state.waiting)
        }
        for handle in idle { handle.close() }
        for waiter in waiting { waiter.resume(throwing: StoreError.unavailable("the database is closed")) }
    }

    private func checkOut() async throws -> SQLiteHandle {
        let next = try state.withLock { state -> Next in
            if state.closed { throw StoreError.unavailable("the database is closed") }
            if let handle = state.idle.popLast() { return .lend(handle) }
            guard state.opened < capacity else { return .wait }
            state.opened += 1
            return .open
        }
        switch next {
        case .lend(let handle):
            return handle
        case .open:
            do {
                return try open()
            } catch {
                // Nobody else can be sure of a connection either: let the waiting see why.
                let waiting = state.withLock { state in
                    state.opened -= 1
                    defer { state.waiting = [] }
                    return state.waiting
                }
                for waiter in waiting { waiter.resume(throwing: error) }
                throw error
            }
        case .wait:
            return try await withCheckedThrowingContinuation { waiter in
                let ready: Result<SQLiteHandle, any Error>? = state.withLock { state in
                    if state.closed { return .failure(StoreError.unavailable("the database is closed")) }
                    if let handle = state.idle.popLast() { return .success(handle) }
                    state.waiting.append(waiter)
                    return nil
                }
                if let ready { waiter.resume(with: ready) }
            }
        }
    }

    private func checkIn(_ handle: SQLiteHandle) {
        enum After { case kept, handOver(CheckedContinuation<SQLiteHandle, any Error>), close }
        let after = state.withLock { state -> After in
            if state.closed { return .close }
            if !state.waiting.isEmpty { return .handOver(state.waiting.removeFirst()) }
            state.idle.append(handle)
            return .kept
        }
        switch after {
        case .kept: break
        case .handOver(let waiter): waiter.resume(returning: handle)
        case .close: handle.close()
        }
    }
}
