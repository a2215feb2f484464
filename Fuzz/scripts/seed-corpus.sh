#!/bin/sh
# Seeds a libFuzzer corpus folder ($1) from the test fixtures and Content/: each markdown file,
# each table case of Tests/MarkdownTests/Fixtures/table-cases.json, and the fixtures' markdown
# followed by their atlas.yml (after the line the fuzz target splits on).
set -eu
out="$1"; root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"
n=0
for md in "$root"/Content/*.md "$root"/Tests/CatalogTests/Fixtures/*/*.md; do
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
# HTML tables as model cards write them: spans, header rows, superscripts, a wrapper, blank lines.
cat > "$out/seed-html-table-1" <<'HTML'
## Results

<div align="center">
<table>
<thead><tr><th rowspan="2">Benchmark</th><th colspan="2"><sup>Llama 3</sup></th></tr>
<tr><th>8B</th><th>70B</th></tr></thead>
<tbody><tr><td colspan=3><strong>Coding &amp; Math</strong></td></tr>
<tr><td rowspan="2">MMLU<br><sup>(5-shot)</sup></td><td>68.4<sup>*</sup></td><td><a href="https://x">82.0</a></td></tr>

<tr><td>65.3</td><td>80.9</td></tr></tbody>
</table>
</div>
HTML
cat > "$out/seed-html-table-2" <<'HTML'
<table>
  <tr>
   <td><strong>Category</strong>
   </td>
   <td><strong>Benchmark</strong>
   </td>
   <td><strong>Llama 3.1 8B Instruct</strong>
   </td>
  </tr>
  <tr>
   <td rowspan="2" >General
   </td>
   <td>MMLU
   </td>
   <td>69.4
   </td>
  </tr>
</table>
HTML
echo "seeded $(ls "$out" | wc -l) inputs into $out"
