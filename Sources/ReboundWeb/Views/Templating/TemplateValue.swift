/// What a template name stands for while a page renders.
///
/// `{{name}}` shows a `text` escaped for HTML, and nothing for the other cases. A section
/// `{{#name}}…{{/name}}` shows its content once for `text` (even empty text), a true `flag`
/// or a `scope`, once per item of a `list`, and not at all for `absent`, `false` or an empty
/// list; `{{^name}}…{{/name}}` shows its content exactly when `{{#name}}` would not.
enum TemplateValue {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case scope(any TemplateFields)
    /// An optional without a value. A name that is absent in an inner scope is looked for
    /// in the outer ones, as with a name the inner scope does not have.
    case absent

    /// Whether `{{#name}}` shows its content (and `{{^name}}` does not).
    var opensSection: Bool {
        switch self {
        case .text, .scope: true
        case .flag(let value): value
        case .list(let items): !items.isEmpty
        case .absent: false
        }
    }
}

/// How a template reads one field of a view model `Model`: made from a key path by one of
/// the `of` functions, which the compiler picks by the field's type.
struct TemplateField<Model>: Sendable {
    let read: @Sendable (Model) -> TemplateValue

    static func of(_ path: KeyPath<Model, String> & Sendable) -> Self {
        Self { .text($0[keyPath: path]) }
    }

    static func of(_ path: KeyPath<Model, String?> & Sendable) -> Self {
        Self { $0[keyPath: path].map(TemplateValue.text) ?? .absent }
    }

    static func of(_ path: KeyPath<Model, Int> & Sendable) -> Self {
        Self { .text(String($0[keyPath: path])) }
    }

    static func of(_ path: KeyPath<Model, Bool> & Sendable) -> Self {
        Self { .flag($0[keyPath: path]) }
    }

    static func of(_ path: KeyPath<Model, [String]> & Sendable) -> Self {
        Self { .list($0[keyPath: path].map(TemplateValue.text)) }
    }

    static func of<Child: TemplateFields>(_ path: KeyPath<Model, Child> & Sendable) -> Self {
        Self { .scope($0[keyPath: path]) }
    }

    static func of<Child: TemplateFields>(_ path: KeyPath<Model, Child?> & Sendable) -> Self {
        Self { $0[keyPath: path].map { TemplateValue.scope($0) } ?? .absent }
    }

    static func of<Child: TemplateFields>(_ path: KeyPath<Model, [Child]> & Sendable) -> Self {
        Self { .list($0[keyPath: path].map { TemplateValue.scope($0) }) }
    }
}
