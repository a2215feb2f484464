import ArgumentParser
import Foundation
import Markdown

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the HTML of one markdown file (tables included), like the cmark command.")

    @Argument(help: "The markdown file, or - for standard input.")
    var file: String

    func run() throws {
        let bytes: [UInt8]
        if file == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        }
        let document = try MarkdownParser.parse(bytes, path: file)
        FileHandle.standardOutput.write(document.html.data(using: .utf8)!)
    }
}
