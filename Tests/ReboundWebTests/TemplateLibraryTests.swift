@testable import ReboundWeb
import Testing

/// A small view model for the template tests: text, an optional, a flag, a number, a list of
/// words, a nested scope and a list of scopes.
private struct Card: TemplateFields {
    var title = "Plan"
    var note: String? = nil
    var urgent = false
    var count = 3
    var words: [String] = []
    var owner: Person? = Person(name: "Ana")
    var people: [Person] = []

    static let fields: FieldTable<Self> = [
        "title": .of(\.title), "note": .of(\.note), "urgent": .of(\.urgent), "count": .of(\.count),
        "words": .of(\.words), "owner": .of(\.owner), "people": .of(\.people),
    ]
}

private struct Person: TemplateFields {
    var name: String
    var note: String? = nil
    static let fields: FieldTable<Self> = ["name": .of(\.name), "note": .of(\.note)]
}

@Suite("Web: page templates")
struct TemplateLibraryTests {
    private func render(_ template: String, _ card: Card = Card(), partials: [String: String] = [:]) throws -> String {
        let library = try TemplateLibrary(sources: partials.merging(["page": template]) { $1 })
        return try #require(library.renderText("page", card))
    }

    @Test("every value is escaped for HTML, attributes included, and other text is copied as it is")
    func escaping() throws {
        let card = Card(title: #"<script>alert("x")</script> & 'Tom' · café 😀"#)
        #expect(try render(#"<p title="{{title}}">{{title}}</p>"#, card)
            == #"<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom&#39; · café 😀">"#
            + #"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Tom&#39; · café 😀</p>"#)
    }

    @Test("there is no unescaped tag, so nothing typed can become HTML")
    func noUnescapedTags() {
        #expect(throws: TemplateError.self) { try TemplateLibrary(sources: ["page": "{{{title}}}"]) }
        #expect(throws: TemplateError.self) { try TemplateLibrary(sources: ["page": "{{&title}}"]) }
    }

    @Test("a part rendered before is shown as it is inside another page, its own values escaped once")
    func renderedParts() throws {
        struct Page: TemplateFields {
            let part: RenderedHTML
            let title: String
            static let fields: FieldTable<Self> = ["part": .of(\.part), "title": .of(\.title)]
        }
        let library = try TemplateLibrary(sources: ["part": "<li>{{title}}</li>", "page": "<h1>{{title}}</h1><ul>{{part}}</ul>{{#part}}!{{/part}}"])
        let part = try #require(library.fragment("part", Card(title: "<b>Tom & Co</b>")))
        #expect(try #require(library.renderText("page", Page(part: part, title: "A < B")))
            == "<h1>A &lt; B</h1><ul><li>&lt;b&gt;Tom &amp; Co&lt;/b&gt;</li></ul>!")
        #expect(library.fragment("missing", Card()) == nil)
    }

    @Test("a section shows for text (even empty), true, a present optional, a scope, and once per list item")
    func sections() throws {
        #expect(try render("{{#title}}[{{title}}]{{/title}}", Card(title: "")) == "[]")
        #expect(try render("{{#urgent}}urgent{{/urgent}}{{^urgent}}calm{{/urgent}}") == "calm")
        #expect(try render("{{#urgent}}urgent{{/urgent}}", Card(urgent: true)) == "urgent")
        #expect(try render("{{#note}}({{.}}){{/note}}{{^note}}no note{{/note}}") == "no note")
        #expect(try render("{{#note}}({{.}}){{/note}}", Card(note: "soon")) == "(soon)")
        #expect(try render("{{#words}}<{{.}}>{{/words}}{{^words}}none{{/words}}") == "none")
        #expect(try render("{{#words}}<{{.}}>{{/words}}", Card(words: ["a", "b&c"])) == "<a><b&amp;c>")
        #expect(try render("{{#owner}}{{name}}{{/owner}} has {{count}}") == "Ana has 3")
        #expect(try render("{{#owner}}{{name}}{{/owner}}{{^owner}}nobody{{/owner}}", Card(owner: nil)) == "nobody")
    }

    @Test("names are looked up from the innermost scope outwards; an absent optional looks further out")
    func lookup() throws {
        let card = Card(note: "card note", people: [Person(name: "Ana"), Person(name: "Ben", note: "own note")])
        #expect(try render("{{#people}}{{name}}: {{note}} of {{title}}; {{/people}}", card)
            == "Ana: card note of Plan; Ben: own note of Plan; ")
        #expect(try render("{{owner.name}}/{{owner.title}}/{{missing}}/{{missing.name}}") == "Ana///")
    }

    @Test("partials see the scope they are used in; a parent's blocks are filled by the page")
    func partialsAndParents() throws {
        let partials = ["row": "<li>{{name}} ({{title}})</li>", "layout": "<main>{{$body}}default{{/body}}</main>{{$foot}}-{{/foot}}"]
        #expect(try render("{{#people}}{{> row}}{{/people}}", Card(people: [Person(name: "Ana")]), partials: partials)
            == "<li>Ana (Plan)</li>")
        #expect(try render("{{<layout}}{{$body}}{{title}}{{/body}}{{/layout}}", partials: partials) == "<main>Plan</main>-")
    }

    @Test("text before, inside and after sections, comments and partials comes out in order, each once")
    func textOrder() throws {
        let partials = ["row": "[{{name}}]", "layout": "<{{$body}}{{/body}}|{{$foot}}foot{{/foot}}>"]
        let people = [Person(name: "Ana"), Person(name: "Ben")]
        let template = "a{{! note }}b{{#urgent}}c{{/urgent}}d{{^urgent}}e{{/urgent}}f{{#people}}g{{> row}}h{{/people}}i"
        #expect(try render(template, Card(people: people), partials: partials) == "abdefg[Ana]hg[Ben]hi")
        #expect(try render(template, Card(urgent: true), partials: partials) == "abcdfi")
        #expect(try render("{{<layout}}{{$foot}}{{title}} foot{{/foot}}{{$body}}x{{#urgent}}!{{/urgent}}y{{/body}}{{/layout}}z",
                           partials: partials) == "<xy|Plan foot>z")
        #expect(try render("{{<missing}}{{$body}}x{{/body}}{{/missing}}after{{> absent}}") == "after")
    }

    @Test("a line holding only a section tag leaves no blank line; text in a textarea keeps its line breaks")
    func standaloneLines() throws {
        let template = "<ul>\n  {{#words}}\n  <li>{{.}}</li>\n  {{/words}}\n</ul>\n<textarea>{{#words}}{{.}}\n{{/words}}</textarea>\n"
        #expect(try render(template, Card(words: ["a", "b"])) == "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>\n<textarea>a\nb\n</textarea>\n")
        #expect(try render("{{! a comment }}\nText {{! inline }}here") == "Text here")
    }

    @Test("a broken template is refused at start with its name and line")
    func brokenTemplates() {
        for (source, message) in [("a\n{{#title}}b", "line 2: {{title}} is never closed"),
                                  ("{{/title}}", "line 1: {{/title}} closes nothing that is open"),
                                  ("{{#a}}{{/b}}", "{{/b}} closes nothing that is open"),
                                  ("x {{title", "line 1: a tag is not closed with }}"),
                                  ("{{two words}}", "needs one name")] {
            do {
                _ = try TemplateLibrary(sources: ["page": source])
                Issue.record("accepted \(source)")
            } catch {
                #expect(error.description.hasPrefix("template page, "), "\(error)")
                #expect(error.description.contains(message), "\(error)")
            }
        }
    }
}
