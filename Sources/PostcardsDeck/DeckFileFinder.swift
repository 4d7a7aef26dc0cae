import Foundation
import PostcardsCore

/// A deck file's name (as messages should show it) and its text.
public struct DeckSourceFile: Hashable, Sendable {
    public var file: String
    public var text: String

    public init(file: String, text: String) {
        self.file = file
        self.text = text
    }
}

/// Turns the paths a user typed into deck files: a file as given, a directory as all the
/// `.toml` files below it (hidden ones skipped), sorted by path so every run reads the
/// same files in the same order.
enum DeckFileFinder {
    static let fileExtension = "toml"

    struct Found {
        var files: [DeckSourceFile] = []
        var errors: [DeckError] = []
        /// Files found, whether or not they could be read as text.
        var fileCount = 0
    }

    /// Every deck file the paths name, read into memory.
    static func find(_ paths: [String]) -> Found {
        let located = locate(paths)
        var found = Found(errors: located.errors, fileCount: located.files.count)
        for file in located.files {
            switch load(file) {
            case let .success(text): found.files.append(DeckSourceFile(file: file, text: text))
            case let .failure(error): found.errors.append(error)
            }
        }
        return found
    }

    /// The deck files the paths name, not yet read, so a large deck can be read one file
    /// at a time.
    static func locate(_ paths: [String]) -> (files: [String], errors: [DeckError]) {
        var files: [String] = []
        var errors: [DeckError] = []
        var seen = Set<String>()
        for path in paths {
            for file in expand(path, errors: &errors) {
                // The same file named twice (`decks/ decks/a.toml`) is read once, or every
                // card in it would clash with itself.
                guard seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted else { continue }
                files.append(file)
            }
        }
        return (files, errors)
    }

    private static func expand(_ path: String, errors: inout [DeckError]) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            errors.append(DeckError(
                .missingInput, at: SourceLocation(file: path, line: 0), "no such file or directory",
                hint: "Check the path: give a .toml deck file or a directory of them."))
            return []
        }
        guard isDirectory.boolValue else { return [path] }
        let files = tomlFiles(in: path)
        if files.isEmpty {
            errors.append(DeckError(
                .missingInput, at: SourceLocation(file: path, line: 0), "the directory holds no .toml deck files",
                hint: "Point at a directory of chapter files such as decks/post-training, or at one .toml file."))
        }
        return files
    }

    private static func tomlFiles(in directory: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory) else { return [] }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let isHidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
            guard !isHidden, (relative as NSString).pathExtension == fileExtension else { continue }
            var isDirectory: ObjCBool = false
            let path = base + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// A deck file's bytes, for `DeckReader.stream`, which checks them itself.
    static func loadBytes(_ file: String) -> Result<[UInt8], DeckError> {
        do {
            return .success(try FileBytes.read(file))
        } catch {
            return .failure(DeckError(
                .missingInput, at: SourceLocation(file: file, line: 0), "the file cannot be read",
                hint: "Check that you have permission to read it."))
        }
    }

    static func load(_ file: String) -> Result<String, DeckError> {
        guard let data = FileManager.default.contents(atPath: file) else {
            return .failure(DeckError(
                .missingInput, at: SourceLocation(file: file, line: 0), "the file cannot be read",
                hint: "Check that you have permission to read it."))
        }
        return DeckText.decode(Array(data), file: file)
    }
}
