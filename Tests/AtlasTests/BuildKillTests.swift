import Foundation
import TestSupport
import Testing

/// Kills the real `atlas build` at random moments of a build that changes every page, and checks
/// that `Public/` is each time exactly the site before or the site after, never a mix; then that
/// the next build cleans up and finishes.
struct BuildKillTests {
    /// A comment in the layout: toggling it changes all the pages, so the write phase is long.
    static let marker = "<!-- kill test -->"

    func setLayout(_ folder: TemporaryFolder, marked: Bool) throws {
        let path = folder.path + "/Templates/layout.mustache"
        var layout = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: Self.marker, with: "")
        if marked { layout = layout.replacingOccurrences(of: "</body>", with: Self.marker + "</body>") }
        try layout.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The sites both layouts produce, built into folders of their own.
    func referenceSites(_ folder: TemporaryFolder) throws -> [Bool: TreeSnapshot] {
        var sites: [Bool: TreeSnapshot] = [:]
        for marked in [false, true] {
            try setLayout(folder, marked: marked)
            let name = marked ? "Marked" : "Plain"
            let run = try AtlasProcess.run(["build", "--output", name], in: folder.path)
            #expect(run.status == 0, "\(run.standardError)")
            sites[marked] = try TreeSnapshot(folder.path, name: name)
        }
        return sites
    }

    @Test func aKilledBuildLeavesTheOldSiteOrTheNewOne() throws {
        let folder = try TemporaryFolder.withSeed()
        defer { folder.remove() }
        let sites = try referenceSites(folder)
        #expect(sites[false]?.withoutManifest != sites[true]?.withoutManifest)
        var current = false
        try setLayout(folder, marked: current)
        let start = Date()
        _ = try AtlasProcess.run(["build"], in: folder.path)
        // Kill times are drawn within the time a whole build takes on this machine.
        let duration = Date().timeIntervalSince(start)
        var killed = 0
        for round in 0..<8 {
            let target = !current
            try setLayout(folder, marked: target)
            // Even rounds: a random moment of the whole build; odd: once the staging folder exists.
            let signalled = try killBuild(in: folder, within: duration, waitForStaging: round % 2 == 1)
            if signalled { killed += 1 }
            let after = try TreeSnapshot(folder.path)
            let isOld = after.withoutManifest == sites[current]?.withoutManifest
            let isNew = after.withoutManifest == sites[target]?.withoutManifest
            #expect(isOld || isNew, "round \(round) (killed: \(signalled)): \(after.difference(from: sites[current]!))")
            if isNew { current = target }
        }
        try setLayout(folder, marked: !current)
        let run = try AtlasProcess.run(["build"], in: folder.path)
        #expect(run.status == 0, "\(run.standardError)")
        let final = try TreeSnapshot(folder.path)
        #expect(final.withoutManifest == sites[!current]?.withoutManifest)
        #expect(final.staging.isEmpty)
        #expect(killed > 0, "no kill reached a running build")
    }

    /// Starts `atlas build` and kills it; returns whether the signal reached a running build.
    func killBuild(in folder: TemporaryFolder, within duration: TimeInterval, waitForStaging: Bool) throws -> Bool {
        let process = Process()
        process.executableURL = AtlasProcess.executable
        process.arguments = ["build"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let start = Date()
        if waitForStaging {
            let staging = folder.path + "/.Public.atlas-staging"
            while process.isRunning && !FileManager.default.fileExists(atPath: staging)
                && Date().timeIntervalSince(start) < 60
            {
                usleep(200)
            }
            usleep(UInt32.random(in: 0...UInt32(duration * 500_000)))
        } else {
            usleep(UInt32.random(in: 0...UInt32(duration * 1_000_000)))
        }
        let signalled = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return signalled
    }
}
