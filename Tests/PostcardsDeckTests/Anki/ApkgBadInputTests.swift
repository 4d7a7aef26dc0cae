import Foundation
import PostcardsCore
import Testing
import ZIPFoundation
@testable import PostcardsDeck

@Suite("Broken packages fail with a message naming the file")
struct ApkgBadInputTests {
    /// Runs `body` with a scratch directory that is removed afterwards.
    static func inScratch<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = try AnkiFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    static func importError(of url: URL) -> DeckError? {
        #expect(throws: DeckError.self) { try AnkiImport.read(url: url) }
    }

    /// One member of a fixture package, as bytes.
    static func member(_ name: String, of package: String) throws -> Data {
        let archive = try Archive(url: AnkiFixtures.url(package), accessMode: .read)
        let entry = try #require(archive[name])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return data
    }

    @Test func fileThatIsNotAZipSaysSo() throws {
        let error = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("notes.apkg")
            try Data("just some text".utf8).write(to: url)
            return Self.importError(of: url)
        }
        #expect(error?.location.file.hasSuffix("notes.apkg") == true)
        #expect(error?.message.contains("not a zip") == true)
        #expect(error?.kind == .invalidDeck)
    }

    @Test func zipWithoutACollectionListsWhatItHolds() throws {
        let error = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("empty.apkg")
            try SyntheticAnkiCollection.zip([("media", Data("{}".utf8)), ("0", Data([1, 2, 3]))], to: url)
            return Self.importError(of: url)
        }
        #expect(error?.location.file.hasSuffix("empty.apkg") == true)
        #expect(error?.message.contains("no Anki collection") == true)
        #expect(error?.message.contains("0, media") == true)
    }

    @Test(arguments: ["collection.anki21", "collection.anki2"])
    func collectionThatIsNotSQLiteSaysSo(member: String) throws {
        let error = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("garbage.apkg")
            try SyntheticAnkiCollection.zip([(member, Data(repeating: 0x41, count: 4096))], to: url)
            return Self.importError(of: url)
        }
        #expect(error?.location.file.hasSuffix("garbage.apkg") == true)
        #expect(error?.message.contains("\(member) inside the package is not an SQLite database") == true)
    }

    @Test func damagedZstdCollectionSaysSo() throws {
        let error = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("modern.apkg")
            try SyntheticAnkiCollection.zip([("collection.anki21b", Data("not zstd at all".utf8))], to: url)
            return Self.importError(of: url)
        }
        #expect(error?.message.contains("collection.anki21b is not valid zstd data") == true)
    }

    @Test func truncatedZstdCollectionSaysSo() throws {
        let compressed = try Self.member("collection.anki21b", of: "anki-modern.apkg")
        let error = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("cut.apkg")
            try SyntheticAnkiCollection.zip([("collection.anki21b", compressed.prefix(compressed.count / 2))], to: url)
            return Self.importError(of: url)
        }
        #expect(error?.message.contains("collection.anki21b") == true)
    }

    @Test func packageHoldingOnlyThePleaseUpdatePlaceholderIsRefused() throws {
        let placeholder = try Self.member("collection.anki2", of: "anki-legacy.apkg")
        let error = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("future.apkg")
            try SyntheticAnkiCollection.zip([("collection.anki2", placeholder)], to: url)
            return Self.importError(of: url)
        }
        #expect(error?.message.contains("placeholder") == true)
    }

    @Test func collectionLargerThanTheLimitIsRefusedAsAZipBomb() throws {
        let error = try Self.inScratch { directory in
            #expect(throws: DeckError.self) {
                try ApkgArchive.extractCollection(
                    from: AnkiFixtures.url("genanki-basic.apkg"), file: "genanki-basic.apkg", into: directory, limit: 1000)
            }
        }
        #expect(error?.message.contains("larger than 1000 bytes") == true)
    }

    /// The sizes in a zip's headers are the attacker's to choose: output is counted, and a
    /// member stops where its header said it ends.
    @Test func memberInflatingBeyondItsDeclaredSizeIsStopped() throws {
        let error = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("lying.apkg")
            try SyntheticAnkiCollection.zip([("collection.anki21", Data(repeating: 0x41, count: 4096))], to: url)
            var bytes = [UInt8](try Data(contentsOf: url))
            // Uncompressed size: offset 22 of the local header, 24 of the central directory entry.
            for (signature, offset) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
                let start = try #require((0...(bytes.count - 4)).first { Array(bytes[$0..<$0 + 4]) == signature })
                bytes.replaceSubrange(start + offset..<start + offset + 4, with: [100, 0, 0, 0])
            }
            try Data(bytes).write(to: url)
            return Self.importError(of: url)
        }
        #expect(error?.message.contains("collection.anki21 inflates beyond the 100 bytes its zip header declares") == true,
                "\(String(describing: error))")
    }

    @Test func zstdOutputLargerThanTheLimitIsRefused() throws {
        // The compressed member (7 KB) passes the zip check; its 136 KB of SQLite does not.
        let error = try Self.inScratch { directory in
            #expect(throws: DeckError.self) {
                try ApkgArchive.extractCollection(
                    from: AnkiFixtures.url("anki-modern.apkg"), file: "anki-modern.apkg", into: directory, limit: 50_000)
            }
        }
        #expect(error?.message.contains("collection.anki21b would be larger than 50000 bytes") == true)
    }

    @Test func modernPackageWithoutTheZstdLibrarySaysWhatToInstall() throws {
        let error = try Self.inScratch { directory in
            #expect(throws: DeckError.self) {
                try ApkgArchive.extractCollection(
                    from: AnkiFixtures.url("anki-modern.apkg"), file: "anki-modern.apkg", into: directory,
                    zstdLibraries: ["libzstd-that-does-not-exist.so.9"])
            }
        }
        #expect(error?.kind == .unavailable)
        #expect(error?.message.contains("zstd library (libzstd.so.1) was not found") == true)
        #expect(error?.message.contains("libzstd-that-does-not-exist.so.9") == true)
        #expect(error?.hint.contains("libzstd1") == true)
        #expect(error?.hint.contains("Support older Anki versions") == true)
    }

    @Test func missingFileIsMissingInput() {
        let error = Self.importError(of: URL(fileURLWithPath: "/nonexistent/deck.apkg"))
        #expect(error?.kind == .missingInput)
        #expect(error?.location.file == "/nonexistent/deck.apkg")
    }

    @Test func packageIsRecognisedByContentWhateverItsExtension() throws {
        let drafts = try Self.inScratch { directory in
            let url = directory.appendingPathComponent("backup.colpkg")
            try FileManager.default.copyItem(at: AnkiFixtures.url("anki-legacy.apkg"), to: url)
            let zipURL = directory.appendingPathComponent("export.zip")
            try FileManager.default.copyItem(at: AnkiFixtures.url("anki-legacy.apkg"), to: zipURL)
            return try AnkiImport.read(url: url) + AnkiImport.read(url: zipURL)
        }
        #expect(drafts.count == 12)
    }

    @Test func extractionLeavesNoTemporaryFilesBehind() throws {
        let leftovers = try Self.inScratch { root in
            let notes = try AnkiImport.packageNotes(
                AnkiFixtures.url("anki-modern.apkg"), file: "anki-modern.apkg", withHistory: false, temporaryRoot: root)
            #expect(notes.count == 6)
            return try FileManager.default.contentsOfDirectory(atPath: root.path)
        }
        #expect(leftovers.isEmpty)
    }
}
