/// What a template name stands for while a page renders.
///
/// `{{name}}` shows a `text` escaped for HTML, `rendered` HTML as it is (only the template
/// library makes it, from a template), and nothing for the other cases. A section
/// `{{#name}}…{{/name}}` shows its content once for `text` (even empty text), a true `flag`
/// or a `scope`, once per item of a `list`, and not at all for `absent`, `false` or an empty
/// list; `{{^name}}…{{/name}}` shows its content exactly when `{{#name}}` would not.
enum TemplateValue {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case scope(TemplateScope)
    /// Part of a page the templates rendered before (`TemplateLibrary.fragment`).
    case rendered(RenderedHTML)
    /// An optional without a value. A name that is absent in an inner scope is looked for
    /// in the outer ones, as with a name the inner scope does not have.
    case absent

    /// Whether `{{#name}}` shows its content (and `{{^name}}` does not).
    var opensSection: Bool {
        switch self {
        case .text, .scope, .rendered: true
        case .flag(let value): value
        case .list(let items): !items.isEmpty
        case .absent: false
        }
    }
}

/// A view model as a template sees it: the value of each of its fields, by field number.
/// (A function over the model rather than the model itself as `any TemplateFields`, so that
/// copying a value while rendering is one reference count, not a call into the model's type.)
struct TemplateScope {
    let value: (_ number: Int) -> TemplateValue?

    init(_ model: some TemplateFields) {
        value = model.templateValue(number:)
    }
}

/// How a template reads one field of a view model `Model`: made from a key path literal by
/// one of the `of` functions, which the compiler picks by the field's type. The literal
/// (`.of(\.company)`) becomes a plain function that reads the property, with no key path
/// object to walk at run time.
struct TemplateField<Model>: Sendable {
    let read: @Sendable (Model) -> TemplateValue

    static func of(_ field: @escaping @Sendable (Model) -> String) -> Self {
        Self { .text(field($0)) }
    }

    static func of(_ field: @escaping @Sendable (Model) -> String?) -> Self {
        Self { field($0).map(TemplateValue.text) ?? .absent }
    }

    static func of(_ field: @escaping @Sendable (Model) -> Int) -> Self {
        Self { .text(String(field($0))) }
    }

    static func of(_ field: @escaping @Sendable (Model) -> RenderedHTML) -> Self {
        Self { .rendered(field($0)) }
    }

    static func of(_ field: @escaping @Sendable (Model) -> Bool) -> Self {
        Self { .flag(field($0)) }
    }

    static func of(_ field: @escaping @Sendable (Model) -> [String]) -> Self {
        Self { .list(field($0).map(TemplateValue.text)) }
    }

    static func of<Child: TemplateFields>(_ field: @escaping @Sendable (Model) -> Child) -> Self {
        Self { .scope(TemplateScope(field($0))) }
    }

    static func of<Child: TemplateFields>(_ field: @escaping @Sendable (Model) -> Child?) -> Self {
        Self { field($0).map { .scope(TemplateScope($0)) } ?? .absent }
    }

    static func of<Child: TemplateFields>(_ field: @escaping @Sendable (Model) -> [Child]) -> Self {
        Self { .list(field($0).map { .scope(TemplateScope($0)) }) }
    }
}
