#!/bin/sh
# Seeds a libFuzzer corpus folder ($1) from the test fixtures and Content/: each markdown file
# (the HTML-table cards of Tests/ContentTests/Fixtures among them),
# each table case of Tests/MarkdownTests/Fixtures/table-cases.json, and the fixtures' markdown
# followed by their atlas.yml (after the line the fuzz target splits on).
set -eu
out="$1"; root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"
n=0
for md in "$root"/Content/*.md "$root"/Tests/CatalogTests/Fixtures/*/*.md "$root"/Tests/ContentTests/Fixtures/*.md; do
  n=$((n + 1)); cp "$md" "$out/seed-md-$n"
  yml="$(dirname "$md")/atlas.yml"
  if [ -f "$yml" ]; then
    { cat "$md"; printf '\n%%%%atlas.yml%%%%\n'; cat "$yml"; } > "$out/seed-md-yml-$n"
  fi
done
python3 - "$root/Tests/MarkdownTests/Fixtures/table-cases.json" "$out" <<'PY'
import json, sys
for i, case in enumerate(json.load(open(sys.argv[1]))):
    open(f"{sys.argv[2]}/seed-table-{i}", "w").write(case["markdown"])
PY
echo "seeded $(ls "$out" | wc -l) inputs into $out"
