import Markdown
import TestSupport
import Testing

@testable import Site

/// The compiled templates must print exactly what swift-mustache prints for the same data: each
/// case renders one view twice, once as a plain struct (swift-mustache, through Mirror) and once
/// as `TemplateFields` (the compiled path), and compares the bytes.
struct CompiledTemplateTests {
    struct Tag { var label: String }
    struct Item {
        var name: String
        var isOn: Bool
        var tags: [Tag]
        var words: [String]
        var child: Tag?
        var html: String
    }

    /// The same data, read through `field(_:)`.
    struct FastTag: TemplateFields {
        var tag: Tag
        func field(_ name: String) -> TemplateValue? { name == "label" ? .text(tag.label) : nil }
    }
    struct FastItem: TemplateFields {
        var item: Item
        func field(_ name: String) -> TemplateValue? {
            switch name {
            case "name": .text(item.name)
            case "isOn": .flag(item.isOn)
            case "tags": .objects(item.tags.map(FastTag.init))
            case "words": .texts(item.words)
            case "child": .optional(item.child.map(FastTag.init))
            case "html": .text(item.html)
            default: nil
            }
        }
    }

    static let items = [
        Item(
            name: "A <b> & \"q\" 'x'", isOn: true, tags: [Tag(label: "t1"), Tag(label: "t2")], words: ["w1", "w2"],
            child: Tag(label: "c"), html: "<i>raw</i>"),
        Item(name: "é\u{301}\"\u{301}<", isOn: false, tags: [], words: [], child: nil, html: ""),
    ]

    static let templates: [String: String] = [
        "standalone.mustache": """
        <ul>
          {{#tags}}
          <li>{{label}} of {{name}}</li>
          {{/tags}}
          {{^tags}}
          <li>none</li>
          {{/tags}}
        </ul>
        {{! a comment on its own line }}
        {{#isOn}}on{{/isOn}}{{^isOn}}off{{/isOn}} {{isOn}}
        {{#words}}[{{.}}]{{/words}} {{#child}}{{label}}/{{name}}{{/child}}{{^child}}no child{{/child}}
        {{{html}}} {{&html}} {{child.label}} {{.name}}

        """,
        "indented.mustache": "<div>\n  {{>part}}\n  x {{>part}}\n</div>\n",
        "part.mustache": "<p>{{name}}</p>\n<p>{{#tags}}{{label}}{{/tags}}</p>\n",
        "page.mustache": "{{<frame}}\n{{$body}}\nbody of {{name}}\n{{/body}}\n{{/frame}}\n",
        "frame.mustache": "<main>\n  {{$body}}default{{/body}}\n</main>\n{{$foot}}foot {{name}}{{/foot}}\n",
        // Changed delimiters: standalone and inline, in and out of sections (a change inside one
        // ends with it), for partials, comments and unescaped variables, and reset.
        "delimiters.mustache": """
        {{=<% %>=}}
        <%name%> {{name}} <%! a comment %>
        <%#tags%>
          <%= | | =%>
          |label| <%label%>
        |/tags|
        <%&html%> <%> part%>
          <%=[[ ]]=%>
        [[#isOn]]on [[name]][[/isOn]] [[={{ }}=]]{{^isOn}}off{{/isOn}}
        {{{html}}}

        """,
    ]

    static func load() async throws -> (TemplateSet, TemporaryFolder) {
        var files = TemplateSetTests.minimal
        files.merge(templates) { _, new in new }
        let folder = try TemporaryFolder(files: files)
        return (try await TemplateSet.load(from: folder.path), folder)
    }

    @Test(arguments: ["standalone", "indented", "page", "delimiters"], [0, 1])
    func compiledOutputEqualsSwiftMustache(template: String, item: Int) async throws {
        let (templates, folder) = try await Self.load()
        defer { folder.remove() }
        let slow = try templates.renderBytes(Self.items[item], template: template)
        let fast = try templates.renderBytes(FastItem(item: Self.items[item]), template: template)
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
        #expect(!fast.isEmpty)
    }

    @Test func changedDelimitersAreCompiled() throws {
        let template = try CompiledTemplate("{{=<% %>=}}<%#a%><%> p%><%/a%><%={{ }}=%>{{b}}")
        #expect(template.tokens.count == 2)
        #expect(throws: CompiledTemplate.Unsupported.self) { try CompiledTemplate("{{=<% %>}}<%a%>") }
    }

    @Test func tagsOnlySwiftMustacheKnowsAreRenderedByIt() async throws {
        var files = TemplateSetTests.minimal
        files["transform.mustache"] = "{{uppercased(name)}} {{name}}"
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let templates = try await TemplateSet.load(from: folder.path)
        let output = try templates.renderBytes(FastItem(item: Self.items[0]), template: "transform")
        #expect(
            String(decoding: output, as: UTF8.self)
                == "A &lt;B&gt; &amp; &quot;Q&quot; &#39;X&#39; A &lt;b&gt; &amp; &quot;q&quot; &#39;x&#39;")
    }

    /// A template swift-mustache renders reads lists of views and of strings (each element read
    /// where it is in its list) as it reads them from the plain struct.
    @Test(arguments: [0, 1])
    func fallbackReadsListsAsSwiftMustacheDoes(item: Int) async throws {
        var files = TemplateSetTests.minimal
        files["lists.mustache"] =
            "{{uppercased(name)}}|{{#tags}}{{label}} of {{name}};{{/tags}}{{^tags}}none{{/tags}}|{{#words}}[{{.}}]{{/words}}"
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let templates = try await TemplateSet.load(from: folder.path)
        let slow = try templates.renderBytes(Self.items[item], template: "lists")
        let fast = try templates.renderBytes(FastItem(item: Self.items[item]), template: "lists")
        #expect(String(decoding: fast, as: UTF8.self) == String(decoding: slow, as: UTF8.self))
        #expect(String(decoding: fast, as: UTF8.self).contains(item == 0 ? "t2 of A" : "none"))
    }

    /// swift-mustache has no bound on templates that include each other: a page it would render
    /// through such a cycle is an error naming the template it needs, not a crash (SIGSEGV).
    @Test func fallbackThroughAnInclusionCycleIsAnError() async throws {
        var files = TemplateSetTests.minimal
        files["loop.mustache"] = "{{uppercased(name)}}{{> again}}"
        files["again.mustache"] = "{{#child}}{{> loop}}{{/child}}"
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let templates = try await TemplateSet.load(from: folder.path)
        #expect(templates.inclusionCycle(from: "loop") == ["loop", "again", "loop"])
        #expect(templates.inclusionCycle(from: "layout") == nil)
        do {
            _ = try templates.renderBytes(FastItem(item: Self.items[0]), template: "loop")
            Issue.record("rendered through a cycle swift-mustache cannot stop")
        } catch {
            #expect(error.location.path.hasSuffix("/loop.mustache"))
            #expect(error.message.contains("loop → again → loop"))
        }
    }

    /// A cycle of compiled templates is stopped by the data (a section that ends), and renders.
    @Test func compiledCycleThatEndsRenders() async throws {
        var files = TemplateSetTests.minimal
        files["tree.mustache"] = "[{{label}}{{#.child}}{{> tree}}{{/.child}}]"
        let folder = try TemporaryFolder(files: files)
        defer { folder.remove() }
        let templates = try await TemplateSet.load(from: folder.path)
        let output = try templates.renderBytes(FastItem(item: Self.items[0]), template: "tree")
        #expect(String(decoding: output, as: UTF8.self) == "[[c]]")
    }

    /// A view property that `field(_:)` forgets would print as nothing: every stored property
    /// (what swift-mustache saw through Mirror) must have its field.
    @Test func everyPageViewPropertyIsAField() {
        for view in SampleViews.all {
            let fields = view as! any TemplateFields
            for child in Mirror(reflecting: view).children {
                guard let label = child.label else { continue }
                let isNil =
                    Mirror(reflecting: child.value).displayStyle == .optional
                    && Mirror(reflecting: child.value).children.isEmpty
                #expect(fields.field(label) != nil || isNil, "\(type(of: view)).\(label) is not a template field")
            }
        }
    }
}

/// One value of every page view type, with every optional set.
enum SampleViews {
    static let link = EntityLink(name: "n", href: "h")
    static let chrome = PageChrome(
        language: "en", documentTitle: "d", siteTitle: "s", homeHref: "h", stylesheetHref: "c",
        nav: [NavLink(label: "l", href: "h", isCurrent: true)], hasNav: true)
    static let score = ScoreRow(
        rank: "1", subject: link, setting: "s", value: "v", isReported: true,
        source: SourceLink(text: "t", location: "l", href: "h", hasHref: true))
    static let modelRow = ModelRow(
        model: link, organization: link, series: link, release: "r", parameters: "p", architecture: "a",
        scoreCount: "1")
    static let seriesRow = SeriesRow(series: link, organization: link, releaseSpan: "r", modelCount: "1")
    static let fact = Fact(label: "l", value: link)
    static let block = BlockView(html: "<p>x</p>", isTable: true, hasProseColumn: true, anchor: "a")
    static let sectionLink = SectionLink(title: "t", href: "h")

    static let all: [any Sendable] = [
        chrome, link, score, modelRow, seriesRow, fact, block, sectionLink,
        NavLink(label: "l", href: "h", isCurrent: false),
        SourceLink(text: "t", location: "l", href: "h", hasHref: true),
        MetricView(name: "n", scale: "s", direction: "d"),
        LeaderboardView(title: "t", note: "n", rows: [score], chart: "<svg/>"),
        BenchmarkRow(benchmark: link, category: "c", metrics: "m", scoreCount: "1"),
        OrganizationRow(organization: link, seriesCount: "1", modelCount: "1"),
        ResultsTableLink(title: "t", context: "c", hasContext: true, href: "h", source: "s"),
        CitationView(label: "l", url: "u"), DataLink(label: "l", href: "h"),
        DocumentView(
            title: "t", showsTitle: true, fileName: "f", intro: [block], sections: [sectionLink], hasSections: true),
        {
            var index = IndexPageView(chrome: chrome, documents: [], summary: "s")
            index.data = [DataLink(label: "l", href: "h")]
            index.timeline = "<svg/>"
            index.browse = chrome.nav
            index.frontDoor = frontDoor
            return index
        }(),
        frontDoor, CountView(number: "1", label: "l", href: "h", hasHref: true),
        LinkWithDetail(link: link, detail: "d"),
        ComparePageView(chrome: chrome, modelListHref: "h"),
        SectionPageView(
            chrome: chrome, title: "t", blocks: [block], sourceText: "s", position: "p", previous: sectionLink,
            next: sectionLink),
        ModelPageView(
            chrome: chrome, name: "n", facts: [fact], notes: "n", hasNotes: true, aliases: ["a"], scores: [score],
            hasScores: true, scoreSummary: "s"),
        BenchmarkPageView(
            chrome: chrome, name: "n", facts: [fact], aliases: ["a"], metrics: [], hasMetrics: false,
            leaderboards: []),
        SeriesPageView(
            chrome: chrome, name: "n", summary: "s", hasSummary: true, facts: [fact], models: [modelRow],
            hasModels: true, tables: [], hasTables: false, citations: [], hasCitations: false, section: link),
        OrganizationPageView(
            chrome: chrome, name: "n", facts: [fact], series: [seriesRow], hasSeries: true, models: [modelRow],
            hasModels: true),
        ListingPageView(chrome: chrome, title: "t", summary: "s", rows: [modelRow]),
        NotFoundPageView(chrome: publishedChrome, links: chrome.nav),
    ]

    static let frontDoor = FrontDoorView(
        counts: [CountView(number: "1", label: "l", href: "h", hasHref: true)],
        series: [LinkWithDetail(link: link, detail: "d")], hasSeries: true, allSeries: "a", hasAllSeries: true,
        seriesIndexHref: "h", benchmarks: [LinkWithDetail(link: link, detail: "d")], hasBenchmarks: true,
        compareHref: "c")

    /// The chrome with every publishing value set.
    static let publishedChrome = {
        var published = SampleViews.chrome
        published.description = "d"
        published.hasDescription = true
        published.canonicalURL = "https://x.org/"
        published.hasCanonical = true
        published.feedHref = "feed.xml"
        published.hasFeed = true
        published.noIndex = true
        return published
    }()
}
