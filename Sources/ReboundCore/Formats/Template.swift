/// A text with `{slot}` placeholders, split once into literal parts and slots so that
/// filling it is a handful of appends. Written by hand because Foundation's string search on
/// Linux goes through NSString and costs microseconds per call.
struct Template: Sendable, ExpressibleByStringLiteral {
    enum Part: Sendable {
        case text(String)
        /// The slot's name with its braces, such as `{who}`.
        case slot(String)
    }

    let parts: [Part]
    private let literalLength: Int

    init(_ text: String) {
        let utf8 = Array(text.utf8)
        var parts: [Part] = []
        var literalStart = 0
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "{"), let close = utf8[index...].firstIndex(of: UInt8(ascii: "}")),
               close > index + 1, !utf8[(index + 1)..<close].contains(UInt8(ascii: "{")) {
                if literalStart < index { parts.append(.text(String(decoding: utf8[literalStart..<index], as: UTF8.self))) }
                parts.append(.slot(String(decoding: utf8[index...close], as: UTF8.self)))
                index = close + 1
                literalStart = index
            } else {
                index += 1
            }
        }
        if literalStart < utf8.count { parts.append(.text(String(decoding: utf8[literalStart...], as: UTF8.self))) }
        self.parts = parts
        literalLength = utf8.count
    }

    init(stringLiteral text: String) { self.init(text) }

    /// The text with each slot replaced by what `value` gives for its name (such as `{who}`);
    /// slots it has no value for stay as written.
    func rendered(_ value: (String) -> String?) -> String {
        var output = ""
        output.reserveCapacity(literalLength + 64)
        for part in parts {
            switch part {
            case .text(let text): output += text
            case .slot(let name): output += value(name) ?? name
            }
        }
        return output
    }

    /// The text with each slot found in `values` replaced.
    func replacingSlots(_ values: [String: String]) -> String { rendered { values[$0] } }

    /// Fills a template given as text: a known phrase uses its template compiled once, any
    /// other text is compiled on the way.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        let compiled = precompiled[template] ?? Template(template)
        return compiled.replacingSlots(values)
    }

    /// The check's explanations and suggestions, compiled at first use.
    static let precompiled: [String: Template] = {
        var table: [String: Template] = [:]
        for phrase in CheckAdvice.allTexts where phrase.utf8.contains(UInt8(ascii: "{")) { table[phrase] = Template(phrase) }
        return table
    }()
}

extension String {
    /// The text with each `{slot}` replaced by its value.
    func replacingSlots(_ values: [String: String]) -> String { Template.fill(self, values) }
}
