/// A TOML date, time or date-time, checked (month and day ranges, leap years, hours,
/// minutes, seconds, offsets) but kept as written: a deck never needs the instant itself.
struct TOMLDateTime: Hashable {
    enum Form: Hashable {
        case offsetDateTime, localDateTime, localDate, localTime
    }

    var form: Form
    var text: String
}
