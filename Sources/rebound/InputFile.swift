import Foundation
import ReboundCore

/// Reads the file argument of a command (`-` for standard input) as UTF-8 text.
enum InputFile {
    /// Larger inputs are refused rather than read into memory.
    static let maximumBytes = 16 * 1024 * 1024

    static func bytes(_ path: String) throws -> [UInt8] {
        let name = displayName(path)
        let data: Data
        if path == "-" {
            data = try readLimited(FileHandle.standardInput, name: name)
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError("\(name): no such file")
            }
            if isDirectory.boolValue { throw InputError("\(name): is a folder, not a file") }
            guard let handle = FileHandle(forReadingAtPath: path) else { throw InputError("\(name): cannot be read (permission?)") }
            defer { try? handle.close() }
            data = try readLimited(handle, name: name)
        }
        if data.isEmpty { throw InputError("\(name): is empty") }
        return [UInt8](data)
    }

    /// The file as text; refuses binary content and, when given, text over `limit` bytes.
    static func text(_ path: String, limit: Int? = nil, what: String = "file") throws -> String {
        try text(path, bytes: try bytes(path), limit: limit, what: what)
    }

    private static func text(_ path: String, bytes: [UInt8], limit: Int? = nil, what: String = "file") throws -> String {
        if let limit { try refuseOver(limit, bytes, path, what: what) }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError("\(displayName(path)): not UTF-8 text")
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw InputError("\(displayName(path)): is empty") }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// A message to check: text, and not an interview file, another JSON document or a
    /// binary file (each refused saying what it looks like).
    static func message(_ path: String, limit: Int) throws -> String {
        let bytes = try bytes(path)
        try refuseOver(limit, bytes, path, what: "message")
        if let reason = MessageInput.notAMessage(bytes) { throw InputError("\(displayName(path)): \(reason)") }
        return try text(path, bytes: bytes)
    }

    /// Refuses input longer than `limit` bytes, saying how long it is.
    private static func refuseOver(_ limit: Int, _ bytes: [UInt8], _ path: String, what: String) throws {
        guard bytes.count > limit else { return }
        let megabytes = (Double(bytes.count) / 1_048_576 * 10).rounded() / 10
        throw InputError("\(displayName(path)): \(megabytes) MB is far longer than any \(what); the limit is \(limit / 1_048_576) MB")
    }

    /// An interview file, validated; errors name the file and the JSON path.
    static func interview(_ path: String) throws -> InterviewFile {
        let text = try text(path)
        do {
            return try InterviewFile(json: text)
        } catch {
            throw InputError("\(displayName(path)): \(error.description)")
        }
    }

    static func displayName(_ path: String) -> String { path == "-" ? "standard input" : path }

    private static func readLimited(_ handle: FileHandle, name: String) throws -> Data {
        var data = Data()
        while true {
            let chunk: Data
            do {
                guard let next = try handle.read(upToCount: 1 << 20) else { break }
                chunk = next
            } catch {
                throw InputError("\(name): cannot be read (\(error.localizedDescription))")
            }
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maximumBytes {
                throw InputError("\(name): larger than \(maximumBytes / 1024 / 1024) MB; is this the right file?")
            }
        }
        return data
    }
}
