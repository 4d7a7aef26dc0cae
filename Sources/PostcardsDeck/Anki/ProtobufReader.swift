/// Just enough of the protobuf wire format to read a few fields of Anki's schema-18 blobs
/// (note type kind, template formats, deck kind) without generated code or a dependency.
/// Unknown fields are skipped; malformed input yields nil, never a crash.
struct ProtobufReader {
    enum Value: Equatable {
        case varint(UInt64)
        case bytes([UInt8])
        case fixed64(UInt64)
        case fixed32(UInt32)
    }

    static let maximumVarintBytes = 10

    private enum WireType: UInt64 {
        case varint = 0, fixed64 = 1, lengthDelimited = 2, fixed32 = 5
    }

    /// Every (field number, value) pair in order, or nil if the blob is not valid protobuf.
    static func fields(_ bytes: [UInt8]) -> [(number: Int, value: Value)]? {
        var index = 0
        var result: [(number: Int, value: Value)] = []
        while index < bytes.count {
            guard let key = varint(bytes, &index), let wireType = WireType(rawValue: key & 0x7),
                  key >> 3 > 0, key >> 3 <= UInt64(Int32.max)
            else { return nil }
            let number = Int(key >> 3)
            switch wireType {
            case .varint:
                guard let value = varint(bytes, &index) else { return nil }
                result.append((number, .varint(value)))
            case .lengthDelimited:
                guard let length = varint(bytes, &index), length <= UInt64(bytes.count - index) else { return nil }
                let end = index + Int(length)
                result.append((number, .bytes(Array(bytes[index..<end]))))
                index = end
            case .fixed64:
                guard let value = littleEndian(bytes, &index, width: 8) else { return nil }
                result.append((number, .fixed64(value)))
            case .fixed32:
                guard let value = littleEndian(bytes, &index, width: 4) else { return nil }
                result.append((number, .fixed32(UInt32(value))))
            }
        }
        return result
    }

    /// The last varint of field `number` (protobuf's rule for repeated scalars), or nil.
    static func varint(_ number: Int, in bytes: [UInt8]) -> UInt64? {
        fields(bytes)?.last { $0.number == number }.flatMap { if case let .varint(value) = $0.value { value } else { nil } }
    }

    /// The last string of field `number`, decoded as UTF-8, or nil.
    static func string(_ number: Int, in bytes: [UInt8]) -> String? {
        fields(bytes)?.last { $0.number == number }.flatMap {
            if case let .bytes(value) = $0.value { String(validating: value, as: UTF8.self) } else { nil }
        }
    }

    private static func varint(_ bytes: [UInt8], _ index: inout Int) -> UInt64? {
        var value: UInt64 = 0
        for shift in 0..<maximumVarintBytes {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            value |= UInt64(byte & 0x7F) << UInt64(7 * shift)
            if byte & 0x80 == 0 { return value }
        }
        return nil
    }

    private static func littleEndian(_ bytes: [UInt8], _ index: inout Int, width: Int) -> UInt64? {
        guard bytes.count - index >= width else { return nil }
        var value: UInt64 = 0
        for offset in 0..<width { value |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
        index += width
        return value
    }
}
