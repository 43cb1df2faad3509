/// A term of an agreement that a party can break.
public enum AgreementTerm: String, Hashable, Sendable, Codable, CaseIterable {
    /// The agreed graafrust: a new opening of a resting street.
    case graafrust
    /// Sharing plans at the table every round.
    case sharePlans = "share-plans"
}
