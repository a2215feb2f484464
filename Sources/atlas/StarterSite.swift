/// The files `atlas init` writes: a configuration and an example document small enough to read
/// in a minute, which together show every table shape Atlas reads.
enum StarterSite {
    static let files: [(path: String, text: String)] = [
        ("Content/atlas.yml", configuration),
        ("Content/example.md", example),
        (".gitignore", "# Written by `atlas build`; build it again rather than committing it.\nPublic/\n"),
    ]

    static let configuration = """
        # Atlas configuration: what the markdown alone cannot tell. Every key is optional; the full
        # list, with defaults, is in docs/configuration.md of the Atlas repository. `atlas check`
        # warns about a key it does not know, at its line.

        # Who makes which model. A model belongs to the organization whose `modelPrefixes` starts its
        # name (case, spaces and hyphens do not matter), or whose `aliases` follow it in parentheses.
        organizations:
          - name: Lumen Labs
            modelPrefixes: [Lumen]
            url: https://example.org/lumen
          - name: Acme AI
            aliases: [Acme]
            modelPrefixes: [Acme]

        # Canonical model name: other spellings of the same model that normalisation cannot see.
        modelAliases:
          Lumen-7B-Chat: [Lumen Chat 7B]

        # Canonical benchmark name: other spellings of the same benchmark.
        benchmarkAliases:
          HellaSwag: [Hella Swag]

        # Categories for benchmarks that no category cell in a table names.
        benchmarkCategories:
          English: [MMLU, HellaSwag]
          Math: [GSM8K]
          Chat: [MT-Bench]

        # Scales the numbers alone do not tell: percent, out-of-10 or rating.
        benchmarkScales:
          MT-Bench: out-of-10

        # Words that give table headers and cells their role. A list given here replaces the
        # built-in list, so repeat the defaults you want to keep.
        vocabulary:
          totalParameterHeaders: ["#TP", "# Total Params", Total Params, Params, Parameters]
          activeParameterHeaders: ["#AP", "# Activated Params", Activated Params, Active Params]
          openWords: [open, open-source, Open-Source Models]
          closedWords: [closed, closed-source, Closed-Source Models]

        # Where the site will be published: adds sitemap.xml, feed.xml and canonical links
        # (atlas build --base-url URL does the same for one build). Without it links stay relative.
        # baseURL: https://example.org/atlas/

        """

    static let example = """
        # Example catalog

        Replace this file with your own notes; every `*.md` file in `Content/` becomes part of the site.
        A `##` heading starts a series; tables under it list its models and their results.

        ## Overview

        A list table: one row per model, with its series, release and notes. An empty series cell
        continues the series above.

        | Series  | Model         | Year       | Notes                     |
        |---------|---------------|------------|---------------------------|
        | Lumen   | Lumen-7B-Base | March 2024 | First release             |
        |         | Lumen-7B-Chat | April 2024 | Tuned for chat            |
        | Lumen-2 | Lumen-2       | 2025       | Mixture-of-Experts        |
        |         | Lumen-2-Lite  | 2025       | Smaller variant           |

        ## Lumen

        Lumen is a family of dense models.

        ### Chat results

        Models as rows. `Closed-Source Models` and `Open-Source Models` are group rows; `#TP` and
        `#AP` (total and active parameters) are attribute columns; `-` and `N/A` are not reported.

        |                      | #TP | #AP | MT-Bench | GSM8K |
        |----------------------|-----|-----|----------|-------|
        | Closed-Source Models |     |     |          |       |
        | Acme-Pro             | -   | -   | 9.1      | 92.0  |
        | Open-Source Models   |     |     |          |       |
        | Lumen Chat 7B        | 7B  | 7B  | 6.8      | N/A   |

        ### Base results

        The second row is a sub-header row: the number of shots of each benchmark.

        | Model         | Hella Swag | MMLU   | GSM8K  |
        |---------------|------------|--------|--------|
        |               | 0-shot     | 5-shot | 8-shot |
        | Lumen-7B-Base | 79.5       | 55.2   | 40.1   |

        ## Lumen-2

        Lumen-2 is a Mixture-of-Experts model.

        ### Standard benchmarks

        Models as columns. The first column gives each benchmark's category, the `# Shots` column
        its setting, and the first rows are attributes of the models.

        |         | Benchmark (Metric) | # Shots | Lumen-7B-Base | Lumen-2 | Lumen-2-Lite |
        |---------|--------------------|---------|---------------|---------|--------------|
        |         | Architecture       | -       | Dense         | MoE     | MoE          |
        |         | # Activated Params | -       | 7B            | 12B     | 3B           |
        |         | # Total Params     | -       | 7B            | 120B    | 16B          |
        | English | MMLU (Acc.)        | 5-shot  | 55.2          | 78.1    | 60.4         |
        | Math    | GSM8K (EM)         | 8-shot  | 40.1          | 80.4    | -            |

        """
}
