import Foundation

/// The build tool behind the `EmbedFiles` plugin (run at build time, never shipped).
///
///     EmbedFilesTool files OUTPUT FOLDER...   every file of each folder as a string, keyed
///                                             "FOLDER-NAME/FILE-NAME"
///     EmbedFilesTool commit OUTPUT GIT-FOLDER the commit HEAD names, or "unknown"
@main
enum EmbedFilesTool {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.count >= 2, let mode = arguments.first else { fail("usage: EmbedFilesTool files|commit OUTPUT ...") }
        let output = URL(fileURLWithPath: arguments[arguments.startIndex + 1])
        let rest = Array(arguments.dropFirst(2))
        let source: String
        switch mode {
        case "files": source = try files(rest.map { URL(fileURLWithPath: $0) })
        case "commit": source = commitSource(rest.first.map { URL(fileURLWithPath: $0) })
        default: fail("unknown mode \(mode)")
        }
        // Written only when it changed, so the target is not compiled again for nothing.
        if (try? String(contentsOf: output, encoding: .utf8)) != source {
            try source.write(to: output, atomically: true, encoding: .utf8)
        }
    }

    static func files(_ folders: [URL]) throws -> String {
        var entries: [String] = []
        for folder in folders {
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
            for name in names {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                entries.append("        \(literal(folder.lastPathComponent + "/" + name)): \(literal(text)),")
            }
        }
        return """
            // Written at build time by the EmbedFiles plugin from Templates/ and Public/; do not edit.
            enum EmbeddedFiles {
                /// Each file's text, keyed "Templates/layout.mustache", "Public/style.css", ...
                static let files: [String: String] = [
            \(entries.joined(separator: "\n"))
                ]
            }

            """
    }

    /// A raw string literal holding `text` exactly: one more `#` than the longest run of `#`
    /// in it, so nothing inside can end the literal or start an escape, and always the
    /// multi-line form closed at the start of a line (no indentation is taken off, and text
    /// that starts with quotes cannot be misread). Its line breaks are line feeds, as in
    /// every file embedded here (a carriage return would be read as one).
    static func literal(_ text: String) -> String {
        var longest = 0, run = 0
        for character in text {
            run = character == "#" ? run + 1 : 0
            longest = max(longest, run)
        }
        let hashes = String(repeating: "#", count: longest + 1)
        return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
    }

    static func commitSource(_ git: URL?) -> String {
        let commit = git.flatMap(readCommit) ?? "unknown"
        return """
            // Written at build time by the EmbedFiles plugin; do not edit.
            enum BuildInfo {
                /// The commit this binary was built from ("unknown" outside a git checkout).
                static let commit = "\(commit)"
            }

            """
    }

    /// HEAD's commit, read from the files git keeps (no git program needed): a detached HEAD,
    /// a branch's own file, or the packed-refs list.
    static func readCommit(_ git: URL) -> String? {
        guard let head = try? String(contentsOf: git.appendingPathComponent("HEAD"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines) else { return nil }
        guard head.hasPrefix("ref: ") else { return isHash(head) ? head : nil }
        let ref = String(head.dropFirst(5))
        if let loose = try? String(contentsOf: git.appendingPathComponent(ref), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines), isHash(loose) {
            return loose
        }
        let packed = (try? String(contentsOf: git.appendingPathComponent("packed-refs"), encoding: .utf8)) ?? ""
        for line in packed.split(separator: "\n") where line.hasSuffix(" " + ref) {
            let hash = String(line.prefix { $0 != " " })
            if isHash(hash) { return hash }
        }
        return nil
    }

    static func isHash(_ text: String) -> Bool { text.count == 40 && text.allSatisfy(\.isHexDigit) }

    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("EmbedFilesTool: \(message)\n".utf8))
        exit(1)
    }
}
