@testable import Charts

/// Chart data shaped like the seed document's tables, shared by the behaviour and golden tests.
enum Samples {
    static let leaderboard = BarChart(
        title: "MMLU", subtitle: "English · EM, 5-shot (%)", scale: .percent,
        bars: [
            .init(
                label: "LLaMA-3.1 405B-Inst.", value: 88.6, display: "88.6",
                href: "../models/llama-3-1-405b-instruct.html"),
            .init(
                label: "DeepSeek-V3", value: 88.5, display: "88.5", href: "../models/deepseek-v3.html", highlight: true),
            .init(
                label: "Claude-3.5-Sonnet-1022", value: 88.3, display: "88.3",
                href: "../models/claude-3-5-sonnet-1022.html"),
            .init(label: "GPT-4o 0513", value: 87.2, display: "87.2", href: "../models/gpt-4o-0513.html"),
            .init(
                label: "Qwen2.5 72B-Inst.", value: 85.3, display: "85.3", href: "../models/qwen2-5-72b-instruct.html"),
            .init(label: "DeepSeek-V2.5", value: 80.6, display: "80.6", href: "../models/deepseek-v2-5.html"),
            .init(label: "DeepSeek-Coder-V2-Lite-Instruct (16B MoE)", value: 60.1, display: "60.1"),
        ])

    static let rating = BarChart(
        title: "Codeforces", subtitle: "Code · rating", scale: .open,
        bars: [
            .init(label: "DeepSeek-V3.2-Speciale", value: 2121, display: "2121"),
            .init(label: "OpenAI o1-1217", value: 2061, display: "2061"),
            .init(
                label: "DeepSeek-R1", value: 2029, display: "2029", href: "../models/deepseek-r1.html", highlight: true),
            .init(label: "OpenAI o1-mini", value: 1820, display: "1820"),
            .init(label: "DeepSeek-V3", value: 1134, display: "1134", href: "../models/deepseek-v3.html"),
            .init(label: "GPT-4o 0513", value: 759, display: "759"),
            .init(label: "Claude-3.5-Sonnet-1022", value: 717, display: "717"),
        ])

    static let outOfTen = BarChart(
        title: "MT-Bench", subtitle: "Chat · score out of 10", scale: .outOfTen,
        bars: [
            .init(label: "DeepSeek-V2-Lite Chat", value: 7.37, display: "7.37"),
            .init(label: "DeepSeek-Coder-V2-Lite Instruct", value: 7.81, display: "7.81"),
            .init(label: "DeepSeek-V2 Chat", value: 8.97, display: "8.97", highlight: true),
            .init(label: "DeepSeek-Coder-V2 Instruct", value: 8.77, display: "8.77"),
        ])

    static let lowerIsBetter = BarChart(
        title: "Pile-test", subtitle: "English · BPB", scale: .open, lowerIsBetter: true,
        bars: [
            .init(label: "DeepSeek-V3 Base", value: 0.548, display: "0.548", highlight: true),
            .init(label: "Qwen2.5 72B Base", value: 0.638, display: "0.638"),
            .init(label: "LLaMA-3.1 405B Base", value: 0.542, display: "0.542"),
            .init(label: "DeepSeek-V2 Base", value: 0.606, display: "0.606"),
        ])

    static let timeline = TimelineChart(
        title: "Releases",
        points: [
            .init(
                label: "DeepSeek-Coder-33B", date: .month(year: 2023, month: 11),
                href: "models/deepseek-coder-33b.html",
                group: "DeepSeek-Coder"),
            .init(label: "DeepSeek-Coder-V2", date: .month(year: 2024, month: 6), group: "DeepSeek-Coder"),
            .init(label: "DeepSeek-Coder-V2-Lite", date: .month(year: 2024, month: 6), group: "DeepSeek-Coder"),
            .init(
                label: "DeepSeek-V2", date: .month(year: 2024, month: 5), href: "models/deepseek-v2.html",
                group: "DeepSeek-V2"),
            .init(label: "DeepSeek-V2.5", date: .month(year: 2024, month: 9), group: "DeepSeek-V2"),
            .init(label: "DeepSeek-V2.5-1210", date: .month(year: 2024, month: 12), group: "DeepSeek-V2"),
            .init(
                label: "DeepSeek-V3", date: .month(year: 2024, month: 12), href: "models/deepseek-v3.html",
                group: "DeepSeek-V3"),
            .init(label: "DeepSeek-V3-0324", date: .month(year: 2025, month: 3), group: "DeepSeek-V3"),
            .init(label: "DeepSeek-V3.1", date: .month(year: 2025, month: 8), group: "DeepSeek-V3"),
            .init(label: "DeepSeek-V3.1-Terminus", date: .month(year: 2025, month: 9), group: "DeepSeek-V3"),
            .init(label: "DeepSeek-V3 (tech report)", date: .year(2025), group: "DeepSeek-V3"),
        ])

    static let standing = StandingChart(
        title: "Where DeepSeek-V3 stands",
        rows: [
            .init(
                label: "MMLU · EM, 5-shot", value: 88.5, display: "88.5", rank: 2,
                values: [88.6, 88.5, 88.3, 87.2, 85.3, 80.6], href: "../benchmarks/mmlu.html"),
            .init(
                label: "Codeforces · percentile", value: 51.6, display: "51.6", rank: 1, values: [51.6, 23.6, 20.3],
                href: "../benchmarks/codeforces.html"),
            .init(
                label: "Pile-test · BPB", value: 0.548, display: "0.548", rank: 2,
                values: [0.548, 0.638, 0.542, 0.606], lowerIsBetter: true),
            .init(label: "DROP · F1, 3-shot", value: 91.6, display: "91.6", rank: 1, values: [91.6, 91.6]),
        ])
}
