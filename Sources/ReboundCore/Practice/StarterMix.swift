/// Starter questions for a line of work, mixed by kind so a set of questions is not all
/// stories: the field's own questions first, then those that suit any job.
enum StarterMix {
    /// The order kinds are taken in, round after round.
    static let kindOrder: [QuestionKind] = [.behavioural, .technical, .situational, .motivation, .behavioural, .situational, .technical, .salary]

    /// Up to `count` starter questions not in `taken`, which gains their keys.
    static func pick(from bank: QuestionBank, field: WorkField?, count: Int, taken: inout Set<QuestionKey>) -> [BankQuestion] {
        let fits = bank.filtered(BankFilter(field: field, source: .starter))
        let fieldFirst = field == nil ? fits.filter(\.fields.isEmpty) : fits.filter { !$0.fields.isEmpty } + fits.filter(\.fields.isEmpty)
        var chosen: [BankQuestion] = []
        var round = 0
        while chosen.count < count, round < 20 {
            for kind in kindOrder where chosen.count < count {
                if let next = fieldFirst.first(where: { $0.kind == kind && !taken.contains($0.key) }) {
                    taken.insert(next.key)
                    chosen.append(next)
                }
            }
            round += 1
        }
        return chosen
    }
}
