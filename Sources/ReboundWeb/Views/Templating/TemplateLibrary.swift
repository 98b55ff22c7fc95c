import Foundation

/// The app's page templates by name, parsed once, and the rendering of a view model with one
/// of them into HTML.
struct TemplateLibrary: Sendable {
    private let templates: [String: PageTemplate]

    /// Templates from their names and texts.
    init(sources: [String: String]) throws(TemplateError) {
        var templates: [String: PageTemplate] = [:]
        for (name, source) in sources { templates[name] = try PageTemplate(source, named: name) }
        self.templates = templates
    }

    /// Every `NAME.mustache` file in `folder`, as template `NAME`.
    init(folder: URL) throws {
        var sources: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".mustache") {
            sources[String(file.dropLast(".mustache".count))] =
                try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        }
        try self.init(sources: sources)
    }

    func has(_ name: String) -> Bool { templates[name] != nil }

    /// `view` shown through the template `name`, as UTF-8 bytes; nil when there is no such template.
    func render(_ name: String, _ view: any TemplateFields) -> [UInt8]? {
        guard let template = templates[name] else { return nil }
        var rendering = TemplateRendering(library: self, stack: [.scope(view)])
        rendering.output.reserveCapacity(16 * 1024)
        rendering.render(template.nodes, blocks: [:])
        return rendering.output
    }

    /// The text of `render`, for tests and plain-text uses.
    func renderText(_ name: String, _ view: any TemplateFields) -> String? {
        render(name, view).map { String(decoding: $0, as: UTF8.self) }
    }

    fileprivate func template(_ name: String) -> PageTemplate? { templates[name] }

    /// One page being rendered: the output so far and the stack of scopes names are looked up in.
    private struct TemplateRendering {
        let library: TemplateLibrary
        var stack: [TemplateValue]
        var output: [UInt8] = []

        mutating func render(_ nodes: [PageTemplate.Node], blocks: [String: [PageTemplate.Node]]) {
            for node in nodes {
                switch node {
                case .text(let bytes):
                    output.append(contentsOf: bytes)
                case .variable(let name):
                    if case .text(let text)? = lookup(name) { HTMLEscaping.append(text, to: &output) }
                case .section(let name, let content, let inverted):
                    let value = lookup(name) ?? .absent
                    if inverted {
                        if !value.opensSection { render(content, blocks: blocks) }
                    } else if value.opensSection {
                        switch value {
                        case .flag: render(content, blocks: blocks)
                        case .list(let items): for item in items { renderInside(item, content, blocks: blocks) }
                        default: renderInside(value, content, blocks: blocks)
                        }
                    }
                case .partial(let name):
                    if let template = library.template(name) { render(template.nodes, blocks: blocks) }
                case .parent(let name, let overrides):
                    // Blocks given further out win over those of this parent.
                    if let template = library.template(name) {
                        render(template.nodes, blocks: blocks.merging(overrides) { outer, _ in outer })
                    }
                case .block(let name, let defaultContent):
                    render(blocks[name] ?? defaultContent, blocks: blocks)
                }
            }
        }

        private mutating func renderInside(_ value: TemplateValue, _ content: [PageTemplate.Node],
                                           blocks: [String: [PageTemplate.Node]]) {
            stack.append(value)
            render(content, blocks: blocks)
            stack.removeLast()
        }

        /// The value of a name: its first part in the innermost scope that has it (a present
        /// value; an absent optional looks further out), the other parts inside that value.
        private func lookup(_ name: PageTemplate.Name) -> TemplateValue? {
            guard let first = name.parts.first else { return stack.last }
            var found: TemplateValue?
            for case .scope(let scope) in stack.reversed() {
                guard let value = scope.templateValue(named: first) else { continue }
                if case .absent = value { continue }
                found = value
                break
            }
            for part in name.parts.dropFirst() {
                guard case .scope(let scope)? = found, let value = scope.templateValue(named: part) else { return nil }
                found = value
            }
            return found
        }
    }
}

/// Escaping for text shown in HTML, attribute values included: `<`, `>`, `&`, `"` and `'`
/// become entities, and everything else is copied byte for byte.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let entity: StaticString
                switch bytes[index] {
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                entity.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
    }

    /// `text` escaped, as a string.
    static func escape(_ text: String) -> String {
        var output: [UInt8] = []
        append(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}
