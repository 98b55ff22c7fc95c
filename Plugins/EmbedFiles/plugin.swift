import Foundation
import PackagePlugin

/// Builds what a single-file Rebound needs into the binary itself, so it runs with no folder
/// beside it: for `ReboundWeb`, the page templates and public files as Swift string literals
/// (`EmbeddedFiles`); for `rebound`, the commit it is built from (`BuildInfo`), read from the
/// checkout's `.git` folder.
@main
struct EmbedFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let tool = try context.tool(named: "EmbedFilesTool")
        let work = context.pluginWorkDirectoryURL
        switch target.name {
        case "ReboundWeb":
            let folders = ["Templates", "Public"].map { target.directoryURL.appending(path: $0) }
            var inputs: [URL] = []
            for folder in folders {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
                inputs += names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appending(path: $0) }
            }
            let output = work.appending(path: "EmbeddedFiles.swift")
            return [.buildCommand(displayName: "Embedding Rebound's templates and public files",
                                  executable: tool.url, arguments: ["files", output.path] + folders.map(\.path),
                                  inputFiles: inputs, outputFiles: [output])]
        case "rebound":
            // The commit: HEAD, and the branch file it names, so a new commit writes it again.
            let git = context.package.directoryURL.appending(path: ".git")
            var inputs = [git.appending(path: "HEAD"), git.appending(path: "packed-refs")]
            if let head = try? String(contentsOf: inputs[0], encoding: .utf8), head.hasPrefix("ref: ") {
                inputs.append(git.appending(path: head.dropFirst(5).trimmingCharacters(in: .whitespacesAndNewlines)))
            }
            let output = work.appending(path: "BuildInfo.swift")
            return [.buildCommand(displayName: "Recording the commit Rebound is built from",
                                  executable: tool.url, arguments: ["commit", output.path, git.path],
                                  inputFiles: inputs.filter { FileManager.default.fileExists(atPath: $0.path) },
                                  outputFiles: [output])]
        default:
            return []
        }
    }
}
