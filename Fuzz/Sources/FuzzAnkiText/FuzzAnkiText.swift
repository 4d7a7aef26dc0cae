import FuzzSupport
import PostcardsDeck

/// One Anki text export (raw bytes, so invalid UTF-8 reaches the reader's own check)
/// through header, CSV records, note mapping, HTML-to-text and cloze. A rejected file must
/// name a line inside it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnkiText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    do {
        var rendered = 0
        for draft in try AnkiImport.read(textBytes: Array(bytes), file: "fuzz.csv", defaultDeck: "fuzz") {
            invariant(!draft.id.key.isEmpty, "card with an empty id")
            rendered &+= render(draft)
        }
        return rendered == Int.min ? 1 : 0
    } catch {
        checkLocation(error.location, lineCount: lineCount(bytes), "text import error \"\(error.message)\"")
        return 0
    }
}
