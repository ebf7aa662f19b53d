#!/usr/bin/env bash
# Trains the bundled POS tagger and dependency parser (src/main/resources/org/newsgraph/lang/en/)
# from UD English-EWT train; the parser also learns from the GUM trees of the non-news genres, tagged by the
# EWT tagger (GUM_news_* is dev data; WITH_GUM=0 leaves GUM out, as before script version 2).
# Deterministic for a given VERSION, data and settings; the models record all three.
# Usage: scripts/train-parser/train.sh [OUT_DIR]      (run from anywhere; about 15 minutes on one core)
set -euo pipefail
VERSION=2
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${NEWSGRAPH_TRAIN:-$here/../shared/train}"
out="${1:-$here/src/main/resources/org/newsgraph/lang/en}"
cd "$here"
./mvnw -B -q -o compile >&2
train=("$data/ud/en_ewt-ud-train.conllu")
if [ "${WITH_GUM:-1}" = 1 ]; then
  for f in "$data"/gum/conllu/GUM_*.conllu; do
    case "$(basename "$f")" in GUM_news_*) ;; *) train+=(--parser-only "$f") ;; esac
  done
fi
exec nice -n 10 java -Xmx6g -cp target/classes org.newsgraph.annotate.ModelTrainer \
  --script "train-parser-$VERSION" --data-root "$data" --out "$out" --dev "$data/ud/en_ewt-ud-dev.conllu" \
  --seed 20261201 --tagger-iterations "${TAGGER_ITERATIONS:-8}" --parser-iterations "${PARSER_ITERATIONS:-12}" \
  --folds 4 --explore 0.9 "${train[@]}"
