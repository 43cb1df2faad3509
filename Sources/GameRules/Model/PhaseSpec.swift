/// One phase of a round: what happens in it and whether players act in it.
public struct PhaseSpec: Hashable, Sendable, Codable {
    /// What a phase does.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// Events resolve and are told (automatic).
        case news
        /// Roles schedule projects, pledge money and answer dilemmas.
        case planning
        /// Roles propose couplings, make commitments, transfer money, change the form.
        case table
        /// Proposals, fund spending and dilemmas are settled (automatic).
        case decision
        /// Projects progress and pay; streets open (automatic).
        case execution
        /// Indicators, goals, trust drift and scores (automatic).
        case review

        /// Whether players act in this phase.
        public var isInteractive: Bool { self == .planning || self == .table }
    }

    /// The phase's id, as the facilitator named it (`plannen`, `overleg`).
    public var id: String
    /// The display name.
    public var name: String
    /// What the phase does.
    public var kind: Kind
    /// Whether roles act secretly (one at a time, hidden from each other).
    public var secret: Bool

    /// Creates a phase.
    public init(id: String, name: String, kind: Kind, secret: Bool) {
        self.id = id
        self.name = name
        self.kind = kind
        self.secret = secret
    }

    /// The six usual phases of DESIGN.md, with Dutch names.
    public static let standard: [PhaseSpec] = [
        PhaseSpec(id: "nieuws", name: "nieuws", kind: .news, secret: false),
        PhaseSpec(id: "plannen", name: "plannen", kind: .planning, secret: true),
        PhaseSpec(id: "overleg", name: "overleg", kind: .table, secret: false),
        PhaseSpec(id: "besluit", name: "besluit", kind: .decision, secret: false),
        PhaseSpec(id: "uitvoering", name: "uitvoering", kind: .execution, secret: false),
        PhaseSpec(id: "evaluatie", name: "evaluatie", kind: .review, secret: false),
    ]
}
