import Foundation
import Hummingbird

/// The stylesheet, the small script, the icon and the API description, read once at start
/// and served from memory.
struct StaticAssets: Sendable {
    struct Asset: Sendable {
        let body: ByteBuffer
        let contentType: String
    }

    private let assets: [String: Asset]

    init() throws {
        guard let folder = Bundle.module.url(forResource: "Public", withExtension: nil) else {
            throw WebSetupError("the stylesheet and script are missing from the app's resources")
        }
        var assets: [String: Asset] = [:]
        let files = [
            ("style.css", "text/css; charset=utf-8"), ("check.js", "text/javascript; charset=utf-8"),
            ("favicon.svg", "image/svg+xml"), ("openapi.json", "application/json; charset=utf-8"),
        ]
        for (name, type) in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            assets[name] = Asset(body: ByteBuffer(bytes: data), contentType: type)
        }
        self.assets = assets
    }

    func response(for name: String) -> Response? {
        guard let asset = assets[name] else { return nil }
        return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "public, max-age=3600"],
                        body: .init(byteBuffer: asset.body))
    }
}
