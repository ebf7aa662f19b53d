package org.newsgraph.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Sentence-boundary counts (true and false positives, false negatives) against CoNLL-U files: each document's paragraphs
 * ({@code # newpar}) are rebuilt from the {@code # text} lines, blank-line separated, and only the
 * boundaries inside a paragraph count (a paragraph's end is given to the annotator).
 */
public final class SentenceBoundaries {

    private SentenceBoundaries() {
    }

    /** The score of {@code annotator} over the documents of the given CoNLL-U files. */
    public static MentionScorer.Counts score(Annotator annotator, List<Path> files) throws IOException {
        MentionScorer.Counts total = new MentionScorer.Counts(0, 0, 0);
        for (Path f : files) {
            for (List<List<String>> doc : documents(f)) {
                total = total.plus(scoreDocument(annotator, f.getFileName().toString(), doc));
            }
        }
        return total;
    }

    private static MentionScorer.Counts scoreDocument(Annotator annotator, String name, List<List<String>> paragraphs) {
        StringBuilder text = new StringBuilder();
        Set<Integer> gold = new HashSet<>();
        Set<Integer> paragraphEnds = new HashSet<>();
        for (List<String> p : paragraphs) {
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            for (int i = 0; i < p.size(); i++) {
                if (i > 0) {
                    text.append(' ');
                }
                text.append(p.get(i));
                if (i < p.size() - 1) {
                    gold.add(text.length());
                }
            }
            paragraphEnds.add(text.length());
        }
        AnnotatedText a = annotator.annotate(new Article(name, text.toString(), ArticleMetadata.EMPTY));
        int system = 0;
        int correct = 0;
        for (Sentence s : a.sentences()) {
            if (!paragraphEnds.contains(s.end())) {
                system++;
                if (gold.contains(s.end())) {
                    correct++;
                }
            }
        }
        return new MentionScorer.Counts(correct, system - correct, gold.size() - correct);
    }

    /** Documents as paragraphs of sentence texts. */
    private static List<List<List<String>>> documents(Path file) throws IOException {
        List<List<List<String>>> docs = new ArrayList<>();
        List<List<String>> doc = null;
        List<String> paragraph = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("# newdoc") || doc == null) {
                doc = new ArrayList<>();
                docs.add(doc);
                paragraph = null;
            }
            if (line.startsWith("# newpar") && !line.startsWith("# newpar_")) {
                paragraph = null;
            }
            if (line.startsWith("# text = ")) {
                if (paragraph == null) {
                    paragraph = new ArrayList<>();
                    doc.add(paragraph);
                }
                paragraph.add(line.substring("# text = ".length()).strip());
            }
        }
        docs.removeIf(List::isEmpty);
        return docs;
    }
}
