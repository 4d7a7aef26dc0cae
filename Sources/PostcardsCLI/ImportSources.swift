import Foundation
import PostcardsCore
import PostcardsDeck

/// The readers behind `postcards import`: Anki exports (`.apkg`, `.colpkg`, `.txt`, `.tsv`,
/// `.csv`) go to `AnkiImport`, everything else (TOML files and directories) to `DeckReader`.
enum ImportSources {
    /// Hands every card of the sources to `add`, deck files one file at a time and Anki
    /// text exports one note at a time. Problems in
    /// the sources are thrown as `CLIError`s after every deck file has been checked.
    static func feed(paths: [String], withHistory: Bool, into add: (CardDraft) throws -> Void) throws {
        let (ankiPaths, deckPaths) = paths.reduce(into: ([String](), [String]())) { split, path in
            if AnkiImport.handles(URL(fileURLWithPath: path)) { split.0.append(path) } else { split.1.append(path) }
        }
        if !deckPaths.isEmpty {
            do {
                try DeckReader.stream(paths: deckPaths) { drafts in
                    for draft in drafts { try add(draft) }
                }
            } catch let error as DeckErrors {
                throw CLIError(error.description, exitCode: error.isMissingInput ? ExitStatus.noInput : ExitStatus.dataError)
            }
        }
        for path in ankiPaths {
            do {
                try AnkiImport.stream(url: URL(fileURLWithPath: path), withHistory: withHistory, add)
            } catch let error as DeckError {
                throw CLIError(error.description, exitCode: ExitStatus.of(error.kind))
            }
        }
    }
}
