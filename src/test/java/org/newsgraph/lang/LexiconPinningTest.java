package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.snapshot.ExtractSnapshotTest;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;

/**
 * The check a reviewer makes of the language data: every lexicon file of {@code lang/en},
 * emptied in turn, and every row of the event-frame table left out, makes at least one language
 * case fail or changes the seed's snapshot quads.
 * A list that nothing pins could be wrong, or empty, without any test noticing. The table of
 * results is written to {@code target/lexicon-pinning.txt}.
 */
class LexiconPinningTest {

    private static final Path LANG = Path.of("src/main/resources/org/newsgraph/lang/en");

    @Test
    void emptyingAnyLexiconFailsATest() throws Exception {
        List<LanguageCases.Case> cases = LanguageCases.all();
        AnnotatedText seed = new OpenNlpAnnotator().annotate(new ArticleReader().read(Input.of(Fixtures.seed())));
        String golden = Files.readString(ExtractSnapshotTest.GOLDEN.resolve("seed.nq"), StandardCharsets.UTF_8);
        List<String> report = new ArrayList<>();
        List<String> unpinned = new ArrayList<>();
        List<Object[]> variants = new ArrayList<>();
        for (String name : lexicons()) {
            variants.add(new Object[] {name, Lexicon.english().emptied(name)});
        }
        for (String row : Lexicon.english().entries("events.tsv")) {
            // each event class's row, left out, fails its case file
            variants.add(new Object[] {"events.tsv row " + row.split("\t")[0], Lexicon.english().without("events.tsv", row)});
        }
        for (Object[] v : variants) {
            String name = (String) v[0];
            Extractor emptied = LanguageCases.extractor((Lexicon) v[1]);
            int failing = 0;
            for (LanguageCases.Case c : cases) {
                if (!LanguageCases.check(c, emptied).isEmpty()) {
                    failing++;
                }
            }
            String quads = String.join("\n", ExtractSnapshotTest.nquads(
                    new ArticleMapper().map(emptied.extract(seed), ExtractSnapshotTest.RUN).quads(), false)) + "\n";
            boolean seedChanges = !quads.equals(golden);
            report.add(String.format("%-32s %3d failing cases%s", name, failing, seedChanges ? ", seed snapshot changes" : ""));
            if (failing == 0 && !seedChanges) {
                unpinned.add(name);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "lexicon-pinning.txt"), report, StandardCharsets.UTF_8);
        assertTrue(unpinned.isEmpty(), "lexicons no test pins: " + unpinned + "\n" + String.join("\n", report));
    }

    /** The lexicon names: file names without ".txt" (tables keep their ".tsv"). */
    private static List<String> lexicons() throws IOException {
        try (Stream<Path> files = Files.list(LANG)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt") || n.endsWith(".tsv"))
                    .map(n -> n.endsWith(".txt") ? n.substring(0, n.length() - 4) : n).sorted().toList();
        }
    }
}
