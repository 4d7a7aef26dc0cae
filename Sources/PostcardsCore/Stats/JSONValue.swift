/// A JSON document built explicitly, so `stats --json` prints keys in a stable order,
/// `null` where a figure does not exist, and rates rounded the same on every platform.
public indirect enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case int(Int)
    /// Printed with `JSONValue.decimals` decimals at most.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static let decimals = 4

    /// Pretty-printed with two-space indentation; object keys in the order given.
    public func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent)
        let inner = String(repeating: "  ", count: indent + 1)
        switch self {
        case .null: return "null"
        case let .bool(value): return value ? "true" : "false"
        case let .int(value): return String(value)
        case let .number(value): return Self.format(value)
        case let .string(value): return Self.quote(value)
        case let .array(items):
            guard !items.isEmpty else { return "[]" }
            return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(pad)]"
        case let .object(members):
            guard !members.isEmpty else { return "{}" }
            return "{\n" + members.map { key, value in
                inner + Self.quote(key) + ": " + value.rendered(indent: indent + 1)
            }.joined(separator: ",\n") + "\n\(pad)}"
        }
    }

    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (value * scale).rounded()
        let whole = Int(scaled)
        let negative = whole < 0
        let magnitude = negative ? -whole : whole
        let unit = Int(scale)
        var fraction = String(magnitude % unit)
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let integer = (negative ? "-" : "") + String(magnitude / unit)
        return fraction.isEmpty ? integer : integer + "." + fraction
    }

    /// `text` as a JSON string literal (also used by `export`).
    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
