import ArgumentParser
import Foundation

/// Checks of the folder and file names given on the command line.
enum FolderArgument {
    /// An empty name is almost always an unset shell variable (`atlas init "$SITE"`): `init`
    /// took it for the file system's root and `--output ""` for the working folder, so it is
    /// refused before anything is read or written.
    static func check(_ value: String, _ option: String, kind: String = "folder") throws {
        guard !value.isEmpty else {
            throw ValidationError(
                "\(option) must name a \(kind), and it is empty (an unset shell variable?)"
                    + (kind == "folder" ? "; write . for the current folder." : "."))
        }
    }

    /// `name` as a shell word, quoted when it holds anything but letters, digits and `._/-`, for a
    /// command the user is told to run next (`cd 'my site'`).
    static func shellWord(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || "._/-".unicodeScalars.contains(scalar))
        }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
