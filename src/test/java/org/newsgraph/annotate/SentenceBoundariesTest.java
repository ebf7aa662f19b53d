package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.evaluate.SentenceBoundaries;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class SentenceBoundariesTest {

    private static final Path UD = Path.of("../shared/train/ud/en_ewt-ud-test.conllu");
    private static final Path GUM = Path.of("../shared/train/gum/conllu");

    private static List<String> sentences(String text) {
        return new OpenNlpAnnotator().annotate(new Article("t", text, ArticleMetadata.EMPTY)).sentences().stream()
                .map(Sentence::text).toList();
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertEquals(1, sentences("The vote is on Feb. 28 in the capital.").size());
        assertEquals(1, sentences("The order came from Gov. Kristi Noem on Monday.").size());
        assertEquals(1, sentences("The U.S. military said it had no comment.").size());
        assertEquals(1, sentences("He met John J. Smith at the office.").size());
        String t = "The troops returned to the U.S. The president greeted them.";
        int cut = t.indexOf("The president");
        assertEquals(2, new SentenceJoiner(org.newsgraph.lang.Lexicon.english()).join(t, List.of(new int[] {0, cut - 1}, new int[] {cut, t.length()})).size(),
                "a sentence opener after an initialism starts a new sentence");
    }

    @Test
    void boundariesOnUdEwtAndGum() throws IOException {
        assumeTrue(Files.isRegularFile(UD) && Files.isDirectory(GUM), "../shared/train with UD EWT and GUM is absent");
        List<Path> gum;
        try (Stream<Path> s = Files.list(GUM)) {
            gum = s.filter(p -> p.getFileName().toString().startsWith("GUM_news_")).sorted().toList();
        }
        OpenNlpAnnotator annotator = new OpenNlpAnnotator();
        org.newsgraph.evaluate.MentionScorer.Counts ewt = SentenceBoundaries.score(annotator, List.of(UD));
        org.newsgraph.evaluate.MentionScorer.Counts g = SentenceBoundaries.score(annotator, gum);
        System.out.printf("sentence boundaries: EWT test P %.4f R %.4f F1 %.4f; GUM P %.4f R %.4f F1 %.4f%n",
                ewt.precision(), ewt.recall(), ewt.f1(), g.precision(), g.recall(), g.f1());
        // measured with the abbreviation lexicon (see README); a regression in joining would drop them
        assertTrue(ewt.f1() > 0.80, "EWT F1 " + ewt.f1());
        assertTrue(g.f1() > 0.85, "GUM F1 " + g.f1());
    }
}
