/// Turns a template's text into nodes: first into a flat list of text and tags, then drops
/// the whitespace of standalone lines, then nests sections and blocks.
struct TemplateParser {
    private enum Piece {
        case text([UInt8])
        case tag(kind: UInt8, name: String, line: Int)
    }

    private static let open = Array("{{".utf8), close = Array("}}".utf8)
    /// Tag kinds that may stand alone on a line: section, inverted, end, partial, parent,
    /// block and comment. A plain `{{name}}` is shown, so its line stays.
    private static let standaloneKinds = Set("#^/><$!".utf8)

    let source: [UInt8]
    let name: String

    init(source: [UInt8], name: String) {
        self.source = source
        self.name = name
    }

    mutating func parse() throws(TemplateError) -> [PageTemplate.Node] {
        var pieces = try split()
        dropStandaloneLines(&pieces)
        var position = 0
        let nodes = try nest(&pieces, from: &position, closing: nil)
        return nodes
    }

    // MARK: Text and tags

    private func split() throws(TemplateError) -> [Piece] {
        var pieces: [Piece] = []
        var index = 0, line = 1
        while index < source.count {
            guard let start = find(Self.open, from: index) else {
                pieces.append(.text(Array(source[index...])))
                break
            }
            if start > index { pieces.append(.text(Array(source[index..<start]))) }
            line += source[index..<start].count { $0 == UInt8(ascii: "\n") }
            guard let end = find(Self.close, from: start + 2) else { throw problem("a tag is not closed with }}", line) }
            var tag = String(decoding: source[(start + 2)..<end], as: UTF8.self)
            if tag.hasPrefix("{") || tag.hasPrefix("&") {
                throw problem("unescaped tags are not supported; every value is shown escaped", line)
            }
            var kind = UInt8(ascii: " ")
            if let first = tag.utf8.first, "#^/><$!".utf8.contains(first) {
                kind = first
                tag.removeFirst()
            }
            let trimmed = tag.trimmingSpaces
            if kind != UInt8(ascii: "!"), trimmed.isEmpty || trimmed.contains(where: { $0 == " " || $0 == "\n" }) {
                throw problem("the tag {{\(tag)}} needs one name", line)
            }
            pieces.append(.tag(kind: kind, name: trimmed, line: line))
            line += source[start..<end].count { $0 == UInt8(ascii: "\n") }
            index = end + 2
        }
        return pieces
    }

    private func find(_ needle: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= source.count {
            if source[index] == needle[0], source[index + 1] == needle[1] { return index }
            index += 1
        }
        return nil
    }

    // MARK: Standalone lines

    /// A standalone tag's line disappears: the spaces before the tag and everything after it
    /// up to and including the line break. A tag stands alone when its line holds nothing
    /// else that shows. As in swift-mustache, whose output the app's pages were built
    /// against, a tag after a parent tag (`{{<layout}}{{$body}}`) still counts as starting its
    /// line, and after a section closes the line state is the one its opening tag left.
    private func dropStandaloneLines(_ pieces: inout [Piece]) {
        var startsLine = true
        var reopened: [Bool] = []
        var standalone: [Int] = []
        for (index, piece) in pieces.enumerated() {
            switch piece {
            case .text(let text):
                if let newline = text.lastIndex(of: UInt8(ascii: "\n")) {
                    startsLine = text[(newline + 1)...].allSatisfy(Self.isSpace)
                } else {
                    startsLine = startsLine && text.allSatisfy(Self.isSpace)
                }
            case .tag(let kind, _, _):
                let alone = Self.standaloneKinds.contains(kind) && startsLine && endsLine(after: index, in: pieces)
                if alone { standalone.append(index) }
                switch kind {
                case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"):
                    reopened.append(alone)
                    startsLine = alone
                case UInt8(ascii: "<"):
                    reopened.append(alone)
                case UInt8(ascii: "/"):
                    startsLine = reopened.popLast() ?? alone
                case UInt8(ascii: ">"), UInt8(ascii: "!"):
                    startsLine = alone
                default:
                    startsLine = false
                }
            }
        }
        for index in standalone {
            if index > 0, case .text(var before) = pieces[index - 1] {
                while let last = before.last, Self.isSpace(last) { before.removeLast() }
                pieces[index - 1] = .text(before)
            }
            if index + 1 < pieces.count, case .text(let after) = pieces[index + 1] {
                let cut = after.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? after.count
                pieces[index + 1] = .text(Array(after[cut...]))
            }
        }
    }

    /// Whether only spaces follow the tag at `index` up to the end of its line or template.
    private func endsLine(after index: Int, in pieces: [Piece]) -> Bool {
        guard index + 1 < pieces.count else { return true }
        guard case .text(let after) = pieces[index + 1] else { return false }
        if let newline = after.firstIndex(of: UInt8(ascii: "\n")) {
            return after[..<newline].allSatisfy { Self.isSpace($0) || $0 == UInt8(ascii: "\r") }
        }
        return index + 2 == pieces.count && after.allSatisfy(Self.isSpace)
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    // MARK: Nesting

    private func nest(_ pieces: inout [Piece], from position: inout Int, closing: (name: String, line: Int)?)
        throws(TemplateError) -> [PageTemplate.Node]
    {
        var nodes: [PageTemplate.Node] = []
        while position < pieces.count {
            let piece = pieces[position]
            position += 1
            switch piece {
            case .text(let bytes):
                if !bytes.isEmpty { nodes.append(.text(bytes)) }
            case .tag(let kind, let tagName, let line):
                switch kind {
                case UInt8(ascii: "!"):
                    continue
                case UInt8(ascii: ">"):
                    nodes.append(.partial(tagName))
                case UInt8(ascii: "/"):
                    guard let closing, closing.name == tagName else {
                        throw problem("{{/\(tagName)}} closes nothing that is open", line)
                    }
                    return nodes
                case UInt8(ascii: "#"), UInt8(ascii: "^"):
                    let inner = try nest(&pieces, from: &position, closing: (tagName, line))
                    nodes.append(.section(PageTemplate.Name(tagName), inner, inverted: kind == UInt8(ascii: "^")))
                case UInt8(ascii: "$"):
                    nodes.append(.block(tagName, try nest(&pieces, from: &position, closing: (tagName, line))))
                case UInt8(ascii: "<"):
                    let inner = try nest(&pieces, from: &position, closing: (tagName, line))
                    var blocks: [String: [PageTemplate.Node]] = [:]
                    for case .block(let blockName, let content) in inner { blocks[blockName] = content }
                    nodes.append(.parent(tagName, blocks: blocks))
                default:
                    nodes.append(.variable(PageTemplate.Name(tagName)))
                }
            }
        }
        if let closing { throw problem("{{\(closing.name)}} is never closed", closing.line) }
        return nodes
    }

    private func problem(_ message: String, _ line: Int) -> TemplateError {
        TemplateError(description: "template \(name), line \(line): \(message)")
    }
}

extension String {
    /// The string without spaces, tabs or line breaks at either end.
    fileprivate var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
