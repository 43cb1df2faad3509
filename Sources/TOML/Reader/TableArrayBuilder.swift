/// An array of tables (`[[name]]`) while it is being read.
struct TableArrayBuilder {
    /// Where the first `[[name]]` header is.
    let location: SourceLocation
    /// The element tables, in order, by their numbers in the arena.
    var tables: [Int] = []
}
