import GRDB
import Testing
@testable import PostcardsStore

/// Which SQLite errors mean "the file is damaged", whatever query met them.
struct DamageErrorTests {
    static let path = "/data/postcards.sqlite3"

    @Test(arguments: [ResultCode.SQLITE_CORRUPT, .SQLITE_CORRUPT_VTAB, .SQLITE_CORRUPT_SEQUENCE, .SQLITE_CORRUPT_INDEX, .SQLITE_NOTADB])
    func corruptAndNotADatabaseWithTheirExtendedCodesAreDamage(code: ResultCode) throws {
        let damage = try #require(StoreError.damage(in: DatabaseError(resultCode: code, message: "malformed here"), path: Self.path))
        #expect(damage.category == .data)
        #expect(damage.description.hasPrefix("\(Self.path) is damaged (malformed here)"))
        #expect(damage.description.contains("postcards doctor"))
    }

    @Test(arguments: [ResultCode.SQLITE_BUSY, .SQLITE_FULL, .SQLITE_READONLY, .SQLITE_ERROR])
    func otherErrorsAreNotDamage(code: ResultCode) {
        #expect(StoreError.damage(in: DatabaseError(resultCode: code), path: Self.path) == nil)
    }

    @Test func errorsThatAreNotSQLiteAreNotDamage() {
        struct Other: Error {}
        #expect(StoreError.damage(in: Other(), path: Self.path) == nil)
    }
}
