/// An array of tables (`[[name]]`) while it is being read.
final class TableArrayBuilder {
    /// Where the first `[[name]]` header is.
    let location: SourceLocation
    /// The element tables, in order.
    var tables: [TableBuilder] = []

    init(location: SourceLocation) {
        self.location = location
    }

    /// The finished array of tables.
    func build() -> TOMLNode {
        let nodes = tables.map { TOMLNode(value: .table($0.build()), location: $0.location) }
        return TOMLNode(value: .array(nodes), location: location)
    }
}
