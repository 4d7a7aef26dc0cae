import Foundation
import GRDB
import PostcardsCore

/// Errors met while querying a collection, as messages about the package: SQLite's own text
/// ("SQLite error 11: database disk image is malformed") means nothing to someone importing
/// a deck, and a damaged file is not a bug.
enum AnkiReadFailure {
    static func deckError(_ error: any Error, member: String, file: String) -> DeckError {
        let here = SourceLocation(file: file, line: 0)
        switch error {
        case let error as DeckError:
            return error
        case let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode):
            return DeckError(at: here, "\(member) inside the package is damaged (\(error.message ?? "malformed database"))",
                             hint: "Run Tools › Check Database in Anki and export again")
        case let error as DatabaseError:
            return DeckError(at: here, "\(member) could not be read (\(error.message ?? "\(error.resultCode)"))",
                             hint: "The file may be damaged or come from an unknown Anki version; export it again")
        case let error as AnkiRowValueError:
            return DeckError(at: here, "\(member) holds an unexpected value: \(error)", hint: AnkiCollectionSchema.reexport)
        default:
            return DeckError(at: here, "\(member) could not be read as an Anki collection: \(error)",
                             hint: "The file may be damaged or come from an unknown Anki version; export it again")
        }
    }
}
