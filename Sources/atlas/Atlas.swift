import ArgumentParser

@main
struct Atlas: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atlas",
        abstract: "Turns markdown about AI model families into a browsable static site.",
        version: "0.1.0",
        subcommands: [Init.self, Build.self, Check.self, Export.self, Render.self, Serve.self])
}
