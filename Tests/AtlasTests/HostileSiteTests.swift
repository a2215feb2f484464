import Foundation
import TestSupport
import Testing

/// Builds a whole site (every kind of page) from hostile content and configuration and scans every
/// output file with a real HTML parser (`scripts/scan-html.py`, Python's html.parser) for script
/// that is not the theme's, event attributes and dangerous URL schemes after entity decoding.
struct HostileSiteTests {
    static let content = """
        # Hostile `<script>alert(1)</script>` overview

        Intro [a](javascript:alert(1)) [b](JaVaScRiPt&#58;alert(1)) ![c](data:text/html,<script>alert(1)</script>) \
        <img src=x onerror=alert(1)> [d](vbscript:msgbox(1)) [e](  jAvAsCrIpT:alert(1)) [f](&#x6A;avascript:alert(1)) \
        [g](java&Tab;script:alert(1)) <a href="javascript:alert(1)">h</a> <script>alert(1)</script>

        ## Evil `<script>` family [[1]](javascript:alert(document.domain)) [[2]](VBSCRIPT:msgbox(1)) [[3]](java&#x09;script:alert(1))

        Evil is a family.[[4]](vbscript:msgbox(1)) [[5]](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) \
        [[6]](&#106;avascript:alert(1)) [[7]](https://example.org/"><script>alert(1)</script>) [[8]](DATA:text/html,x)

        ### List of Evil models

        | Series | Model | Year | Notes |
        |---|---|---|---|
        | Evil `<script>` | Evil-`<script>alert(1)</script>`-7B | 2024 | [n](javascript:alert(1)) <b onmouseover=alert(1)>x</b> |
        | Evil `<script>` | Evil-`" onmouseover="alert(1)`-13B | 2024 | `<img src=x onerror=alert(1)>` |
        | Evil `<script>` | index | 2024 | <iframe src="javascript:alert(1)"></iframe> |

        ### Performance `<svg onload=alert(1)>`

        | Model | MMLU `<svg onload=alert(1)>` | [Bench](javascript:alert(1)) | `"><script>alert(1)</script>` |
        |---|---|---|---|
        | Evil-`<script>alert(1)</script>`-7B | 88.5 | 70.1 | 50 |
        | index | 79.0 | 60.0 | 40 |
        | [Peer](javascript:alert(1)) `<x onclick=1>` | 60 | 50 | 30 |

        """

    static let configuration = """
        organizations:
          - name: "Evil <script>alert(1)</script> Labs"
            aliases: ["<img src=x onerror=alert(1)>", "javascript:alert(1)"]
            modelPrefixes: [Evil]
            url: "https://evil.example/'onmouseover='alert(1)'"
          - name: "Peer\\" onclick=\\"alert(1)"
            modelPrefixes: ["[Peer]"]
            url: "mailto:a@b'onfocus='alert(1)'autofocus"
        benchmarkAliases:
          "MMLU": ["javascript:alert(1)", "<script>alert(3)</script>"]
        modelAliases:
          "index": ["<script>alert(2)</script>", "JAVASCRIPT:alert(2)"]

        """

    static let scanner = repositoryRoot + "/scripts/scan-html.py"

    func scan(_ folder: String) throws -> AtlasRun {
        try AtlasProcess.run(
            ["python3", Self.scanner, folder, "--templates", repositoryRoot + "/Templates"], in: repositoryRoot,
            binary: URL(fileURLWithPath: "/usr/bin/env"))
    }

    func hostileSite() throws -> TemporaryFolder {
        let folder = try TemporaryFolder(files: [
            "Content/hostile.md": Self.content, "Content/atlas.yml": Self.configuration,
        ])
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Templates", toPath: folder.path + "/Templates")
        return folder
    }

    @Test func noPageOfAHostileSiteCanRunScript() throws {
        let folder = try hostileSite()
        defer { folder.remove() }
        let build = try AtlasProcess.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.standardError)")
        for page in [
            "index.html", "models/index.html", "series/index.html", "benchmarks/index.html",
            "organizations/index.html",
        ] {
            #expect(folder.exists("Public/" + page), "\(page)")
        }
        for kind in ["sections", "models", "series", "benchmarks", "organizations"] {
            let pages = (try? FileManager.default.contentsOfDirectory(atPath: folder.path + "/Public/" + kind)) ?? []
            #expect(pages.contains { $0 != "index.html" && $0.hasSuffix(".html") }, "no \(kind) page")
        }
        // Dropped links are reported where they were written.
        #expect(build.standardError.contains("hostile.md:7:"))
        #expect(build.standardError.contains("scheme 'javascript' is not allowed"))
        let scan = try scan(folder.path + "/Public")
        #expect(scan.status == 0, "\(scan.standardError)")
        #expect(scan.standardOutput.hasPrefix("scanned "))
    }

    /// A `"` or `<` joined to a neighbour in one grapheme (a combining mark after it, a
    /// prepended U+0600 before it) is still markup to a browser: escaping by `Character` let it
    /// through (an event attribute on a focusable heading, real `<img onerror>` elements).
    @Test func markupJoinedToAMarkInOneGraphemeIsEscaped() throws {
        let joined = """
            # Joined"\u{301} onmouseover=alert(1) x="\u{301}

            ## Acme family

            ### List of Acme models

            | Series | Model | Year |
            |---|---|---|
            | Acme | Acme-7B"\u{301} onmouseover=alert(2) x="\u{301} | 2024 |
            | Acme | Acme-9B \u{600}&lt;img src=x onerror=alert(5)&gt;\u{301} | 2024 |

            ### Performance"\u{301} onfocus=alert(3) autofocus x="\u{301}

            | Model | MMLU"\u{301} onmouseover=alert(4) x="\u{301} |
            |---|---|
            | Acme-7B"\u{301} onmouseover=alert(2) x="\u{301} | 60.1 |
            | Acme-9B \u{600}&lt;img src=x onerror=alert(5)&gt;\u{301} | 70.2 |

            """
        let folder = try TemporaryFolder(files: [
            "Content/joined.md": joined,
            "Content/atlas.yml": "organizations:\n  - name: Acme\n    modelPrefixes: [Acme]\n"
                + "    url: \"https://acme.example/\\\"\u{301}/onmouseover=alert(6)//\"\n",
        ])
        defer { folder.remove() }
        let build = try AtlasProcess.run(["build"], in: folder.path)
        #expect(build.status == 0, "\(build.standardError)")
        let models = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/Public/models")
        #expect(models.count { $0 != "index.html" && $0.hasSuffix(".html") } == 2, "\(models)")
        let scan = try scan(folder.path + "/Public")
        #expect(scan.status == 0, "\(scan.standardOutput)\(scan.standardError)")
        #expect(scan.standardOutput.hasPrefix("scanned "))
    }

    @Test func theScanFailsOnAPlantedJavascriptLink() throws {
        let folder = try TemporaryFolder(files: [
            "Public/index.html": "<p>fine</p><a href=\"https://example.org\">ok</a>\n",
            "Public/models/x.html": "<p><a href=\"jav&#x09;ascript&colon;alert(1)\">x</a></p>\n",
        ])
        defer { folder.remove() }
        let scan = try scan(folder.path + "/Public")
        #expect(scan.status == 1)
        #expect(scan.standardError.contains("models/x.html:1:4: href="))
        #expect(scan.standardOutput == "scanned 2 files\n")
    }

    @Test(arguments: ["JaVaScRiPt:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>alert(1)</script>"])
    func anOrganizationURLWithAForbiddenSchemeStopsTheBuildAtItsPlace(_ url: String) throws {
        let folder = try hostileSite()
        defer { folder.remove() }
        try folder.write("organizations:\n  - name: Evil\n    url: \"\(url)\"\n", to: "Content/atlas.yml")
        let build = try AtlasProcess.run(["build"], in: folder.path)
        #expect(build.status != 0)
        #expect(build.standardError.contains("Content/atlas.yml:3:10: error: `organizations[0].url`: the scheme"))
        #expect(!folder.exists("Public"))
    }

    /// A change that adds `Content/x.md -> /etc/passwd` fails the build at the link and publishes
    /// nothing; the last good site stays as it was.
    @Test func aLinkToAFileOutsideTheContentFolderStopsTheBuildAndKeepsTheSite() throws {
        let folder = try hostileSite()
        defer { folder.remove() }
        #expect(try AtlasProcess.run(["build"], in: folder.path).status == 0)
        let before = folder.snapshot("Public")
        try folder.write("root:x:0:0:root:/root:/bin/bash\n", to: "passwd")
        #expect(symlink(folder.path + "/passwd", folder.path + "/Content/passwd.md") == 0)
        let build = try AtlasProcess.run(["build"], in: folder.path)
        #expect(build.status != 0)
        #expect(build.standardError.contains("Content/passwd.md:1:1: error: a symbolic link to '"))
        #expect(folder.snapshot("Public") == before)
    }
}
