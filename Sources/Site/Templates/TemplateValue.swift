/// A value as a template sees it: built by the page views, read by name without reflection.
///
/// swift-mustache reads plain structs through `Mirror`, which costs a reflection walk and
/// several dynamic casts per variable; page views instead answer `field(_:)` with a switch.
enum TemplateValue {
    /// Printed HTML-escaped by `{{name}}`, as is by `{{{name}}}`; a section over it renders once.
    case text(String)
    /// A section renders when true, an inverted section when false; `{{flag}}` prints `true`/`false`.
    case flag(Bool)
    /// A section renders once per element; an inverted section when it is empty.
    case list([TemplateValue])
    /// A view with named fields; a section over it renders once with it on the context stack.
    case object(any TemplateFields)

    /// A list of views.
    static func objects(_ views: [some TemplateFields]) -> TemplateValue { .list(views.map { .object($0) }) }

    /// A list of strings (`{{#aliases}}{{.}}{{/aliases}}`).
    static func texts(_ strings: [String]) -> TemplateValue { .list(strings.map { .text($0) }) }

    /// An optional view: nil when absent, so that lookup goes on up the context stack as in Mustache.
    static func optional(_ view: (some TemplateFields)?) -> TemplateValue? { view.map { .object($0) } }
}

/// A view whose fields a template reads by name.
protocol TemplateFields {
    /// The field called `name`, or nil when the view has none (Mustache then looks further up).
    func field(_ name: String) -> TemplateValue?
}
