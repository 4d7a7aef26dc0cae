import Foundation

/// The source of "now", injected so every time-dependent behaviour is testable.
public protocol Clock: Sendable {
    func now() -> Date
}

public struct SystemClock: Clock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that always reads the same instant (`POSTCARDS_NOW`, tests).
public struct FixedClock: Clock {
    public let instant: Date
    public init(_ instant: Date) { self.instant = instant }
    public func now() -> Date { instant }
}

/// A clock that starts at a given instant and then runs with real elapsed time, so a
/// scripted session under `POSTCARDS_NOW` still measures how long each answer took.
public struct AdvancingClock: Clock {
    public let start: Date
    private let origin: ContinuousClock.Instant

    public init(startingAt start: Date) {
        self.start = start
        origin = ContinuousClock.now
    }

    public func now() -> Date {
        let elapsed = ContinuousClock.now - origin
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return start.addingTimeInterval(seconds)
    }
}
