import GameRules
import TOML

/// Reads what a district went through before the game: `dug = [2024, 2025]`, the years its
/// street was opened (graafrust after the last one may still hold at the start), and
/// `nuisance`, the nuisance its residents still feel at the start.
enum DistrictBefore {
    /// Fills `district.dugBefore` and `district.startNuisance` from `reader`.
    static func read(
        _ reader: TableReader, into district: inout DistrictSpec, firstYear: Int
    ) {
        district.startNuisance = reader.nonNegative("nuisance") ?? 0
        guard let years = reader.node("dug") else { return }
        let items: [TOMLNode]
        switch years.value {
        case .array(let list): items = list
        case .integer, .float: items = [years]
        default:
            reader.wrongType("dug", years, expected: "a list of years, such as `[2024, 2025]`")
            return
        }
        for item in items {
            guard let year = TableReader.integer(item.value) else {
                reader.sink.error(
                    DiagnosticID.wrongType,
                    "a year in `dug` must be a whole number, but here it is "
                        + ValueDescription.of(item.value),
                    at: item.location)
                continue
            }
            guard GameBasics.years.contains(year), year < firstYear else {
                reader.sink.error(
                    DiagnosticID.yearOutOfRange,
                    "`dug` names \(year), but it lists the years before the game, which starts in \(firstYear)",
                    at: item.location,
                    suggestion:
                        "write years before \(firstYear); an opening in the game comes from a digging project"
                )
                continue
            }
            district.dugBefore.append(year - firstYear)
        }
    }

    /// Warns when the graafrust after the last year in `dug` is over before the game, so
    /// that `dug` changes nothing.
    static func warnIfOver(
        _ districts: [DistrictSpec], graafrust: Int, firstYear: Int, root: TableReader
    ) {
        guard case .table(let tables)? = root.table["districts"]?.value else { return }
        for district in districts {
            guard let last = district.dugBefore.max(), last + graafrust < 0,
                case .table(let own)? = tables[district.id]?.value,
                let location = own.entry("dug")?.keyLocation
            else { continue }
            root.sink.warning(
                DiagnosticID.unusedKey,
                "district `\(district.id)` was last dug in \(last + firstYear); with `graafrust = \(graafrust)` its rest ended before \(firstYear), so `dug` changes nothing",
                at: location,
                suggestion: "raise `graafrust` in `[digging]`, or write a later year")
        }
    }
}
