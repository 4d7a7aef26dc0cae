import Foundation
import PostcardsCore

/// Reads what Anki exports — packages (`.apkg`, `.colpkg`) and text (`.txt`, `.tsv`,
/// `.csv`) — as postcards card drafts. See docs/anki-import.md for the mapping.
public enum AnkiImport {
    public static let packageExtensions: Set<String> = ["apkg", "colpkg"]
    public static let textExtensions: Set<String> = ["txt", "tsv", "csv"]

    /// True for the paths this importer handles: by extension, or a zip archive (a package
    /// renamed by a browser or mail program).
    public static func handles(_ url: URL) -> Bool {
        let ext = url.pathExtension.lowercased()
        return packageExtensions.contains(ext) || textExtensions.contains(ext) || ApkgArchive.isZip(url)
    }

    /// The cards of an Anki export. `withHistory` adds each card's review log (Anki's
    /// revlog) as `history`, oldest first; text exports have none.
    /// Throws `DeckError` naming the file (and line, for text) of the first problem.
    public static func read(url: URL, withHistory: Bool = false) throws(DeckError) -> [CardDraft] {
        let file = try existingFile(url)
        let notes = isPackage(url)
            ? try packageNotes(url, file: file, withHistory: withHistory)
            : try textNotes(url, file: file)
        return try AnkiCardMapping.drafts(from: notes)
    }

    /// Like `read(url:withHistory:)`, but hands each card to `body` as soon as it is mapped,
    /// so a 100k-row text export is never held as cards. Throws the file's first problem as
    /// a `DeckError` (after `body` may have had the cards before it), or what `body` throws.
    public static func stream(url: URL, withHistory: Bool = false, _ body: (CardDraft) throws -> Void) throws {
        let file = try existingFile(url)
        guard !isPackage(url) else {
            for draft in try read(url: url, withHistory: withHistory) { try body(draft) }
            return
        }
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: url.path)
        } catch {
            throw DeckError(.missingInput, at: SourceLocation(file: file, line: 0),
                            "cannot read the file: \(error.reason)", hint: "Check its permissions")
        }
        var reader = try AnkiTextFile.NoteReader(
            bytes: mapped.bytes, file: file, defaultDeck: url.deletingPathExtension().lastPathComponent,
            release: mapped.release(below:))
        var mapping = AnkiCardMapping(
            chapters: AnkiChapters(deckPaths: reader.deckPaths()), expectedCards: AnkiTextFile.estimatedRows(mapped.bytes, release: mapped.release(below:)))
        while let note = try reader.next() {
            for draft in try mapping.drafts(of: note) { try body(draft) }
        }
        withExtendedLifetime(mapped) {}
    }

    private static func existingFile(_ url: URL) throws(DeckError) -> String {
        let file = url.relativePath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw DeckError(.missingInput, at: SourceLocation(file: file, line: 0), "no such file",
                            hint: "Check the path; Anki exports end in .apkg, .colpkg, .txt, .tsv or .csv")
        }
        return file
    }

    private static func isPackage(_ url: URL) -> Bool {
        let ext = url.pathExtension.lowercased()
        return packageExtensions.contains(ext) || (!textExtensions.contains(ext) && ApkgArchive.isZip(url))
    }

    /// The cards of Anki text held in memory (`file` names it in messages; `deck` is used
    /// for rows that name no deck). The entry point for fuzzing the text reader.
    public static func read(text bytes: [UInt8], file: String, deck: String) throws(DeckError) -> [CardDraft] {
        let notes = try bytes.withUnsafeBufferPointer { buffer throws(DeckError) in
            try AnkiTextFile.notes(in: buffer, file: file, defaultDeck: deck)
        }
        return try AnkiCardMapping.drafts(from: notes)
    }

    static func packageNotes(
        _ url: URL, file: String, withHistory: Bool, temporaryRoot: URL = FileManager.default.temporaryDirectory
    ) throws(DeckError) -> [AnkiNote] {
        let directory = temporaryRoot
            .appendingPathComponent("postcards-anki-\(UUID().uuidString)", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw DeckError(at: SourceLocation(file: file, line: 0),
                            "cannot create a temporary directory to extract the package: \(error.localizedDescription)",
                            hint: "Check that \(temporaryRoot.path) is writable (or set TMPDIR)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let extracted = try ApkgArchive.extractCollection(from: url, file: file, into: directory)
        return try AnkiCollection.notes(at: extracted.database, member: extracted.member, file: file, withHistory: withHistory)
    }

    static func textNotes(_ url: URL, file: String) throws(DeckError) -> [AnkiNote] {
        let deck = url.deletingPathExtension().lastPathComponent
        return try textNotes(textBytes(url, file: file), file: file, defaultDeck: deck)
    }

    private static func textBytes(_ url: URL, file: String) throws(DeckError) -> [UInt8] {
        do {
            return try FileBytes.read(url.path)
        } catch {
            throw DeckError(.missingInput, at: SourceLocation(file: file, line: 0),
                            "cannot read the file: \(error.reason)", hint: "Check its permissions")
        }
    }

    /// The cards of an Anki text export already in memory (the fuzz targets feed it bytes);
    /// `file` names it in messages, `defaultDeck` places notes the text does not place.
    public static func read(textBytes bytes: [UInt8], file: String, defaultDeck: String) throws(DeckError) -> [CardDraft] {
        try AnkiCardMapping.drafts(from: textNotes(bytes, file: file, defaultDeck: defaultDeck))
    }

    static func textNotes(_ bytes: [UInt8], file: String, defaultDeck: String) throws(DeckError) -> [AnkiNote] {
        try bytes.withUnsafeBufferPointer { bytes throws(DeckError) in
            try AnkiTextFile.notes(in: bytes, file: file, defaultDeck: defaultDeck)
        }
    }
}
