import PostcardsCore
import Testing

@testable import PostcardsDeck

/// Each bad input names the file, line and column, says what is wrong and what to do.
/// Line numbers: `DeckFixtures.deck` takes lines 1–6, so the first card starts on line 7.
@Suite struct DeckReaderErrorTests {
    @Test func missingFileIsMissingInput() throws {
        let scratch = try ScratchDirectory()
        let path = scratch.path + "/nope.toml"
        #expect(throws: DeckErrors.self) { try DeckReader.read(paths: [path]) }
        let result = DeckReader.load(paths: [path])
        #expect(result.errors.map(\.kind) == [.missingInput])
        #expect(result.errors.first?.description.hasPrefix("\(path): no such file or directory. Check the path") == true)
    }

    @Test func directoryWithoutDeckFilesIsMissingInput() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("readme.md", "nothing here")
        let errors = DeckReader.load(paths: [scratch.path]).errors
        #expect(errors.map(\.kind) == [.missingInput])
        #expect(errors.first?.message == "the directory holds no .toml deck files")
        #expect(DeckErrors(errors).isMissingInput)
    }

    @Test func malformedTOMLPointsAtTheParsersPosition() {
        let errors = DeckFixtures.errors(DeckFixtures.deck("[[cards]]\nid = \"a\nfront = \"A\"\n"))
        #expect(errors.count == 1)
        #expect(errors.first?.location.description == "deck.toml:8:8")
        #expect(errors.first?.message.hasPrefix("invalid TOML in a string: ") == true)
    }

    @Test func missingIDFrontAndBackPointAtTheCardsHeader() {
        let text = DeckFixtures.deck("""
            [[cards]]
            front = "no id"
            back = "b"

            [[cards]]
            id = "no-back"
            front = "F"

            [[cards]]
            id = "nothing"
            tags = []
            """)
        #expect(DeckFixtures.descriptions(text) == [
            "deck.toml:7:1: card #1 has no id. Add id = \"a-stable-name\" under this header; progress is kept by id.",
            "deck.toml:11:1: card \"no-back\" has no back. Add back = … under this header.",
            "deck.toml:15:1: card \"nothing\" has neither front nor cloze. Add front = \"…\" and back = \"…\", or cloze = \"… {{answer}} …\".",
        ])
    }

    @Test func wrongTypePointsAtTheKeyAndNamesBothTypes() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\n  front = 42\nback = \"b\"\ntags = \"one\"\n")
        #expect(DeckFixtures.descriptions(text) == [
            "deck.toml:9:3: front of card \"a\" must be a string, not a whole number. Write it like front = \"…\".",
            "deck.toml:11:1: tags of card \"a\" must be an array of strings, not a string. Write it like tags = [\"one\", \"two\"].",
        ])
    }

    @Test func unknownKeyIsAnErrorWithASuggestion() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfrnot = \"F\"\nfront = \"F\"\nback = \"b\"\ncolour = 1\n")
        #expect(DeckFixtures.descriptions(text) == [
            "deck.toml:9:1: unknown key \"frnot\" in card \"a\". Did you mean \"front\"? Card \"a\" allows id, front, back, cloze and tags.",
            "deck.toml:12:1: unknown key \"colour\" in card \"a\". Remove it or rename it; card \"a\" allows id, front, back, cloze and tags.",
        ])
    }

    @Test func duplicateIDInOneFileNamesBothPlaces() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"1\"\nback = \"1\"\n\n[[cards]]\nid = \"a\"\nfront = \"2\"\nback = \"2\"\n")
        let errors = DeckFixtures.errors(text)
        #expect(errors.map(\.description) == [
            "deck.toml:13:1: duplicate card id \"a\" in deck \"Test deck\"; it is first used at deck.toml:8:1. Give one of them another id: ids must be unique within a deck, because progress is kept by id.",
        ])
        #expect(errors.first?.related?.description == "deck.toml:8:1")
    }

    @Test func duplicateIDAcrossFilesOfOneDeckNamesBothFiles() throws {
        let scratch = try ScratchDirectory()
        try scratch.write("d/1.toml", DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"1\"\nback = \"1\"\n", chapter: "one"))
        try scratch.write("d/2.toml", DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"2\"\nback = \"2\"\n", chapter: "two"))
        let errors = DeckReader.load(paths: [scratch.path + "/d"]).errors
        #expect(errors.map(\.location.description) == ["\(scratch.path)/d/2.toml:8:1"])
        #expect(errors.first?.related?.description == "\(scratch.path)/d/1.toml:8:1")
    }

    @Test func duplicateChapterSlugAcrossFilesIsAnError() {
        let card = "[[cards]]\nid = \"X\"\nfront = \"1\"\nback = \"1\"\n"
        let errors = DeckReader.load(files: [
            DeckSourceFile(file: "1.toml", text: DeckFixtures.deck(card.replacingOccurrences(of: "X", with: "a"))),
            DeckSourceFile(file: "2.toml", text: DeckFixtures.deck(card.replacingOccurrences(of: "X", with: "b"))),
        ]).errors
        #expect(errors.map(\.description) == [
            "2.toml:1:1: chapter \"basics\" of deck \"Test deck\" is already defined at 1.toml:1:1. Give each chapter file of a deck its own chapter slug.",
        ])
    }

    @Test func emptyClozeDeletionPointsAtItsBraces() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"c\"\ncloze = \"β is {{0.1}}, ε is {{}}.\"\n")
        #expect(DeckFixtures.descriptions(text) == [
            "deck.toml:9:29: empty cloze deletion in card \"c\". Put the hidden answer inside the braces, or remove the empty {{}}.",
        ])
    }

    @Test func clozeErrorPositionCountsEscapesAndMultilineStrings() {
        let basic = DeckFixtures.deck("[[cards]]\nid = \"c\"\ncloze = \"\\u03B2 \\\"q\\\" {{ }}\"\n")
        #expect(DeckFixtures.errors(basic).first?.location.description == "deck.toml:9:23")
        let multiline = DeckFixtures.deck("[[cards]]\nid = \"c\"\ncloze = \"\"\"\nfirst {{a}}\n  then {{b\n\"\"\"\n")
        #expect(DeckFixtures.errors(multiline).first?.location.description == "deck.toml:11:8")
        #expect(DeckFixtures.errors(multiline).first?.message == "cloze deletion in card \"c\" is opened with {{ but never closed")
    }

    @Test func clozeWithoutDeletionsIsAnError() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"c\"\ncloze = \"nothing hidden\"\n")
        #expect(DeckFixtures.errors(text).map(\.location.description) == ["deck.toml:9:1"])
        #expect(DeckFixtures.errors(text).first?.message == "cloze of card \"c\" has no {{…}} deletion")
    }

    @Test func frontAndClozeTogetherIsAnError() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"c\"\ncloze = \"{{x}}\"\nfront = \"F\"\n")
        #expect(DeckFixtures.errors(text).map(\.description) == [
            "deck.toml:10:1: card \"c\" has both front and cloze. Keep front and back for a question card, or cloze (with an optional back) for a cloze card.",
        ])
    }

    @Test func emptyFieldsAndBadIDsAreErrors() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"two words\"\nfront = \"  \"\nback = \"b\"\n")
        #expect(DeckFixtures.descriptions(text) == [
            "deck.toml:8:1: id \"two words\" may only use letters, digits, '-', '_' and '.'. Rename it, e.g. id = \"two-words\".",
            "deck.toml:9:1: front of card #1 is empty. Write the front text between the quotes.",
        ])
    }

    @Test func nonUTF8FilePointsAtTheFirstBadByte() throws {
        let scratch = try ScratchDirectory()
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"caf")
        let file = try scratch.write("latin1.toml", bytes: Array(text.utf8) + [0xE9, 0x22, 0x0A])
        let errors = DeckReader.load(paths: [file]).errors
        #expect(errors.map(\.description) == [
            "\(file):9:13: the file is not valid UTF-8 (byte 0xE9). Save it as UTF-8, e.g. `iconv -f LATIN1 -t UTF-8 old.toml > new.toml`.",
        ])
        #expect(errors.first?.kind == .invalidDeck)
    }

    @Test func nulByteIsAnErrorRatherThanASilentlyShortenedFile() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\u{0}b\"\n")
        #expect(DeckFixtures.errors(text).map(\.location.description) == ["deck.toml:10:10"])
    }

    @Test func badDeckTablesAreReportedField() {
        let noDeck = "[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n"
        #expect(DeckFixtures.errors(noDeck).map(\.message) == ["the file has no [deck] table"])
        let bad = """
            [deck]
            name = "D"
            chapter = "RL Algorithms"
            order = 0
            author = "me"

            [[cards]]
            id = "a"
            front = "A"
            back = "a"
            """
        #expect(DeckFixtures.descriptions(bad) == [
            "deck.toml:1:1: [deck] has no title. Add title = … under this header.",
            "deck.toml:3:1: chapter \"RL Algorithms\" is not a valid slug. Use only lowercase letters, digits and '-', e.g. chapter = \"rl-algorithms\".",
            "deck.toml:4:1: order of [deck] must be 1 or more, not 0. Number chapters 1, 2, 3 … in the order they should be studied.",
            "deck.toml:5:1: unknown key \"author\" in [deck]. Remove it or rename it; [deck] allows name, chapter, title and order.",
        ])
        let wrongOrder = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n")
            .replacingOccurrences(of: "order = 1", with: "order = \"1\"")
        #expect(DeckFixtures.descriptions(wrongOrder) == [
            "deck.toml:5:1: order of [deck] must be a whole number, not a string. Write it like order = 3.",
        ])
        #expect(DeckFixtures.errors(DeckFixtures.deckHeader).map(\.message) == ["the file has no cards"])
        #expect(DeckFixtures.errors("deck = 3\n").map(\.message).first == "deck must be a single [deck] table, not a whole number")
    }

    @Test func unknownTopLevelTablesAreErrors() {
        let text = DeckFixtures.deck("[[card]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n")
        #expect(DeckFixtures.descriptions(text) == [
            "deck.toml:1:1: the file has no cards. Add cards as [[cards]] tables, each with an id and front and back (or cloze).",
            "deck.toml:7:1: unknown key \"card\" at the top of the file. Did you mean [[cards]]? A deck file has only [deck] and [[cards]] tables.",
        ])
    }

    @Test func cardsThatAreNotTablesAreNamedByNumber() {
        let text = "cards = [\"a\", 2]\n" + DeckFixtures.deckHeader
        #expect(DeckFixtures.descriptions(text) == [
            "deck.toml:1:10: card #1 must be a table, not a string. Start each card with [[cards]] followed by its keys.",
            "deck.toml:1:15: card #2 must be a table, not a whole number. Start each card with [[cards]] followed by its keys.",
        ])
    }

    @Test func subTableOfACardIsAnUnknownKeyAtItsHeader() {
        let text = DeckFixtures.deck("[[cards]]\nid = \"a\"\nfront = \"A\"\nback = \"a\"\n\n[cards.extra]\nnote = 1\n")
        #expect(DeckFixtures.errors(text).map(\.location.description) == ["deck.toml:12:1"])
        #expect(DeckFixtures.errors(text).first?.message == "unknown key \"extra\" in card \"a\"")
    }

    @Test func everyProblemOfAFileIsReportedUpToACap() {
        let oneBad = "[[cards]]\nfront = \"A\"\nback = \"a\"\n\n"
        let few = DeckFixtures.errors(DeckFixtures.deck(String(repeating: oneBad, count: 3)))
        #expect(few.map(\.location.line) == [7, 11, 15])
        let many = DeckFixtures.errors(DeckFixtures.deck(String(repeating: oneBad, count: 30)))
        #expect(many.count == ChapterFile.maximumErrors + 1)
        #expect(many.last?.message == "10 more problems in this file not shown")
    }

    @Test func keysInsideMultilineStringsAndArraysAreNotMistakenForKeys() {
        let text = DeckFixtures.deck("""
            [[cards]]
            id = "a"
            front = \"\"\"
            colour = "not a key"
            [[cards]]
            \"\"\"
            back = "b"
            tags = [
              "x = 1",
            ]
            bogus = 1
            """)
        #expect(DeckFixtures.errors(text).map(\.location.description) == ["deck.toml:17:1"])
    }
}
