/// A TOML array: written inline (`[1, 2]`, fixed once its `]` is read) or made of `[[name]]`
/// headers, which a later `[[name]]` extends. A class, so headers can append to it in place.
final class TOMLArray {
    var elements: [TOMLValue] = []
    /// True for an array made by `[[name]]` headers; `[[name]]` on an inline array is an error.
    let isArrayOfTables: Bool

    init(isArrayOfTables: Bool, elements: [TOMLValue] = []) {
        self.isArrayOfTables = isArrayOfTables
        self.elements = elements
    }

    var count: Int { elements.count }
}
