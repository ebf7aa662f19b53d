package org.newsgraph.source.html;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes of an HTML page to text. The encoding comes from, in order: a byte order mark, a
 * {@code <meta charset>} or {@code <meta http-equiv="Content-Type">} declaration near the top,
 * else UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers assume for
 * undeclared Western pages). A declaration that the bytes contradict is not obeyed blindly,
 * because that is how pages turn into mojibake: a page declared Latin-1 whose bytes are valid
 * multi-byte UTF-8 is read as UTF-8, and a page declared UTF-8 that is not is read as
 * windows-1252 unless only a few stray bytes are broken.
 */
public final class HtmlDecoder {

    /** Declarations further into the page than this are ignored, as browsers do (they prescan 1024 bytes; pages often put scripts first). */
    private static final int PRESCAN = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HtmlDecoder() {
    }

    /**
     * The decoded page.
     *
     * @param charset the encoding used
     * @param note why that encoding was chosen over the page's own declaration, or null when the
     *     page was read as it says (callers may report it)
     */
    public record Decoded(String text, Charset charset, String note) {
    }

    /** Decodes the page; never fails (every byte sequence is valid windows-1252, almost). */
    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, null);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, null);
        }
        Charset declared = declared(bytes);
        Utf8Check utf8 = Utf8Check.of(bytes);
        if (declared == null) {
            if (utf8.errors == 0) {
                return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, null);
            }
            return new Decoded(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252, "not valid UTF-8 and no charset declared: read as windows-1252");
        }
        if (declared.equals(StandardCharsets.UTF_8)) {
            // a handful of broken bytes in a long UTF-8 page (a truncated download, one bad paste)
            // must not turn every other accented letter into mojibake
            if (utf8.errors == 0 || utf8.errors * 50 < utf8.multiByte) {
                return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                        utf8.errors == 0 ? null : utf8.errors + " invalid UTF-8 byte sequence(s) replaced");
            }
            return new Decoded(lenient(bytes, 0, WINDOWS_1252), WINDOWS_1252,
                    "declared UTF-8 but is not: read as windows-1252");
        }
        if (isSingleByteLatin(declared) && utf8.errors == 0 && utf8.multiByte > 0) {
            return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    "declared " + declared.name() + " but the bytes are UTF-8: read as UTF-8");
        }
        if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
            // the HTML standard maps both labels to windows-1252, which differs only in 0x80-0x9F
            declared = WINDOWS_1252;
        }
        return new Decoded(lenient(bytes, 0, declared), declared, null);
    }

    /** The charset declared in the first bytes of the page, or null when none or unknown. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        String name = xml.find() ? xml.group(1) : null;
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            name = m.group(1);
        }
        if (name == null) {
            return null;
        }
        name = name.toLowerCase(Locale.ROOT);
        if (name.equals("utf8") || name.startsWith("unicode") || name.startsWith("utf-16")) {
            // a page that could be read this far as ASCII is not UTF-16, whatever it says
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean isSingleByteLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("iso-8859") || n.startsWith("windows-125") || n.equals("us-ascii");
    }

    /** Java's String constructor already replaces malformed input with U+FFFD, and is the fast path. */
    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts valid multi-byte UTF-8 sequences and invalid ones in one pass, without decoding. */
    private record Utf8Check(int multiByte, int errors) {
        static Utf8Check of(byte[] b) {
            int multi = 0;
            int errors = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                if (c < 0x80) {
                    i++;
                    continue;
                }
                int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                boolean ok = len > 0 && i + len <= b.length;
                for (int k = 1; ok && k < len; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (ok && len == 3) {
                    int c1 = b[i + 1] & 0xFF;
                    ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 >= 0xA0);
                } else if (ok && len == 4) {
                    int c1 = b[i + 1] & 0xFF;
                    ok = !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 >= 0x90);
                }
                if (ok) {
                    multi++;
                    i += len;
                } else if (len > 0 && i + len > b.length && i + len - b.length < len) {
                    // a sequence cut off by the end of a truncated file: one error, not several
                    errors++;
                    break;
                } else {
                    errors++;
                    i++;
                }
            }
            return new Utf8Check(multi, errors);
        }
    }
}
