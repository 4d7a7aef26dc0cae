import GRDB
import Testing
@testable import PostcardsCore
@testable import PostcardsStore

/// The import binds a row's text from one reused buffer, read by SQLite in place; every
/// row must still store exactly its own values.
struct DirectStatementTests {
    static func insertAll(_ rows: [(String, PostcardsCore.SourceLocation, Int?)]) throws -> [Row] {
        let queue = try DatabaseQueue()
        return try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT, source TEXT, number INTEGER)")
            var insert = DirectStatement(try db.makeStatement(sql: "INSERT INTO t VALUES (?, ?, ?)"))
            for (text, source, number) in rows {
                insert.bind(text)
                insert.bind(source)
                insert.bind(number)
                try insert.execute(in: db)
            }
            return try Row.fetchAll(db, sql: "SELECT text, source, number, typeof(text) FROM t ORDER BY rowid")
        }
    }

    @Test func eachRowKeepsItsOwnTextWhenTheBufferGrowsAndIsReused() throws {
        let rows: [(String, PostcardsCore.SourceLocation, Int?)] = [
            (String(repeating: "long text é ", count: 500), PostcardsCore.SourceLocation(file: "/deck/a.toml", line: 7), 1),
            ("", PostcardsCore.SourceLocation(file: "b.csv", line: 0), nil),
            ("short", PostcardsCore.SourceLocation(file: "日本.toml", line: 123_456, column: 40), -5),
            ("x", PostcardsCore.SourceLocation(file: "", line: Int.max, column: Int.min), 0),
        ]
        let stored = try Self.insertAll(rows)
        #expect(stored.map { $0[0] as String } == rows.map(\.0))
        #expect(stored.map { $0[1] as String } == rows.map(\.1.description))
        #expect(stored.map { $0[2] as Int? } == rows.map(\.2))
        #expect(stored.allSatisfy { $0[3] as String == "text" })
    }

    @Test func wordsAreJoinedBySpacesAsTheTagsColumnHoldsThem() throws {
        let queue = try DatabaseQueue()
        let lists: [[String]] = [[], ["one"], ["a", "b", "日本"], ["", "x", ""]]
        let stored = try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (tags TEXT)")
            var insert = DirectStatement(try db.makeStatement(sql: "INSERT INTO t VALUES (?)"))
            for words in lists {
                insert.bind(joining: words)
                try insert.execute(in: db)
            }
            return try String.fetchAll(db, sql: "SELECT tags FROM t ORDER BY rowid")
        }
        #expect(stored == lists.map { $0.joined(separator: " ") })
    }
}
