import Synchronization

/// A flag that is set once, safely from any thread: for doing something (a warning) once per process.
final class OnceFlag: Sendable {
    private let set = Mutex(false)

    /// True the first time it is called, false ever after.
    func setFirstTime() -> Bool {
        set.withLock { wasSet in
            defer { wasSet = true }
            return !wasSet
        }
    }
}
