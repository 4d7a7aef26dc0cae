import Foundation
import PostcardsCore
import Testing
@testable import PostcardsDeck

@Suite("Anki text and CSV files")
struct AnkiTextImportTests {
    /// Writes `bytes` to a fresh file called `name` and imports it.
    static func importing(_ bytes: [UInt8], named name: String = "words.csv") throws -> [CardDraft] {
        let directory = try AnkiFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try AnkiImport.read(url: url)
    }

    static func importing(_ text: String, named name: String = "words.csv") throws -> [CardDraft] {
        try importing(Array(text.utf8), named: name)
    }

    static func importError(_ text: String, named name: String = "words.csv") -> DeckError? {
        #expect(throws: DeckError.self) { try importing(text, named: name) }
    }

    @Test(arguments: ["a\tb\tx y\n", "a,b,x y\n", "a;b;x y\n", "\"a\";\"b\";\"x y\"\n"])
    func headerlessFileSniffsSeparatorAndReadsFrontBackTags(text: String) throws {
        let drafts = try Self.importing(text)
        #expect(drafts.map(\.content) == [.basic(front: "a", back: "b")])
        #expect(drafts.first?.tags == ["x", "y"])
    }

    @Test func headerlessCardsGoToAFileNamedDeckAndChapterMain() throws {
        let draft = try #require(try Self.importing("What is DPO?,Direct preference optimisation\n", named: "rl-terms.csv").first)
        #expect(draft.chapter == Chapter(deck: "rl-terms", slug: "main", title: "rl-terms", order: 1))
        #expect(draft.id.key.hasPrefix("what-is-dpo-"))
    }

    @Test func keyWithoutGUIDFollowsTheFrontSoEditingTheBackKeepsIt() throws {
        let before = try Self.importing("front,old back\n")
        let after = try Self.importing("front,new back\n")
        let edited = try Self.importing("front edited,old back\n")
        #expect(before.map(\.id) == after.map(\.id))
        #expect(before.map(\.id) != edited.map(\.id))
    }

    @Test func byteOrderMarkAndCRLFImportFine() throws {
        let drafts = try Self.importing([0xEF, 0xBB, 0xBF] + Array("#separator:comma\r\n#html:true\r\nq<br>2,a\r\nr,b\r\n".utf8))
        #expect(drafts.map(\.content) == [.basic(front: "q\n2", back: "a"), .basic(front: "r", back: "b")])
    }

    @Test func invalidUTF8IsAnErrorNamingFileLineAndColumn() throws {
        let bytes = Array("ok,fine\nna".utf8) + [0xEF] + Array("ve,x\n".utf8)
        let error = #expect(throws: DeckError.self) { try Self.importing(bytes, named: "latin1.csv") }
        #expect(error?.location.file.hasSuffix("latin1.csv") == true)
        #expect(error?.location.line == 2)
        #expect(error?.location.column == 3)
        #expect(error?.description.contains("UTF-8") == true)
    }

    @Test func raggedRowIsAnErrorNamingItsLine() {
        let error = Self.importError("a,b\nc,d\ne,f,g,h\n", named: "ragged.csv")
        #expect(error?.location.file.hasSuffix("ragged.csv") == true)
        #expect(error?.location.line == 3)
        #expect(error?.message.contains("4 fields") == true)
    }

    @Test func headerColumnsPlaceGUIDDeckNotetypeAndTags() throws {
        let text = """
            #separator:tab
            #html:true
            #guid column:1
            #notetype column:2
            #deck column:3
            #tags column:6
            g1\tBasic\tCourse::Part one::Week 2\t<b>Q</b>\tA\tt2 t1

            """
        let draft = try #require(try Self.importing(text, named: "notes.txt").first)
        #expect(draft.id == CardID(deck: "Course", key: "g1"))
        #expect(draft.chapter.slug == "part-one")
        #expect(draft.content == .basic(front: "Q", back: "A"))
        #expect(draft.tags == ["Week_2", "t1", "t2"])
    }

    @Test func htmlFalseKeepsMarkupAsText() throws {
        let drafts = try Self.importing("#separator:comma\n#html:false\na <b> &amp;,b\n")
        #expect(drafts.map(\.content) == [.basic(front: "a <b> &amp;", back: "b")])
    }

    @Test func clozeNoteGivesOneCardPerDeletionNumber() throws {
        let text = "#separator:tab\n#notetype:Cloze\n#guid column:1\nz1\t{{c1::PPO}} clips {{c2::ρ::ratio}} and {{c1::KL}}\tsee paper\n"
        let drafts = try Self.importing(text)
        #expect(drafts.map(\.id.key) == ["z1#1", "z1#2"])
        let text1 = "{{c1::PPO}} clips {{c2::ρ::ratio}} and {{c1::KL}}"
        #expect(drafts.map(\.content) == [
            .cloze(text: text1, ordinal: 1, extra: "see paper"), .cloze(text: text1, ordinal: 2, extra: "see paper"),
        ])
        #expect(drafts[1].content.plainFront == "PPO clips [ratio] and KL")
    }

    @Test func headerlessClozeIsRecognisedByItsMarkup() throws {
        let drafts = try Self.importing("{{c1::Paris}} is in {{c2::France}},extra\n")
        #expect(drafts.count == 2)
        #expect(drafts.first?.content.plainFront == "[…] is in France")
    }

    @Test func reversedNotetypeGivesAForwardAndABackwardCard() throws {
        let text = "#separator:tab\n#guid column:1\n#notetype column:2\nr1\tBasic (and reversed card)\tcat\tchat\n"
        let drafts = try Self.importing(text)
        #expect(drafts.map(\.id.key) == ["r1", "r1/1"])
        #expect(drafts.map(\.content) == [.basic(front: "cat", back: "chat"), .basic(front: "chat", back: "cat")])
    }

    @Test func optionalReverseOnlyWhenItsFieldIsFilled() throws {
        let text = "#separator:tab\n#guid column:1\n#notetype:Basic (optional reversed card)\na\tx\ty\t\nb\tx2\ty2\ty\n"
        #expect(try Self.importing(text).map(\.id.key) == ["a", "b", "b/1"])
    }

    @Test func columnsHeaderAndGlobalTagsApply() throws {
        let text = "#separator:comma\n#tags:imported\n#columns:Front,Back\nq,a\n"
        #expect(try Self.importing(text).first?.tags == ["imported"])
        #expect(Self.importError("#separator:comma\n#columns:Front,Back\nq,a,extra\n")?.location.line == 3)
    }

    @Test func duplicateFrontsWithoutGUIDAreAnErrorNamingBothRows() {
        let error = Self.importError("same,one\nother,x\nsame,two\n")
        #expect(error?.location.line == 3)
        #expect(error?.related?.line == 1)
    }

    @Test func badHeaderValuesAreErrorsOnTheirLine() {
        #expect(Self.importError("#separator:slash\na/b\n")?.location.line == 1)
        #expect(Self.importError("#html:true\n#deck column:zero\na\tb\n")?.location.line == 2)
        #expect(Self.importError("#separator:tab\n#tags column:9\na\tb\n")?.message.contains("column") == true)
    }

    @Test func headerlessFileWithTooManyColumnsSaysWhatItExpects() {
        #expect(Self.importError("a,b,c,d\n")?.message.contains("front, back, tags") == true)
    }

    @Test func emptyFrontIsAnError() {
        #expect(Self.importError(",back\n")?.message.contains("front") == true)
    }

    /// An import that adds nothing is a mistake worth a message (the wrong file, a failed
    /// export), as for a native deck without cards.
    @Test func fileWithoutNotesIsRefusedAtTheLineAfterItsHeader() throws {
        #expect(Self.importError("")?.location.line == 1)
        let headerOnly = Self.importError("#separator:tab\n#html:true\n")
        #expect(headerOnly?.location.line == 3)
        #expect(headerOnly?.message.contains("no notes") == true)
    }
}
