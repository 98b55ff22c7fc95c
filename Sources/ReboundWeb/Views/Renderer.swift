import Foundation
import HTTPTypes
import Hummingbird

/// The page templates, loaded once at start. A template the app needs but cannot find, or
/// one that cannot be read, stops the app at start rather than on the first visit to that page.
struct Renderer: Sendable {
    private let library: TemplateLibrary

    init() throws {
        // Built into the binary from Templates/ (the EmbedFiles plugin): "Templates/NAME.mustache".
        var sources: [String: String] = [:]
        for (path, text) in EmbeddedFiles.files where path.hasPrefix("Templates/") && path.hasSuffix(".mustache") {
            sources[String(path.dropFirst("Templates/".count).dropLast(".mustache".count))] = text
        }
        do {
            library = try TemplateLibrary(sources: sources)
        } catch {
            throw WebSetupError("the page templates cannot be read: \(error)")
        }
        let missing = TemplateName.allCases.map(\.rawValue).filter { !library.has($0) } + library.unresolvedNames
        guard missing.isEmpty else { throw WebSetupError("page templates missing: \(missing.joined(separator: ", "))") }
    }

    /// The template `template` filled from `view`, to be shown inside a page.
    func fragment(_ template: TemplateName, _ view: any TemplateFields) -> RenderedHTML {
        library.fragment(template.rawValue, view) ?? RenderedHTML.empty
    }

    /// The page `template` filled from `view`, as an HTML response.
    func page(_ template: TemplateName, _ view: any TemplateFields, status: HTTPResponse.Status = .ok) -> Response {
        let html = library.render(template.rawValue, view) ?? ByteBuffer()
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: html))
    }
}

/// A problem that stops the app from starting, with a reason for the operator.
public struct WebSetupError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// What every page shows around its content: the title, who is signed in, the CSRF token
/// for its forms and a one-line notice after an action.
struct PageChrome {
    let title: String
    let signedIn: Bool
    let userName: String
    let csrf: String
    var notice: String?
    var problem: String?
    var wide = false
    /// The page is read by someone the user shared it with, not by the user.
    var visitor = false
}
