import Foundation
import Markdown
import TestSupport
import Testing

@testable import Site

/// A template's mistakes are reported at the tag to fix, and files that change nothing are named.
struct TemplateMessagesTests {
    /// Loads the theme with `files` in its folder; the error, if any.
    static func loadError(_ files: [String: String]) throws -> Diagnostic? {
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        do {
            _ = try TemplateSet.load(overriding: folder.path)
            return nil
        } catch {
            return error
        }
    }

    @Test func tagsKnowTheirLineAndColumnInCharacters() {
        let tags = TemplateTags("é\n  ab {{#s}}x{{/s}}\n{{{raw}}} {{> part }}")
        #expect(tags.tags.map(\.text) == ["#s", "/s", "{raw}", "> part"])
        #expect(tags.tags.map { tags.position(of: $0.offset).line } == [2, 2, 3, 3])
        #expect(tags.tags.map { tags.position(of: $0.offset).column } == [6, 13, 1, 11])
        #expect(tags.includedNames == ["part"])
    }

    @Test func aSectionNeverClosedIsReportedAtItsOpeningTag() throws {
        let error = try Self.loadError(["section.mustache": "x\n  {{#blocks}}\n{{^isTable}}x{{/isTable}}\n"])
        #expect(error?.location.line == 2)
        #expect(error?.location.column == 3)
        #expect(error?.message.contains("{{#blocks}} is never closed (add {{/blocks}}") == true)
        // Inside a parent, the parent's close comes first: it is where the section should have ended.
        let inParent = try Self.loadError([
            "section.mustache": "{{<layout}}{{$main}}\n  {{#blocks}}\n{{^isTable}}x{{/isTable}}\n{{/main}}{{/layout}}\n"
        ])
        #expect(inParent?.location.line == 4)
        #expect(inParent?.message.contains("{{/main}} does not close the open section, {{#blocks}} of line 2") == true)
    }

    @Test func aSectionOpenedWithOtherDelimitersIsQuotedWithThem() throws {
        let error = try Self.loadError(["model.mustache": "a\n{{=<% %>=}}\nb <%#rows%>\n"])
        #expect(error?.location.line == 3)
        #expect(error?.location.column == 3)
        #expect(error?.message.contains("<%#rows%> is never closed (add <%/rows%>") == true)
    }

    @Test func aCloseNamingAnotherSectionIsReportedThereWithTheOpenOne() throws {
        let error = try Self.loadError(["model.mustache": "{{#rows}}\n\n  x {{/row}}\n"])
        #expect(error?.location.line == 3)
        #expect(error?.location.column == 5)
        #expect(error?.message.contains("{{/row}} does not close the open section, {{#rows}} of line 1") == true)
        let stray = try Self.loadError(["model.mustache": "a {{/rows}}"])
        #expect(stray?.location.column == 3)
        #expect(stray?.message.contains("{{/rows}} closes no open section") == true)
    }

    @Test func otherParseErrorsAreExplainedInWords() throws {
        let error = try Self.loadError(["model.mustache": "x\n{{= x =}}\n"])
        #expect(error?.location.line == 2)
        #expect(error?.message.contains("set-delimiter tag is malformed") == true)
        #expect(error?.message.contains("invalidSetDelimiter") == false)
    }

    @Test func aMissingPartialIsReportedAtTheTagThatIncludesIt() throws {
        let error = try Self.loadError(["model.mustache": "a\nb\n   c {{>  nowhere }}\n"])
        #expect(error?.location.line == 3)
        #expect(error?.location.column == 6)
        #expect(error?.message.contains("({{>  nowhere}})") == true)
    }

    @Test func aVariableNoPageHasIsAWarningAtItsTagWithTheLikelyField() throws {
        let folder = try TemporaryFolder(files: [
            "model.mustache":
                "<h1>{{nmae}}</h1>\n{{#hasScore}}x{{/hasScore}} {{{htlm}}} {{&name}} {{.}} {{#rows}}{{.title}}{{/rows}}\n"
                + "{{^nowhere}}y{{/nowhere}} {{nmae}}\n"
        ])
        defer { folder.remove() }
        let warnings = try TemplateSet.load(overriding: folder.path).warnings
        let places = warnings.map { "\($0.location.line):\($0.location.column)" }
        try #require(places == ["1:5", "2:1", "2:29", "3:1"])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.location.path == folder.path + "/model.mustache" })
        #expect(
            warnings[0].message.contains(
                "{{nmae}} names no field of any page, so it renders as nothing (did you mean 'name'?)"))
        #expect(warnings[1].message.contains("its section never renders (did you mean 'hasScores'?)"))
        #expect(warnings[2].message.contains("{{{htlm}}}") && warnings[2].message.contains("'html'"))
        #expect(
            warnings[3].message.contains("its section always renders") && !warnings[3].message.contains("did you mean"))
    }

    /// The list the warning checks against is the views' fields, neither more nor fewer, and the
    /// built-in theme uses none outside it.
    @Test func theKnownFieldsAreThePageViewsFields() {
        var answered: Set<String> = []
        for view in SampleViews.all {
            let fields = view as! any TemplateFields
            for child in Mirror(reflecting: view).children {
                guard let label = child.label else { continue }
                #expect(TemplateFieldNames.all.contains(label), "\(type(of: view)).\(label) is not listed")
            }
            answered.formUnion(TemplateFieldNames.all.filter { fields.field($0) != nil })
        }
        #expect(answered == TemplateFieldNames.all)
        for (path, bytes) in BuiltInTheme.files where path.hasSuffix(".mustache") {
            let warnings = TemplateSet.unknownFields(in: String(decoding: bytes, as: UTF8.self), path: path)
            #expect(warnings.isEmpty, "\(path): \(warnings.map(\.message))")
        }
    }

    @Test func aTemplateNoPageUsesIsAWarningWithTheLikelyName() throws {
        let folder = try TemporaryFolder(files: [
            "modle.mustache": "x", "my-part.mustache": "y", "model.mustache": "{{> my-part}}", "zzz.mustache": "z",
        ])
        defer { folder.remove() }
        let warnings = try TemplateSet.load(overriding: folder.path).warnings
        #expect(warnings.map(\.location.path) == [folder.path + "/modle.mustache", folder.path + "/zzz.mustache"])
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.first?.message.contains("(did you mean model.mustache?)") == true)
        #expect(warnings.last?.message.contains("did you mean") == false)
    }

    @Test func typosAreAtMostTwoEdits() {
        #expect(TemplateSet.isTypo("model", of: "modle"))
        #expect(TemplateSet.isTypo("series-row", of: "serie-row"))
        #expect(!TemplateSet.isTypo("model", of: "model"))
        #expect(!TemplateSet.isTypo("index", of: "zzz"))
    }

    @Test func invalidUTF8InATemplateIsAWarningAtItsPlace() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let bytes =
            Array("{{<layout}}{{$main}}\nok é".utf8) + [0xFF, 0xFE] + Array(" {{name}}{{/main}}{{/layout}}".utf8)
        FileManager.default.createFile(atPath: folder.path + "/model.mustache", contents: Data(bytes))
        let set = try TemplateSet.load(overriding: folder.path)
        let warning = try #require(set.warnings.first)
        #expect(warning.location.line == 2)
        #expect(warning.location.column == 5)
        #expect(warning.message.hasPrefix("invalid UTF-8 (and 1 more), replaced with U+FFFD"))
    }
}
