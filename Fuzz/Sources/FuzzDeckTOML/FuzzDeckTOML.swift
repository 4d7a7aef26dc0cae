import FuzzSupport
import PostcardsDeck

/// One TOML deck file through the reader, lint and card rendering. Rules checked beyond
/// "no crash, no hang": every problem points into the file, and a file that reads cleanly
/// yields cards with non-empty ids.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeckTOML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let lines = lineCount(UnsafeBufferPointer(start: data, count: size))
    let result = DeckReader.load(files: [DeckSourceFile(file: "fuzz.toml", text: text(data, size))])
    for error in result.errors {
        checkLocation(error.location, lineCount: lines, "deck error \"\(error.message)\"")
        invariant(!error.description.isEmpty, "deck error without text")
    }
    var rendered = 0
    for draft in result.drafts {
        invariant(!draft.id.key.isEmpty, "card with an empty id")
        rendered &+= render(draft)
    }
    for finding in DeckLint.check(drafts: result.drafts, readerErrors: result.errors) {
        rendered &+= finding.description.utf8.count
    }
    return rendered == Int.min ? 1 : 0
}
