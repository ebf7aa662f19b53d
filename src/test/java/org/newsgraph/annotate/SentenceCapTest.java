package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Over-long "sentences" are cut at white space into bounded pieces that lose no text. */
class SentenceCapTest {

    @Test
    void piecesAreBoundedCutAtSpacesAndKeepEveryWord() {
        Random random = new Random(3);
        StringBuilder b = new StringBuilder();
        while (b.length() < 50_000) {
            b.append("w".repeat(1 + random.nextInt(12))).append(random.nextInt(9) == 0 ? "  \n " : " ");
        }
        b.append("x".repeat(3_000)).append(" tail");
        String text = b.toString();
        List<int[]> pieces = OpenNlpAnnotator.pieces(text, 0, text.length(), 2_000);
        StringBuilder words = new StringBuilder();
        int last = 0;
        for (int[] p : pieces) {
            String piece = text.substring(p[0], p[1]);
            assertTrue(p[0] >= last, "in order, not overlapping");
            assertTrue(piece.length() <= 2_000 || !piece.strip().contains(" "), "bounded unless one word: " + piece.length());
            assertEquals(piece.strip(), piece, "trimmed");
            words.append(piece).append(' ');
            last = p[1];
        }
        assertEquals(List.of(text.trim().split("\\s+")), List.of(words.toString().trim().split("\\s+")), "no word lost or cut");
        assertTrue(pieces.stream().anyMatch(p -> text.substring(p[0], p[1]).equals("x".repeat(3_000))));
    }
}
