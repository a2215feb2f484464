/// Precisions written after a model's name (`(Int4)`, `GPTQ`) or as row labels (`BF16`): the same
/// model quantized, so they qualify its scores, not name another model.
extension ModelName {
    /// `BF16`, `INT4`, `GPTQ-Int4`, `BF16 / FP16`, `4-bit`, `W4A16`, `Q4_K_M`: the precision
    /// weights were run at. The same model quantized, so, like a mode, it qualifies the scores.
    static func isPrecision(_ text: String) -> Bool {
        // Every name is asked: most are told apart by their first word, before anything is made.
        let first = text.prefix { !" /-,+".contains($0) }
        guard first.allSatisfy(\.isNumber) || isPrecisionWord(Substring(first.lowercased())) else { return false }
        let lower = text.lowercased().replacingOccurrences(of: "-bit", with: "bit")
            .replacingOccurrences(of: " bit", with: "bit")
        let words = lower.split { " /-,+".contains($0) }
        return !words.isEmpty && words.count <= 4 && words.allSatisfy { isPrecisionWord($0) }
    }

    private static func isPrecisionWord(_ word: Substring) -> Bool {
        if precisionWords.contains(String(word)) { return true }
        let bytes = Array(word.utf8)
        func digits(_ slice: ArraySlice<UInt8>) -> Bool {
            !slice.isEmpty && slice.count <= 2 && slice.allSatisfy { (48...57).contains($0) }
        }
        // `fp16`, `int4`, `nf4`, `mxfp4`, `4bit`
        for prefix in ["fp", "int", "nf", "mxfp", "nvfp", "bf"] where word.hasPrefix(prefix) {
            if digits(bytes[prefix.utf8.count...]) { return true }
        }
        // llama.cpp's `f16`, `f32` (not `f1`, a metric)
        if word == "f16" || word == "f32" { return true }
        if word.hasSuffix("bit"), digits(bytes[..<(bytes.count - 3)]) { return true }
        // `w4a16`
        if word.hasPrefix("w"), let a = bytes.firstIndex(of: UInt8(ascii: "a")), digits(bytes[1..<a]),
            digits(bytes[(a + 1)...])
        {
            return true
        }
        // llama.cpp's types: `q4_k_m`, `q8_0`, `iq2_xxs`
        let start = word.hasPrefix("iq") ? 2 : word.hasPrefix("q") ? 1 : -1
        guard start > 0 else { return false }
        let parts = word.dropFirst(start).split(separator: "_", omittingEmptySubsequences: false)
        return digits(ArraySlice(parts[0].utf8)) && parts.dropFirst().allSatisfy { !$0.isEmpty && $0.count <= 3 }
    }

    private static let precisionWords: Set<String> = [
        "gptq", "awq", "gguf", "exl2", "bnb", "hqq", "aqlm", "smoothquant", "e4m3", "e5m2", "bfloat16", "float16",
        "float32", "float8",
    ]

    /// `Llama-2-7B-Chat GPTQ`, `Qwen-7B-Chat Int4`: a precision written after the name as a word
    /// of its own. Joined to the name (`Qwen-7B-Chat-Int4`, a repository of its own) it stays.
    static func trailingPrecision(_ text: String) -> (name: String, mode: String)? {
        guard let space = text.lastIndex(of: " ") else { return nil }
        let word = text[text.index(after: space)...]
        guard word.utf8.count <= 12, isPrecision(String(word)) else { return nil }
        let name = text[..<space].trimmed
        return name.isEmpty ? nil : (name, String(word))
    }
}
