package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void controlZeroWidthAndBidiCharactersGo() {
        assertEquals("John Smith", Labels.clean("John\u200B Smith"));
        assertEquals("JohnSmith", Labels.clean("John\u0001Smith"));
        assertEquals("Saddam Hussein", Labels.clean("\u202ESaddam\u00A0\u00A0Hussein\u202C"));
        assertEquals("Bledi Cuci", Labels.clean("Bledi\u2066 \u2069Cuci\uFEFF"));
        assertEquals("Ali Khan", Labels.clean("Ali\nKhan"));
        assertEquals("Ab", Labels.clean("A\uD800b"));
    }

    @Test
    void joinersInsideJoiningScriptsAreSpellingAndStay() {
        assertEquals("\u0645\u06CC\u200C\u0631\u0648\u062F", Labels.clean("\u0645\u06CC\u200C\u0631\u0648\u062F"));
        assertEquals("AB", Labels.clean("A\u200CB"));
    }

    @Test
    void cleanNamesAreReturnedAsTheyAre() {
        String name = "Nouri al-Maliki";
        assertSame(name, Labels.clean(name));
    }
}
