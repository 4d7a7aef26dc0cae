import Foundation
import PostcardsCore

/// Hands batches of cards from a reading thread to the thread that writes them, at most
/// `capacity` batches ahead, so an import reads the next deck file while SQLite writes the
/// last one (docs/performance.md) without ever holding more than a few files of cards.
final class DraftPipe: @unchecked Sendable {
    /// Thrown on the reading side once the writing side has given up.
    struct Cancelled: Error {}

    private let capacity: Int
    private let condition = NSCondition()
    // Guarded by `condition`.
    private var batches: [[CardDraft]] = []
    /// Batches the writer is done with, freed on the reading thread: releasing 100k cards'
    /// strings was a tenth of the writing thread's time, and the writer is the slower side.
    private var spent: [[CardDraft]] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?

    init(capacity: Int = 1) {
        self.capacity = capacity
    }

    /// Reading side: waits while the pipe is full; throws `Cancelled` once the writer gave up.
    func push(_ batch: [CardDraft]) throws {
        var freed: [[CardDraft]] = []
        defer { freed.removeAll() }  // after the unlock below: deallocating takes a while
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= capacity, !cancelled { condition.wait() }
        guard !cancelled else { throw Cancelled() }
        batches.append(batch)
        swap(&freed, &spent)
        condition.broadcast()
    }

    /// Writing side: hands a written batch back to be freed by the reader.
    private func retire(_ batch: [CardDraft]) {
        condition.lock()
        defer { condition.unlock() }
        spent.append(batch)
    }

    /// Reading side: no more batches; `error` is what stopped the reading, if anything.
    func finish(_ error: (any Error)?) {
        condition.lock()
        defer { condition.unlock() }
        finished = true
        if !(error is Cancelled) { failure = error }
        condition.broadcast()
    }

    /// Writing side: the next batch, or nil once the reader has finished and the pipe is
    /// empty; then throws what stopped the reader, if anything.
    func next() throws -> [CardDraft]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty, !finished { condition.wait() }
        if !batches.isEmpty {
            condition.broadcast()
            return batches.removeFirst()
        }
        if let failure { throw failure }
        return nil
    }

    /// Writing side: stop the reader (it finishes at its next push).
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        batches.removeAll()
        condition.broadcast()
    }

    /// Runs `read` on a thread of its own, feeding this pipe, and `write` on this one with
    /// each card; returns once both are done. A failure on either side stops the other.
    func run(
        read: @escaping @Sendable (_ push: ([CardDraft]) throws -> Void) throws -> Void,
        write: (CardDraft) throws -> Void
    ) throws {
        let done = DispatchSemaphore(value: 0)
        let reader = Thread { [self] in
            do {
                try read(push)
                finish(nil)
            } catch {
                finish(error)
            }
            done.signal()
        }
        // Deeply nested TOML is parsed by recursion, up to the parser's depth limit.
        reader.stackSize = Self.readerStackSize
        reader.start()
        defer { done.wait() }
        do {
            while let batch = try next() {
                // By index, so no draft is copied (and released) on this thread.
                for index in batch.indices { try write(batch[index]) }
                retire(batch)
            }
        } catch {
            cancel()
            throw error
        }
    }

    static let readerStackSize = 16 << 20
}
