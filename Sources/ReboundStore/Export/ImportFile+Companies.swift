import Foundation
import ReboundCore

extension ImportFile {
    /// The notes on companies of an export (`companies`, absent in older exports).
    static func companyNotes(_ list: FieldReader, now: Date) -> [CompanyNotes] {
        var notes: [CompanyNotes] = []
        var seen = Set<CompanyKey>()
        for item in list.elements() where item.expectObject(required: true) {
            let company = item["company"].rawText(required: true, limit: 1200)
            let key = company.flatMap { name -> CompanyKey? in
                guard name.count <= 300, let key = CompanyKey(company: name) else {
                    item["company"].report("give the company's name, at most 300 characters with a letter or digit")
                    return nil
                }
                guard seen.insert(key).inserted else {
                    item["company"].report("the same company is listed twice")
                    return nil
                }
                return key
            }
            let field = item["field"].rawText(required: false, limit: 40).flatMap { raw -> WorkField? in
                guard let field = WorkField(rawValue: raw) else {
                    item["field"].report("must be one of \(WorkField.allCases.map(\.rawValue).joined(separator: ", "))")
                    return nil
                }
                return field
            }
            var texts: [String: String] = [:]
            for name in ["history", "strengths", "achievements", "goals"] {
                let text = item[name].rawText(required: false, limit: CompanyNotes.textLimit * 4, shape: .freeText) ?? ""
                if text.count > CompanyNotes.textLimit { item[name].report("at most \(CompanyNotes.textLimit) characters") }
                texts[name] = text
            }
            let updatedAt = date(item["updatedAt"]) ?? now
            if let company, let key {
                notes.append(CompanyNotes(key: key, company: company, field: field, history: texts["history"]!,
                                          strengths: texts["strengths"]!, achievements: texts["achievements"]!,
                                          goals: texts["goals"]!, updatedAt: updatedAt))
            }
        }
        return notes
    }
}
