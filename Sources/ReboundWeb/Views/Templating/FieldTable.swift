import Synchronization

/// Every name that a template or a view model uses, each given a small number the first
/// time it is seen. Templates and field tables are numbered once, at start, so rendering a
/// page finds a field by its number in an array instead of hashing its name at every tag.
enum FieldNumbers {
    private static let numbers = Mutex<[String: Int]>([:])

    /// The number of `name`, given now if the name is new.
    static func number(of name: String) -> Int {
        numbers.withLock { numbers in
            if let number = numbers[name] { return number }
            let number = numbers.count
            numbers[name] = number
            return number
        }
    }

    /// The number of `name`, or nil when no template or view model has used it.
    static func existingNumber(of name: String) -> Int? {
        numbers.withLock { $0[name] }
    }
}

/// The fields of a view model `Model` that templates may name, written as a dictionary
/// literal (`["company": .of(\.company)]`) and kept by field number.
struct FieldTable<Model>: Sendable, ExpressibleByDictionaryLiteral {
    private let byNumber: [TemplateField<Model>?]
    /// The names in the table, for the test that every template name is a field somewhere.
    let names: [String]

    init(dictionaryLiteral elements: (String, TemplateField<Model>)...) {
        names = elements.map(\.0)
        let numbers = names.map(FieldNumbers.number(of:))
        var byNumber = [TemplateField<Model>?](repeating: nil, count: (numbers.max() ?? -1) + 1)
        for (number, (name, field)) in zip(numbers, elements) {
            precondition(byNumber[number] == nil, "the field \(name) is listed twice")
            byNumber[number] = field
        }
        self.byNumber = byNumber
    }

    /// The number of the field `name`, or nil when the table has no such field.
    func number(of name: String) -> Int? {
        names.contains(name) ? FieldNumbers.existingNumber(of: name) : nil
    }

    /// The field with this number, or nil when the table has none.
    subscript(number: Int) -> TemplateField<Model>? {
        number < byNumber.count ? byNumber[number] : nil
    }
}
