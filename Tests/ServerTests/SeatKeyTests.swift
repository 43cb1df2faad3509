import Testing

@testable import Server

@Suite struct SeatKeyTests {
    @Test func aFacilitatorKeyIsNotARoleKey() {
        #expect(SeatKey(table: 1, role: nil) != SeatKey(table: 1, role: "beheer"))
        #expect(SeatKey(table: 2, role: nil).description == "table 2 · facilitator")
    }
}
