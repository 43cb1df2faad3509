/// The one reference a view's fields live behind, shared by copies of the view until one of
/// them changes it.
@usableFromInline final class RoleViewBox: @unchecked Sendable {
    // @unchecked, and no exclusivity checks: the fields change only through `RoleView`'s
    // `_modify` accessors, on a box no other copy of the view shares, so no two accesses
    // ever overlap (and reading a field, done constantly, costs no check).
    /// The view's fields.
    @usableFromInline @exclusivity(unchecked) var fields: RoleViewFields

    /// A box holding `fields`.
    @usableFromInline init(_ fields: RoleViewFields) { self.fields = fields }
}
