/// Recognising Anki's numbered cloze markup without parsing all of it.
enum AnkiClozeText {
    /// True when the text contains `{{c<digits>::`, Anki's form of a deletion.
    static func hasNumberedDeletion(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 3 < scalars.count {
            if scalars[index] == "{", scalars[index + 1] == "{", scalars[index + 2] == "c" || scalars[index + 2] == "C" {
                var cursor = index + 3
                while cursor < scalars.count, ("0"..."9").contains(scalars[cursor]) { cursor += 1 }
                if cursor > index + 3, cursor + 1 < scalars.count, scalars[cursor] == ":", scalars[cursor + 1] == ":" {
                    return true
                }
            }
            index += 1
        }
        return false
    }
}
