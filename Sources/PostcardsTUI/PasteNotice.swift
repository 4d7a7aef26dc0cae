/// What the status line says when a paste arrives where there is nothing to paste into.
enum PasteNotice {
    static func text(characters: Int) -> String {
        "Ignored a paste of \(characters) character\(characters == 1 ? "" : "s"): grade and move with keys."
    }
}
