/// One parsed page template, in the subset of Mustache the app's templates use:
/// `{{name}}` and `{{a.b}}` (always HTML-escaped), `{{.}}`, sections `{{#name}}…{{/name}}`,
/// inverted sections `{{^name}}…{{/name}}`, partials `{{> name}}`, a parent with blocks
/// `{{<layout}}{{$body}}…{{/body}}{{/layout}}`, and comments `{{! … }}`.
///
/// There is deliberately no unescaped tag (`{{{name}}}`, `{{&name}}`): nothing a user typed
/// can reach a page as HTML. Lines that hold only one section, partial, block or comment
/// tag leave no blank line behind, as the Mustache specification asks.
struct PageTemplate: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(Name)
        case section(Name, [Node], inverted: Bool)
        case partial(String)
        case parent(String, blocks: [String: [Node]])
        case block(String, [Node])
    }

    /// A dotted name, split at its dots; `{{.}}` has no parts.
    struct Name: Sendable, Equatable {
        let parts: [String]
        let text: String

        init(_ text: String) {
            self.text = text
            parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        }
    }

    let nodes: [Node]

    /// Parses `source`; a problem names the template and the line.
    init(_ source: String, named name: String) throws(TemplateError) {
        var parser = TemplateParser(source: Array(source.utf8), name: name)
        nodes = try parser.parse()
    }
}

/// A template that cannot be read, with its name and line.
struct TemplateError: Error, CustomStringConvertible {
    let description: String
}
