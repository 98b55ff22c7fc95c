/// One parsed page template, in the subset of Mustache the app's templates use:
/// `{{name}}` and `{{a.b}}` (always HTML-escaped), `{{.}}`, sections `{{#name}}…{{/name}}`,
/// inverted sections `{{^name}}…{{/name}}`, partials `{{> name}}`, a parent with blocks
/// `{{<layout}}{{$body}}…{{/body}}{{/layout}}`, and comments `{{! … }}`.
///
/// There is deliberately no unescaped tag (`{{{name}}}`, `{{&name}}`): nothing a user typed
/// can reach a page as HTML. Lines that hold only one section, partial, block or comment
/// tag leave no blank line behind, as the Mustache specification asks.
///
/// The parser's tree of nodes is flattened once, at start, into a list of steps (`Op`) that
/// hold only numbers: where the text is in `text`, which name parts a tag looks up, where a
/// section's content ends. Rendering a page therefore walks plain values and copies no
/// reference at each tag. (A class, so handing a template to the renderer is one reference.)
final class PageTemplate: Sendable {
    /// A template as the parser reads it: text, tags, and the content of sections and blocks.
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name)
        case section(Name, [Node], inverted: Bool)
        case partial(String)
        case parent(String, blocks: [String: [Node]])
        case block(String, [Node])
    }

    /// A dotted name, split at its dots, each part by its field number (`FieldNumbers`);
    /// `{{.}}` has no parts.
    struct Name: Sendable, Equatable {
        let parts: [Int]
        let text: String

        init(_ text: String) {
            self.text = text
            parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map {
                FieldNumbers.number(of: String($0))
            }
        }
    }

    /// One step of rendering. A step with content (a section, a parent, a block) is
    /// followed by the steps of its content, which end at `end`; the next step is `end`.
    enum Op: Sendable {
        /// Copy these bytes of `text`.
        case text(Range<Int>)
        /// Show the value of the name whose parts are these elements of `nameParts`.
        case variable(Range<Int>)
        /// Show the content for the value of the name (see `TemplateValue`).
        case section(Range<Int>, inverted: Bool, end: Int)
        /// Show the template `templateNames[i]`.
        case partial(Int)
        /// Show the template `templateNames[i]` with the blocks in the content in place of its own.
        case parent(Int, end: Int)
        /// Show the block `blockNames[i]`: the content given by a template that names this
        /// one as its parent, or else this content.
        case block(Int, end: Int)
    }

    let ops: [Op]
    let text: [UInt8]
    let nameParts: [Int]
    /// Templates named by partials and parents, and the names of blocks.
    let templateNames: [String]
    let blockNames: [String]

    /// Parses `source`; a problem names the template and the line.
    init(_ source: String, named name: String) throws(TemplateError) {
        var parser = TemplateParser(source: Array(source.utf8), name: name)
        var flat = Flattening()
        flat.add(try parser.parse())
        ops = flat.ops
        text = flat.text
        nameParts = flat.nameParts
        templateNames = flat.templateNames
        blockNames = flat.blockNames
    }

    /// The tree turned into steps.
    private struct Flattening {
        var ops: [Op] = []
        var text: [UInt8] = []
        var nameParts: [Int] = []
        var templateNames: [String] = []
        var blockNames: [String] = []

        mutating func add(_ nodes: [Node]) {
            var afterText = false
            for node in nodes {
                defer { if case .text = node { afterText = true } else { afterText = false } }
                switch node {
                case .text(let bytes):
                    // Text right after text (around a comment, say) becomes one copy.
                    if afterText, case .text(let previous) = ops[ops.count - 1] {
                        ops[ops.count - 1] = .text(previous.lowerBound..<(text.count + bytes.count))
                    } else {
                        ops.append(.text(text.count..<(text.count + bytes.count)))
                    }
                    text += bytes
                case .variable(let name):
                    ops.append(.variable(parts(of: name)))
                case .section(let name, let content, let inverted):
                    let parts = parts(of: name)
                    withContent(content) { .section(parts, inverted: inverted, end: $0) }
                case .partial(let name):
                    ops.append(.partial(number(of: name, in: &templateNames)))
                case .parent(let name, let blocks):
                    let template = number(of: name, in: &templateNames)
                    // Only the blocks of a parent tag matter; they are kept in name order.
                    withContent(blocks.sorted { $0.key < $1.key }.map { Node.block($0.key, $0.value) }) {
                        .parent(template, end: $0)
                    }
                case .block(let name, let content):
                    let block = number(of: name, in: &blockNames)
                    withContent(content) { .block(block, end: $0) }
                }
            }
        }

        /// Adds the step `make(end)` followed by the steps of `content`.
        private mutating func withContent(_ content: [Node], _ make: (Int) -> Op) {
            let at = ops.count
            ops.append(.partial(-1)) // replaced below, once the content's end is known
            add(content)
            ops[at] = make(ops.count)
        }

        private mutating func parts(of name: Name) -> Range<Int> {
            let start = nameParts.count
            nameParts += name.parts
            return start..<nameParts.count
        }

        private func number(of name: String, in names: inout [String]) -> Int {
            if let known = names.firstIndex(of: name) { return known }
            names.append(name)
            return names.count - 1
        }
    }
}

/// A template that cannot be read, with its name and line.
struct TemplateError: Error, CustomStringConvertible {
    let description: String
}
