/// The shape of a value in a game file: what the schema for editors says a key may hold.
public indirect enum FormatValue: Sendable {
    /// Text that players read.
    case text
    /// An id or another short word that is never translated.
    case word
    /// One of these words.
    case choice([String])
    /// A condition, such as `draagvlak >= 50`.
    case condition
    /// A value expression, such as `noord.leefbaarheid + 5`.
    case expression
    /// One effect, such as `draagvlak += 5`, or a list of them.
    case effects
    /// A whole number, within `range` when given.
    case integer(ClosedRange<Int>?)
    /// A number, within `range` when given.
    case number(ClosedRange<Double>?)
    /// `true` or `false`.
    case boolean
    /// A list of values of one shape.
    case list(FormatValue)
    /// One value, or a list of them (the reader takes both).
    case oneOrList(FormatValue)
    /// A table with known keys.
    case table(FormatTable)
    /// A list of tables with known keys (`[[key]]`).
    case tables(FormatTable)
    /// Tables with known keys, one under each id the game chooses (`[key.ID]`).
    case named(FormatTable)
    /// Free names (chosen by the game) with values of one shape.
    case map(FormatValue)
    /// Any of these shapes.
    case either([FormatValue])

    /// A calendar year.
    static let year = FormatValue.integer(1000...9999)
    /// A number from 0 to 1.
    static let fraction = FormatValue.number(0...1)
    /// A number from 0 to 100, such as trust.
    static let percent = FormatValue.number(0...100)
    /// A number of at least 0.
    static let nonNegative = FormatValue.number(0...Double.greatestFiniteMagnitude)
    /// A whole number of at least 0.
    static let count = FormatValue.integer(0...Int.max)
}
