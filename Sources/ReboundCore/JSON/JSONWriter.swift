/// Writes a `JSONValue` as text, either compact or indented by two spaces.
public enum JSONWriter {
    /// The JSON text of `value`. Integral numbers are written without a fraction.
    public static func write(_ value: JSONValue, pretty: Bool = true) -> String {
        var output = ""
        write(value, into: &output, indent: pretty ? 0 : nil)
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: Int?) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let number):
            if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
                output += String(Int64(number))
            } else if number.isFinite {
                output += "\(number)"
            } else {
                output += "null"
            }
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            writeContainer(elements, open: "[", close: "]", into: &output, indent: indent) { element, output, inner in
                write(element, into: &output, indent: inner)
            }
        case .object(let members):
            writeContainer(members, open: "{", close: "}", into: &output, indent: indent) { member, output, inner in
                writeString(member.key, into: &output)
                output += inner == nil ? ":" : ": "
                write(member.value, into: &output, indent: inner)
            }
        }
    }

    private static func writeContainer<Element>(
        _ elements: [Element], open: String, close: String, into output: inout String, indent: Int?,
        writeElement: (Element, inout String, Int?) -> Void
    ) {
        output += open
        guard !elements.isEmpty else { output += close; return }
        let inner = indent.map { $0 + 2 }
        for (position, element) in elements.enumerated() {
            if position > 0 { output += "," }
            if let inner { output += "\n" + String(repeating: " ", count: inner) }
            writeElement(element, &output, inner)
        }
        if let indent { output += "\n" + String(repeating: " ", count: indent) }
        output += close
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{2028}": output += "\\u2028"
            case "\u{2029}": output += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
