/// Text printed to a terminal, with what could drive the terminal made visible: control
/// characters (an escape sequence in a cell or a file name could retitle the window, clear the
/// screen or erase the lines above) and the marks that reorder what follows them.
enum TerminalText {
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard isUnsafe(scalar) else {
                out.append(scalar)
                continue
            }
            // C0 controls as their pictures (ESC as ␛); the rest as their code points.
            if scalar.value < 0x20, let picture = Unicode.Scalar(0x2400 + scalar.value) {
                out.append(picture)
            } else {
                out.append(contentsOf: "<U+\(String(scalar.value, radix: 16, uppercase: true))>".unicodeScalars)
            }
        }
        return String(out)
    }

    private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
