import Foundation
import PostcardsCore
import ZIPFoundation

/// The zip container of an `.apkg`/`.colpkg`: finds the collection and extracts it to a
/// plain SQLite file we can open read-only.
///
/// Modern Anki writes `collection.anki21b` (zstd-compressed, schema 18) *and* a
/// `collection.anki2` that only holds a "please update Anki" note for old versions; legacy
/// exports write `collection.anki21` (schema 11) next to that placeholder; genanki writes
/// only `collection.anki2` with the real notes. So take the newest one present.
enum ApkgArchive {
    static let collectionMembers = ["collection.anki21b", "collection.anki21", "collection.anki2"]
    static let zstdMember = "collection.anki21b"
    /// Collections larger than this are refused: a real one is tens of MB; a zip or zstd
    /// bomb would otherwise fill the disk.
    static let maximumCollectionBytes: Int64 = 1 << 30
    /// A real collection compresses 10–20 times (the fixtures: 14 with deflate, 20 with
    /// zstd); zeros compress a thousand times with deflate and thirty thousand with zstd.
    /// Past `inflationFloor` bytes, more than this many output bytes per input byte is a bomb,
    /// refused before it fills the disk.
    static let maximumInflation: Int64 = 100
    static let inflationFloor: Int64 = 16 << 20
    static let zipSignatures: [[UInt8]] = [[0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06]]
    static let sqliteSignature = Array("SQLite format 3\u{0}".utf8)
    /// SQLite header bytes 18 and 19: file format versions, 2 = WAL, 1 = rollback journal.
    static let formatVersionOffsets = [18, 19]
    static let rollbackJournalFormat: UInt8 = 1

    struct Extracted {
        var database: URL
        var member: String
    }

    static func isZip(_ url: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: url) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4)).map { [UInt8]($0) } ?? []
        return zipSignatures.contains(head)
    }

    static func extractCollection(
        from url: URL, file: String, into directory: URL, limit: Int64 = maximumCollectionBytes,
        zstdLibraries: [String] = Zstd.libraryNames
    ) throws(DeckError) -> Extracted {
        let here = SourceLocation(file: file, line: 0)
        guard isZip(url) else {
            throw DeckError(at: here, "this is not a zip archive, so not an Anki package",
                            hint: "Export from Anki with File › Export › \"Anki Deck Package (*.apkg)\"")
        }
        guard let archive = try? Archive(url: url, accessMode: .read, pathEncoding: nil) else {
            throw DeckError(at: here, "this zip archive is cut short or damaged: its list of contents cannot be read",
                            hint: "Download or export it again; an interrupted copy leaves such a file")
        }
        guard let (member, entry) = collectionMembers.lazy.compactMap({ name in archive[name].map { (name, $0) } }).first else {
            let names = archive.map(\.path).sorted().prefix(10).joined(separator: ", ")
            throw DeckError(at: here, "the archive holds no Anki collection (it has: \(names.isEmpty ? "nothing" : names))",
                            hint: "An .apkg contains collection.anki21b, collection.anki21 or collection.anki2; re-export it from Anki")
        }
        guard entry.uncompressedSize <= UInt64(limit) else { throw tooLarge(member, limit: limit, at: here) }
        let declared = Int64(entry.uncompressedSize)
        if isBomb(output: declared, input: Int64(entry.compressedSize)) {
            throw inflatesTooMuch(member, from: Int64(entry.compressedSize), to: declared, stoppedEarly: false, at: here)
        }
        let raw = directory.appendingPathComponent("member")
        do {
            // The size in the zip header can lie: stop where it says the member ends.
            try write(entry, of: archive, to: raw, limit: min(limit, declared))
        } catch let error as DeckError {
            throw error
        } catch is SizeLimitExceeded {
            guard declared < limit else { throw tooLarge(member, limit: limit, at: here) }
            throw DeckError(at: here, "\(member) inflates beyond the \(byteCount(declared)) its zip header declares",
                            hint: "The package is damaged or forged; export it again from Anki")
        } catch {
            throw DeckError(at: here, "\(member) could not be extracted: \(error)", hint: "The file may be damaged; export it again")
        }
        var database = raw
        if member == zstdMember {
            database = directory.appendingPathComponent("collection.sqlite")
            try decompress(raw, to: database, member: member, limit: limit, libraries: zstdLibraries, at: here)
        }
        try prepareForReading(database, member: member, at: here)
        return Extracted(database: database, member: member)
    }

    private struct SizeLimitExceeded: Error {}

    /// True when `output` bytes from `input` bytes is more inflation than real data shows.
    static func isBomb(output: Int64, input: Int64) -> Bool {
        output > inflationFloor && output / max(input, 1) > maximumInflation
    }

    private static func write(_ entry: Entry, of archive: Archive, to url: URL, limit: Int64) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
        let output = try FileHandle(forWritingTo: url)
        defer { try? output.close() }
        var written: Int64 = 0
        // Count what actually comes out, whatever the header said.
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
            written += Int64(chunk.count)
            guard written <= limit else { throw SizeLimitExceeded() }
            try output.write(contentsOf: chunk)
        }
    }

    private static func decompress(
        _ source: URL, to target: URL, member: String, limit: Int64, libraries: [String], at here: SourceLocation
    ) throws(DeckError) {
        let zstd: Zstd
        do {
            zstd = try Zstd.load(from: libraries)
        } catch {
            let tried = libraries.joined(separator: ", ")
            throw DeckError(.unavailable, at: here,
                            "\(member) is zstd-compressed and the zstd library (libzstd.so.1) was not found (tried \(tried))",
                            hint: "Install it (Debian/Ubuntu: apt install libzstd1), or export from Anki with \"Support older Anki versions\" ticked")
        }
        defer { zstd.close() }
        do {
            guard FileManager.default.createFile(atPath: target.path, contents: nil) else { throw CocoaError(.fileWriteUnknown) }
            let input = try FileHandle(forReadingFrom: source)
            let output = try FileHandle(forWritingTo: target)
            defer { try? input.close(); try? output.close() }
            _ = try zstd.decompress(input, to: output, limit: limit, isBomb: isBomb)
        } catch Zstd.Failure.tooLarge {
            throw tooLarge(member, limit: limit, at: here)
        } catch let Zstd.Failure.inflatesTooMuch(input, output) {
            throw inflatesTooMuch(member, from: input, to: output, stoppedEarly: true, at: here)
        } catch let Zstd.Failure.corrupt(reason) {
            throw DeckError(at: here, "\(member) is not valid zstd data (zstd says: \(reason))", hint: "The file may be damaged; export it again")
        } catch Zstd.Failure.truncated {
            throw DeckError(at: here, "\(member) is cut short: its zstd data ends in the middle", hint: "The file may be damaged; export it again")
        } catch {
            throw DeckError(at: here, "\(member) could not be decompressed: \(error)")
        }
    }

    /// Checks the SQLite signature and switches a WAL-mode copy to rollback mode, so opening
    /// it read-only needs no `-wal`/`-shm` files (Anki checkpoints before exporting).
    private static func prepareForReading(_ database: URL, member: String, at here: SourceLocation) throws(DeckError) {
        do {
            let handle = try FileHandle(forUpdating: database)
            defer { try? handle.close() }
            let header = [UInt8](try handle.read(upToCount: sqliteSignature.count + formatVersionOffsets.count + 2) ?? Data())
            guard header.starts(with: sqliteSignature) else {
                throw DeckError(at: here, "\(member) inside the package is not an SQLite database",
                                hint: "The file is damaged or not made by Anki; export it again")
            }
            try handle.seek(toOffset: UInt64(formatVersionOffsets[0]))
            try handle.write(contentsOf: Data(repeating: rollbackJournalFormat, count: formatVersionOffsets.count))
        } catch let error as DeckError {
            throw error
        } catch {
            throw DeckError(at: here, "\(member) could not be prepared for reading: \(error)")
        }
    }

    /// `stoppedEarly`: `output` is where decompression was stopped, not the whole size.
    private static func inflatesTooMuch(
        _ member: String, from input: Int64, to output: Int64, stoppedEarly: Bool, at here: SourceLocation
    ) -> DeckError {
        DeckError(at: here, "\(member) inflates from \(byteCount(input)) to \(stoppedEarly ? "over " : "")\(byteCount(output)), "
                      + "\(output / max(input, 1)) times its size; refusing it as a likely zip bomb",
                  hint: "A real Anki collection shrinks 10 to 20 times when packed; export it again from Anki")
    }

    static func byteCount(_ bytes: Int64) -> String {
        bytes >= 1 << 20 ? "\(bytes >> 20) MiB" : bytes >= 1 << 10 ? "\(bytes >> 10) KiB" : "\(bytes) bytes"
    }

    private static func tooLarge(_ member: String, limit: Int64, at here: SourceLocation) -> DeckError {
        let size = limit >= 1 << 20 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        return DeckError(at: here, "\(member) would be larger than \(size) once extracted; refusing it as a likely zip bomb",
                  hint: "Split the collection into smaller exports")
    }
}
