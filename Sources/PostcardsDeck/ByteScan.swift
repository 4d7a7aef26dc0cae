/// Skips runs of ordinary bytes eight at a time (SWAR: a 64-bit word as eight lanes), for the
/// scans that touch every byte of an import: a deck's line starts and string contents, and
/// the unquoted fields of a text export.
enum ByteScan {
    private static let lanes = MemoryLayout<UInt64>.size
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let firstPrintable: UInt64 = 0x20
    private static let delete: UInt64 = 0x7F

    /// Non-zero when some lane of `word` is zero.
    @inline(__always) private static func zeroLanes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }

    /// Non-zero when some lane of `word` equals `byte`.
    @inline(__always) private static func lanes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroLanes(word ^ (ones &* UInt64(byte)))
    }

    @inline(__always) private static func load(_ base: UnsafePointer<UInt8>, _ index: Int) -> UInt64 {
        // Lane 0 must be the byte at `index`, whatever the machine's byte order.
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// From `start`, the first offset of a word that may hold `first`, `second`, a control
    /// character or DEL; the caller looks at the bytes from there one by one.
    @inline(__always) static func skipPlain(
        _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAt first: UInt8, _ second: UInt8
    ) -> Int {
        guard let base = bytes.baseAddress else { return start }
        var index = start
        while index + lanes <= bytes.count {
            let word = load(base, index)
            let control = (word &- ones &* firstPrintable) & ~word & highBits
            if (control | lanes(of: word, equalTo: first) | lanes(of: word, equalTo: second)
                | lanes(of: word, equalTo: UInt8(delete))) != 0
            {
                return index
            }
            index += lanes
        }
        return index
    }

    /// The offset just past every line feed: where each line after the first starts.
    static func lineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
        var starts = [0]
        guard let base = bytes.baseAddress else { return starts }
        var index = 0
        while index + lanes <= bytes.count {
            if lanes(of: load(base, index), equalTo: ASCII.newline) != 0 {
                for lane in index..<index + lanes where bytes[lane] == ASCII.newline { starts.append(lane + 1) }
            }
            index += lanes
        }
        for lane in index..<bytes.count where bytes[lane] == ASCII.newline { starts.append(lane + 1) }
        return starts
    }
}
