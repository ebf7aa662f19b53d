package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/** Inputs no news article should be, handled without a crash, in bounded time, at worst with no output. */
class BadInputTest {

    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();
    private static final String[] WORDS = {
        "police", "entered", "the", "camp", "near", "Tirana", "and", "seized", "documents", "John", "Smith", "said",
        "members", "of", "Mujahedin", "Khalq", "Organization", "were", "in", "Albania", "Maria", "water", "river"};

    private static String words(int n, long seed, String separator) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : separator).append(WORDS[r.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    private static Extraction run(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            AnnotatedText t = ANNOTATOR.annotate(new Article("bad", text, ArticleMetadata.EMPTY));
            Extraction x = Extractor.standard().extract(t);
            for (Entity e : x.entities()) {
                for (Mention m : e.mentions()) {
                    assertTrue(m.begin() >= 0 && m.end() <= t.text().length(), "mention inside the text");
                }
            }
            return x;
        });
    }

    @Test
    void textWithoutSentencePunctuation() {
        Extraction x = run(words(10_000, 1, " "));
        assertTrue(x.text().tokenCount() >= 10_000);
    }

    @Test
    void oneSentenceOfTenThousandTokens() {
        Extraction x = run(words(5_000, 2, " , ") + ".");
        // cut into pieces of at most 2,000 characters, so that no later stage sees it whole
        assertTrue(x.text().sentences().size() > 1);
        assertTrue(x.text().sentences().stream().allMatch(s -> s.end() - s.begin() <= 2_000));
        assertTrue(x.text().tokenCount() >= 10_000);
    }

    @Test
    void oneVeryLongLineDoesNotOverflowTheStack() {
        run("x".repeat(200_000) + " " + words(2_000, 3, " "));
    }

    @Test
    void allCapitalsGivesNoGuesses() {
        StringBuilder b = new StringBuilder("POLICE ENTER CAMP NEAR THE CAPITAL\n\n");
        for (int i = 0; i < 200; i++) {
            b.append(words(20, i, " ").toUpperCase()).append(". ");
        }
        Extraction x = run(b.toString());
        assertEquals(0, x.entities().size(), x.entities().toString());
    }

    @Test
    void nonEnglishText() {
        run("Президент России Владимир Путин заявил в понедельник, что Москва готова к переговорам. ".repeat(100));
        run("قال رئيس الوزراء العراقي إن الحكومة ستعقد اجتماعا في بغداد يوم الاثنين. ".repeat(100));
        Extraction zh = run("中国国家主席习近平周一在北京会见了法国总统马克龙。".repeat(200));
        assertEquals(0, zh.entities().size(), "no capitals, no guesses");
    }

    @Test
    void emptyAndWhitespaceText() {
        assertEquals(0, run("").entities().size());
        assertEquals(0, run(" \n\n \t\n").entities().size());
    }
}
