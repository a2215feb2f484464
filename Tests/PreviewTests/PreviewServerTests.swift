import Foundation
import Site
import TestSupport
import Testing

@testable import Preview

/// The real server on a free port, over HTTP, on a copy of the seed site.
@Suite(.serialized) struct PreviewServerTests {
    private static let seed = "Content/overview-of-chinese-ai-models.md"

    @Test func servesPagesWithTheirTypesAndTheScriptOnlyOverHTTP() async throws {
        let site = try await ServedSite.start()
        let home = try await site.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<script id=\"atlas-live-reload\">"))
        let onDisk = site.read("Public/index.html")
        #expect(onDisk.contains("</body>") && !onDisk.contains("atlas-live-reload"))
        #expect(home.text.replacingOccurrences(of: LiveReload.script(generation: 1), with: "") == onDisk)

        let style = try await site.get("/assets/style.css")
        #expect(style.status == 200 && style.headers["content-type"] == "text/css; charset=utf-8")
        #expect(style.text == site.read("Public/assets/style.css"))

        let head = try await offPool { try RawHTTP.request("HEAD", "/index.html", port: site.port) }
        #expect(head.status == 200 && head.body.isEmpty)
        #expect(head.headers["content-length"] == String(home.body.count))
        try await site.stop()
    }

    @Test func folderURLsServeTheirIndex() async throws {
        let site = try await ServedSite.start()
        let folder = try #require(Self.folderWithIndex(in: site))
        let withSlash = try await site.get("/\(folder)/")
        #expect(withSlash.status == 200)
        #expect(withSlash.text.hasPrefix(site.read("Public/\(folder)/index.html").prefix(200)))
        let withoutSlash = try await site.get("/\(folder)")
        #expect(withoutSlash.status == 301 && withoutSlash.headers["location"] == "/\(folder)/")
        try await site.stop()
    }

    private static func folderWithIndex(in site: ServedSite) -> String? {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: site.folder.path + "/Public")) ?? []
        return names.sorted().first { site.folder.exists("Public/\($0)/index.html") }
    }

    @Test func missingPagesAre404PlainOrTheSitesOwnPage() async throws {
        let site = try await ServedSite.start()
        // The built site has its own 404.html.
        let own = try await site.get("/no-such-page.html")
        #expect(own.status == 404 && own.headers["content-type"] == "text/html; charset=utf-8")
        #expect(own.text.contains("<h1>Page not found</h1>"))

        var files = try #require(site.server.state.current.files)
        files["404.html"] = nil
        _ = site.server.state.apply(.built(files, changed: true))
        let plain = try await site.get("/no-such-page.html")
        #expect(plain.status == 404 && plain.headers["content-type"] == "text/plain; charset=utf-8")

        files["404.html"] = Array("<html><body><h1>Lost</h1></body></html>".utf8)
        _ = site.server.state.apply(.built(files, changed: true))
        let custom = try await site.get("/no-such-page.html")
        #expect(custom.status == 404 && custom.headers["content-type"] == "text/html; charset=utf-8")
        #expect(custom.text.hasPrefix("<html><body><h1>Lost</h1><script id=\"atlas-live-reload\">"))
        try await site.stop()
    }

    @Test func nothingOutsideTheBuiltSiteIsServed() async throws {
        let site = try await ServedSite.start()
        try site.write("top secret", to: "secret.txt")
        try FileManager.default.createSymbolicLink(
            atPath: site.folder.path + "/Public/link.txt", withDestinationPath: site.folder.path + "/secret.txt")
        let attempts = [
            "/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
            "/assets%2f..%2f..%2fsecret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/link.txt",
            "/../Content/atlas.yml", "/%2e%2e/Content/atlas.yml",
        ]
        for target in attempts {
            let reply = try await site.get(target)
            #expect(reply.status == 400 || reply.status == 404, "\(target) -> \(reply.status)")
            // The site's own 404 page links organizations/, so atlas.yml is told by another key.
            #expect(!reply.text.contains("top secret") && !reply.text.contains("modelPrefixes"), "\(target)")
        }
        try await site.stop()
    }

    @Test func otherHostNamesAreRefused() async throws {
        let site = try await ServedSite.start()
        let foreign = try await offPool {
            let socket = try RawSocket(port: site.port)
            socket.send("GET / HTTP/1.1\r\nHost: attacker.example:\(site.port)\r\nConnection: close\r\n\r\n")
            return try socket.readHead().status
        }
        #expect(foreign == 403)
        // Two Host headers (the second naming another site) are refused, as HTTP/1.1 requires.
        let twice = try await offPool {
            let socket = try RawSocket(port: site.port)
            socket.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
            return try socket.readHead().status
        }
        #expect(twice == 400)
        for host in ["127.0.0.1", "localhost:8000", "LOCALHOST", "[::1]:8000", "127.0.0.1:0"] {
            #expect(PreviewResponder.isLoopback(host: host), "\(host)")
        }
        for host in [
            "127.0.0.1.evil.example", "localhost.evil.example:80", "[::1].evil", "localhost:80x", "example.com", "",
        ] {
            #expect(!PreviewResponder.isLoopback(host: host), "\(host)")
        }
        try await site.stop()
    }

    @Test func anEditReloadsOpenPagesAndAnIdenticalSaveDoesNot() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        #expect(events.status == 200 && events.headers["content-type"] == "text/event-stream")
        let first = try await events.next()
        #expect(first.name == "state" && first.payload.generation == 1)

        try site.write(site.read(Self.seed) + "\nA paragraph added while serving.\n", to: Self.seed)
        let reload = try await events.next()
        #expect(reload.name == "reload" && reload.payload.generation == 2)
        let page = try await site.get("/")
        #expect(page.text.contains("var page=2;"))

        try site.write(site.read(Self.seed), to: Self.seed)
        #expect(try await events.next().name == "unchanged")
        try await site.stop()
    }

    /// The downloads and the compare page's data are made after the pages are shown (`LazyFile`):
    /// asked for right after the reload, they are the new ones, and the ones written to `Public/`.
    @Test func downloadsAfterAnEditAreTheNewOnes() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        _ = try await events.next()
        let before = try await site.get("/data/scores.csv")
        #expect(before.status == 200 && before.headers["content-type"] == "text/csv; charset=utf-8")
        let row = "deepseek-llm-67b-base,"
        let old = before.text.split(separator: "\n").filter { $0.hasPrefix(row) && $0.contains(",84.0,") }
        #expect(old.count == 1)
        #expect(try await !site.get("/assets/compare-data.js").text.contains("\"81.37\""))

        try site.write(
            site.read(Self.seed).replacingOccurrences(
                of: "| DeepSeek LLM 67B Base | 84.0 ", with: "| DeepSeek LLM 67B Base | 81.37 "), to: Self.seed)
        #expect(try await events.next().name == "reload")
        #expect(
            site.server.state.current.lazyFiles.keys.sorted() == [
                "assets/compare-data.js", "data/benchmarks.csv", "data/catalog.json", "data/models.csv",
                "data/scores.csv",
            ], "shown before they were made")
        let after = try await site.get("/data/scores.csv")
        let rows = after.text.split(separator: "\n").filter { $0.hasPrefix(row) }
        #expect(rows.contains { $0.contains(",81.37,") } && !rows.contains { $0.contains(",84.0,") })
        // The compare page's data is made after the pages too.
        let compare = try await site.get("/assets/compare-data.js")
        #expect(compare.text.contains("\"81.37\""))
        _ = try await site.finishedBuilds(2)
        #expect(site.read("Public/data/scores.csv") == after.text)
        try await site.stop()
    }

    @Test func savesThroughATemporaryFileNewAndDeletedFilesAllRebuild() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        _ = try await events.next()
        let path = site.folder.path + "/"

        // Save by rename, as vim (backupcopy=no) and many editors do.
        try site.write(site.read(Self.seed) + "\nSaved by rename.\n", to: "Content/.overview.md.swp")
        try FileManager.default.removeItem(atPath: path + Self.seed)
        try FileManager.default.moveItem(atPath: path + "Content/.overview.md.swp", toPath: path + Self.seed)
        #expect(try await events.next().name == "reload")

        try site.write("# Extra\n\n## Notes\n\nA new file.\n", to: "Content/zz-extra.md")
        #expect(try await events.next().name == "reload")
        try FileManager.default.removeItem(atPath: path + "Content/zz-extra.md")
        #expect(try await events.next().name == "reload")

        // A new folder deep in Templates/ counts too.
        try site.write("p { color: red }\n", to: "Templates/assets/extra/more.css")
        #expect(try await events.next().name == "reload")
        let css = try await site.get("/assets/extra/more.css")
        #expect(css.status == 200 && css.headers["content-type"] == "text/css; charset=utf-8")
        try await site.stop()
    }

    @Test func aBurstOfSavesIsOneRebuild() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        _ = try await events.next()
        let original = site.read(Self.seed)
        for round in 1...10 { try site.write(original + "\nBurst \(round).\n", to: Self.seed) }
        #expect(try await events.next().name == "reload")
        // A later, separate edit: had the burst caused two rebuilds, there would be three builds.
        try site.write(original + "\nAfter the burst.\n", to: Self.seed)
        #expect(try await events.next().name == "reload")
        #expect(try await site.finishedBuilds(3).count == 3)
        #expect(
            site.read("Public/" + (site.servedPage(containing: "After the burst.") ?? "index.html")).contains(
                "After the burst."))
        try await site.stop()
    }

    @Test func aFailedRebuildShowsItsErrorsOverTheLastGoodSiteUntilFixed() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        _ = try await events.next()
        let config = site.read("Content/atlas.yml")
        try site.write(config + "\nbroken: [unclosed <b>\n", to: "Content/atlas.yml")
        let failed = try await events.next()
        #expect(failed.name == "failed" && failed.payload.generation == 1)
        let error = try #require(failed.payload.errors.first)
        #expect(error.contains(try Regex(#"Content/atlas\.yml:\d+:\d+: error: "#)))

        let page = try await site.get("/")
        #expect(page.status == 200 && page.text.contains("<div id=\"atlas-errors\""))
        #expect(page.text.contains(HTMLEscaping.escape(error)))
        #expect(page.text.contains("var page=1;"))

        try site.write(config, to: "Content/atlas.yml")
        #expect(try await events.next().name == "recovered")
        #expect(try await !site.get("/").text.contains("<div id=\"atlas-errors\""))
        try await site.stop()
    }

    @Test func aFirstBuildThatFailsServesItsErrorsUntilFixed() async throws {
        var config = ""
        let site = try await ServedSite.start { folder in
            config = folder.read("Content/atlas.yml") ?? ""
            try folder.write(config + "\nbroken: [unclosed\n", to: "Content/atlas.yml")
        }
        let events = try await site.events()
        let first = try await events.next()
        #expect(first.name == "state" && first.payload.generation == 0 && !first.payload.errors.isEmpty)
        let page = try await site.get("/index.html")
        #expect(page.status == 503 && page.text.contains("<div id=\"atlas-errors\""))
        #expect(page.text.contains("var page=0;"))

        try site.write(config, to: "Content/atlas.yml")
        let fixed = try await events.next()
        #expect(fixed.name == "reload" && fixed.payload.generation == 1 && fixed.payload.errors.isEmpty)
        #expect(try await site.get("/index.html").status == 200)
        try await site.stop()
    }

    @Test func requestsDuringARebuildAllSucceedWithTheOldOrTheNewSiteNeverAMix() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        _ = try await events.next()
        let before = try #require(site.server.state.current.files)
        let targets = ["/", "/index.html", "/assets/style.css", "/\(try #require(Self.folderWithIndex(in: site)))/"]
        // Every page changes: a rebuild swaps all of them at once.
        let layout = site.read("Templates/layout.mustache")
        try site.write(
            layout.replacingOccurrences(of: "</body>", with: "<!-- edited -->\n</body>"),
            to: "Templates/layout.mustache")

        // Clients keep asking until the reload event arrives, so the requests span the swap.
        let done = Locked(false)
        let replies = Locked<[(String, Result<HTTPReply, any Error>)]>([])
        let clients = Task {
            try await offPool {
                let group = DispatchGroup()
                for client in 0..<8 {
                    group.enter()
                    Thread {
                        var round = 0
                        while !done.value || round < 25 {
                            let target = targets[(client + round) % targets.count]
                            let result = Result { try RawHTTP.request("GET", target, port: site.port) }
                            replies.modify { $0.append((target, result)) }
                            round += 1
                        }
                        group.leave()
                    }.start()
                }
                group.wait()
            }
        }
        #expect(try await events.next().name == "reload")
        done.value = true
        try await clients.value
        let after = try #require(site.server.state.current.files)

        #expect(replies.value.count >= 200)
        var generations: Set<Int> = []
        for (target, result) in replies.value {
            let reply = try result.get()
            #expect(reply.status == 200, "\(target)")
            let path = RequestPath.candidates(for: String(target.dropFirst())).first { before[$0] != nil } ?? ""
            guard ContentTypes.isHTML(path) else {
                #expect(reply.body == before[path] && reply.body == after[path], "\(target)")
                continue
            }
            let generation = reply.text.contains("var page=2;") ? 2 : 1
            generations.insert(generation)
            let expected = LiveReload.inject(
                into: (generation == 1 ? before : after)[path] ?? [],
                snapshot: PreviewSnapshot(files: [:], generation: generation))
            #expect(reply.body == expected, "\(target) at generation \(generation)")
        }
        #expect(generations == [1, 2], "the requests did not span the rebuild")
        try await site.stop()
    }

    @Test func pollingFallbackRebuildsToo() async throws {
        let site = try await ServedSite.start(polling: true)
        let events = try await site.events()
        _ = try await events.next()
        try site.write(site.read(Self.seed) + "\nSeen by polling.\n", to: Self.seed)
        #expect(try await events.next().name == "reload")
        try await site.stop()
    }

    @Test func aTakenPortIsAClearError() async throws {
        let site = try await ServedSite.start()
        let second = PreviewServer(options: PreviewOptions(build: site.server.options.build, port: site.port))
        await #expect(throws: PreviewError.portInUse(site.port)) { try await second.run() }
        #expect(PreviewError.portInUse(8000).description == "port 8000 is in use (pass --port)")
        try await site.stop()
    }

    @Test func stoppingEndsOpenEventStreams() async throws {
        let site = try await ServedSite.start()
        let events = try await site.events()
        _ = try await events.next()
        let start = ContinuousClock.now
        try await site.stop()
        #expect(ContinuousClock.now - start < .seconds(5))
        await #expect(throws: RawHTTPError.self) { try await events.next() }
    }
}
