import Foundation
import Testing
@testable import PostcardsCLI

/// `POSTCARDS_NOW` accepts RFC 3339 instants, as it did through ISO8601DateFormatter.
struct InternetInstantTests {
    @Test(arguments: [
        ("2026-11-27T15:00:00Z", 1_795_791_600.0),
        ("2026-12-01T09:30:00+01:00", 1_796_113_800.0),
        ("2026-12-01T08:30:00Z", 1_796_113_800.0),
        ("2026-12-01T03:30:00-05:00", 1_796_113_800.0),
        ("2024-02-29T23:59:59Z", 1_709_251_199.0),
        ("1970-01-01T00:00:00.250Z", 0.25),
        ("2026-12-01T08:30:00.5+00:00", 1_796_113_800.5),
    ])
    func readsUTCOffsetsAndFractions(text: String, seconds: Double) {
        #expect(AppContext.parseInstant(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: [
        "", "2026-11-27", "2026-11-27T15:00:00", "2026-11-27 15:00:00Z", "2026-13-01T00:00:00Z",
        "2026-02-30T00:00:00Z", "2026-11-27T24:00:00Z", "2026-11-27T15:60:00Z", "2026-11-27T15:00:00.Z",
        "2026-11-27T15:00:00+0100", "2026-11-27T15:00:00+01", "2026-11-27T15:00:00Zjunk", "tomorrow",
        "2026-11-27T1a:00:00Z",
    ])
    func refusesAnythingElse(text: String) {
        #expect(AppContext.parseInstant(text) == nil)
    }
}
