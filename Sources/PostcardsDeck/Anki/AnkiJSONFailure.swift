/// A `DecodingError` in a few words: where in the JSON, and what was wrong.
enum AnkiJSONFailure {
    static func describe(_ error: DecodingError) -> String {
        let context: DecodingError.Context
        switch error {
        case let .dataCorrupted(found), let .keyNotFound(_, found), let .typeMismatch(_, found), let .valueNotFound(_, found):
            context = found
        @unknown default:
            return "\(error)"
        }
        let path = context.codingPath.map(\.stringValue).joined(separator: ".")
        let what = context.debugDescription.hasSuffix(".") ? String(context.debugDescription.dropLast()) : context.debugDescription
        return path.isEmpty ? what : "\(what) (at \(path))"
    }
}
