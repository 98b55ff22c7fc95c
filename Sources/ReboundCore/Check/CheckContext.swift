/// What the check needs to know about an interview (its people, company and role, ready for
/// comparing names), prepared once so many messages of one interview can be checked quickly.
public struct CheckContext: Sendable {
    let names: NameCheck

    public init(_ file: InterviewFile) {
        names = NameCheck(file: file)
    }
}
