import Foundation

/// The default theme compiled into the binary: every file of the repository's `Templates/`.
///
/// `encodedFiles` is generated at build time by the EmbedTheme plugin (see Package.swift), so the
/// repository's `Templates/` stays the one copy of the theme.
public enum BuiltInTheme {
    /// Path inside the theme (`layout.mustache`, `assets/style.css`) → bytes.
    public static let files: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for (path, base64) in encodedFiles {
            // The generator wrote this text from bytes it read, so it always decodes.
            files[path] = Data(base64Encoded: base64).map { Array($0) } ?? []
        }
        return files
    }()
}
