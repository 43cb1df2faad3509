/// One legal action in a decision message: its id (its place in the list), the command a
/// player would type for it, and the same in fields.
struct LegalActionEntry: Encodable {
    var id: Int
    var text: String
    var action: ActionForm
}
