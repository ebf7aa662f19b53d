package org.newsgraph.lang;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Lexicon;

/** Every case of the language case files passes with the bundled English lexicon. */
class LanguageCaseTest {

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        Extractor extractor = LanguageCases.extractor(Lexicon.english());
        return LanguageCases.all().stream().map(c -> DynamicTest.dynamicTest(c.file() + ":" + c.line(), () -> {
            List<String> wrong = LanguageCases.check(c, extractor);
            assertTrue(wrong.isEmpty(), c.file() + ":" + c.line() + " " + wrong + "\nshown: "
                    + LanguageCases.show(extractor.extract(LanguageCases.text(c))));
        }));
    }
}
