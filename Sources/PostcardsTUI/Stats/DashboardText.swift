import PostcardsCore

/// Column layout by display width (a title may hold wide or combining characters).
enum DashboardText {
    static func padRight(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - DisplayWidth.of(text))) + text
    }

    /// At most `width` columns, ending in `ellipsis` when cut.
    static func truncate(_ text: String, _ width: Int, ellipsis: String) -> String {
        guard DisplayWidth.of(text) > width else { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room > 0 else { return String(repeating: " ", count: max(0, width)) }
        var out = ""
        var used = 0
        for character in text {
            let cost = DisplayWidth.of(String(character))
            if used + cost > room { break }
            out.append(character)
            used += cost
        }
        return out + ellipsis
    }

    /// "87%", or the glyph for "no data".
    static func percent(_ rate: Double?, none: String) -> String {
        guard let rate else { return none }
        return "\(Int((rate * 100).rounded()))%"
    }

    /// "45s", "4m 05s", "1h 02m".
    static func duration(millis: Int) -> String {
        let seconds = Int((Double(millis) / 1000).rounded())
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m \(twoDigits(seconds % 60))s" }
        return "\(seconds / 3600)h \(twoDigits(seconds / 60 % 60))m"
    }

    /// "950", "12k", "1.2M": counts that must fit a narrow column.
    static func compact(_ value: Int) -> String {
        let thousand = 1000, tenThousand = 10_000, million = 1_000_000
        if value < tenThousand { return String(value) }
        if value < million { return "\(value / thousand)k" }
        return oneDecimal(Double(value) / Double(million)) + "M"
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// "Nov 28".
    static func shortDate(_ day: Day) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let (_, month, dayOfMonth) = day.components
        return "\(months[month - 1]) \(dayOfMonth)"
    }

    static func monthName(_ day: Day) -> String { String(shortDate(day).prefix(3)) }
}

/// A line assembled span by span while counting its display width.
struct LineBuilder {
    private(set) var spans: [Span] = []
    private(set) var width = 0

    mutating func add(_ text: String, _ style: Style = .plain) {
        guard !text.isEmpty else { return }
        spans.append(Span(text, style: style))
        width += DisplayWidth.of(text)
    }

    /// Spaces up to column `column`.
    mutating func pad(to column: Int) {
        if column > width { add(String(repeating: " ", count: column - width)) }
    }

    var line: Line { Line(spans) }
}
