#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file mapped into memory read-only, whose pages a reader hands back once it has moved
/// past them.
///
/// A 100k-row Anki export is 23 MB; read into an array it stays resident for the whole
/// import, next to the process's own 30 MB. Mapped, each pass over it (encoding check,
/// decks, notes) keeps only the pages it is reading: `release(below:)` drops the rest
/// from this process, and touching them again reads them back from the page cache.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
    /// How far past the last release a reader moves before releasing again.
    static let releaseStep = 1 << 20

    init(path: String) throws(FileBytes.ReadError) {
        let (descriptor, size) = try FileBytes.open(path)
        defer { close(descriptor) }
        guard size > 0 else {
            bytes = UnsafeBufferPointer(start: nil, count: 0)
            return
        }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            throw .current
        }
        bytes = UnsafeBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size)
    }

    /// Drops the whole pages before `offset` from memory; the bytes stay readable.
    func release(below offset: Int) {
        guard let base = bytes.baseAddress else { return }
        let length = min(offset, bytes.count) / Self.pageSize * Self.pageSize
        guard length > 0 else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base), length, MADV_DONTNEED)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
