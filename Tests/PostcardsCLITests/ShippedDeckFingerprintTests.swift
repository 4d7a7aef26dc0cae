import ShippedDeck
import Testing

/// Collections record the shipped deck's fingerprint and re-import the deck when it
/// differs, so the value compiled in must be the hash of the text compiled in, computed
/// exactly as collections made by earlier versions recorded it.
struct ShippedDeckFingerprintTests {
    @Test func theCompiledInFingerprintIsTheFNV1aOfTheEmbeddedFiles() {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in ShippedDeck.files {
            for byte in Array(file.path.utf8) + [0] + Array(file.text.utf8) + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        #expect(!ShippedDeck.files.isEmpty)
        #expect(ShippedDeck.fingerprint == String(hash, radix: 16))
    }
}
