/// An expression as written, before its names are resolved; every part keeps its offset.
indirect enum ExpressionSyntax: Hashable, Sendable {
    case number(Double, offset: Int)
    case boolean(Bool, offset: Int)
    case name(String, offset: Int)
    case wildcard(offset: Int)
    case call(String, [ExpressionSyntax], offset: Int)
    case unary(String, ExpressionSyntax, offset: Int)
    case binary(String, ExpressionSyntax, ExpressionSyntax, offset: Int)

    /// Where this part starts in the text.
    var offset: Int {
        switch self {
        case .number(_, let offset), .boolean(_, let offset), .name(_, let offset),
            .wildcard(let offset),
            .call(_, _, let offset), .unary(_, _, let offset):
            return offset
        case .binary(_, let left, _, _):
            return left.offset
        }
    }

    /// The number of levels of the tree: 1 for a single value.
    var height: Int {
        switch self {
        case .number, .boolean, .name, .wildcard: return 1
        case .call(_, let arguments, _): return 1 + (arguments.map(\.height).max() ?? 0)
        case .unary(_, let operand, _): return 1 + operand.height
        case .binary(_, let left, let right, _): return 1 + max(left.height, right.height)
        }
    }
}
