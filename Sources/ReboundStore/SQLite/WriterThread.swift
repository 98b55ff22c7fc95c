import Foundation

/// A thread of its own where SQLite write transactions run.
///
/// A write can wait: for another process's write lock (up to the busy timeout), or for the
/// disk when the write-ahead log is checkpointed. Reads run on the request's thread, but a
/// write waiting there would stall one of the few threads every request shares, so
/// `SQLiteConnections` runs each transaction on this thread instead.
final class WriterThread: TaskExecutor, @unchecked Sendable {
    /// The one writer thread of the process, started on first use and kept for its life.
    static let shared = WriterThread(name: "rebound-sqlite-writer")

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []

    private init(name: String) {
        let thread = Thread { [unowned self] in self.serve() }
        thread.name = name
        thread.start()
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        condition.lock()
        jobs.append(job)
        condition.signal()
        condition.unlock()
    }

    private func serve() {
        while true {
            condition.lock()
            while jobs.isEmpty { condition.wait() }
            let batch = jobs
            jobs.removeAll(keepingCapacity: true)
            condition.unlock()
            for job in batch { job.runSynchronously(on: asUnownedTaskExecutor()) }
        }
    }
}
