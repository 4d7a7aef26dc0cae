import FuzzSupport
import PostcardsCore

/// Cloze parsing and rendering. Rules: a text with deletions hides something on every card
/// it makes and reveals without hiding on the answer side; the revealed answer reads the
/// same whichever card asked; a text that does not parse renders as itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCloze(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = text(data, size)
    do {
        let numbers = try Cloze.numbers(in: text)
        invariant(!numbers.isEmpty, "parsed cloze without deletions")
        invariant(numbers == numbers.sorted() && Set(numbers).count == numbers.count, "numbers not ascending and unique")
        var firstAnswer: String?
        for number in numbers {
            let question = Cloze.question(text, ordinal: number)
            let answer = Cloze.answer(text, ordinal: number)
            invariant(question.contains { if case .hidden = $0 { true } else { false } }, "card \(number) hides nothing")
            invariant(!answer.contains { if case .hidden = $0 { true } else { false } }, "answer \(number) hides")
            invariant(answer.contains { if case .revealed = $0 { true } else { false } }, "answer \(number) reveals nothing")
            let plain = Cloze.plain(answer)
            if let firstAnswer {
                invariant(plain == firstAnswer, "answer text differs between cards")
            } else {
                firstAnswer = plain
            }
        }
    } catch {
        invariant(Cloze.plain(Cloze.question(text, ordinal: 1)) == text, "unparsable text not shown as itself")
    }
    return 0
}
