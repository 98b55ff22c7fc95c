/// Input the command cannot use: a missing or unreadable file, text that is not UTF-8,
/// invalid JSON, a field with a wrong value. Printed as one line; the exit status is 2.
struct InputError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
