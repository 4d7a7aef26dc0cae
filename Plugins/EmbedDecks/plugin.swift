import Foundation
import PackagePlugin

/// Embeds every `decks/**/*.toml` file into the target as string literals, so a built
/// binary carries the shipped deck wherever it is copied: `decks/` stays the one source.
@main
struct EmbedDecks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let decks = context.package.directoryURL.appending(path: "decks")
        let files = tomlFiles(under: decks)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDeckFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) deck files",
                executable: try context.tool(named: "DeckEmbedder").url,
                arguments: [decks.path, output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }

    private func tomlFiles(under directory: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            return []
        }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.path < $1.path }
    }
}
