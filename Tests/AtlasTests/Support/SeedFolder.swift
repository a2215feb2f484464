import Foundation
import TestSupport

extension TemporaryFolder {
    /// A folder with the repository's real Content/ and Templates/ copied in.
    static func withSeed(extra files: [String: String] = [:]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder(files: files)
        for name in ["Content", "Templates"] {
            try FileManager.default.copyItem(atPath: repositoryRoot + "/" + name, toPath: folder.path + "/" + name)
        }
        return folder
    }
}
