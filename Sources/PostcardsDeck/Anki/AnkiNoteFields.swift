import Foundation
import PostcardsCore

/// A package note's `flds` column, bytes → plain-text fields, refusing what no card can hold.
enum AnkiNoteFields {
    static let separator: UInt8 = 0x1F

    /// `note` names it in messages ("note 1707… (GUID …)").
    static func plain(_ bytes: Data, note: String, at source: SourceLocation) throws(DeckError) -> [String] {
        let raw = [UInt8](bytes)
        let bad = raw.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) }
        if let bad {
            throw DeckError(at: source, "field \(fieldNumber(at: bad, in: raw)) of \(note) is not valid UTF-8 text",
                            hint: "Fix the field in Anki (or run Tools › Check Database) and export again")
        }
        if let nul = raw.firstIndex(of: 0) {
            throw DeckError(at: source, "field \(fieldNumber(at: nul, in: raw)) of \(note) holds a NUL byte",
                            hint: "Remove it in Anki and export again")
        }
        let fields = raw.split(separator: separator, omittingEmptySubsequences: false)
            .map { HTMLText.plain(String(decoding: $0, as: UTF8.self)) }
        for (index, field) in fields.enumerated() {
            if let problem = AnkiFieldCheck.problem(field) {
                throw DeckError(at: source, "field \(index + 1) of \(note) \(problem)", hint: AnkiFieldCheck.tooLongHint)
            }
        }
        return fields
    }

    /// 1-based number of the field holding byte `offset`.
    static func fieldNumber(at offset: Int, in raw: [UInt8]) -> Int {
        raw[..<offset].filter { $0 == separator }.count + 1
    }
}
