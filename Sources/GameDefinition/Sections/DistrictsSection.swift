import GameRules
import TOML

/// Reads `[districts.ID]`: name, underground slots, district variables and what happened
/// before the game (`DistrictBefore`).
enum DistrictsSection {
    /// The districts and the variables they own; `variables` already holds the global ones.
    static func read(_ root: TableReader, variables: inout [VariableSpec], firstYear: Int)
        -> [DistrictSpec]
    {
        var districts: [DistrictSpec] = []
        for (index, (id, reader)) in root.namedTables("districts").enumerated() {
            var district = DistrictSpec(
                id: id.value, name: reader.playerText("name") ?? id.value, slots: 0)
            district.slots = reader.count("slots") ?? 0
            district.slotsUsed = reader.count("slots_used") ?? 0
            if district.slotsUsed > district.slots {
                root.sink.error(
                    DiagnosticID.slotsOverCapacity,
                    "district `\(id.value)` uses \(district.slotsUsed) slots at the start but has only \(district.slots)",
                    at: reader.valueLocation("slots_used"))
            }
            DistrictBefore.read(reader, into: &district, firstYear: firstYear)
            let own = VariablesSection.read(reader, district: (index, id.value))
            district.variables = Array(variables.count..<(variables.count + own.count))
            variables += own
            reader.finish()
            districts.append(district)
        }
        return districts
    }
}
