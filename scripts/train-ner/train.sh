#!/bin/sh
# Trains the bundled entity model and its word clusters from ../shared/train (see README.md here).
#   scripts/train-ner/train.sh            clusters + model into src/main/resources/org/newsgraph/extract/ner/
#   scripts/train-ner/train.sh --cv DIR   also five models for 5-fold cross-validation over the 84 GUM documents
#                                         of ../shared/eval/gum that are not GUM_news_* (DIR/ner-model.N.bin.gz), and
#                                         their scores (DIR/cv.txt); the cross-validation reads eval/gum's ids only
set -eu
cd "$(dirname "$0")/../.."
TRAIN=../shared/train
RES=src/main/resources/org/newsgraph/extract/ner
./mvnw -B -q -o package -DskipTests
JAR=target/newsgraph.jar
JAVA="nice -n 10 java -Xmx4g -cp $JAR scripts/train-ner/TrainNer.java"
if [ ! -f "$RES/word-clusters.tsv.gz" ]; then
  $JAVA clusters "$TRAIN" "$RES/word-clusters.tsv.gz"
fi
if [ "${1:-}" = "--cv" ]; then
  OUT=$2
  mkdir -p "$OUT"
  DOCS=$(ls ../shared/eval/gum | sed -n 's/\.json$//p' | grep -v '^GUM_news_' | sort)
  FOLDS=""
  for k in 0 1 2 3 4; do
    FOLDS="$FOLDS --exclude $(echo "$DOCS" | awk -v k=$k '(NR-1)%5==k' | paste -sd, -)"
  done
  # shellcheck disable=SC2086
  $JAVA train "$TRAIN" "$RES/word-clusters.tsv.gz" "$OUT/ner-model.bin.gz" $FOLDS
  : > "$OUT/cv.txt"
  for k in 1 2 3 4 5; do
    IDS=$(echo "$DOCS" | awk -v k=$((k-1)) '(NR-1)%5==k' | paste -sd, -)
    ./newsgraph evaluate --gold ../shared/eval/gum --docs "$IDS" --model "$OUT/ner-model.$k.bin.gz" \
      --mentions-out "$OUT/fold$k.jsonl" > "$OUT/fold$k.txt"
    cat "$OUT/fold$k.jsonl" >> "$OUT/cv.jsonl.tmp"
  done
  mv "$OUT/cv.jsonl.tmp" "$OUT/cv.jsonl"
  python3 ../shared/eval/score_mentions.py ../shared/eval/gum "$OUT/cv.jsonl" \
    --docs "$(echo "$DOCS" | paste -sd, -)" > "$OUT/cv.txt"
  cat "$OUT/cv.txt"
else
  $JAVA train "$TRAIN" "$RES/word-clusters.tsv.gz" "$RES/ner-model.bin.gz"
fi
