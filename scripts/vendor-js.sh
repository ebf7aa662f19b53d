#!/usr/bin/env bash
# Vendors the JavaScript graph library of the HTML explorer (export --format html) from the npm
# registry: the minified cytoscape.js and its licence, into the resources the page is built from.
# Run it to upgrade (change VERSION) and commit the files it writes; the build itself never
# touches the network.
set -euo pipefail
VERSION="${1:-3.35.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/src/main/resources/org/newsgraph/export/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cytoscape@$VERSION" >/dev/null && tar xzf cytoscape-"$VERSION".tgz)
mkdir -p "$dest"
cp "$work/package/dist/cytoscape.min.js" "$dest/cytoscape.min.js"
cp "$work/package/LICENSE" "$dest/cytoscape.LICENSE"
printf 'cytoscape %s (npm registry, package cytoscape@%s), MIT licence: see cytoscape.LICENSE\n' \
    "$VERSION" "$VERSION" > "$dest/README.txt"
ls -l "$dest"
