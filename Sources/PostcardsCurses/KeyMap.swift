import CNcursesw
import PostcardsTUI

/// ncurses key codes to `Key`.
enum KeyMap {
    static let lineFeed: UInt32 = 10
    static let carriageReturn: UInt32 = 13
    static let escape: UInt32 = 27
    static let tab: UInt32 = 9
    static let delete: UInt32 = 127
    static let backspaceControl: UInt32 = 8
    static let firstPrintable: UInt32 = 32

    static func character(_ value: UInt32) -> Key {
        switch value {
        case lineFeed, carriageReturn: return .enter
        case escape: return .escape
        case tab: return .tab
        case delete, backspaceControl: return .backspace
        case ..<firstPrintable: return .other
        default: return Unicode.Scalar(value).map { .character(Character($0)) } ?? .other
        }
    }

    static func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        default: .other
        }
    }
}

/// Colour pairs for `Style.Color`, on the terminal's own background.
enum ColorPairs {
    static let accent: Int16 = 1
    static let good: Int16 = 2
    static let warning: Int16 = 3
    static let bad: Int16 = 4
    /// -1 after `use_default_colors`: the terminal's default background.
    static let defaultBackground: Int16 = -1

    static func start() {
        start_color()
        use_default_colors()
        init_pair(accent, Int16(COLOR_CYAN), defaultBackground)
        init_pair(good, Int16(COLOR_GREEN), defaultBackground)
        init_pair(warning, Int16(COLOR_YELLOW), defaultBackground)
        init_pair(bad, Int16(COLOR_RED), defaultBackground)
    }

    static func pair(_ color: Style.Color?) -> Int16 {
        switch color {
        case .accent?: accent
        case .good?: good
        case .warning?: warning
        case .bad?: bad
        // Muted text is drawn dim rather than in a colour, so it reads on any background.
        case .muted?, nil: 0
        }
    }
}
