/// The table of plans that become fixed (*vastgesteld*, seed 003's own budget cycles).
extension GameFormat {
    /// `[plans]`.
    static let plans = FormatTable([
        FormatKey(
            "fixed_before", .count,
            "Years before its start at whose review a plan is fixed: no longer moved or dropped (0 or absent: never)."
        ),
        FormatKey(
            "late_coupling_surcharge", .nonNegative,
            "What coupling a fixed plan costs its owner, per fixed project (default 0)."),
    ])
}
