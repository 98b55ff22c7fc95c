import Foundation
import ReboundCore
import SQLKit

extension SQLStorage {
    public func rulesTurnedOff(of user: UserID) async throws -> Set<CheckRule> {
        try await read { db in
            Set(try await db.raw("SELECT rule FROM check_rules_off WHERE user_id = \(bind: user.rawValue)").all()
                .compactMap { CheckRule(rawValue: try $0.text("rule")) })
        }
    }

    public func setRulesTurnedOff(_ rules: Set<CheckRule>, of user: UserID) async throws {
        try await write { db in
            try await db.raw("DELETE FROM check_rules_off WHERE user_id = \(bind: user.rawValue)").run()
            for rule in CheckRule.allCases where rules.contains(rule) {
                try await db.raw("INSERT INTO check_rules_off (user_id, rule) VALUES (\(bind: user.rawValue), \(bind: rule.rawValue))").run()
            }
        }
    }

    public func dismissals(of draft: String, in interview: InterviewID, of user: UserID) async throws -> Set<Dismissal> {
        try await read { db in
            Set(try await db.raw("""
                SELECT rule, words FROM dismissed_findings
                WHERE interview_id = \(bind: interview.rawValue) AND draft_key = \(bind: draft) AND user_id = \(bind: user.rawValue)
                """).all().compactMap { row -> Dismissal? in
                guard let rule = CheckRule(rawValue: try row.text("rule")) else { return nil }
                return Dismissal(rule: rule, words: try row.text("words"))
            })
        }
    }

    public func dismiss(_ dismissal: Dismissal, in draft: String, of interview: InterviewID, of user: UserID, at: Date) async throws -> Bool {
        try await write { db in
            guard try await Self.owner(of: interview, in: db) == user else { return false }
            try await db.raw("""
                INSERT INTO dismissed_findings (interview_id, draft_key, rule, words, user_id, dismissed_at)
                VALUES (\(bind: interview.rawValue), \(bind: draft), \(bind: dismissal.rule.rawValue), \(bind: dismissal.words),
                        \(bind: user.rawValue), \(bind: at.storedSeconds))
                ON CONFLICT (interview_id, draft_key, rule, words) DO NOTHING
                """).run()
            return true
        }
    }

    public func restore(_ dismissal: Dismissal, in draft: String, of interview: InterviewID, of user: UserID) async throws {
        try await write { db in
            try await db.raw("""
                DELETE FROM dismissed_findings
                WHERE interview_id = \(bind: interview.rawValue) AND draft_key = \(bind: draft) AND rule = \(bind: dismissal.rule.rawValue)
                  AND words = \(bind: dismissal.words) AND user_id = \(bind: user.rawValue)
                """).run()
        }
    }
}
