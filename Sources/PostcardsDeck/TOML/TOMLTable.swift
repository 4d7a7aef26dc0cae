/// A TOML table: its keys in the order written, each with where it was written. A class, so
/// that headers and dotted keys further down the file can add to a table already placed in
/// its parent.
final class TOMLTable {
    /// How the table came to be, which decides what may add to it later (TOML 1.0, "Table").
    enum Definition {
        /// Made as the parent of a header, as `a` by `[a.b]`: a later `[a]` may still define it.
        case implicit
        /// Defined by its own `[header]` or `[[header]]`, or the root.
        case header
        /// Made by dotted keys (`a.b = 1` makes `a`): no header may define it again.
        case dotted
        /// Written `{ … }`: complete as written, nothing may add to it.
        case inline
    }

    struct Entry {
        /// Compared before the key: unequal strings compare slowly, integers do not.
        fileprivate var fingerprint: UInt64
        var key: String
        /// Where the key was written; for a table made by a header, the header's `[`.
        var keyOffset: Int
        var value: TOMLValue
    }

    /// Up to this many keys a scan beats hashing; a card has about five.
    private static let linearSearchLimit = 12
    /// Room for a card's keys in one allocation.
    private static let initialCapacity = 8

    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]
    var definition: Definition
    /// The header's `[`, the inline table's `{`, or the first key of a dotted table.
    var offset: Int

    init(_ definition: Definition, at offset: Int) {
        self.definition = definition
        self.offset = offset
    }

    var count: Int { entries.count }
    var keys: [String] { entries.map(\.key) }

    func index(of key: String) -> Int? {
        if entries.count > Self.linearSearchLimit { return positions[key] }
        let fingerprint = Self.fingerprint(key)
        return entries.withUnsafeBufferPointer { entries in
            entries.indices.first { entries[$0].fingerprint == fingerprint && entries[$0].key == key }
        }
    }

    func entry(_ key: String) -> Entry? { index(of: key).map { entries[$0] } }

    subscript(key: String) -> TOMLValue? { index(of: key).map { entries[$0].value } }

    /// Adds a key the caller has checked is new.
    func append(_ key: String, at keyOffset: Int, _ value: TOMLValue) {
        if entries.isEmpty { entries.reserveCapacity(Self.initialCapacity) }
        entries.append(Entry(fingerprint: Self.fingerprint(key), key: key, keyOffset: keyOffset, value: value))
        if entries.count == Self.linearSearchLimit + 1 {
            for (index, entry) in entries.enumerated() { positions[entry.key] = index }
        } else if entries.count > Self.linearSearchLimit {
            positions[key] = entries.count - 1
        }
    }

    /// The length and first eight bytes: enough to tell apart the keys of one table.
    private static func fingerprint(_ key: String) -> UInt64 {
        var key = key
        return key.withUTF8 { bytes in
            var value = UInt64(truncatingIfNeeded: bytes.count)
            for index in 0..<min(bytes.count, 7) {
                value |= UInt64(bytes[index]) << (8 * UInt64(index + 1))
            }
            return value
        }
    }
}
