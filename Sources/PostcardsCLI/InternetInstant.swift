import Foundation
import PostcardsCore

/// RFC 3339 instants (`2026-12-01T09:30:00Z`, `2026-12-01T09:30:00.250+01:00`), read by
/// hand: Foundation's ISO8601DateFormatter loads ICU's date-format data, a quarter of the
/// CPU `review` spent before its first card when `POSTCARDS_NOW` was set.
enum InternetInstant {
    static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        // Date, "T", time to the second: 19 bytes; then fraction and offset.
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == colon, bytes[16] == colon,
              let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16]),
              let second = number(bytes[17..<19]),
              hour <= 23, minute <= 59, second <= 59
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            let start = index + 1
            index = start
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > start, let value = Double("0." + String(decoding: bytes[start..<index], as: UTF8.self))
            else { return nil }
            fraction = value
        }
        guard let offset = offsetSeconds(bytes[index...]) else { return nil }
        let seconds = day.ordinal * 86_400 + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: Double(seconds) + fraction)
    }

    private static let colon = UInt8(ascii: ":")

    /// `Z`, or `+HH:MM` / `-HH:MM` east of UTC; nil for anything else.
    private static func offsetSeconds(_ bytes: ArraySlice<UInt8>) -> Int? {
        if bytes.elementsEqual([UInt8(ascii: "Z")]) { return 0 }
        let start = bytes.startIndex
        guard bytes.count == 6, bytes[start + 3] == colon,
              let hours = number(bytes[(start + 1)..<(start + 3)]), let minutes = number(bytes[(start + 4)..<(start + 6)]),
              hours <= 23, minutes <= 59
        else { return nil }
        switch bytes[start] {
        case UInt8(ascii: "+"): return hours * 3600 + minutes * 60
        case UInt8(ascii: "-"): return -(hours * 3600 + minutes * 60)
        default: return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy(isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
