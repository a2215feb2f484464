import ArgumentParser

@main
struct Atlas: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turns markdown about AI model families into a browsable static site.",
        subcommands: [Render.self, Check.self, Export.self])
}
