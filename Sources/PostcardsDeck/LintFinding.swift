import PostcardsCore

/// One line of `postcards lint` output: `file:line:col: error|warning: message`.
public struct LintFinding: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Hashable, Sendable {
        /// The deck should not ship like this; `lint` exits non-zero.
        case error
        /// Worth a look, but a judgement call.
        case warning
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// What `lint` found in a set of decks, with its one-line summary.
public struct LintReport: Sendable {
    public var findings: [LintFinding]
    public var fileCount: Int
    public var cardCount: Int
    /// True when a path was missing or held no decks (sysexits 66 rather than 65).
    public var missingInput: Bool

    public init(findings: [LintFinding], fileCount: Int, cardCount: Int, missingInput: Bool = false) {
        self.findings = findings
        self.fileCount = fileCount
        self.cardCount = cardCount
        self.missingInput = missingInput
    }

    public var errorCount: Int { findings.count { $0.severity == .error } }
    public var warningCount: Int { findings.count { $0.severity == .warning } }

    /// `6 files, 296 cards: 0 errors, 3 warnings`
    public var summary: String {
        "\(plural(fileCount, "file")), \(plural(cardCount, "card")): "
            + "\(plural(errorCount, "error")), \(plural(warningCount, "warning"))"
    }

    private func plural(_ count: Int, _ noun: String) -> String { "\(count) \(noun)\(count == 1 ? "" : "s")" }
}
