/// Integers (decimal, 0x, 0o, 0b; 64-bit) and floats (fraction, exponent, inf, nan), with
/// underscores only between digits and no leading zeros, as TOML 1.0 says.
extension TOMLParser {
    private enum Radix: Int {
        case binary = 2, octal = 8, decimal = 10, hexadecimal = 16

        var name: String {
            switch self {
            case .binary: "binary"
            case .octal: "octal"
            case .decimal: "decimal"
            case .hexadecimal: "hexadecimal"
            }
        }

        func value(of byte: UInt8) -> Int? {
            guard let digit = TOMLParser.hexValue(byte), Int(digit) < rawValue else { return nil }
            return Int(digit)
        }
    }

    mutating func parseNumber() throws(TOMLSyntaxError) -> TOMLValue {
        let start = offset
        var sign = 0
        if let byte = byte(at: offset), byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            sign = byte == UInt8(ascii: "-") ? -1 : 1
            offset += 1
        }
        if let special = parseInfinityOrNaN(negative: sign < 0) { return TOMLValue(.float(special), at: start) }
        if byte(at: offset) == UInt8(ascii: "0"), let radix = radixPrefix(at: offset + 1) {
            guard sign == 0 else {
                throw TOMLSyntaxError(at: start, .number, "a \(radix.name) number may not have a sign")
            }
            offset += 2
            return TOMLValue(.integer(try integer(radix: radix, from: start, digitsAt: offset, negative: false)), at: start)
        }
        let digitsStart = offset
        try scanDigits(.decimal)
        if bytes[digitsStart] == UInt8(ascii: "0"), offset - digitsStart > 1 {
            throw TOMLSyntaxError(at: digitsStart, .number, "a number may not start with a zero (write 7, not 07)")
        }
        var isFloat = false
        if byte(at: offset) == ASCII.dot {
            offset += 1
            try scanDigits(.decimal, after: "the decimal point")
            isFloat = true
        }
        if let byte = byte(at: offset), byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            offset += 1
            if let sign = self.byte(at: offset), sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { offset += 1 }
            try scanDigits(.decimal, after: "the exponent's e")
            isFloat = true
        }
        guard isFloat else {
            return TOMLValue(.integer(try integer(radix: .decimal, from: start, digitsAt: digitsStart, negative: sign < 0)), at: start)
        }
        var written = ""
        written.unicodeScalars.reserveCapacity(offset - start)
        for byte in bytes[start..<offset] where byte != UInt8(ascii: "_") {
            written.unicodeScalars.append(Unicode.Scalar(byte))
        }
        guard let value = Double(written) else {
            throw TOMLSyntaxError(at: start, .number, "\(written) is not a number")
        }
        return TOMLValue(.float(value), at: start)
    }

    private mutating func parseInfinityOrNaN(negative: Bool) -> Double? {
        guard let first = byte(at: offset), first == UInt8(ascii: "i") || first == UInt8(ascii: "n") else { return nil }
        for (word, value) in [("inf", Double.infinity), ("nan", Double.nan)] {
            let utf8 = Array(word.utf8)
            guard offset + utf8.count <= bytes.count,
                bytes[offset..<offset + utf8.count].elementsEqual(utf8)
            else { continue }
            offset += utf8.count
            return negative ? -value : value
        }
        return nil
    }

    private func radixPrefix(at index: Int) -> Radix? {
        switch byte(at: index) {
        case UInt8(ascii: "x"): .hexadecimal
        case UInt8(ascii: "o"): .octal
        case UInt8(ascii: "b"): .binary
        default: nil
        }
    }

    /// Digits of `radix` with single underscores between them; the cursor ends after them.
    private mutating func scanDigits(_ radix: Radix, after what: String? = nil) throws(TOMLSyntaxError) {
        guard let first = byte(at: offset), radix.value(of: first) != nil else {
            let context = what.map { " after \($0)" } ?? ""
            throw TOMLSyntaxError(
                at: offset, .number, "expected a \(radix.name) digit\(context), found \(describeByte(at: offset))")
        }
        offset += 1
        while let byte = byte(at: offset) {
            if radix.value(of: byte) != nil {
                offset += 1
            } else if byte == UInt8(ascii: "_") {
                guard let next = self.byte(at: offset + 1), radix.value(of: next) != nil else {
                    throw TOMLSyntaxError(at: offset, .number, "an underscore in a number must sit between two digits")
                }
                offset += 2
            } else {
                return
            }
        }
    }

    /// The value of the digits from `digitsAt` to the cursor (scanned here for 0x, 0o, 0b).
    private mutating func integer(radix: Radix, from start: Int, digitsAt digitsStart: Int, negative: Bool) throws(TOMLSyntaxError) -> Int {
        if radix != .decimal { try scanDigits(radix) }
        // Accumulated negative, so that -9223372036854775808 fits.
        var value = 0
        for byte in bytes[digitsStart..<offset] {
            guard let digit = radix.value(of: byte) else { continue }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix.rawValue)
            let (next, overflow2) = shifted.subtractingReportingOverflow(digit)
            guard !overflow, !overflow2 else { throw tooLarge(start) }
            value = next
        }
        if negative { return value }
        guard value != Int.min else { throw tooLarge(start) }
        return -value
    }

    private func tooLarge(_ start: Int) -> TOMLSyntaxError {
        TOMLSyntaxError(
            at: start, .number, "the integer does not fit in 64 bits",
            hint: "Integers run from -9223372036854775808 to 9223372036854775807; put a longer number in quotes.")
    }
}
