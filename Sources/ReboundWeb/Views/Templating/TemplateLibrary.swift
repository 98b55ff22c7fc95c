import Foundation
import NIOCore

/// The app's page templates by name, parsed once, and the rendering of a view model with one
/// of them into HTML.
struct TemplateLibrary: Sendable {
    private let templates: [PageTemplate]
    private let numbers: [String: Int]
    /// For each template, the library's number of each template it names (nil: no such template).
    private let links: [[Int?]]

    /// Templates from their names and texts.
    init(sources: [String: String]) throws(TemplateError) {
        var templates: [PageTemplate] = []
        var numbers: [String: Int] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            numbers[name] = templates.count
            templates.append(try PageTemplate(source, named: name))
        }
        self.templates = templates
        self.numbers = numbers
        links = templates.map { template in template.templateNames.map { numbers[$0] } }
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

    func has(_ name: String) -> Bool { numbers[name] != nil }

    /// The names that templates include (`{{> name}}`, `{{<name}}`) but no template has.
    var unresolvedNames: [String] {
        var missing: [String] = []
        for (template, numbers) in zip(templates, links) {
            for (name, number) in zip(template.templateNames, numbers) where number == nil && !missing.contains(name) {
                missing.append(name)
            }
        }
        return missing
    }

    /// `view` shown through the template `name`, as UTF-8 bytes in the buffer a response
    /// sends (so the page is not copied once more); nil when there is no such template.
    func render(_ name: String, _ view: any TemplateFields) -> ByteBuffer? {
        guard let number = numbers[name] else { return nil }
        var rendering = TemplateRendering(library: self, stack: [.scope(TemplateScope(view))],
                                          output: ByteBufferAllocator().buffer(capacity: 16 * 1024))
        rendering.render(number, templates[number].ops.indices, blocks: [:])
        return rendering.output
    }

    /// `view` shown through the template `name`, kept to be shown inside another page
    /// (`{{name}}` of a `RenderedHTML` field writes it as it is); nil when there is no such template.
    func fragment(_ name: String, _ view: any TemplateFields) -> RenderedHTML? {
        render(name, view).map(RenderedHTML.init(rendered:))
    }

    /// The text of `render`, for tests and plain-text uses.
    func renderText(_ name: String, _ view: any TemplateFields) -> String? {
        render(name, view).map { String(buffer: $0) }
    }

    /// Where a block's content is: which template, which of its steps.
    private struct BlockContent {
        let template: Int
        let steps: Range<Int>
    }

    /// One page being rendered: the output so far and the stack of scopes names are looked up in.
    private struct TemplateRendering {
        let library: TemplateLibrary
        var stack: [TemplateValue]
        var output: ByteBuffer

        /// Renders the steps `steps` of template number `number`.
        mutating func render(_ number: Int, _ steps: Range<Int>, blocks: [String: BlockContent]) {
            let template = library.templates[number]
            var index = steps.lowerBound
            while index < steps.upperBound {
                let op = template.ops[index]
                index += 1
                switch op {
                case .text(let bytes):
                    template.text.withUnsafeBytes { _ = output.writeBytes(UnsafeRawBufferPointer(rebasing: $0[bytes])) }
                case .variable(let parts):
                    switch lookup(template.nameParts[parts]) {
                    case .text(let text)?: HTMLEscaping.append(text, to: &output)
                    case .rendered(let html)?: output.writeImmutableBuffer(html.bytes)
                    default: break
                    }
                case .section(let parts, let inverted, let end):
                    let content = index..<end
                    index = end
                    let value = lookup(template.nameParts[parts]) ?? .absent
                    if inverted {
                        if !value.opensSection { render(number, content, blocks: blocks) }
                    } else if value.opensSection {
                        switch value {
                        case .flag: render(number, content, blocks: blocks)
                        case .list(let items): for item in items { renderInside(item, number, content, blocks: blocks) }
                        default: renderInside(value, number, content, blocks: blocks)
                        }
                    }
                case .partial(let name):
                    if let partial = library.links[number][name] {
                        render(partial, library.templates[partial].ops.indices, blocks: blocks)
                    }
                case .parent(let name, let end):
                    // Blocks given further out win over those of this parent.
                    var merged = blocks
                    var step = index
                    while step < end {
                        guard case .block(let block, let blockEnd) = template.ops[step] else { break }
                        let blockName = template.blockNames[block]
                        if merged[blockName] == nil { merged[blockName] = BlockContent(template: number, steps: (step + 1)..<blockEnd) }
                        step = blockEnd
                    }
                    index = end
                    if let parent = library.links[number][name] {
                        render(parent, library.templates[parent].ops.indices, blocks: merged)
                    }
                case .block(let block, let end):
                    if let given = blocks[template.blockNames[block]] {
                        render(given.template, given.steps, blocks: blocks)
                    } else {
                        render(number, index..<end, blocks: blocks)
                    }
                    index = end
                }
            }
        }

        private mutating func renderInside(_ value: TemplateValue, _ number: Int, _ steps: Range<Int>,
                                           blocks: [String: BlockContent]) {
            stack.append(value)
            render(number, steps, blocks: blocks)
            stack.removeLast()
        }

        /// The value of a name: its first part in the innermost scope that has it (a present
        /// value; an absent optional looks further out), the other parts inside that value.
        private func lookup(_ parts: ArraySlice<Int>) -> TemplateValue? {
            guard let first = parts.first else { return stack.last }
            var index = stack.endIndex
            while index > stack.startIndex {
                index -= 1
                guard case .scope(let scope) = stack[index] else { continue }
                switch scope.value(first) {
                case nil, .absent?: continue
                case let found?: return parts.count == 1 ? found : Self.inside(found, parts.dropFirst())
                }
            }
            return nil
        }

        /// The value of the parts of a dotted name after the first, inside that first part's value.
        private static func inside(_ value: TemplateValue, _ parts: ArraySlice<Int>) -> TemplateValue? {
            var found = value
            for part in parts {
                guard case .scope(let scope) = found, let value = scope.value(part) else { return nil }
                found = value
            }
            return found
        }
    }
}

/// HTML the template library rendered from a template, its values escaped, to be shown as
/// it is inside another page. Only the library makes it (its initializer is private to this
/// file), so no text can reach a page unescaped by being passed off as rendered.
struct RenderedHTML: Sendable, Equatable {
    let bytes: ByteBuffer

    fileprivate init(rendered bytes: ByteBuffer) { self.bytes = bytes }

    /// Nothing.
    static let empty = RenderedHTML(rendered: ByteBuffer())
}

/// Escaping for text shown in HTML, attribute values included: `<`, `>`, `&`, `"` and `'`
/// become entities, and everything else is copied byte for byte.
enum HTMLEscaping {
    static func append(_ text: String, to output: inout ByteBuffer) {
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
                output.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start..<index])))
                output.writeStaticString(entity)
                start = index + 1
            }
            output.writeBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[start...])))
        }
    }
}
