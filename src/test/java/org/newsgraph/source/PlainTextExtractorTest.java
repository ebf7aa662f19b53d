package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PlainTextExtractorTest {

    private static final String PAGE = """
            News   /   Politics   /   More

            Police enter camp near Tirana again

            Police forces are seen at the entrance to the camp on June 29, 2023. (Photo by Albanian Daily News)

            Police in Albania have entered a camp west of the capital Tirana.

            The group throws conferences every year in Paris.

            Press TV’s website can also be accessed at the following alternate addresses:

            Press TV News Roku
            """;

    private final PlainTextExtractor extractor = new PlainTextExtractor();

    private Article extract(String text) throws SourceException {
        return extractor.extract("page.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void headlineIsTheFirstLineAfterTheNavigationCrumb() throws SourceException {
        assertEquals("Police enter camp near Tirana again", extract(PAGE).metadata().headline());
    }

    @Test
    void bodyDropsCrumbCaptionAndFooter() throws SourceException {
        Article a = extract(PAGE);
        assertEquals("Police in Albania have entered a camp west of the capital Tirana.\n\n"
                + "The group throws conferences every year in Paris.", a.body());
        assertFalse(a.text().contains("Politics"));
        assertFalse(a.text().contains("Roku"));
        assertFalse(a.body().contains("Photo by"));
    }

    @Test
    void aDatedCaptionGivesThePublicationDateAndTheFooterThePublisher() throws SourceException {
        Article a = extract(PAGE);
        assertEquals(LocalDate.of(2023, 6, 29), a.metadata().datePublished());
        assertEquals("Press TV", a.metadata().publisher());
    }

    @Test
    void textIsHeadlineThenBodyThenCaptions() throws SourceException {
        Article a = extract(PAGE);
        String caption = "Police forces are seen at the entrance to the camp on June 29, 2023. (Photo by Albanian Daily News)";
        assertEquals(java.util.List.of(caption), a.captions());
        assertEquals("Police enter camp near Tirana again\n\n" + a.body() + "\n\n" + caption, a.text());
        assertEquals(a.text().indexOf(caption), a.captionsStart());
    }

    @Test
    void aSingleParagraphHasNoHeadline() throws SourceException {
        Article a = extract("Just one sentence without a title.");
        assertNull(a.metadata().headline());
        assertEquals("Just one sentence without a title.", a.text());
    }

    @Test
    void aDatelineUnderTheHeadlineDatesTheArticle() throws SourceException {
        Article a = extract("Texas student inspires movement\n\nTuesday, September 22, 2015\n\nNews of the arrest spread.");
        assertEquals(LocalDate.of(2015, 9, 22), a.metadata().datePublished());
        assertEquals("Texas student inspires movement", a.metadata().headline());
    }

    @Test
    void onlyBoilerplateIsAnErrorNamingTheInput() {
        SourceException e = assertThrows(SourceException.class,
                () -> extract("News / Politics\n\nA headline\n\nA man walks. (Photo by AP)"));
        assertEquals("page.txt: no article text (only a headline, captions or boilerplate)", e.getMessage());
    }
}
