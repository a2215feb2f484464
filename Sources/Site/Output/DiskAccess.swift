import Foundation

/// Reading input files (content, assets). Writing the output folder goes through `FileSystem`.
enum DiskAccess {
    static func readBytes(at path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path).map { [UInt8]($0) }
    }
}
