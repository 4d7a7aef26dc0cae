import Foundation
import PostcardsCore
import PostcardsDeck
import Testing
@testable import PostcardsCLI

/// The import reads on one thread and writes on another: every card arrives once and in
/// order, and a failure on either side stops both without a hang.
@Suite struct DraftPipeTests {
    static let chapter = Chapter(deck: "Pipe", slug: "main", title: "Main", order: 1)

    static func drafts(_ range: Range<Int>) -> [CardDraft] {
        range.map {
            CardDraft(id: CardID(deck: "Pipe", key: "c\($0)"), chapter: chapter,
                      content: .basic(front: "Q\($0)", back: "A\($0)"), source: SourceLocation(file: "pipe.toml", line: $0))
        }
    }

    struct ReadFailed: Error {}
    struct WriteFailed: Error {}

    @Test func everyCardArrivesOnceInOrderWhateverTheBatchSizes() throws {
        var written: [String] = []
        try DraftPipe(capacity: 2).run(read: { push in
            var start = 0
            for size in [0, 1, 7, 300, 2, 0, 50] {
                try push(Self.drafts(start..<start + size))
                start += size
            }
        }, write: { written.append($0.id.key) })
        #expect(written == (0..<360).map { "c\($0)" })
    }

    @Test func aReadingFailureIsThrownAfterTheCardsBeforeIt() throws {
        var written = 0
        #expect(throws: ReadFailed.self) {
            try DraftPipe().run(read: { push in
                try push(Self.drafts(0..<10))
                throw ReadFailed()
            }, write: { _ in written += 1 })
        }
        #expect(written == 10)
    }

    @Test func aWritingFailureStopsTheReaderAndIsThrown() throws {
        let pushes = Counter()
        #expect(throws: WriteFailed.self) {
            try DraftPipe(capacity: 1).run(read: { push in
                // Without the cancel this would push a thousand batches into a full pipe.
                for index in 0..<1000 {
                    try push(Self.drafts(index..<index + 1))
                    pushes.increment()
                }
            }, write: { _ in throw WriteFailed() })
        }
        #expect(pushes.value < 1000)
    }

    @Test func deeplyNestedDeckTextIsReadOnTheReadingThread() throws {
        // The reader thread's stack must hold the parser's deepest allowed nesting.
        let depth = 250
        let text = "[deck]\nname = \"Pipe\"\nchapter = \"main\"\ntitle = \"Main\"\norder = 1\n\n[[cards]]\nid = \"a\"\n"
            + "front = \"Q\"\nback = \"A\"\ntags = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        var thrown: (any Error)?
        do {
            try DraftPipe().run(read: { push in try push(try DeckReader.read(text: text, file: "deep.toml")) },
                                write: { _ in })
        } catch {
            thrown = error
        }
        // A nested array is not a list of tags: refused with a message, not a crash.
        #expect(thrown != nil)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        var value: Int { lock.withLock { count } }
        func increment() { lock.withLock { count += 1 } }
    }
}
