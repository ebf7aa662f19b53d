package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CodePointsTest {

    @Test
    void surrogatePairsCountOnce() {
        String text = "a\uD83D\uDE00b"; // a, an emoji outside the BMP, b
        CodePoints cp = new CodePoints(text);
        assertEquals(0, cp.offset(0));
        assertEquals(1, cp.offset(1));
        assertEquals(2, cp.offset(3));
        assertEquals(3, cp.offset(4));
        assertEquals(text.codePointCount(0, text.length()), cp.offset(text.length()));
    }
}
