/// An array made by `[[name]]` headers, which a later `[[name]]` extends: a class, so a
/// header can append to it in place. Arrays written `[ … ]` are plain values instead, fixed
/// once their `]` is read.
final class TOMLArrayOfTables {
    var tables: [TOMLTable]

    init(_ first: TOMLTable) {
        tables = [first]
    }
}
