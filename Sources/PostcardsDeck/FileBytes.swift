#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole file read into one byte array, without the intermediate `Data` that
/// `Data(contentsOf:)` followed by `Array(_:)` holds at the same time: for a 23 MB export,
/// the difference between 23 and 46 MB at the import's peak.
enum FileBytes {
    struct ReadError: Error {
        /// `strerror` of the failing call.
        var reason: String

        static var current: ReadError { ReadError(reason: String(cString: strerror(errno))) }
    }

    /// `path` opened for reading, and its size; the caller closes the descriptor.
    static func open(_ path: String) throws(ReadError) -> (descriptor: Int32, size: Int) {
        let descriptor = systemOpen(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .current }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            let error = ReadError.current
            close(descriptor)
            throw error
        }
        return (descriptor, Int(status.st_size))
    }

    static func read(_ path: String) throws(ReadError) -> [UInt8] {
        let (descriptor, size) = try open(path)
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            guard count > 0 else {
                if errno == EINTR { continue }
                throw .current
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }
}

/// `open(2)`, named apart from `FileBytes.open`.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 {
    open(path, flags)
}

/// `read(2)`, named apart from `FileBytes.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
