import GameRules
import Testing

@Suite("Cost-sharing keys")
struct CostSharingTests {
    @Test(arguments: [
        (CostSharing.proportional, 60.0, [40.0, 20.0], [40.0, 20.0]),
        (CostSharing.proportional, 30.0, [40.0, 20.0], [20.0, 10.0]),
        (CostSharing.equal, 30.0, [40.0, 20.0], [15.0, 15.0]),
        (CostSharing.fixed([0.25, 0.75]), 40.0, [1.0, 1.0], [10.0, 30.0]),
        (CostSharing.proportional, 10.0, [0.0, 0.0], [5.0, 5.0]),
        (CostSharing.fixed([1.0]), 10.0, [3.0, 1.0], [7.5, 2.5]),
    ])
    func splitsTheTotal(key: CostSharing, total: Double, work: [Double], expected: [Double]) {
        #expect(key.split(total, work: work) == expected)
    }
}
