import Foundation
import PostcardsCore
import PostcardsDeck

/// The readers behind `postcards import`: Anki exports (`.apkg`, `.colpkg`, `.txt`, `.tsv`,
/// `.csv`) go to `AnkiImport`, everything else (TOML files and directories) to `DeckReader`.
enum ImportSources {
    /// Hands every card of the sources to `add`, reading on a second thread while `add`
    /// writes (`DraftPipe`): deck files one file at a time, Anki text exports a few hundred
    /// notes at a time. Problems in the sources are thrown as `CLIError`s after every deck
    /// file has been checked.
    static func feed(paths: [String], withHistory: Bool, into add: (CardDraft) throws -> Void) throws {
        try DraftPipe().run(read: { push in try read(paths: paths, withHistory: withHistory, push: push) }, write: add)
    }

    /// Cards in the batches the readers produce them in.
    static let ankiBatchSize = 512

    private static func read(paths: [String], withHistory: Bool, push: ([CardDraft]) throws -> Void) throws {
        let (ankiPaths, deckPaths) = paths.reduce(into: ([String](), [String]())) { split, path in
            if AnkiImport.handles(URL(fileURLWithPath: path)) { split.0.append(path) } else { split.1.append(path) }
        }
        if !deckPaths.isEmpty {
            do {
                try DeckReader.stream(paths: deckPaths, push)
            } catch let error as DeckErrors {
                throw CLIError(error.description, exitCode: error.isMissingInput ? ExitStatus.noInput : ExitStatus.dataError)
            }
        }
        for path in ankiPaths {
            var batch: [CardDraft] = []
            batch.reserveCapacity(ankiBatchSize)
            do {
                try AnkiImport.stream(url: URL(fileURLWithPath: path), withHistory: withHistory) { draft in
                    batch.append(draft)
                    if batch.count == ankiBatchSize {
                        try push(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            } catch let error as DeckError {
                throw CLIError(error.description, exitCode: ExitStatus.of(error.kind))
            }
            try push(batch)
        }
    }
}
