/// Places headers and key/value pairs into the tree and enforces TOML 1.0's rules on what
/// may be defined where: no key twice, no table twice, no `[table]` over one made by dotted
/// keys, no dotted keys into a `[table]` defined elsewhere, no `[[name]]` on an inline array
/// or a table, nothing added to an inline table.
struct TOMLBuilder {
    let root = TOMLTable(.header, at: 0)
    /// Where key/value lines go: the table of the last header.
    private(set) var current: TOMLTable

    init() {
        current = root
    }

    /// `[a.b.c]`: defines `c`, making `a` and `a.b` if they are new.
    mutating func openTable(_ key: TOMLKeyPath, header: Int) throws(TOMLSyntaxError) {
        let parent = try parentOfHeader(key, header: header)
        let last = key[key.count - 1]
        guard let existing = parent.entry(last.name) else {
            current = TOMLTable(.header, at: header)
            parent.append(last.name, at: header, TOMLValue(.table(current), at: header))
            return
        }
        if let table = existing.value.table, table.definition == .implicit {
            table.definition = .header
            table.offset = header
            current = table
            return
        }
        let name = key.written(through: key.count - 1)
        let problem =
            switch (existing.value.kind, existing.value.table?.definition) {
            case (_, .header?): "table [\(name)] is defined twice"
            case (_, .dotted?): "table \(name) is already defined by dotted keys, so a [\(name)] header cannot define it again"
            case (_, .inline?): "\(name) is an inline table, which cannot be added to"
            case (.arrayOfTables, _):
                "\(name) is an array of tables; add an element with [[\(name)]], not [\(name)]"
            default: "\(name) is already \(existing.value.kindName), not a table"
            }
        throw redefinition(problem, at: last.offset, first: existing.keyOffset)
    }

    /// `[[a.b]]`: appends a table to the array `a.b`, making it if it is new.
    mutating func openArrayTable(_ key: TOMLKeyPath, header: Int) throws(TOMLSyntaxError) {
        let parent = try parentOfHeader(key, header: header)
        let last = key[key.count - 1]
        let element = TOMLTable(.header, at: header)
        guard let existing = parent.entry(last.name) else {
            parent.append(last.name, at: header, TOMLValue(.arrayOfTables(TOMLArrayOfTables(element)), at: header))
            current = element
            return
        }
        guard case let .arrayOfTables(array) = existing.value.kind else {
            let name = key.written(through: key.count - 1)
            let what = existing.value.array != nil ? "an array written with [ ]" : existing.value.kindName
            throw redefinition("\(name) is already \(what), so [[\(name)]] cannot add to it", at: last.offset, first: existing.keyOffset)
        }
        array.tables.append(element)
        current = element
    }

    /// The table that holds the header's last part: every part before it is walked into (the
    /// last element, for an array of tables) or made.
    private func parentOfHeader(_ key: TOMLKeyPath, header: Int) throws(TOMLSyntaxError) -> TOMLTable {
        var table = root
        for index in 0..<key.count - 1 {
            let part = key[index]
            guard let existing = table.entry(part.name) else {
                let made = TOMLTable(.implicit, at: header)
                table.append(part.name, at: header, TOMLValue(.table(made), at: header))
                table = made
                continue
            }
            switch existing.value.kind {
            case let .table(next) where next.definition != .inline:
                table = next
            case let .arrayOfTables(array):
                // Never empty: it is made with its first table.
                table = array.tables.last ?? table
            default:
                let name = key.written(through: index)
                let what = existing.value.table != nil ? "an inline table, which cannot be added to"
                    : existing.value.array != nil ? "an array written with [ ], which a header cannot add to"
                    : "\(existing.value.kindName), not a table"
                throw redefinition("\(name) is already \(what)", at: part.offset, first: existing.keyOffset)
            }
        }
        return table
    }

    /// `a.b.c = value` into `table`: `a` and `a.b` are made, or walked into if dotted keys
    /// made them; `c` must be new.
    func insert(_ key: TOMLKeyPath, _ value: TOMLValue, into table: TOMLTable) throws(TOMLSyntaxError) {
        var target = table
        for index in 0..<key.count - 1 {
            target = try dottedParent(key, index, in: target)
        }
        let last = key[key.count - 1]
        if let existing = target.entry(last.name) {
            let name = key.written(through: key.count - 1)
            throw redefinition("key \"\(name)\" is defined twice", at: last.offset, first: existing.keyOffset)
        }
        target.append(last.name, at: last.offset, value)
    }

    private func dottedParent(_ key: TOMLKeyPath, _ index: Int, in table: TOMLTable) throws(TOMLSyntaxError) -> TOMLTable {
        let part = key[index]
        guard let existing = table.entry(part.name) else {
            let made = TOMLTable(.dotted, at: part.offset)
            table.append(part.name, at: part.offset, TOMLValue(.table(made), at: part.offset))
            return made
        }
        let name = key.written(through: index)
        guard let next = existing.value.table else {
            throw redefinition("\(name) is already \(existing.value.kindName), not a table", at: part.offset, first: existing.keyOffset)
        }
        switch next.definition {
        case .dotted:
            return next
        case .implicit:
            // Dotted keys now define it, so no header may define it later.
            next.definition = .dotted
            return next
        case .header:
            throw redefinition(
                "\(name) is a table with a [header] of its own, so dotted keys cannot add to it", at: part.offset,
                first: existing.keyOffset)
        case .inline:
            throw redefinition("\(name) is an inline table, which cannot be added to", at: part.offset, first: existing.keyOffset)
        }
    }

    private func redefinition(_ problem: String, at offset: Int, first: Int) -> TOMLSyntaxError {
        TOMLSyntaxError(
            at: offset, .document, problem, related: first,
            hint: "Define each key and table once: rename one, or merge them.")
    }
}
