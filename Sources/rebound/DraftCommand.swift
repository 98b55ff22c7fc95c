import ArgumentParser
import Foundation
import ReboundCore

/// `rebound draft`: every message the plan sends.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Drafts of every message the recovery plan sends, written for each reader.",
        discussion: """
        One thank-you per interviewer (each adds your better answer and restates \
        your interest), a call script with a voicemail version for the hiring \
        manager, a heads-up for each reference, a note for your recruiter, insider \
        or referrer, a check-in when you have heard nothing, a feedback request \
        after a rejection, and after an offer a reply and notes to share the news. \
        Every draft passes 'rebound check' for its kind. Edit them before sending: they are a starting \
        point in your voice, not a form letter.

        --format eml writes e-mail drafts your mail program opens: one .eml file per \
        message in --output, or all of them as one mailbox (mbox) on standard \
        output. The call script is not an e-mail and appears only in text and json.

        Example:
          rebound draft Examples/pending-panel.json
          rebound draft --format eml --output drafts/ --name "Alex Kim" \\
            --from "Alex Kim <alex@example.com>" Examples/pending-panel.json
        """
    )

    @OptionGroup var now: NowOption

    @Option(name: .long, help: ArgumentHelp("text for people, json for programs, eml for mail programs.", valueName: "format"))
    var format: DraftFormat = .text

    @Option(name: .long, help: ArgumentHelp("Your name, to sign the drafts and introduce yourself in the call script.", valueName: "name"))
    var name: String?

    @Option(name: .long, help: ArgumentHelp("The From line of .eml drafts (\"Name <address>\").", valueName: "address"))
    var from: String = "<you@example.invalid>"

    @Option(name: .long, help: ArgumentHelp("With --format eml: a folder to write one .eml file per draft into.", valueName: "folder"))
    var output: String?

    @Argument(help: ArgumentHelp("The interview file, or - for standard input.", valueName: "file"))
    var file: String

    enum DraftFormat: String, ExpressibleByArgument, CaseIterable { case text, json, eml }

    func validate() throws {
        if output != nil, format != .eml { throw ValidationError("--output is only for --format eml") }
        if MailHeaders.parseMailbox(from) == nil {
            throw ValidationError("--from: \"\(from.prefix(60))\" is not an e-mail address; give \"Name <you@example.org>\" or an address")
        }
        if let name, let problem = TextShape.oneLine.firstProblem(in: name) { throw ValidationError("--name: \(problem)") }
    }

    func run() throws {
        let moment = try now.moment()
        let interview = try InputFile.interview(file)
        let drafts = DraftWriter(file: interview, now: moment, senderName: name).drafts()
        switch format {
        case .json: Output.write(JSONWriter.write(Draft.jsonValue(drafts)) + "\n")
        case .text: Output.write(TextReport.drafts(drafts))
        case .eml: try writeMail(drafts.filter { $0.kind != .callScript }, moment: moment)
        }
    }

    private func writeMail(_ drafts: [Draft], moment: Timestamp) throws {
        let messages = drafts.enumerated().map { index, draft in
            (MailExport.fileName(for: draft, index: index), MailExport.eml(for: draft, from: from, date: moment, sequence: index))
        }
        guard let output else {
            for (_, message) in messages {
                // mbox: each message starts with a "From " line; body lines starting with "From " are quoted.
                Output.write("From rebound \(MailExport.mboxDate(moment))\n")
                Output.write(message.replacingOccurrences(of: "\r\n", with: "\n")
                    .replacingOccurrences(of: "\nFrom ", with: "\n>From ") + "\n")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw InputError("--output \(output): cannot create the folder")
        }
        for (name, message) in messages {
            let path = (output as NSString).appendingPathComponent(name)
            guard FileManager.default.createFile(atPath: path, contents: Data(message.utf8)) else {
                throw InputError("--output \(output): cannot write \(name)")
            }
            Output.write(path + "\n")
        }
    }
}
