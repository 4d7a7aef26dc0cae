import PostcardsDeck

extension ExitStatus {
    /// How a deck problem ends the command: a missing library is not the file's fault.
    static func of(_ kind: DeckError.Kind) -> Int32 {
        switch kind {
        case .missingInput: noInput
        case .invalidDeck: dataError
        case .unavailable: unavailable
        }
    }
}
