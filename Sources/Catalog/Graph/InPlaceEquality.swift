extension Array where Element: Equatable {
    /// `==`, comparing each pair of elements where they are stored. The generic `==` copied
    /// every element (a model: a dozen strings and arrays retained and released) to compare it;
    /// `atlas serve` compares the last catalog's 3,000 models at 100x on each edit.
    func equalsInPlace(_ other: [Element]) -> Bool {
        guard count == other.count else { return false }
        return withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { theirs in
                if mine.baseAddress == theirs.baseAddress { return true }
                for index in mine.indices where mine[index] != theirs[index] { return false }
                return true
            }
        }
    }
}

extension Array where Element == ResultsTable {
    /// Equal but for the tables' cells (`ResultsTable.placeAndShapeEqual`), compared where they
    /// are stored: a copy of a table holds its cells.
    func placesAndShapesEqual(_ other: [ResultsTable]) -> Bool {
        guard count == other.count else { return false }
        return withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { theirs in
                for index in mine.indices where !ResultsTable.placeAndShapeEqual(mine[index], theirs[index]) {
                    return false
                }
                return true
            }
        }
    }
}
