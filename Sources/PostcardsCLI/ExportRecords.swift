import Foundation
import PostcardsCore
import PostcardsStore

/// A value in an exported record.
enum ExportValue {
    case string(String)
    case int(Int)
    case decimal(Double)
    case bool(Bool)
    case strings([String])
    case null
}

enum CardRecord {
    static let fields = ["id", "deck", "chapter", "front", "back", "tags", "repetitions", "interval", "ef",
                         "due", "lapses", "reviews", "new"]

    static func values(_ export: CardExport, today: Day) -> [ExportValue] {
        let card = export.card
        let schedule = export.schedule
        return [
            .string(card.id.key), .string(card.id.deck), .string(card.chapter),
            .string(card.content.plainFront), .string(card.content.plainBack), .strings(card.tags),
            .int(schedule.state.repetitions), .int(schedule.state.interval), .decimal(schedule.state.ef),
            schedule.due.map { .string($0.iso) } ?? .null,
            .int(schedule.lapses), .int(schedule.reviews), .bool(schedule.isNew),
        ]
    }
}

enum ReviewRecord {
    static let fields = ["card", "deck", "at", "day", "grade", "kind", "ms", "interval", "ef", "repetitions"]

    static func values(_ event: ReviewEvent) -> [ExportValue] {
        [
            .string(event.card.key), .string(event.card.deck), .string(isoUTC(event.at)), .string(event.day.iso),
            .int(event.grade.value), .string(event.kind.rawValue), .int(event.answerMillis),
            .int(event.after.interval), .decimal(event.after.ef), .int(event.after.repetitions),
        ]
    }

    static func isoUTC(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}

/// Writes records as JSON Lines (one object per line) or CSV (RFC 4180, header row).
struct RecordWriter {
    let format: ExportCommand.Format
    let sink: ExportSink
    private var fields: Box = Box()

    init(format: ExportCommand.Format, sink: ExportSink) {
        self.format = format
        self.sink = sink
    }

    private final class Box { var names: [String] = [] }

    func header(_ names: [String]) {
        fields.names = names
        if format == .csv { sink.append(names.map(csvField).joined(separator: ",") + "\r\n") }
    }

    func write(_ values: [ExportValue]) {
        switch format {
        case .jsonl:
            let members = zip(fields.names, values).map { "\(jsonString($0)):\(json($1))" }
            sink.append("{" + members.joined(separator: ",") + "}\n")
        case .csv:
            sink.append(values.map { csvField(csv($0)) }.joined(separator: ",") + "\r\n")
        }
    }

    private func json(_ value: ExportValue) -> String {
        switch value {
        case let .string(text): jsonString(text)
        case let .int(number): String(number)
        case let .decimal(number): decimal(number)
        case let .bool(flag): flag ? "true" : "false"
        case let .strings(list): "[" + list.map(jsonString).joined(separator: ",") + "]"
        case .null: "null"
        }
    }

    private func csv(_ value: ExportValue) -> String {
        switch value {
        case let .string(text): text
        case let .int(number): String(number)
        case let .decimal(number): decimal(number)
        case let .bool(flag): flag ? "true" : "false"
        case let .strings(list): list.joined(separator: " ")
        case .null: ""
        }
    }

    /// EF values are exact hundredths: print 2.5, 1.3, 2.36 without binary noise.
    private func decimal(_ number: Double) -> String {
        let hundredths = Int((number * 100).rounded())
        let whole = hundredths / 100, fraction = abs(hundredths % 100)
        if fraction == 0 { return "\(whole).0" }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    private func jsonString(_ text: String) -> String { JSONValue.quote(text) }

    private func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
