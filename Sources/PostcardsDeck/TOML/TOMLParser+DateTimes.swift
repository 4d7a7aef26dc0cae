/// Dates and times (RFC 3339 as TOML 1.0 uses it): checked field by field, kept as written.
extension TOMLParser {
    private static let monthsPerYear = 12
    private static let hoursPerDay = 24
    private static let minutesPerHour = 60
    /// RFC 3339 allows a leap second, 23:59:60.
    private static let maximumSecond = 60
    private static let daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    private static let february = 2
    private static let yearDigits = 4

    /// `1979-05-27…` or `07:32…` at the cursor: four digits and a dash, or two and a colon.
    func looksLikeDateOrTime() -> Bool {
        func isDigit(_ index: Int) -> Bool { byte(at: index).map(Self.isDigit) ?? false }
        if (0..<Self.yearDigits).allSatisfy({ isDigit(offset + $0) }), byte(at: offset + Self.yearDigits) == UInt8(ascii: "-") {
            return true
        }
        return isDigit(offset) && isDigit(offset + 1) && byte(at: offset + 2) == UInt8(ascii: ":")
    }

    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    mutating func parseDateTime() throws(TOMLSyntaxError) -> TOMLValue {
        let start = offset
        if byte(at: offset + 2) == UInt8(ascii: ":") {
            try parseTime(after: nil)
            return dateTime(.localTime, from: start)
        }
        try parseDate()
        let delimiter = byte(at: offset)
        if delimiter == UInt8(ascii: "T") || delimiter == UInt8(ascii: "t") {
            offset += 1
            try parseTime(after: "the T")
        } else if delimiter == ASCII.space, let next = byte(at: offset + 1), Self.isDigit(next) {
            // Nothing else may follow a date and a blank, so a digit there starts its time.
            offset += 1
            try parseTime(after: "the date")
        } else {
            return dateTime(.localDate, from: start)
        }
        guard let zone = byte(at: offset) else { return dateTime(.localDateTime, from: start) }
        if zone == UInt8(ascii: "Z") || zone == UInt8(ascii: "z") {
            offset += 1
        } else if zone == UInt8(ascii: "+") || zone == UInt8(ascii: "-") {
            offset += 1
            _ = try field(Self.hoursPerDay - 1, "offset hours")
            try expect(UInt8(ascii: ":"), "between the offset's hours and minutes")
            _ = try field(Self.minutesPerHour - 1, "offset minutes")
        } else {
            return dateTime(.localDateTime, from: start)
        }
        return dateTime(.offsetDateTime, from: start)
    }

    private func dateTime(_ form: TOMLDateTime.Form, from start: Int) -> TOMLValue {
        TOMLValue(.dateTime(TOMLDateTime(form: form, text: text(start..<offset))), at: start)
    }

    private mutating func parseDate() throws(TOMLSyntaxError) {
        let year = try digits(Self.yearDigits, "year")
        try expect(UInt8(ascii: "-"), "after the year")
        let monthStart = offset
        let month = try digits(2, "month")
        guard (1...Self.monthsPerYear).contains(month) else {
            throw TOMLSyntaxError(at: monthStart, .dateTime, "there is no month \(month); months run from 01 to 12")
        }
        try expect(UInt8(ascii: "-"), "after the month")
        let dayStart = offset
        let day = try digits(2, "day")
        let isLeap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = Self.daysInMonth[month - 1] + (month == Self.february && isLeap ? 1 : 0)
        guard (1...days).contains(day) else {
            throw TOMLSyntaxError(at: dayStart, .dateTime, "day \(day) is not in month \(month) of \(year), which has \(days) days")
        }
    }

    /// `HH:MM:SS` with an optional fraction; `after` names what precedes a missing time.
    private mutating func parseTime(after: String?) throws(TOMLSyntaxError) {
        if let after, !(byte(at: offset).map(Self.isDigit) ?? false) {
            throw TOMLSyntaxError(
                at: offset, .dateTime, "expected a time like 07:32:00 after \(after), found \(describeByte(at: offset))")
        }
        _ = try field(Self.hoursPerDay - 1, "hour")
        try expect(UInt8(ascii: ":"), "after the hour")
        _ = try field(Self.minutesPerHour - 1, "minute")
        try expect(UInt8(ascii: ":"), "after the minute (TOML 1.0 times have seconds: 07:32:00)")
        _ = try field(Self.maximumSecond, "second")
        if byte(at: offset) == ASCII.dot {
            offset += 1
            guard let digit = byte(at: offset), Self.isDigit(digit) else {
                throw TOMLSyntaxError(
                    at: offset, .dateTime, "expected a digit after the decimal point of the seconds, found \(describeByte(at: offset))")
            }
            while let digit = byte(at: offset), Self.isDigit(digit) { offset += 1 }
        }
    }

    /// Two digits no larger than `maximum`.
    private mutating func field(_ maximum: Int, _ name: String) throws(TOMLSyntaxError) -> Int {
        let start = offset
        let value = try digits(2, name)
        guard value <= maximum else {
            throw TOMLSyntaxError(at: start, .dateTime, "\(value) is not a valid \(name); it runs from 00 to \(maximum)")
        }
        return value
    }

    private mutating func digits(_ count: Int, _ name: String) throws(TOMLSyntaxError) -> Int {
        var value = 0
        for _ in 0..<count {
            guard let byte = byte(at: offset), Self.isDigit(byte) else {
                let number = count == Self.yearDigits ? "four" : "two"
                throw TOMLSyntaxError(
                    at: offset, .dateTime, "expected \(number) digits for the \(name), found \(describeByte(at: offset))")
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            offset += 1
        }
        return value
    }

    private mutating func expect(_ separator: UInt8, _ context: String) throws(TOMLSyntaxError) {
        guard byte(at: offset) == separator else {
            throw TOMLSyntaxError(
                at: offset, .dateTime,
                "expected \"\(Character(Unicode.Scalar(separator)))\" \(context), found \(describeByte(at: offset))")
        }
        offset += 1
    }
}
