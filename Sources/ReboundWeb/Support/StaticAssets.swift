import Foundation
import Hummingbird

/// The stylesheet, the small script, the icon and the API description, built into the binary
/// from Public/ (the EmbedFiles plugin) and served from memory.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        let body: ByteBuffer
        let contentType: String
    }

    private let assets: [String: Asset]

    init() throws {
        var assets: [String: Asset] = [:]
        let files = [
            ("style.css", "text/css; charset=utf-8"), ("check.js", "text/javascript; charset=utf-8"),
            ("favicon.svg", "image/svg+xml"), ("openapi.json", "application/json; charset=utf-8"),
        ]
        for (name, type) in files {
            guard let text = EmbeddedFiles.files["Public/" + name] else {
                throw WebSetupError("\(name) is missing from the files built into the app")
            }
            assets[name] = Asset(body: ByteBuffer(string: text), contentType: type)
        }
        self.assets = assets
    }

    func response(for name: String) -> Response? {
        guard let asset = assets[name] else { return nil }
        return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "public, max-age=3600"],
                        body: .init(byteBuffer: asset.body))
    }
}
