/// A seat handed to someone else during the game (`/bot beheer cooperative`), as a save
/// line records it: `{"seat":{"role":"beheer","player":"cooperative"}}`.
struct SeatRecord: Codable, Hashable {
    /// The role's id.
    var role: String
    /// `person`, or the name of a built-in strategy.
    var player: String
}
