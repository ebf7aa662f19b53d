#!/usr/bin/env bash
# Vendors the JavaScript of the HTML explorer (export --format html) from the npm registry into
# the resources the page is built from: sigma.js (WebGL renderer) and graphology (its graph
# model), minified UMD builds, with their licences. The layout is computed at export time in Java
# (export/ForceLayout), so no layout library is vendored. cytoscape.js goes to the test resources
# only: the browser test loads the `--format cytoscape` export in it. Run it to upgrade (change the
# versions) and commit the files it writes; the build itself never touches the network.
set -euo pipefail
SIGMA="${SIGMA_VERSION:-3.0.3}"
GRAPHOLOGY="${GRAPHOLOGY_VERSION:-0.26.0}"
CYTOSCAPE="${CYTOSCAPE_VERSION:-3.35.0}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="$here/src/main/resources/org/newsgraph/export/vendor"
testdest="$here/src/test/resources/org/newsgraph/export/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "sigma@$SIGMA" "graphology@$GRAPHOLOGY" "cytoscape@$CYTOSCAPE" >/dev/null)
mkdir -p "$work/sigma" "$work/graphology" "$work/cytoscape"
tar xzf "$work/cytoscape-$CYTOSCAPE.tgz" -C "$work/cytoscape"
tar xzf "$work/sigma-$SIGMA.tgz" -C "$work/sigma"
tar xzf "$work/graphology-$GRAPHOLOGY.tgz" -C "$work/graphology"
mkdir -p "$dest" "$testdest"
cp "$work/cytoscape/package/dist/cytoscape.min.js" "$testdest/cytoscape.min.js"
cp "$work/cytoscape/package/LICENSE" "$testdest/cytoscape.LICENSE"
printf 'cytoscape %s (npm registry, package cytoscape@%s), MIT licence: see cytoscape.LICENSE; tests only\n' \
    "$CYTOSCAPE" "$CYTOSCAPE" > "$testdest/README.txt"
cp "$work/sigma/package/dist/sigma.min.js" "$dest/sigma.min.js"
cp "$work/sigma/package/LICENSE.txt" "$dest/sigma.LICENSE"
cp "$work/graphology/package/dist/graphology.umd.min.js" "$dest/graphology.umd.min.js"
cp "$work/graphology/package/LICENSE.txt" "$dest/graphology.LICENSE"
{
  printf 'sigma %s (npm registry, package sigma@%s, dist/sigma.min.js), MIT licence: see sigma.LICENSE\n' "$SIGMA" "$SIGMA"
  printf 'graphology %s (npm registry, package graphology@%s, dist/graphology.umd.min.js), MIT licence: see graphology.LICENSE\n' \
      "$GRAPHOLOGY" "$GRAPHOLOGY"
} > "$dest/README.txt"
ls -l "$dest" "$testdest"
