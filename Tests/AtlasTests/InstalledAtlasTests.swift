import Foundation
import TestSupport
import Testing

/// The PREFIX `make test` installed atlas into, or nil outside `make test`.
private let installedRoot = ProcessInfo.processInfo.environment["ATLAS_TEST_INSTALL_ROOT"]

/// The binary `make install` installed, run as a new user would: in an empty folder, with no
/// Swift toolchain on the path. `make test` installs into .build/install-test and sets
/// ATLAS_TEST_INSTALL_ROOT (the installed PREFIX); a plain `swift test` skips these tests.
@Suite(.enabled(if: installedRoot != nil, "run by `make test`, which installs atlas first"))
struct InstalledAtlasTests {
    let root = installedRoot ?? ""
    var binary: URL { URL(fileURLWithPath: root + "/bin/atlas") }
    /// No toolchain and no library path: what a machine without Swift has.
    let bare = ["PATH": "/usr/bin:/bin", "HOME": NSTemporaryDirectory()]

    func atlas(_ arguments: [String], in folder: String) throws -> AtlasRun {
        try AtlasProcess.run(arguments, in: folder, binary: binary, environment: bare)
    }

    @Test func installsTheBinaryCompletionsAndManPage() throws {
        for (file, mark) in [
            "share/man/man1/atlas.1": "init", "share/bash-completion/completions/atlas": "init",
            "share/zsh/site-functions/_atlas": "init", "share/fish/vendor_completions.d/atlas.fish": "init",
        ] {
            let text = String(
                decoding: FileManager.default.contents(atPath: root + "/" + file) ?? Data(), as: UTF8.self)
            #expect(text.contains(mark), "\(file) is missing or does not mention `\(mark)`")
        }
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
    }

    @Test func theBinaryNeedsNoSwiftLibraries() throws {
        let ldd = Process()
        ldd.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        ldd.arguments = [binary.path]
        let pipe = Pipe()
        ldd.standardOutput = pipe
        try ldd.run()
        let libraries = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        ldd.waitUntilExit()
        #expect(libraries.contains("libc.so"))
        for sign in ["libswift", "libFoundation", "libdispatch", "libcmark", "not found", "/opt/swift"] {
            #expect(!libraries.contains(sign), "ldd lists \(sign):\n\(libraries)")
        }
    }

    @Test func initBuildCheckOverrideAndASecondInitThatRefuses() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let created = try atlas(["init"], in: folder.path)
        #expect(created.status == 0, "\(created.standardError)")
        let built = try atlas(["build"], in: folder.path)
        #expect(built.status == 0, "\(built.standardError)")
        #expect(folder.exists("Public/index.html") && folder.exists("Public/assets/style.css"))
        let checked = try atlas(["check", "--strict"], in: folder.path)
        #expect(checked.status == 0, "\(checked.standardError)")

        // Override one template: the home page changes, the model pages stay as they were.
        let model = folder.read("Public/models/lumen-2.html")
        let home = try String(contentsOfFile: repositoryRoot + "/Templates/index.mustache", encoding: .utf8)
        try folder.write(
            home.replacingOccurrences(of: "{{$main}}", with: "{{$main}}<p>MY OWN HOME</p>"),
            to: "Templates/index.mustache")
        let rebuilt = try atlas(["build", "--verbose"], in: folder.path)
        #expect(rebuilt.status == 0, "\(rebuilt.standardError)")
        #expect(rebuilt.standardOutput.contains("atlas: template index.mustache: Templates/index.mustache\n"))
        #expect(folder.read("Public/index.html")?.contains("<p>MY OWN HOME</p>") == true)
        #expect(model != nil && folder.read("Public/models/lumen-2.html") == model)

        let before = folder.snapshot("Content")
        let again = try atlas(["init"], in: folder.path)
        #expect(again.status != 0)
        #expect(again.standardError.contains("Content/atlas.yml:1:1: error: already exists"))
        #expect(folder.snapshot("Content") == before)
    }
}
