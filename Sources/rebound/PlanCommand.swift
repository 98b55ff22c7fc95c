import ArgumentParser
import Foundation
import ReboundCore

/// `rebound plan`: the dated recovery plan.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "The recovery plan for an interview: what to do, for whom, and by when.",
        discussion: """
        Reads an interview file and lists the steps of the recovery playbook \
        (thank-you notes, a call to the hiring manager, heads-ups for references, \
        rereading your notes, practice, and so on), sorted by due time in the \
        interview's time zone. Steps already past due are marked late and come \
        first, with advice for acting late. A step whose moment has passed (a \
        thank-you a week on, a call three days on) is let go: it is listed last, \
        with a word on why that is fine. While you wait to hear, a check-in comes \
        due; after an offer, a reply and thank-you notes to those who helped.

        --format ics writes a calendar file you can import into a calendar app.

        Example:
          rebound plan Examples/pending-panel.json
          rebound plan --format ics Examples/pending-panel.json > plan.ics
        """
    )

    @OptionGroup var now: NowOption

    @Option(name: .long, help: ArgumentHelp("text for people, json for programs, ics for calendars.", valueName: "format"))
    var format: PlanFormat = .text

    @Argument(help: ArgumentHelp("The interview file, or - for standard input.", valueName: "file"))
    var file: String

    enum PlanFormat: String, ExpressibleByArgument, CaseIterable { case text, json, ics }

    func run() throws {
        let moment = try now.moment()
        let interview = try InputFile.interview(file)
        let plan = RecoveryPlan(for: interview, now: moment)
        switch format {
        case .json: Output.write(JSONWriter.write(plan.jsonValue) + "\n")
        case .ics: Output.write(CalendarExport.ics(for: plan, interview: interview.interview, stamp: moment))
        case .text: Output.write(TextReport.plan(plan, interview: interview.interview))
        }
    }
}
