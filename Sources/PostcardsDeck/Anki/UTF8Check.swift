import PostcardsCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTF-8 validation that says where the first bad byte is, so the message can name the line
/// and column ("saved as Latin-1?") instead of "the file could not be read".
enum UTF8Check {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Offset of the first byte that does not start a well-formed UTF-8 sequence, or nil.
    /// Rejects overlong forms, surrogates and values above U+10FFFF, as the standard requires.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var index = start
        let count = bytes.count
        let wordSize = MemoryLayout<UInt64>.size
        while index < count {
            // Text is mostly ASCII: eight bytes a step while none has its high bit set.
            if index + wordSize <= count,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += wordSize
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower && second <= upper else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// The 1-based line and column of a byte offset, for messages.
    static func location(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == DelimitedText.lineFeed
                || (byte == DelimitedText.carriageReturn && (index + 1 >= bytes.count || bytes[index + 1] != DelimitedText.lineFeed)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        return SourceLocation(file: file, line: line, column: scalarCount(bytes, from: lineStart, to: offset) + 1)
    }

    /// Characters (scalars) in a byte range: every byte that is not a continuation byte.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        var count = 0
        var index = start
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// Offset of the first NUL byte, or nil; `memchr` because a byte loop over a 10 MB file
    /// is slow in a debug build.
    static func firstNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress, let found = memchr(base, 0, bytes.count) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    static let utf16ByteOrderMarks: [[UInt8]] = [[0xFF, 0xFE], [0xFE, 0xFF]]

    static func startsWithUTF16ByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        utf16ByteOrderMarks.contains { bytes.starts(with: $0) }
    }

    /// Mostly-ASCII UTF-16 has a NUL in every other byte: check the first ones.
    static func looksLikeUTF16(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = 64
        let pairs = min(bytes.count, sample) / 2
        guard pairs > 0 else { return false }
        let evenNUL = (0..<pairs).filter { bytes[2 * $0] == 0 }.count
        let oddNUL = (0..<pairs).filter { bytes[2 * $0 + 1] == 0 }.count
        return max(evenNUL, oddNUL) * 4 >= pairs * 3
    }

    static func startsWithByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= byteOrderMark.count && zip(bytes, byteOrderMark).allSatisfy { $0 == $1 }
    }
}
