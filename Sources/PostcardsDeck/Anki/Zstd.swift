import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// zstd decompression through the system's shared library, loaded at run time.
///
/// Modern Anki exports compress the collection with zstd. A fresh Debian/Ubuntu machine has
/// the runtime `libzstd.so.1` (dpkg itself needs it) but not the headers of `libzstd-dev`,
/// so a C module would not build from a fresh clone; `dlopen` needs neither headers nor a
/// link-time dependency, and only `.apkg` files from Anki ≥ 2.1.50 ever reach it.
struct Zstd {
    enum Failure: Error, Equatable {
        /// No libzstd on this machine.
        case libraryMissing(tried: [String])
        /// The data is not zstd, or is damaged; the message is zstd's.
        case corrupt(String)
        /// The input ended inside a frame.
        case truncated
        /// The output would exceed the limit.
        case tooLarge(limit: Int64)
        /// So much output from so little input that it can only be a zstd bomb.
        case inflatesTooMuch(input: Int64, output: Int64)
    }

    static let standardLibraryNames = ["libzstd.so.1", "libzstd.so", "libzstd.1.dylib", "/opt/homebrew/lib/libzstd.1.dylib"]
    /// Names the library a non-standard install put elsewhere (a path or a soname).
    static let libraryVariable = "POSTCARDS_ZSTD_LIBRARY"

    /// `POSTCARDS_ZSTD_LIBRARY` when set, else the names the system's loader knows.
    static var libraryNames: [String] {
        if let name = ProcessInfo.processInfo.environment[libraryVariable], !name.isEmpty { return [name] }
        return standardLibraryNames
    }
    static let chunkSize = 1 << 17

    // The zstd API (zstd.h, stable since 1.3): a stream object plus in/out buffer structs of
    // three machine words each — { pointer, size, pos } — filled in by hand below.
    private typealias CreateStream = @convention(c) () -> OpaquePointer?
    private typealias FreeStream = @convention(c) (OpaquePointer?) -> Int
    private typealias DecompressStream = @convention(c) (OpaquePointer?, UnsafeMutableRawPointer, UnsafeMutableRawPointer) -> Int
    private typealias IsError = @convention(c) (Int) -> UInt32
    private typealias ErrorName = @convention(c) (Int) -> UnsafePointer<CChar>?

    private let handle: UnsafeMutableRawPointer
    private let createStream: CreateStream
    private let freeStream: FreeStream
    private let decompressStream: DecompressStream
    private let isError: IsError
    private let errorName: ErrorName

    /// Loads libzstd; the caller must `close()` it.
    static func load(from names: [String] = libraryNames) throws(Failure) -> Zstd {
        for name in names {
            guard let handle = dlopen(name, RTLD_NOW | RTLD_LOCAL) else { continue }
            if let library = Zstd(handle: handle) { return library }
            dlclose(handle)
        }
        throw .libraryMissing(tried: names)
    }

    private init?(handle: UnsafeMutableRawPointer) {
        func symbol<T>(_ name: String, as type: T.Type) -> T? {
            dlsym(handle, name).map { unsafeBitCast($0, to: type) }
        }
        guard let create = symbol("ZSTD_createDStream", as: CreateStream.self),
              let free = symbol("ZSTD_freeDStream", as: FreeStream.self),
              let decompress = symbol("ZSTD_decompressStream", as: DecompressStream.self),
              let isError = symbol("ZSTD_isError", as: IsError.self),
              let errorName = symbol("ZSTD_getErrorName", as: ErrorName.self)
        else { return nil }
        self.handle = handle
        createStream = create
        freeStream = free
        decompressStream = decompress
        self.isError = isError
        self.errorName = errorName
    }

    func close() { dlclose(handle) }

    /// Decompresses every frame of `input` into `output`, stopping with `.tooLarge` as soon
    /// as more than `limit` bytes would be written, and with `.inflatesTooMuch` as soon as
    /// `isBomb(written, read)` (a zstd bomb), before the output fills the disk.
    func decompress(
        _ input: FileHandle, to output: FileHandle, limit: Int64,
        isBomb: (_ output: Int64, _ input: Int64) -> Bool = { _, _ in false }
    ) throws -> Int64 {
        guard let stream = createStream() else { throw Failure.corrupt("out of memory") }
        defer { _ = freeStream(stream) }
        let inBuffer = UnsafeMutablePointer<Int>.allocate(capacity: 3)
        let outBuffer = UnsafeMutablePointer<Int>.allocate(capacity: 3)
        let outBytes = UnsafeMutableRawPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        defer { inBuffer.deallocate(); outBuffer.deallocate(); outBytes.deallocate() }
        var written: Int64 = 0
        var read: Int64 = 0
        var lastResult = 0
        while let chunk = try input.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            read += Int64(chunk.count)
            try chunk.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
                inBuffer[0] = Int(bitPattern: source.baseAddress)
                inBuffer[1] = source.count
                inBuffer[2] = 0
                var outputFull = true
                // Keep going while input is left or zstd may still hold output it could not flush.
                while inBuffer[2] < inBuffer[1] || outputFull {
                    outBuffer[0] = Int(bitPattern: outBytes)
                    outBuffer[1] = Self.chunkSize
                    outBuffer[2] = 0
                    let result = decompressStream(stream, outBuffer, inBuffer)
                    if isError(result) != 0 {
                        throw Failure.corrupt(errorName(result).map { String(cString: $0) } ?? "unknown error")
                    }
                    written += Int64(outBuffer[2])
                    guard written <= limit else { throw Failure.tooLarge(limit: limit) }
                    if isBomb(written, read) { throw Failure.inflatesTooMuch(input: read, output: written) }
                    try output.write(contentsOf: Data(bytes: outBytes, count: outBuffer[2]))
                    outputFull = outBuffer[2] == Self.chunkSize
                    lastResult = result
                }
            }
        }
        // zstd returns 0 exactly when a frame is complete and fully flushed.
        guard lastResult == 0, written > 0 else { throw Failure.truncated }
        return written
    }
}
