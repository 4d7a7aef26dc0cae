import Foundation
import PostcardsCore
import PostcardsDeck

/// The readers behind `postcards import`: Anki exports (`.apkg`, `.colpkg`, `.txt`, `.tsv`,
/// `.csv`) go to `AnkiImport`, everything else (TOML files and directories) to `DeckReader`.
enum ImportSources {
    static func drafts(paths: [String], withHistory: Bool) throws -> [CardDraft] {
        let (ankiPaths, deckPaths) = paths.reduce(into: ([String](), [String]())) { split, path in
            if AnkiImport.handles(URL(fileURLWithPath: path)) { split.0.append(path) } else { split.1.append(path) }
        }
        var drafts: [CardDraft] = []
        if !deckPaths.isEmpty {
            do {
                drafts += try DeckReader.read(paths: deckPaths)
            } catch {
                throw CLIError(error.description, exitCode: error.isMissingInput ? ExitStatus.noInput : ExitStatus.dataError)
            }
        }
        for path in ankiPaths {
            do {
                let read = try AnkiImport.read(url: URL(fileURLWithPath: path), withHistory: withHistory)
                // Assigning keeps the single-file case (a 100k-row CSV) from copying every draft.
                if drafts.isEmpty { drafts = read } else { drafts += read }
            } catch {
                throw CLIError(error.description, exitCode: ExitStatus.of(error.kind))
            }
        }
        return drafts
    }
}
