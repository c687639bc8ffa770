#!/usr/bin/env bash
# Re-copies the public corpus (score.js, the six workbooks and their answers, two seed texts) from ../shared into
# test/corpus/, so tests read only the repository. Does nothing when ../shared/corpus is absent.
# The held-out set in test/corpus/hidden/ is generated (scripts/make-heldout.js), never copied.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$ROOT/../shared/corpus"
DEST="$ROOT/test/corpus"
if [ ! -d "$SRC" ]; then
  echo "refresh-corpus: $SRC not found; vendored copy left as it is"
  exit 0
fi
cp "$SRC/score.js" "$DEST/score.js"
n=0
for wb in "$SRC"/*.xlsx; do
  [ -e "$wb" ] || continue
  name="$(basename "$wb" .xlsx)"
  [ -f "$SRC/$name.expected.json" ] || continue
  cp "$wb" "$DEST/$name.xlsx"
  cp "$SRC/$name.expected.json" "$DEST/$name.expected.json"
  n=$((n + 1))
done
# The seed reports' text the narasi tests read.
mkdir -p "$DEST/seeds"
for txt in 000_869b2117cb3e23c9.txt 001_99eefb291cf1690c.txt; do
  [ -f "$ROOT/../shared/seeds/$txt" ] && cp "$ROOT/../shared/seeds/$txt" "$DEST/seeds/$txt"
done
echo "refresh-corpus: copied score.js, $n workbooks with answers and the seed texts into test/corpus/"
