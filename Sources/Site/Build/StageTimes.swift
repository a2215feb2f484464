/// How long each stage of a build took, in the order they ran: `atlas serve` prints them with
/// every rebuild and `atlas build --verbose` after the build, so a slow catalog shows where its
/// time goes without a profiler.
public struct StageTimes: Sendable, Equatable {
    public private(set) var stages: [(name: String, duration: Duration)] = []
    /// A word on a stage, printed after its time: `render 310 ms (9,790 of 9,807 files reused)`.
    public private(set) var details: [String: String] = [:]

    public init() {}

    /// Runs `stage` and records its time under `name` (added to an earlier stage of that name).
    mutating func measure<Value, Failure>(_ name: String, _ stage: () throws(Failure) -> Value) throws(Failure) -> Value
    {
        let start = ContinuousClock.now
        defer { add(name, ContinuousClock.now - start) }
        return try stage()
    }

    mutating func add(_ name: String, _ duration: Duration) {
        if let index = stages.firstIndex(where: { $0.name == name }) {
            stages[index].duration += duration
        } else {
            stages.append((name, duration))
        }
    }

    mutating func detail(_ name: String, _ text: String) { details[name] = text }

    /// `read 12 ms, enrich 310 ms, render 2100 ms, write 95 ms`.
    public var summary: String {
        stages.map { stage in
            let milliseconds = Int((stage.duration / .milliseconds(1)).rounded())
            return "\(stage.name) \(milliseconds) ms" + (details[stage.name].map { " (\($0))" } ?? "")
        }
        .joined(separator: ", ")
    }

    /// Times differ from run to run; two results are alike whatever their times.
    public static func == (_: StageTimes, _: StageTimes) -> Bool { true }
}
