import Testing
@testable import PostcardsDeck

@Suite("Small parts of the Anki reader")
struct AnkiPartsTests {
    @Test func protobufReaderFindsVarintsAndStringsAndSkipsTheRest() {
        // field 1 varint 1, field 3 string "css", field 2 fixed32, field 5 string "ok"
        let blob: [UInt8] = [0x08, 0x01, 0x1A, 0x03, 0x63, 0x73, 0x73, 0x15, 1, 2, 3, 4, 0x2A, 0x02, 0x6F, 0x6B]
        #expect(ProtobufReader.varint(1, in: blob) == 1)
        #expect(ProtobufReader.string(3, in: blob) == "css")
        #expect(ProtobufReader.string(5, in: blob) == "ok")
        #expect(ProtobufReader.varint(7, in: blob) == nil)
    }

    @Test func protobufReaderRejectsTruncatedInputWithoutCrashing() {
        #expect(ProtobufReader.fields([0x0A, 0x05, 0x61]) == nil)
        #expect(ProtobufReader.fields([0x08, 0xFF]) == nil)
        #expect(ProtobufReader.fields([0x0F]) == nil)
    }

    @Test func realNotetypeConfigOfClozeHasKindOne() {
        #expect(ProtobufReader.varint(AnkiNotetypes.notetypeKindField, in: [0x08, 0x01, 0x1A, 0x00]) == AnkiNotetypes.clozeKind)
    }

    @Test func templateFieldsIgnoreFrontSideConditionsAndTypeInBoxes() {
        let names = ["Front", "Back", "Add Reverse"]
        #expect(AnkiTemplateFields.template(ordinal: 0, question: "{{Front}}\n\n{{type:Back}}",
                                            answer: "{{FrontSide}}<hr id=answer>{{type:Back}}", fieldNames: names)
                == AnkiTemplate(ordinal: 0, front: [0], back: [1]))
        #expect(AnkiTemplateFields.template(ordinal: 1, question: "{{#Add Reverse}}{{ Back }}{{/Add Reverse}}",
                                            answer: "{{FrontSide}}<hr id=answer>{{text:Front}}", fieldNames: names)
                == AnkiTemplate(ordinal: 1, front: [1], back: [0], condition: 2))
    }

    @Test func templateWithoutKnownFieldsFallsBackToFrontAndBack() {
        #expect(AnkiTemplateFields.template(ordinal: 1, question: "{{Deck}}", answer: "", fieldNames: ["A", "B"])
                == AnkiTemplate(ordinal: 1, front: [1], back: [0]))
    }

    @Test func clozeFieldsComeFromTheClozeFilterAndTheAnswer() {
        let fields = AnkiTemplateFields.clozeFields(
            question: "{{cloze:Text}}", answer: "{{cloze:Text}}<br>\n{{Back Extra}}", fieldNames: ["Text", "Back Extra"])
        #expect(fields.text == 0)
        #expect(fields.extra == 1)
    }

    @Test func chaptersPutTopLevelCardsFirstThenSubdecksByNameIgnoringCase() {
        let chapters = AnkiChapters(deckPaths: [["D", "beta"], ["D", "Alpha"], ["D"], ["D", "Gamma", "x"]])
        #expect(chapters.chapter(for: ["D"]) == .init(deck: "D", slug: "main", title: "D", order: 1))
        #expect(chapters.chapter(for: ["D", "Alpha"]).order == 2)
        #expect(chapters.chapter(for: ["D", "beta"]).order == 3)
        #expect(chapters.chapter(for: ["D", "Gamma", "y"]).order == 4)
    }

    @Test func chapterSlugsAreAsciiAndUniqueWithinADeck() {
        let chapters = AnkiChapters(deckPaths: [["D", "Fine-tuning & RL"], ["D", "Fine tuning: RL"], ["D", "Über"], ["D", "指令"]])
        #expect(chapters.chapter(for: ["D", "Fine tuning: RL"]).slug == "fine-tuning-rl")
        #expect(chapters.chapter(for: ["D", "Fine-tuning & RL"]).slug == "fine-tuning-rl-2")
        #expect(chapters.chapter(for: ["D", "Über"]).slug == "uber")
        #expect(chapters.chapter(for: ["D", "指令"]).slug.hasPrefix("chapter-"))
    }

    @Test func deckNamesSplitOnTheirSchemaSeparatorAndDropBlankLevels() {
        #expect(AnkiDeckName.path("A::B ::C", separator: AnkiDeckName.textSeparator) == ["A", "B", "C"])
        #expect(AnkiDeckName.path("A\u{1F}B & C", separator: AnkiDeckName.schema18Separator) == ["A", "B & C"])
        #expect(AnkiDeckName.path("", separator: AnkiDeckName.textSeparator).isEmpty)
        #expect(AnkiDeckName.path(" :: ", separator: AnkiDeckName.textSeparator).isEmpty)
        #expect(AnkiDeckName.path("A::::B", separator: AnkiDeckName.textSeparator) == ["A", "B"])
    }

    @Test func utf8CheckRejectsOverlongSurrogateAndTruncatedSequences() {
        for bad: [UInt8] in [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] {
            #expect(bad.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) } == 0)
        }
        let good = Array("π‖日本語 🙂".utf8)
        #expect(good.withUnsafeBufferPointer { UTF8Check.firstInvalidOffset($0) } == nil)
    }

    @Test func numberedClozeMarkupIsRecognisedAnywhereInTheText() {
        for text in ["{{c1::x}}", "a {{C12::x::h}} b", "{{{c1::x}}}", "{ {{c2::y}}"] {
            #expect(AnkiClozeText.hasNumberedDeletion(text), "\(text)")
        }
        for text in ["{{c::x}}", "{c1::x}", "{{x}}", "{{c1:x}}", "c1::x", "{{c1", ""] {
            #expect(!AnkiClozeText.hasNumberedDeletion(text), "\(text)")
        }
    }

    /// The capacity guess for a text export counts line feeds chunk by chunk (each chunk's
    /// pages handed back as it goes): one more than there are, across chunk boundaries.
    @Test func estimatedRowsCountsEveryLineFeedAcrossChunks() {
        let step = MappedFile.releaseStep
        let cases: [[UInt8]] = [
            [],
            Array("one line".utf8),
            Array("a\nb\r\nc\n\n".utf8),
            [UInt8](repeating: 0x41, count: step - 1) + [0x0A, 0x0A] + [UInt8](repeating: 0x41, count: step) + [0x0A],
        ]
        for bytes in cases {
            var released: [Int] = []
            let rows = bytes.withUnsafeBufferPointer { AnkiTextFile.estimatedRows($0) { released.append($0) } }
            #expect(rows == bytes.filter { $0 == 0x0A }.count + 1)
            #expect(released.last == (bytes.isEmpty ? nil : bytes.count))
        }
    }
}
