package org.newsgraph.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final String CAFE = "Caf\u00e9 cr\u00e8me \u2013 na\u00efve \u201cquotes\u201d";

    private static byte[] page(String head, String text, Charset cs) {
        return ("<html><head>" + head + "</head><body><p>" + text + "</p></body></html>").getBytes(cs);
    }

    @Test
    void utf8ByteOrderMarkWinsOverADeclaration() {
        byte[] body = page("<meta charset=\"windows-1252\">", CAFE, StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(withBom);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().contains(CAFE));
        assertTrue(d.text().startsWith("<html>"), "the BOM is not part of the text");
    }

    @Test
    void utf16ByteOrderMark() {
        byte[] body = page("", CAFE, StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertTrue(HtmlDecoder.decode(withBom).text().contains(CAFE));
    }

    @Test
    void metaCharsetIsObeyed() {
        String text = "\u0413\u0430\u0437\u0435\u0442\u0430"; // Cyrillic, which windows-1251 encodes in single bytes
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("<meta charset=windows-1251>", text, Charset.forName("windows-1251")));
        assertEquals("windows-1251", d.charset().name());
        assertTrue(d.text().contains(text));
        assertNull(d.note());
    }

    @Test
    void httpEquivContentTypeIsObeyed() {
        String head = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">";
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page(head, "Caf\u00e9 na\u00efve", StandardCharsets.ISO_8859_1));
        assertTrue(d.text().contains("Caf\u00e9 na\u00efve"));
        assertEquals(CP1252, d.charset(), "Latin-1 labels mean windows-1252, as in browsers");
    }

    @Test
    void undeclaredValidUtf8IsUtf8() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("", CAFE, StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().contains(CAFE));
    }

    @Test
    void undeclaredInvalidUtf8FallsBackToWindows1252() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("", CAFE, CP1252));
        assertEquals(CP1252, d.charset());
        assertTrue(d.text().contains(CAFE), "no mojibake: " + d.text());
        assertNotNull(d.note());
    }

    @Test
    void declaredUtf8ThatIsNotIsNotTurnedIntoReplacementCharacters() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("<meta charset=utf-8>", CAFE + " " + CAFE, CP1252));
        assertTrue(d.text().contains(CAFE), d.text());
        assertTrue(d.note().contains("declared UTF-8"));
    }

    @Test
    void declaredLatin1ThatIsReallyUtf8IsReadAsUtf8() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("<meta charset=iso-8859-1>", CAFE, StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().contains(CAFE), "not \"CafÃ©\": " + d.text());
        assertNotNull(d.note());
    }

    @Test
    void oneStrayByteInALongUtf8PageKeepsUtf8() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            text.append(CAFE).append(' ');
        }
        byte[] bytes = page("<meta charset=utf-8>", text + "\u00ff", StandardCharsets.UTF_8);
        // replace the two-byte ÿ by a lone 0xFF byte, invalid in UTF-8
        String s = new String(bytes, StandardCharsets.ISO_8859_1).replace("\u00c3\u00bf", "\u00ff");
        HtmlDecoder.Decoded d = HtmlDecoder.decode(s.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().contains(CAFE));
        assertTrue(d.note().contains("1 invalid"));
    }

    @Test
    void unknownDeclarationFallsBackToSniffing() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page("<meta charset=x-no-such-charset>", CAFE, StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().contains(CAFE));
    }
}
