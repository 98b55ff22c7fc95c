import HTTPTypes
import Hummingbird

extension Request {
    /// The value of the cookie `name`, found as Hummingbird's `cookies[name]?.value` finds
    /// it (the first `name=` among the `;`-separated cookies, spaces before a name ignored, nil
    /// for an empty value),
    /// without turning every cookie into a `Cookie` first: every request reads one or two.
    func cookieValue(_ name: String) -> String? {
        let wanted = Array(name.utf8)
        for header in headers[values: .cookie] {
            let bytes = Array(header.utf8)
            var start = 0
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: ";")) ?? bytes.count
                var nameStart = start
                while nameStart < end, bytes[nameStart] == UInt8(ascii: " ") || bytes[nameStart] == UInt8(ascii: "\t") { nameStart += 1 }
                if let equals = bytes[nameStart..<end].firstIndex(of: UInt8(ascii: "=")), bytes[nameStart..<equals].elementsEqual(wanted) {
                    // Like Hummingbird, a cookie without a value is no cookie.
                    return equals + 1 < end ? String(decoding: bytes[(equals + 1)..<end], as: UTF8.self) : nil
                }
                start = end + 1
            }
        }
        return nil
    }
}
