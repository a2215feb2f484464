import Foundation

/// A fresh folder under the system temp directory, filled from a dictionary of files.
public struct TemporaryFolder {
    public let path: String

    public init(files: [String: String] = [:]) throws {
        path = NSTemporaryDirectory() + "atlas-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (relative, text) in files { try write(text, to: relative) }
    }

    public func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func read(_ relative: String) -> String? {
        FileManager.default.contents(atPath: path + "/" + relative).map { String(decoding: $0, as: UTF8.self) }
    }

    public func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }

    /// Every file and folder below `relative`, with file bytes, so whole trees can be compared.
    public func snapshot(_ relative: String = "") -> [String: Data?] {
        let root = relative.isEmpty ? path : path + "/" + relative
        var tree: [String: Data?] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return tree }
        for case let item as String in enumerator {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + item, isDirectory: &isFolder)
            // updateValue, not subscript: assigning nil would drop the folder from the tree.
            tree.updateValue(
                isFolder.boolValue ? nil : FileManager.default.contents(atPath: root + "/" + item), forKey: item)
        }
        return tree
    }

    /// Inode and modification time: they change when a file is replaced, even with the same bytes.
    public func identity(_ relative: String) throws -> String {
        let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + relative)
        let inode = attributes[.systemFileNumber] as? UInt64 ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(inode)@\(modified)"
    }

    public func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// The repository root, found from this file's path, for the real Templates/ and Content/.
public let repositoryRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }  // Tests/TestSupport/TemporaryFolder.swift
    return url.path
}()
