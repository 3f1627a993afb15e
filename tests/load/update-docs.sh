#!/usr/bin/env bash
# Copies the latest results (tests/load/results/{latest,soak,scale}.md) into docs/performance.md between their markers.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 - <<'PY'
import pathlib, re
doc = pathlib.Path("docs/performance.md")
text = doc.read_text()
for name, file in [("load-table", "latest.md"), ("soak-table", "soak.md"), ("scale-table", "scale.md")]:
    result = pathlib.Path("tests/load/results") / file
    if not result.exists():
        continue
    pattern = re.compile(r"(<!-- " + name + r":start[^\n]*-->\n).*?(\n<!-- " + name + r":end -->)", re.S)
    text = pattern.sub(lambda m: m.group(1) + result.read_text().strip() + m.group(2), text)
doc.write_text(text)
PY
echo "docs/performance.md updated from tests/load/results/"
