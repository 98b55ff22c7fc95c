import ReboundCore

/// "Did they say when they would decide?": the optional day the employer gave, read from a
/// form's `decisionBy` date field in the interview's zone. It moves the plan's check-in.
enum DecisionDateField {
    /// The field's name in every form that asks.
    static let name = "decisionBy"

    /// The day as an instant (midday local, so the day is the same wherever it is read), nil
    /// when the field is blank, or a problem naming the field when it is not a day or falls
    /// before the interview's own day.
    static func read(_ text: String?, interview: Interview) -> Result<Timestamp?, FieldProblem> {
        guard let text, !text.isEmpty else { return .success(nil) }
        let zone = interview.timeZone
        guard let noon = Formatting.instant(date: text, time: "12:00", in: zone) else {
            return .failure(FieldProblem("Decision date", "give a day like 2026-12-04, or leave it empty"))
        }
        let interviewDay = zone.day(of: interview.start.seconds)
        guard zone.day(of: noon.seconds) >= interviewDay else {
            return .failure(FieldProblem("Decision date", "the employer decides after the interview, so give a day from \(Formatting.day(interviewDay)) on"))
        }
        // The interview's own day: its start, so the date is never before the interview.
        return .success(noon < interview.start ? interview.start : noon)
    }

    /// The field's value for a form showing `interview`.
    static func value(of interview: Interview) -> String {
        interview.decisionBy.map { Formatting.inputValues($0.seconds, in: interview.timeZone).date } ?? ""
    }
}
