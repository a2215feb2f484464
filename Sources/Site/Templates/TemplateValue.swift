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
    case list(any TemplateList)
    /// A view with named fields; a section over it renders once with it on the context stack.
    case object(any TemplateFields)
    /// The view at `index` of a list, read in place: a section over a thousand rows pushes each
    /// row as its list and index, not as a copy of the row in a box of its own.
    case element(any TemplateList, Int)

    /// A list of views.
    static func objects<View: TemplateFields>(_ views: [View]) -> TemplateValue { .list(ViewList(views: views)) }

    /// A list of strings (`{{#aliases}}{{.}}{{/aliases}}`).
    static func texts(_ strings: [String]) -> TemplateValue { .list(TextList(texts: strings)) }

    /// An optional view: nil when absent, so that lookup goes on up the context stack as in Mustache.
    static func optional(_ view: (some TemplateFields)?) -> TemplateValue? { view.map { .object($0) } }

    /// The field called `name` of an object or a list's element; nil for anything else.
    func field(_ name: String) -> TemplateValue? {
        switch self {
        case .object(let view): view.field(name)
        case .element(let list, let index): list.field(name, at: index)
        case .text, .flag, .list: nil
        }
    }
}

/// A view whose fields a template reads by name.
protocol TemplateFields {
    /// The field called `name`, or nil when the view has none (Mustache then looks further up).
    func field(_ name: String) -> TemplateValue?
    /// The field called `name` of the view at `view`, read there: a list's element read through
    /// a generic view would be copied first (a retain per stored string).
    static func field(_ name: String, of view: UnsafePointer<Self>) -> TemplateValue?
}

extension TemplateFields {
    static func field(_ name: String, of view: UnsafePointer<Self>) -> TemplateValue? { view.pointee.field(name) }
}

/// The elements of a list field, read where they are.
protocol TemplateList {
    var count: Int { get }
    /// The element at `index`, as a section over the list pushes it.
    func element(_ index: Int) -> TemplateValue
    /// The field `name` of the element at `index` (nil for elements without fields).
    func field(_ name: String, at index: Int) -> TemplateValue?
}

extension TemplateList {
    var isEmpty: Bool { count == 0 }
}

/// A list of views (`rows`, `nav`, ...).
struct ViewList<View: TemplateFields>: TemplateList {
    let views: [View]

    var count: Int { views.count }
    func element(_ index: Int) -> TemplateValue { .element(self, index) }
    /// Read through the buffer: the array's subscript would copy the view (a retain per field).
    func field(_ name: String, at index: Int) -> TemplateValue? {
        views.withUnsafeBufferPointer { View.field(name, of: $0.baseAddress.unsafelyUnwrapped + index) }
    }
}

/// A list of strings.
struct TextList: TemplateList {
    let texts: [String]

    var count: Int { texts.count }
    func element(_ index: Int) -> TemplateValue { .text(texts[index]) }
    func field(_ name: String, at index: Int) -> TemplateValue? { nil }
}
