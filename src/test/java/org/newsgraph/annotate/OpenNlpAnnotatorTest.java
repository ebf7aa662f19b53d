package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class OpenNlpAnnotatorTest {

    private final OpenNlpAnnotator annotator = new OpenNlpAnnotator();

    private static Article article(String headline, String body) {
        return new Article("t", body, ArticleMetadata.EMPTY.withHeadline(headline));
    }

    @Test
    void offsetsPointIntoTheText() {
        AnnotatedText a = annotator.annotate(article("Police enter camp near Tirana",
                "Albanian Interior Minister Bledi Cuci said police were injured. Iran’s warnings mattered."));
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), a.text().substring(s.begin(), s.end()));
            for (Token t : s.tokens()) {
                assertEquals(t.text(), a.text().substring(t.begin(), t.end()));
            }
        }
    }

    @Test
    void headlineIsItsOwnSentence() {
        AnnotatedText a = annotator.annotate(article("Police enter camp near Tirana", "They seized documents. Then they left."));
        assertEquals(List.of("Police enter camp near Tirana", "They seized documents.", "Then they left."),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void possessiveIsSplitFromTheName() {
        AnnotatedText a = annotator.annotate(article(null, "Iran’s explicit warnings were heard."));
        List<Token> tokens = a.sentences().get(0).tokens();
        assertEquals("Iran", tokens.get(0).text());
        assertEquals("PROPN", tokens.get(0).pos());
        assertEquals("’s", tokens.get(1).text());
    }

    /** A plural possessive's bare apostrophe, straight or curly, as UD and the parser's data split it. */
    @Test
    void bareApostropheOfAPluralPossessiveIsSplitFromTheName() {
        AnnotatedText a = annotator.annotate(article(null,
                "Poisson declared Galois' work obscure. A brother from Theodorus’ monastery stayed."));
        List<String> words = a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
        assertTrue(words.containsAll(List.of("Galois", "'", "Theodorus", "’")), words.toString());
    }

    @Test
    void veryLongSentenceWithoutPunctuation() {
        String body = "word ".repeat(10_000).strip();
        AnnotatedText a = annotator.annotate(article(null, body));
        assertEquals(10_000, a.tokenCount());
        assertTrue(a.sentences().size() >= 1);
    }

    @Test
    void paragraphsAreSplitAtBlankLinesOnly() {
        String text = "Headline here\n\nFirst line\nstill first.\n \t\nSecond.";
        List<int[]> b = OpenNlpAnnotator.blocks(text);
        assertEquals(List.of("Headline here", "First line\nstill first.", "Second."),
                b.stream().map(x -> text.substring(x[0], x[1]).strip()).toList());
    }

    @Test
    void overlongWordIsOneTokenAndOffsetsStayExact() {
        String blob = "x".repeat(50_000);
        AnnotatedText a = annotator.annotate(article(null, "Data follows: " + blob + " and Paris ends it."));
        List<Token> tokens = a.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals(blob)));
        for (Token t : tokens) {
            assertEquals(t.text(), a.text().substring(t.begin(), t.end()));
        }
        assertTrue(tokens.stream().anyMatch(t -> t.text().equals("Paris")));
    }

    @Test
    void veryLongLineIsOneBlockWithoutStackOverflow() {
        String text = "word ".repeat(100_000);
        List<int[]> b = OpenNlpAnnotator.blocks(text);
        assertEquals(1, b.size());
        assertEquals(text.length(), b.get(0)[1]);
    }
}
