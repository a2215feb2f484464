import Markdown
import Testing

@testable import Site

struct BuildMemoryTests {
    func theme(_ marker: String) -> LoadedTheme {
        LoadedTheme(
            templates: nil, assets: [:],
            diagnostics: [Diagnostic(.error, at: SourceLocation(path: marker, line: 1, column: 1), marker)])
    }

    func files(_ text: String) -> [ThemeFile] {
        [ThemeFile(path: "layout.mustache", bytes: Array(text.utf8), overriddenBy: "Templates/layout.mustache")]
    }

    /// The same theme files give the theme loaded for them before; other files, or none (the
    /// theme could not be read), load it again.
    @Test func aThemeIsLoadedAgainOnlyWhenItsFilesChange() {
        let memory = BuildMemory()
        var loads = 0
        func load(_ marker: String) -> () -> LoadedTheme {
            {
                loads += 1
                return theme(marker)
            }
        }
        #expect(memory.theme(for: files("a"), load: load("first")).diagnostics.first?.message == "first")
        #expect(memory.theme(for: files("a"), load: load("second")).diagnostics.first?.message == "first")
        #expect(loads == 1)
        #expect(memory.theme(for: files("b"), load: load("third")).diagnostics.first?.message == "third")
        #expect(memory.theme(for: nil, load: load("fourth")).diagnostics.first?.message == "fourth")
        #expect(memory.theme(for: nil, load: load("fifth")).diagnostics.first?.message == "fifth")
        #expect(loads == 4)
    }
}
