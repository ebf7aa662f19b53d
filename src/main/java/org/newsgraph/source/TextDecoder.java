package org.newsgraph.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Strict decoding of text inputs: a wrong encoding is an error, never silent mojibake. */
public final class TextDecoder {

    private TextDecoder() {
    }

    /** UTF-8 (a UTF-8 BOM is dropped; a UTF-16 BOM selects UTF-16). */
    public static String decodeUtf8(String sourceName, byte[] content) throws SourceException {
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
        }
        if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
            return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
        }
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, offset, content.length - offset);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new SourceException(sourceName, "not valid UTF-8 (bad byte at offset " + in.position()
                    + "); convert it to UTF-8 first", e);
        } catch (CharacterCodingException e) {
            throw new SourceException(sourceName, "not valid UTF-8: " + e.getMessage(), e);
        }
    }
}
