/// What Rebound accepts as an e-mail address: the everyday `local@domain.tld` form, with
/// nothing that could end or split an address in a mail header.
public enum EmailAddress {
    /// At most 254 bytes, one `@` with something before it, a dot somewhere after it, and
    /// no white space, control character or `<>()[],;:"\`.
    public static func isPlausible(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count <= 254 else { return false }
        var at: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "@") {
                guard at == nil else { return false }
                at = index
            }
            if byte <= 0x20 || byte == 0x7F || forbidden.contains(byte) { return false }
        }
        guard let at, at > 0 else { return false }
        return bytes[(at + 1)...].contains(UInt8(ascii: ".")) && !text.unicodeScalars.contains { $0.isSpace || $0.isControlCharacter }
    }

    private static let forbidden: Set<UInt8> = Set("<>()[],;:\"\\".utf8)
}
