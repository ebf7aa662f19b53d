#!/usr/bin/env bash
# Trains the bundled semantic role labeller (src/main/resources/org/newsgraph/lang/en/role-labeler.bin.gz) from
# PropBank's annotation of UD English-EWT, train split (docs/evaluation/ewt.train.txt), on the gold UD trees.
# Deterministic for a given VERSION, data and settings; the model records all three.
# Usage: scripts/train-srl/train.sh [OUT_DIR]      (a few minutes on one core)
set -euo pipefail
VERSION=1
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${NEWSGRAPH_TRAIN:-$here/../shared/train}"
out="${1:-$here/src/main/resources/org/newsgraph/lang/en}"
cd "$here"
./mvnw -B -q -o compile >&2
exec nice -n 10 java -Xmx4g -cp target/classes org.newsgraph.annotate.ModelTrainer roles \
  --script "train-srl-$VERSION" --data-root "$data" --propbank "$data/propbank/propbank-ewt.tar.gz" \
  --ud "$data/ud/en_ewt-ud-train.conllu" --out "$out" --seed 20261201 --iterations "${ITERATIONS:-8}"
