import Foundation
import Testing

@testable import GameRules

/// The values of a refusal, kept inline: the same collection, equality and encoding as the
/// array they replace.
@Suite struct RejectionValuesTests {
    static let samples: [[RejectionValue]] = [
        [], [.project(3)], [.fund(1), .money(2.5)], [.money(1), .money(2), .money(3)],
        [.project(0), .round(1), .round(2), .role(3)], [.condition(project: 4), .trust(-1)],
    ]

    @Test("each value is read back in order, and the count is the number given", arguments: samples)
    func readsBackInOrder(_ values: [RejectionValue]) {
        let inline = RejectionValues(values)
        #expect(inline.count == values.count)
        #expect(Array(inline) == values)
        #expect(inline.last == values.last)
    }

    @Test("the positional initializers keep the order", arguments: [1, 2, 3, 4])
    func positional(_ count: Int) {
        let all: [RejectionValue] = [.project(1), .role(2), .money(3), .trust(4)]
        let made: RejectionValues =
            switch count {
            case 1: RejectionValues(all[0])
            case 2: RejectionValues(all[0], all[1])
            case 3: RejectionValues(all[0], all[1], all[2])
            default: RejectionValues(all[0], all[1], all[2], all[3])
            }
        #expect(Array(made) == Array(all.prefix(count)))
    }

    @Test("equal and hashed alike exactly when the arrays are")
    func equalityFollowsTheArrays() {
        for a in Self.samples {
            for b in Self.samples {
                #expect((RejectionValues(a) == RejectionValues(b)) == (a == b))
                if a == b { #expect(RejectionValues(a).hashValue == RejectionValues(b).hashValue) }
            }
        }
        // Unused slots never count: no values equals no values, whatever made them.
        #expect(RejectionValues([]) == RejectionValues())
        #expect(RejectionValues([.count(0)]) != RejectionValues())
    }

    @Test("encoded as the array of its values, and read back", arguments: samples)
    func encodesAsAnArray(_ values: [RejectionValue]) throws {
        let inline = try JSONEncoder().encode(RejectionValues(values))
        #expect(inline == (try JSONEncoder().encode(values)))
        #expect(
            try JSONDecoder().decode(RejectionValues.self, from: inline) == RejectionValues(values))
    }

    @Test("more than four values in a file are refused, not cut")
    func tooManyValuesAreRefused() throws {
        let five = try JSONEncoder().encode([RejectionValue](repeating: .count(1), count: 5))
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(RejectionValues.self, from: five)
        }
    }

    @Test("a refusal made by the rules names as many values as its reason says")
    func rulesRefusalsHaveTheirArity() {
        let rejection = Rejection(.overBudget, .money(9), .money(5), .money(4), .money(5))
        #expect(rejection.values.count == Rejection.Reason.overBudget.arity)
        #expect(rejection.values == [.money(9), .money(5), .money(4), .money(5)])
    }
}
