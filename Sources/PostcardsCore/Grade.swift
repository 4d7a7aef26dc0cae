/// SM-2's answer quality q, 0 (blackout) … 5 (perfect).
public struct Grade: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: Int

    public static let range = 0...5
    public static let all: [Grade] = range.map { Grade(uncheckedValue: $0) }
    /// q ≥ 3 counts as a correct recall (SM-2 step 4).
    public static let passThreshold = 3
    /// q < 4 sends the card back to the end of today's queue (SM-2 step 7).
    public static let redrillThreshold = 4

    public init?(_ value: Int) {
        guard Grade.range.contains(value) else { return nil }
        self.value = value
    }

    private init(uncheckedValue: Int) { value = uncheckedValue }

    public var isPass: Bool { value >= Grade.passThreshold }
    public var needsRedrill: Bool { value < Grade.redrillThreshold }

    public var meaning: String {
        switch value {
        case 0: "blackout"
        case 1: "wrong, familiar"
        case 2: "wrong, easy to recall"
        case 3: "right, hard"
        case 4: "right, hesitant"
        default: "perfect"
        }
    }

    public var description: String { String(value) }

    public static func < (lhs: Grade, rhs: Grade) -> Bool { lhs.value < rhs.value }
}
