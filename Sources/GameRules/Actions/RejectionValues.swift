/// The values a refusal names, at most four, kept inline in the refusal.
///
/// The rules make and drop a refusal for most candidate actions a bot weighs, so its values
/// are not an array: a refusal allocates nothing. It encodes as the array of its values.
public struct RejectionValues: RandomAccessCollection, Hashable, Sendable, Codable,
    ExpressibleByArrayLiteral
{
    /// The most values a refusal names (`Rejection.Reason.arity`).
    public static let capacity = 4

    private typealias Slots = (RejectionValue, RejectionValue, RejectionValue, RejectionValue)
    private static let unused = RejectionValue.count(0)

    private var slots: Slots
    /// The number of values.
    public let count: Int

    /// No values.
    public init() {
        self.init(count: 0, (Self.unused, Self.unused, Self.unused, Self.unused))
    }

    /// One value.
    public init(_ a: RejectionValue) {
        self.init(count: 1, (a, Self.unused, Self.unused, Self.unused))
    }

    /// Two values, in order.
    public init(_ a: RejectionValue, _ b: RejectionValue) {
        self.init(count: 2, (a, b, Self.unused, Self.unused))
    }

    /// Three values, in order.
    public init(_ a: RejectionValue, _ b: RejectionValue, _ c: RejectionValue) {
        self.init(count: 3, (a, b, c, Self.unused))
    }

    /// Four values, in order.
    public init(_ a: RejectionValue, _ b: RejectionValue, _ c: RejectionValue, _ d: RejectionValue)
    {
        self.init(count: 4, (a, b, c, d))
    }

    /// The values of `values`, which holds at most `capacity` of them.
    public init(_ values: some Collection<RejectionValue>) {
        precondition(values.count <= Self.capacity, "a refusal names at most 4 values")
        var slots: Slots = (Self.unused, Self.unused, Self.unused, Self.unused)
        for (index, value) in values.enumerated() { Self.set(&slots, index, value) }
        self.init(count: values.count, slots)
    }

    /// The values listed.
    public init(arrayLiteral elements: RejectionValue...) {
        self.init(elements)
    }

    private init(count: Int, _ slots: Slots) {
        self.count = count
        self.slots = slots
    }

    /// 0.
    public var startIndex: Int { 0 }
    /// `count`.
    public var endIndex: Int { count }

    /// The value at `index`.
    public subscript(index: Int) -> RejectionValue {
        precondition(index >= 0 && index < count, "no value \(index) of \(count)")
        switch index {
        case 0: return slots.0
        case 1: return slots.1
        case 2: return slots.2
        default: return slots.3
        }
    }

    private static func set(_ slots: inout Slots, _ index: Int, _ value: RejectionValue) {
        switch index {
        case 0: slots.0 = value
        case 1: slots.1 = value
        case 2: slots.2 = value
        default: slots.3 = value
        }
    }

    /// The same values in the same order.
    public static func == (lhs: RejectionValues, rhs: RejectionValues) -> Bool {
        lhs.elementsEqual(rhs)
    }

    /// Hashes the values in order.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        for value in self { hasher.combine(value) }
    }

    /// Reads the array of values `encode(to:)` writes.
    public init(from decoder: any Decoder) throws {
        let values = try [RejectionValue](from: decoder)
        guard values.count <= Self.capacity else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a refusal names at most \(Self.capacity) values"))
        }
        self.init(values)
    }

    /// Writes the values as an array.
    public func encode(to encoder: any Encoder) throws {
        try Array(self).encode(to: encoder)
    }
}
