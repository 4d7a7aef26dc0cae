import Foundation

/// Maps instants to study days: a day starts at `rolloverHour` local time, so a review at
/// 01:30 still belongs to the evening before (as in Anki, default 4 am).
public struct DayClock: Sendable {
    public static let defaultRolloverHour = 4

    public let timeZone: TimeZone
    public let rolloverHour: Int
    private let calendar: Calendar

    public init(timeZone: TimeZone = .current, rolloverHour: Int = DayClock.defaultRolloverHour) {
        self.timeZone = timeZone
        self.rolloverHour = min(max(rolloverHour, 0), 23)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The study day an instant belongs to.
    public func day(containing date: Date) -> Day {
        let parts = calendar.dateComponents([.year, .month, .day, .hour], from: date)
        let civil = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
        return (parts.hour ?? 0) < rolloverHour ? civil - 1 : civil
    }

    /// The instant a study day begins. Uses the calendar, never 86 400-second steps, so
    /// days around a DST change are 23 or 25 hours long as they really are.
    public func start(of day: Day) -> Date {
        let (year, month, dayOfMonth) = day.components
        let parts = DateComponents(year: year, month: month, day: dayOfMonth, hour: rolloverHour)
        if let date = calendar.date(from: parts) { return date }
        return Date(timeIntervalSince1970: Double(day.ordinal) * 86_400)
    }

    /// Local hour of day (0–23) of an instant, for the hourly breakdown.
    public func hour(of date: Date) -> Int {
        calendar.component(.hour, from: date)
    }
}
