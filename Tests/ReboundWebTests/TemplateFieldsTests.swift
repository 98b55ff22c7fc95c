import Foundation
@testable import ReboundWeb
import Testing

@Suite("Web: templates and their view models")
struct TemplateFieldsTests {
    /// The names in `{{name}}`, `{{#a.b}}`, `{{^name}}`, `{{/name}}` tags, split at dots.
    static func names(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            if let first = tag.first, "#^/&{".contains(first) { tag.removeFirst() }
            guard let first = tag.first, !">$<!".contains(first), tag != "." else { continue }
            names.formUnion(tag.split(separator: ".").map(String.init))
        }
        return names
    }

    @Test("every name a template uses is a field of some view model, so nothing renders empty by mistake")
    func everyTemplateNameIsAField() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ReboundWeb/Templates")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        // Issue 19: seven templates were not checked at start, so a missing one rendered an empty
        // page. Every template a handler can name is a `TemplateName`, and each has its file.
        #expect(Set(files.map { String($0.dropLast(".mustache".count)) }) == Set(TemplateName.allCases.map(\.rawValue)))
        let known = TemplateModels.fieldNames
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let unknown = Self.names(in: text).subtracting(known).subtracting(["layout", "body"])
            #expect(unknown.isEmpty, "\(file) uses \(unknown.sorted())")
        }
    }

    @Test("a template that includes one the library lacks is reported, so the app does not start")
    func anIncludedTemplateThatIsMissingIsReported() throws {
        let library = try TemplateLibrary(sources: ["page": "{{<layout}}{{$body}}x{{/body}}{{/layout}}{{> chart}}", "layout": "{{$body}}{{/body}}"])
        #expect(library.unresolvedNames == ["chart"])
        #expect(try TemplateLibrary(sources: ["layout": "{{$body}}{{/body}}"]).unresolvedNames.isEmpty)
    }

    @Test("an absent optional is absent; a present one gives its value; an unknown name is nil")
    func optionalsUnwrap() {
        let chrome = PageChrome(title: "T", signedIn: true, userName: "Ana", csrf: "x", notice: nil, problem: "Name: too long")
        guard case .absent? = chrome.templateValue(named: "notice") else { Issue.record("notice"); return }
        guard case .text("Name: too long")? = chrome.templateValue(named: "problem") else { Issue.record("problem"); return }
        guard case .flag(true)? = chrome.templateValue(named: "signedIn") else { Issue.record("signedIn"); return }
        #expect(chrome.templateValue(named: "nothing") == nil)
    }
}

@Suite("Web: the files built into the binary")
struct EmbeddedFilesTests {
    @Test("every template and public file is built in, byte for byte as in the source tree, and nothing else")
    func sameAsTheSourceTree() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/ReboundWeb")
        var expected: [String: String] = [:]
        for folder in ["Templates", "Public"] {
            let url = sources.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path) where !name.hasPrefix(".") {
                expected["\(folder)/\(name)"] = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            }
        }
        #expect(expected.count > 30)
        #expect(Set(EmbeddedFiles.files.keys) == Set(expected.keys))
        for (path, text) in expected { #expect(EmbeddedFiles.files[path] == text, "\(path)") }
    }
}

@Suite("Web: what the pages promise")
struct PagePromiseTests {
    @Test("every page that asks for a password states the one minimum the app enforces")
    func passwordMinimum() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/ReboundWeb/Templates")
        for name in ["setup", "sign-up", "settings"] {
            let text = try String(contentsOf: folder.appendingPathComponent("\(name).mustache"), encoding: .utf8)
            let stated = text.components(separatedBy: "(at least ").dropFirst().map { $0.prefix { $0.isNumber } }
            #expect(!stated.isEmpty && stated.allSatisfy { Int($0) == Passwords.minimumLength }, "\(name): \(stated)")
        }
    }

    @Test("a chart's hover text counts in words: 1 interview, 2 interviews")
    func chartCounts() {
        let chart = BarChart(id: "c", title: "t", rows: [BarChart.Row(label: "Offers", segments: [.init(value: 1, style: "strong", name: "offers")])])
        #expect(chart.bars.map(\.tip) == ["Offers: 1 offer"] && chart.narrowBars.map(\.tip) == ["Offers: 1 offer"])
        #expect(BarChart.counted(2, "interviews") == "2 interviews" && BarChart.counted(1, "strong") == "1 strong")
    }
}

@Suite("Web: the zone list")
struct ZoneChoiceTests {
    @Test("the zone list leaves out Etc/GMT+N, whose sign reads backwards; typed, it still works")
    func noBackwardZones() throws {
        #expect(!ZoneGuess.choices.contains { $0.value.hasPrefix("Etc/GMT+") || $0.value.hasPrefix("Etc/GMT-") })
        #expect(ZoneGuess.choices.contains { $0.value == "Europe/London" })
    }
}
