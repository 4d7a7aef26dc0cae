import ArgumentParser
import Foundation
import PostcardsCore
import PostcardsStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export cards with their schedules, or the review log, as JSON Lines or CSV."
    )

    enum What: String, ExpressibleByArgument, CaseIterable {
        case cards, reviews
    }

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, csv
    }

    @OptionGroup var database: DatabaseOption

    @Argument(help: "cards or reviews")
    var what: What

    @Option(help: "jsonl or csv")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let context = try database.context()
        let store = try context.openDatabase(readOnly: true)
        let sink = try ExportSink(path: output)
        let writer = RecordWriter(format: format, sink: sink)
        switch what {
        case .cards:
            writer.header(CardRecord.fields)
            for card in try store.cardsWithSchedules() {
                writer.write(CardRecord.values(card, today: context.today))
            }
        case .reviews:
            writer.header(ReviewRecord.fields)
            try store.forEachEvent { writer.write(ReviewRecord.values($0)) }
        }
        try sink.close()
    }
}

/// Buffered output to a file (written whole, then renamed into place) or standard output.
final class ExportSink {
    private let path: String?
    private var buffer = Data()
    private static let flushThreshold = 1 << 20

    init(path: String?) throws {
        self.path = path
        if let path {
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard FileManager.default.isWritableFile(atPath: parent) else {
                throw CLIError("cannot write \(path): its directory is missing or not writable.", exitCode: ExitStatus.cannotCreate)
            }
        }
    }

    func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if path == nil && buffer.count >= Self.flushThreshold {
            FileHandle.standardOutput.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    func close() throws {
        guard let path else {
            FileHandle.standardOutput.write(buffer)
            return
        }
        do {
            try buffer.write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)", exitCode: ExitStatus.ioError)
        }
    }
}
