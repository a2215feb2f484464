import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

struct TemplateSetTests {
    /// Every required template; the pages of the model graph just print their name.
    static let minimal: [String: String] = {
        var files = [
            "layout.mustache": "<html><title>{{chrome.documentTitle}}</title>{{$main}}{{/main}}</html>",
            "index.mustache": "{{<layout}}{{$main}}index{{/main}}{{/layout}}",
            "section.mustache": "{{<layout}}{{$main}}{{title}}{{/main}}{{/layout}}",
        ]
        for name in TemplateSet.requiredNames where files[name + ".mustache"] == nil {
            files[name + ".mustache"] = "{{<layout}}{{$main}}{{name}}{{/main}}{{/layout}}"
        }
        return files
    }()

    @Test func loadsAFolderOfTemplates() async throws {
        let folder = try TemporaryFolder(files: Self.minimal)
        defer { folder.remove() }
        let templates = try await TemplateSet.load(from: folder.path)
        #expect(try templates.render(["title": "x"], template: "index") == "<html><title></title>index</html>")
    }

    /// A `"` or `<` joined to a combining mark (or after a prepended U+0600) in one grapheme is
    /// escaped on both paths: the compiled templates' and swift-mustache's (plain values), which
    /// compares whole Characters and let them through before.
    @Test func markupJoinedInOneGraphemeIsEscapedOnEveryPath() async throws {
        let hostile = "\"\u{301} onfocus=alert(1) \u{600}<img src=x onerror=alert(2)>\u{301} '\u{301} &\u{301}"
        let escaped =
            "&quot;\u{301} onfocus=alert(1) \u{600}&lt;img src=x onerror=alert(2)&gt;\u{301} &#39;\u{301} &amp;\u{301}"
        #expect(HTMLEscaping.escape(hostile) == escaped)
        let folder = try TemporaryFolder(files: Self.minimal)
        defer { folder.remove() }
        let templates = try await TemplateSet.load(from: folder.path)
        #expect(
            try templates.render(["title": hostile], template: "section") == "<html><title></title>\(escaped)</html>")
        let theme = try TemplateSet.load(overriding: folder.path)
        #expect(try theme.render(["title": hostile], template: "section") == "<html><title></title>\(escaped)</html>")
    }

    struct Named: TemplateFields {
        func field(_ name: String) -> TemplateValue? { name == "name" ? .text("x") : nil }
    }

    /// Templates that include each other without end (`{{> loop}}` in `loop.mustache`, a
    /// layout that is its own parent) stop with an error naming one (they crashed the build);
    /// so do templates that each include the next twice, which expand exponentially.
    @Test(arguments: [
        ["loop.mustache": "x{{> loop}}", "model.mustache": "{{> loop}}"],
        ["layout.mustache": "{{< layout}}{{/layout}}"],
        ["a.mustache": "{{#name}}{{> b}}{{/name}}", "b.mustache": "{{> a}}", "model.mustache": "{{> a}}"],
        Dictionary(
            uniqueKeysWithValues: (0..<40).map { ("p\($0).mustache", "{{> p\($0 + 1)}}{{> p\($0 + 1)}}") }
                + [("p40.mustache", "."), ("model.mustache", "{{> p0}}")]),
    ])
    func templatesIncludedWithoutEndAreAnError(_ files: [String: String]) async throws {
        let folder = try TemporaryFolder(files: Self.minimal.merging(files) { _, new in new })
        defer { folder.remove() }
        let templates = try await TemplateSet.load(from: folder.path)
        let error = #expect(throws: Diagnostic.self) { try templates.render(Named(), template: "model") }
        #expect(error?.message.contains("is included without end") == true)
        #expect(error?.location.path.hasPrefix(folder.path + "/") == true)
    }

    @Test(arguments: ["layout", "index", "section", "model", "benchmark-index"])
    func aMissingTemplateIsAnErrorNamingItsFile(name: String) async throws {
        var files = Self.minimal
        files[name + ".mustache"] = nil
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let error = await #expect(throws: Diagnostic.self) { try await TemplateSet.load(from: folder.path) }
        #expect(error?.severity == .error)
        #expect(error?.description.contains("\(name).mustache") == true)
    }

    /// An empty required template made every page it renders 0 bytes, with no word.
    @Test(arguments: ["", " \n\t\n"])
    func anEmptyRequiredTemplateIsAnError(text: String) async throws {
        var files = Self.minimal
        files["layout.mustache"] = text
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let error = await #expect(throws: Diagnostic.self) { try await TemplateSet.load(from: folder.path) }
        #expect(error?.description.contains("layout.mustache:1:1: error: template is empty") == true)
    }

    @Test func anUnparsableTemplateIsAnErrorWithItsLine() async throws {
        var files = Self.minimal
        files["section.mustache"] = "{{<layout}}\n{{$main}}\n{{#blocks}}{{/block}}\n{{/main}}{{/layout}}"
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let error = await #expect(throws: Diagnostic.self) { try await TemplateSet.load(from: folder.path) }
        #expect(error?.location.path == folder.path + "/section.mustache")
        #expect(error?.location.line == 3)
    }

    @Test func aMissingPartialIsAnErrorNamingTheTemplateThatUsesIt() async throws {
        var files = Self.minimal
        files["index.mustache"] = "{{<layout}}{{$main}}{{> missing-part }}{{/main}}{{/layout}}"
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let error = await #expect(throws: Diagnostic.self) { try await TemplateSet.load(from: folder.path) }
        #expect(error?.location.path == folder.path + "/index.mustache")
        #expect(error?.message.contains("missing-part.mustache") == true)
    }

    @Test func aMissingFolderIsAnError() async {
        let error = await #expect(throws: Diagnostic.self) {
            try await TemplateSet.load(from: "/nonexistent/templates")
        }
        #expect(error?.location.path == "/nonexistent/templates")
    }

    @Test func findsPartialAndParentNames() {
        let names = TemplateSet.referencedNames(
            in: "{{<layout}}{{$main}}{{#a}}{{> block }}{{/a}}{{name}}{{/main}}{{/layout}}")
        #expect(names == ["layout", "block"])
    }

    /// A partial named with changed delimiters is checked like any other: a missing one
    /// rendered as nothing, without a word.
    @Test func namesUnderChangedDelimitersAreFound() async throws {
        #expect(
            TemplateSet.referencedNames(in: "{{> a}}{{=<% %>=}}<%> b %><%={{ }}=%>{{<c}}{{/c}}<%> not %>")
                == ["a", "b", "c"])
        // A change inside a section ends with it.
        #expect(TemplateSet.referencedNames(in: "{{=<% %>=}}<%#s%><%=| |=%>|> in||/s|<%> after%>") == ["in", "after"])
        var files = Self.minimal
        files["model.mustache"] = "{{=<% %>=}}<%> also-missing%><%={{ }}=%>{{name}}"
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let error = await #expect(throws: Diagnostic.self) { try await TemplateSet.load(from: folder.path) }
        #expect(error?.message.contains("also-missing.mustache") == true)
    }

    /// The byte scan finds what the Foundation scan it replaced found, on random template text
    /// made of braces, sigils, spaces, tabs, a no-break space, newlines and names.
    @Test func referencedNamesMatchTheFoundationScan() {
        let pieces = ["{{", "}}", "{", "}", ">", "<", " ", "\t", "\u{A0}", "\n", "part", "é", "#", "/", "{{{", "}}}"]
        var random = SplitMix64(seed: 0x7E3A)
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...24, using: &random) { text += pieces.randomElement(using: &random)! }
            #expect(
                TemplateSet.referencedNames(in: text) == Self.foundationReferencedNames(in: text),
                "\(text.debugDescription)")
        }
    }

    /// The scan `referencedNames` used before, kept as the reference.
    private static func foundationReferencedNames(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            guard let close = rest.range(of: "}}") else { break }
            let tag = rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            if let sigil = tag.first, sigil == ">" || sigil == "<" {
                let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { names.append(name) }
            }
            rest = rest[close.upperBound...]
        }
        return names
    }
}
