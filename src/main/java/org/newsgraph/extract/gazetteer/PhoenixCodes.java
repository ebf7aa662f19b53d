package org.newsgraph.extract.gazetteer;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Phoenix actor codes ("IRN", "IGOUNO", "IRQ") of political actors by name, from
 * {@code phoenix-actors.tsv}, which {@code scripts/phoenix/build.mjs} derives from the Phoenix
 * actor dictionaries (Open Event Data Alliance, MIT; see SOURCES.md). Read on first use; immutable
 * and safe to share between threads.
 */
public final class PhoenixCodes {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern OTHER = Pattern.compile("[^A-Z0-9]+");

    /** Name key → its rows after the key: one, the code. */
    private final Map<String, List<String>> codes;

    private static final class Holder {
        static final PhoenixCodes INSTANCE = read();
    }

    private PhoenixCodes(Map<String, List<String>> codes) {
        this.codes = codes;
    }

    /** The shared instance, reading the classpath resource on the first call. */
    public static PhoenixCodes load() {
        return Holder.INSTANCE;
    }

    /** The actor code of a name ("Iran" → IRN, "United Nations" → IGOUNO), when the dictionaries give one. */
    public Optional<String> code(String name) {
        List<String> rows = name == null ? null : codes.get(key(name));
        return rows == null ? Optional.empty() : Optional.of(rows.get(0));
    }

    /**
     * A name as the table keys it (the build script computes the same): diacritics folded, upper
     * case, every run of characters other than A-Z and 0-9 one space, no leading "THE".
     */
    static String key(String name) {
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        String k = OTHER.matcher(folded.toUpperCase(Locale.ROOT)).replaceAll(" ").strip();
        return k.startsWith("THE ") ? k.substring(4) : k;
    }

    private static PhoenixCodes read() {
        return new PhoenixCodes(Gazetteer.keyedRows("phoenix-actors.tsv"));
    }
}
